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
# it is for tests, never for data. With PG_TEST_SSL=1, start makes a self-signed
# certificate (openssl) for 127.0.0.1 and localhost, turns ssl on and accepts
# only encrypted TCP connections (hostssl); DIR/root.crt is then the root
# certificate to verify it with, DIR/wrong-root.crt an unrelated one, and the
# DSN printed has sslmode=require. As root it runs as the user postgres (created
# by the Debian package), through runuser.
set -euo pipefail
cmd=${1:-} dir=${2:-}
[[ -n $cmd && -n $dir ]] || { echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2; }

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# run_on PORT: starts the cluster in DIR on PORT; fails when the port is taken.
run_on() {
  local ssl=
  [[ -f $dir/data/server.key ]] && ssl="-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start \
    -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off $ssl" >/dev/null 2>&1
}
# make_tls: a self-signed server certificate, an unrelated one, and a
# pg_hba.conf that accepts TCP connections only with TLS.
make_tls() {
  local d=$dir/data
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$d/server.key" -out "$d/server.crt" >/dev/null 2>&1
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=some other server" \
    -keyout "$dir/wrong-root.key" -out "$dir/wrong-root.crt" >/dev/null 2>&1
  cp "$d/server.crt" "$dir/root.crt"
  chmod 600 "$d/server.key"
  printf 'local all all trust\nhostssl all all 127.0.0.1/32 trust\n' >"$d/pg_hba.conf"
  [[ $(id -u) -eq 0 ]] && chown postgres "$d/server.key" "$d/server.crt" "$d/pg_hba.conf"
  return 0
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
  ssl=disable
  if [[ ${PG_TEST_SSL:-} == 1 ]]; then make_tls; ssl=require; fi
  for port in $(seq 55432 55451); do
    if run_on "$port"; then
      echo "$port" >"$dir/port"
      as_pg "$bin/createdb" -h "$dir" -p "$port" -U claimdesk claimdesk_test
      echo "postgres://claimdesk@127.0.0.1:$port/claimdesk_test?sslmode=$ssl"
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
