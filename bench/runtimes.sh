# Sourced by the benchmark scripts: strict mode, the repository as the working directory, a scratch directory
# ($OUT) removed on exit, and the commands of the two runtimes ($NATIVE is empty until a native build exists).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[1]}")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
JVM="java -jar target/quarkus-app/quarkus-run.jar"
NATIVE=$(ls target/*-runner 2>/dev/null | head -1 || true)
