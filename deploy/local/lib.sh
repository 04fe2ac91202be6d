# Shared by the local scripts: where things are, and how to bring up Postgres and Redis.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$REPO_ROOT/.run"
mkdir -p "$RUN_DIR"

PG_HOST="${PGHOST:-127.0.0.1}"
PG_PORT="${PGPORT:-5432}"
PG_ADMIN="${PG_ADMIN_USER:-postgres}"

# A test lane (FRONTDOOR_TEST_LANE=b) has its own test databases, frontdoor_<service>_b_test
# (libs/testing/src/test-run.ts gives it its own topics too).
TEST_LANE="${FRONTDOOR_TEST_LANE:-}"
[[ "$TEST_LANE" =~ ^[a-z0-9]*$ ]] || { echo "FRONTDOOR_TEST_LANE may hold only a-z and 0-9" >&2; exit 2; }
TEST_DATABASE_SUFFIX="${TEST_LANE:+${TEST_LANE}_}test"

say() { printf '\033[1m[frontdoor]\033[0m %s\n' "$*" >&2; }

# Services that own a database: every app with a src/database folder.
database_services() {
  local dir
  for dir in "$REPO_ROOT"/apps/*/src/database; do
    [ -d "$dir" ] && basename "$(dirname "$(dirname "$dir")")"
  done
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing $* from Debian"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Node 24 LTS, the version in .nvmrc, as production runs it. A machine with an older Node (Debian's
# images have 20) gets it from the npm registry's `node` package into the git-ignored cache, once,
# and every script, test and service started from here runs on it (it is first on PATH).
use_node_24() {
  local wanted major dir
  wanted="$(tr -d '[:space:]' <"$REPO_ROOT/.nvmrc")"
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  [ "$major" -ge 24 ] && return 0
  dir="$REPO_ROOT/.cache/node-$wanted"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    say "installing Node $wanted into .cache (this machine has Node $(node --version 2>/dev/null || echo none))"
    local partial="$dir.partial.$$"
    rm -rf "$partial" && mkdir -p "$partial"
    # A package.json of its own, or npm would install into the repository's node_modules above.
    echo '{ "private": true }' >"$partial/package.json"
    (cd "$partial" && npm install --no-audit --no-fund --loglevel=error --no-save "node@$wanted" >/dev/null)
    rm -rf "$dir" && mv "$partial" "$dir"
  fi
  export PATH="$dir/node_modules/node/bin:$PATH"
  hash -r
}
use_node_24

ensure_node_modules() {
  if [ ! -d "$REPO_ROOT/node_modules/.bin" ] || [ "$REPO_ROOT/package-lock.json" -nt "$REPO_ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm dependencies (npm ci, exactly as locked)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The services run from their compiled output (deploy/runtime/start.js), as the image runs them.
ensure_dist() {
  (cd "$REPO_ROOT" && sh deploy/runtime/build.sh --if-stale)
}

# The command that starts one compiled service: `APP=<service> "${SERVICE_COMMAND[@]}"`.
SERVICE_COMMAND=(node "$REPO_ROOT/deploy/runtime/start.js")

ensure_postgres() {
  command -v pg_ctlcluster >/dev/null || apt_install postgresql postgresql-client
  # Screening's child search uses fuzzystrmatch and pg_trgm, which Debian ships in postgresql-contrib.
  ls /usr/share/postgresql/*/extension/fuzzystrmatch.control /usr/share/postgresql/*/extension/pg_trgm.control \
    >/dev/null 2>&1 || apt_install postgresql-contrib
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    local version
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    say "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  fi
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { say "PostgreSQL did not start"; exit 1; }
}

ensure_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis-cli -h 127.0.0.1 -p "${REDIS_PORT:-6379}" ping >/dev/null 2>&1; then
    say "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "${REDIS_PORT:-6379}" --save "" --appendonly no \
      --logfile "$RUN_DIR/redis.log" >/dev/null
    for _ in $(seq 1 20); do redis-cli -p "${REDIS_PORT:-6379}" ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
}

# A Postgres cluster of its own beside the machine's main one (e.g. for the chaos run, which
# restarts it): created on first use with trust for local and 127.0.0.1 connections, as main has.
ensure_postgres_cluster() {
  local name="$1" port="$2" version
  command -v pg_createcluster >/dev/null || apt_install postgresql postgresql-client
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  if [ ! -d "/etc/postgresql/$version/$name" ]; then
    say "creating PostgreSQL cluster $version/$name on port $port"
    as_root pg_createcluster "$version" "$name" --port "$port" -- --auth-local=trust --auth-host=trust >/dev/null
  fi
  if ! pg_isready -q -h "$PG_HOST" -p "$port"; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$port" && break; sleep 1; done
  fi
  pg_isready -q -h "$PG_HOST" -p "$port" || { say "PostgreSQL cluster $name did not start"; exit 1; }
}

psql_admin() { psql -v ON_ERROR_STOP=1 -qtA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" -d postgres "$@"; }

# One login role and one database per service; no other role may connect to it.
ensure_service_database() {
  local service="$1" database="$2"
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$service') THEN CREATE ROLE \"$service\" LOGIN; END IF;
    END \$\$;"
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$service\""
  fi
  psql_admin -c "REVOKE ALL ON DATABASE \"$database\" FROM PUBLIC; GRANT CONNECT, TEMPORARY ON DATABASE \"$database\" TO \"$service\";"
}

drop_database() {
  psql_admin -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"
}
