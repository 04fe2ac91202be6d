#!/usr/bin/env bash
# `npm run bench`: see bench/run.ts. Starts the infrastructure (test databases are recreated),
# then the services as their own processes on ports 4001-4007, so it can run beside `npm start`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
bash deploy/local/infra.sh up --test
exec node_modules/.bin/ts-node --swc -r tsconfig-paths/register bench/run.ts
