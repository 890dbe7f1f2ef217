#!/usr/bin/env bash
# Cost per event of the `calibrated` profile against the default dataset: generation only (--sink none), on the JVM
# (and the native executable when built). hyperfine reports wall time per run; each run's own report gives its event
# count, and the table below divides one by the other (start-up included, so the default's share of it is larger).
#
#   bench/calibrated.sh              # after ./mvnw -B package -DskipTests (and optionally a native build)
source "$(dirname "$0")/runtimes.sh"
cmds=(-n "jvm default" "$JVM generate --sink none --progress off"
      -n "jvm calibrated" "$JVM --profile calibrated generate --sink none --progress off")
if [[ -n "$NATIVE" ]]; then
  cmds+=(-n "native default" "$NATIVE generate --sink none --progress off"
         -n "native calibrated" "$NATIVE --profile calibrated generate --sink none --progress off")
fi
hyperfine -N --warmup 1 --runs "${RUNS:-3}" --export-json "$OUT/result.json" "${cmds[@]}" >&2
# events of each command, from its own closing line ("Generated N events ... in S s (R events/s)")
i=0
echo "| command | events | mean wall s | µs per event | generation only (own report) |"
echo "|---|---|---|---|---|"
for cmd in "$JVM generate" "$JVM --profile calibrated generate" ${NATIVE:+"$NATIVE generate" "$NATIVE --profile calibrated generate"}; do
  report=$($cmd --sink none --progress off 2>&1 | grep '^Generated')
  events=$(sed -E 's/^Generated ([0-9,]+) events.*/\1/; s/,//g' <<<"$report")
  own=$(sed -E 's/.* in ([0-9.]+ s) \(([0-9,]+) events\/s\).*/\1, \2 events\/s/' <<<"$report")
  mean=$(python3 -c "import json,sys; print(json.load(open('$OUT/result.json'))['results'][$i]['mean'])")
  python3 -c "print('| $cmd | {:,} | {:.2f} | {:.2f} | $own |'.format($events, $mean, $mean / $events * 1e6))" \
    | sed "s|$PWD/||"
  i=$((i + 1))
done
