#!/usr/bin/env bash
# Wall time of the full default dataset (101 days, ~810K events): generated only (--dry-run) and generated +
# serialised to a JSON Lines file, on the JVM (and the native executable when built). hyperfine reports min/median.
#
#   bench/generate.sh                # after ./mvnw -B package -DskipTests (and optionally a native build)
source "$(dirname "$0")/runtimes.sh"
cmds=(-n "jvm generate only" "$JVM generate --sink none --progress off"
      -n "jvm jsonl" "$JVM generate --sink jsonl:$OUT/jvm.jsonl --progress off")
if [[ -n "$NATIVE" ]]; then
  cmds+=(-n "native generate only" "$NATIVE generate --sink none --progress off"
         -n "native jsonl" "$NATIVE generate --sink jsonl:$OUT/native.jsonl --progress off")
fi
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-markdown "$OUT/result.md" "${cmds[@]}" >&2
cat "$OUT/result.md"
# The runs' own reports (events/s of generation + serialisation, after start-up) and their peak RSS
for app in "$JVM" ${NATIVE:+"$NATIVE"}; do
  /usr/bin/time -f "  peak RSS %M KB" $app generate --sink "jsonl:$OUT/rss.jsonl" --progress off 2>&1 | tail -2 \
    | sed "1s|^|${app%% *}: |"
done
