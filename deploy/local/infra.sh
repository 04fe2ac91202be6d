#!/usr/bin/env bash
# Brings up (or down) what the services stand on: Postgres, Redis, a real Kafka broker, one
# database per service with its migrations applied.
#   infra.sh up [--test]   start everything; --test also (re)creates the *_test databases
#   infra.sh down          stop the Kafka broker (Postgres and Redis belong to the machine)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

up() {
  local with_test="${1:-}"
  ensure_node_modules
  ensure_postgres
  ensure_redis
  bash "$REPO_ROOT/deploy/local/kafka/kafka.sh" start
  local service
  for service in $(database_services); do
    ensure_service_database "$service" "frontdoor_$service"
    if [ "$with_test" = "--test" ]; then
      drop_database "frontdoor_${service}_test"
      ensure_service_database "$service" "frontdoor_${service}_test"
    fi
  done
  say "applying migrations"
  (cd "$REPO_ROOT" && npx ts-node --swc -r tsconfig-paths/register deploy/local/migrate.ts $with_test)
}

case "${1:-}" in
  up) up "${2:-}" ;;
  down) bash "$REPO_ROOT/deploy/local/kafka/kafka.sh" stop ;;
  *) echo "usage: infra.sh up [--test] | down" >&2; exit 2 ;;
esac
