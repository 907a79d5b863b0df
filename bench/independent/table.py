#!/usr/bin/python3
"""Adds up the per-tag counts of several batches (the benches' KP_SCORES files) into one markdown
table per ballot style: every variation, scan mode, resolution and hard case, with the bars'
figures (silent errors, hard cases read, clean ballots to review).

usage: table.py TITLE DIR/scores.json...   (a batch whose folder name starts with "t-" or whose
batch.json says "typed"/"word" counts as typed; the rest as KiemPhieu's printed ballots)
"""
import json
import os
import sys
from collections import defaultdict


def style_of(path):
    batch = os.path.join(os.path.dirname(path), "batch.json")
    if os.path.exists(batch):
        with open(batch, encoding="utf-8") as f:
            return "typed" if json.load(f)["style"] in ("typed", "word") else "kiemphieu"
    return "typed" if os.path.basename(os.path.dirname(path)).startswith("t-") else "kiemphieu"


def main():
    title, paths = sys.argv[1], sys.argv[2:]
    totals = {"kiemphieu": defaultdict(lambda: defaultdict(int)), "typed": defaultdict(lambda: defaultdict(int))}
    reasons = {"kiemphieu": defaultdict(lambda: defaultdict(int)), "typed": defaultdict(lambda: defaultdict(int))}
    for path in paths:
        if not os.path.exists(path):
            continue
        style = style_of(path)
        with open(path, encoding="utf-8") as f:
            for tag, c in json.load(f).items():
                for k in ("sheets", "read", "silent", "hard", "hard_read", "clean", "clean_review"):
                    totals[style][tag][k] += c[k]
                for r, n in c["reasons"].items():
                    reasons[style][tag][r] += n
    for style, tags in totals.items():
        if not tags:
            continue
        print(f"\n{title} — {'KiemPhieu printed ballots' if style == 'kiemphieu' else 'typed ballots'}\n")
        print("| variation | ballots | silent errors | hard cases read | clean to review | why (clean) |")
        print("|---|---|---|---|---|---|")
        order = sorted(tags, key=lambda t: (t != "all", t.startswith("case_"), t))
        for tag in order:
            c = tags[tag]
            why = ", ".join(f"{r} {n}" for r, n in sorted(reasons[style][tag].items(), key=lambda x: -x[1]))
            share = 100.0 * c["clean_review"] / c["clean"] if c["clean"] else 0.0
            name = "**all**" if tag == "all" else tag
            print(f"| {name} | {c['sheets']} | {c['silent']} | {c['hard_read']} of {c['hard']} | "
                  f"{c['clean_review']} of {c['clean']} ({share:.1f} %) | {why} |")


if __name__ == "__main__":
    main()
