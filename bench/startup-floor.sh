#!/usr/bin/env bash
# The start-up floor of the product's stack on this machine and toolchain, side by side with the product's native
# executable: a Quarkus picocli command that prints one line, with quarkus-picocli alone ("bare") and with the
# product's other extensions and Kafka channel ("messaging", channel enabled, and disabled as the product boots every
# command that cannot publish). hyperfine -N; prints min and median (ms).
#
#   GH=$(../shared/native/graalvm-home) bench/startup-floor.sh   # after the product's native build
# The two floor apps (bench/startup-floor/) are built natively the first time (~7 min on 2 cores).
source "$(dirname "$0")/runtimes.sh"
[[ -n "$NATIVE" ]] || { echo "no native executable in target/: build it first (docs/startup-and-native.md)" >&2; exit 1; }
FLOOR=bench/startup-floor
if [[ ! -x $FLOOR/bare/target/bare-1-runner || ! -x $FLOOR/messaging/target/messaging-1-runner ]]; then
  ./mvnw -B -q -f $FLOOR/pom.xml package -Dquarkus.native.enabled=true -Dquarkus.native.graalvm-home="${GH:?set GH to the GraalVM home (../shared/native/graalvm-home)}" >&2
fi
echo 'synth: {users: -1}' > "$OUT/invalid.yaml"
# hyperfine ignores every failure (the configuration error is one): check once that each command does what it says
for app in bare messaging; do
  [[ $($FLOOR/$app/target/$app-1-runner) == hello ]] || { echo "$app: no hello" >&2; exit 1; }
done
set +e; $NATIVE summary --config "$OUT/invalid.yaml" 2> /dev/null; [[ $? == 2 ]] || { echo "no configuration error" >&2; exit 1; }; set -e
# as the product: no warning that the disabled channel's method has no downstream
QUIET="'-Dquarkus.log.category.\"io.smallrye.reactive.messaging.provider\".level=ERROR'"  # quoted for hyperfine -N
hyperfine -N --warmup 5 --runs "${RUNS:-40}" --ignore-failure --export-json "$OUT/result.json" \
  -n "bare Quarkus picocli: hello" "$FLOOR/bare/target/bare-1-runner" \
  -n "+ config-yaml, messaging-kafka: hello" "$FLOOR/messaging/target/messaging-1-runner" \
  -n "  the same, channel disabled" "$FLOOR/messaging/target/messaging-1-runner -Dmp.messaging.outgoing.email-events.enabled=false $QUIET" \
  -n "product --help (answered before boot)" "$NATIVE --help" \
  -n "product: boot ends in a configuration error" "$NATIVE summary --config $OUT/invalid.yaml" \
  -n "product summary" "$NATIVE summary" 2> "$OUT/hyperfine.log" > /dev/null
jq -r '.results[] | "\(.command)\tmin \(.min * 1000 | round) ms\tmedian \(.median * 1000 | round) ms"' "$OUT/result.json"
