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

say "running unit and e2e tests"
results="$RUN_DIR/jest-results.json"
status=0
# In band: e2e suites share one broker and one set of test databases.
npx jest --runInBand --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = require(process.argv[1]);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$results" || true
exit "$status"
