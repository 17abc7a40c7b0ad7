#!/usr/bin/env bash
# One command: install what is needed, start MariaDB + Redis (unless DATABASE_URL/REDIS_URL are set),
# build, migrate, load the demo data on first start, then run the API and the worker until Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_node_modules
use_servers reportflow
npm run --silent build
npm run --silent build:web
npm run --silent migration:run
npm run --silent seed:demo

node dist/apps/worker/src/main.js &
WORKER=$!
node dist/apps/api/src/main.js &
API=$!
echo "ReportFlow web console: http://${API_HOST:-127.0.0.1}:${API_PORT:-3000}/ (demo logins above, password Demo@2025!x)"
# Ctrl-C or SIGTERM stops both gracefully; if either dies, stop the other too.
trap 'kill -TERM $API $WORKER 2>/dev/null; wait' INT TERM
wait -n $API $WORKER || true
kill -TERM $API $WORKER 2>/dev/null || true
wait
