#!/usr/bin/env bash
# containers-local.sh - build and run the project's images without Docker or a registry: Debian's podman with runc,
# base images bootstrapped from Debian packages with mmdebstrap (the official bases cannot be pulled everywhere),
# and the project's own Dockerfiles built on them with build arguments. See containers-local/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd -P)"
TARGET="$SCRIPT_DIR/target"
CACHE="${CONTAINERS_LOCAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sendflowr-synth/containers}"
SUITE="${CONTAINERS_LOCAL_SUITE:-bookworm}"
JDK25="${CONTAINERS_LOCAL_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"

DEBIAN_BASE="localhost/sendflowr-synth-base/debian:$SUITE-minbase"
# named for the JDK it was jlink'ed from, so a JDK update makes a new one
JDK_VERSION=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JDK25/release" 2>/dev/null || true)
JRE_BASE="localhost/sendflowr-synth-base/jre:${JDK_VERSION:-25}-$SUITE"

usage() {
  cat >&2 <<'EOF'
usage: containers-local.sh <command> [args]
  install              install podman, runc and mmdebstrap with apt-get if missing
  conf                 write target/containers.conf (runc, explicit ulimits) and print its path
  bases                bootstrap the local base images if missing, print "native-base=..." and "jre-base=..."
  build-native TAG     build docker/Dockerfile.native on the Debian base from target/*-runner (EXECUTABLE=prebuilt)
  build-jvm TAG        build docker/Dockerfile.jvm on the JDK 25 base from target/quarkus-app (APP=prebuilt)
  podman ARGS...       run podman with this project's containers.conf
Caches: the minbase root file system in $CONTAINERS_LOCAL_CACHE (default ~/.cache/sendflowr-synth/containers),
        the base images in podman's own store (reused while they exist).
EOF
}

die() { echo "containers-local: $*" >&2; exit 1; }
log() { echo "containers-local: $*" >&2; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# A fresh CI machine has neither the packages nor, possibly, apt's lists: update only when the install fails.
ensure_installed() {
  local missing=()
  for tool in podman runc mmdebstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  mkdir -p "$TARGET"
  exec 9>"$TARGET/.install.lock"
  flock 9
  log "installing ${missing[*]} (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q podman runc mmdebstrap >&2 \
    || { as_root apt-get update -q >&2 && as_root apt-get install -y -q podman runc mmdebstrap >&2; } \
    || die "apt-get could not install podman, runc and mmdebstrap"
  exec 9>&-
}

# crun cannot run here (hybrid cgroups, no RLIMIT_NOFILE change): runc, with the limits given explicitly.
write_conf() {
  mkdir -p "$TARGET"
  cat > "$TARGET/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
runtime = "runc"
EOF
  echo "$TARGET/containers.conf"
}

pm() { CONTAINERS_CONF="$TARGET/containers.conf" podman "$@"; }

# Debian minbase: glibc, zlib and a shell; the native executable needs nothing more.
ensure_debian_base() {
  pm image exists "$DEBIAN_BASE" && return 0
  mkdir -p "$CACHE"
  local rootfs="$CACHE/$SUITE-minbase.tar"
  if [[ ! -s "$rootfs" ]]; then
    log "bootstrapping Debian $SUITE minbase (mmdebstrap) ..."
    mmdebstrap --quiet --variant=minbase --format=tar "$SUITE" "$rootfs.part" >&2 || die "mmdebstrap failed"
    mv "$rootfs.part" "$rootfs"
  fi
  pm import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$rootfs" "$DEBIAN_BASE" >/dev/null
}

# A JDK 25 runtime (the JVM image trains and uses a JDK 25 AOT cache): jlink'ed from the local JDK with every
# module a JRE has, at the path and with the environment of the official eclipse-temurin images.
ensure_jre_base() {
  pm image exists "$JRE_BASE" && return 0
  [[ -x "$JDK25/bin/jlink" ]] || die "no JDK 25 at $JDK25 (set CONTAINERS_LOCAL_JDK)"
  local work="$TARGET/jre-base"
  rm -rf "$work" && mkdir -p "$work"
  local modules
  modules=$("$JDK25/bin/java" --list-modules | sed 's/@.*//' | grep -v -E '^jdk\.(incubator|jconsole|jshell|javadoc|jdeps|jlink|jpackage|compiler|editpad|hotspot\.agent|internal\.(ed|le|opt|jshell))' | paste -sd, -)
  log "jlink: a JDK 25 runtime for the JVM image ..."
  "$JDK25/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$work/openjdk" >&2
  cat > "$work/Containerfile" <<EOF
FROM $DEBIAN_BASE
COPY openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EOF
  pm build --quiet -t "$JRE_BASE" -f "$work/Containerfile" "$work" >/dev/null
  rm -rf "$work"
}

bases() {
  write_conf >/dev/null
  ensure_debian_base
  ensure_jre_base
  echo "native-base=$DEBIAN_BASE"
  echo "jre-base=$JRE_BASE"
}

# The shipped Dockerfiles, their bases swapped through build arguments, the build stages replaced by what the
# Maven build already made in target/.
build_native() {
  local tag="$1"
  compgen -G "$REPO_DIR/target/*-runner" >/dev/null || die "no native executable in target/ (build it first)"
  bases >/dev/null
  pm build --quiet -t "$tag" -f docker/Dockerfile.native --ignorefile docker/Dockerfile.native.dockerignore \
    --build-arg EXECUTABLE=prebuilt --build-arg RUNTIME_IMAGE="$DEBIAN_BASE" "$REPO_DIR"
}

build_jvm() {
  local tag="$1"
  [[ -f "$REPO_DIR/target/quarkus-app/quarkus-run.jar" ]] || die "no target/quarkus-app (package with JDK 25 first)"
  bases >/dev/null
  pm build --quiet -t "$tag" -f docker/Dockerfile.jvm --ignorefile docker/Dockerfile.jvm.dockerignore \
    --build-arg APP=prebuilt --build-arg RUNTIME_IMAGE="$JRE_BASE" "$REPO_DIR"
}

[[ $# -ge 1 ]] || { usage; exit 2; }
command="$1"; shift
cd "$REPO_DIR"
case "$command" in
  install) ensure_installed ;;
  conf) write_conf ;;
  bases) ensure_installed; bases ;;
  build-native) [[ $# -eq 1 ]] || die "build-native needs an image tag"; ensure_installed; build_native "$1" ;;
  build-jvm) [[ $# -eq 1 ]] || die "build-jvm needs an image tag"; ensure_installed; build_jvm "$1" ;;
  podman) ensure_installed; write_conf >/dev/null; pm "$@" ;;
  -h|--help|help) usage ;;
  *) usage; exit 2 ;;
esac
