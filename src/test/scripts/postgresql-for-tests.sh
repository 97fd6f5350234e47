#!/usr/bin/env bash
# The HTTP tests run a second time on PostgreSQL, and the two-instance test needs it: a real server, made for the
# test run and thrown away after it, from Debian's postgresql package (ensure-test-packages.sh installs it).
#
#   postgresql-for-tests.sh start DIR   (pre-integration-test) makes a throw-away cluster in a temporary directory,
#                                       starts it on 127.0.0.1 on a free port, and writes DIR/postgresql.properties
#                                       (url, user, password of a superuser made for the run);
#   postgresql-for-tests.sh stop DIR    (post-integration-test) stops it and deletes the cluster.
#
# FACTDECK_TEST_POSTGRESQL_URL (with _USER and _PASSWORD) points the tests at a server of your own instead; the
# user must be allowed to CREATE DATABASE.
set -euo pipefail
mode="${1:-start}"
dir="${2:-target}"
props="$dir/postgresql.properties"
state="$dir/postgresql.state"
mkdir -p "$dir"

if [[ -n "${FACTDECK_TEST_POSTGRESQL_URL:-}" ]]; then
  if [[ "$mode" == "start" ]]; then
    printf 'url=%s\nuser=%s\npassword=%s\n' "$FACTDECK_TEST_POSTGRESQL_URL" "${FACTDECK_TEST_POSTGRESQL_USER:-}" \
      "${FACTDECK_TEST_POSTGRESQL_PASSWORD:-}" > "$props"
    echo "postgresql-for-tests: using the server at $FACTDECK_TEST_POSTGRESQL_URL"
  fi
  exit 0
fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_owner() {
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user the package made.
  if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "$mode" == "stop" ]]; then
  if [[ -f "$state" ]]; then
    # shellcheck disable=SC1090
    source "$state"
    as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$CLUSTER" "$state"
  fi
  exit 0
fi

BIN="$(bindir)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  echo "postgresql-for-tests: the PostgreSQL tests need a PostgreSQL server (initdb, pg_ctl not found)." >&2
  echo "  Install it: sudo apt-get install postgresql" >&2
  echo "  or point the tests at a server: FACTDECK_TEST_POSTGRESQL_URL=jdbc:postgresql://HOST:PORT/postgres" >&2
  echo "  with FACTDECK_TEST_POSTGRESQL_USER and _PASSWORD (a user that may CREATE DATABASE)." >&2
  exit 1
fi

# A stale cluster of an interrupted run goes first.
"$0" stop "$dir"
# In /tmp, not under the checkout: the postgres user must reach it, and a checkout is often in a home only its
# owner can enter.
CLUSTER="$(mktemp -d /tmp/factdeck-pg.XXXXXX)"
DATA="$CLUSTER/data"
chmod 755 "$CLUSTER"
if [[ "$(id -u)" == "0" ]]; then chown postgres "$CLUSTER"; fi
PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$PASSWORD" > "$CLUSTER/pw"
if [[ "$(id -u)" == "0" ]]; then chown postgres "$CLUSTER/pw"; fi
as_owner "$BIN/initdb" -D "$DATA" -U factdeck --pwfile="$CLUSTER/pw" -A scram-sha-256 -E UTF8 --no-locale \
  >"$CLUSTER/initdb.log" 2>&1 || { cat "$CLUSTER/initdb.log" >&2; exit 1; }
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 55432)"
printf 'BIN=%q\nDATA=%q\nCLUSTER=%q\n' "$BIN" "$DATA" "$CLUSTER" > "$state"
# Durability off for tests: the cluster is thrown away, and fsync is most of a small write's time; the engine is the
# same. FACTDECK_TEST_POSTGRESQL_DURABLE=true (the capacity benchmark) keeps fsync on, with commits not waiting for
# their flush (synchronous_commit=off), as SQLite's WAL with synchronous=NORMAL does here.
durability="-c fsync=off -c full_page_writes=off"
if [[ "${FACTDECK_TEST_POSTGRESQL_DURABLE:-}" == "true" ]]; then durability=""; fi
as_owner "$BIN/pg_ctl" -D "$DATA" -l "$CLUSTER/server.log" -w -t 60 -o "-h 127.0.0.1 -p $PORT -k $CLUSTER \
  $durability -c synchronous_commit=off -c max_connections=300 -c shared_buffers=64MB" start >/dev/null \
  || { cat "$CLUSTER/server.log" >&2; exit 1; }
printf 'url=jdbc:postgresql://127.0.0.1:%s/postgres\nuser=factdeck\npassword=%s\n' "$PORT" "$PASSWORD" > "$props"
echo "postgresql-for-tests: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($CLUSTER)"
