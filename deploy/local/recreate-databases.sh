#!/usr/bin/env bash
# (Re)creates one set of throwaway service databases, frontdoor_<service>_<suffix>, each with its
# own role as usual, on $PGHOST:$PGPORT (default the machine's main cluster), and migrates them.
# The bench uses `bench_test`; the chaos run `chaos_test` on its own cluster (PGPORT=5433).
#   recreate-databases.sh <suffix>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export PGOPTIONS="-c client_min_messages=warning"
suffix="${1:?usage: recreate-databases.sh <suffix>, e.g. bench_test}"
case "$suffix" in
  *test) ;;
  *) say "refusing: '$suffix' must end in 'test' (the services run them under NODE_ENV=test)"; exit 2 ;;
esac
for service in $(database_services); do
  drop_database "frontdoor_${service}_${suffix}"
  ensure_service_database "$service" "frontdoor_${service}_${suffix}"
done
say "applying migrations to frontdoor_*_${suffix} on $PG_HOST:$PG_PORT"
cd "$REPO_ROOT"
PGHOST="$PG_HOST" PGPORT="$PG_PORT" node_modules/.bin/ts-node --swc -r tsconfig-paths/register deploy/local/migrate.ts --suffix="$suffix" >/dev/null
