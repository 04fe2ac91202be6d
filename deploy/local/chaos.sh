#!/usr/bin/env bash
# `npm run chaos`: see bench/chaos.ts. Brings up what the chaos run breaks, all of it its own so
# that other test runs on this machine are never touched: a Kafka broker on 127.0.0.1:19092
# (.cache/kafka-chaos), a Postgres cluster `chaos` on 5433 (created on first use), and databases
# frontdoor_<service>_chaos_test there, recreated and migrated for each run. Redis is the shared
# server, database 3.
#   chaos.sh                  the run (CHAOS_SCALE=full|small)
#   chaos.sh infrastructure   only bring up the above (the small run in npm test uses this)
#   chaos.sh down             stop the chaos broker and Postgres cluster (the shared ones are untouched)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
# Must match CHAOS_INFRASTRUCTURE in bench/lib/chaos-infrastructure.ts.
CHAOS_KAFKA=(KAFKA_INSTANCE=chaos KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093)
CHAOS_PG_CLUSTER=chaos
CHAOS_PG_PORT=5433

infrastructure() {
  ensure_node_modules
  ensure_redis
  ensure_postgres_cluster "$CHAOS_PG_CLUSTER" "$CHAOS_PG_PORT"
  env "${CHAOS_KAFKA[@]}" bash deploy/local/kafka/kafka.sh start
  PGPORT="$CHAOS_PG_PORT" bash deploy/local/recreate-databases.sh chaos_test
}

down() {
  env "${CHAOS_KAFKA[@]}" bash deploy/local/kafka/kafka.sh stop
  local version
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  if [ -d "/etc/postgresql/$version/$CHAOS_PG_CLUSTER" ]; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$CHAOS_PG_CLUSTER" stop || true
  fi
}

if [ "${1:-}" = down ]; then down; exit 0; fi
infrastructure
if [ "${1:-}" = infrastructure ]; then exit 0; fi
ensure_dist
exec node_modules/.bin/ts-node --swc -r tsconfig-paths/register bench/chaos.ts
