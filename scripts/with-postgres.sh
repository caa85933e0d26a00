#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster on a free loopback port, then remove it.
# The command sees REFUGE_DATABASE_URL. initdb refuses to run as root, so as root the cluster
# runs as the `postgres` user.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
tmp=$(mktemp -d /tmp/refuge-pg.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$tmp"
cleanup() {
  as_owner "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
as_owner "$pgbin/initdb" -D "$tmp/data" -U refuge -A trust -E UTF8 --no-instructions >/dev/null
# Durability off: this cluster lives for one test run.
as_owner "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U refuge refuge
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
REFUGE_DATABASE_URL="postgresql://refuge@127.0.0.1:$port/refuge" "$@"
