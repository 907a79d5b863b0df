"""What a voter does with a ballot, and the truth a careful counter would write down.

A voter keeps the names they like (each candidate has a popularity for the batch), strikes the
rest down to the number of seats (a few do not count and overvote, a few strike everyone), in
their own pen and their own habit: where on the letters the stroke goes (the middle, the upper
or lower part), how far (the name, from the list number, the whole line, on past the page's
margin) and how (a plain hand line, slanted, wavy, doubled, with a ruler). Yes/no voters put an
X in one box per person. Some ballots carry a hard case a counter must look at twice.
"""
import numpy as np

from . import pen

STRIKE_CASES = [("family_name_only", 0.020), ("underline", 0.012), ("circle", 0.012), ("tick", 0.010),
                ("cross_beside", 0.008), ("write_in", 0.006), ("signature", 0.005), ("missing_stamp", 0.012)]
YESNO_CASES = [("box_scribbled", 0.025), ("box_crossed_out", 0.02), ("box_filled", 0.02), ("box_overwritten", 0.02),
               ("both_boxes_one_scribbled", 0.025), ("tick", 0.01), ("circle", 0.008), ("write_in", 0.006),
               ("missing_stamp", 0.012)]
BOX_CORRECTIONS = {"box_scribbled", "box_crossed_out", "box_filled", "box_overwritten", "both_boxes_one_scribbled"}


def _choose(rng, table):
    r = rng.random()
    for name, p in table:
        if r < p:
            return name
        r -= p
    return None


def _pen(rng):
    colour = str(rng.choice(["blue", "blue", "blue", "black", "black", "red"]))
    return colour, float(rng.uniform(0.35, 0.7))


def _strike_path(rng, sheet, e, habit, shape, part=None):
    """The stroke through entry `e` as this voter draws it (list of paths)."""
    top, base = e.core
    xh = base - top
    where = {"middle": rng.uniform(0.35, 0.65), "upper": rng.uniform(0.08, 0.25), "lower": rng.uniform(0.75, 0.9)}[habit["height"]]
    y = top + xh * where
    x0, x1 = e.name_box[0], e.name_box[2]
    if part == "family":
        x1 = e.family_end + rng.uniform(0.0, 1.0)
    elif part == "given":
        x0 = e.family_end + rng.uniform(0.8, 1.5)
    start = x0 - rng.uniform(-0.3, 2.5)
    end = x1 + rng.uniform(-0.3, 3.0)
    if part is None:
        if habit["extent"] == "from_number":
            start = e.number_x - rng.uniform(0.5, 2.0)
        elif habit["extent"] == "whole_line":
            start = e.number_x - rng.uniform(0.5, 2.0)
            end = e.line_box[2] + rng.uniform(0.5, 3.0)
        elif habit["extent"] == "past_margin":
            end = min(sheet.width - rng.uniform(0.5, 4.0), max(e.line_box[2], x1) + rng.uniform(15, 45))
    tilt = 0.0
    if shape == "slanted":
        tilt = np.tan(np.radians(rng.uniform(-3, 3)))
        span = end - start
        tilt = float(np.clip(tilt, -0.7 * xh / max(span, 1), 0.7 * xh / max(span, 1)))
    p0, p1 = (start, y - tilt * (end - start) / 2), (end, y + tilt * (end - start) / 2)
    if shape == "wavy":
        return [pen.wave_line(rng, p0, p1, rng.uniform(0.25, 0.35) * xh, rng.uniform(4, 8))]
    if shape == "ruler":
        return [pen.hand_line(rng, p0, p1, wobble=0.03, bow=0.0)]
    if shape == "double":
        gap = rng.uniform(0.5, 1.0)
        return [pen.hand_line(rng, (p0[0], p0[1] - gap / 2), (p1[0], p1[1] - gap / 2)),
                pen.hand_line(rng, (p1[0] - rng.uniform(0, 2), p1[1] + gap / 2), (p0[0] + rng.uniform(0, 2), p0[1] + gap / 2))]
    return [pen.hand_line(rng, p0, p1)]


def plan(rng, sheet, form, seats, popularity):
    """Marks the sheet (in place) as one voter would; returns the truth's fields and the variations."""
    colour, width = _pen(rng)
    variations = [f"pen_{colour}"]
    truth = {"strokes": []}
    draw = []  # (paths, width, colour)
    cases = STRIKE_CASES if form == "strike" else YESNO_CASES
    case = _choose(rng, cases)
    case_cid = None
    entries = sheet.entries
    if form == "strike":
        habit = {"height": str(rng.choice(["middle"] * 6 + ["upper"] * 2 + ["lower"] * 2)),
                 "extent": str(rng.choice(["name"] * 6 + ["from_number", "whole_line", "past_margin"] * 1))}
        kept = [e for e in entries if rng.random() < popularity[e.cid]]
        r = rng.random()
        if r < 0.015:
            struck = list(entries)  # everyone
        elif r < 0.035:
            struck = [e for e in entries if e not in kept]  # does not count: may overvote
        else:
            order = sorted(kept, key=lambda e: popularity[e.cid] + rng.uniform(-0.2, 0.2))
            while len(kept) > seats:
                kept.remove(order.pop(0))
            struck = [e for e in entries if e not in kept]
        if struck:
            variations.append(f"stroke_{habit['height']}")
            if habit["extent"] != "name":
                variations.append(f"stroke_{habit['extent']}")
        for e in struck:
            shape = str(rng.choice(["straight"] * 9 + ["slanted"] * 4 + ["wavy"] * 3 + ["double"] * 2 + ["ruler"] * 2))
            truth["strokes"].append(shape)
            draw.append((_strike_path(rng, sheet, e, habit, shape), width, colour))
        truth["struck"] = [e.cid for e in struck]
        kept_ids = [e for e in entries if e not in struck]
        if case == "family_name_only":
            e = kept_ids[int(rng.integers(len(kept_ids)))] if kept_ids else None
            if e is None or len(e.name.split()) < 2:
                case = None
            else:
                case_cid = e.cid
                draw.append((_strike_path(rng, sheet, e, habit, "straight", str(rng.choice(["family", "given"]))), width, colour))
        elif case in ("underline", "circle", "tick", "cross_beside"):
            e = entries[int(rng.integers(len(entries)))]
            case_cid = e.cid
            draw.append((_hard_mark(rng, sheet, e, case), width, colour))
        n_kept = len(entries) - len(struck)
        truth["expected"] = "valid"
        if n_kept > seats:
            truth["expected"], truth["expected_reason"] = "invalid", "overvote"
        elif n_kept == 0:
            truth["expected"], truth["expected_reason"] = "invalid", "all_struck"
    else:
        marks = {}
        for e in entries:
            marks[e.cid] = "agree" if rng.random() < popularity[e.cid] else "disagree"
            if rng.random() < 0.01:
                marks[e.cid] = "none"
        target = entries[int(rng.integers(len(entries)))]
        if case in ("tick", "circle") or case in BOX_CORRECTIONS:
            case_cid = target.cid
        if case in BOX_CORRECTIONS:
            # the voter's X in one box, then taken back: scribbled, crossed out, filled, written over
            wrong = "agree" if rng.random() < 0.5 else "disagree"
            marks[target.cid] = "none" if case == "box_scribbled" else other(wrong)
            draw += _corrected_box(rng, target.boxes[wrong], case, width, colour)
            variations.append(case)
            case = "box_corrected"
        for e in entries:
            choice = marks[e.cid]
            if choice == "none":
                continue
            box = e.boxes[choice]
            if e is target and case == "tick":
                draw.append((pen.tick(rng, ((box[0] + box[2]) / 2 - 1, box[3] - (box[3] - box[1]) * 0.25),
                                      min(box[2] - box[0], box[3] - box[1]) * 0.55), width, colour))
            else:
                draw.append((pen.cross(rng, box, rng.uniform(0.5, 0.95)), width, colour))
        if case == "circle":
            draw.append((_hard_mark(rng, sheet, target, "circle"), width, colour))
        truth["marks"] = marks
        if not any(m in ("agree", "disagree") for m in marks.values()):
            truth["expected"], truth["expected_reason"] = "invalid", "no_choice"
        else:
            truth["expected"] = "valid"
    if case == "write_in":
        x = sheet.entries[0].name_box[0]
        y = min(sheet.height - 12, sheet.list_bottom + rng.uniform(8, 16))
        draw.append((pen.handwriting(rng, (x, y), rng.uniform(30, 45), rng.uniform(3.0, 4.5)), width, colour))
    elif case == "signature":
        x = sheet.width * rng.uniform(0.45, 0.6)
        y = min(sheet.height - 14, sheet.list_bottom + rng.uniform(15, 30))
        draw.append((pen.handwriting(rng, (x, y), rng.uniform(18, 28), rng.uniform(5, 8)), width, colour))
    for paths, w, c in draw:
        pen.render(sheet, paths, w, c, rng)
    if case:
        truth["expected"] = "committee"
        truth["expected_reason"] = None
        truth["case"] = case
        if case_cid:
            truth["case_candidate"] = case_cid
    truth["look_twice"] = bool(case)
    return truth, variations


def other(side):
    return "agree" if side == "disagree" else "disagree"


def _corrected_box(rng, box, how, width, colour):
    """An X in `box`, then the correction over it."""
    inner = (box[0] + 1.2, box[1] + 1.2, box[2] - 1.2, box[3] - 1.2)
    out = [(pen.cross(rng, box, rng.uniform(0.55, 0.9)), width, colour)]
    if how in ("box_scribbled", "both_boxes_one_scribbled"):
        out.append((pen.scribble(rng, inner, rng.uniform(0.9, 1.4)), width, colour))
    elif how == "box_crossed_out":
        paths = []
        for _ in range(int(rng.integers(2, 4))):
            yy = rng.uniform(inner[1] + 1, inner[3] - 1)
            paths.append(pen.hand_line(rng, (inner[0] - 0.5, yy + rng.uniform(-1, 1)), (inner[2] + 0.5, yy + rng.uniform(-1, 1))))
        out.append((paths, width, colour))
    elif how == "box_filled":
        out.append((pen.hatch(rng, inner, rng.uniform(0.45, 0.8)), width, colour))
    elif rng.random() < 0.5:  # another mark written over the X: a loop on it
        c = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        out.append(([pen.ellipse(rng, c, (box[2] - box[0]) * 0.3, (box[3] - box[1]) * 0.3)], width, colour))
    else:  # or a tick over it
        out.append((pen.tick(rng, ((box[0] + box[2]) / 2, box[3] - 1.5), (box[3] - box[1]) * 0.6), width, colour))
    return out


def _hard_mark(rng, sheet, e, case):
    top, base = e.core
    xh = base - top
    x0, x1 = e.name_box[0], e.name_box[2]
    if case == "underline":
        y = base + rng.uniform(0.9, 1.6)
        if sheet.style == "typed-table" or e.boxes:
            y = min(y, base + 0.45 * (e.name_box[3] - base) + 0.9)
        return [pen.hand_line(rng, (x0 - rng.uniform(0, 2), y), (x1 + rng.uniform(0, 2), y + rng.uniform(-0.4, 0.4)))]
    if case == "circle":
        return [pen.ellipse(rng, ((x0 + x1) / 2, (top + base) / 2), (x1 - x0) / 2 + rng.uniform(2, 4), xh / 2 + rng.uniform(2.0, 3.2))]
    if case == "tick":
        return pen.tick(rng, (x1 + rng.uniform(3, 7), base), rng.uniform(3, 5))
    c = (x1 + rng.uniform(4, 8), (top + base) / 2)
    s = rng.uniform(1.5, 2.5)
    return pen.cross(rng, (c[0] - s, c[1] - s, c[0] + s, c[1] + s), 1.0)
