"""The accessible HTML copy of the summary pack.

reportlab PDFs are untagged, so screen-reader users and partners who publish the pack
get this copy: one self-contained HTML file with real headings, lists, tables with
header cells, a contents list, and a text alternative for every chart and picture.
Text is kept in its original logical order (Urdu and Arabic are not reshaped here) with
`dir="auto"`, so right-to-left writing reads and copies correctly.
"""

from __future__ import annotations

import base64
import re
from html import escape
from pathlib import Path

from workshop.core.privacy import PARTNER
from workshop.core.store import Programme
from workshop.export.pack.build import PackDocument, document_from
from workshop.export.pack.model import (
    BarChart,
    Block,
    Bullets,
    Heading,
    NewPage,
    Para,
    Picture,
    Table,
)

CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.5; color: #1b1b1b;
       max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1, h2 { color: #1d4f91; } h2 { border-top: 2px solid #1d4f91; padding-top: .6em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; width: 100%; }
th, td { border-bottom: 1px solid #b1b4b6; padding: .3em .5em; text-align: start; vertical-align: top; }
thead th { background: #dbe6f3; border-bottom: 2px solid #1b1b1b; }
td.num, th.num { text-align: end; }
caption, figcaption, .muted { color: #505a5f; font-size: .9em; }
caption { caption-side: bottom; text-align: start; }
.internal { background: #b10e1e; color: #fff; padding: .4em .8em; font-weight: bold; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
img { max-width: 100%; height: auto; border: 1px solid #b1b4b6; }
.lead { font-size: 1.15em; }
.label { font-weight: bold; margin-bottom: .2em; }
.small { font-size: .92em; }
.quote { margin-left: 1.5em; }
"""

INTERNAL_NOTE = "INTERNAL: for the council only. Do not share or publish."


def _text(value: str) -> str:
    return escape(value or "").replace("\n", "<br>")


def _slug(text: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "section"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


class _Writer:
    def __init__(self) -> None:
        self.used: set[str] = set()
        self.contents: list[tuple[int, str, str]] = []
        self.body: list[str] = []

    def block(self, block: Block) -> None:
        out = self.body
        if isinstance(block, Heading):
            level = min(block.level + 1, 6)
            if block.level in (1, 2):
                slug = _slug(block.text, self.used)
                self.contents.append((block.level, block.text, slug))
                out.append(f'<h{level} id="{slug}" dir="auto">{_text(block.text)}</h{level}>')
            else:
                out.append(f'<h{level} dir="auto">{_text(block.text)}</h{level}>')
        elif isinstance(block, Para):
            css = f' class="{block.style}"' if block.style != "body" else ""
            tag = "blockquote" if block.style == "quote" else "p"
            out.append(f'<{tag}{css} dir="auto">{_text(block.text)}</{tag}>')
        elif isinstance(block, Bullets):
            items = "".join(f'<li dir="auto">{_text(i)}</li>' for i in block.items)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, Table):
            out.append(self.table(block))
        elif isinstance(block, BarChart):
            out.append(self.chart(block))
        elif isinstance(block, Picture):
            data = base64.b64encode(block.png).decode("ascii")
            caption = f"<figcaption>{_text(block.caption)}</figcaption>" if block.caption else ""
            out.append(
                f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.alt)}" '
                f'width="{block.width}" height="{block.height}">{caption}</figure>'
            )
        elif isinstance(block, NewPage):
            pass
        else:
            raise TypeError(f"not a pack block: {block!r}")

    @staticmethod
    def table(block: Table) -> str:
        if not block.rows:
            return ""
        numeric = set(block.numeric)

        def cls(i: int) -> str:
            return ' class="num"' if i in numeric else ""

        head = "".join(
            f'<th scope="col"{cls(i)}>{_text(h) or "<span class=muted>No.</span>"}</th>'
            for i, h in enumerate(block.headers)
        )
        rows = []
        for row in block.rows:
            cells = []
            for i, value in enumerate(row):
                if i == 0 and 0 not in numeric:
                    cells.append(f'<th scope="row" dir="auto">{_text(value)}</th>')
                else:
                    cells.append(f'<td{cls(i)} dir="auto">{_text(value)}</td>')
            rows.append(f"<tr>{''.join(cells)}</tr>")
        caption = f"<caption>{_text(block.caption)}</caption>" if block.caption else ""
        return (
            f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    @staticmethod
    def chart(block: BarChart) -> str:
        from workshop.export.pack.charts import chart_svg

        svg = chart_svg(block)
        # The picture is for sighted readers; its text alternative is the caption.
        svg = svg.replace("<svg", '<svg role="img" aria-label="' + escape(block.alt) + '"', 1)
        return (
            f"<figure>{svg}<figcaption><strong>{_text(block.title)}.</strong> "
            f"{_text(block.alt)}</figcaption></figure>"
        )


def render_html(document: PackDocument) -> str:
    writer = _Writer()
    cover = _Writer()
    for block in document.cover:
        if isinstance(block, Heading) and block.level == 0:
            cover.body.append(f'<h1 dir="auto">{_text(block.text)}</h1>')
        else:
            cover.block(block)
    for block in document.sections:
        writer.block(block)
    nav_items = []
    open_sub = False
    for level, text, slug in writer.contents:
        link = f'<a href="#{slug}">{_text(text)}</a>'
        if level == 1:
            if open_sub:
                nav_items.append("</ul></li>")
                open_sub = False
            elif nav_items:
                nav_items.append("</li>")
            nav_items.append(f"<li>{link}")
        else:
            if not open_sub:
                nav_items.append("<ul>")
                open_sub = True
            nav_items.append(f"<li>{link}</li>")
    if open_sub:
        nav_items.append("</ul>")
    if nav_items:
        nav_items.append("</li>")
    banner = f'<p class="internal" role="note">{INTERNAL_NOTE}</p>' if document.internal else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{document.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n"
        f'<meta name="author" content="{escape(document.author)}">\n'
        f'<meta name="description" content="{escape(document.subject)}">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{banner}\n"
        f"<header>{''.join(cover.body)}</header>\n"
        f'<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>'
        f"<ul>{''.join(nav_items)}</ul></nav>\n"
        f"<main>\n{chr(10).join(writer.body)}\n</main>\n{banner}\n</body>\n</html>\n"
    )


def build_pack_html(
    programme_path_or_programme: Programme | Path | str,
    session_id: str | None = None,
    audience: str = PARTNER,
    today: str | None = None,
) -> str:
    """The accessible HTML copy on its own (the PDF export writes it beside the PDF)."""
    return render_html(
        document_from(programme_path_or_programme, session_id, audience, today=today)
    )
