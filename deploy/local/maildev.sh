#!/usr/bin/env bash
# A real local SMTP server for `npm start` and the tests: MailDev (the `maildev` devDependency),
# which keeps every email it is sent and shows them in a web inbox and a REST API (/api/email).
# Intake sends referrers their decision emails to it; the e2e tests read its inbox.
#
#   maildev.sh start|stop|status
#
# Env: MAILDEV_SMTP_PORT (1025), MAILDEV_WEB_PORT (1080). Each pair of ports is its own instance,
# with its state (pid, log, mail) in .run/maildev-<smtp port>, so test lanes on one machine each
# run their own (e.g. 1125/1180) and stopping one leaves the others alone.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SMTP_PORT="${MAILDEV_SMTP_PORT:-1025}"
WEB_PORT="${MAILDEV_WEB_PORT:-1080}"
[[ "$SMTP_PORT" =~ ^[0-9]+$ && "$WEB_PORT" =~ ^[0-9]+$ ]] || {
  echo "maildev: MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT must be numbers" >&2
  exit 2
}
STATE_DIR="$RUN_DIR/maildev-$SMTP_PORT"
PID_FILE="$STATE_DIR/maildev.pid"
LOG_FILE="$STATE_DIR/maildev.log"
WAIT_SECONDS=30

log() { printf 'maildev: %s\n' "$*" >&2; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
answers_api() { curl -fs -m 2 "http://127.0.0.1:$WEB_PORT/api/healthz" >/dev/null 2>&1; }

# The pid from the pid file, only while that process is still our MailDev.
maildev_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'maildev' || return 1
  echo "$pid"
}

cmd_start() {
  command -v curl >/dev/null || apt_install curl
  local pid
  if pid="$(maildev_pid)"; then
    log "already running (pid $pid): SMTP 127.0.0.1:$SMTP_PORT, inbox http://127.0.0.1:$WEB_PORT"
    return 0
  fi
  if port_open "$SMTP_PORT" || port_open "$WEB_PORT"; then
    if port_open "$SMTP_PORT" && answers_api; then
      log "a MailDev already answers on $SMTP_PORT/$WEB_PORT - nothing to do"
      return 0
    fi
    log "error: port $SMTP_PORT or $WEB_PORT is in use by something that is not MailDev"
    exit 1
  fi
  ensure_node_modules
  mkdir -p "$STATE_DIR/mail"
  # Bound to 127.0.0.1 only: the inbox holds (synthetic) referrers' emails. Its own session, so a
  # Ctrl-C in the terminal that started it reaches the script, which stops it in order.
  setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
    node "$REPO_ROOT/node_modules/maildev/dist/bin/maildev.js" \
    --smtp "$SMTP_PORT" --web "$WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    --mail-directory "$STATE_DIR/mail" --max-emails 5000 \
    >"$LOG_FILE" 2>&1 </dev/null &
  local deadline=$((SECONDS + WAIT_SECONDS))
  until port_open "$SMTP_PORT" && answers_api; do
    if [[ -s "$PID_FILE" ]] && ! maildev_pid >/dev/null; then
      log "error: MailDev exited during startup; last lines of ${LOG_FILE#"$REPO_ROOT"/}:"
      tail -n 20 "$LOG_FILE" >&2
      exit 1
    fi
    ((SECONDS < deadline)) || {
      log "error: MailDev did not answer within ${WAIT_SECONDS}s"
      exit 1
    }
    sleep 0.2
  done
  log "ready: SMTP 127.0.0.1:$SMTP_PORT, inbox http://127.0.0.1:$WEB_PORT (pid $(maildev_pid))"
}

cmd_stop() {
  local pid
  if ! pid="$(maildev_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  if maildev_pid >/dev/null && answers_api; then
    log "running: SMTP 127.0.0.1:$SMTP_PORT, inbox http://127.0.0.1:$WEB_PORT"
    return 0
  fi
  log "not running"
  return 1
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: maildev.sh start|stop|status" >&2
    exit 2
    ;;
esac
