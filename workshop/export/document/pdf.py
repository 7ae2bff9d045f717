"""Lay a document's blocks out as a PDF: numbered pages, bookmarks and, for a report,
a cover and a contents page.

A report is built twice (`multiBuild`) so that the contents page can give page numbers.
Headings of level 1 and 2 become contents entries and PDF bookmarks. An internal
document carries a red INTERNAL line at the top and bottom of every page, the cover
included.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from dataclasses import replace

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from workshop.core import languages
from workshop.export.bidi_text import base_is_rtl, strip_controls
from workshop.export.document.charts import bar_chart
from workshop.export.document.model import (
    INTERNAL_MARK,
    PAPER_SIZES,
    BarChart,
    Block,
    Bullets,
    Document,
    Group,
    Heading,
    Layout,
    NewPage,
    OnPaper,
    Para,
    Picture,
    Progress,
    Table,
)
from workshop.export.document.paragraph import BidiParagraph as Paragraph
from workshop.export.document.paragraph import layout_only
from workshop.export.document.styles import (
    ACCENT_LIGHT,
    INK,
    INTERNAL_RED,
    MARGIN,
    MUTED,
    ROW_SHADE,
    RULE,
    markup,
    one_line_markup,
    right_to_left,
    styles,
)
from workshop.export.fonts import SANS, SANS_BOLD
from workshop.export.paper_mark import MarkedLine

PAGE_WIDTH, PAGE_HEIGHT = A4


class HeadingParagraph(Paragraph):
    """A heading that becomes a contents entry and a PDF bookmark."""

    def __init__(self, text: str, style, level: int, key: str, plain: str, rtl: bool = False):
        super().__init__(text, style, base_rtl=rtl)
        self.contents_text = text
        self.pack_level = level
        self.pack_key = key
        self.pack_text = plain


class LateImage(Image):
    """A picture drawn only once the pages have been numbered.

    The first layout pass of a report can never be the last (its contents page has no
    page numbers yet), so pictures take their place but are not encoded into it:
    encoding a board's picture is the slowest thing in the pack.
    """

    def __init__(self, *args, document_pass, **kwargs):
        super().__init__(*args, **kwargs)
        self._document_pass = document_pass

    def draw(self) -> None:
        if self._document_pass() >= 2:
            super().draw()


class PicturePart(Flowable):
    """A picture printed at its own width (so the type in it keeps its size), split over
    pages at the pixel rows it allows: each further part is headed by its title with
    "(continued)" and by the picture's top rows again (a board column's header). Like
    `LateImage`, the picture is only drawn once the pages are numbered, decoded once for
    all its parts."""

    def __init__(
        self, block: Picture, title, document_pass, start=0, end=None, first=True, decoded=None
    ):
        super().__init__()
        self.block = block
        self.make_title = title  # (continued: bool) -> a Paragraph, or None
        self.document_pass = document_pass
        self.start = start
        self.end = block.height if end is None else end
        self.first = first
        self.decoded = decoded if decoded is not None else {}  # shared by the parts

    def _scale(self, avail_width: float) -> float:
        return min(self.block.print_width or avail_width, avail_width) / self.block.width

    def _title(self, avail_width: float):
        para = self.make_title(not self.first)
        if para is None:
            return None, 0.0
        return para, para.wrap(avail_width, PAGE_HEIGHT)[1] + 3

    def _head(self) -> int:
        return 0 if self.first else self.block.repeat_top

    def _height(self, avail_width: float, end: int) -> float:
        k = self._scale(avail_width)
        return self._title(avail_width)[1] + (self._head() + end - self.start) * k

    def wrap(self, availWidth, availHeight):
        self.avail_width = availWidth
        self.width = self.block.width * self._scale(availWidth)
        self.height = self._height(availWidth, self.end)
        return self.width, self.height

    def _part(self, start: int, end: int, first: bool) -> PicturePart:
        return PicturePart(
            self.block, self.make_title, self.document_pass, start, end, first, self.decoded
        )

    def split(self, availWidth, availHeight):
        if self._height(availWidth, self.end) <= availHeight:
            return [self]
        cuts = [
            c
            for c in self.block.cuts
            if self.start < c < self.end and self._height(availWidth, c) <= availHeight
        ]
        if not cuts:
            if availHeight < PAGE_HEIGHT * 0.7:
                return []  # the whole part goes to the next page
            # Nearly a whole page and no row to cut at: cut where the page ends.
            k = self._scale(availWidth)
            cut = self.start + int((availHeight - self._height(availWidth, self.start)) / k) - 1
            if cut <= self.start:
                return []
            cuts = [cut]
        cut = cuts[-1]
        return [self._part(self.start, cut, self.first), self._part(cut, self.end, False)]

    def draw(self) -> None:
        canvas = self.canv
        para, title_height = self._title(self.avail_width)
        top = self.height
        if para is not None:
            para.drawOn(canvas, 0, top - para.height)
            top -= title_height
        if self.document_pass() < 2:
            return
        if "image" not in self.decoded:
            from PIL import Image as PILImage

            self.decoded["image"] = PILImage.open(io.BytesIO(self.block.png))
        image = self.decoded["image"]
        k = self._scale(self.avail_width)

        def rows(first: int, last: int, at: float) -> None:
            # Only these rows go into the file, so every part is its own picture there.
            from reportlab.lib.utils import ImageReader

            piece = image.crop((0, first, self.block.width, last))
            height = (last - first) * k
            canvas.drawImage(ImageReader(piece), 0, at - height, self.block.width * k, height)

        if self._head():
            rows(0, self._head(), top)
            top -= self._head() * k
        rows(self.start, self.end, top)


class KeepWithStart(KeepTogether):
    """What keep-with-next holds together (a heading, its note, a chart) and the start of
    what follows: when all of it does not fit, the last item (a long table or paragraph)
    splits here if it can give this page a proper start (three rows of a table, two lines
    of a paragraph); otherwise everything moves to the next page. Plain reportlab moves
    everything whenever the whole does not fit, which left pages mostly empty."""

    def split(self, aW, aH):
        content = list(self._content)
        if len(content) < 2:
            return super().split(aW, aH)
        *lead, last = content
        used = 0.0
        for flowable in lead:
            used += flowable.wrap(aW, aH)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        room = aH - used - last.getSpaceBefore()
        if used < aH and room > 0:
            last.wrap(aW, room)
            parts = last.split(aW, room)
            if len(parts) > 1:
                return [*lead, *parts]
        return super().split(aW, aH)


class PagedDocument(BaseDocTemplate):
    """Pages for every document of running text Workshop prints (packs, the public
    document); the card layouts of decks and feedback cards draw on a canvas instead."""

    def __init__(
        self,
        buffer,
        *,
        layout: Layout,
        internal: bool,
        footer: str,
        progress: Progress | None,
        **kwargs,
    ):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=layout.side_margin,
            rightMargin=layout.side_margin,
            topMargin=layout.top_margin,
            bottomMargin=layout.bottom_margin,
            # No Helvetica anywhere in the file, not even the unused default.
            initialFontName=SANS,
            **kwargs,
        )
        self.internal = internal
        self.footer = footer
        self.keepTogetherClass = KeepWithStart
        self.footer_size = max(8.5, layout.smallest_size)
        self.progress = progress
        self.total = 1
        self.done = 0
        self.pass_number = 0
        # Set when the first pass only finds the page numbers (a report whose contents
        # has entries: a second pass always follows, see render_pdf).
        self.first_pass_layout_only = False
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [PageTemplate(id="body", frames=[frame], onPage=self._body_page)]
        # Other paper sizes (an A3 poster): margins grow with the paper.
        for paper, (width, height) in PAPER_SIZES.items():
            if (width, height) == tuple(A4):
                continue
            k = width / PAGE_WIDTH
            left, bottom = self.leftMargin * k, self.bottomMargin * k
            frame_other = Frame(
                left,
                bottom,
                width - 2 * left,
                height - bottom - self.topMargin * k,
                id=paper,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.append(
                PageTemplate(
                    id=paper,
                    frames=[frame_other],
                    onPage=self._body_page,
                    pagesize=(width, height),
                )
            )
        if layout.contents:
            templates.insert(0, PageTemplate(id="cover", frames=[frame], onPage=self._cover_page))
        self.addPageTemplates(templates)

    def beforeDocument(self) -> None:
        self.pass_number += 1
        # Nothing drawn in a pass that only numbers the pages reaches the file.
        self.canv.workshop_layout_only = self.first_pass_layout_only and self.pass_number == 1

    def _mark_internal(self, canvas) -> None:
        if not self.internal:
            return
        canvas.setFillColor(INTERNAL_RED)
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 11 * mm, INTERNAL_MARK)
        canvas.drawCentredString(PAGE_WIDTH / 2, 7 * mm, INTERNAL_MARK)

    def _cover_page(self, canvas, doc) -> None:
        canvas.saveState()
        self._mark_internal(canvas)
        canvas.restoreState()

    def _body_page(self, canvas, doc) -> None:
        page_width = canvas._pagesize[0]
        canvas.saveState()
        self._mark_internal(canvas)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN - 2 * mm, page_width - MARGIN, MARGIN - 2 * mm)
        size = self.footer_size
        number = f"Page {doc.page}"
        # The document's name, shortened to leave room for the page number.
        room = page_width - 2 * MARGIN - stringWidth(number, SANS, size) - 8 * mm
        footer = self.footer
        while footer and stringWidth(footer, SANS, size) > room:
            footer = footer[:-2].rstrip() + "…"
        canvas.setFont(SANS, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 2 * mm - size * 1.2, footer)
        canvas.setFillColor(INK)
        canvas.drawRightString(page_width - MARGIN, MARGIN - 2 * mm - size * 1.2, number)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        self.done += 1
        if self.progress and self.done % 25 == 0:
            # Two passes over the same flowables: the first lays out, the second numbers.
            fraction = min(self.done / (2 * self.total), 1.0)
            self.progress(0.3 + 0.68 * fraction, "Laying out pages")
        if isinstance(flowable, HeadingParagraph):
            level = flowable.pack_level
            key = flowable.pack_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.pack_text, key, level=level - 1, closed=level > 1)
            self.notify("TOCEntry", (level - 1, flowable.contents_text, self.page, key))


class KeptChart(Flowable):
    """A chart that stays on the page of what follows it (a scenario card's table): a
    reportlab Drawing cannot carry keep-with-next itself."""

    def __init__(self, drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.keepWithNext = 1
        self.spaceAfter = 6

    def wrap(self, availWidth, availHeight):
        return self.drawing.wrap(availWidth, availHeight)

    def draw(self) -> None:
        if not layout_only(self.canv):
            self.drawing.drawOn(self.canv, 0, 0)


# A table split over two pages keeps at least this many rows (below its header) on each.
MIN_ROWS_ON_A_PAGE = 3


class PagedTable(RLTable):
    """A table that, split over pages, repeats its header and never leaves fewer than
    `MIN_ROWS_ON_A_PAGE` rows on either page: it moves whole to the next page, or gives
    the next page more rows."""

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        body = len(heights) - self.repeatRows
        head = sum(heights[: self.repeatRows])
        fits, used = 0, head
        for h in heights[self.repeatRows :]:
            if used + h > availHeight:
                break
            used += h
            fits += 1
        if fits >= body:
            return super().split(availWidth, availHeight)
        if fits < MIN_ROWS_ON_A_PAGE or body < 2 * MIN_ROWS_ON_A_PAGE:
            if availHeight > PAGE_HEIGHT * 0.7:
                # Nearly a whole page: moving on would gain nothing (and never end).
                return super().split(availWidth, availHeight)
            return []  # the whole table goes to the next page
        keep = min(fits, body - MIN_ROWS_ON_A_PAGE)
        height = head + sum(heights[self.repeatRows : self.repeatRows + keep]) + 0.01
        return super().split(availWidth, height)

    def draw(self) -> None:
        if not layout_only(self.canv):
            super().draw()


def _table_style(n_rows: int, numeric: Iterable[int]) -> RLTableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in range(2, n_rows + 1, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), ROW_SHADE))
    for column in numeric:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return RLTableStyle(commands)


def _para(
    text: str, style: ParagraphStyle, bold: bool = False, label: str = "", lang: str = ""
) -> Paragraph:
    xml, rtl = markup(text, bold=bold)
    if label:
        xml = f"{markup(label, bold=True)[0]} {xml}"
        rtl = base_is_rtl(f"{label} {text}")
    elif lang and not languages.text_direction(text):
        # No letter to tell (an Urdu "۱۲؟", a row of digits): the language says.
        rtl = languages.is_right_to_left_language(lang)
    return Paragraph(xml, right_to_left(style) if rtl else style, base_rtl=rtl)


class FlowableMaker:
    """Turns blocks into reportlab flowables, numbering headings for bookmarks."""

    def __init__(self, layout: Layout, text_width: float) -> None:
        self.layout = layout
        self.s = styles(layout)
        self.text_width = text_width
        self.count = 0
        self.after_heading = False
        # Contents entries known before layout (page numbers still to come), so the
        # first pass already lays out a contents page of the right length.
        self.entries: list[tuple[int, str, int, str]] = []
        self.document_pass = lambda: 2
        # The page break just made (a NewPage) while nothing has followed it, how many
        # blocks were made, and the paper of the first page when it is not the body's.
        self.last_break: PageBreak | None = None
        self.made = 0
        self.first_paper = "body"

    def heading(self, block: Heading) -> list:
        if block.level == 0:
            return [_para(block.text, self.s["cover_title"])]
        self.count += 1
        key = f"h{self.count}"
        level = min(block.level, 3)
        style = self.s[self.layout.heading_styles[level - 1]]
        xml, rtl = markup(block.text)
        if rtl:
            style = right_to_left(style)
        if level >= 3 or not block.in_contents:
            para = Paragraph(xml, style, base_rtl=rtl)
        else:
            plain = strip_controls(block.text)
            para = HeadingParagraph(xml, style, level, key, plain, rtl)
            # The contents page is laid out by reportlab's own paragraphs: its entries
            # are given in drawing order already (one line each).
            para.contents_text = one_line_markup(block.text)
            self.entries.append((level - 1, para.contents_text, 0, key))
        if level == 1 and self.layout.sections_on_new_page:
            return [PageBreak(), para]
        room = self.layout.room_below[level - 1]
        return [CondPageBreak(room), para] if room else [para]

    def make(self, block: Block) -> list:
        last_break, self.last_break = self.last_break, None
        made = self._make(block, last_break)
        self.made += 1
        return made

    def _make(self, block: Block, last_break: PageBreak | None) -> list:
        after_heading = self.after_heading
        self.after_heading = isinstance(block, Heading) and block.level > 0
        s = self.s
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Para):
            para = _para(block.text, s[block.style], block.bold, block.label, block.lang)
            if block.mark:  # a code a scan reads back (core.paper_marks)
                para = MarkedLine(para, block.mark)
            if block.keep_with_next or (after_heading and block.style in ("muted", "small")):
                # A heading's one-line summary stays with it and with what follows
                # (a board's picture, a table), never alone at the foot of a page.
                para.keepWithNext = 1
            return [para]
        if isinstance(block, Bullets):
            out = []
            for item in block.items:
                xml, rtl = markup(item)
                if rtl:
                    # The bullet and the hanging indent on the right, where the line starts.
                    para = Paragraph(xml, s["bullet_rtl"], base_rtl=True)
                    para.right_bullet = "•"
                    out.append(para)
                else:
                    out.append(Paragraph(xml, s["bullet"], bulletText="•"))
            return out
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, BarChart):
            drawing = bar_chart(block, self.text_width, self.layout.smallest_size)
            # The numbers are printed on the bars; the text alternative is for the HTML copy.
            # A chart stays on the page of what follows it (a scenario card's table).
            return [KeptChart(drawing)]
        if isinstance(block, Picture) and block.print_width:
            return self.picture_parts(block)
        if isinstance(block, Picture):
            max_w, max_h = self.text_width, PAGE_HEIGHT * 0.55
            ratio = min(max_w / block.width, max_h / block.height)
            image = LateImage(
                io.BytesIO(block.png),
                width=block.width * ratio,
                height=block.height * ratio,
                document_pass=self.document_pass,
            )
            if not block.caption:
                return [image]
            # Not a KeepTogether: reportlab cannot chain a heading's keep-with-next into one.
            image.keepWithNext = 1
            return [image, _para(block.caption, s["caption"])]
        if isinstance(block, NewPage):
            self.last_break = PageBreak()
            return [self.last_break]
        if isinstance(block, OnPaper):
            self.last_break = last_break
            return self.on_paper(block)
        if isinstance(block, Group):
            inner = [f for child in block.blocks for f in self.make(child)]
            return [KeepTogether(inner), Spacer(1, 2 * mm)]
        raise TypeError(f"not a document block: {block!r}")

    def picture_parts(self, block: Picture) -> list:
        """A picture at its own print width, split over pages where it allows."""
        s = self.s

        def title(continued: bool):
            if not block.title:
                return None
            text = f"{block.title} (continued)" if continued else block.title
            return _para(text, s["caption"], bold=True)

        out: list = [PicturePart(block, title, self.document_pass)]
        if block.caption:
            out[0].keepWithNext = 1
            out.append(_para(block.caption, s["caption"]))
        out.append(Spacer(1, 3 * mm))
        return out

    def on_paper(self, block: OnPaper) -> list:
        """The blocks on pages of their own of another size, then back to the body's."""
        width = PAPER_SIZES[block.paper][0]
        k = width / PAGE_WIDTH
        inner = FlowableMaker(
            replace(self.layout, text_scale=self.layout.text_scale * block.text_scale),
            self.text_width * k,
        )
        # One numbering of headings and one contents for the whole document.
        inner.count, inner.entries, inner.document_pass = (
            self.count,
            self.entries,
            self.document_pass,
        )
        made = [f for child in block.blocks for f in inner.make(child)]
        self.count = inner.count
        template = block.paper if block.paper != "A4" else "body"
        if self.last_break is not None:
            # Straight after a page break (the part before ended its pages): that break
            # turns to the new paper, so no blank page comes between.
            self.last_break.nextTemplate = template
            lead: list = []
        elif self.made == 0:
            # The very first page: render_pdf starts the document on this paper.
            self.first_paper = template
            lead = []
        else:
            lead = [NextPageTemplate(template), PageBreak()]
        return [
            *lead,
            *made,
            # The next page break (the next part's) goes back to the body's paper.
            NextPageTemplate("body"),
        ]

    def table(self, block: Table) -> list:
        if not block.rows:
            return []
        numeric = set(block.numeric)
        head = [_para(h, self.s["cell_head"]) for h in block.headers]
        body = []
        for row in block.rows:
            cells = []
            for index, value in enumerate(row):
                if index in numeric:
                    cells.append(_para_right(value, self.s["cell"]))
                else:
                    cells.append(_para(value, self.s["cell"]))
            body.append(cells)
        widths = block.widths or [1] * len(block.headers)
        total = sum(widths)
        col_widths = [self.text_width * w / total for w in widths]
        row_heights = None
        if block.row_height:  # room to write in (a form's boxes), as large as the type
            row_heights = [None] + [block.row_height * self.layout.text_scale] * len(body)
        table = PagedTable(
            [head, *body],
            colWidths=col_widths,
            rowHeights=row_heights,
            repeatRows=1,
            style=_table_style(len(body), numeric),
            hAlign="LEFT",
        )
        out: list = [table]
        if block.caption:
            out.append(Spacer(1, 2))
            out.append(_para(block.caption, self.s["caption"]))
        else:
            out.append(Spacer(1, 8))
        return out


def _para_right(text: str, style: ParagraphStyle) -> Paragraph:
    xml, rtl = markup(text)
    return Paragraph(xml, right_to_left(style), base_rtl=rtl)


def _height(flowable, width: float) -> float:
    return (
        flowable.wrap(width, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    )


def _contents_styles(entries, s, width: float, room: float) -> tuple[list, RLTableStyle]:
    """The contents' two styles and its table's padding: lines set closer when that saves
    a page the contents would otherwise spill onto (a few lines alone on a page)."""
    plain = [s["toc1"], s["toc2"]]
    for padding, tightness in ((3, 1.0), (2, 1.0), (1.5, 0.9), (1, 0.8), (0.5, 0.7)):
        levels = [
            ParagraphStyle(
                f"{style.name}_{tightness}",
                parent=style,
                leading=style.fontSize * 1.15 + (style.leading - style.fontSize * 1.15) * tightness,
            )
            for style in plain
        ]
        # Each entry is a row of reportlab's table of contents: padding above and below,
        # its style's space before (not after).
        total = sum(
            Paragraph(text, levels[level]).wrap(width, PAGE_HEIGHT)[1]
            + levels[level].spaceBefore
            + 2 * padding
            for level, text, _, _ in entries
        )
        pages = max(1, math.ceil(total / room))
        if pages == 1 or total - (pages - 1) * room > room / 4:
            break
    table_style = RLTableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
    )
    return levels, table_style


def render_pdf(
    document: Document, progress: Progress | None = None, invariant: bool = False
) -> bytes:
    layout = document.layout
    buffer = io.BytesIO()
    doc = PagedDocument(
        buffer,
        layout=layout,
        internal=document.internal,
        footer=document.footer,
        progress=progress,
        title=document.title,
        author=document.author,
        subject=document.subject,
        creator="Workshop",
        lang=document.lang,
        invariant=1 if invariant else 0,
    )
    maker = FlowableMaker(layout, doc.width)
    # A report is laid out at least twice, and only the last pass needs its pictures.
    maker.document_pass = (lambda: doc.pass_number) if layout.contents else (lambda: 2)
    s = styles(layout)
    story: list = []
    for block in document.cover:
        story.extend(maker.make(block))
    if layout.contents:
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())
        story.append(Paragraph("Contents", s["h1"]))
        toc = TableOfContents(dotsMinLevel=0)
        story.append(toc)
    for block in document.sections:
        story.extend(maker.make(block))
    if maker.first_paper != "body":
        doc._firstPageTemplateIndex = [t.id for t in doc.pageTemplates].index(maker.first_paper)
    if layout.contents:
        toc._entries = list(maker.entries)
        # The entries are known with page 0 and the first pass finds their pages, so a
        # second pass always follows when there is any entry: the first only lays out.
        doc.first_pass_layout_only = bool(maker.entries)
        room = doc.height - _height(Paragraph("Contents", s["h1"]), doc.width)
        toc.levelStyles, toc.tableStyle = _contents_styles(maker.entries, s, doc.width, room)
    doc.total = len(story)
    # Binary streams: ASCII85 would make the file a quarter bigger and, in pure Python,
    # took most of the time of a pack with board pictures (once per layout pass).
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        if layout.contents:
            doc.multiBuild(story)
        else:
            doc.build(story)
    finally:
        rl_config.useA85 = saved_a85
    return buffer.getvalue()
