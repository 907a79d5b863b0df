#!/bin/bash
# The independent generator's suite (docs/recognition-variations.md; figures in docs/benchmarks.md).
# usage: bench/independent/suite.sh OUT [PERCENT=100]   (from the repository's root, after a build)
# Makes OUT/<batch>/ for each batch below (skipping batches already complete); PERCENT scales the
# number of ballots (25 for a quick look). Ballots a batch: as listed.
set -euo pipefail
out=$1
percent=${2:-100}
gen="/usr/bin/python3 bench/independent/generate.py --cli build/src/cli/kiemphieu-cli"
co=samples/co-so/congress.json
hu=bench/independent/congresses/huyen.json
batch() {  # name ballots args...
    local name=$1 n=$(( $2 * percent / 100 ))
    shift 2
    if [ -f "$out/$name/truth.jsonl" ] && [ "$(wc -l < "$out/$name/truth.jsonl")" -ge "$n" ]; then
        return
    fi
    rm -rf "${out:?}/$name"
    echo "$name: $n ballots" >&2
    $gen --voters "$n" --out "$out/$name" "$@"
}
# KiemPhieu's printed ballots (the project's PDF), marked and scanned by this generator
batch k-a5       400 --congress $co --election cu    --style kiemphieu --seed 101
batch k-a4-20    200 --congress $hu --election bch20 --style kiemphieu --seed 102
batch k-a4-45    150 --congress $hu --election bch45 --style kiemphieu --seed 103
batch k-yesno1   200 --congress $co --election bt    --style kiemphieu --seed 104
batch k-yesno5   200 --congress $hu --election btv   --style kiemphieu --seed 105
batch k-copy     150 --congress $co --election cu    --style kiemphieu --seed 106 --photocopy
# Ballots typed by an office (one design a batch: font, size, honorifics, posts, columns)
for s in 1 2 3 4; do
    batch t-list-$s  100 --congress $co --election cu --style typed --layout list --seed $((110 + s))
done
for s in 1 2 3; do
    batch t-table-$s 100 --congress $co --election cu --style typed --layout table --seed $((120 + s))
done
batch t-unsealed 150 --congress $co --election cu    --style typed --seed 131 --blank-seal no
batch t-a4-20    150 --congress $hu --election bch20 --style typed --seed 141 --layout list
batch t-a4-20t   100 --congress $hu --election bch20 --style typed --seed 142 --layout table
batch t-yesno1   150 --congress $co --election bt    --style typed --seed 151
batch t-yesno5   150 --congress $hu --election btv   --style typed --seed 152
batch t-copy     150 --congress $co --election cu    --style typed --seed 161 --photocopy
