"""A scenario deck as a PDF to print and cut, or to hand out in large print.

Standard: four cards on each A4 sheet with cut marks. Each sheet of fronts (title, the
story, what the system does) is followed by a sheet of backs (the hope and the worry,
questions for the table, key terms with their meanings). The backs are mirrored left to
right, so a sheet printed double-sided (flip on the long edge) has each card's back
behind its front.

Nothing on a standard card is under 9 pt (`STANDARD_MIN`): a side that does not fit
at that size lists its key terms by name only (their meanings are in the glossary at
the end). Large print: one card side per A4 page, 18 pt or more, front then back.

Both end with the glossary. Text uses the bundled fonts, so Welsh (ŵ, ŷ) and Polish
(ł, ż) letters print as letters.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Spacer

from workshop.core.decks import Card, Deck, Term
from workshop.core.files import write_atomically
from workshop.export.bidi_text import base_is_rtl
from workshop.export.document.paragraph import BidiParagraph as Paragraph
from workshop.export.document.paragraph import draw_line, line_width
from workshop.export.document.styles import markup
from workshop.export.fonts import SANS, SANS_BOLD, register_fonts

PAGE_W, PAGE_H = A4
CARD_W = 95 * mm
CARD_H = 138 * mm
MARGIN_X = (PAGE_W - 2 * CARD_W) / 2
MARGIN_Y = (PAGE_H - 2 * CARD_H) / 2
PAD = 6 * mm
CUT_MARK = 5 * mm
CARDS_PER_SHEET = 4
LARGE_PRINT_MIN = 18
# The smallest text on a standard card, labels and footers included.
STANDARD_MIN = 9
GREY = Color(0.35, 0.35, 0.35)
RULE_GREY = Color(0.75, 0.75, 0.75)


@dataclass(frozen=True)
class Layout:
    large_print: bool

    @property
    def body_sizes(self) -> list[float]:
        # Largest first; the first size at which a card side fits is used.
        if self.large_print:
            return [22, 20, 19, LARGE_PRINT_MIN]
        return [13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, STANDARD_MIN]

    @property
    def floor(self) -> float:
        return LARGE_PRINT_MIN if self.large_print else STANDARD_MIN


def _style(
    name: str,
    size: float,
    bold: bool = False,
    color=black,
    space_after=0.0,
    rtl: bool = False,
    left_indent: float = 0,
    first_indent: float = 0,
    floor: float = 0,
):
    size = max(size, floor)  # large print: nothing smaller than the floor
    return ParagraphStyle(
        name,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        leading=size * (1.2 if floor else 1.25),
        textColor=color,
        spaceAfter=space_after,
        alignment=2 if rtl else 0,
        leftIndent=left_indent,
        firstLineIndent=first_indent,
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    # Typed order and joined letters; each line is reordered once broken (BidiParagraph).
    xml, rtl = markup(text, bold=style.fontName == SANS_BOLD)
    if rtl:
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=2)
    return Paragraph(xml, style, base_rtl=rtl)


def _heading(text: str, size: float, floor: float = 0) -> Paragraph:
    return _para(
        text.upper(),
        _style("label", size * 0.78, bold=True, color=GREY, space_after=size * 0.2, floor=floor),
    )


def _term_para(term: Term, size: float, floor: float = 0, space_after: float = 0) -> Paragraph:
    # Term and meaning in one paragraph, so they are never printed apart.
    text = f"{term.term}: {term.meaning}"
    return Paragraph(
        f"{markup(term.term, bold=True)[0]}: {markup(term.meaning)[0]}",
        _style("term", size, space_after=space_after, floor=floor),
        base_rtl=base_is_rtl(text),
    )


def front_flowables(
    card: Card, number: int, total: int, size: float, floor: float = 0
) -> list[Flowable]:
    gap = size * 0.6
    flow: list[Flowable] = [
        _para(f"Card {number} of {total}", _style("num", size * 0.8, color=GREY, floor=floor)),
        Spacer(1, size * 0.3),
        _para(card.title, _style("title", size * 1.45, bold=True, space_after=gap, floor=floor)),
        _para(card.story, _style("story", size, space_after=gap, floor=floor)),
        _heading("What the system does", size, floor),
        _para(card.system, _style("system", size, floor=floor)),
    ]
    if card.law:
        # On the front, where the back has no room: the sources are under "More detail".
        flow += [Spacer(1, size * 0.55), _heading("What the law says", size, floor)]
        flow += [
            _para(note.says, _style("law", size, space_after=size * 0.25, floor=floor))
            for note in card.law
        ]
    return flow


def back_flowables(
    card: Card, terms: list[Term], size: float, floor: float = 0, term_names_only: bool = False
) -> list[Flowable]:
    gap = size * 0.55
    flow: list[Flowable] = [
        _para(card.title, _style("btitle", size * 1.1, bold=True, space_after=gap, floor=floor)),
    ]
    if card.opportunity:
        flow += [
            _heading("Hope", size, floor),
            _para(card.opportunity, _style("op", size, space_after=gap, floor=floor)),
        ]
    if card.risk:
        flow += [
            _heading("Worry", size, floor),
            _para(card.risk, _style("risk", size, space_after=gap, floor=floor)),
        ]
    if card.questions:
        flow.append(_heading("Questions for your table", size, floor))
        for i, question in enumerate(card.questions, start=1):
            indent = max(size, floor)
            flow.append(
                _para(
                    f"{i}. {question}",
                    _style(
                        "q",
                        size,
                        space_after=size * 0.25,
                        left_indent=indent,
                        first_indent=-indent,
                        floor=floor,
                    ),
                )
            )
        flow.append(Spacer(1, gap))
    if terms and term_names_only:
        names = ", ".join(term.term for term in terms)
        flow.append(_heading("Key terms", size, floor))
        flow.append(
            _para(f"{names} (see the glossary at the end)", _style("tn", size * 0.9, floor=floor))
        )
    elif terms:
        flow.append(_heading("Key terms", size, floor))
        small = size * 0.9
        for term in terms:
            flow.append(_term_para(term, small, floor, space_after=small * 0.3))
    return flow


def _height(flowables: Iterable[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000)
        total += h + f.getSpaceAfter() + f.getSpaceBefore()
    return total


def _fits(build, width: float, height: float, sizes: list[float]) -> float | None:
    """The largest size at which the flowables fit the box, or None."""
    for size in sizes:
        if _height(build(size), width) <= height:
            return size
    return None


def _fit(build, width: float, height: float, sizes: list[float]) -> list[Flowable]:
    """The flowables at the largest size that fits the box (the smallest size otherwise)."""
    size = _fits(build, width, height, sizes)
    # Fresh objects: wrap() in _fits may have cached sizes.
    return build(sizes[-1] if size is None else size)


def _draw_in(
    canvas: Canvas,
    flow: list[Flowable],
    x: float,
    y: float,
    w: float,
    h: float,
    must_progress: bool = False,
) -> list[Flowable]:
    """Draw what fits in the box; return what did not. With `must_progress`, a first item
    too tall for a whole empty box is split (or, if it cannot be, left out) rather than
    looping for ever."""
    frame = Frame(
        x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0
    )
    rest = list(flow)
    before = len(rest)
    frame.addFromList(rest, canvas)
    if must_progress and rest and len(rest) == before:
        parts = frame.split(rest[0], canvas)
        rest[0:1] = parts[1:] if parts else []
        if parts:
            frame.add(parts[0], canvas)
    return rest


def _slot(index: int, mirrored: bool) -> tuple[float, float]:
    """Bottom-left corner of card slot 0-3 (reading order), mirrored for backs."""
    col, row = index % 2, index // 2
    if mirrored:
        col = 1 - col
    return MARGIN_X + col * CARD_W, PAGE_H - MARGIN_Y - (row + 1) * CARD_H


def _cut_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.4)
    xs = [MARGIN_X + i * CARD_W for i in range(3)]
    ys = [MARGIN_Y + i * CARD_H for i in range(3)]
    gap = 1.5 * mm  # keep marks off the card so a slightly wrong cut leaves no line
    for x in xs:
        canvas.line(x, MARGIN_Y - gap, x, MARGIN_Y - gap - CUT_MARK)
        canvas.line(x, PAGE_H - MARGIN_Y + gap, x, PAGE_H - MARGIN_Y + gap + CUT_MARK)
    for y in ys:
        canvas.line(MARGIN_X - gap, y, MARGIN_X - gap - CUT_MARK, y)
        canvas.line(PAGE_W - MARGIN_X + gap, y, PAGE_W - MARGIN_X + gap + CUT_MARK, y)
    # A faint guide where the cards meet in the middle, for cutting with scissors.
    canvas.setStrokeColor(RULE_GREY)
    canvas.setDash(1, 3)
    canvas.line(xs[1], MARGIN_Y, xs[1], PAGE_H - MARGIN_Y)
    canvas.line(MARGIN_X, ys[1], PAGE_W - MARGIN_X, ys[1])
    canvas.restoreState()


def _footer(
    canvas: Canvas, deck: Deck, x: float, y: float, w: float, size: float, side: str
) -> None:
    canvas.saveState()
    canvas.setFont(SANS, size)
    canvas.setFillColor(GREY)
    canvas.drawRightString(x + w, y, side)
    # The deck's title on the left, shortened so it never runs into the card's number.
    room = w - canvas.stringWidth(side, SANS, size) - 4 * mm
    title = deck.title
    while title and line_width(title, size) > room:
        title = title[:-2].rstrip() + "…"
    draw_line(canvas, title, x, y, size)
    canvas.restoreState()


def _card_terms(card: Card, glossary: dict[str, Term]) -> list[Term]:
    return [glossary.get(k.lower(), Term(k, "See the glossary.")) for k in card.key_terms]


def _standard_pages(canvas: Canvas, deck: Deck, glossary: dict[str, Term]) -> None:
    layout = Layout(large_print=False)
    inner_w, inner_h = CARD_W - 2 * PAD, CARD_H - 2 * PAD - 5 * mm
    total = len(deck.cards)
    for start in range(0, total, CARDS_PER_SHEET):
        sheet = list(enumerate(deck.cards[start : start + CARDS_PER_SHEET], start=start + 1))
        for side in ("front", "back"):
            mirrored = side == "back"
            _cut_marks(canvas)
            for slot, (number, card) in enumerate(sheet):
                x, y = _slot(slot, mirrored)
                floor = layout.floor
                if side == "front":

                    def build(size, card=card, number=number, floor=floor):
                        return front_flowables(card, number, total, size, floor)
                else:
                    terms = _card_terms(card, glossary)
                    full = _fits(
                        lambda size, card=card, terms=terms, floor=floor: back_flowables(
                            card, terms, size, floor
                        ),
                        inner_w,
                        inner_h,
                        layout.body_sizes,
                    )

                    def build(size, card=card, terms=terms, short=full is None, floor=floor):
                        return back_flowables(card, terms, size, floor, term_names_only=short)

                flow = _fit(build, inner_w, inner_h, layout.body_sizes)
                _draw_in(canvas, flow, x + PAD, y + PAD + 5 * mm, inner_w, inner_h)
                label = f"Card {number} · {'front' if side == 'front' else 'back'}"
                _footer(canvas, deck, x + PAD, y + PAD * 0.6, inner_w, floor, label)
            canvas.showPage()


def _large_print_pages(canvas: Canvas, deck: Deck, glossary: dict[str, Term]) -> None:
    layout = Layout(large_print=True)
    margin = 18 * mm
    w, h = PAGE_W - 2 * margin, PAGE_H - 2 * margin - 10 * mm
    total = len(deck.cards)
    for number, card in enumerate(deck.cards, start=1):
        terms = _card_terms(card, glossary)
        builders = (
            lambda size, card=card, number=number: front_flowables(
                card, number, total, size, LARGE_PRINT_MIN
            ),
            lambda size, card=card, terms=terms: back_flowables(card, terms, size, LARGE_PRINT_MIN),
        )
        for side, build in zip(("front", "back"), builders, strict=True):
            rest = _fit(build, w, h, layout.body_sizes)
            while rest:
                rest = _draw_in(canvas, rest, margin, margin + 10 * mm, w, h, must_progress=True)
                _footer(canvas, deck, margin, margin, w, LARGE_PRINT_MIN, f"Card {number} · {side}")
                canvas.showPage()


def _glossary_pages(canvas: Canvas, deck: Deck, terms: list[Term], large_print: bool) -> None:
    size = 18 if large_print else 10
    margin = 18 * mm
    flow: list[Flowable] = [
        _para("Key terms", _style("gh", size * 1.6, bold=True, space_after=size * 0.4)),
        _para(
            "What the words on the cards mean, in plain English.",
            _style("gi", size, color=GREY, space_after=size),
        ),
    ]
    for term in terms:
        flow.append(_term_para(term, size, space_after=size * 0.7))
    columns = 1 if large_print else 2
    gutter = 8 * mm
    col_w = (PAGE_W - 2 * margin - (columns - 1) * gutter) / columns
    h = PAGE_H - 2 * margin - 8 * mm
    while flow:
        for col in range(columns):
            if flow:
                flow = _draw_in(
                    canvas,
                    flow,
                    margin + col * (col_w + gutter),
                    margin + 8 * mm,
                    col_w,
                    h,
                    must_progress=col == 0,
                )
        _footer(
            canvas,
            deck,
            margin,
            margin,
            PAGE_W - 2 * margin,
            LARGE_PRINT_MIN if large_print else STANDARD_MIN,
            "Key terms",
        )
        canvas.showPage()


def _labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    whole = f"{label}: {text}"
    return Paragraph(
        f"{markup(label, bold=True)[0]}: {markup(text)[0]}", style, base_rtl=base_is_rtl(whole)
    )


def _detail_pages(canvas: Canvas, deck: Deck, large_print: bool) -> None:
    """The second layer (value 9g): for each card, the data it uses, how often it is
    wrong and who checks, then its statements about the law with their sources and the
    date each was checked. A facilitator shows it when a table wants more."""
    size = 18 if large_print else 11
    # Nothing under the deck's smallest size, here as on the cards.
    floor = LARGE_PRINT_MIN if large_print else STANDARD_MIN
    margin = 18 * mm
    flow: list[Flowable] = [
        _para("More detail", _style("dh", size * 1.6, bold=True, space_after=size * 0.4)),
        _para(
            "For tables that want to know more about a card.",
            _style("di", size, color=GREY, space_after=size),
        ),
    ]
    for number, card in enumerate(deck.cards, start=1):
        if not card.detail() and not card.law:
            continue
        flow.append(_heading(f"Card {number}: {card.title}", size * 1.1, floor))
        for label, text in card.detail():
            flow.append(_labelled(label, text, _style("dd", size, space_after=size * 0.3)))
        for note in card.law:
            flow.append(_labelled("The law", note.says, _style("dl", size, space_after=size * 0.1)))
            flow.append(
                _para(
                    f"Source: {note.source.title}, {note.source.address}. Checked "
                    f"{note.source.checked}.",
                    _style("ds", size * 0.8, color=GREY, space_after=size * 0.4, floor=floor),
                )
            )
        flow.append(Spacer(1, size * 0.6))
    if len(flow) == 2:
        return
    w = PAGE_W - 2 * margin
    h = PAGE_H - 2 * margin - 8 * mm
    while flow:
        flow = _draw_in(canvas, flow, margin, margin + 8 * mm, w, h, must_progress=True)
        _footer(canvas, deck, margin, margin, w, floor, "More detail")
        canvas.showPage()


def build_deck_pdf(
    deck: Deck, glossary_terms: list[Term], large_print: bool = False, invariant: bool = False
) -> bytes:
    """The printable deck as PDF bytes. `glossary_terms` are printed at the end and give
    the meanings of each card's key terms."""
    register_fonts()
    glossary = {t.term.lower(): t for t in glossary_terms}
    for term in deck.terms:  # a deck's own terms fill gaps in the programme's glossary
        glossary.setdefault(term.term.lower(), term)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=A4, invariant=1 if invariant else 0, lang=deck.language or "en-GB"
    )
    canvas.setTitle(deck.title + (" (large print)" if large_print else ""))
    canvas.setAuthor("Workshop")
    canvas.setSubject("Scenario cards about automated decisions")
    if large_print:
        _large_print_pages(canvas, deck, glossary)
    else:
        _standard_pages(canvas, deck, glossary)
    _detail_pages(canvas, deck, large_print)
    _glossary_pages(
        canvas, deck, sorted(glossary.values(), key=lambda t: t.term.lower()), large_print
    )
    canvas.save()
    return buffer.getvalue()


def write_deck_pdf(
    path: Path | str, deck: Deck, glossary_terms: list[Term], large_print: bool = False
) -> Path:
    return write_atomically(path, build_deck_pdf(deck, glossary_terms, large_print))


def card_sheet_count(cards: int, large_print: bool = False) -> int:
    """Pages the cards take (before the glossary), when no side overflows."""
    if large_print:
        return 2 * cards
    return 2 * -(-cards // CARDS_PER_SHEET)
