"""A hand with a pen: paths in millimetres, drawn with a ballpoint's uneven ink.

A hand-drawn line is never straight: its direction drifts (a bow of up to a few tenths of a
millimetre per centimetre), its side-to-side wobble has a few slow waves, and a ballpoint lays
less ink where the ball skips (a texture of light patches along the line). Every path here is
built from those three things, with its own random draws.
"""
import math

import cv2
import numpy as np

from .sheet import lay_ink

INKS = {"blue": (35, 55, 165), "black": (28, 28, 34), "red": (205, 35, 45)}


def hand_line(rng, p0, p1, wobble=0.25, bow=None, step=0.4):
    """Points (mm) from p0 to p1 as a hand draws them."""
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    length = float(np.linalg.norm(p1 - p0))
    n = max(2, int(length / step) + 1)
    t = np.linspace(0.0, 1.0, n)
    pts = p0[None, :] + (p1 - p0)[None, :] * t[:, None]
    if length < 1e-6:
        return pts
    normal = np.array([-(p1 - p0)[1], (p1 - p0)[0]]) / length
    bow = rng.uniform(-0.012, 0.012) * length if bow is None else bow
    side = bow * 4 * t * (1 - t)
    for _ in range(3):
        wavelength = rng.uniform(8.0, 40.0)
        side += rng.uniform(0, wobble) * np.sin(2 * math.pi * (t * length / wavelength) + rng.uniform(0, 6.3))
    return pts + normal[None, :] * side[:, None]


def wave_line(rng, p0, p1, amplitude, wavelength):
    """A deliberately wavy stroke (a hand that zigzags through the name)."""
    pts = hand_line(rng, p0, p1, wobble=0.1, step=0.25)
    d = np.asarray(p1, float) - np.asarray(p0, float)
    length = float(np.linalg.norm(d))
    normal = np.array([-d[1], d[0]]) / max(length, 1e-6)
    t = np.linspace(0, 1, len(pts))
    return pts + normal[None, :] * (amplitude * np.sin(2 * math.pi * t * length / wavelength + rng.uniform(0, 6.3)))[:, None]


def ellipse(rng, centre, rx, ry, turns=1.08):
    """A loop around something: a little more than one turn, its radius breathing."""
    n = int(60 * turns * max(1.0, (rx + ry) / 10))
    start = rng.uniform(0, 2 * math.pi)
    a = start + np.linspace(0, 2 * math.pi * turns, n)
    breathe = 1 + 0.06 * np.sin(a * rng.uniform(1.5, 2.5) + rng.uniform(0, 6)) + np.linspace(0, rng.uniform(-0.08, 0.08), n)
    tilt = rng.uniform(-0.12, 0.12)
    x, y = rx * np.cos(a) * breathe, ry * np.sin(a) * breathe
    return np.stack([centre[0] + x * math.cos(tilt) - y * math.sin(tilt), centre[1] + x * math.sin(tilt) + y * math.cos(tilt)], 1)


def tick(rng, at, size):
    """A check mark whose foot is at `at`."""
    x, y = at
    down = hand_line(rng, (x - size * 0.35, y - size * 0.35), (x, y), wobble=0.08)
    up = hand_line(rng, (x, y), (x + size * 0.6, y - size * rng.uniform(0.8, 1.1)), wobble=0.1)
    return [np.vstack([down, up])]


def cross(rng, box, fill=0.75):
    """An X inside `box` (x0, y0, x1, y1), its arms about `fill` of the box, off-centre a little."""
    x0, y0, x1, y1 = box
    w, h = (x1 - x0), (y1 - y0)
    cx = (x0 + x1) / 2 + rng.uniform(-0.1, 0.1) * w
    cy = (y0 + y1) / 2 + rng.uniform(-0.1, 0.1) * h
    s = min(w, h) * fill / 2
    sx, sy = s * rng.uniform(0.85, 1.2), s * rng.uniform(0.85, 1.1)
    a = hand_line(rng, (cx - sx, cy - sy), (cx + sx * rng.uniform(0.9, 1.1), cy + sy), wobble=0.12)
    b = hand_line(rng, (cx + sx, cy - sy * rng.uniform(0.9, 1.1)), (cx - sx, cy + sy), wobble=0.12)
    return [a, b]


def scribble(rng, box, density=1.0):
    """Back-and-forth zigzags over `box`: a mark being blotted out."""
    x0, y0, x1, y1 = box
    n = int(rng.uniform(7, 12) * density)
    pts = []
    for i in range(n):
        y = y0 + (y1 - y0) * (i + rng.uniform(0, 0.6)) / n
        x = x0 + rng.uniform(-0.05, 0.1) * (x1 - x0) if i % 2 == 0 else x1 - rng.uniform(-0.05, 0.1) * (x1 - x0)
        pts.append((x, y))
    path = [hand_line(rng, pts[i], pts[i + 1], wobble=0.1) for i in range(len(pts) - 1)]
    return [np.vstack(path)]


def hatch(rng, box, spacing=0.6):
    """A box filled in: tight parallel strokes back and forth."""
    x0, y0, x1, y1 = box
    pts, x, up = [], x0, True
    while x < x1:
        pts.append((x, y0 if up else y1))
        pts.append((x + spacing * 0.5, y1 if up else y0))
        x += spacing
        up = not up
    path = [hand_line(rng, pts[i], pts[i + 1], wobble=0.05) for i in range(len(pts) - 1)]
    return [np.vstack(path)]


def handwriting(rng, start, length, height):
    """A written word or name: loops advancing along a line (no letters: their shape only)."""
    x, y = start
    n = int(length / (height * 0.45))
    t = np.linspace(0, n * 2 * math.pi, n * 24)
    hs = height * (0.5 + 0.5 * (rng.random(n + 1) < 0.3))  # some letters rise above the rest
    amp = np.repeat(hs, 24)[: len(t)]
    px = x + t / (2 * math.pi) * height * 0.45 + 0.35 * height * np.sin(t)
    py = y - amp * (0.5 - 0.5 * np.cos(t))
    return [np.stack([px, py], 1)]


def render(sheet, paths, width, colour, rng, strength=1.0):
    """Lays ballpoint paths (lists of mm points) on `sheet` (width in mm, colour an INKS key or RGB)."""
    rgb = INKS[colour] if isinstance(colour, str) else colour
    k = sheet.px(1.0)
    allpts = np.vstack(paths)
    pad = width * 2 + 1
    x0 = max(0, int((allpts[:, 0].min() - pad) * k))
    y0 = max(0, int((allpts[:, 1].min() - pad) * k))
    x1 = min(sheet.canvas.shape[1], int((allpts[:, 0].max() + pad) * k) + 1)
    y1 = min(sheet.canvas.shape[0], int((allpts[:, 1].max() + pad) * k) + 1)
    if x1 <= x0 or y1 <= y0:
        return
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    thick = max(1, int(round(width * k)))
    for p in paths:
        q = np.round((p * k - [x0, y0]) * 16).astype(np.int32)
        cv2.polylines(mask, [q], False, 255, thick, cv2.LINE_AA, 4)
    # a ballpoint lays its ink nearly solid in the line's core; the ball skips here and there
    # (a few light patches) and the paper's grain shows through a little
    h, w = mask.shape
    slow = cv2.resize(rng.uniform(0.8, 1.0, (max(2, h // 12), max(2, w // 12))).astype(np.float32), (w, h),
                      interpolation=cv2.INTER_CUBIC)
    skips = cv2.resize((rng.random((max(2, h // 6), max(2, w // 6))) > 0.04).astype(np.float32), (w, h),
                       interpolation=cv2.INTER_LINEAR)
    grain = rng.uniform(0.92, 1.0, (h, w)).astype(np.float32)
    alpha = mask.astype(np.float32) / 255.0 * np.clip(slow, 0.6, 1.0) * (0.45 + 0.55 * skips) * grain * strength
    lay_ink(sheet.canvas, alpha, rgb, (x0, y0))
