#!/usr/bin/env bash
# Start-up of --help, --version and summary: native executable vs JVM fast-jar (JDK 17) [vs JVM aot-jar on JDK 25
# with its AOT cache, if target/quarkus-app/app.aot exists — see docs/startup-and-native.md]. hyperfine, side by side; prints min and
# median (ms).
source "$(dirname "$0")/runtimes.sh"
if [[ -f target/quarkus-app/app.aot ]]; then
  # target/quarkus-app is then the aot-jar layout, ~15% slower without its cache than the fast-jar a JDK 17 build
  # makes: the plain row runs a fast-jar, packaged beside it
  ./mvnw -B -q package -DskipTests -P '!aot-cache' -Dquarkus.package.output-directory=bench-fast-jar > /dev/null
  JVM="java -jar target/bench-fast-jar/quarkus-run.jar"
fi
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for args in "--help" "--version" "summary"; do
  cmds=(-n "jvm $args" "$JVM $args")
  [[ -n "$NATIVE" ]] && cmds+=(-n "native $args" "$NATIVE $args")
  if [[ -f target/quarkus-app/app.aot ]]; then
    cmds+=(-n "jvm25+aot $args" "bash -c 'cd target/quarkus-app && $J25 -XX:AOTCache=app.aot -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar quarkus-run.jar $args'")
  fi
  hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$OUT/result.json" "${cmds[@]}" > /dev/null
  jq -r '.results[] | "\(.command)\tmin \(.min * 1000 | round) ms\tmedian \(.median * 1000 | round) ms"' "$OUT/result.json"
done
