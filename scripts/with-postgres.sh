#!/usr/bin/env bash
# with-postgres.sh COMMAND...: runs COMMAND with CLAIMDESK_TEST_POSTGRES set,
# so that the PostgreSQL backend's tests run too. When the variable is
# already set (another server), COMMAND runs against it; otherwise a
# throw-away cluster is installed (Debian's postgresql package) and started
# on a local port for the run, and stopped and removed afterwards
# (scripts/pg-test-cluster.sh). CLAIMDESK_TEST_POSTGRES=skip runs COMMAND
# without a server (the PostgreSQL tests are then skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${CLAIMDESK_TEST_POSTGRES:-} == skip ]]; then
  unset CLAIMDESK_TEST_POSTGRES
  exec "$@"
fi
if [[ -z ${CLAIMDESK_TEST_POSTGRES:-} ]]; then
  pgdir=$(mktemp -d)
  trap 'scripts/pg-test-cluster.sh stop "$pgdir/cluster"; rm -rf "$pgdir"' EXIT
  echo "Starting a throw-away PostgreSQL server for the tests…"
  CLAIMDESK_TEST_POSTGRES=$(scripts/pg-test-cluster.sh start "$pgdir/cluster")
  export CLAIMDESK_TEST_POSTGRES
fi
"$@"
