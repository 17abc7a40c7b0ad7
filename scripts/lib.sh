# Shared by start.sh and test.sh: install npm packages when needed, pick or start the servers.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ensure_node_modules() {
  # Reinstall when the lockfile changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[setup] npm install..."
    npm install --no-audit --no-fund --loglevel=error
  fi
}

# use_servers DATABASE: when DATABASE_URL/REDIS_URL are not set, start the local stack and point at it
# (a Sentinel set or a Cluster named by REDIS_SENTINELS / REDIS_CLUSTER_NODES counts as a Redis).
use_servers() {
  local database=$1
  if [ -z "${DATABASE_URL:-}" ] || { [ -z "${REDIS_URL:-}" ] && [ -z "${REDIS_SENTINELS:-}" ] && [ -z "${REDIS_CLUSTER_NODES:-}" ]; }; then
    bash scripts/stack.sh up
    eval "$(bash scripts/stack.sh urls "$database" | sed 's/^/export /')"
  fi
  export DATABASE_URL REDIS_URL
}

# can_apt: whether this shell may install Debian packages (root, with apt-get).
can_apt() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }

# apt_install PACKAGE...: from the local package lists, else after updating them once.
apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}
