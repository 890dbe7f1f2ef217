#!/usr/bin/env bash
# Cost per event of the `calibrated` profile against the default dataset: the generation alone (`--sink none`; each
# run's own closing line "Generated N events ... in S s", which leaves out start-up, the population and the
# expectation), per runtime. Round after round, each runtime runs the default and then the calibrated profile, so a
# shared host's load falls on both alike; the table gives the minimum and median seconds and the ratio of the costs
# per event (calibrated / default), minimum against minimum and median against median.
#
#   RUNS=10 bench/calibrated.sh     # after ./mvnw -B package -DskipTests (and optionally a native build)
source "$(dirname "$0")/runtimes.sh"
declare -A runtime=([jvm]="$JVM")
[[ -n "$NATIVE" ]] && runtime[native]="$NATIVE"
for ((round = 0; round < ${RUNS:-5}; round++)); do
  for name in jvm ${NATIVE:+native}; do
    for profile in default calibrated; do
      args=(generate --sink none --progress off)
      [[ $profile == calibrated ]] && args=(--profile calibrated "${args[@]}")
      ${runtime[$name]} "${args[@]}" 2>&1 | sed -nE "s/^Generated ([0-9,]+) events .* in ([0-9.]+) s .*/$name $profile \1 \2/p" \
        >> "$OUT/runs.txt"
    done
  done
done
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, profile, events, seconds = line.split()
    runs.setdefault((name, profile), []).append((int(events.replace(",", "")), float(seconds)))
print("| runtime | default: events, min / median s | calibrated: events, min / median s | per event, calibrated / default: min, median |")
print("|---|---|---|---|")
for name in dict.fromkeys(n for n, _ in runs):
    d, c = runs[(name, "default")], runs[(name, "calibrated")]
    de, ce = d[0][0], c[0][0]
    ds, cs = [s for _, s in d], [s for _, s in c]
    ratio = lambda a, b: (b / ce) / (a / de)
    print(f"| {name} | {de:,}: {min(ds):.2f} / {statistics.median(ds):.2f} | {ce:,}: {min(cs):.2f} / "
          f"{statistics.median(cs):.2f} | {ratio(min(ds), min(cs)):.2f}×, {ratio(statistics.median(ds), statistics.median(cs)):.2f}× |")
PY
