#!/usr/bin/env bash
# Writes a new migration for a service from the difference between its entities and its
# local database:  npm run migration:generate -- <service> <MigrationName>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
service="${1:?usage: generate-migration.sh <service> <MigrationName>}"
name="${2:?usage: generate-migration.sh <service> <MigrationName>}"
cd "$REPO_ROOT"
DATABASE_URL="postgres://$service@127.0.0.1:5432/frontdoor_$service" npx ts-node --swc -r tsconfig-paths/register \
  node_modules/typeorm/cli.js migration:generate -d "apps/$service/src/database/data-source.ts" \
  "apps/$service/src/database/migrations/$name"
say "add the new class to apps/$service/src/database/migrations/index.ts"
