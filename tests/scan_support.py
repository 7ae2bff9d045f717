"""Paper printed by the app, "handwritten" on and brought back as an office scanner and a
phone would: for the scanning tests and bench/scan_bench.py.

A resident's writing is stood in for by a solid black square (6 mm) drawn at a known
place in each card's or form's writing area, before the page is degraded; a crop holds
the writing when the square is found whole inside it.
"""

from __future__ import annotations

import io
import random

import pypdfium2
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from workshop.core import feedback
from workshop.core.sessions import add_session
from workshop.export.document.pdf import render_pdf
from workshop.export.feedback_cards_pdf import build_cards_pdf
from workshop.export.handouts import handouts_document

DPI = 200
PX_PER_MM = DPI / 25.4
SQUARE_MM = 6.0
# Where the "writing" goes, in mm from the mark's top-left corner, by what the mark is on.
WRITING_AT = {"card": (-40.0, 60.0), "M": (-80.0, 120.0), "E": (-80.0, 45.0)}
TEMPLATE = "https://example.gov.uk/have-your-say?card={code}"


def set_up(programme, cards: int = 8, forms: int = 3) -> tuple[str, bytes, bytes, list[str]]:
    """A session with `cards` cards and `forms` monitoring forms and evaluation slips
    printed (cards recorded as the app records them): (session id, cards PDF, forms PDF,
    every code printed)."""
    programme.update_programme(
        {
            "organisation": "Riverside Borough Council",
            "feedback_url_template": TEMPLATE,
            "publish_when_where": "By 30 June on the council website and in libraries.",
            "return_post": "Freepost FAIR DECISIONS",
        }
    )
    session_id = add_session(programme, {"title": "Library evening"})
    plan = feedback.plan_cards(programme, session_id, cards, rng=random.Random(5))
    session = programme.get("sessions", session_id)
    cards_pdf = build_cards_pdf(programme.programme(), session, plan, invariant=True)
    feedback.record_cards(programme, plan)
    document = handouts_document(programme, session_id, ["monitoring", "evaluation"], copies=forms)
    forms_pdf = render_pdf(document)
    from workshop.core import monitoring

    codes = [c.code for c in plan.cards]
    codes += monitoring.form_codes(monitoring.MONITORING, session_id, forms)
    codes += monitoring.form_codes(monitoring.EVALUATION, session_id, forms)
    return session_id, cards_pdf, forms_pdf, codes


def render(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]


def write_on(image: Image.Image) -> Image.Image:
    """Every page with a mark (card back, form) gets a square drawn in its writing area."""
    image = image.copy()
    draw = ImageDraw.Draw(image)
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        if result.text.startswith("http"):
            continue
        kind = result.text[0] if result.text[0] in "ME" else "card"
        dx, dy = WRITING_AT[kind]
        tl = result.position.top_left
        x, y = tl.x + dx * PX_PER_MM, tl.y + dy * PX_PER_MM
        side = SQUARE_MM * PX_PER_MM
        draw.rectangle([x, y, x + side, y + side], fill=0)
    return image


def as_scanned(image: Image.Image, rng: random.Random, upside_down: bool = False) -> Image.Image:
    """An office scanner: a 1-3 degree skew, a little noise (JPEG comes later)."""
    angle = rng.uniform(1, 3) * rng.choice((-1, 1)) + (180 if upside_down else 0)
    out = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=250)
    noise = Image.effect_noise(out.size, 18).convert("L")
    return Image.blend(out, noise, 0.12)


def as_photo(image: Image.Image) -> bytes:
    """A phone photo at an angle (perspective), with a shadow across it, as a JPEG."""
    w, h = image.size
    # Output corner -> input corner: the top of the page further away (narrower).
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(w * 0.07, h * 0.04), (w * 0.95, 0), (w, h), (0, h * 0.97)]
    coefficients = _perspective(dst, src)
    warped = image.transform(
        (w, h), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR, fillcolor=90
    )
    shadow = Image.linear_gradient("L").resize((w, h)).rotate(90, expand=False)
    shadow = shadow.point(lambda v: 140 + v * 115 // 255)
    shaded = Image.composite(warped, Image.new("L", (w, h), 0), shadow)
    shaded = shaded.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    shaded.save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


def _perspective(output_corners, input_corners) -> list[float]:
    """The 8 coefficients PIL wants (output pixel -> input pixel), by Gaussian elimination."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(output_corners, input_corners, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    m = [row + [r] for row, r in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def as_pdf(images: list[Image.Image], quality: int = 60) -> bytes:
    """Pages as a scanner's PDF: each a JPEG at 200 dpi."""
    buffer = io.BytesIO()
    rgb = [im.convert("L") for im in images]
    rgb[0].save(
        buffer, "PDF", resolution=DPI, save_all=True, append_images=rgb[1:], quality=quality
    )
    return buffer.getvalue()


def square_inside(picture: bytes, px_per_mm: float = 6.0) -> bool:
    """Is the 6 mm square whole inside this crop (at least 2 mm from every edge)?"""
    image = Image.open(io.BytesIO(picture)).convert("L")
    cell = max(1, round(px_per_mm))  # 1 mm cells
    small = image.reduce(cell)
    w, h = small.size
    data = small.load()
    side = int(SQUARE_MM) - 2  # whole cells surely inside a square that may be skewed
    for y in range(2, h - side - 2):
        for x in range(2, w - side - 2):
            if all(data[x + i, y + j] < 80 for i in range(side) for j in range(side)):
                return True
    return False
