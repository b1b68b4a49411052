#!/usr/bin/env bash
# pg-test-cluster.sh: a throw-away PostgreSQL cluster for the tests.
#   scripts/pg-test-cluster.sh start DIR   installs PostgreSQL from Debian's packages
#                                          when missing, creates a cluster in DIR
#                                          (a fresh temp dir), starts it on a free
#                                          local port and prints its DSN
#   scripts/pg-test-cluster.sh stop DIR    stops it (DIR can then be removed)
#   scripts/pg-test-cluster.sh pause DIR   stops it as a server going away would
#                                          (open connections are cut)
#   scripts/pg-test-cluster.sh resume DIR  starts a paused cluster again on its port
# The server listens on 127.0.0.1 only, trusts local logins and does not fsync:
# it is for tests, never for data. As root it runs as the user postgres (created
# by the Debian package), through runuser.
set -euo pipefail
cmd=${1:-} dir=${2:-}
[[ -n $cmd && -n $dir ]] || { echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2; }

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# run_on PORT: starts the cluster in DIR on PORT; fails when the port is taken.
run_on() {
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start \
    -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null 2>&1
}

case $cmd in
start)
  if [[ -z $(pgbin) ]]; then
    sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq >/dev/null
    # The package's own cluster is not wanted: no service is started in
    # containers, and the tests use their own.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  bin=$(pgbin)
  [[ -n $bin ]] || { echo "pg-test-cluster: PostgreSQL did not install" >&2; exit 1; }
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then chmod o+x "$(dirname "$dir")"; chown postgres "$dir"; fi
  as_pg "$bin/initdb" -D "$dir/data" -U claimdesk --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  for port in $(seq 55432 55451); do
    if run_on "$port"; then
      echo "$port" >"$dir/port"
      as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U claimdesk claimdesk_test
      echo "postgres://claimdesk@127.0.0.1:$port/claimdesk_test?sslmode=disable"
      exit 0
    fi
  done
  tail -20 "$dir/data/server.log" >&2 || true
  echo "pg-test-cluster: no free port for the test server" >&2
  exit 1
  ;;
stop)
  bin=$(pgbin)
  [[ -n $bin && -d $dir/data ]] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  ;;
pause)
  bin=$(pgbin)
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  bin=$(pgbin)
  run_on "$(cat "$dir/port")" || { tail -20 "$dir/data/server.log" >&2; exit 1; }
  ;;
*)
  echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2
  ;;
esac
