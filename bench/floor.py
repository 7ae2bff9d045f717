"""The floor the pack benches measure against: a document's words laid out by bare
reportlab, one plain paragraph per text in one style, one pass, no contents, no tables,
no charts drawn, no bidi reordering (issue 18: "≤ 3× bare platypus on the same text").

Every block kind of `workshop.export.document.model` has its case in `CASES` (a test
checks that a new kind cannot be left out, which once made the public document's floor
nearly empty: its quotes and points are in groups). A picture is placed as a bare
reportlab Image of the same PNG bytes, scaled to fit the page: the floor does not draw
the picture (that is the board's work, done before layout) but does pay for putting it
in the file, as the pack does.

Shared by bench/pack_bench.py and bench/public_pack_bench.py.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

from workshop.export.document.model import (
    BarChart,
    Block,
    Bullets,
    Document,
    Group,
    Heading,
    NewPage,
    OnPaper,
    Para,
    Picture,
    Table,
)
from workshop.export.document.styles import markup
from workshop.export.fonts import SANS, register_fonts


def _heading(block: Heading) -> list:
    return [block.text]


def _para(block: Para) -> list:
    return [f"{block.label} {block.text}" if block.label else block.text]


def _bullets(block: Bullets) -> list:
    return list(block.items)


def _table(block: Table) -> list:
    # One line per row, its cells side by side: the table's words without the table.
    rows = [block.headers, *block.rows] if block.rows else []
    return [" | ".join(row) for row in rows] + ([block.caption] if block.caption else [])


def _chart(block: BarChart) -> list:
    # What a chart prints: its title, its categories, each series' name and numbers.
    texts = [block.title, " | ".join(block.categories)]
    for series in block.series:
        shown = series.labels or [str(v) for v in series.values]
        texts.append(f"{series.name}: " + " | ".join(shown))
    return texts


def _picture(block: Picture) -> list:
    return [t for t in (block.title, block.caption) if t] + [block]


def _new_page(block: NewPage) -> list:
    return []  # no text


def _inner(block: Group | OnPaper) -> list:
    return [item for child in block.blocks for item in floor_items(child)]


# Each block kind's texts (and, for a picture, the picture itself) in printed order.
CASES: dict[type, Callable[..., list]] = {
    Heading: _heading,
    Para: _para,
    Bullets: _bullets,
    Table: _table,
    BarChart: _chart,
    Picture: _picture,
    NewPage: _new_page,
    Group: _inner,
    OnPaper: _inner,
}


def floor_items(block: Block) -> list:
    """The texts of one block (strings) and its pictures (Picture blocks), in order."""
    return CASES[type(block)](block)


def floor_texts(document: Document) -> list[str]:
    """Every text of the document the floor lays out, in order."""
    return [
        item
        for block in document.cover + document.sections
        for item in floor_items(block)
        if isinstance(item, str) and item
    ]


def bare_platypus(document: Document) -> bytes:
    """The same words as plain paragraphs (and the same pictures as plain images), one
    pass: the floor any pack layout sits on."""
    register_fonts()
    style = ParagraphStyle("plain", fontName=SANS, fontSize=10, leading=13)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    story = []
    for block in document.cover + document.sections:
        for item in floor_items(block):
            if isinstance(item, Picture):
                k = min(doc.width / item.width, doc.height * 0.95 / item.height)
                story.append(Image(io.BytesIO(item.png), item.width * k, item.height * k))
            elif item:
                story.append(Paragraph(markup(item)[0], style))
    doc.build(story)
    return buffer.getvalue()
