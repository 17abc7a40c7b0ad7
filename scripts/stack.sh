#!/usr/bin/env bash
# Local MariaDB + Redis for development and tests, without systemd or Docker.
#
#   scripts/stack.sh up      install (Debian/Ubuntu, as root) and start both, create databases and user
#   scripts/stack.sh down    stop exactly the processes this script started (by pid file)
#   scripts/stack.sh status  say what runs
#   scripts/stack.sh sentinel|cluster up|down|status|env
#                            a Redis Sentinel set or a 3-master Redis Cluster (see stack-redis-ha.sh)
#   scripts/stack.sh replica up|down|status|env|promote [database]
#                            a MariaDB primary + replica with GTID replication on 13316/13317
#                            (see stack-mariadb-replica.sh)
#
# Data lives in .local/ (git-ignored). Ports are project-specific so that a system MySQL/Redis on
# 3306/6379 is never touched. Running `up` twice is harmless.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${REPORTFLOW_STACK_DIR:-$ROOT/.local}"
DB_PORT="${REPORTFLOW_DB_PORT:-13306}"
REDIS_PORT="${REPORTFLOW_REDIS_PORT:-16379}"
DB_USER=reportflow
DB_PASSWORD="${REPORTFLOW_DB_PASSWORD:-reportflow-local}"
DATABASES="${REPORTFLOW_DATABASES:-reportflow reportflow_test}"
# Tests may trade durability for speed; the default run never does.
FAST="${REPORTFLOW_STACK_FAST:-0}"

log() { echo "[stack] $*"; }

ensure_packages() {
  if command -v mariadbd >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing mariadb-server and redis-server (Debian packages)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server redis-server >/dev/null
  else
    echo "[stack] MariaDB and Redis are not installed. Install them, then run this again:" >&2
    echo "        sudo apt-get install -y mariadb-server redis-server" >&2
    echo "        (or set DATABASE_URL and REDIS_URL to servers you already have)" >&2
    exit 1
  fi
}

ensure_redis_package() {
  if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing redis-server (Debian package)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "[stack] Redis is not installed: sudo apt-get install -y redis-server" >&2
    exit 1
  fi
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_mariadb() {
  mkdir -p "$DIR"
  if pid_alive "$DIR/mysqld.pid"; then log "MariaDB already running on 127.0.0.1:$DB_PORT"; return; fi
  if [ ! -d "$DIR/db/mysql" ]; then
    log "initialising MariaDB data directory in $DIR/db"
    mariadb-install-db --no-defaults --datadir="$DIR/db" --user="$(id -un)" \
      --auth-root-authentication-method=normal --skip-test-db >"$DIR/mysqld-install.log" 2>&1
  fi
  local extra=()
  if [ "$FAST" = "1" ]; then extra+=(--skip-log-bin --innodb-flush-log-at-trx-commit=0); fi
  mariadbd --no-defaults --datadir="$DIR/db" --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --user="$(id -un)" --log-error="$DIR/mysqld.err" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
    --max-connections=500 "${extra[@]}" >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    if mariadb-admin --no-defaults --socket="$DIR/mysqld.sock" -uroot ping >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$DIR/mysqld.sock" -uroot ping >/dev/null 2>&1 ||
    { echo "[stack] MariaDB did not start; see $DIR/mysqld.err" >&2; tail -20 "$DIR/mysqld.err" >&2; exit 1; }
  log "MariaDB running on 127.0.0.1:$DB_PORT (data in $DIR/db)"
}

create_databases() {
  local sql="" db
  for db in $DATABASES; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  # MariaDB resolves 127.0.0.1 to localhost, so the user exists for both.
  for host in localhost 127.0.0.1; do
    sql+="CREATE USER IF NOT EXISTS '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD';"
    # Every database named reportflow*, so tests can create scratch databases (restore, empty schema).
    sql+="GRANT ALL PRIVILEGES ON \`reportflow%\`.* TO '$DB_USER'@'$host';"
  done
  mariadb --no-defaults --socket="$DIR/mysqld.sock" -uroot -e "$sql"
}

start_redis() {
  mkdir -p "$DIR/redis"
  if pid_alive "$DIR/redis.pid"; then log "Redis already running on 127.0.0.1:$REDIS_PORT"; return; fi
  # noeviction: BullMQ must never lose keys to eviction; AOF: a restart keeps scheduled jobs.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DIR/redis" --appendonly yes \
    --maxmemory-policy noeviction --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" \
    --save "" >/dev/null
  for _ in $(seq 1 50); do
    if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || { echo "[stack] Redis did not start; see $DIR/redis.log" >&2; exit 1; }
  log "Redis running on 127.0.0.1:$REDIS_PORT (AOF in $DIR/redis)"
}

stop_pidfile() {
  local name=$1 file=$2
  if pid_alive "$file"; then
    local pid; pid=$(cat "$file")
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    log "$name stopped"
  else
    log "$name not running"
  fi
}

# shellcheck source=scripts/stack-redis-ha.sh
source "$ROOT/scripts/stack-redis-ha.sh"
# shellcheck source=scripts/stack-mariadb-replica.sh
source "$ROOT/scripts/stack-mariadb-replica.sh"

case "${1:-}" in
  sentinel | cluster)
    redis_ha "$1" "${2:-}"
    ;;
  replica)
    mariadb_replica "${2:-}" "${3:-}"
    ;;
  up)
    ensure_packages
    start_mariadb
    create_databases
    start_redis
    ;;
  down)
    stop_pidfile MariaDB "$DIR/mysqld.pid"
    stop_pidfile Redis "$DIR/redis.pid"
    ;;
  status)
    pid_alive "$DIR/mysqld.pid" && log "MariaDB up on 127.0.0.1:$DB_PORT" || log "MariaDB down"
    pid_alive "$DIR/redis.pid" && log "Redis up on 127.0.0.1:$REDIS_PORT" || log "Redis down"
    ;;
  urls)
    echo "DATABASE_URL=mysql://$DB_USER:$DB_PASSWORD@127.0.0.1:$DB_PORT/${2:-reportflow}"
    echo "REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
    ;;
  *)
    echo "usage: scripts/stack.sh up|down|status|urls [database]  or  sentinel|cluster up|down|status|env  or  replica up|down|status|env|promote [database]" >&2
    exit 2
    ;;
esac
