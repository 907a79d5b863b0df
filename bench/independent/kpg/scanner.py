"""A photocopier and a sheet-fed scanner.

Photocopy (of the printed blank, before anyone marks it): the copy is scaled 97–103 % and set a
little askew on the sheet, its toner darkens mid greys and drops light ones, and stray toner
leaves specks; a copy of a copy does it twice.

Scan: the sheet lies on the glass or in the feeder, turned up to a few degrees and shifted; the
scan frame has a margin of lid (white) or backing (dark) around it, or none — the sheet's edge
at the frame's border, a millimetre or two cut off. Optics blur, the lamp is uneven, the sensor
is noisy. Colour keeps RGB; grey is the luminance; lineart (1-bit) thresholds the luminance at
the scanner's setting, so light inks (a faint red seal) can vanish.
"""
import math

import cv2
import numpy as np
from PIL import Image

from .sheet import MM_PER_INCH


def photocopy(canvas, dpi, rng, scale, generations=2):
    """The canvas as copied `generations` times at `scale` (the last generation's), in place."""
    h, w = canvas.shape[:2]
    k = dpi / MM_PER_INCH
    for g in range(generations):
        s = scale if g == generations - 1 else rng.uniform(0.995, 1.005)
        a = math.radians(rng.uniform(-0.4, 0.4))
        m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-1, 1) * k, h / 2 + rng.uniform(-1, 1) * k), math.degrees(a), s)
        canvas[:] = cv2.warpAffine(canvas, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
        canvas[:] = cv2.GaussianBlur(canvas, (0, 0), 0.35 * k / 11.8)
        # toner: a steeper curve around the middle greys
        lut = np.clip((np.arange(256, dtype=np.float32) - 128) * 1.25 + 140, 0, 255)
        lut[np.arange(256) > 215] = 255
        canvas[:] = lut.astype(np.uint8)[canvas]
        # specks of stray toner, some in small clusters
        for _ in range(int(rng.uniform(30, 160))):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            for _ in range(1 if rng.random() < 0.8 else int(rng.uniform(2, 6))):
                r = rng.uniform(0.04, 0.18) * k
                cv2.circle(canvas, (int(x + rng.normal(0, 0.4 * k)), int(y + rng.normal(0, 0.4 * k))), max(1, int(r)),
                           (int(rng.uniform(20, 90)),) * 3, -1, cv2.LINE_AA)


def scan(canvas, paper_dpi, sheet_mm, settings, rng):
    """The scanner's image of the sheet (RGB, grey or 1-bit as settings['mode'] says)."""
    dpi = settings["dpi"]
    ratio = dpi / paper_dpi
    w_mm, h_mm = sheet_mm
    margins = settings["margins"]  # left, top, right, bottom in mm (negative: the sheet cut off)
    out_w = int(round((w_mm + margins[0] + margins[2]) * dpi / MM_PER_INCH))
    out_h = int(round((h_mm + margins[1] + margins[3]) * dpi / MM_PER_INCH))
    src = canvas
    if ratio < 0.9:  # no aliasing: the optics see an area, not a point
        src = cv2.GaussianBlur(canvas, (0, 0), 0.45 / ratio)
    # output pixel -> paper pixel: turn about the sheet's centre, then shift into the frame
    a = math.radians(settings["skew"])
    cx, cy = canvas.shape[1] / 2, canvas.shape[0] / 2
    ox = (margins[0] + settings["shift"][0]) * dpi / MM_PER_INCH + w_mm * dpi / MM_PER_INCH / 2
    oy = (margins[1] + settings["shift"][1]) * dpi / MM_PER_INCH + h_mm * dpi / MM_PER_INCH / 2
    forward = np.array([[ratio * math.cos(a), -ratio * math.sin(a), 0], [ratio * math.sin(a), ratio * math.cos(a), 0]])
    forward[:, 2] = [ox, oy] - forward[:, :2] @ [cx, cy]
    bg = settings["background"]
    img = cv2.warpAffine(src, forward, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(bg, bg, bg))
    if settings["upside_down"]:
        img = cv2.rotate(img, cv2.ROTATE_180)
    img = cv2.GaussianBlur(img, (0, 0), settings["blur"])
    if settings["mode"] != "colour":  # the sensor's grey: its luminance
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    f = img.astype(np.float32)
    # an uneven lamp: a few per cent across the page
    ramp = np.linspace(1.0 - settings["lamp"], 1.0, out_w, dtype=np.float32) * settings["gain"]
    f *= ramp[None, :, None] if f.ndim == 3 else ramp[None, :]
    noise = np.empty_like(f)
    cv2.randn(noise, 0.0, settings["noise"])
    f += noise
    img = np.clip(f, 0, 255).astype(np.uint8)
    if settings["mode"] != "lineart":
        return img
    return ((img >= settings["threshold"]) * 255).astype(np.uint8)


def save(img, path_stem, settings, rng):
    """Writes the scan as a scanner's software would; returns the file's name."""
    mode = settings["mode"]
    dpi = (settings["dpi"], settings["dpi"])
    if mode == "lineart":
        pil = Image.fromarray(img).convert("1")
        if rng.random() < 0.35:
            name = path_stem + ".tif"
            pil.save(name, compression="group4", dpi=dpi)
        else:
            name = path_stem + ".png"
            pil.save(name, dpi=dpi)
        return name
    pil = Image.fromarray(img)
    if settings["jpeg"]:
        name = path_stem + ".jpg"
        pil.save(name, quality=settings["jpeg"], dpi=dpi)
    else:
        name = path_stem + ".png"
        pil.save(name, dpi=dpi, compress_level=1)
    return name


def choose_settings(rng, modes, dpis, dark_share=0.25):
    """One sheet's scanner settings."""
    mode = str(rng.choice(modes))
    dpi = int(rng.choice(dpis))
    edge = rng.random() < 0.12
    if edge:  # the frame cut at the sheet's edge: 0-2 mm off one or two sides, the rest tight
        margins = [0.0, 0.0, 0.0, 0.0]
        for side in rng.choice(4, size=int(rng.integers(1, 3)), replace=False):
            margins[side] = -rng.uniform(0.0, 2.0)
        skew = rng.uniform(-0.4, 0.4)
        shift = (0.0, 0.0)
    else:
        margins = [rng.uniform(2, 8) for _ in range(4)]
        skew = rng.uniform(-2.5, 2.5)
        shift = (rng.uniform(-2, 2), rng.uniform(-2, 2))
    dark = (not edge) and rng.random() < dark_share
    jpeg = 0
    if mode != "lineart" and rng.random() < 0.8:
        jpeg = int(rng.uniform(65, 95))
    return {"mode": mode, "dpi": dpi, "margins": margins, "skew": float(skew), "shift": shift,
            "background": int(rng.uniform(15, 45)) if dark else int(rng.uniform(235, 252)), "dark": dark,
            "edge": edge, "upside_down": bool(rng.random() < 0.1), "blur": float(rng.uniform(0.3, 0.85)),
            "lamp": float(rng.uniform(0, 0.05)), "gain": float(rng.uniform(0.93, 1.0)),
            "noise": float(rng.uniform(1.0, 4.0)), "threshold": int(rng.uniform(115, 150)), "jpeg": jpeg}
