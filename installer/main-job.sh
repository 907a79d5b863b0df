#!/usr/bin/env bash
# The main job of the README's first command. Until the desktop app exists it tallies the
# bundled sample congresses, prints a ballot and simulates a small dry run with the CLI, and
# says where the results are.
set -euo pipefail
build=$1
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$build/main-job
mkdir -p "$out"
cli=$build/src/cli/kiemphieu-cli
"$cli" --version
for sample in tinh co-so; do
  "$cli" tally --congress "$top/samples/$sample/congress.json" \
               --readings "$top/samples/$sample/readings.jsonl" > "$out/$sample-tally.json"
  echo "== $sample: $(grep -c '"election"' "$out/$sample-tally.json") results"
  "$cli" tally --congress "$top/samples/$sample/congress.json" \
               --readings "$top/samples/$sample/readings.jsonl" --summary
done
# Print the chi ủy ballot and simulate a small dry run of it.
"$cli" ballots --congress "$top/samples/co-so/congress.json" --election cu --out "$out/phieu-chi-uy.pdf"
"$cli" simulate --congress "$top/samples/co-so/congress.json" --election cu --voters 20 --seed 1 \
                --out "$out/dien-tap"
echo
echo "Kết quả / results: $out"
