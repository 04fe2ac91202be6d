#!/usr/bin/env bash
# `npm run fuzz`: hostile input on every HTTP route of every service, against real Postgres,
# Redis and Kafka. FUZZ_RUNS payloads per route (default 10,000), FUZZ_SEED to replay a run.
# Prints a table of responses by status per route; fails on any 5xx, any 4xx without problem
# details, or any refused body that changed a database. (npm test runs the same with 40.)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
bash deploy/local/infra.sh up --test
export FUZZ_RUNS="${FUZZ_RUNS:-10000}" FRONTDOOR_INFRA_READY=1
say "fuzzing every route with $FUZZ_RUNS payloads each${FUZZ_SEED:+ (seed $FUZZ_SEED)}"
exec npx jest --runInBand test/fuzz
