"""KiemPhieu's own printed ballot: the project's PDF (`kiemphieu-cli ballots`) rasterised with
pdftoppm, each candidate found by pdftotext's word boxes and measured on the raster.

Nothing of the project's layout code is used: what a voter's pen needs (where each name's
letters are, the yes/no cells) is read off the printed page as a person would see it.
"""
import os
import re
import subprocess
import tempfile
import unicodedata

import cv2
import numpy as np

from .sheet import MM_PER_INCH, Entry, Sheet

PT_TO_MM = MM_PER_INCH / 72.0
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _words(pdf):
    xml = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    w, h = [float(v) for v in PAGE.search(xml).groups()]
    words = []
    for m in WORD.finditer(xml):
        x0, y0, x1, y1 = [float(v) * PT_TO_MM for v in m.groups()[:4]]
        words.append((x0, y0, x1, y1, unicodedata.normalize("NFC", m.group(5))))
    return w * PT_TO_MM, h * PT_TO_MM, words


def _raster(pdf, dpi):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(dpi), "-png", pdf, os.path.join(tmp, "p")],
                       check=True, capture_output=True)
        name = [f for f in os.listdir(tmp) if f.endswith(".png")][0]
        bgr = cv2.imread(os.path.join(tmp, name), cv2.IMREAD_COLOR)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def _find_name(words, tokens, used):
    """The first run of words spelling `tokens` not yet taken (ballot order = page order)."""
    for i in range(len(words) - len(tokens) + 1):
        if i in used:
            continue
        if all(words[i + k][4] == tokens[k] for k in range(len(tokens))):
            # on one line: the same top
            if all(abs(words[i + k][1] - words[i][1]) < 1.0 for k in range(len(tokens))):
                return i
    return None


def _core_band(grey, box_px):
    """The rows where the letters are densest: the x-height band (top, bottom) in pixels."""
    x0, y0, x1, y1 = box_px
    dark = (grey[y0:y1, x0:x1] < 128).sum(axis=1)
    if dark.max() == 0:
        return y0, y1
    rows = np.nonzero(dark >= 0.45 * dark.max())[0]
    return y0 + rows.min(), y0 + rows.max()


def _cells(grey, row_y, x_from, dpi):
    """The two right-most table cells on a row: vertical rules found along the row's middle."""
    line = grey[row_y, :] < 100
    rules, x = [], x_from
    while x < len(line):
        if line[x]:
            start = x
            while x < len(line) and line[x]:
                x += 1
            if x - start <= dpi / 25.4 * 1.0:  # a rule, not a letter run
                rules.append((start + x) / 2)
        x += 1
    if len(rules) < 3:
        return None
    a, b, c = rules[-3:]

    def vertical(xc):
        col = grey[:, int(xc)] < 100
        top, bot = row_y, row_y
        while top > 0 and not col[top]:
            top -= 1
        while bot < len(col) - 1 and not col[bot]:
            bot += 1
        return top, bot

    ta, ba = vertical((a + b) / 2)
    tb, bb = vertical((b + c) / 2)
    return (a, ta, b, ba), (b, tb, c, bb)


def printed_sheet(pdf, candidates, dpi):
    """The PDF's first ballot as a Sheet at `dpi`: an A5 ballot is the left half of its two-up page."""
    page_w, page_h, words = _words(pdf)
    rgb = _raster(pdf, dpi)
    two_up = page_w > page_h
    width = page_w / 2 if two_up else page_w
    if two_up:
        rgb = np.ascontiguousarray(rgb[:, : int(round(width * dpi / MM_PER_INCH))])
        words = [w for w in words if w[2] < width]
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    k = dpi / MM_PER_INCH
    entries, used = [], set()
    for cand in candidates:
        tokens = unicodedata.normalize("NFC", cand["name"]).split()
        i = _find_name(words, tokens, used)
        if i is None:
            raise SystemExit(f"printed ballot: {cand['name']} not found in {pdf}")
        used.add(i)
        run = words[i : i + len(tokens)]
        x0, y0 = min(w[0] for w in run), min(w[1] for w in run)
        x1, y1 = max(w[2] for w in run), max(w[3] for w in run)
        box_px = (int(x0 * k), int(y0 * k), int(x1 * k) + 1, int(y1 * k) + 1)
        top, bot = _core_band(grey, box_px)
        before = [w for w in words if abs(w[1] - run[0][1]) < 2.0 and w[2] <= x0 + 0.1]
        number_x = min([w[0] for w in before], default=x0)
        entry = Entry(cand["id"], cand["name"], (x0, y0, x1, y1), (number_x, y0, x1, y1),
                      (top / k, bot / k), run[0][2], number_x)
        cells = _cells(grey, int((top + bot) / 2), int(x1 * k) + 2, dpi)
        if cells:
            entry.boxes = {"agree": tuple(v / k for v in cells[0]), "disagree": tuple(v / k for v in cells[1])}
            entry.line_box = (number_x, y0, entry.boxes["disagree"][2], y1)
        entries.append(entry)
    organisation = words[0]  # the header's first word: the organisation's name, top left
    org_line = [w for w in words if abs(w[1] - organisation[1]) < 1.0 and w[0] < width * 0.45]
    seal = ((min(w[0] for w in org_line) + max(w[2] for w in org_line)) / 2, organisation[3])
    bottom = max(e.name_box[3] for e in entries)
    return Sheet(width, page_h if not two_up else page_h, dpi, rgb, entries, seal, bottom, "kiemphieu",
                 {"pdf": os.path.basename(pdf)})
