#!/usr/bin/env bash
# kafka-local.sh - a real single-node Apache Kafka 4.1.2 broker (KRaft, broker+controller in one JVM)
# without Docker. The jars come from Maven Central through the repo's Maven wrapper (kafka-local/pom.xml).
# See kafka-local/README.md. Usable from any working directory.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd -P)"
LIB_DIR="$SCRIPT_DIR/target/lib"
LIB_MARKER="$SCRIPT_DIR/target/lib.complete"
LOG4J_CONF="$SCRIPT_DIR/log4j2.properties"

START_TIMEOUT="${KAFKA_LOCAL_START_TIMEOUT:-60}"   # seconds until the broker must answer
STOP_TIMEOUT="${KAFKA_LOCAL_STOP_TIMEOUT:-30}"     # seconds between SIGTERM and SIGKILL
HEAP_OPTS="${KAFKA_LOCAL_HEAP_OPTS:--Xmx512m}"
EXTRA_JVM_OPTS="${KAFKA_LOCAL_JVM_OPTS:-}"

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

usage() {
  cat >&2 <<'EOF'
usage: kafka-local.sh <command> [options]
  start   [--port 9092] [--controller-port N] [--dir DIR]   start (formatting DIR on first use); prints 127.0.0.1:<port>
  stop    [--port 9092] [--dir DIR]                        SIGTERM, then SIGKILL after KAFKA_LOCAL_STOP_TIMEOUT s; idempotent
  restart [--port 9092] [--controller-port N] [--dir DIR]  stop + start on the same DIR (data kept)
  status  [--port P | --dir DIR]                           without options: every broker under kafka-local/target
  topic-create NAME PARTITIONS [--port 9092]               idempotent (--if-not-exists), replication factor 1
  count TOPIC [--port 9092]                                sum of the end offsets of all partitions
  perf-test [--port 9092] -- <ProducerPerformance args>    bootstrap.servers is added to --producer-props
  fetch                                                    only download the jars into kafka-local/target/lib
Defaults: DIR = kafka-local/target/broker-<port>, controller port = port + 1.
Environment: JAVA_HOME, KAFKA_LOCAL_START_TIMEOUT (60), KAFKA_LOCAL_STOP_TIMEOUT (30),
             KAFKA_LOCAL_HEAP_OPTS (-Xmx512m), KAFKA_LOCAL_JVM_OPTS.
EOF
}

die() { echo "kafka-local: $*" >&2; exit 1; }
log() { echo "kafka-local: $*" >&2; }

# ---------------------------------------------------------------- argument parsing
PORT=9092
PORT_GIVEN=0
CONTROLLER_PORT=""
DIR=""
POSITIONAL=()
PASSTHROUGH=()

parse_opts() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) [[ $# -ge 2 ]] || die "--port needs a value"; PORT="$2"; PORT_GIVEN=1; shift 2 ;;
      --port=*) PORT="${1#*=}"; PORT_GIVEN=1; shift ;;
      --controller-port) [[ $# -ge 2 ]] || die "--controller-port needs a value"; CONTROLLER_PORT="$2"; shift 2 ;;
      --controller-port=*) CONTROLLER_PORT="${1#*=}"; shift ;;
      --dir) [[ $# -ge 2 ]] || die "--dir needs a value"; DIR="$2"; shift 2 ;;
      --dir=*) DIR="${1#*=}"; shift ;;
      --) shift; PASSTHROUGH=("$@"); break ;;
      -h|--help) usage; exit 0 ;;
      -*) die "unknown option: $1 (see --help)" ;;
      *) POSITIONAL+=("$1"); shift ;;
    esac
  done
  [[ "$PORT" =~ ^[0-9]+$ ]] || die "bad --port: $PORT"
  [[ -z "$CONTROLLER_PORT" || "$CONTROLLER_PORT" =~ ^[0-9]+$ ]] || die "bad --controller-port: $CONTROLLER_PORT"
  if [[ -z "$DIR" ]]; then
    DIR="$SCRIPT_DIR/target/broker-$PORT"
  elif [[ "$DIR" != /* ]]; then
    DIR="$PWD/$DIR"
  fi
}

# ---------------------------------------------------------------- helpers
ensure_lib() {
  [[ -f "$LIB_MARKER" ]] && return 0
  mkdir -p "$SCRIPT_DIR/target"
  # Serialise concurrent first starts (two brokers started in parallel on a fresh checkout).
  exec 9>"$SCRIPT_DIR/target/.fetch.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if [[ ! -f "$LIB_MARKER" ]]; then
    [[ -x "$REPO_DIR/mvnw" ]] || die "Maven wrapper not found at $REPO_DIR/mvnw"
    log "fetching Kafka jars into $LIB_DIR (Maven) ..."
    local t0=$SECONDS
    # Maven output goes to stderr so that stdout of `start` is only the bootstrap address.
    (cd "$REPO_DIR" && ./mvnw -q -B -f kafka-local/pom.xml package) >&2 \
      || die "Maven could not fetch the Kafka jars (see output above)"
    ls "$LIB_DIR"/kafka_2.13-*.jar >/dev/null 2>&1 || die "no kafka_2.13 jar in $LIB_DIR after Maven ran"
    touch "$LIB_MARKER"
    log "jars fetched in $((SECONDS - t0)) s"
  fi
  exec 9>&-
}

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (set JAVA_HOME or put java on PATH)"
}

# Tools (not the broker) log at WARN into DIR/tools.log, or kafka-local/target/tools.log.
tool_log_file() {
  if [[ -d "$DIR" ]]; then echo "$DIR/tools.log"; else mkdir -p "$SCRIPT_DIR/target"; echo "$SCRIPT_DIR/target/tools.log"; fi
}

run_tool() { # run_tool <heap> <main class> args...
  local heap="$1" main="$2"; shift 2
  "$JAVA" "$heap" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOG4J_CONF" -Dkafka.local.log.file="$(tool_log_file)" \
    -cp "$LIB_DIR/*" "$main" "$@"
}

read_pid() { [[ -f "$1/broker.pid" ]] && tr -dc '0-9' <"$1/broker.pid" || true; }

# True if PID is alive and is a kafka.Kafka JVM started with DIR's server.properties
# (guards against pid reuse after a reboot / crash).
is_our_broker() { # pid dir
  local pid="$1" dir="$2" cmd=""
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  else
    cmd="$(ps -p "$pid" -o command= 2>/dev/null || true)"
  fi
  [[ "$cmd" == *kafka.Kafka*"$dir/server.properties"* ]]
}

port_open() { # port: true if something accepts TCP connections on 127.0.0.1:port
  timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Readiness probe without starting a JVM: send a Kafka MetadataRequest v4 (all topics) over
# bash's /dev/tcp and read the broker count from the response. The broker only lists itself
# once it is registered and unfenced, i.e. when topic creation / produce will work.
broker_ready() { # port
  local out
  out="$(timeout 2 bash -c '
      exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
      # size=17 | api_key=3 (Metadata) | version=4 | correlation_id=1 | client_id="kl" | topics=null | auto_create=false
      printf "\x00\x00\x00\x11\x00\x03\x00\x04\x00\x00\x00\x01\x00\x02kl\xff\xff\xff\xff\x00" >&3
      head -c 16 <&3 | od -An -v -tu1' _ "$1" 2>/dev/null)" || return 1
  # shellcheck disable=SC2086
  set -- $out
  [[ $# -eq 16 ]] || return 1
  # bytes: size(4) correlation_id(4) throttle_time_ms(4) brokers_count(4)
  [[ "$5$6$7$8" == "0001" ]] || return 1
  local brokers=$(( (${13} << 24) | (${14} << 16) | (${15} << 8) | ${16} ))
  (( brokers >= 1 && brokers < 1000 ))
}

log_tail() { # file byte-offset: last 40 lines written after offset, to stderr
  tail -c "+$(( $2 + 1 ))" "$1" 2>/dev/null | tail -n 40 >&2 || true
}

require_broker() { # fail fast instead of waiting for a client timeout (60 s and more)
  broker_ready "$PORT" || die "no broker answers on 127.0.0.1:$PORT (start it with: kafka-local.sh start --port $PORT)"
}

uuid_for_cluster() { # Kafka Uuid: 16 random bytes, base64url without padding, must not start with '-'
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)"
    [[ "$id" != -* && "$id" != "AAAAAAAAAAAAAAAAAAAAAA" && "$id" != "AAAAAAAAAAAAAAAAAAAAAQ" ]] && break
  done
  echo "$id"
}

write_server_properties() {
  cat >"$DIR/server.properties" <<EOF
# Written by kafka-local.sh on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DIR/data

# single node: every replication factor 1, min ISR 1
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true

# test broker: no initial rebalance delay for consumer groups
group.initial.rebalance.delay.ms=0
EOF
}

# ---------------------------------------------------------------- commands
cmd_start() {
  check_java
  ensure_lib
  mkdir -p "$DIR"
  DIR="$(cd "$DIR" && pwd -P)"

  local pid
  pid="$(read_pid "$DIR")"
  if is_our_broker "$pid" "$DIR"; then
    if broker_ready "$PORT"; then
      log "already running (pid $pid, dir $DIR)"
      echo "127.0.0.1:$PORT"
      return 0
    fi
    die "a broker (pid $pid) is running for $DIR but does not answer on 127.0.0.1:$PORT; run stop first"
  fi

  if [[ -z "$CONTROLLER_PORT" && -f "$DIR/server.properties" ]]; then
    CONTROLLER_PORT="$(sed -n 's/^controller\.quorum\.voters=1@127\.0\.0\.1:\([0-9]*\)$/\1/p' "$DIR/server.properties")"
  fi
  [[ -n "$CONTROLLER_PORT" ]] || CONTROLLER_PORT=$((PORT + 1))
  [[ "$CONTROLLER_PORT" != "$PORT" ]] || die "controller port must differ from the broker port"
  port_open "$PORT" && die "port 127.0.0.1:$PORT is already in use by another process"
  port_open "$CONTROLLER_PORT" && die "controller port 127.0.0.1:$CONTROLLER_PORT is already in use (choose --controller-port)"

  write_server_properties

  if [[ ! -f "$DIR/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(uuid_for_cluster)"
    echo "$cluster_id" >"$DIR/cluster.id"
    run_tool -Xmx256m kafka.tools.StorageTool format -t "$cluster_id" -c "$DIR/server.properties" \
      >>"$DIR/format.log" 2>&1 || { tail -n 30 "$DIR/format.log" >&2; die "formatting $DIR/data failed"; }
  fi

  # Only the lines written by this start are shown on failure (broker.log is appended across restarts).
  local log_offset=0
  [[ -f "$DIR/broker.log" ]] && log_offset="$(wc -c <"$DIR/broker.log")"
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid) || launcher=(nohup)
  # stdin/stdout/stderr detached from the caller: `addr=$(kafka-local.sh start)` must not hang.
  # shellcheck disable=SC2086
  "${launcher[@]}" "$JAVA" $HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true $EXTRA_JVM_OPTS \
    -Dlog4j2.configurationFile="$LOG4J_CONF" -Dkafka.local.log.file="$DIR/broker.log" \
    -cp "$LIB_DIR/*" kafka.Kafka "$DIR/server.properties" \
    </dev/null >>"$DIR/broker.log" 2>&1 &
  pid=$!
  echo "$pid" >"$DIR/broker.pid"

  local deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if broker_ready "$PORT"; then
      echo "127.0.0.1:$PORT"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "broker process $pid exited during startup; last lines of $DIR/broker.log:"
      log_tail "$DIR/broker.log" "$log_offset"
      rm -f "$DIR/broker.pid"
      exit 1
    fi
    if (( SECONDS >= deadline )); then
      log "broker did not answer on 127.0.0.1:$PORT within ${START_TIMEOUT}s; last lines of $DIR/broker.log:"
      log_tail "$DIR/broker.log" "$log_offset"
      log "stopping the half-started broker (pid $pid)"
      stop_pid "$pid" "$DIR" || true
      exit 1
    fi
    sleep 0.2
  done
}

stop_pid() { # pid dir
  local pid="$1" dir="$2"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      log "pid $pid still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
      break
    fi
    sleep 0.2
  done
  rm -f "$dir/broker.pid"
}

cmd_stop() {
  [[ -d "$DIR" ]] || { log "nothing to stop ($DIR does not exist)"; return 0; }
  DIR="$(cd "$DIR" && pwd -P)"
  local pid
  pid="$(read_pid "$DIR")"
  if ! is_our_broker "$pid" "$DIR"; then
    rm -f "$DIR/broker.pid"
    log "not running ($DIR)"
    return 0
  fi
  stop_pid "$pid" "$DIR"
  log "stopped (pid $pid)"
}

cmd_status() {
  local dirs=() d any=1
  if [[ $PORT_GIVEN -eq 1 || "$DIR" != "$SCRIPT_DIR/target/broker-$PORT" ]]; then
    dirs=("$DIR")
  else
    for d in "$SCRIPT_DIR"/target/broker-*; do [[ -d "$d" ]] && dirs+=("$d"); done
  fi
  if [[ ${#dirs[@]} -eq 0 ]]; then echo "no brokers"; return 3; fi
  for d in "${dirs[@]}"; do
    local pid port
    pid="$(read_pid "$d")"
    port="$(sed -n 's/^advertised\.listeners=PLAINTEXT:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$d/server.properties" 2>/dev/null || true)"
    if is_our_broker "$pid" "$d"; then
      if [[ -n "$port" ]] && broker_ready "$port"; then
        echo "running  127.0.0.1:$port  pid $pid  $d"; any=0
      else
        echo "starting 127.0.0.1:${port:-?}  pid $pid  $d"
      fi
    else
      echo "stopped  127.0.0.1:${port:-?}  $d"
    fi
  done
  return $(( any == 0 ? 0 : 3 ))
}

cmd_topic_create() {
  [[ ${#POSITIONAL[@]} -eq 2 ]] || die "usage: topic-create NAME PARTITIONS [--port P]"
  check_java; ensure_lib; require_broker
  run_tool -Xmx256m org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$PORT" \
    --create --if-not-exists --topic "${POSITIONAL[0]}" --partitions "${POSITIONAL[1]}" --replication-factor 1
}

cmd_count() {
  [[ ${#POSITIONAL[@]} -eq 1 ]] || die "usage: count TOPIC [--port P]"
  check_java; ensure_lib; require_broker
  local out
  out="$(run_tool -Xmx256m org.apache.kafka.tools.GetOffsetShell --bootstrap-server "127.0.0.1:$PORT" \
    --topic "${POSITIONAL[0]}" --time -1)" || die "GetOffsetShell failed"
  [[ -n "$out" ]] || die "topic ${POSITIONAL[0]} not found"
  # lines are topic:partition:offset
  awk -F: '{ s += $NF } END { print s + 0 }' <<<"$out"
}

cmd_perf_test() {
  [[ ${#POSITIONAL[@]} -eq 0 ]] || die "usage: perf-test [--port P] -- <ProducerPerformance args>"
  check_java; ensure_lib; require_broker
  local args=() a injected=0
  for a in "${PASSTHROUGH[@]}"; do
    args+=("$a")
    if [[ "$a" == "--producer-props" && $injected -eq 0 ]]; then
      args+=("bootstrap.servers=127.0.0.1:$PORT"); injected=1
    fi
  done
  [[ $injected -eq 1 ]] || args+=(--producer-props "bootstrap.servers=127.0.0.1:$PORT")
  # ProducerPerformance keeps all records' latencies in memory; give it the broker's heap.
  "$JAVA" $HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOG4J_CONF" -Dkafka.local.log.file="$(tool_log_file)" \
    -cp "$LIB_DIR/*" org.apache.kafka.tools.ProducerPerformance "${args[@]}"
}

# ---------------------------------------------------------------- main
[[ $# -ge 1 ]] || { usage; exit 2; }
COMMAND="$1"; shift
parse_opts "$@"
case "$COMMAND" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  topic-create) cmd_topic_create ;;
  count) cmd_count ;;
  perf-test) cmd_perf_test ;;
  fetch) ensure_lib ;;
  -h|--help|help) usage ;;
  *) usage; exit 2 ;;
esac
