#!/usr/bin/env bash
# Reading the full default dataset back (101 days, 809,230 events, ~440 MB of JSON Lines): `verify` (counts, rates,
# distinct ids) and `report` (one streaming pass plus the HTML page), whole process, on the JVM and the native
# executable when built. hyperfine prints min, median and max over RUNS runs (default 5) after one warm-up run; the
# peak RSS of one more run of each follows.
#
#   ./mvnw -B -q package -DskipTests && bench/read-back.sh
source "$(dirname "$0")/runtimes.sh"
$JVM generate --sink "jsonl:$OUT/events.jsonl" --progress off | tail -1 >&2
runtimes=(jvm)
[[ -n "$NATIVE" ]] && runtimes+=(native)
command_of() { # runtime, subcommand
  local run=$JVM
  [[ $1 == native ]] && run=$NATIVE
  case $2 in
    verify) echo "$run verify jsonl:$OUT/events.jsonl" ;;
    report) echo "$run report $OUT/events.jsonl --out $OUT/$1.html" ;;
  esac
}
echo "| command | min | median | max | peak RSS |"
echo "|---|---|---|---|---|"
for sub in verify report; do
  cmds=()
  for runtime in "${runtimes[@]}"; do
    cmds+=(-n "$runtime $sub" "$(command_of "$runtime" "$sub")")
  done
  hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$OUT/result.json" "${cmds[@]}" > /dev/null
  for runtime in "${runtimes[@]}"; do
    /usr/bin/time -f "%M" -o "$OUT/rss" $(command_of "$runtime" "$sub") > /dev/null 2>&1
    python3 - "$OUT/result.json" "$runtime $sub" "$(cat "$OUT/rss")" <<'PY'
import json, sys
r = next(r for r in json.load(open(sys.argv[1]))["results"] if r["command"] == sys.argv[2])
print(f"| {r['command']} | {min(r['times']):.2f} s | {r['median']:.2f} s | {max(r['times']):.2f} s | {int(sys.argv[3]) // 1024} MB |")
PY
  done
done
