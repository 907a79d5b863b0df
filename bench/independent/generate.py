#!/usr/bin/python3
"""Marked and scanned ballots from a generator written apart from KiemPhieu's own.

usage: generate.py --congress FILE --election ID --style kiemphieu|typed --voters N --seed S --out DIR
                   [--cli PATH] [--modes colour,grey,lineart] [--dpis 150,200,300,600] [--photocopy]
                   [--blank-seal yes|no] [--first K] [--layout list|table]

Writes DIR/ballot-NNNNN.(jpg|png|tif), DIR/truth.jsonl (the project's truth format, docs/formats.md,
plus `variations` and `generator`), and for typed ballots DIR/blank.png (one blank copy, sealed
or not, scanned at 300 dpi grey) and DIR/design.json (how the office typed it).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kpg import printed, scanner, stamp, typed, voter  # noqa: E402
from kpg.sheet import lay_ink  # noqa: E402

GENERATOR = "independent/1"
SEAL_RED = (192, 32, 52)


def ballot_form(election):
    return "strike" if len(election["candidates"]) > election["seats"] + election.get("alternates", 0) else "yesno"


def seal_press(sheet, face, rng, variations, nominal_only=False):
    """The committee's seal on `sheet` (in place), pressed by hand around its usual place."""
    k = sheet.px(1.0)
    if nominal_only:
        shift, angle, strength = (0.0, 0.0), rng.uniform(-5, 5), rng.uniform(0.8, 0.95)
    else:
        shift = tuple(np.clip(rng.normal(0, 6.0, 2), -15, 15))
        angle = rng.uniform(-30, 30)
        faint = rng.random() < 0.15
        strength = rng.uniform(0.25, 0.45) if faint else rng.uniform(0.7, 0.98)
        if np.hypot(*shift) > 8:
            variations.append("stamp_shifted")
        if abs(angle) > 15:
            variations.append("stamp_rotated")
        if faint:
            variations.append("stamp_faint")
    # the seal's usual place: over the left end of the organisation's name, a little up and left
    cx = min(max(sheet.seal_centre[0] - 8 + shift[0], 4), sheet.width - 4)
    cy = min(max(sheet.seal_centre[1] - 2 + shift[1], 4), sheet.height * 0.4)
    impressions = [(cx, cy, strength)]
    if not nominal_only and rng.random() < 0.1:
        d = rng.uniform(0.4, 1.8)
        a = rng.uniform(0, 2 * np.pi)
        impressions.append((cx + d * np.cos(a), cy + d * np.sin(a), strength * rng.uniform(0.35, 0.6)))
        variations.append("stamp_double")
    for x, y, s in impressions:
        mask = stamp.press(face, rng, angle, s)
        lay_ink(sheet.canvas, mask, SEAL_RED, (int(x * k - mask.shape[1] / 2), int(y * k - mask.shape[0] / 2)))
    return cx, cy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--congress", required=True)
    ap.add_argument("--election", required=True)
    ap.add_argument("--style", choices=["kiemphieu", "typed"], required=True)
    ap.add_argument("--voters", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cli", default="build/src/cli/kiemphieu-cli")
    ap.add_argument("--modes", default="colour,grey,grey,lineart")
    ap.add_argument("--dpis", default="150,200,200,300,300,600")
    ap.add_argument("--photocopy", action="store_true")
    ap.add_argument("--blank-seal", choices=["yes", "no"], default="yes")
    ap.add_argument("--layout", choices=["list", "table"])
    ap.add_argument("--first", type=int, default=1)
    args = ap.parse_args()

    with open(args.congress, encoding="utf-8") as f:
        congress = json.load(f)
    election = next(e for e in congress["elections"] if e["id"] == args.election)
    for c in election["candidates"]:
        c["name"] = unicodedata.normalize("NFC", c["name"])
    form = ballot_form(election)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "batch.json"), "w", encoding="utf-8") as f:
        json.dump({"congress": args.congress, "election": args.election, "style": args.style, "seed": args.seed,
                   "generator": GENERATOR}, f)
    batch = np.random.default_rng([args.seed, 0xB47C])
    popularity = {c["id"]: float(batch.uniform(0.55, 0.97) if batch.random() < 0.7 else batch.uniform(0.2, 0.6))
                  for c in election["candidates"]}
    modes = args.modes.split(",")
    dpis = [int(d) for d in args.dpis.split(",")]
    copy_scale = float(batch.uniform(0.97, 1.03))
    design = None
    if args.style == "typed":
        design = typed.choose_design(batch, form, len(election["candidates"]))
        if args.layout and form == "strike":
            design["layout"] = args.layout
            if args.layout == "list":
                design["columns"] = []
        typed.fitted_sheet(congress, election, form, design, 100, np.random.default_rng([args.seed, 7]))  # fits the page
        with open(os.path.join(args.out, "design.json"), "w", encoding="utf-8") as f:
            json.dump(dict(design, photocopy=args.photocopy, blank_seal=args.blank_seal, blank_dpi=300), f, ensure_ascii=False)
    pdf = None
    if args.style == "kiemphieu":
        tmp = tempfile.mkdtemp(prefix="kpg-")
        pdf = os.path.join(tmp, "ballot.pdf")
        subprocess.run([args.cli, "ballots", "--congress", args.congress, "--election", args.election, "--out", pdf],
                       check=True, capture_output=True)
    sheets, faces = {}, {}

    def blank_at(dpi):
        if dpi not in sheets:
            rng = np.random.default_rng([args.seed, 0x5EE7, dpi])
            if pdf:
                sheets[dpi] = printed.printed_sheet(pdf, election["candidates"], dpi)
            else:
                sheets[dpi] = typed.typed_sheet(congress, election, form, design, dpi, np.random.default_rng([args.seed, 7]))
            faces[dpi] = stamp.seal_face(congress, dpi, float(np.random.default_rng([args.seed, 9]).uniform(32, 40)))
            del rng
        return sheets[dpi], faces[dpi]

    batch_vars = []
    if design:
        batch_vars += [f"font_{design['font']}", f"size_{design['pt']}pt", f"layout_{design['layout']}"]
        if design["honorific"]:
            batch_vars.append("honorific")
        if design["layout"] == "list" and design["after"] == "post":
            batch_vars.append("post_after_name")
        if design["layout"] == "list" and design["rank"]:
            batch_vars.append("rank_before_name")
        if design["columns"]:
            batch_vars.append("table_columns")
        batch_vars.append("blank_sealed" if args.blank_seal == "yes" else "blank_unsealed")
    if args.photocopy:
        batch_vars.append("photocopy")

    if args.style == "typed" and args.first == 1:
        # the committee's blank: one copy, sealed (or not), scanned at 300 dpi grey
        rng = np.random.default_rng([args.seed, 0xB1A2C])
        base, face = blank_at(300)
        sheet = base.copy()
        if args.photocopy:
            scanner.photocopy(sheet.canvas, sheet.dpi, rng, copy_scale + rng.uniform(-0.003, 0.003))
        if args.blank_seal == "yes":
            seal_press(sheet, face, rng, [], nominal_only=True)
        settings = scanner.choose_settings(rng, ["grey"], [300])
        settings.update(upside_down=False, jpeg=0, skew=float(rng.uniform(-1, 1)), edge=False, dark=False,
                        margins=[4, 4, 4, 4], background=245)
        img = scanner.scan(sheet.canvas, sheet.dpi, (sheet.width, sheet.height), settings, rng)
        from PIL import Image
        Image.fromarray(img).save(os.path.join(args.out, "blank.png"), dpi=(300, 300))

    truth_path = os.path.join(args.out, "truth.jsonl")
    with open(truth_path, "a" if args.first > 1 else "w", encoding="utf-8") as out:
        for i in range(args.first, args.first + args.voters):
            rng = np.random.default_rng([args.seed, i])
            settings = scanner.choose_settings(rng, modes, dpis)
            paper_dpi = 300 if settings["dpi"] <= 300 else 600
            base, face = blank_at(paper_dpi)
            sheet = base.copy()
            variations = list(batch_vars)
            if args.photocopy:
                scanner.photocopy(sheet.canvas, sheet.dpi, rng, copy_scale + rng.uniform(-0.003, 0.003))
            truth, marks_vars = voter.plan(rng, sheet, form, election["seats"] + election.get("alternates", 0), popularity)
            variations += marks_vars
            if truth.get("case") != "missing_stamp":
                cx, cy = seal_press(sheet, face, rng, variations)
                org = sheet.seal_centre
                if abs(cx - org[0]) < 22 and abs(cy - org[1]) < 17:
                    variations.append("stamp_over_text")
            variations += [f"mode_{settings['mode']}", f"dpi_{settings['dpi']}"]
            if settings["edge"]:
                variations.append("edge_at_border")
            if settings["dark"]:
                variations.append("dark_background")
            img = scanner.scan(sheet.canvas, sheet.dpi, (sheet.width, sheet.height), settings, rng)
            name = scanner.save(img, os.path.join(args.out, f"ballot-{i:05d}"), settings, rng)
            line = {"image": os.path.basename(name), "election": args.election, "round": 1, "sheet": f"{i:05d}"}
            line.update({k: v for k, v in truth.items() if k in ("struck", "marks")})
            for k in ("expected", "expected_reason", "look_twice", "case", "case_candidate", "strokes"):
                if k in truth:
                    line[k] = truth[k]
            line["style"] = sheet.style
            line["scan"] = {"dpi": settings["dpi"], "colour": settings["mode"] == "colour", "mode": settings["mode"],
                            "skew": round(settings["skew"], 2), "upside_down": settings["upside_down"],
                            "dark_background": settings["dark"], "jpeg_quality": settings["jpeg"],
                            "edge": settings["edge"], "photocopy": args.photocopy}
            line["variations"] = variations
            line["generator"] = GENERATOR
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
