#!/usr/bin/env bash
# Builds the fuzz targets (tests/fuzz/CMakeLists.txt) with clang-16, AddressSanitizer and
# UndefinedBehaviorSanitizer in BUILD-DIR, then runs each for SECONDS on its seeds and the
# corpus it has grown so far (CORPUS-DIR, default BUILD-DIR/corpus). Prints one line a target:
# runs, time, corpus size, crashes. Exit 1 when any target crashed or broke a property; the
# input that did is kept as CORPUS-DIR/crashes/NAME-… (make it a regression test).
#   tests/fuzz/fuzz.sh BUILD-DIR SECONDS [CORPUS-DIR] [TARGET...]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:?usage: fuzz.sh BUILD-DIR SECONDS [CORPUS-DIR] [TARGET...]}
seconds=${2:?usage: fuzz.sh BUILD-DIR SECONDS [CORPUS-DIR] [TARGET...]}
corpus=${3:-$build/corpus}
shift $(($# < 3 ? $# : 3))
only=("$@")

if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Debug with -O1: assertions stay on, and the targets still run fast enough to explore.
  cmake -S "$top" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-16 -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DKP_FUZZ=ON -DKP_BUILD_TESTS=OFF -DKP_BUILD_BENCH=OFF -DKP_WERROR=OFF \
        "${launcher[@]}" > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" --target kp_fuzz_all --parallel "$(nproc)" > "$build/build.log" 2>&1 || { tail -50 "$build/build.log"; exit 1; }

mkdir -p "$corpus/crashes"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=0
while read -r name seeds; do
  if ((${#only[@]})) && [[ ! " ${only[*]} " =~ " $name " ]]; then
    continue
  fi
  # libFuzzer reads seeds from folders (a file argument would only be run once, not fuzzed).
  seedDir="$corpus/$name-seeds"
  rm -rf "$seedDir"
  mkdir -p "$seedDir" "$corpus/$name"
  for seed in $seeds; do
    if [ -d "$seed" ]; then cp "$seed"/* "$seedDir"/; else cp "$seed" "$seedDir"/; fi
  done
  log="$corpus/$name.log"
  start=$(date +%s)
  status=0
  "$build/tests/fuzz/kp_fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$corpus/crashes/$name-" "$corpus/$name" "$seedDir" > "$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  files=$(find "$corpus/$name" -type f | wc -l)
  echo "$name: ${runs:-?} runs in $(($(date +%s) - start)) s, corpus $files inputs, $( ((status)) && echo "FAILED (see $log)" || echo "no crash")"
  if ((status)); then
    grep -E "ERROR|property failed|SUMMARY|Test unit written" "$log" | head -5
    failed=1
  fi
done < "$build/fuzz-targets.txt"
exit $failed
