#!/usr/bin/env bash
# Publish rate of the full default dataset through sendflowr-synth (SmallRye reactive channel) against Kafka's own
# ProducerPerformance on the same local broker, same record count and size, acks, idempotence, compression, batch
# and linger — ProducerPerformance runs before and after (a broker's throughput drifts during its life).
#
#   bench/kafka-throughput.sh [APP...]     default APP: java -jar target/quarkus-app/quarkus-run.jar
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-19392}
K=kafka-local/kafka-local.sh
APP=("$@")
[[ ${#APP[@]} -gt 0 ]] || APP=(java -jar target/quarkus-app/quarkus-run.jar)
DIR=$(mktemp -d)
trap '$K stop --port $PORT --dir "$DIR/broker" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT

BOOT=$($K start --port "$PORT" --dir "$DIR/broker")
PROPS="acks=all enable.idempotence=true linger.ms=5 batch.size=65536 compression.type=none"

# Record count and mean value size of the dataset, from a JSON Lines copy of it.
"${APP[@]}" generate --sink "jsonl:$DIR/events.jsonl" --progress off >/dev/null
COUNT=$(wc -l < "$DIR/events.jsonl")
SIZE=$(( ($(stat -c %s "$DIR/events.jsonl") - COUNT) / COUNT ))
rm "$DIR/events.jsonl"
echo "dataset: $COUNT records, mean value $SIZE bytes; broker $BOOT"

perf() {
  $K topic-create "$1" 4 --port "$PORT" >/dev/null
  $K perf-test --port "$PORT" -- --topic "$1" --num-records "$COUNT" --record-size "$SIZE" --throughput -1 \
    --producer-props $PROPS 2>&1 | tail -1 | sed -E 's/^([0-9]+) records sent, ([0-9.]+) records\/sec.*/\2/'
}

$K topic-create warmup 4 --port "$PORT" >/dev/null
$K perf-test --port "$PORT" -- --topic warmup --num-records 200000 --record-size "$SIZE" --throughput -1 \
  --producer-props $PROPS >/dev/null 2>&1

BEFORE=$(perf perf-before)
$K topic-create synth 4 --port "$PORT" >/dev/null
/usr/bin/time -f "%M" -o "$DIR/rss" "${APP[@]}" --bootstrap-servers "$BOOT" generate --sink kafka:synth --progress off \
  > "$DIR/app.out"
APP_RATE=$(grep -o 'in [0-9.]* s ([0-9,]* records/s acknowledged)' "$DIR/app.out" | sed -E 's/.*\(([0-9,]+) records.*/\1/' | tr -d ,)
grep '^Published' "$DIR/app.out"
AFTER=$(perf perf-after)

awk -v a="$APP_RATE" -v b="$BEFORE" -v c="$AFTER" -v rss="$(cat "$DIR/rss")" 'BEGIN {
  m = (b + c) / 2;
  printf "ProducerPerformance before %.0f rec/s, after %.0f rec/s; sendflowr-synth %.0f rec/s; ratio %.2f; app peak RSS %.0f MiB\n", b, c, a, a / m, rss / 1024
}'
