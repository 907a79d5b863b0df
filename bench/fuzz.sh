#!/usr/bin/env bash
# The long fuzzing run: every target of tests/fuzz for SECONDS each (default 600), growing the
# corpus kept in build-fuzz/corpus from one run to the next. Record what it finds in
# docs/benchmarks.md (## Fuzzing); a crash becomes a regression test.
#   bench/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-600}
shift $(($# ? 1 : 0))
exec nice -n 10 bash "$top/tests/fuzz/fuzz.sh" "$top/build-fuzz" "$seconds" "$top/build-fuzz/corpus" "$@"
