#!/usr/bin/env bash
# `npm start`: brings up Postgres, Redis and Kafka (infra.sh), compiles the services and runs each
# from dist/ exactly as its image does (deploy/runtime/start.js), loads the synthetic demo data
# (with ts-node: the loaders are development tools, not shipped) and stays in the foreground.
# Ctrl-C (or SIGTERM) stops the services, and the Kafka broker and MailDev if this script started them;
# Postgres and Redis belong to the machine and keep running.
# Service logs: .run/logs/<service>.log
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

# Every service's HTTP port. A service under apps/ that is missing here is an error.
declare -A SERVICE_PORTS=(
  [portal]=3000 [intake]=3001 [screening]=3002 [police]=3003
  [health]=3004 [education]=3005 [marac]=3006 [strategy]=3007
)

HEALTH_TIMEOUT_SECONDS=90
STOP_TIMEOUT_SECONDS=20
LOG_DIR="$RUN_DIR/logs"
PID_FILE="$RUN_DIR/start.pid"
KAFKA_SH="$REPO_ROOT/deploy/local/kafka/kafka.sh"
MAILDEV_SH="$REPO_ROOT/deploy/local/maildev.sh"
MAILDEV_SMTP_PORT="${MAILDEV_SMTP_PORT:-1025}"
MAILDEV_WEB_PORT="${MAILDEV_WEB_PORT:-1080}"
export MAILDEV_SMTP_PORT MAILDEV_WEB_PORT
TS_NODE=("$REPO_ROOT/node_modules/.bin/ts-node" --swc -r tsconfig-paths/register)

die() { say "error: $*"; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The services that exist (apps/*/src/main.ts), in port order.
SERVICES=()
for main in "$REPO_ROOT"/apps/*/src/main.ts; do
  [ -f "$main" ] || continue
  service="$(basename "$(dirname "$(dirname "$main")")")"
  [ -n "${SERVICE_PORTS[$service]:-}" ] ||
    die "apps/$service has no port: add it to SERVICE_PORTS in deploy/local/start.sh"
  SERVICES+=("$service")
done
[ "${#SERVICES[@]}" -gt 0 ] || die "no services found (apps/*/src/main.ts)"
mapfile -t SERVICES < <(for s in "${SERVICES[@]}"; do echo "${SERVICE_PORTS[$s]} $s"; done | sort -n | cut -d' ' -f2)

# Fail fast, before touching anything, if a front door is already running (or starting).
if [ -f "$PID_FILE" ]; then
  other="$(tr -dc '0-9' <"$PID_FILE")"
  if [ -n "$other" ] && [ "$other" != $$ ] && tr '\0' ' ' <"/proc/$other/cmdline" 2>/dev/null | grep -q 'start\.sh'; then
    die "npm start is already running (pid $other): stop it with Ctrl-C in its terminal, or: kill $other"
  fi
fi
for service in "${SERVICES[@]}"; do
  port="${SERVICE_PORTS[$service]}"
  if port_open "$port"; then
    die "port $port ($service) is already in use: is the front door already running from another checkout? See: ss -ltnp 'sport = :$port'"
  fi
done
command -v curl >/dev/null || apt_install curl

# --- stopping -----------------------------------------------------------------------------

SERVICE_PIDS=()        # each is also its process group id
DEMO_PID=""
KAFKA_STARTED_HERE=false
MAILDEV_STARTED_HERE=false
STOPPING=false

group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; }

stop_all() {
  $STOPPING && return 0
  STOPPING=true
  trap '' INT TERM
  set +e
  [ -n "$DEMO_PID" ] && kill -TERM "$DEMO_PID" 2>/dev/null
  if [ "${#SERVICE_PIDS[@]}" -gt 0 ]; then
    say "stopping ${SERVICES[*]}"
    local pid deadline=$((SECONDS + STOP_TIMEOUT_SECONDS))
    for pid in "${SERVICE_PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null; done
    for pid in "${SERVICE_PIDS[@]}"; do
      while group_alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
      if group_alive "$pid"; then
        say "process group $pid did not stop within ${STOP_TIMEOUT_SECONDS}s: killing it"
        kill -KILL -- "-$pid" 2>/dev/null
      fi
    done
  fi
  wait 2>/dev/null
  if $KAFKA_STARTED_HERE; then bash "$KAFKA_SH" stop >&2; fi
  if $MAILDEV_STARTED_HERE; then bash "$MAILDEV_SH" stop; fi
  rm -f "$PID_FILE"
  say "stopped"
  return 0
}

on_signal() {
  say "SIG$1 received"
  stop_all
  trap - EXIT
  exit "$2"
}

bash "$KAFKA_SH" status >/dev/null 2>&1 || KAFKA_STARTED_HERE=true
bash "$MAILDEV_SH" status 2>/dev/null || MAILDEV_STARTED_HERE=true
echo $$ >"$PID_FILE"
trap stop_all EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

# --- infrastructure -----------------------------------------------------------------------

bash "$REPO_ROOT/deploy/local/infra.sh" up
databases=" $(database_services | tr '\n' ' ') "

# Each agency's own synthetic records (deterministic; a second run loads nothing).
for seed_script in "$REPO_ROOT"/apps/*/src/synthetic/seed.ts; do
  [ -f "$seed_script" ] || continue
  agency="$(basename "$(dirname "$(dirname "$(dirname "$seed_script")")")")"
  say "loading $agency's synthetic records"
  (cd "$REPO_ROOT" && DATABASE_URL="postgres://$agency@$PG_HOST:$PG_PORT/frontdoor_$agency" "${TS_NODE[@]}" "${seed_script#"$REPO_ROOT"/}")
done

# --- services -----------------------------------------------------------------------------

ensure_dist
mkdir -p "$LOG_DIR"
for service in "${SERVICES[@]}"; do
  env_vars=(
    NODE_ENV=development
    APP="$service"
    PORT="${SERVICE_PORTS[$service]}"
    KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
    REDIS_URL="${REDIS_URL:-redis://127.0.0.1:${REDIS_PORT:-6379}}"
    AUTH_MODE=development
  )
  if [ "$service" = intake ]; then
    # Intake emails referrers through MailDev here; production uses GOV.UK Notify (docs/deployment.md).
    env_vars+=(REFERRER_EMAIL_SENDER=smtp SMTP_HOST=127.0.0.1 SMTP_PORT="$MAILDEV_SMTP_PORT")
  fi
  if [[ "$databases" == *" $service "* ]]; then
    env_vars+=(DATABASE_URL="postgres://$service@$PG_HOST:$PG_PORT/frontdoor_$service")
  fi
  # Job control on while forking: each service gets its own process group (pgid = pid), so a
  # Ctrl-C in the terminal reaches only this script, which then stops the groups in order.
  set -m
  (exec env "${env_vars[@]}" "${SERVICE_COMMAND[@]}" >"$LOG_DIR/$service.log" 2>&1 </dev/null) &
  SERVICE_PIDS+=("$!")
  set +m
  say "starting $service on port ${SERVICE_PORTS[$service]} (pid $!, log .run/logs/$service.log)"
done

fail_service() {
  local service="$1" problem="$2"
  say "error: $service $problem. Last lines of .run/logs/$service.log:"
  tail -n 40 "$LOG_DIR/$service.log" >&2 || true
  exit 1
}

for index in "${!SERVICES[@]}"; do
  service="${SERVICES[$index]}"
  port="${SERVICE_PORTS[$service]}"
  deadline=$((SECONDS + HEALTH_TIMEOUT_SECONDS))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -m 3 "http://127.0.0.1:$port/health")" = 200 ]; do
    group_alive "${SERVICE_PIDS[$index]}" || fail_service "$service" "exited during startup"
    ((SECONDS < deadline)) || fail_service "$service" "did not answer GET /health with 200 within ${HEALTH_TIMEOUT_SECONDS}s"
    sleep 1
  done
  say "$service is healthy"
done

# --- demo data ----------------------------------------------------------------------------

say "loading demo data"
(
  export NODE_ENV=development AUTH_MODE=development
  for service in "${SERVICES[@]}"; do
    # INTAKE_URL, SCREENING_URL, POLICE_URL, MARAC_URL ...: where the demo loaders find each API.
    export "${service^^}_URL=http://127.0.0.1:${SERVICE_PORTS[$service]}"
  done
  exec "${TS_NODE[@]}" deploy/local/demo-data.ts
) &
DEMO_PID=$!
wait "$DEMO_PID" || say "warning: the demo data did not load completely (see above); the services keep running"
DEMO_PID=""

# --- banner -------------------------------------------------------------------------------

has_service() { [[ " ${SERVICES[*]} " == *" $1 "* ]]; }
{
  echo
  echo "Front door is running. Ctrl-C stops it (Postgres and Redis keep running)."
  echo
  if has_service portal; then
    echo "Open the portal at http://127.0.0.1:${SERVICE_PORTS[portal]} and pick a demo user on its sign-in page, for example:"
    echo "  Sasha Screener      the worklist, My cases, a case and its decision"
    echo "  Morgan Manager      sign-off, allocation and each screener's workload, joint decisions, the dashboard"
    echo "  Olive Oakfield      a school's safeguarding lead: refer a child, see what happened"
    echo "  PC Pat Patrol       police: joint decisions, MARAC, strategy discussions"
    echo "  Mo Maracson         the MARAC coordinator: meetings, agendas, overdue actions"
    echo "  Eve Nightly         the emergency duty team: red contacts out of office hours, hand-over in the morning"
    echo
  fi
  echo "The services' APIs (each needs a bearer token; the docs pages take one under Authorize):"
  for service in "${SERVICES[@]}"; do
    [ "$service" = portal ] && continue
    url="http://127.0.0.1:${SERVICE_PORTS[$service]}"
    printf '  %-11s %-24s API docs %s/docs\n' "$service" "$url" "$url"
  done
  echo
  if has_service intake; then
    echo "Submit a contact as a school DSL (the body is the OpenAPI example):"
    echo "  TOKEN=\$(npm run -s token -- school-dsl)"
    echo "  curl -s -X POST http://127.0.0.1:${SERVICE_PORTS[intake]}/contacts -H \"Authorization: Bearer \$TOKEN\" \\"
    echo "       -H 'Content-Type: application/json' -d @apps/intake/src/contacts/example-contact.json"
  fi
  if has_service screening; then
    echo "See the worklist as a screener:"
    echo "  TOKEN=\$(npm run -s token -- screener)"
    echo "  curl -s http://127.0.0.1:${SERVICE_PORTS[screening]}/worklist -H \"Authorization: Bearer \$TOKEN\""
  fi
  if has_service marac; then
    echo "See the MARAC referrals and the agenda they are listed on, as the coordinator:"
    echo "  TOKEN=\$(npm run -s token -- marac-coordinator)"
    echo "  curl -s http://127.0.0.1:${SERVICE_PORTS[marac]}/referrals -H \"Authorization: Bearer \$TOKEN\""
    echo "  curl -s http://127.0.0.1:${SERVICE_PORTS[marac]}/meetings -H \"Authorization: Bearer \$TOKEN\""
  fi
  echo "Tokens for other roles: npm run -s token -- --help"
  echo "Emails to referrers (a decision signed off tells the referrer): the MailDev inbox at http://127.0.0.1:$MAILDEV_WEB_PORT"
  echo "Logs: .run/logs/<service>.log"
  echo
}

# --- foreground ---------------------------------------------------------------------------

# Until a signal arrives (the trap stops everything) or a service dies (then stop the rest).
status=0
wait -n "${SERVICE_PIDS[@]}" || status=$?
for index in "${!SERVICES[@]}"; do
  group_alive "${SERVICE_PIDS[$index]}" || fail_service "${SERVICES[$index]}" "stopped unexpectedly (exit $status)"
done
exit 1
