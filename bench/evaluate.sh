#!/usr/bin/env bash
# evaluate of 20,000 users (the realistic profile: time zones, cold start, holdout) with hour scores for every user
# (the heaviest input: 168 numbers a user, and a rank correlation each), on the JVM and, when built, natively.
# hyperfine -N; prints min and median (ms). The manifest and recommendations are made once, outside the timing.
#
#   bench/evaluate.sh          # after ./mvnw package (and the native build, for the native line)
source "$(dirname "$0")/runtimes.sh"
ARGS="--profile realistic --config bench/evaluate-20k.yaml"
$JVM $ARGS generate --sink none --days 1 --progress off --manifest "$OUT/truth.jsonl" > /dev/null
# scores = the true probabilities (every code path runs; the figures are the oracle's)
jq -c '{recipient_id, scores: .open_probability_by_local_hour_of_week}' "$OUT/truth.jsonl" > "$OUT/recs.jsonl"
[[ $(wc -l < "$OUT/recs.jsonl") == 20000 ]] || { echo "expected 20,000 recommendations" >&2; exit 1; }
EVALUATE="evaluate --manifest $OUT/truth.jsonl --recommendations $OUT/recs.jsonl --output json"
# hyperfine ignores failures: check once that evaluate scores all 20,000 users
$JVM $ARGS $EVALUATE | jq -e '.users == 20000 and .captured.value == 1' > /dev/null
commands=(-n "JVM: evaluate, 20,000 users with scores" "$JVM $ARGS $EVALUATE")
[[ -n "$NATIVE" ]] && commands+=(-n "native: evaluate, 20,000 users with scores" "$NATIVE $ARGS $EVALUATE")
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$OUT/result.json" "${commands[@]}" > /dev/null 2> "$OUT/hyperfine.log"
jq -r '.results[] | "\(.command | split(" --manifest")[0])\tmin \(.min * 1000 | round) ms\tmedian \(.median * 1000 | round) ms"' "$OUT/result.json"
