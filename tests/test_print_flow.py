"""Page flow, read back from the printed PDFs: no heading left at the foot of a page, no
table leaving fewer than three rows on a page, no page under a quarter used except at the
end of a chapter, and a summary up front that prints on its own in two pages."""

import shutil

import pypdfium2
import pytest
from print_measure import text_runs

from workshop.cli import main
from workshop.export.document.model import Document, Heading, Para, Table
from workshop.export.document.pdf import MIN_ROWS_ON_A_PAGE, render_pdf
from workshop.export.document.styles import REPORT, RUNNING_TEXT, styles
from workshop.export.pack import build_pack

MM = 72 / 25.4
PAGE_H = 297 * MM


@pytest.fixture(scope="module")
def partner_pdf(tmp_path_factory, _demo_template):
    path = tmp_path_factory.mktemp("flow") / "demo.workshop"
    shutil.copyfile(_demo_template, path)
    return build_pack(path, invariant=True, today="2027-07-01")


def _used(pdf: bytes, layout) -> list[float]:
    """For each page, the share of its text area used (down to the lowest thing printed
    above the footer)."""
    top = PAGE_H - layout.top_margin
    bottom = layout.bottom_margin
    document = pypdfium2.PdfDocument(pdf)
    out = []
    for page in document:
        lows = [
            obj.get_bounds()[1]
            for obj in page.get_objects()
            if obj.get_bounds()[1] > bottom - 2 and obj.get_bounds()[3] < top + 2
        ]
        out.append((top - min(lows)) / (top - bottom) if lows else 0.0)
    document.close()
    return out


def test_no_heading_is_the_last_thing_on_a_page(partner_pdf):
    runs = [r for r in text_runs(partner_pdf) if r.bottom > REPORT.bottom_margin]
    heading_size = styles(REPORT)["h3"].fontSize
    pages = max(r.page for r in runs) + 1
    for page in range(1, pages):  # the cover has no flow
        on_page = [r for r in runs if r.page == page]
        lowest = min(r.bottom for r in on_page)
        last_line = [r for r in on_page if abs(r.bottom - lowest) < 3]
        assert not all(r.bold and r.size >= heading_size for r in last_line), (
            f"page {page + 1} ends with the heading {' '.join(r.text for r in last_line)!r}"
        )


def test_no_page_under_a_quarter_used_except_before_a_chapter(partner_pdf):
    used = _used(partner_pdf, REPORT)
    runs = text_runs(partner_pdf)
    chapter = styles(REPORT)["h1"].fontSize
    for page, share in enumerate(used[:-1]):
        if page == 0 or share >= 0.25:
            continue
        following = [r for r in runs if r.page == page + 1]
        first = max(following, key=lambda r: (r.top, -r.left))
        assert first.size >= chapter, f"page {page + 1} is {share:.0%} used, mid-chapter"


def test_the_contents_fit_their_pages(partner_pdf):
    runs = text_runs(partner_pdf)
    used = _used(partner_pdf, REPORT)
    # The contents run from page 2 to the page before the summary starts.
    chapter = styles(REPORT)["h1"].fontSize
    summary_page = min(r.page for r in runs if r.text == "Summary" and r.size == chapter)
    assert summary_page >= 2
    assert used[summary_page - 1] >= 0.25, "the contents spill a few lines onto a page"


@pytest.mark.parametrize("filler", range(36))
def test_a_table_never_leaves_fewer_than_three_rows_on_a_page(filler):
    """Wherever it starts on the page (one line further down each time), a long table
    splits with at least three rows on each page, its header repeated, its heading with
    its first rows. (Plain reportlab left 1 or 2 rows for 3 of these 36 starts.)"""
    blocks = [Heading("Before the table")]
    blocks += [Para("One line of text before the table.") for _ in range(filler)]
    blocks.append(Heading("Tabulated findings", 2))
    rows = [[f"Row{n:02d}", f"Something said at table {n}"] for n in range(1, 37)]
    blocks.append(Table(["Tablename", "What they said"], rows))
    blocks.append(Para("After the table."))
    document = Document("t", "a", "s", "footer", "en-GB", RUNNING_TEXT, [], blocks)
    runs = text_runs(render_pdf(document, invariant=True))
    pages = sorted({r.page for r in runs if r.text.startswith("Row")})
    for page in pages:
        on_page = [r for r in runs if r.page == page and r.text.startswith("Row")]
        assert len(on_page) >= MIN_ROWS_ON_A_PAGE, f"page {page + 1}: {len(on_page)} rows"
        assert any(r.text == "Tablename" for r in runs if r.page == page), "header repeated"
    heading = next(r for r in runs if r.text == "findings")
    first_row = min((r for r in runs if r.text == "Row01"), key=lambda r: r.page)
    assert heading.page == first_row.page, "the table's heading stays with its first rows"


def test_the_summary_comes_first_and_prints_alone_in_two_pages(demo_path, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    assert main(["pack", str(demo_path), "--summary", "--accept-detected", "-o", str(out)]) == 0
    data = out.read_bytes()
    document = pypdfium2.PdfDocument(data)
    assert 1 <= len(document) <= 2
    text = " ".join(p.get_textpage().get_text_range() for p in document).replace("\r\n", " ")
    document.close()
    for heading in (
        "Who we heard from, against who we hoped to reach",
        "Significant points",
        "What changed, and what did not",
        "What happens next",
    ):
        assert heading in text
    assert "Hoped for" in text and "Our response" in text
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert "<h2" in html and "What happens next" in html and "Significant points" in html
    # Nothing in it under the partner pack's sizes.
    assert min(r.size for r in text_runs(data)) >= 10
    # A summary is of the partner pack: not with --public.
    assert main(["pack", str(demo_path), "--summary", "--public", "-o", str(out)]) == 2
    assert "--summary" in capsys.readouterr().err


def test_the_partner_pack_opens_with_the_summary(partner_pdf):
    runs = text_runs(partner_pdf)
    chapter = styles(REPORT)["h1"].fontSize
    firsts = [r for r in runs if r.size == chapter and r.text != "Contents"]
    assert firsts[0].text == "Summary"
