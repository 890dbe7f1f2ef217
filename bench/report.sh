#!/usr/bin/env bash
# Wall time of `report` on the full default dataset (101 days, 809,230 events, ~440 MB of JSON Lines): one
# streaming pass plus writing the HTML page, whole process, on the JVM (and the native executable when built).
# hyperfine prints min, median and max over RUNS runs (default 5) after one warm-up run; the peak RSS of one
# more run follows.
#
#   ./mvnw -B -q package -DskipTests && bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
JVM="java -jar target/quarkus-app/quarkus-run.jar"
NATIVE=$(ls target/*-runner 2>/dev/null | head -1 || true)
$JVM generate --sink "jsonl:$OUT/events.jsonl" --progress off | tail -1 >&2
cmds=(-n "jvm report" "$JVM report $OUT/events.jsonl --out $OUT/jvm.html")
if [[ -n "$NATIVE" ]]; then
  cmds+=(-n "native report" "$NATIVE report $OUT/events.jsonl --out $OUT/native.html")
fi
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$OUT/result.json" "${cmds[@]}" >&2
python3 - "$OUT/result.json" <<'PY'
import json, sys
print("| command | min | median | max |")
print("|---|---|---|---|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| {r['command']} | {min(r['times']):.2f} s | {r['median']:.2f} s | {max(r['times']):.2f} s |")
PY
/usr/bin/time -f "jvm report peak RSS %M KB" $JVM report "$OUT/events.jsonl" --out "$OUT/jvm.html"
