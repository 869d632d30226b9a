#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the district tests. Prints two lines: the
# address (for KEEPER_TEST_PG) and the cluster's folder (stop it with
# `.ci/postgres.sh stop FOLDER`). As root (CI) the cluster runs as the postgres user, in a
# temp folder, on a free port, fsync off: it only lives for one test run.
set -euo pipefail
RUN=""
if [ "$(id -u)" -eq 0 ]; then RUN="runuser -u postgres --"; fi
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
if [ "${1:-}" = "stop" ]; then
    $RUN "$BIN/pg_ctl" -D "$2/data" -m immediate stop >/dev/null || true
    rm -rf "$2"
    exit 0
fi
DIR=$(mktemp -d /tmp/keeper-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
[ -n "$RUN" ] && chown postgres "$DIR"
$RUN "$BIN/initdb" -D "$DIR/data" -U keeper --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
$RUN "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
$RUN "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U keeper keeper_test
echo "postgresql://keeper@127.0.0.1:$PORT/keeper_test"
echo "$DIR"
