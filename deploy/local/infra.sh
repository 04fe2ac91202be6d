#!/usr/bin/env bash
# Brings up (or down) what the services stand on: Postgres, Redis, a real Kafka broker, a real
# local SMTP server (MailDev, for referrers' emails), one database per service with its
# migrations applied.
#   infra.sh up [--test]   start everything; --test also (re)creates the *_test databases
#                          (frontdoor_<service>_<lane>_test with FRONTDOOR_TEST_LANE=<lane>)
#   infra.sh down          stop the Kafka broker and MailDev (Postgres and Redis belong to the machine)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

up() {
  local with_test="${1:-}"
  ensure_node_modules
  ensure_postgres
  ensure_redis
  bash "$REPO_ROOT/deploy/local/kafka/kafka.sh" start
  bash "$REPO_ROOT/deploy/local/maildev.sh" start
  local service
  for service in $(database_services); do
    ensure_service_database "$service" "frontdoor_$service"
    if [ "$with_test" = "--test" ]; then
      drop_database "frontdoor_${service}_${TEST_DATABASE_SUFFIX}"
      ensure_service_database "$service" "frontdoor_${service}_${TEST_DATABASE_SUFFIX}"
    fi
  done
  say "applying migrations"
  local migrate_to=()
  [ "$with_test" = "--test" ] && migrate_to=("--suffix=$TEST_DATABASE_SUFFIX")
  (cd "$REPO_ROOT" && npx ts-node --swc -r tsconfig-paths/register deploy/local/migrate.ts "${migrate_to[@]}")
}

case "${1:-}" in
  up) up "${2:-}" ;;
  down)
    bash "$REPO_ROOT/deploy/local/kafka/kafka.sh" stop
    bash "$REPO_ROOT/deploy/local/maildev.sh" stop
    ;;
  *) echo "usage: infra.sh up [--test] | down" >&2; exit 2 ;;
esac
