# Sourced by stack.sh: a MariaDB primary and one replica (GTID replication) as plain processes on
# loopback, to run ReportFlow's read replicas (DATABASE_REPLICA_URLS) and test:replica on one
# machine. Production runs its own; the shared single server on 13306 is never touched.
#
#   stack.sh replica up|down|status|env|promote [database]
#     up      starts whichever of the two is not running; the first time, also initialises both data
#             directories, creates the databases, the app user and the replication user on the
#             primary, and points the replica at it (MASTER_USE_GTID=slave_pos). Running it twice is harmless.
#     down    stops both (by pid file); the data stays (delete $DIR/replica-PORT to start over)
#     status  says what runs and how far the replica is (its threads, GTID position, lag)
#     env     prints DATABASE_URL (primary) and DATABASE_REPLICA_URLS for [database] (default reportflow)
#     promote makes the replica a primary after the primary died: applies everything it received,
#             stops replicating, forgets the old primary and takes writes (read_only off)
# Settings (environment):
#   REPORTFLOW_REPLICA_PRIMARY_PORT  default 13316    REPORTFLOW_REPLICA_PORT  default 13317
#   REPORTFLOW_REPLICATION_PASSWORD  the replication user's password; default reportflow-repl-local
#   REPORTFLOW_REPLICA_SEMISYNC      1: semi-synchronous replication (AFTER_SYNC): the primary
#                                    acknowledges a commit only once the replica has it, so a
#                                    promoted replica has every acknowledged commit; default 0 (async)
# The replica runs read_only: the app user cannot write to it, only replication does.

REPLICA_PRIMARY_PORT="${REPORTFLOW_REPLICA_PRIMARY_PORT:-13316}"
REPLICA_PORT="${REPORTFLOW_REPLICA_PORT:-13317}"
REPLICATION_PASSWORD="${REPORTFLOW_REPLICATION_PASSWORD:-reportflow-repl-local}"
REPLICA_SEMISYNC="${REPORTFLOW_REPLICA_SEMISYNC:-0}"

replica_root() { echo "$DIR/replica-$REPLICA_PRIMARY_PORT"; }

replica_sql() { # replica_sql primary|replica SQL...: as root, over the server's own socket
  local role=$1; shift
  mariadb --no-defaults --socket="$(replica_root)/$role/mysqld.sock" -uroot "$@"
}

# start_member ROLE PORT SERVER_ID EXTRA...: one mariadbd with its own data dir, socket, pid and log.
start_member() {
  local role=$1 port=$2 server_id=$3; shift 3
  local dir; dir="$(replica_root)/$role"
  mkdir -p "$dir"
  if pid_alive "$dir/mysqld.pid"; then log "MariaDB $role already running on 127.0.0.1:$port"; return; fi
  if [ ! -d "$dir/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/db" --user="$(id -un)" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
  fi
  # Row-based binlogs with GTIDs on both: the replica logs what it applies, so it could be promoted.
  mariadbd --no-defaults --datadir="$dir/db" --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" \
    --port="$port" --bind-address=127.0.0.1 --user="$(id -un)" --log-error="$dir/mysqld.err" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
    --max-connections=300 --server-id="$server_id" --log-bin=binlog --binlog-format=ROW \
    --log-slave-updates=1 --gtid-strict-mode=1 "$@" >/dev/null 2>&1 &
  # Bounded (60 s): on a loaded machine a fresh data directory takes a while to open.
  for _ in $(seq 1 600); do
    if mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 ||
    { echo "[stack] MariaDB $role did not start; see $dir/mysqld.err" >&2; tail -20 "$dir/mysqld.err" >&2; exit 1; }
  log "MariaDB $role running on 127.0.0.1:$port (data in $dir/db)"
}

replica_up() {
  local primary_sync=() replica_sync=()
  if [ "$REPLICA_SEMISYNC" = 1 ]; then
    # AFTER_SYNC: the commit becomes visible (and is acknowledged) only after the replica has the
    # event. The timeout only bounds a write's wait for a replica that is gone (it then goes on
    # asynchronously); it is long so that a slow replica on a busy machine does not drop the guarantee.
    primary_sync=(--rpl-semi-sync-master-enabled=1 --rpl-semi-sync-master-wait-point=AFTER_SYNC
      --rpl-semi-sync-master-timeout=30000)
    replica_sync=(--rpl-semi-sync-slave-enabled=1)
  fi
  start_member primary "$REPLICA_PRIMARY_PORT" 1 "${primary_sync[@]}"
  # relay-log-recovery: a replica restarted after a crash refetches what it had not applied.
  start_member replica "$REPLICA_PORT" 2 --read-only=1 --relay-log=relay --relay-log-recovery=1 \
    "${replica_sync[@]}"
  local marker; marker="$(replica_root)/replication-configured"
  [ -f "$marker" ] && return
  # Everything below is written on the primary only and reaches the replica by replication.
  local sql="" db host
  for db in $DATABASES; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  for host in localhost 127.0.0.1; do
    sql+="CREATE USER IF NOT EXISTS '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD';"
    sql+="GRANT ALL PRIVILEGES ON \`reportflow%\`.* TO '$DB_USER'@'$host';"
  done
  sql+="CREATE USER IF NOT EXISTS 'replication'@'127.0.0.1' IDENTIFIED BY '$REPLICATION_PASSWORD';"
  sql+="GRANT REPLICATION SLAVE ON *.* TO 'replication'@'127.0.0.1';"
  replica_sql primary -e "$sql"
  # Both started from empty data with binlogs on from the first statement: the replica replays the
  # primary's whole history from an empty GTID position.
  replica_sql replica -e "STOP SLAVE; SET GLOBAL gtid_slave_pos='';
    CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$REPLICA_PRIMARY_PORT,
      MASTER_USER='replication', MASTER_PASSWORD='$REPLICATION_PASSWORD', MASTER_USE_GTID=slave_pos,
      MASTER_CONNECT_RETRY=1;
    START SLAVE;"
  for _ in $(seq 1 600); do
    if [ "$(replica_sql replica -N -e "SELECT COUNT(*) FROM mysql.user WHERE user='$DB_USER'")" -gt 0 ]; then
      touch "$marker"
      log "replica follows the primary (GTID)"
      return
    fi
    sleep 0.1
  done
  echo "[stack] the replica did not catch up within 60 s:" >&2
  replica_sql replica -e "SHOW SLAVE STATUS\G" | grep -E "Running|Error" >&2
  exit 1
}

# The replica becomes the primary. What it has received but not yet applied is applied first
# (RESET SLAVE ALL would delete those relay logs, and with semi-sync they hold commits the old
# primary acknowledged); then it stops replicating, forgets the old primary and takes writes. Moving
# the address the apps use (VIP, DNS, proxy) to it is the operator's next step.
replica_promote() {
  replica_sql replica -e "STOP SLAVE IO_THREAD"
  local received
  received=$(replica_sql replica -e "SHOW SLAVE STATUS\G" | sed -n 's/^ *Gtid_IO_Pos: *//p')
  if [ -n "$received" ] &&
    [ "$(replica_sql replica -N -e "SELECT MASTER_GTID_WAIT('$received', 30)")" != 0 ]; then
    echo "[stack] the replica did not apply what it received ($received) within 30 s" >&2
    exit 1
  fi
  replica_sql replica -e "STOP SLAVE; RESET SLAVE ALL; SET GLOBAL read_only = 0"
  log "replica on 127.0.0.1:$REPLICA_PORT promoted: it takes writes (applied up to ${received:-nothing received})"
}

replica_down() {
  stop_pidfile "MariaDB replica" "$(replica_root)/replica/mysqld.pid"
  stop_pidfile "MariaDB primary" "$(replica_root)/primary/mysqld.pid"
}

replica_status() {
  local root; root=$(replica_root)
  pid_alive "$root/primary/mysqld.pid" && log "primary up on 127.0.0.1:$REPLICA_PRIMARY_PORT" ||
    log "primary down"
  if pid_alive "$root/replica/mysqld.pid"; then
    log "replica up on 127.0.0.1:$REPLICA_PORT"
    replica_sql replica -e "SHOW SLAVE STATUS\G" |
      grep -E "Slave_(IO|SQL)_Running:|Gtid_IO_Pos|Seconds_Behind_Master|Last_(IO|SQL)_Error:" |
      sed 's/^ */[stack]   /'
  else
    log "replica down"
  fi
}

replica_env() {
  local db=${1:-reportflow}
  echo "DATABASE_URL=mysql://$DB_USER:$DB_PASSWORD@127.0.0.1:$REPLICA_PRIMARY_PORT/$db"
  echo "DATABASE_REPLICA_URLS=mysql://$DB_USER:$DB_PASSWORD@127.0.0.1:$REPLICA_PORT/$db"
}

mariadb_replica() { # mariadb_replica up|down|status|env [database]
  case "${1:-}" in
    up) ensure_packages; replica_up ;;
    down) replica_down ;;
    status) replica_status ;;
    env) replica_env "${2:-}" ;;
    promote) replica_promote ;;
    *) echo "usage: scripts/stack.sh replica up|down|status|env|promote [database]" >&2; exit 2 ;;
  esac
}
