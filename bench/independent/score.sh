#!/bin/bash
# Reads every batch of a suite (suite.sh's OUT, or the project simulator's batches laid out the
# same way: one folder a batch with truth.jsonl and batch.json) with the project's benches and
# prints the per-variation tables (table.py).
# usage: bench/independent/score.sh OUT [TITLE]     (from the repository's root, after a build)
# Each batch's bench output is kept in OUT/<batch>/bench.txt, its counts in OUT/<batch>/scores.json.
set -uo pipefail
out=$1
for dir in "$out"/*/; do
    dir=${dir%/}
    [ -f "$dir/truth.jsonl" ] && [ -f "$dir/batch.json" ] || continue
    read -r congress election style < <(/usr/bin/python3 -c "
import json,sys; b=json.load(open(sys.argv[1])); print(b['congress'], b['election'], b['style'])" "$dir/batch.json")
    if [ "$style" = kiemphieu ]; then
        KP_SCORES="$dir/scores.json" nice -n 10 build/bench/kp_bench_recognize "$congress" "$election" "$dir" 1 > "$dir/bench.txt" 2>&1
    else
        KP_SCORES="$dir/scores.json" nice -n 10 build/bench/kp_bench_word "$congress" "$election" "$dir" > "$dir/bench.txt" 2>&1
    fi
    echo "$(basename "$dir"): $(grep -m1 -E '^[0-9]+ sheets|^silent errors' "$dir/bench.txt")" >&2
done
/usr/bin/python3 bench/independent/table.py "${2:-batches}" "$out"/*/scores.json
