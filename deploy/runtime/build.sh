#!/bin/sh
# Compiles every app and lib to dist/, as the image and every local run start them
# (deploy/runtime/start.js). tsc writes only JavaScript: files that are not TypeScript (templates,
# JSON documents, static assets) are copied to the same place beside the compiled code, so
# `__dirname`-relative paths still work. A fresh dist/ each time: a file deleted from the source
# (a migration, above all) must not live on as stale JavaScript.
#   build.sh              build
#   build.sh --if-stale   build only if a source file changed since the last build (local runs)
set -eu
cd "$(dirname "$0")/../.."
if [ "${1:-}" = --if-stale ] && [ -f dist/.built ] &&
  [ -z "$(find apps libs tsconfig.json tsconfig.build.json package-lock.json -newer dist/.built -print -quit)" ]; then
  exit 0
fi
echo "compiling the services to dist/" >&2
rm -rf dist
node node_modules/typescript/bin/tsc -p tsconfig.build.json
find apps libs -type f ! -name '*.ts' ! -name '.env*' ! -name 'tsconfig*.json' ! -name '*.md' \
  ! -path '*/test/*' -exec cp --parents {} dist/ \;
# What the build was made from, so the local scripts can tell when it is stale (lib.sh ensure_dist).
touch dist/.built
