#!/usr/bin/env bash
# `npm run fuzz`: hostile input on every HTTP route of every service and on every Kafka topic a
# service consumes, against real Postgres, Redis and Kafka. FUZZ_RUNS payloads per route (default
# 10,000), FUZZ_KAFKA_RUNS messages per topic (default 1,000), FUZZ_SEED to replay a run.
# Prints a table of responses by status per route and of time to the dead-letter topic per topic;
# fails on any 5xx, any 4xx without problem details, any refused body that changed a database, or
# any hostile message not dead-lettered exactly once or left blocking its partition.
# (npm test runs the same with 40 of each.)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
bash deploy/local/infra.sh up --test
export FUZZ_RUNS="${FUZZ_RUNS:-10000}" FUZZ_KAFKA_RUNS="${FUZZ_KAFKA_RUNS:-1000}" FRONTDOOR_INFRA_READY=1
say "fuzzing every route with $FUZZ_RUNS payloads and every consumed topic with $FUZZ_KAFKA_RUNS messages${FUZZ_SEED:+ (seed $FUZZ_SEED)}"
exec npx jest --runInBand test/fuzz
