"""Ballots typed in a word processor, as offices make them, drawn with PIL and Debian's fonts.

A sheet carries the usual header (the organisation at the top left, the Party's name at the top
right), a title, and the list: a numbered list whose lines may carry an honorific ("Đồng chí",
"Đ/c") or a rank before the name and a post after it, or a table with extra columns (year of
birth, post), or for a yes/no vote a table with "Đồng ý" / "Không đồng ý" columns. The name box
recorded for each candidate is the candidate's own words only.
"""
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .sheet import MM_PER_INCH, Entry, Sheet

FONTS = {
    "liberation-serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"),
    "liberation-sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"),
    "dejavu-serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"),
    "dejavu-sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
}
POSTS = ["Bí thư Chi bộ", "Phó Bí thư", "Chi ủy viên", "Tổ trưởng dân phố", "Trưởng khu phố", "Đảng viên",
         "Bí thư Đoàn", "Chủ tịch Hội CCB", "Cán bộ hưu trí", "Trưởng ban CTMT"]
RANKS = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá"]


class TooWide(Exception):
    """The list does not fit the page's width in this design."""


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def choose_design(rng, form, count):
    """How this office typed its ballot (one design per batch: every ballot is a copy)."""
    design = {
        "font": pick(rng, list(FONTS)),
        "pt": pick(rng, [12, 13, 13, 14]),
        "paper": "a5" if count <= (6 if form == "yesno" else 8) else "a4",
        "layout": "table" if form == "yesno" else pick(rng, ["list", "list", "table"]),
        "honorific": pick(rng, ["", "", "Đồng chí", "Đ/c"]),
        "after": pick(rng, ["", "", "post"]),  # a post after the name (lists only)
        "rank": bool(rng.random() < 0.12),           # a rank before the name (lists only)
        "columns": [],
        "note": bool(rng.random() < 0.5),
        "superior": bool(rng.random() < 0.7),
    }
    if design["layout"] == "table" or form == "yesno":
        design["columns"] = pick(rng, [[], ["Năm sinh"], ["Năm sinh", "Chức vụ"]]) if form != "yesno" else \
            pick(rng, [[], [], ["Năm sinh"]])
    return design


def _font(design, kind, pt, dpi):
    path = FONTS[design["font"]][{"regular": 0, "bold": 1, "italic": 2}[kind]]
    return ImageFont.truetype(path, max(6, int(round(pt * dpi / 72.0))))


def fitted_sheet(congress, election, form, design, dpi, rng):
    """typed_sheet, the design made to fit first (in place): an office that runs out of width
    takes an A4 sheet, then a smaller font."""
    while True:
        try:
            return typed_sheet(congress, election, form, design, dpi, rng)
        except TooWide:
            if design["paper"] == "a5":
                design["paper"] = "a4"
            elif design["pt"] > 10:
                design["pt"] -= 1
            else:
                raise


def typed_sheet(congress, election, form, design, dpi, rng):
    """The typed blank of `election` as a Sheet at `dpi` (design from choose_design); TooWide when
    the list does not fit."""
    w_mm, h_mm = (148.0, 210.0) if design["paper"] == "a5" else (210.0, 297.0)
    k = dpi / MM_PER_INCH
    img = Image.new("L", (int(round(w_mm * k)), int(round(h_mm * k))), 255)
    d = ImageDraw.Draw(img)
    pt = design["pt"]
    regular, bold, italic = (_font(design, s, pt, dpi) for s in ("regular", "bold", "italic"))
    small_bold = _font(design, "bold", pt - 1, dpi)
    margin = 15.0 if design["paper"] == "a5" else 20.0
    line_mm = pt * MM_PER_INCH / 72.0

    def text(x_mm, y_mm, s, font, anchor="ls"):
        d.text((x_mm * k, y_mm * k), s, font=font, fill=0, anchor=anchor)
        box = d.textbbox((x_mm * k, y_mm * k), s, font=font, anchor=anchor)
        return [v / k for v in box]

    def width(s, font):
        return font.getlength(s) / k

    # header: two blocks, each within its half of the line (offices shrink the header to fit)
    cong = congress["congress"]
    half = (w_mm - 2 * margin) / 2 - 2.0
    left_c = margin + half / 2
    right_c = w_mm - margin - half / 2
    superior = cong["superior"].upper() if design["superior"] and cong.get("superior") else None
    organisation = cong["organization"].upper()
    hp = pt - 1
    while hp > 8 and max(width(t, _font(design, "bold", hp, dpi)) for t in
                         [organisation, "ĐẢNG CỘNG SẢN VIỆT NAM"] + ([superior] if superior else [])) > half:
        hp -= 0.5
    head_bold, head_regular = _font(design, "bold", hp, dpi), _font(design, "regular", hp, dpi)
    y = margin + line_mm
    if superior:
        text(left_c, y, superior, head_regular, "ms")
        y_org = y + line_mm * 1.3
    else:
        y_org = y
    org_box = text(left_c, y_org, organisation, head_bold, "ms")
    text(left_c, y_org + line_mm * 1.2, "*", regular, "ms")
    party = text(right_c, y, "ĐẢNG CỘNG SẢN VIỆT NAM", head_bold, "ms")
    d.line([(party[0] * k, (party[3] + 0.6) * k), (party[2] * k, (party[3] + 0.6) * k)], fill=0,
           width=max(1, int(0.25 * k)))
    y = y_org + line_mm * 3.2
    text(w_mm / 2, y, "PHIẾU BẦU CỬ", _font(design, "bold", pt + 3, dpi), "ms")
    y += line_mm * 1.5
    text(w_mm / 2, y, election["title"], bold, "ms")
    y += line_mm * 2.4

    cands = election["candidates"]
    entries = []
    rules = max(1, int(round(0.25 * k)))  # a table's rules: a quarter of a millimetre
    xh = -regular.getbbox("x", anchor="ls")[1] / k  # the x-height in mm
    words_after = {}
    if design["layout"] == "list":
        x_num = margin + 8.0
        x_name = x_num + width("10.", regular) + 2.5
        step = line_mm * rng.uniform(1.7, 2.1)
        for i, c in enumerate(cands):
            line = (design["honorific"] + " " if design["honorific"] else "") + c["name"]
            if design["after"] == "post":
                line += " – " + POSTS[(i * 7 + len(c["name"])) % len(POSTS)]
            if x_name + width(line, regular) + (width("Đại tá ", regular) if design["rank"] else 0) > w_mm - margin:
                raise TooWide()
        for i, c in enumerate(cands):
            base = y + i * step
            number_box = text(x_num, base, f"{i + 1}.", regular)
            x = x_name
            prefix = design["honorific"]
            if design["rank"]:
                prefix = (prefix + " " if prefix else "") + RANKS[i % len(RANKS)]
            if prefix:
                x = text(x, base, prefix, regular)[2] + width(" ", regular)
            name_box = text(x, base, c["name"], regular)
            end = name_box[2]
            if design["after"] == "post":
                post = " – " + POSTS[(i * 7 + len(c["name"])) % len(POSTS)]
                end = text(name_box[2], base, post, regular)[2]
            family_end = x + width(c["name"].split()[0], regular)
            entries.append(Entry(c["id"], c["name"], tuple(name_box), (number_box[0], name_box[1], end, name_box[3]),
                                 (base - xh, base), family_end, number_box[0]))
        bottom = y + len(cands) * step
    else:
        extra = design["columns"]
        widths = [11.0]  # STT
        name_w = max(width(design["honorific"] + " " + c["name"], regular) for c in cands) + 8.0
        widths.append(name_w)
        for col in extra:
            cells = [str(1958 + (i * 7 + 3) % 32) if col == "Năm sinh" else POSTS[(i * 3 + 1) % len(POSTS)]
                     for i in range(len(cands))]
            fit = max(width(col, small_bold), max(width(c, regular) for c in cells) if col == "Năm sinh" else 30.0)
            widths.append(fit + 4.0)
        if form == "yesno":
            box = max(width("Đồng ý", small_bold), width("đồng ý", small_bold)) + 6.0
            widths += [max(18.0, box), max(18.0, box)]
        total = sum(widths)
        avail = w_mm - 2 * margin
        if total > avail:
            raise TooWide()
        x0 = (w_mm - sum(widths)) / 2
        xs = [x0]
        for wcol in widths:
            xs.append(xs[-1] + wcol)
        row_h = line_mm * rng.uniform(1.8, 2.3)
        head_h = line_mm * (2.6 if form == "yesno" else 1.9)
        heads = ["STT", "Họ và tên"] + extra + (["Đồng ý", "Không\nđồng ý"] if form == "yesno" else [])
        top = y - line_mm
        rows_y = [top, top + head_h] + [top + head_h + (i + 1) * row_h for i in range(len(cands))]
        for yy in rows_y:
            d.line([(xs[0] * k, yy * k), (xs[-1] * k, yy * k)], fill=0, width=rules)
        for xx in xs:
            d.line([(xx * k, top * k), (xx * k, rows_y[-1] * k)], fill=0, width=rules)
        for j, h in enumerate(heads):
            lines = h.split("\n")
            for n, part in enumerate(lines):
                yy = top + head_h / 2 + (n - (len(lines) - 1) / 2) * line_mm * 1.1 + line_mm * 0.35
                text((xs[j] + xs[j + 1]) / 2, yy, part, small_bold, "ms")
        for i, c in enumerate(cands):
            base = rows_y[i + 1] + row_h / 2 + xh / 2
            number_box = text((xs[0] + xs[1]) / 2, base, str(i + 1), regular, "ms")
            x = xs[1] + 2.0
            if design["honorific"]:
                x = text(x, base, design["honorific"], regular)[2] + width(" ", regular)
            name_box = text(x, base, c["name"], regular)
            end = name_box[2]
            for j, col in enumerate(extra):
                s = str(1958 + (i * 7 + 3) % 32) if col == "Năm sinh" else POSTS[(i * 3 + 1) % len(POSTS)]
                font = regular if width(s, regular) < widths[2 + j] - 3 else _font(design, "regular", pt - 2, dpi)
                end = text((xs[2 + j] + xs[3 + j]) / 2, base, s, font, "ms")[2]
            family_end = x + width(c["name"].split()[0], regular)
            entry = Entry(c["id"], c["name"], tuple(name_box), (number_box[0], name_box[1], end, name_box[3]),
                          (base - xh, base), family_end, number_box[0])
            if form == "yesno":
                n = len(xs)
                entry.boxes = {"agree": (xs[n - 3], rows_y[i + 1], xs[n - 2], rows_y[i + 2]),
                               "disagree": (xs[n - 2], rows_y[i + 1], xs[n - 1], rows_y[i + 2])}
                entry.line_box = (number_box[0], name_box[1], xs[-1], name_box[3])
            entries.append(entry)
        bottom = rows_y[-1]
        words_after = {"columns": extra}
    if design["note"]:
        note = ("Ghi chú: Đồng ý thì đánh dấu X vào ô \"Đồng ý\", không đồng ý thì đánh dấu X vào ô \"Không đồng ý\"."
                if form == "yesno" else "Ghi chú: Không bầu ai thì gạch ngang cả họ và tên người đó.")
        note_font = _font(design, "italic", pt - 2, dpi)
        while width(note, note_font) > w_mm - 2 * margin and len(note) > 20:
            note = note[: note.rfind(" ")]
        text(margin, bottom + line_mm * 2.2, note, note_font)
        bottom += line_mm * 2.2
    rgb = np.repeat(np.asarray(img)[:, :, None], 3, axis=2)
    seal = ((org_box[0] + org_box[2]) / 2, org_box[3])
    style = "typed-list" if design["layout"] == "list" else "typed-table"
    return Sheet(w_mm, h_mm, dpi, np.ascontiguousarray(rgb), entries, seal, bottom, style,
                 dict(design, **words_after))
