#!/bin/bash
# The project simulator's catalogue suite (kiemphieu-cli simulate --catalogue): every batch of
# docs/recognition-variations.md, laid out as bench/independent/suite.sh's (one folder
# a batch with truth.jsonl, batch.json and, for typed ballots, blank.png) so that
# bench/independent/score.sh reads both generators' batches the same way.
# usage: bench/simulator_suite.sh OUT [PERCENT=100]   (from the repository's root, after a build)
set -euo pipefail
out=$1
percent=${2:-100}
cli=build/src/cli/kiemphieu-cli
co=samples/co-so/congress.json
ti=samples/tinh/congress.json
hu=bench/independent/congresses/huyen.json
batch() {  # name ballots congress election style seed [options...]
    local name=$1 n=$(( $2 * percent / 100 )) congress=$3 election=$4 style=$5 seed=$6
    shift 6
    if [ -f "$out/$name/truth.jsonl" ] && [ "$(wc -l < "$out/$name/truth.jsonl")" -ge "$n" ]; then
        return
    fi
    rm -rf "${out:?}/$name"
    mkdir -p "$out/$name"
    echo "$name: $n ballots" >&2
    local blank=()
    [ "$style" = word ] && blank=(--blank "$out/$name/blank.png")
    nice -n 10 $cli simulate --congress "$congress" --election "$election" --voters "$n" --seed "$seed" --style "$style" \
        --catalogue --threads 1 --out "$out/$name" "${blank[@]}" "$@" > /dev/null
    printf '{"congress": "%s", "election": "%s", "style": "%s", "seed": %d, "generator": "kiemphieu-cli simulate --catalogue"}\n' \
        "$congress" "$election" "$style" "$seed" > "$out/$name/batch.json"
}
batch s-k-a5     600 $co cu   kiemphieu 201
batch s-k-a4     300 $ti bch  kiemphieu 202
batch s-k-yesno1 300 $co bt   kiemphieu 203
batch s-k-yesno5 300 $hu btv  kiemphieu 204
batch s-k-copy   200 $co cu   kiemphieu 205 --photocopy
for s in 1 2 3 4 5 6; do
    stamped=(--blank-stamped)
    [ $s -gt 4 ] && stamped=()
    batch s-w-$s 150 $co cu word $((210 + s)) "${stamped[@]}"
done
batch s-w-a4     200 $ti bch  word 221 --blank-stamped
batch s-w-yesno1 200 $co bt   word 222 --blank-stamped
batch s-w-yesno5 200 $hu btv  word 223 --blank-stamped
batch s-w-copy   150 $co cu   word 224 --blank-stamped --photocopy
