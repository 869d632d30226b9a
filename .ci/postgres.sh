#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the district tests and print the DSN on stdout.
# Run as root (CI) or as any user; the cluster runs as the postgres user in a temp folder,
# on a free port, and is removed by `pg_ctl stop` + rm when the caller is done (see .ci/run).
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
DIR=$(mktemp -d /tmp/keeper-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RUN=""
if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR"; RUN="runuser -u postgres --"; fi
$RUN "$BIN/initdb" -D "$DIR/data" -U keeper --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
$RUN "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
$RUN "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U keeper keeper_test
echo "$DIR" > "$DIR.dir"
echo "postgresql://keeper@127.0.0.1:$PORT/keeper_test"
