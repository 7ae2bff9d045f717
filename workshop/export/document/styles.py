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
BODY_SIZE = 10.5

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


@cache
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The named paragraph styles; `scale` enlarges every size (large print)."""
    if scale != 1.0:
        return {
            name: ParagraphStyle(
                f"{name}_x{scale:g}",
                parent=style,
                fontSize=style.fontSize * scale,
                leading=style.leading * scale,
                spaceBefore=style.spaceBefore * scale,
                spaceAfter=style.spaceAfter * scale,
                leftIndent=style.leftIndent * scale,
                rightIndent=style.rightIndent * scale,
                bulletIndent=style.bulletIndent * scale,
                bulletFontSize=style.bulletFontSize * scale,
            )
            for name, style in styles().items()
        }
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.4,
        textColor=INK,
        spaceAfter=6,
        alignment=TA_LEFT,
    )
    s = {
        "body": body,
        "lead": ParagraphStyle("lead", parent=body, fontSize=12.5, leading=17),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12.5, spaceAfter=3),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=9.5, leading=13),
        "quote": ParagraphStyle(
            "quote", parent=body, leftIndent=6 * mm, textColor=INK, fontSize=10.5
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=SANS_BOLD, fontSize=9, leading=12, spaceAfter=0
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
            fontSize=20,
            leading=25,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            textColor=INK,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=8
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=28,
            leading=34,
            textColor=ACCENT,
            spaceAfter=14,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=15, leading=20, textColor=INK, spaceAfter=10 + 2 * mm
        ),
        # A section heading that follows text on the same page needs room above it.
        "h1_running": ParagraphStyle(
            "h1_running",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=8,
        ),
        "flag": ParagraphStyle("flag", parent=body, textColor=SIGNIFICANT, spaceAfter=3),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=SANS_BOLD, fontSize=11, leading=16),
        "toc2": ParagraphStyle(
            "toc2", parent=body, fontSize=9.5, leading=13, leftIndent=8 * mm, spaceAfter=0
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
