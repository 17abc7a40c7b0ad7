#!/usr/bin/env bash
# One command: install what is needed, start MariaDB + Redis (unless DATABASE_URL/REDIS_URL are set),
# check lint/format/types, build, reset the test database, and run unit + e2e tests against the real servers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Fail fast when a tracked file refers to a path outside the repository: a clone has nothing beside it.
node scripts/check-self-contained.js

ensure_node_modules
use_servers reportflow_test
case "$DATABASE_URL" in
  */*test*) ;;
  *) echo "[test] refusing to wipe $DATABASE_URL: the test database name must contain 'test'" >&2; exit 2 ;;
esac
# Tests use their own Redis key prefix, so a running dev system on the same Redis is untouched.
export QUEUE_PREFIX="${QUEUE_PREFIX:-rftest}"

echo "[test] lint, format, types"
npm run --silent lint
npm run --silent format:check
npm run --silent typecheck
echo "[test] build"
npm run --silent build
echo "[test] web console: build, bundle size, Debian's chromium for the browser tests"
npm run --silent build:web
node apps/web/scripts/bundle-size.mjs
if [ ! -x /usr/bin/chromium ] && can_apt; then apt_install chromium; fi
# A fresh Debian has no CJK font: Chromium would draw the console's Chinese as boxes of another width,
# so the 1366×768 layout checks would measure the wrong text and the screenshots show nothing.
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]; then
  if can_apt; then
    echo "[test] installing a Chinese font for the browser tests (fonts-noto-cjk, Debian package)"
    apt_install fonts-noto-cjk
  else
    echo "[test] warning: no Chinese font; the browser tests will measure boxes, not characters." >&2
    echo "       Install one: sudo apt-get install -y fonts-noto-cjk" >&2
  fi
fi

echo "[test] reset the test database and Redis prefix"
node scripts/reset-test-db.js
npm run --silent migration:run

if ! command -v docker-compose >/dev/null 2>&1 && can_apt; then
  echo "[test] installing docker-compose (Debian package) to validate docker-compose.yml"
  apt_install docker-compose
fi
if command -v docker-compose >/dev/null 2>&1; then
  echo "[test] docker-compose.yml"
  # The compose file requires every secret; give it throwaway ones just for the syntax check.
  JWT_SECRET=compose-syntax-check-only-0123456789abcdef MYSQL_PASSWORD=check MYSQL_ROOT_PASSWORD=check \
    REDIS_PASSWORD=check docker-compose -f docker-compose.yml config -q
else
  echo "[test] docker-compose not available: skipping the compose file check"
fi

echo "[test] jest"
# The Redis HA suite (test/queue-ha) runs apart: npm run test:ha.
npx jest --ci --selectProjects unit e2e "$@"
