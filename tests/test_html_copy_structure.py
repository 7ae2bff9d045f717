"""The accessible HTML copies, parsed as a screen reader's list of headings, tables and
pictures would read them: the demo's partner, internal, one-session and public packs go
down one heading level at a time, repeat no id, give every chart a real title and every
table a caption."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser

import pytest

from workshop.core.privacy import INTERNAL, PARTNER
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.document.html import render_html
from workshop.export.document.model import BarChart, Document, Heading, Series, Table
from workshop.export.document.styles import REPORT
from workshop.export.pack import build_pack_html
from workshop.export.public_pack import build_public_pack_html


class _Outline(HTMLParser):
    """Headings, ids, references to ids, tables and their captions, charts' titles."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.ids: list[str] = []
        self.references: list[str] = []
        self.tables = 0
        self.captions: list[str] = []
        self.chart_titles: list[str] = []
        self._open: str | None = None
        self._svg = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for name in ("href", "xlink:href", "style", "clip-path"):
            self.references += re.findall(r"(?:url\(#|^#)([^)\s\"]+)", attrs.get(name) or "")
        if tag == "table":
            self.tables += 1
        if tag == "svg":
            self._svg += 1
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), ""))
            self._open = "heading"
        elif tag == "caption":
            self.captions.append("")
            self._open = "caption"
        elif tag == "title" and self._svg:
            self.chart_titles.append("")
            self._open = "title"

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg -= 1
        if re.fullmatch(r"h[1-6]|caption|title", tag):
            self._open = None

    def handle_data(self, data):
        if self._open == "heading":
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)
        elif self._open == "caption":
            self.captions[-1] += data
        elif self._open == "title":
            self.chart_titles[-1] += data


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, str]:
    path = tmp_path_factory.mktemp("html") / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    with Programme.open(path, read_only=True) as programme:
        first = programme.rows("sessions", order_by="starts_at")[0]["id"]
        return {
            "partner": build_pack_html(programme, audience=PARTNER, today="2027-07-01"),
            "internal": build_pack_html(programme, audience=INTERNAL, today="2027-07-01"),
            "one session": build_pack_html(programme, first, audience=PARTNER, today="2027-07-01"),
            "public": build_public_pack_html(programme, today=date(2027, 7, 1)),
        }


COPIES = ["partner", "internal", "one session", "public"]


@pytest.mark.parametrize("name", COPIES)
def test_headings_go_down_one_level_at_a_time(copies, name):
    outline = _Outline(copies[name])
    levels = [level for level, _ in outline.headings]
    assert levels[0] == 1 and levels.count(1) == 1, levels[:5]
    skips = [
        (a, b)
        for (a, b) in zip(outline.headings, outline.headings[1:], strict=False)
        if b[0] > a[0] + 1
    ]
    assert skips == [], skips[:3]
    assert all(text.strip() for _, text in outline.headings)


@pytest.mark.parametrize("name", COPIES)
def test_no_id_is_repeated_and_every_reference_finds_its_id(copies, name):
    outline = _Outline(copies[name])
    repeated = {i: n for i, n in Counter(outline.ids).items() if n > 1}
    assert repeated == {}
    assert set(outline.references) <= set(outline.ids)


@pytest.mark.parametrize("name", COPIES)
def test_every_chart_has_a_real_title_and_every_table_a_caption(copies, name):
    outline = _Outline(copies[name])
    if name != "public":
        assert len(outline.chart_titles) >= 5
    assert all(t.strip() and t.strip() != "..." for t in outline.chart_titles)
    assert outline.tables >= 2
    assert len(outline.captions) == outline.tables
    assert all(c.strip() for c in outline.captions)


def test_the_partner_packs_chart_titles_say_what_each_chart_shows(copies):
    titles = _Outline(copies["partner"]).chart_titles
    assert "People reached in each group, against the number we hoped for" in titles
    assert any(t.startswith("Reactions to 'Who gets the next council flat?'") for t in titles)


def test_a_skipped_level_keeps_siblings_as_siblings():
    chart = BarChart("Votes", ["A", "B"], [Series("Votes", [3, 4])], "A 3, B 4")
    document = Document(
        title="T",
        author="a",
        subject="s",
        footer="f",
        lang="en-GB",
        layout=REPORT,
        cover=[Heading("Title", 0)],
        sections=[
            Heading("Section", 1),
            Heading("First place", 3),
            Table(["Who", "What"], [["x", "y"]]),
            Heading("Second place", 3),
            chart,
            Heading("Next section", 1),
            Heading("Part", 2),
            Heading("Detail", 3),
            chart,
        ],
    )
    outline = _Outline(render_html(document))
    assert outline.headings == [
        (1, "Title"),
        (2, "Contents"),
        (2, "Section"),
        (3, "First place"),
        (3, "Second place"),
        (2, "Next section"),
        (3, "Part"),
        (4, "Detail"),
    ]
    # The table without a caption of its own is named by the heading above it.
    assert outline.captions == ["First place"]
    assert outline.chart_titles == ["Votes", "Votes"]
    assert len(set(outline.ids)) == len(outline.ids)
