#!/usr/bin/env bash
# `npm run bench`: see bench/run.ts. Starts the infrastructure, recreates the bench's own databases
# (frontdoor_<service>_bench_test: the shared _test ones are left alone), then runs the services as
# their own processes on ports 4001-4007, so it can run beside `npm start` and the tests.
#   bench.sh            the bench (BENCH_SCALE=full|small)
#   bench.sh databases  only recreate the bench databases (the small bench in npm test uses this)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
if [ "${1:-}" = databases ]; then exec bash deploy/local/recreate-databases.sh bench_test; fi
bash deploy/local/infra.sh up
bash deploy/local/recreate-databases.sh bench_test
ensure_dist
exec node_modules/.bin/ts-node --swc -r tsconfig-paths/register bench/run.ts
