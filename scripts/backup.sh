#!/usr/bin/env bash
# Backup and restore of the MySQL database (the source of truth; Redis holds only derived timers).
#
#   scripts/backup.sh dump FILE.sql.gz      consistent dump of DATABASE_URL (single transaction, no locks)
#   scripts/backup.sh restore FILE.sql.gz   load a dump into DATABASE_URL, which must be an empty database
#
# After a restore, start the worker: its reconciler re-creates every pending reminder timer from
# the restored deadlines (Redis may be empty, or hold another installation's keys under another
# QUEUE_PREFIX). DATABASE_URL defaults to the local stack's database.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="${DATABASE_URL:-$(bash "$ROOT/scripts/stack.sh" urls reportflow | sed -n 's/^DATABASE_URL=//p')}"

# Parse mysql://user:password@host:port/database without printing the password anywhere.
rest="${URL#mysql://}"
creds="${rest%%@*}"; hostpart="${rest#*@}"
DB_USER="${creds%%:*}"; DB_PASS="${creds#*:}"
hostport="${hostpart%%/*}"; DB_NAME="${hostpart#*/}"
DB_HOST="${hostport%%:*}"; DB_PORT="${hostport#*:}"; [ "$DB_PORT" = "$hostport" ] && DB_PORT=3306
export MYSQL_PWD
MYSQL_PWD="$(printf '%b' "${DB_PASS//%/\\x}")"

client() { command -v mariadb >/dev/null 2>&1 && echo mariadb || echo mysql; }
dumper() { command -v mariadb-dump >/dev/null 2>&1 && echo mariadb-dump || echo mysqldump; }
CONN=(--no-defaults -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")

case "${1:-}" in
  dump)
    file="${2:?usage: scripts/backup.sh dump FILE.sql.gz}"
    "$(dumper)" "${CONN[@]}" --single-transaction --quick --routines --triggers --hex-blob \
      --default-character-set=utf8mb4 --skip-lock-tables "$DB_NAME" | gzip > "$file"
    echo "backup: $DB_NAME dumped to $file ($(du -h "$file" | cut -f1))"
    ;;
  restore)
    file="${2:?usage: scripts/backup.sh restore FILE.sql.gz}"
    tables=$("$(client)" "${CONN[@]}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
    if [ "$tables" != "0" ]; then
      echo "backup: refusing to restore into $DB_NAME: it is not empty ($tables tables). Create an empty database first." >&2
      exit 2
    fi
    gunzip -c "$file" | "$(client)" "${CONN[@]}" --default-character-set=utf8mb4 "$DB_NAME"
    echo "backup: $file restored into $DB_NAME; start the worker to re-create pending reminders"
    ;;
  *)
    echo "usage: scripts/backup.sh dump|restore FILE.sql.gz" >&2
    exit 2
    ;;
esac
