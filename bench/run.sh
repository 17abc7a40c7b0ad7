#!/usr/bin/env bash
# npm run bench[:name]: start the local MariaDB + Redis when DATABASE_URL/REDIS_URL are unset,
# build, then run the named benchmarks (all when none) against their own database
# (reportflow_bench on the same server) and their own Redis prefix (rfbench).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
ensure_node_modules
use_servers reportflow_bench
echo "[bench] build"
npm run --silent build
exec node dist/bench/main.js "$@"
