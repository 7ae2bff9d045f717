"""Board pictures that can be read on paper: every column printed on its own, at a size
whose type is read back from the real PDF, long columns carried over pages.

The pictures are raster (PNG) images, so the type sizes in them are worked out from the
PDF rather than read as text: for each image drawn in the PDF, its drawn width in points
over its width in pixels gives the points a pixel prints at; a column picture is
`LANE_W + 2 * MARGIN` board units wide, which gives its pixels a board unit; the picture's
smallest text is `board_image.pixel_size(SMALLEST_TEXT, scale)` pixels (the size its font
is drawn at), and so prints at that many pixels times the points a pixel. The titles above
the pictures are real text and are read as text runs (print_measure).
"""

import re
import shutil

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from print_measure import text_runs, too_small

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export import board_image
from workshop.export.board_image import SMALLEST_TEXT, TEXT_SIZES, column_picture, pixel_size
from workshop.export.pack import build_pack, build_pack_html

COLUMN_UNITS = boards.LANE_W + 2 * board_image.MARGIN

LONG_WORDS = [
    # Welsh, Polish, Urdu, Arabic: long words that must wrap (or be cut) inside a note.
    "Gwrthgyferbyniadau rhwng penderfyniadau cyfrifiadurol a gwasanaethau cymdeithasol",
    "Niezrozumiałe uzasadnienie zautomatyzowanej decyzji administracyjnej",
    "میں جاننا چاہتی ہوں کہ جب کمپیوٹر انکار کرے تو فیصلہ کون کرتا ہے",
    "الاستراتيجيات والمسؤوليات الاجتماعية للخوارزميات الحكومية",
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
]


def picture_sizes(pdf: bytes) -> list[dict]:
    """Each board picture drawn in the PDF: its page, and the printed sizes (points) of
    its smallest text and of a note's words."""
    document = pypdfium2.PdfDocument(pdf)
    out = []
    try:
        for page_index, page in enumerate(document):
            for image in page.get_objects(filter=[pdfium.FPDF_PAGEOBJ_IMAGE]):
                left, bottom, right, top = image.get_bounds()
                px_w, px_h = image.get_px_size()
                points_a_pixel = (right - left) / px_w
                scale = px_w / COLUMN_UNITS  # pixels a board unit
                out.append(
                    {
                        "page": page_index,
                        "smallest": pixel_size(SMALLEST_TEXT, scale) * points_a_pixel,
                        "note": pixel_size(TEXT_SIZES["note"], scale) * points_a_pixel,
                        "height": top - bottom,
                    }
                )
    finally:
        document.close()
    return out


def page_texts(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [p.get_textpage().get_text_range().replace("\r\n", " ") for p in document]
    finally:
        document.close()


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory, _demo_template):
    path = tmp_path_factory.mktemp("boards") / "demo.workshop"
    shutil.copyfile(_demo_template, path)
    return build_pack(path, invariant=True, today="2027-07-01")


def test_the_demo_packs_board_pictures_print_no_text_under_9pt(demo_pack):
    pictures = picture_sizes(demo_pack)
    assert len(pictures) >= 8  # the demo's boards, a picture (or a part) for each column
    smallest = min(p["smallest"] for p in pictures)
    # Whole boards scaled to the page printed their smallest text at 2.9 pt (4 columns).
    assert smallest >= 9, f"{smallest:.2f} pt"
    assert min(p["note"] for p in pictures) >= 10.5
    # Every column has its titled picture; the titles are real text, at the pack's sizes.
    runs = text_runs(demo_pack)
    assert not too_small(runs, 9), too_small(runs, 9)
    text = " ".join(page_texts(demo_pack))
    for number in (1, 2, 3, 4):
        assert f"Rules for using the system — column {number} of 4:" in text


@pytest.fixture(scope="module")
def wide_boards(tmp_path_factory):
    """One session with boards of 1, 2, 4, 6 and 8 columns; long words in four languages,
    and on the six-column board a column of 60 notes."""
    path = tmp_path_factory.mktemp("wide") / "wide.workshop"
    with Programme.create(path, "Wide boards") as programme:
        session = add_session(programme, {"title": "Town hall"})
        for count in (1, 2, 4, 6, 8):
            board = agenda.add_exercise(programme, session, "board", f"Board of {count}", 30)
            existing = boards.columns(programme, board)
            for c in existing:
                programme.delete("board_columns", c["id"])
            for index in range(count):
                column = programme.insert(
                    "board_columns",
                    {
                        "exercise_id": board,
                        "title": f"Column {index + 1} Gwasanaethau",
                        "prompt": "What would you change?",
                        "colour": "yellow",
                        "position": index,
                    },
                )
                many = 60 if count == 6 and index == 2 else 3
                for n in range(many):
                    words = LONG_WORDS[(n + index) % len(LONG_WORDS)]
                    boards.add_note(programme, column, f"{words} {n + 1}", votes=n % 3)
    return path


@pytest.fixture(scope="module")
def wide_pack(wide_boards):
    return build_pack(wide_boards, invariant=True, today="2027-07-01")


def test_wide_boards_print_every_column_with_no_text_under_9pt(wide_pack, tmp_path_factory):
    (tmp_path_factory.mktemp("look") / "wide.pdf").write_bytes(wide_pack)
    pictures = picture_sizes(wide_pack)
    smallest = min(p["smallest"] for p in pictures)
    assert smallest >= 9, f"{smallest:.2f} pt"
    assert min(p["note"] for p in pictures) >= 10.5
    runs = text_runs(wide_pack)
    assert not too_small(runs, 9), too_small(runs, 9)
    text = " ".join(page_texts(wide_pack))
    for count in (2, 4, 6, 8):
        for number in range(1, count + 1):
            assert re.search(rf"Board of {count} — column {number} of {count}:", text), (
                count,
                number,
            )
    # A one-column board is titled by its column alone.
    assert "Board of 1: Column 1" in text


def test_a_long_column_carries_on_over_pages_with_its_header_again(wide_pack):
    texts = page_texts(wide_pack)
    pages = [page for page, text in enumerate(texts) if "Board of 6 — column 3 of 6" in text]
    continued = [
        page for page in pages if "column 3 of 6: Column 3 Gwasanaethau (continued)" in texts[page]
    ]
    # 60 notes, two a row: more than four pages, each continuation headed "(continued)".
    assert len(pages) >= 4 and len(continued) == len(pages) - 1
    # Each continuation prints the column's header again above the notes: two pictures.
    pictures = picture_sizes(wide_pack)
    for page in continued[:-1]:
        on_page = [p for p in pictures if p["page"] == page]
        assert len(on_page) >= 2


def test_a_column_is_cut_only_between_notes(wide_boards):
    with Programme.open(wide_boards, read_only=True) as programme:
        board = next(e for e in programme.rows("exercises") if e["title"] == "Board of 6")
        column = boards.columns(programme, board["id"])[2]
        picture = column_picture(programme, board["id"], column["id"], dpi=170)
        notes = [n for n in boards.notes(programme, board["id"]) if n["column_id"] == column["id"]]
    assert len(picture.cuts) >= 25  # between every row of notes after the first
    top = board_image.MARGIN
    for cut in picture.cuts:
        y = cut / picture.scale - top
        assert not any(n["y"] < y < n["y"] + boards.NOTE_H for n in notes), cut
    assert 0 < picture.header < picture.cuts[0]


def test_the_html_copy_has_the_same_pictures_with_alt_text(wide_boards):
    html = build_pack_html(wide_boards, today="2027-07-01")
    alts = re.findall(r'<img src="data:image/png;base64,[^"]+" alt="([^"]+)"', html)
    assert len(alts) == 1 + 2 + 4 + 6 + 8
    assert any("column 3 of 6" in alt and "60 sticky notes" in alt for alt in alts)
    assert all("Every note is written out below." in alt for alt in alts)
