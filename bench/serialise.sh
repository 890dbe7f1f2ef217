#!/usr/bin/env bash
# In-process (JVM, after warm-up) timings of the full default dataset: one thread's CPU time to serialise every
# event as JSON Lines and as CSV, and wall/CPU time of generation + JSON Lines through the file sink's pipeline.
#
#   bench/serialise.sh                 # RUNS=12 by default; pass a class directory to time another build:
#   bench/serialise.sh /tmp/old-classes
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSES=${1:-target/classes}
RUNS=${RUNS:-12}
./mvnw -B -q test-compile
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="$CLASSES:target/test-classes:$(cat "$CP_FILE")"
java -Xmx3g -cp "$CP" bench/Serialise.java serialise jsonl "$RUNS"
java -Xmx3g -cp "$CP" bench/Serialise.java serialise csv "$RUNS"
java -Xmx3g -cp "$CP" bench/Serialise.java pipeline "$RUNS"
