#!/usr/bin/env bash
# Publish rate of the full default dataset through sendflowr-synth (SmallRye reactive channel) against Kafka's own
# ProducerPerformance on the same local broker, same record count and size, acks, idempotence, compression, batch
# and linger — ProducerPerformance runs before and after (a broker's throughput drifts during its life).
#
# The JVM jar and, when built, the native executable publish one after the other against the same broker, between the
# two ProducerPerformance runs, each with its peak RSS.
#
#   bench/kafka-throughput.sh              # after ./mvnw -B package -DskipTests (and optionally a native build)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-19392}
K=kafka-local/kafka-local.sh
declare -A APPS=([jvm]="java -jar target/quarkus-app/quarkus-run.jar")
NATIVE=$(ls target/*-runner 2>/dev/null | head -1 || true)
[[ -n "$NATIVE" ]] && APPS[native]="$NATIVE"
DIR=$(mktemp -d)
trap '$K stop --port $PORT --dir "$DIR/broker" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT

BOOT=$($K start --port "$PORT" --dir "$DIR/broker")
PROPS="acks=all enable.idempotence=true linger.ms=5 batch.size=65536 compression.type=none"

# Record count and mean value size of the dataset, from a JSON Lines copy of it.
${APPS[jvm]} generate --sink "jsonl:$DIR/events.jsonl" --progress off >/dev/null
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
for name in "${!APPS[@]}"; do
  $K topic-create "synth-$name" 4 --port "$PORT" >/dev/null
  /usr/bin/time -f "%M" -o "$DIR/rss-$name" ${APPS[$name]} --bootstrap-servers "$BOOT" generate --sink "kafka:synth-$name" \
    --progress off > "$DIR/app-$name.out"
  echo "$name: $(grep '^Published' "$DIR/app-$name.out")"
done
AFTER=$(perf perf-after)
echo "ProducerPerformance before $BEFORE rec/s, after $AFTER rec/s"

for name in "${!APPS[@]}"; do
  rate=$(grep -o 'in [0-9.]* s ([0-9,]* records/s acknowledged)' "$DIR/app-$name.out" | sed -E 's/.*\(([0-9,]+) records.*/\1/' | tr -d ,)
  awk -v n="$name" -v a="$rate" -v b="$BEFORE" -v c="$AFTER" -v rss="$(cat "$DIR/rss-$name")" 'BEGIN {
    printf "%s: %.0f rec/s acknowledged; ratio to ProducerPerformance %.2f; peak RSS %.0f MiB\n", n, a, a / ((b + c) / 2), rss / 1024
  }'
done
