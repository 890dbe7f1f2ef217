#!/usr/bin/env bash
# clickhouse-local.sh - a ClickHouse server without Docker, from Debian's clickhouse-server package (18.16),
# configured with the same files compose ships (docker/clickhouse/): the sendflowr user, the Kafka ingestion
# profile, and the schema that reads topic email-events into sendflowr.email_events. See clickhouse-local/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd -P)"
SHARED="$REPO_DIR/docker/clickhouse"

START_TIMEOUT="${CLICKHOUSE_LOCAL_START_TIMEOUT:-60}"   # seconds until the server must answer
STOP_TIMEOUT="${CLICKHOUSE_LOCAL_STOP_TIMEOUT:-30}"     # seconds between SIGTERM and SIGKILL

usage() {
  cat >&2 <<'EOF'
usage: clickhouse-local.sh <command> [options]
  start  [--http-port 8123] [--tcp-port N] [--dir DIR] [--kafka HOST:PORT] [--topic email-events] [--group NAME]
         install the package if missing, write DIR's config, start; prints http://127.0.0.1:<http-port>
  schema [--dir DIR]       create sendflowr.email_events and its Kafka table and view (the topic must exist)
  stop   [--dir DIR]       SIGTERM, then SIGKILL after CLICKHOUSE_LOCAL_STOP_TIMEOUT s; idempotent
  query  SQL [--dir DIR]   run one statement as user sendflowr (clickhouse-client), print the result
  install                  only install clickhouse-server and clickhouse-client with apt-get
Defaults: tcp port = http port + 1, DIR = clickhouse-local/target/server-<http-port>, Kafka 127.0.0.1:9092,
          group clickhouse-sendflowr. A new DIR starts empty; an existing one keeps its tables.
EOF
}

die() { echo "clickhouse-local: $*" >&2; exit 1; }
log() { echo "clickhouse-local: $*" >&2; }

HTTP_PORT=8123
TCP_PORT=""
DIR=""
KAFKA="127.0.0.1:9092"
TOPIC="email-events"
GROUP="clickhouse-sendflowr"
POSITIONAL=()

parse_opts() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --http-port) [[ $# -ge 2 ]] || die "--http-port needs a value"; HTTP_PORT="$2"; shift 2 ;;
      --tcp-port) [[ $# -ge 2 ]] || die "--tcp-port needs a value"; TCP_PORT="$2"; shift 2 ;;
      --dir) [[ $# -ge 2 ]] || die "--dir needs a value"; DIR="$2"; shift 2 ;;
      --kafka) [[ $# -ge 2 ]] || die "--kafka needs a value"; KAFKA="$2"; shift 2 ;;
      --topic) [[ $# -ge 2 ]] || die "--topic needs a value"; TOPIC="$2"; shift 2 ;;
      --group) [[ $# -ge 2 ]] || die "--group needs a value"; GROUP="$2"; shift 2 ;;
      -h|--help) usage; exit 0 ;;
      -*) die "unknown option: $1 (see --help)" ;;
      *) POSITIONAL+=("$1"); shift ;;
    esac
  done
  [[ "$HTTP_PORT" =~ ^[0-9]+$ ]] || die "bad --http-port: $HTTP_PORT (a port number)"
  [[ -z "$TCP_PORT" ]] && TCP_PORT=$((HTTP_PORT + 1))
  [[ "$TCP_PORT" =~ ^[0-9]+$ ]] || die "bad --tcp-port: $TCP_PORT (a port number)"
  [[ -z "$DIR" ]] && DIR="$SCRIPT_DIR/target/server-$HTTP_PORT"
  [[ "$DIR" == /* ]] || DIR="$PWD/$DIR"
}

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# A fresh CI machine has neither the package nor, possibly, apt's lists: update only when the install fails.
ensure_installed() {
  command -v clickhouse-server >/dev/null 2>&1 && command -v clickhouse-client >/dev/null 2>&1 && return 0
  mkdir -p "$SCRIPT_DIR/target"
  exec 9>"$SCRIPT_DIR/target/.install.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if ! command -v clickhouse-server >/dev/null 2>&1 || ! command -v clickhouse-client >/dev/null 2>&1; then
    log "installing clickhouse-server and clickhouse-client (apt-get) ..."
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q clickhouse-server clickhouse-client >&2 \
      || { as_root apt-get update -q >&2 && as_root apt-get install -y -q clickhouse-server clickhouse-client >&2; } \
      || die "apt-get could not install clickhouse-server and clickhouse-client"
  fi
  exec 9>&-
}

# The server's own settings live in DIR (ports, paths); the sendflowr settings are the shipped files, copied
# unchanged into DIR/config.d and DIR/users.d; the macros point the schema at this Kafka broker and topic.
write_config() {
  mkdir -p "$DIR/config.d" "$DIR/users.d" "$DIR/data" "$DIR/tmp" "$DIR/log"
  cat >"$DIR/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>$DIR/log/server.log</log>
        <errorlog>$DIR/log/error.log</errorlog>
        <console>0</console>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>$HTTP_PORT</http_port>
    <tcp_port>$TCP_PORT</tcp_port>
    <path>$DIR/data/</path>
    <tmp_path>$DIR/tmp/</tmp_path>
    <user_files_path>$DIR/data/user_files/</user_files_path>
    <format_schema_path>$DIR/data/format_schemas/</format_schema_path>
    <users_config>users.xml</users_config>
    <default_database>default</default_database>
    <mark_cache_size>268435456</mark_cache_size>
    <uncompressed_cache_size>268435456</uncompressed_cache_size>
</yandex>
EOF
  cat >"$DIR/users.xml" <<'EOF'
<?xml version="1.0"?>
<yandex>
    <profiles><default/></profiles>
    <quotas><default/></quotas>
    <users/>
</yandex>
EOF
  cp "$SHARED"/config.d/*.xml "$DIR/config.d/"
  cp "$SHARED"/users.d/*.xml "$DIR/users.d/"
  cat >"$DIR/config.d/zz-macros.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <macros>
        <kafka_broker>$KAFKA</kafka_broker>
        <email_events_topic>$TOPIC</email_events_topic>
        <kafka_group>$GROUP</kafka_group>
    </macros>
</yandex>
EOF
}

read_pid() { [[ -f "$DIR/server.pid" ]] && tr -dc '0-9' <"$DIR/server.pid" || true; }

is_our_server() { # pid
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *clickhouse*"$DIR/config.xml"* ]]
}

answers() { # true if the HTTP interface answers /ping with Ok.
  local reply
  reply="$(timeout 2 bash -c '
      exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
      printf "GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3
      cat <&3' _ "$HTTP_PORT" 2>/dev/null)" || return 1
  [[ "$reply" == *"Ok."* ]]
}

client() { # clickhouse-client args... as user sendflowr on this server's native port
  clickhouse-client --host 127.0.0.1 --port "$TCP_PORT" --user sendflowr --password sendflowr_dev "$@"
}

# The ports of a running server are in its config; read them so that schema/query/stop need only --dir.
ports_from_config() {
  [[ -f "$DIR/config.xml" ]] || die "no server in $DIR (start one first)"
  HTTP_PORT="$(sed -n 's:.*<http_port>\([0-9]*\)</http_port>.*:\1:p' "$DIR/config.xml")"
  TCP_PORT="$(sed -n 's:.*<tcp_port>\([0-9]*\)</tcp_port>.*:\1:p' "$DIR/config.xml")"
}

cmd_start() {
  ensure_installed
  local pid
  pid="$(read_pid)"
  if is_our_server "$pid" && answers; then echo "http://127.0.0.1:$HTTP_PORT"; return 0; fi
  write_config
  local log_offset=0
  [[ -f "$DIR/log/error.log" ]] && log_offset="$(wc -c <"$DIR/log/error.log")"
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid) || launcher=(nohup)
  "${launcher[@]}" clickhouse-server --config-file="$DIR/config.xml" </dev/null >>"$DIR/log/stdout.log" 2>&1 &
  pid=$!
  echo "$pid" >"$DIR/server.pid"
  local deadline=$((SECONDS + START_TIMEOUT))
  until answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "server process $pid exited during start-up; last lines of $DIR/log/error.log:"
      tail -c +"$((log_offset + 1))" "$DIR/log/error.log" 2>/dev/null | tail -n 20 >&2 || true
      rm -f "$DIR/server.pid"
      exit 1
    fi
    if (( SECONDS >= deadline )); then
      log "server did not answer on 127.0.0.1:$HTTP_PORT within ${START_TIMEOUT}s"
      stop_pid "$pid"
      exit 1
    fi
    sleep 0.1
  done
  echo "http://127.0.0.1:$HTTP_PORT"
}

cmd_schema() {
  ports_from_config
  client --multiquery <"$SHARED/schema.sql" || die "applying $SHARED/schema.sql failed"
  log "schema applied (sendflowr.email_events, sendflowr.email_events_queue, sendflowr.email_events_ingest)"
}

cmd_query() {
  [[ ${#POSITIONAL[@]} -eq 1 ]] || die "usage: query SQL [--dir DIR]"
  ports_from_config
  client --query "${POSITIONAL[0]}"
}

stop_pid() { # pid
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      log "pid $pid still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.1
  done
  rm -f "$DIR/server.pid"
}

cmd_stop() {
  local pid
  pid="$(read_pid)"
  if ! is_our_server "$pid"; then
    rm -f "$DIR/server.pid"
    log "not running ($DIR)"
    return 0
  fi
  stop_pid "$pid"
  log "stopped (pid $pid)"
}

[[ $# -ge 1 ]] || { usage; exit 2; }
COMMAND="$1"; shift
parse_opts "$@"
case "$COMMAND" in
  start) cmd_start ;;
  schema) cmd_schema ;;
  stop) cmd_stop ;;
  query) cmd_query ;;
  install) ensure_installed ;;
  -h|--help|help) usage ;;
  *) usage; exit 2 ;;
esac
