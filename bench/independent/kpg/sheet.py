"""A printed sheet in millimetres, drawn on an RGB canvas, and ink laid on it.

Coordinates are millimetres from the sheet's top-left corner; the canvas has `dpi` pixels per
inch. Ink is subtractive: where a layer of opacity a and colour c lies, the paper keeps
(1 - a (1 - c)) of its light in each channel, so a blue line over black print stays black.
"""
from dataclasses import dataclass, field

import cv2
import numpy as np

MM_PER_INCH = 25.4


@dataclass
class Entry:
    """One candidate as printed: where a voter's pen would go."""

    cid: str
    name: str
    name_box: tuple          # (x0, y0, x1, y1) mm: the ink of the candidate's own words
    line_box: tuple          # the whole printed line or table row's text, number to last column
    core: tuple              # (top, bottom) mm: the letters' x-height band of the name
    family_end: float        # x (mm) where the family name (first word) ends
    number_x: float          # x (mm) where the list number starts
    boxes: dict = field(default_factory=dict)  # yes/no: {"agree": box, "disagree": box} in mm


@dataclass
class Sheet:
    width: float             # mm
    height: float
    dpi: float
    canvas: np.ndarray       # H x W x 3 uint8, RGB
    entries: list
    seal_centre: tuple       # mm: where a committee would put its seal (over the organisation's name)
    list_bottom: float       # mm: below the last name (for write-ins, signatures)
    style: str               # "kiemphieu", "typed-list", "typed-table"
    extras: dict = field(default_factory=dict)  # what the typesetting chose (fonts, columns, words)

    def px(self, mm):
        return mm * self.dpi / MM_PER_INCH

    def copy(self):
        return Sheet(self.width, self.height, self.dpi, self.canvas.copy(), self.entries, self.seal_centre,
                     self.list_bottom, self.style, dict(self.extras))


def lay_ink(canvas, alpha, colour, origin=(0, 0)):
    """Multiplies `canvas` (uint8 RGB) by the light an ink layer lets through.

    `alpha` is a float32 map (0..1) whose top-left pixel lies at `origin` (x, y) of the canvas;
    what falls off the canvas is dropped.
    """
    ox, oy = origin
    h, w = alpha.shape
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(canvas.shape[1], ox + w), min(canvas.shape[0], oy + h)
    if x1 <= x0 or y1 <= y0:
        return
    a = np.clip(alpha[y0 - oy : y1 - oy, x0 - ox : x1 - ox], 0, 1)[:, :, None]
    keep = 1.0 - a * (1.0 - np.asarray(colour, np.float32)[None, None, :] / 255.0)
    region = canvas[y0:y1, x0:x1].astype(np.float32) * keep
    canvas[y0:y1, x0:x1] = np.clip(region + 0.5, 0, 255).astype(np.uint8)


def ink_rows(canvas, box_px, level=110):
    """Dark pixels per row of a box of a canvas (rows of the box, top first)."""
    x0, y0, x1, y1 = [int(round(v)) for v in box_px]
    grey = cv2.cvtColor(canvas[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY)
    return (grey < level).sum(axis=1), y0
