"""The accessible HTML copy of a document.

reportlab PDFs are untagged, so screen-reader users and partners who publish a document
get this copy: one self-contained HTML file with real headings, lists, tables with
header cells, a contents list for a report, and a text alternative for every chart and
picture. Text is kept in its original logical order (Urdu and Arabic are not reshaped
here). A paragraph that says its language (a resident's quote) is marked with `lang`, so
a screen reader reads Welsh with Welsh rules, and `dir` from its first strong letter (or
its language, when it has none); other text holding right-to-left letters is marked with
`dir` from its first strong letter, so it reads and copies correctly.
"""

from __future__ import annotations

import base64
import re
from html import escape

from workshop.core import languages
from workshop.export.document.charts import chart_svg
from workshop.export.document.model import (
    INTERNAL_MARK,
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
from workshop.export.fonts import is_right_to_left

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
.subtitle { font-size: 1.3em; margin: .2em 0; }
.label { font-weight: bold; margin-bottom: .2em; }
.small { font-size: .92em; }
.quote { margin-left: 1.5em; }
.flag { color: #8a3b00; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                   clip-path: inset(50%); white-space: nowrap; }
"""


def _text(value: str) -> str:
    return escape(value or "").replace("\n", "<br>")


def _dir(value: str, lang: str = "") -> str:
    """`lang` and `dir` for a part in a language of its own; `dir` alone for other text
    holding right-to-left letters (its direction from its first strong letter)."""
    if lang:
        return f' lang="{escape(lang)}" dir="{languages.direction(value, lang)}"'
    if is_right_to_left(value):
        return f' dir="{languages.text_direction(value) or "auto"}"'
    return ""


def _slug(text: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "section"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


class _Writer:
    def __init__(self, listed: bool, outline: list[tuple[int, int]] | None = None) -> None:
        # Only a document with a contents list gives its headings an anchor to link to.
        self.listed = listed
        self.used: set[str] = set()
        self.contents: list[tuple[int, str, str]] = []
        self.body: list[str] = []
        # The open headings, as (level in the document, level written): headings go down
        # one level at a time, whatever levels the sections ask for.
        self.outline = list(outline or [])
        # The last heading's text names a table that has no caption of its own.
        self.topic = ""
        self.charts = 0

    def block(self, block: Block) -> None:
        out = self.body
        if isinstance(block, Heading):
            out.append(self.heading(block))
        elif isinstance(block, Para):
            css = f' class="{block.style}"' if block.style != "body" else ""
            tag = "blockquote" if block.style == "quote" else "p"
            text = _text(block.text)
            if block.bold:
                text = f"<strong>{text}</strong>"
            if block.label:
                text = f"<strong>{_text(block.label)}</strong> {text}"
            # `lang` covers the whole paragraph, its label too (a Welsh line's label is Welsh).
            out.append(f"<{tag}{css}{_dir(block.text, block.lang)}>{text}</{tag}>")
        elif isinstance(block, Bullets):
            items = "".join(f"<li{_dir(i)}>{_text(i)}</li>" for i in block.items)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, Table):
            out.append(self.table(block))
        elif isinstance(block, BarChart):
            out.append(self.chart(block))
        elif isinstance(block, Picture):
            data = base64.b64encode(block.png).decode("ascii")
            said = " ".join(_text(t) for t in (block.title, block.caption) if t)
            caption = f"<figcaption>{said}</figcaption>" if said else ""
            # Shown at the size it prints (points as CSS pixels), never wider than the page.
            width, height = block.width, block.height
            if block.print_width:
                width = round(block.print_width * 96 / 72)
                height = round(block.height * width / block.width)
            out.append(
                f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.alt)}" '
                f'width="{width}" height="{height}">{caption}</figure>'
            )
        elif isinstance(block, Group):
            out.append("<section>")
            for child in block.blocks:
                self.block(child)
            out.append("</section>")
        elif isinstance(block, OnPaper):
            # A screen has no paper size: the blocks read as any others.
            for child in block.blocks:
                self.block(child)
        elif isinstance(block, NewPage):
            pass
        else:
            raise TypeError(f"not a document block: {block!r}")

    def heading(self, block: Heading) -> str:
        # A section may skip a level (an h2 followed by an h4), and a screen reader's list
        # of headings then misses one: a heading goes one level below the open heading it
        # belongs under, so siblings stay siblings.
        while self.outline and self.outline[-1][0] >= block.level:
            self.outline.pop()
        level = min(self.outline[-1][1] + 1 if self.outline else block.level + 1, 6)
        self.outline.append((block.level, level))
        self.topic = block.text
        text = f"{_text(block.text)}</h{level}>"
        if self.listed and block.in_contents and block.level in (1, 2):
            slug = _slug(block.text, self.used)
            self.contents.append((block.level, block.text, slug))
            return f'<h{level} id="{slug}"{_dir(block.text)}>{text}'
        return f"<h{level}{_dir(block.text)}>{text}"

    def table(self, block: Table) -> str:
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
                    cells.append(f'<th scope="row"{_dir(value)}>{_text(value)}</th>')
                else:
                    cells.append(f"<td{cls(i)}{_dir(value)}>{_text(value)}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        if block.caption:
            caption = f"<caption>{_text(block.caption)}</caption>"
        elif self.topic:
            # Sighted readers see the heading just above; a screen reader's list of tables
            # needs a name for each, so it gets the heading's words.
            caption = f'<caption class="visually-hidden">{_text(self.topic)}</caption>'
        else:
            caption = ""
        return (
            f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def chart(self, block: BarChart) -> str:
        self.charts += 1
        svg = chart_svg(block, ids=f"chart-{self.charts}")
        # The picture is for sighted readers; its text alternative is the caption.
        svg = svg.replace("<svg", '<svg role="img" aria-label="' + escape(block.alt) + '"', 1)
        return (
            f"<figure>{svg}<figcaption><strong>{_text(block.title)}.</strong> "
            f"{_text(block.alt)}</figcaption></figure>"
        )


def _nav(contents: list[tuple[int, str, str]]) -> str:
    items = []
    open_sub = False
    for level, text, slug in contents:
        link = f'<a href="#{slug}">{_text(text)}</a>'
        if level == 1:
            if open_sub:
                items.append("</ul></li>")
                open_sub = False
            elif items:
                items.append("</li>")
            items.append(f"<li>{link}")
        else:
            if not open_sub:
                items.append("<ul>")
                open_sub = True
            items.append(f"<li>{link}</li>")
    if open_sub:
        items.append("</ul>")
    if items:
        items.append("</li>")
    return (
        f'<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>'
        f"<ul>{''.join(items)}</ul></nav>\n"
    )


def render_html(document: Document) -> str:
    listed = document.layout.contents
    cover = _Writer(listed=False)
    for block in document.cover:
        cover.block(block)
    writer = _Writer(listed, cover.outline)
    for block in document.sections:
        writer.block(block)
    nav = _nav(writer.contents) if listed else ""
    banner = f'<p class="internal" role="note">{INTERNAL_MARK}</p>' if document.internal else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{document.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n"
        f'<meta name="author" content="{escape(document.author)}">\n'
        f'<meta name="description" content="{escape(document.subject)}">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{banner}\n"
        f"<header>{''.join(cover.body)}</header>\n"
        f"{nav}"
        f"<main>\n{chr(10).join(writer.body)}\n</main>\n{banner}\n</body>\n</html>\n"
    )
