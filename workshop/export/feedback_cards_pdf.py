"""Printable feedback cards: A4 sheets to cut up (4 a sheet, each about A6) or single
A6 cards.

Many residents who answer on paper are older: nothing on a card is under 8 pt and its
main text is at least 11 pt (read back from the PDF by the tests). Large print (16 pt
and more, everything on the card) needs half an A4 sheet (2 a sheet), or single A5
cards instead of A6; its text grows until it fills the card.

Front: the question, the card's code, a QR code that opens the feedback page with the
code filled in, what the answers can change, and how to answer without the internet.
Back: lines to write on, the code again (with a small QR mark beside it that a scan of
the returned card reads: `core.paper_marks`), and when and where responses will be published.
Sheets alternate fronts and backs; backs are mirrored so they line up when printed on
both sides (flip on the long edge).

Everything that is the same on every card is drawn once as a PDF form and reused, so
500 cards cost little more than 500 QR codes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from workshop.core import paper_marks
from workshop.core.feedback import (
    DEFAULT_QUESTION,
    CardPlan,
    PlannedCard,
    card_url,
    require_card_settings,
)
from workshop.core.feedback_codes import format_code
from workshop.export import paper_mark
from workshop.export.bidi_text import base_is_rtl
from workshop.export.document.paragraph import BidiParagraph as Paragraph
from workshop.export.document.paragraph import draw_line, line_width
from workshop.export.document.styles import markup
from workshop.export.fonts import SANS, SANS_BOLD, register_fonts
from workshop.export.print_languages import Wording, codes_for

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
MARK = colors.HexColor("#777777")
QR_SYMBOL_MIN = 26 * mm  # the QR code itself, not counting its white border
QR_LEVEL = "M"
LANG = "en-GB"


@dataclass(frozen=True)
class CardStyle:
    """Sizes for one kind of card; `scale` changes the text size, from `max_scale` (the
    text grows to fill a roomy card) down to `min_scale` (never smaller)."""

    padding: float
    body: float
    question: float
    code: float
    small: float
    qr_symbol: float
    line_gap: float
    min_scale: float
    max_scale: float = 1.0


# The smallest text anywhere on a card (the "Card 12" line, "Scan to answer online").
SMALLEST = 8.0
# A card cut from an A4 sheet of 4: body 11.5 pt, shrinking to no less than 11 pt.
STANDARD = CardStyle(5 * mm, 11.5, 13, 16, 9, QR_SYMBOL_MIN, 8 * mm, 0.96)
ROOMY = CardStyle(7 * mm, 12, 15, 22, 9.5, 38 * mm, 9 * mm, 0.92)
# Large print: every word at 16 pt or more, as large-print guidance asks, and larger
# while the card has room.
LARGE = CardStyle(6 * mm, 16, 18, 24, 16, 34 * mm, 12 * mm, 1.0, 1.5)


@dataclass(frozen=True)
class SheetLayout:
    page: tuple[float, float]
    columns: int
    rows: int
    card_w: float
    card_h: float
    left: float
    bottom: float
    cut_marks: bool


def sheet_layout(layout: str, large_print: bool) -> SheetLayout:
    if layout == "a6":
        page = A5 if large_print else A6
        return SheetLayout(page, 1, 1, page[0], page[1], 0, 0, False)
    columns, rows = (1, 2) if large_print else (2, 2)
    margin_x, margin_y = 10 * mm, 12 * mm
    card_w = (A4[0] - 2 * margin_x) / columns
    card_h = (A4[1] - 2 * margin_y) / rows
    return SheetLayout(A4, columns, rows, card_w, card_h, margin_x, margin_y, True)


def card_style(layout: str, large_print: bool) -> CardStyle:
    if large_print:
        return LARGE
    return ROOMY if layout == "a6" else STANDARD


# ----- wording ---------------------------------------------------------------------------


def offline_routes(programme: dict[str, Any], words: Wording | None = None) -> str:
    """One plain sentence (or a few) on how to answer without the internet; in each of
    the card's languages, one language a line."""
    words = words or Wording()
    phone = (programme.get("return_phone") or "").strip()
    text = (programme.get("return_text") or "").strip()
    post = (programme.get("return_post") or "").strip()
    sentences: list[list[tuple[str, str]]] = []
    if phone:
        sentences.append(words.lines("Phone {phone}.", phone=phone))
    if text:
        if text[:1].isdigit():
            sentences.append(
                words.lines("Text your card code and your answer to {number}.", number=text)
            )
        else:
            # The organisation's own words: printed as typed, once.
            sentences.append([(words.first.code, text.rstrip(".") + ".")])
    if post:
        sentences.append(
            words.lines(
                "Or write on the back and hand the card to us, or post it to {post}.", post=post
            )
        )
    else:
        sentences.append(words.lines("Or write on the back and hand the card to us."))
    lines = []
    for language in words.languages:
        said = [t for group in sentences for code, t in group if code == language.code]
        if said:
            lines.append(" ".join(said))
    return "\n".join(lines)


def _para(text: str, size: float, bold: bool = False, lead: str = "", color=INK) -> Paragraph:
    """A paragraph of card text; Urdu and Arabic runs get the Arabic font, right-aligned."""
    body, rtl = markup(text, bold=bold)
    style = ParagraphStyle(
        "card",
        fontName=SANS,
        fontSize=size,
        leading=size * 1.22,
        textColor=color,
        alignment=TA_RIGHT if rtl else TA_LEFT,
    )
    if lead:
        body = f"{markup(lead, bold=True)[0]} {body}"
        rtl = base_is_rtl(f"{lead} {text}")
        style.alignment = TA_RIGHT if rtl else TA_LEFT
    return Paragraph(body, style, base_rtl=rtl)


# ----- one card --------------------------------------------------------------------------


@dataclass
class _CardLayout:
    """Where things go on a card, worked out once per print (the same for every card)."""

    style: CardStyle
    scale: float
    qr_box: float
    qr_x: float
    qr_y: float
    code_x: float
    code_y: float
    code_size: float
    serial_y: float
    back_code_y: float
    back_lines: list[float]
    front_blocks: list[tuple[Paragraph, float, float]]  # paragraph, x, y (bottom-left)
    back_blocks: list[tuple[Paragraph, float, float]]
    serial_label: str = "Card {serial}"  # "Card {serial} / Cerdyn {serial}"


def _plan_card(
    w: float,
    h: float,
    style: CardStyle,
    programme: dict[str, Any],
    question: str,
    qr_modules: int,
    words: Wording,
) -> _CardLayout:
    can_change = (programme.get("can_change") or "").strip()
    publish = (programme.get("publish_when_where") or "").strip()
    routes = offline_routes(programme, words)
    organisation = (programme.get("organisation") or "").strip()
    post = (programme.get("return_post") or "").strip()
    if question == DEFAULT_QUESTION:
        question = words.joined(question, sep="\n")
    texts = (organisation, question, can_change, publish, routes, post)
    scales = []
    s = style.max_scale
    while s >= style.min_scale - 1e-9:
        scales.append(s)
        s -= 0.02
    # Try: everything on the front, then moving "what can change" to the back.
    for change_on_front in (True, False):
        for scale in scales:
            plan = _try_card(w, h, style, scale, texts, change_on_front, qr_modules, words)
            if plan is not None:
                return plan
    # Still too much text: go smaller than we would like rather than print over itself.
    scale = style.min_scale
    while scale > 0.5:
        scale -= 0.05
        plan = _try_card(w, h, style, scale, texts, False, qr_modules, words)
        if plan is not None:
            return plan
    plan = _try_card(w, h, style, scale, texts, False, qr_modules, words, force=True)
    assert plan is not None
    return plan


def _try_card(
    w: float,
    h: float,
    style: CardStyle,
    scale: float,
    texts: tuple[str, ...],
    change_on_front: bool,
    qr_modules: int,
    words: Wording,
    force: bool = False,
) -> _CardLayout | None:
    organisation, question, can_change, publish, routes, post = texts
    pad = style.padding
    inner_w = w - 2 * pad
    body, small = style.body * scale, style.small * scale
    # The QR code's own white border (4 modules) may sit in the card's padding.
    module = style.qr_symbol / qr_modules
    qr_box = module * (qr_modules + 8)
    quiet = 4 * module
    overhang = min(quiet, pad * 0.8)
    qr_x = w - pad - qr_box + overhang
    qr_y = h - pad - qr_box + overhang
    caption = _para(words.joined("Scan to answer online", sep="\n"), small, color=MUTED)
    cap_w, cap_h = caption.wrap(qr_box - 2 * quiet + 4 * mm, h)
    qr_bottom = qr_y + quiet - 1 * mm - cap_h
    left_w = qr_x + quiet - 3 * mm - pad

    front: list[tuple[Paragraph, float, float]] = [
        (caption, qr_x + quiet, qr_bottom),
    ]
    y = h - pad
    header_text = " · ".join(
        [words.joined("Feedback card"), *([organisation] if organisation else [])]
    )
    header = _para(header_text, small, color=MUTED)
    _, hh = header.wrap(left_w, h)
    y -= hh
    front.append((header, pad, y))
    y -= 1.5 * mm * scale
    q = _para(question, style.question * scale, bold=True)
    _, qh = q.wrap(left_w, h)
    y -= qh
    front.append((q, pad, y))
    y -= 2 * mm * scale
    label = _para(words.joined("Your card code:"), small, color=MUTED)
    marks = words.draft_marks()
    _, lh = label.wrap(left_w, h)
    y -= lh
    front.append((label, pad, y))
    code_size = style.code * max(scale, 0.9)
    code_y = y - code_size * 1.05
    serial_y = code_y - small * 1.4
    y = min(serial_y - 1 * mm, qr_bottom) - 2.5 * mm * scale

    def place(paragraph: Paragraph, gap: float) -> None:
        nonlocal y
        _, ph = paragraph.wrap(inner_w, h)
        y -= ph
        front.append((paragraph, pad, y))
        y -= gap

    if can_change and change_on_front:
        lead = words.joined("What your answers can change:")
        place(_para(can_change, body, lead=lead), 2 * mm * scale)
    place(_para(routes, body, lead=words.joined("No internet?")), 0)
    if marks:
        # A translation not yet checked says so on every card it is printed on.
        y -= 1 * mm
        place(_para(" · ".join(marks), small, bold=True, color=MUTED), 0)
    if y < pad * 0.75 and not force:
        return None

    back: list[tuple[Paragraph, float, float]] = []
    back_code_y = h - pad - style.code * 0.8
    code_w = stringWidth("MMM-MMMM", SANS_BOLD, style.code * 0.8 * scale)
    # The code's mark for a scan sits top right; the printed code just left of it.
    mark_room = paper_mark.SYMBOL + paper_mark.GAP
    title = _para(words.joined("Write your answer here:"), style.question * scale, bold=True)
    _, th = title.wrap(inner_w - code_w - mark_room - 3 * mm, h)
    back.append((title, pad, h - pad - th))
    mark_bottom = h - pad - paper_mark.SYMBOL - paper_marks.QUIET_MM * mm
    lines_top = min(h - pad - th, back_code_y - style.small * scale * 1.5, mark_bottom) - 2 * mm
    yb = pad
    bottom_blocks = []
    if publish:
        lead = words.joined("When and where we publish what we heard:")
        bottom_blocks.append(_para(publish, body, lead=lead))
    if can_change and not change_on_front:
        lead = words.joined("What your answers can change:")
        bottom_blocks.append(_para(can_change, body, lead=lead))
    if post:
        bottom_blocks.append(_para(post, body, lead=words.joined("Post it to:")))
    for paragraph in reversed(bottom_blocks):
        _, ph = paragraph.wrap(inner_w, h)
        back.append((paragraph, pad, yb))
        yb += ph + 1.5 * mm
    gap = style.line_gap * scale
    lines = []
    line_y = lines_top - gap
    while line_y >= yb + 1 * mm:
        lines.append(line_y)
        line_y -= gap
    if len(lines) < 3 and not force:
        return None
    return _CardLayout(
        style,
        scale,
        qr_box,
        qr_x,
        qr_y,
        pad,
        code_y,
        code_size,
        serial_y,
        back_code_y,
        lines,
        front,
        back,
    )


# ----- QR codes ------------------------------------------------------------------------
#
# reportlab's encoder (the one behind QrCodeWidget) makes the symbol. Choosing the mask is
# most of its cost: it lays the whole symbol out again for each of the 8 masks and scores
# it in pure Python. Here the symbol is laid out once, the other masks are applied as XORs
# of whole rows, and each is scored with the standard's four penalty rules on bit strings.
# Same encoder, same rules; about twice as fast (see bench/RESULTS.md).

_RUNS = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")


@cache
def _data_positions(version: int) -> tuple[tuple[int, int], ...]:
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = version * 4 + 17
    return tuple(probe._dataPosIterator())


@cache
def _mask_rows(version: int, mask: int) -> tuple[int, ...]:
    """Per row, the data modules where `mask` differs from mask 0 (as bits, column 0 first)."""
    n = version * 4 + 17
    first, other = qrencoder.QRUtil.getMask(0), qrencoder.QRUtil.getMask(mask)
    rows = [0] * n
    for col, row in _data_positions(version):
        if bool(first(row, col)) != bool(other(row, col)):
            rows[row] |= 1 << (n - 1 - col)
    return tuple(rows)


def _penalty(rows: list[int], n: int) -> int:
    """The QR standard's mask penalty (runs, 2x2 blocks, finder look-alikes, balance)."""
    lines = [format(r, f"0{n}b") for r in rows]
    score = 0
    for line in lines + ["".join(col) for col in zip(*lines, strict=True)]:
        for run in _RUNS.finditer(line):
            score += run.end() - run.start() - 2
        score += 40 * len(_FINDER_LIKE.findall(line))
    full = (1 << (n - 1)) - 1
    for a, b in zip(rows, rows[1:], strict=False):
        same = ~(a ^ b)
        score += 3 * (same & (same >> 1) & ~(a ^ (a >> 1)) & full).bit_count()
    dark = sum(r.bit_count() for r in rows)
    return score + 10 * (abs(dark * 20 - n * n * 10) // (n * n))


def qr_rows(url: str) -> list[int]:
    """The QR symbol for `url` (error correction M, best mask), one int per row."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    qr.addData(url)
    qr.version = qr.calculate_version()
    n = qr.version * 4 + 17
    qr._dataPosList = list(_data_positions(qr.version))
    qr.makeImpl(True, 0)
    base = [int("".join("1" if m else "0" for m in row), 2) for row in qr.modules]
    best = min(
        range(8),
        key=lambda k: _penalty(
            [r ^ d for r, d in zip(base, _mask_rows(qr.version, k), strict=True)], n
        ),
    )
    qr.makeImpl(False, best)  # the chosen mask, with its format information
    return [int("".join("1" if m else "0" for m in row), 2) for row in qr.modules]


def _qr_modules(url: str) -> int:
    return len(qr_rows(url))


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code as vector rectangles (one per run of dark modules) filled in one go,
    written straight into the page in module units."""
    rows = qr_rows(url)
    n = len(rows)
    module = size / (n + 8)
    ops = [
        f"q 0 g {module:.5f} 0 0 {-module:.5f} {x + 4 * module:.4f} {y + size - 4 * module:.4f} cm"
    ]
    for r, bits in enumerate(rows):
        line = format(bits, f"0{n}b")
        for run in re.finditer("1+", line):
            ops.append(f"{run.start()} {r} {run.end() - run.start()} 1 re")
    ops.append("f Q")
    canvas.addLiteral(" ".join(ops))


# ----- the document ----------------------------------------------------------------------


def build_cards_pdf(
    programme: dict[str, Any],
    session: dict[str, Any],
    plan: CardPlan,
    *,
    invariant: bool = False,
    print_in: list[str] | None = None,
) -> bytes:
    """The cards in `plan` as PDF bytes (nothing is recorded or written here), in the
    languages `print_in` lists, else those the programme prints in (English by default)."""
    require_card_settings(programme)
    words = Wording(codes_for(programme, print_in))
    register_fonts()
    template = programme["feedback_url_template"]
    sheet = sheet_layout(plan.layout, plan.large_print)
    style = card_style(plan.layout, plan.large_print)
    sample = card_url(template, plan.cards[0].code if plan.cards else "ABCDEFG")
    modules = _qr_modules(sample)
    card = _plan_card(sheet.card_w, sheet.card_h, style, programme, plan.question, modules, words)
    card.serial_label = words.joined("Card {serial}", serial="{serial}")

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=sheet.page,
        invariant=int(invariant),
        lang=words.document_lang,
        pageCompression=1,
    )
    title = f"Feedback cards: {session.get('title', '')}".strip()
    canvas.setTitle(title)
    canvas.setAuthor(programme.get("organisation") or "Workshop")
    canvas.setSubject(
        f"{len(plan.cards)} feedback cards, numbers "
        f"{plan.cards[0].serial if plan.cards else 0} to {plan.cards[-1].serial if plan.cards else 0}"
    )
    canvas.setCreator("Workshop")

    _define_form(canvas, "front", card.front_blocks, card, sheet, back=False)
    _define_form(canvas, "back", card.back_blocks, card, sheet, back=True)

    per_page = sheet.columns * sheet.rows
    total = len(plan.cards)
    for start in range(0, total, per_page):
        chunk = plan.cards[start : start + per_page]
        for back in (False, True):
            if sheet.cut_marks:
                _sheet_furniture(canvas, sheet, session, chunk, total, back)
            for index, planned in enumerate(chunk):
                row, col = divmod(index, sheet.columns)
                if back:  # mirrored so each back lands behind its front (long-edge flip)
                    col = sheet.columns - 1 - col
                x = sheet.left + col * sheet.card_w
                y = sheet.bottom + (sheet.rows - 1 - row) * sheet.card_h
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm("back" if back else "front")
                if back:
                    _draw_back_details(canvas, card, sheet, planned)
                else:
                    _draw_front_details(canvas, card, planned, template)
                canvas.restoreState()
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _define_form(canvas, name, blocks, card: _CardLayout, sheet: SheetLayout, back: bool) -> None:
    canvas.beginForm(name, 0, 0, sheet.card_w, sheet.card_h)
    for paragraph, x, y in blocks:
        paragraph.drawOn(canvas, x, y)
    if back:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        pad = card.style.padding
        for y in card.back_lines:
            canvas.line(pad, y, sheet.card_w - pad, y)
    canvas.endForm()


def _draw_front_details(canvas, card: _CardLayout, planned: PlannedCard, template: str) -> None:
    _draw_qr(canvas, card_url(template, planned.code), card.qr_x, card.qr_y, card.qr_box)
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, card.code_size)
    canvas.drawString(card.code_x, card.code_y, format_code(planned.code))
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, card.style.small * card.scale)
    canvas.drawString(card.code_x, card.serial_y, card.serial_label.format(serial=planned.serial))


def _draw_back_details(canvas, card: _CardLayout, sheet: SheetLayout, planned) -> None:
    pad = card.style.padding
    mark_x = sheet.card_w - pad - paper_mark.SYMBOL
    paper_mark.draw_mark(canvas, planned.code, mark_x, sheet.card_h - pad)
    text_right = mark_x - paper_mark.GAP
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, card.style.code * 0.8 * card.scale)
    canvas.drawRightString(text_right, card.back_code_y, format_code(planned.code))
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, card.style.small * card.scale)
    canvas.drawRightString(
        text_right,
        card.back_code_y - card.style.small * 1.5,
        card.serial_label.format(serial=planned.serial),
    )


def _sheet_furniture(canvas, sheet: SheetLayout, session, chunk, total: int, back: bool) -> None:
    """Cut marks in the margins and at the inner corners, and a line saying what this is."""
    page_w, page_h = sheet.page
    xs = [sheet.left + c * sheet.card_w for c in range(sheet.columns + 1)]
    ys = [sheet.bottom + r * sheet.card_h for r in range(sheet.rows + 1)]
    top, right = ys[-1], xs[-1]
    gap, length = 2 * mm, 6 * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.5)
    for x in xs:
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, sheet.bottom - gap, x, sheet.bottom - gap - length)
    for y in ys:
        canvas.line(sheet.left - gap, y, sheet.left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    arm = 2.5 * mm
    for x in xs[1:-1]:
        for y in ys[1:-1]:
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, SMALLEST)
    first, last = chunk[0].serial, chunk[-1].serial
    side = "backs" if back else "fronts"
    # Text sits in the margins between the cut marks, never across one: the session's
    # title top left, which cards these are top right, how to print bottom left.
    first_gap = xs[1] - xs[0] - 4 * mm
    tail = f"Cards {first} to {last}, {side}"
    room = first_gap
    if sheet.columns == 1:
        room -= stringWidth(tail, SANS, SMALLEST) + 6 * mm
    full = session.get("title", "")
    title = full
    while title and line_width(title + "…", SMALLEST) > room:
        title = title[:-1]
    if title != full:
        title = title.rstrip() + "…"
    top_y = page_h - (page_h - top) / 2 - SMALLEST / 3
    draw_line(canvas, title, sheet.left + 2 * mm, top_y, SMALLEST)
    canvas.drawRightString(right - 2 * mm, top_y, tail)
    bottom_y = sheet.bottom / 2 - SMALLEST / 3
    canvas.drawString(
        sheet.left + 2 * mm, bottom_y, "Print both sides, flip on long edge. Cut on the marks."
    )
    canvas.restoreState()
