#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for tests, owned by the `postgres` user, in a temp dir, on a loopback port.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports DYAD_PG_URL, DYAD_PG_DIR, DYAD_PG_PORT
#   scripts/pg-test-server.sh restart "$DYAD_PG_DIR"   # fast restart (the tests use it to cut connections)
#   scripts/pg-test-server.sh crash "$DYAD_PG_DIR"     # immediate stop (a crash: recent asynchronous commits lost), start
#   scripts/pg-test-server.sh up "$DYAD_PG_DIR"        # start a stopped or crashed server again
#   scripts/pg-test-server.sh stop "$DYAD_PG_DIR"
#
# Needs the Debian `postgresql` package (PostgreSQL 15 on Debian 12): apt-get install -y postgresql.
# Authentication is `trust` on 127.0.0.1 only: a test server, never a production one.
set -euo pipefail

cmd=${1:-start}
bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bindir/initdb" ] || { echo "pg-test-server: PostgreSQL not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -un)" = postgres ]; then "$@";
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@";
  else "$@"; fi
}

cd /tmp  # the postgres user may not be able to read the caller's directory
case "$cmd" in
  start)
    dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=${DYAD_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
      || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
    as_pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
EOF
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_pg "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c 'CREATE DATABASE dyad' >/dev/null
    echo "export DYAD_PG_DIR=$dir DYAD_PG_PORT=$port DYAD_PG_URL=postgres://postgres@127.0.0.1:$port/dyad"
    ;;
  restart)
    dir=${2:?usage: pg-test-server.sh restart DIR}
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart >/dev/null
    ;;
  crash)
    # a crash: immediate stop (no checkpoint, WAL buffers not written), then start again (crash recovery)
    dir=${2:?usage: pg-test-server.sh crash DIR}
    as_pg "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -m immediate stop >/dev/null
    sleep "${DYAD_PG_DOWN_SECONDS:-0.5}"
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    ;;
  up)
    # start a stopped (or crashed) server of DIR again
    dir=${2:?usage: pg-test-server.sh up DIR}
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    ;;
  stop)
    dir=${2:?usage: pg-test-server.sh stop DIR}
    as_pg "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: pg-test-server.sh start|restart DIR|crash DIR|up DIR|stop DIR" >&2; exit 2 ;;
esac
