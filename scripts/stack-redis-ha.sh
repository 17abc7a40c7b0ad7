# Sourced by stack.sh: a Redis Sentinel set and a Redis Cluster as plain processes on loopback, to
# run ReportFlow (and its queue-ha tests) against them on one machine. Production runs its own.
#
#   stack.sh sentinel up|down|status|env   1 master + 2 replicas (ports BASE..BASE+2), 3 Sentinels
#                                          (BASE+100..BASE+102), master name "reportflow"
#   stack.sh cluster  up|down|status|env   3 masters (ports BASE..BASE+2; bus ports +10000), and
#                                          REPLICAS replicas of each (ports BASE+3..), none by default
#
# `up` starts whichever process of the set is not running (so it also restarts a killed one) and
# creates the replication or the cluster only the first time. Settings (environment):
#   REPORTFLOW_SENTINEL_BASE_PORT  default 16380    REPORTFLOW_CLUSTER_BASE_PORT  default 17001
#   REPORTFLOW_HA_PASSWORD         requirepass of the Redis servers (and masterauth); default none
#   REPORTFLOW_SENTINEL_PASSWORD   requirepass of the Sentinels; default none
#   REPORTFLOW_SENTINEL_DOWN_AFTER_MS  how long a silent master counts as down; default 3000
#   REPORTFLOW_CLUSTER_REPLICAS    replicas per Cluster master (0 or 1): with 1, six nodes on BASE..BASE+5;
#                                  when a master dies its replica is promoted by the Cluster itself
#   REPORTFLOW_CLUSTER_BUS_OFFSET  cluster bus port = port + this; default 10000 (Redis' own rule)
#   REPORTFLOW_CLUSTER_NODE_TIMEOUT_MS  how long a silent node counts as failing; default 2000
# Data lives in $DIR/sentinel-BASE and $DIR/cluster-BASE (AOF on, noeviction, as for the single node).

SENTINEL_BASE="${REPORTFLOW_SENTINEL_BASE_PORT:-16380}"
CLUSTER_BASE="${REPORTFLOW_CLUSTER_BASE_PORT:-17001}"
HA_PASSWORD="${REPORTFLOW_HA_PASSWORD:-}"
SENTINEL_PASSWORD="${REPORTFLOW_SENTINEL_PASSWORD:-}"
DOWN_AFTER_MS="${REPORTFLOW_SENTINEL_DOWN_AFTER_MS:-3000}"
CLUSTER_REPLICAS="${REPORTFLOW_CLUSTER_REPLICAS:-0}"
CLUSTER_BUS_OFFSET="${REPORTFLOW_CLUSTER_BUS_OFFSET:-10000}"
CLUSTER_NODE_TIMEOUT_MS="${REPORTFLOW_CLUSTER_NODE_TIMEOUT_MS:-2000}"
MASTER_NAME=reportflow

ha_cli() { # ha_cli PORT [PASSWORD] ARGS...: redis-cli on loopback, the password through the environment
  local port=$1 password=$2; shift 2
  REDISCLI_AUTH="$password" redis-cli -h 127.0.0.1 -p "$port" "$@"
}

wait_ping() { # wait_ping PORT PASSWORD LOG: bounded wait (30 s: a loaded machine is slow) for a process to answer
  for _ in $(seq 1 300); do
    if [ "$(ha_cli "$1" "$2" ping 2>/dev/null)" = "PONG" ]; then return 0; fi
    sleep 0.1
  done
  echo "[stack] no answer on 127.0.0.1:$1; see $3" >&2
  return 1
}

# The settings every Redis server of ours shares. The file is written once: Sentinel rewrites it
# (replicaof after a failover), and a restarted server must come back with what it was told.
write_server_conf() { # write_server_conf DIR PORT EXTRA_LINES
  local dir=$1 port=$2 extra=$3
  [ -f "$dir/redis.conf" ] && return
  mkdir -p "$dir"
  {
    echo "port $port"
    echo "bind 127.0.0.1"
    echo "dir $dir"
    echo "appendonly yes"
    echo "save \"\""
    echo "maxmemory-policy noeviction"
    echo "daemonize yes"
    echo "pidfile $dir/redis.pid"
    echo "logfile $dir/redis.log"
    if [ -n "$HA_PASSWORD" ]; then echo "requirepass $HA_PASSWORD"; echo "masterauth $HA_PASSWORD"; fi
    printf '%b' "$extra"
  } >"$dir/redis.conf"
}

start_conf() { # start_conf DIR PORT PASSWORD [--sentinel]
  local dir=$1 port=$2 password=$3
  if pid_alive "$dir/redis.pid"; then return; fi
  redis-server "$dir/redis.conf" ${4:-} >/dev/null
  wait_ping "$port" "$password" "$dir/redis.log"
}

stop_dirs() { # stop_dirs NAME DIR...: each process of a set, by its pid file
  local name=$1; shift
  local d
  for d in "$@"; do [ -d "$d" ] && stop_pidfile "$name $(basename "$d")" "$d/redis.pid"; done
}

# ---- Sentinel ----
sentinel_dir() { echo "$DIR/sentinel-$SENTINEL_BASE"; }

sentinel_up() {
  local root i port master=$SENTINEL_BASE
  root=$(sentinel_dir)
  for i in 0 1 2; do
    port=$((SENTINEL_BASE + i))
    local extra=""
    [ "$i" -gt 0 ] && extra="replicaof 127.0.0.1 $master\n"
    write_server_conf "$root/redis-$port" "$port" "$extra"
    start_conf "$root/redis-$port" "$port" "$HA_PASSWORD"
  done
  for i in 0 1 2; do
    port=$((SENTINEL_BASE + 100 + i))
    local dir="$root/sentinel-$port"
    if [ ! -f "$dir/redis.conf" ]; then
      mkdir -p "$dir"
      {
        echo "port $port"
        echo "bind 127.0.0.1"
        echo "dir $dir"
        echo "daemonize yes"
        echo "pidfile $dir/redis.pid"
        echo "logfile $dir/redis.log"
        echo "sentinel monitor $MASTER_NAME 127.0.0.1 $master 2"
        echo "sentinel down-after-milliseconds $MASTER_NAME $DOWN_AFTER_MS"
        echo "sentinel failover-timeout $MASTER_NAME $((DOWN_AFTER_MS * 4))"
        echo "sentinel parallel-syncs $MASTER_NAME 1"
        if [ -n "$HA_PASSWORD" ]; then echo "sentinel auth-pass $MASTER_NAME $HA_PASSWORD"; fi
        # Sentinels with a password of their own must present it to each other too.
        if [ -n "$SENTINEL_PASSWORD" ]; then
          echo "requirepass $SENTINEL_PASSWORD"
          echo "sentinel sentinel-pass $SENTINEL_PASSWORD"
        fi
      } >"$dir/redis.conf"
    fi
    start_conf "$dir" "$port" "$SENTINEL_PASSWORD" --sentinel
  done
  log "Sentinel set '$MASTER_NAME' up: Redis on 127.0.0.1:$SENTINEL_BASE-$((SENTINEL_BASE + 2)), Sentinels on 127.0.0.1:$((SENTINEL_BASE + 100))-$((SENTINEL_BASE + 102)) (data in $root)"
}

sentinel_down() {
  local root; root=$(sentinel_dir)
  stop_dirs Sentinel "$root"/sentinel-*
  stop_dirs Redis "$root"/redis-*
}

sentinel_status() {
  local root d; root=$(sentinel_dir)
  for d in "$root"/redis-* "$root"/sentinel-*; do
    [ -d "$d" ] || continue
    if pid_alive "$d/redis.pid"; then log "$(basename "$d") up"; else log "$(basename "$d") down"; fi
  done
  ha_cli "$((SENTINEL_BASE + 100))" "$SENTINEL_PASSWORD" sentinel get-master-addr-by-name "$MASTER_NAME" 2>/dev/null |
    paste -sd: | sed 's/^/[stack] current master: /' || true
}

sentinel_env() {
  echo "REDIS_SENTINELS=127.0.0.1:$((SENTINEL_BASE + 100)),127.0.0.1:$((SENTINEL_BASE + 101)),127.0.0.1:$((SENTINEL_BASE + 102))"
  echo "REDIS_SENTINEL_NAME=$MASTER_NAME"
  [ -n "$SENTINEL_PASSWORD" ] && echo "REDIS_SENTINEL_PASSWORD=$SENTINEL_PASSWORD"
  [ -n "$HA_PASSWORD" ] && echo "REDIS_PASSWORD=$HA_PASSWORD"
  return 0
}

# ---- Cluster ----
cluster_dir() { echo "$DIR/cluster-$CLUSTER_BASE"; }

cluster_up() {
  local root i port count nodes=()
  root=$(cluster_dir)
  case "$CLUSTER_REPLICAS" in
    0 | 1) ;;
    *) echo "[stack] REPORTFLOW_CLUSTER_REPLICAS must be 0 or 1" >&2; exit 2 ;;
  esac
  count=$((3 * (CLUSTER_REPLICAS + 1)))
  for i in $(seq 0 $((count - 1))); do
    port=$((CLUSTER_BASE + i))
    nodes+=("127.0.0.1:$port")
    write_server_conf "$root/redis-$port" "$port" \
      "cluster-enabled yes\ncluster-config-file nodes.conf\ncluster-node-timeout $CLUSTER_NODE_TIMEOUT_MS\ncluster-port $((port + CLUSTER_BUS_OFFSET))\n"
    start_conf "$root/redis-$port" "$port" "$HA_PASSWORD"
  done
  if [ ! -f "$root/created" ]; then
    # redis-cli makes the first three nodes masters and gives each one of the others as its replica.
    REDISCLI_AUTH="$HA_PASSWORD" redis-cli --cluster create "${nodes[@]}" --cluster-replicas "$CLUSTER_REPLICAS" \
      --cluster-yes >"$root/create.log" 2>&1 || { echo "[stack] cluster create failed; see $root/create.log" >&2; exit 1; }
    touch "$root/created"
  fi
  # A restarted node rejoins within a few node timeouts (a master whose replica took over comes back
  # as a replica); wait (bounded, 60 s) until every slot is served and every node agrees.
  for _ in $(seq 1 600); do
    if ha_cli "$CLUSTER_BASE" "$HA_PASSWORD" cluster info 2>/dev/null | grep -q '^cluster_state:ok' &&
      { [ "$CLUSTER_REPLICAS" = 0 ] || cluster_replicas_synced "$count"; }; then
      log "Redis Cluster up: 3 masters and $((count - 3)) replicas on 127.0.0.1:$CLUSTER_BASE-$((CLUSTER_BASE + count - 1)) (data in $root)"
      return
    fi
    sleep 0.1
  done
  echo "[stack] the cluster did not reach cluster_state:ok in 60 s; see $root/*/redis.log" >&2
  exit 1
}

cluster_replicas_synced() { # cluster_replicas_synced COUNT: every replica node has its master's link up
  local i port role
  for i in $(seq 0 $(($1 - 1))); do
    port=$((CLUSTER_BASE + i))
    role=$(ha_cli "$port" "$HA_PASSWORD" info replication 2>/dev/null | tr -d '\r')
    if grep -q '^role:slave' <<<"$role" && ! grep -q '^master_link_status:up' <<<"$role"; then return 1; fi
  done
  return 0
}

cluster_down() { stop_dirs "Cluster node" "$(cluster_dir)"/redis-*; }

cluster_status() {
  local d
  for d in "$(cluster_dir)"/redis-*; do
    [ -d "$d" ] || continue
    if pid_alive "$d/redis.pid"; then log "$(basename "$d") up"; else log "$(basename "$d") down"; fi
  done
  ha_cli "$CLUSTER_BASE" "$HA_PASSWORD" cluster info 2>/dev/null | grep '^cluster_state' | sed 's/^/[stack] /' || true
}

cluster_env() {
  # Seeds: every node, so that a client started while one master is down still finds the others.
  local i seeds=()
  for i in $(seq 0 $((3 * (CLUSTER_REPLICAS + 1) - 1))); do seeds+=("127.0.0.1:$((CLUSTER_BASE + i))"); done
  echo "REDIS_CLUSTER_NODES=$(IFS=,; echo "${seeds[*]}")"
  [ -n "$HA_PASSWORD" ] && echo "REDIS_PASSWORD=$HA_PASSWORD"
  echo "QUEUE_PREFIX={rf}"
}

redis_ha() { # redis_ha sentinel|cluster up|down|status|env
  local topology=$1 action=${2:-}
  case "$action" in
    up) ensure_redis_package; "${topology}_up" ;;
    down | status | env) "${topology}_$action" ;;
    *) echo "usage: scripts/stack.sh $topology up|down|status|env" >&2; exit 2 ;;
  esac
}
