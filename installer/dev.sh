#!/usr/bin/env bash
# One entry point for developers and CI on Debian 12, run as root:
#   installer/dev.sh run    install packages, build, run the main job (the sample congress)
#   installer/dev.sh test   install packages, build, run the whole test suite (ctest)
# Packages come from installer/debian-packages.txt; nothing else is downloaded.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
build=${KP_BUILD_DIR:-$top/build}
mode=${1:-}

install_packages() {
  mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build_all() {
  local gen=()
  command -v ninja >/dev/null && gen=(-G Ninja)
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
  run)
    install_packages
    build_all
    exec "$top/installer/main-job.sh" "$build"
    ;;
  test)
    install_packages
    build_all
    cd "$build"
    exec ctest --output-on-failure --parallel "$(nproc)"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
