#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server: a new cluster in a temporary folder, listening on
# 127.0.0.1 only (a free port), fsync off (nothing in it outlives the command), stopped and deleted
# when the command ends. The command sees VERBATIM_TEST_ENGINE=postgres and VERBATIM_TEST_POSTGRES_URL
# (the tests make a database each on it: tests/helpers/engine.ts).
#   bash scripts/with-postgres.sh npx vitest run tests/db
# Needs Debian's postgresql (apt-get install postgresql). initdb and postgres refuse to run as root,
# so as root the cluster belongs to the postgres user.
set -euo pipefail

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then bindir=$(pg_config --bindir); fi
if [ -z "$bindir" ]; then bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true); fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: no PostgreSQL server found (Debian: apt-get install postgresql)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/verbatim-pg.XXXXXX)
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

stop() {
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

# Over TCP a password is asked (scram-sha-256), as on a real server, so that a wrong one is an error.
password=verbatim-test
echo "$password" >"$dir/pwfile"
[ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export VERBATIM_TEST_ENGINE=postgres
export VERBATIM_TEST_POSTGRES_URL="postgresql://postgres:$password@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
