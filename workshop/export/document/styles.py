"""Type, colours, the two page layouts, and the one place text becomes reportlab markup.

Every string printed in a document passes through `markup`, which escapes it, gives Urdu
and Arabic their joined letters and puts every character in a font that has it (the Latin
font has no Arabic letters and the Arabic font no Latin ones), so no language prints as
boxes. The text stays in typed order: `paragraph.BidiParagraph` reorders each line once
reportlab has broken it.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from workshop.export.bidi_text import base_is_rtl, font_runs, join_letters, line_runs
from workshop.export.document.model import Layout
from workshop.export.fonts import SANS, SANS_BOLD, register_fonts

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#505a5f")
ACCENT = colors.HexColor("#1d4f91")
ACCENT_LIGHT = colors.HexColor("#dbe6f3")
RULE = colors.HexColor("#b1b4b6")
ROW_SHADE = colors.HexColor("#f3f2f1")
INTERNAL_RED = colors.HexColor("#b10e1e")
HOPED = colors.HexColor("#9fb7d6")
REACHED = colors.HexColor("#1d4f91")
SIGNIFICANT = colors.HexColor("#8a3b00")

MARGIN = 20 * mm

# Type sizes are read back from the printed PDFs by the tests: the partner pack's text at
# 11 pt, the public document's at 12 pt with tables at 11 (clear-print guidance), and its
# large-print version at 16 pt or more throughout.
# The partner pack: cover, contents, a new page for each section.
REPORT = Layout(
    name="report",
    contents=True,
    sections_on_new_page=True,
    heading_styles=("h1", "h2", "h3"),
    room_below=(0, 40 * mm, 30 * mm),
    side_margin=MARGIN,
    top_margin=MARGIN + 4 * mm,
    bottom_margin=MARGIN + 2 * mm,
    body_size=11,
    table_size=10,
    smallest_size=10,
)
# The public document: a short read, its sections one after another. The extra 6 points
# all round are where it has always been set.
RUNNING_TEXT = Layout(
    name="running text",
    contents=False,
    sections_on_new_page=False,
    heading_styles=("h1_running", "h3", "h3"),
    room_below=(60 * mm, 0, 0),
    side_margin=MARGIN + 6,
    top_margin=MARGIN + 6,
    bottom_margin=MARGIN + 4 * mm + 6,
    body_size=12,
    table_size=11,
    smallest_size=10,
)
# The partner pack's summary printed on its own: two pages, one section after another.
SUMMARY = Layout(
    name="summary",
    contents=False,
    sections_on_new_page=False,
    heading_styles=("h1_running", "h2", "h3"),
    room_below=(60 * mm, 30 * mm, 25 * mm),
    side_margin=MARGIN,
    top_margin=MARGIN,
    bottom_margin=MARGIN + 2 * mm,
    body_size=11,
    table_size=10,
    smallest_size=10,
)
# The public document in large print: nothing under 16 pt.
LARGE_PRINT_TEXT = Layout(
    name="large print",
    contents=False,
    sections_on_new_page=False,
    heading_styles=("h1_running", "h3", "h3"),
    room_below=(70 * mm, 0, 0),
    side_margin=MARGIN,
    top_margin=MARGIN + 4 * mm,
    bottom_margin=MARGIN + 8 * mm,
    body_size=16,
    table_size=16,
    smallest_size=16,
)


def markup(text: str, bold: bool = False) -> tuple[str, bool]:
    """Reportlab paragraph markup for `text` (typed order, letters joined, a font for
    each run), and whether the paragraph reads right to left (its first strong letter)."""
    text = "" if text is None else str(text)
    register_fonts()
    parts = []
    for piece, font in font_runs(join_letters(text), bold):
        body = escape(piece).replace("\n", "<br/>")
        plain = SANS_BOLD if bold else SANS
        parts.append(body if font == plain else f'<font name="{font}">{body}</font>')
    out = "".join(parts)
    if bold:
        out = f"<b>{out}</b>"
    return out, base_is_rtl(text)


def one_line_markup(text: str) -> str:
    """Markup for text drawn by reportlab's own paragraphs (the contents page), already
    in drawing order as one line, each run in its font."""
    register_fonts()
    rtl = base_is_rtl(text)
    return "".join(
        f'<font name="{run.font}">{escape(run.shown)}</font>' for run in line_runs(text, rtl)
    )


def styles(layout: Layout = REPORT) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document set out as `layout` (its type sizes, times its
    `text_scale`: 1.6 makes the handouts' large print)."""
    k = layout.text_scale
    return _styles(layout.body_size * k, layout.table_size * k, layout.smallest_size * k)


@cache
def _styles(b: float, t: float, small: float) -> dict[str, ParagraphStyle]:
    """Every style follows from three sizes: body `b`, table cells `t` and the smallest
    text `small`; headings stay clearly larger than the body whatever it is."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=b,
        leading=b * 1.4,
        textColor=INK,
        spaceAfter=b * 0.55,
        alignment=TA_LEFT,
    )
    muted_size = max(small, b - 1)
    s = {
        "body": body,
        "lead": ParagraphStyle("lead", parent=body, fontSize=b + 1.5, leading=(b + 1.5) * 1.35),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=small, leading=small * 1.38, spaceAfter=3
        ),
        "muted": ParagraphStyle(
            "muted", parent=body, textColor=MUTED, fontSize=muted_size, leading=muted_size * 1.37
        ),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=6 * mm, textColor=INK),
        "cell": ParagraphStyle("cell", parent=body, fontSize=t, leading=t * 1.3, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=t,
            leading=t * 1.3,
            spaceAfter=0,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=3
        ),
        # A right-to-left list item: its bullet and hanging indent on the right.
        "bullet_rtl": ParagraphStyle(
            "bullet_rtl",
            parent=body,
            alignment=TA_RIGHT,
            rightIndent=6 * mm,
            bulletIndent=1.5 * mm,
            spaceAfter=3,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=max(20, b * 1.6),
            leading=max(20, b * 1.6) * 1.25,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=b * 1.3,
            leading=b * 1.3 * 1.28,
            textColor=INK,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=b + 1,
            leading=(b + 1) * 1.3,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=body,
            fontSize=small,
            leading=small * 1.35,
            textColor=MUTED,
            spaceAfter=8,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=max(28, b * 1.75),
            leading=max(28, b * 1.75) * 1.2,
            textColor=ACCENT,
            spaceAfter=14,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=max(15, b * 1.25),
            leading=max(15, b * 1.25) * 1.33,
            textColor=INK,
            spaceAfter=10 + 2 * mm,
        ),
        # A section heading that follows text on the same page needs room above it.
        "h1_running": ParagraphStyle(
            "h1_running",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=b * 1.45,
            leading=b * 1.45 * 1.3,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=8,
        ),
        "flag": ParagraphStyle("flag", parent=body, textColor=SIGNIFICANT, spaceAfter=3),
        "toc1": ParagraphStyle(
            "toc1", parent=body, fontName=SANS_BOLD, fontSize=b, leading=b * 1.45
        ),
        "toc2": ParagraphStyle(
            "toc2",
            parent=body,
            fontSize=muted_size,
            leading=muted_size * 1.37,
            leftIndent=8 * mm,
            spaceAfter=0,
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "label": ParagraphStyle(
            "label", parent=body, fontName=SANS_BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=1
        ),
    }
    return s


@cache
def right_to_left(style: ParagraphStyle) -> ParagraphStyle:
    """The same style aligned to the right, for Urdu and Arabic paragraphs."""
    return ParagraphStyle(f"{style.name}_rtl", parent=style, alignment=TA_RIGHT)
