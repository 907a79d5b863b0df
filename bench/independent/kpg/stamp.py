"""The committee's round seal, pressed by hand on each ballot.

The seal's face (two rings, the superior organisation along the top arc, the place along the
bottom, a star and the organisation's name across the middle) is cut once per batch; each press
turns it (a hand turns a seal up to ±30°), shifts it, and inks it unevenly: one side pressed
harder than the other, a blotchy pad, small holes where the paper took no ink. A faint press, a
double press (the seal bounced) and a seal over the header's text are variations.
"""
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _arc_text(img, text, centre, radius, font, upper):
    """Letters along a circle: the top arc read left to right upright, the bottom one too."""
    widths = [font.getlength(ch) for ch in text]
    total = sum(widths) + 0.15 * font.size * (len(text) - 1)
    span = total / radius
    angle = -math.pi / 2 - span / 2 if upper else math.pi / 2 + span / 2
    for ch, w in zip(text, widths):
        step = (w + 0.15 * font.size) / radius
        mid = angle + (step / 2 if upper else -step / 2)
        glyph = Image.new("L", (int(font.size * 1.6), int(font.size * 1.6)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
        rot = -math.degrees(mid + math.pi / 2) if upper else -math.degrees(mid - math.pi / 2)
        glyph = glyph.rotate(rot, resample=Image.BICUBIC, expand=True)
        x = centre[0] + radius * math.cos(mid) - glyph.width / 2
        y = centre[1] + radius * math.sin(mid) - glyph.height / 2
        img.paste(255, (int(x), int(y)), glyph)
        angle += step if upper else -step


def seal_face(congress, dpi, diameter_mm):
    """The seal's face as a float32 mask (1 = ink), square, at `dpi`."""
    k = dpi / 25.4
    size = int(diameter_mm * k) + 8
    img = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(img)
    c = size / 2
    r = diameter_mm / 2 * k
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, int(0.8 * k)))
    r2 = r - 5.2 * k
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=255, width=max(1, int(0.35 * k)))
    cong = congress["congress"]
    ring_font = ImageFont.truetype(FONT, max(6, int(2.6 * k)))
    top = (cong.get("superior") or "ĐẢNG CỘNG SẢN VIỆT NAM").upper()
    _arc_text(img, top, (c, c), r - 2.6 * k, ring_font, True)
    _arc_text(img, (cong.get("locality") or "").upper() or "*", (c, c), r - 2.6 * k, ring_font, False)
    star = [(c + 3.2 * k * math.cos(-math.pi / 2 + i * 4 * math.pi / 5), c - 4.5 * k + 3.2 * k * math.sin(-math.pi / 2 + i * 4 * math.pi / 5))
            for i in range(5)]
    d.polygon(star, fill=255)
    words = cong["organization"].upper().split()
    half = (len(words) + 1) // 2
    mid_font = ImageFont.truetype(FONT, max(6, int(2.9 * k)))
    for n, line in enumerate([" ".join(words[:half]), " ".join(words[half:])]):
        d.text((c, c + (1.2 + n * 3.6) * k), line, font=mid_font, fill=255, anchor="mm")
    return np.asarray(img, np.float32) / 255.0


def press(face, rng, angle_deg, strength):
    """One impression of the seal: turned, unevenly inked. Returns a float32 mask (0..1)."""
    h, w = face.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle_deg, 1.0)
    turned = cv2.warpAffine(face, m, (w, h), flags=cv2.INTER_LINEAR)
    direction = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = ((xx - w / 2) * math.cos(direction) + (yy - h / 2) * math.sin(direction)) / (w / 2)
    pressure = 1.0 - rng.uniform(0.05, 0.3) * (ramp + 1) / 2
    blotch = cv2.resize(rng.uniform(0.72, 1.0, (max(2, h // 25), max(2, w // 25))).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    holes = (rng.random((h, w)) > 0.06).astype(np.float32)
    holes = cv2.GaussianBlur(holes, (3, 3), 0)
    return np.clip(turned * pressure * blotch * holes * strength, 0, 1)
