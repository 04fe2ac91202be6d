#!/usr/bin/env bash
# `npm test`: installs what is missing, brings up real Postgres, Redis and Kafka, recreates the
# test databases, type-checks, and runs every unit and e2e test. Extra arguments go to jest.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
ensure_node_modules
bash deploy/local/infra.sh up --test
export FRONTDOOR_INFRA_READY=1 NODE_ENV=test

say "type-checking, linting (zero warnings) and checking formatting"
npx tsc --noEmit -p tsconfig.json
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

# The restart, bench, chaos and runtime suites start the compiled services, as production does.
ensure_dist

say "running unit and e2e tests"
results="$RUN_DIR/jest-results.json"
status=0
# In band: e2e suites share one broker and one set of test databases.
npx jest --runInBand --json --outputFile="$results" "$@" || status=$?
result_files=("$results")

# The calendar guard, on a full run only: the parts that meet a rule about the present (the unit
# specs, every OpenAPI example, the demo) again with "now" a year ahead and on a December
# Saturday, each on fresh databases, so a date written down as "today" fails here first.
# libs/testing/src/shifted-clock.js says how the clock is moved.
if [ "$#" -eq 0 ]; then
  for shift in one-year-ahead december-saturday; do
    say "calendar guard: the clock moved to $shift"
    bash deploy/local/infra.sh up --test >/dev/null
    shifted_results="$RUN_DIR/jest-results-$shift.json"
    FRONTDOOR_CLOCK_SHIFT="$shift" npx jest --runInBand --json --outputFile="$shifted_results" \
      '\.spec\.ts$' 'openapi\.e2e-spec\.ts$' 'demo-data\.e2e-spec\.ts$' || status=$?
    result_files+=("$shifted_results")
  done
fi

node -e '
  const runs = process.argv.slice(1).map((file) => require(file));
  const sum = (field) => runs.reduce((total, run) => total + run[field], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
' "${result_files[@]}" || true
exit "$status"
