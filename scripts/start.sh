#!/usr/bin/env bash
# One command: install what is needed, start MariaDB + Redis (unless DATABASE_URL/REDIS_URL are set),
# build (only what changed), migrate, load the demo data on first start, then run the API and the
# worker until Ctrl-C. When both are ready it prints where to go; until then the terminal shows
# only what goes wrong.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Checked first, so a wrong value is one line and not a build later (the apps check their own settings).
WORKER_PROCESSES="${WORKER_PROCESSES:-1}"
if ! [[ "$WORKER_PROCESSES" =~ ^[0-9]+$ ]] || [ "$WORKER_PROCESSES" -lt 1 ] || [ "$WORKER_PROCESSES" -gt 32 ]; then
  echo "[start] WORKER_PROCESSES: expected a whole number from 1 to 32 (got \"$WORKER_PROCESSES\")" >&2
  exit 2
fi

ensure_node_modules
use_servers reportflow

# A second start skips the builds when no source changed since the last one.
newer_than() { # newer_than STAMP PATH...: true when STAMP is missing or a file under PATH is newer
  local stamp=$1
  shift
  [ ! -f "$stamp" ] || [ -n "$(find "$@" -newer "$stamp" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}
if newer_than dist/apps/api/src/main.js apps/api apps/worker libs package-lock.json tsconfig.json tsconfig.build.json; then
  echo "[start] building the API and the worker..."
  npm run --silent build
fi
if newer_than apps/web/dist/index.html apps/web/src apps/web/index.html apps/web/package.json apps/web/vite.config.ts; then
  echo "[start] building the web console..."
  npm run --silent build:web
fi
npm run --silent migration:run
npm run --silent seed:demo

API_URL="http://${API_HOST:-127.0.0.1}:${API_PORT:-3000}"
# Per port, so two systems started from one checkout (a developer's and a test's) keep apart.
RUN_DIR="$ROOT/.local/run/${API_PORT:-3000}"
mkdir -p "$RUN_DIR"
STOPPING="$RUN_DIR/stopping.$$"
rm -f "$STOPPING"

# supervise APP [NAME]: runs dist/apps/APP and starts it again when it dies, so one crashed process
# (an API killed by the kernel, say) never takes another down with it. NAME (default APP) tells
# copies of one app apart. The current child's pid is in $RUN_DIR/NAME.pid, its readiness in
# $RUN_DIR/NAME.ready (written by the app itself).
supervise() {
  local app=$1 name=${2:-$1} started code
  while [ ! -e "$STOPPING" ]; do
    rm -f "$RUN_DIR/$name.ready"
    started=$SECONDS
    READY_FILE="$RUN_DIR/$name.ready" node "dist/apps/$app/src/main.js" &
    echo $! >"$RUN_DIR/$name.pid"
    code=0
    wait $! || code=$?
    [ -e "$STOPPING" ] && break
    echo "[start] the $name stopped (exit code $code); starting it again" >&2
    # A process that dies at once (bad configuration) is not restarted in a tight loop.
    if [ $((SECONDS - started)) -lt 10 ]; then sleep 5; else sleep 1; fi
  done
}

stop_all() {
  touch "$STOPPING"
  for pidfile in "$RUN_DIR"/*.pid; do
    [ -f "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  wait
  rm -f "$STOPPING" "$RUN_DIR"/*.pid
  echo "[start] stopped."
  exit 0
}
trap stop_all INT TERM

# One API process per core behind the one port unless told otherwise (API_PROCESSES=1..64|auto).
export API_PROCESSES="${API_PROCESSES:-auto}"
# Worker processes (WORKER_PROCESSES=1..32): BullMQ hands each job to one of them, and every job is
# safe to run twice (deterministic ids, re-read rows), so more copies only add throughput.
WORKERS=(worker)
for i in $(seq 2 "$WORKER_PROCESSES"); do WORKERS+=("worker-$i"); done
for name in "${WORKERS[@]}"; do supervise worker "$name" & done
supervise api &

all_workers_ready() {
  local name
  for name in "${WORKERS[@]}"; do [ -f "$RUN_DIR/$name.ready" ] || return 1; done
}

# Ready means: the API answers /health/ready (database and Redis reachable) and the worker has
# started its consumers. Bounded: a start that never gets there says so instead of hanging.
for _ in $(seq 1 240); do
  if all_workers_ready && [ -f "$RUN_DIR/api.ready" ] &&
    node -e "fetch('$API_URL/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" 2>/dev/null; then
    READY=1
    break
  fi
  sleep 0.5
done
if [ -z "${READY:-}" ]; then
  echo "[start] the API or the worker did not become ready within 2 minutes; see the lines above." >&2
else
  cat <<EOF

==================================================================================
 ReportFlow is running.
   Web console (网页端):  $API_URL/
   API documentation:    $API_URL/docs   (OpenAPI JSON: $API_URL/docs/openapi.json)
   Health:               $API_URL/health/ready
$(node dist/apps/api/src/cli/demo-logins.js | sed 's/^/   /')
 Stop with Ctrl-C (the worker finishes the jobs in hand first).
==================================================================================

EOF
fi
wait
