# A node the scripts run in the background, tracked by a pid file. The caller sets BIN (the
# node's binary, matched against the process's command line, so a reused pid is not taken
# for the node) and PIDFILE, and has sourced lib/prelude.sh (log).

daemon_running() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  kill -0 "$pid" 2>/dev/null && grep -qF "$BIN" "/proc/$pid/cmdline" 2>/dev/null
}

# TERM, then KILL after 20 s; safe when the node is not running.
daemon_stop() {
  if ! daemon_running; then
    rm -f "$PIDFILE"
    log "not running"
    return
  fi
  local pid
  pid="$(cat "$PIDFILE")"
  kill -TERM "$pid"
  for _ in $(seq 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$PIDFILE"
  log "stopped (pid $pid)"
}

# The node's command line: `$1` names a command the caller defines as cmd_build, cmd_start,
# cmd_stop, cmd_status, cmd_env or any other cmd_<name>, which gets the arguments after
# `$2`; or `reset` (stop, then delete NODE_HOME). Anything else prints the usage, lines `$2`
# of the caller's header.
daemon_main() {
  local command="$1" usage="$2"
  shift 2
  case "$command" in
    reset)
      cmd_stop
      rm -rf "$NODE_HOME"
      log "deleted $NODE_HOME"
      ;;
    *)
      if [[ "$command" =~ ^[a-z]+$ ]] && declare -F "cmd_$command" >/dev/null; then
        "cmd_$command" "$@"
      else
        sed -n "${usage}p" "$0" >&2
        exit 2
      fi
      ;;
  esac
}
