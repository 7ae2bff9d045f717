"""A printed document as plain blocks, before it is laid out.

A builder (the partner pack's sections, the public "You said, we did" document) turns
the programme into these blocks; `pdf.render_pdf` and `html.render_html` are the two
renderings of the same blocks, so the PDF and its accessible HTML copy always say the
same thing. Texts are plain Unicode in logical order (right-to-left text is turned into
print order only when the PDF is laid out); a paragraph can say which language it is in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[float, str], None]

# What an internal document says at the top and foot of every page, and of its HTML copy.
INTERNAL_MARK = "INTERNAL: for the council only. Do not share or publish."


@dataclass
class Heading:
    """Level 0 is the document's title; level 1 starts a section; level 2 is a
    sub-section; level 3 is a plain heading. Levels 1 and 2 are listed in the contents
    and the PDF bookmarks unless `in_contents` is False (a heading repeated for each
    item of a list, say, which would only crowd the bookmarks)."""

    text: str
    level: int = 1
    in_contents: bool = True


@dataclass
class Para:
    text: str
    style: str = "body"  # body, lead, subtitle, small, muted, quote, label, flag
    # Keep on the same page as what follows (an introduction to a list, say).
    keep_with_next: bool = False
    bold: bool = False
    # Printed in bold before the text ("Why: ..."), as one paragraph.
    label: str = ""
    # The language of the text (BCP 47: "cy", "ur") when it is not the document's own:
    # a resident's quote or note, or a printed line in a second language. The HTML marks
    # it (`lang`, `dir`); the PDF sets a paragraph with no strong letter in its direction.
    lang: str = ""
    # A code printed again as a small QR mark at the right margin, level with this line,
    # for a scan to read back (a form's code: core.paper_marks). Only the PDF draws it.
    mark: str = ""


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""
    # Relative column widths (summing to anything); None shares the width equally.
    widths: list[float] | None = None
    # Column indexes holding numbers (right-aligned).
    numeric: tuple[int, ...] = ()
    # Points of height for each body row, for a form to be written on by hand (0: as
    # tall as the text).
    row_height: float = 0


@dataclass
class Series:
    name: str
    values: list[int]
    # Printed instead of the number (e.g. "fewer than 5"); the bar is then drawn as a
    # hatched band up to `hidden_below` rather than at its true length.
    labels: list[str] | None = None
    hidden: list[bool] | None = None


@dataclass
class BarChart:
    title: str
    categories: list[str]
    series: list[Series]
    alt: str
    hidden_below: int = 5


@dataclass
class Picture:
    png: bytes
    alt: str
    width: int
    height: int
    caption: str = ""
    # Printed above the picture, and again with "(continued)" above each further part.
    title: str = ""
    # Printed this many points wide, so the type in it keeps its size (0: as large as fits
    # the width and about half the page's height).
    print_width: float = 0
    # Pixel rows where a picture printed at `print_width` may be split over pages (between
    # rows of a board's notes), top to bottom; the top `repeat_top` rows (a column's
    # header) are printed again above each further part.
    cuts: tuple[int, ...] = ()
    repeat_top: int = 0


@dataclass
class NewPage:
    pass


@dataclass
class Group:
    """Blocks kept together on one page (one point and its answer, say)."""

    blocks: list[Block]


@dataclass
class OnPaper:
    """Blocks printed on pages of their own of another paper size (an A3 poster among A4
    handouts), their type times `text_scale` so the text fills the bigger page."""

    paper: str  # a key of PAPER_SIZES
    blocks: list[Block]
    text_scale: float = 1.0


Block = Heading | Para | Bullets | Table | BarChart | Picture | NewPage | Group | OnPaper
# Paper sizes in points (ISO 216), width by height.
PAPER_SIZES = {
    "A4": (595.2755905511812, 841.8897637795277),
    "A3": (841.8897637795277, 1190.5511811023623),
}


@dataclass(frozen=True)
class Layout:
    """How a document is set out on paper; both renderers read it.

    A report has a cover page and a contents page (page numbers, so it is laid out
    twice) and starts every section on a new page. Running text lets one section follow
    another on the page, in slightly smaller headings, and is set a little further in.
    """

    name: str
    contents: bool
    sections_on_new_page: bool
    # The style of a heading of level 1, 2 and 3.
    heading_styles: tuple[str, str, str]
    # Room (in points) a heading of level 1, 2 and 3 needs below it on the page, or it
    # moves to the next page with what follows it.
    room_below: tuple[float, float, float]
    # Space (in points) between the page's edge and the text: sides, top and bottom.
    side_margin: float
    top_margin: float
    bottom_margin: float
    # Type sizes in points: running text, table cells, and the smallest text printed
    # (captions, notes under a heading, the page footer, chart labels).
    body_size: float = 11
    table_size: float = 10
    smallest_size: float = 9
    # Every type size (and its spacing) times this, on top of the sizes above (large print).
    text_scale: float = 1.0


@dataclass
class Document:
    """Everything needed to print a document or write its HTML copy."""

    title: str
    author: str
    subject: str
    footer: str
    lang: str
    layout: Layout
    cover: list[Block]
    sections: list[Block]
    # An internal document says so at the top and foot of every page.
    internal: bool = False
