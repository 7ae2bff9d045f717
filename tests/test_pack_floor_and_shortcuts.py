"""The packs' speed work (issue 18), checked without a clock: the benches' floor lays out
every block kind a document can hold, and the short cuts in laying out a pack (a report's
first pass draws nothing, a paragraph keeps its lines, Latin text is one font run, a
point's sources read each parent once) give the same pack."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from workshop.core import points
from workshop.core.store import Programme
from workshop.export import bidi_text
from workshop.export.document import model
from workshop.export.document.model import (
    BarChart,
    Bullets,
    Document,
    Group,
    Heading,
    NewPage,
    OnPaper,
    Para,
    Picture,
    Series,
    Table,
)
from workshop.export.document.paragraph import BidiParagraph
from workshop.export.document.styles import REPORT, markup, styles
from workshop.export.fonts import ARABIC, ARABIC_BOLD, SANS, SANS_BOLD
from workshop.export.pack import build_pack

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import floor  # noqa: E402  (bench/ is not a package)


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _one_of_each() -> list:
    """One block of every kind, each with words of its own."""
    return [
        Heading("Heading words alpha"),
        Para("Paragraph words bravo", label="Label charlie:"),
        Bullets(["Bullet words delta", "Bullet words echo"]),
        Table(["Head foxtrot", "Head golf"], [["Cell hotel", "Cell india"]], caption="Cap juliet"),
        BarChart("Chart kilo", ["Category lima"], [Series("Series mike", [7])], alt="Alt"),
        Picture(_png(40, 30), "Alt text", 40, 30, caption="Picture november", title="Title oscar"),
        NewPage(),
        Group([Para("Grouped papa"), Para("Quote quebec", style="quote", lang="cy")]),
        OnPaper("A3", [Heading("Poster romeo", level=2), Para("Poster sierra")]),
    ]


def test_the_floor_has_a_case_for_every_block_kind_in_the_model():
    kinds = set(typing.get_args(model.Block))
    assert kinds, "the model's Block union lists its kinds"
    # A new block kind without a floor case fails here (it would print nothing there).
    assert kinds == set(floor.CASES)
    assert {type(block) for block in _one_of_each()} == kinds


def test_the_floor_lays_out_the_words_of_every_block_and_places_the_picture():
    document = Document(
        title="t",
        author="a",
        subject="s",
        footer="f",
        lang="en-GB",
        layout=REPORT,
        cover=[Heading("Cover tango", level=0)],
        sections=_one_of_each(),
    )
    words = (
        "Cover tango, Heading words alpha, Label charlie: Paragraph words bravo, "
        "Bullet words delta, Bullet words echo, Head foxtrot | Head golf, "
        "Cell hotel | Cell india, Cap juliet, Chart kilo, Category lima, Series mike: 7, "
        "Title oscar, Picture november, Grouped papa, Quote quebec, Poster romeo, Poster sierra"
    ).split(", ")
    assert floor.floor_texts(document) == words
    reader = PdfReader(io.BytesIO(floor.bare_platypus(document)))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for said in words:
        assert said in text, said
    images = [name for page in reader.pages for name in page.images]
    assert len(images) == 1  # the picture, placed once


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory) -> tuple[Path, bytes]:
    from workshop.demo import write_demo

    path = tmp_path_factory.mktemp("floor") / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    with Programme.open(path, read_only=True) as programme:
        return path, build_pack(programme, invariant=True, today="2027-01-01")


def test_the_contents_page_numbers_are_the_pages_the_sections_start_on(demo_pack):
    """The first pass (page numbers only) draws nothing; the second draws everything, and
    the contents it prints point at the right pages."""
    path, pdf = demo_pack
    reader = PdfReader(io.BytesIO(pdf))
    pages = [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]
    sections = [item for item in reader.outline if not isinstance(item, list)]
    first = reader.get_destination_page_number(sections[0])
    pdf_path = path.with_suffix(".pdf")
    pdf_path.write_bytes(pdf)
    # The contents as laid out (poppler keeps each entry's dots and number on its line).
    shown = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", str(first), str(pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    entries = [
        (m.group(1).strip(), int(m.group(2)))
        for m in re.finditer(r"^\s*(\S.*?)[ .]*?(\d+)\s*$", shown, re.MULTILINE)
    ]
    assert shown.lstrip().startswith("Contents")
    for item in sections:
        number = reader.get_destination_page_number(item) + 1
        listed = [n for title, n in entries if title.startswith(item.title[:25])]
        assert listed == [number], item.title
        assert item.title[:25] in pages[number - 1], item.title
    assert len(sections) >= 8
    # Every page after the cover has its words drawn (footer included).
    assert all(f"Page {n}" in pages[n - 1] for n in range(2, len(pages) + 1))


def test_a_paragraph_keeps_its_lines_at_one_width_and_breaks_again_at_another():
    style = styles(REPORT)["body"]
    text = "Words to wrap over several lines of a narrow column, to see them break. " * 3
    para = BidiParagraph(markup(text)[0], style)
    width, height = para.wrap(120, 1000)
    lines = para.blPara
    assert para.wrap(120, 500) == (width, height) and para.blPara is lines
    wide = para.wrap(400, 1000)
    assert para.blPara is not lines and wide[1] < height
    fresh = BidiParagraph(markup(text)[0], style)
    assert fresh.wrap(400, 1000) == wide
    # Split parts are new paragraphs: they break their own lines.
    para.wrap(120, 1000)
    first, rest = para.split(120, height / 2)
    assert first.wrap(120, 1000)[1] + rest.wrap(120, 1000)[1] == pytest.approx(height)


def test_latin_text_beyond_ascii_is_one_run_as_the_long_way_gives():
    texts = [
        "Émilie’s Łódź Ørsted — “quoted” café… 3½ °C · ŵyr ŷd",
        "Tai a chartrefi – Housing",
        "Housing السكن and ہماری ضرورت",
        "a\u200bb x\u2067y\u2069 ١٢٣ \u061c",
        "Tab\tand new\nline",
        "",
    ]
    for bold in (False, True):
        latin, arabic = (SANS_BOLD, ARABIC_BOLD) if bold else (SANS, ARABIC)
        for text in texts:
            long_way = bidi_text.font_runs_by_character(text, latin, arabic)
            assert bidi_text.font_runs(text, bold) == long_way, text
        assert bidi_text.font_runs(texts[0], bold) == [(texts[0], latin)]
    assert not bidi_text.has_right_to_left("Plain ASCII words 123")
    assert bidi_text.has_right_to_left("Housing السكن")


def test_a_shared_reader_gives_the_same_sources_and_reads_each_parent_once(demo_pack):
    path = demo_pack[0]
    with Programme.open(path, read_only=True) as programme:
        ids = [p["id"] for p in programme.rows("points", order_by="id")]
        assert len(ids) >= 3
        alone = [points.point_sources(programme, i) for i in ids]
        statements: list[str] = []
        programme.db.conn.set_trace_callback(statements.append)
        try:
            reader = points.SourceReader(programme)
            shared = [points.point_sources(programme, i, reader) for i in ids]
        finally:
            programme.db.conn.set_trace_callback(None)
    assert shared == alone
    assert any(sources for sources in shared)
    keys = [s for s in statements if "foreign_key_list" in s]
    assert keys and len(keys) == len(set(keys))  # each table's keys read once
    tables = [s for s in statements if "sqlite_master" in s and "type = 'table'" in s]
    assert len(tables) <= 1
