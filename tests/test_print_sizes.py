"""Type that residents can read: every printed thing, read back from its PDF.

The sizes are pdfium's, of every run of three or more characters (see print_measure),
never the sizes the code asks for. Clear-print guidance: 12 pt at least for the public,
16 pt or more for large print; feedback cards have small room but go to older residents.
"""

import io
import shutil

import pypdfium2
import pytest
import zxingcpp
from print_measure import median_size, summary, text_runs, too_small

from workshop.cli import main
from workshop.core import decks, feedback, glossary
from workshop.core.store import Programme
from workshop.export.deck_pdf import STANDARD_MIN, build_deck_pdf
from workshop.export.feedback_cards_pdf import SMALLEST, build_cards_pdf, sheet_layout
from workshop.export.pack import build_pack
from workshop.export.public_pack import build_public_pack

MM = 72 / 25.4


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory, _demo_template):
    path = tmp_path_factory.mktemp("sizes") / "demo.workshop"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture(scope="module")
def public_pdfs(demo_copy):
    with Programme.open(demo_copy, read_only=True) as programme:
        normal = build_public_pack(programme, invariant=True)
        large = build_public_pack(programme, invariant=True, large_print=True)
        words = programme.programme()["can_change"]
    return normal, large, words


def _runs_of(runs, text: str):
    """The runs that print `text` where it is printed in full, word after word (so a word
    it shares with a heading or a footer does not count)."""
    words = [w for w in text.split() if len(w) >= 3]
    texts = [run.text for run in runs]
    for start in range(len(runs) - len(words) + 1):
        if texts[start : start + len(words)] == words:
            return runs[start : start + len(words)]
    return []


# ----- feedback cards ----------------------------------------------------------------------


def _cards(path, layout: str, large_print: bool, count: int) -> tuple[bytes, object]:
    with Programme.open(path) as programme:
        session = programme.rows("sessions")[0]
        plan = feedback.plan_cards(
            programme, session["id"], count, layout=layout, large_print=large_print
        )
        pdf = build_cards_pdf(programme.programme(), session, plan)
    return pdf, plan


def _card_runs(pdf: bytes, layout: str, large_print: bool):
    """Runs on the cards themselves (not the cutting instructions in the sheet's margin)."""
    sheet = sheet_layout(layout, large_print)
    top = sheet.bottom + sheet.rows * sheet.card_h
    return [r for r in text_runs(pdf) if r.bottom >= sheet.bottom - 1 and r.top <= top + 1]


def test_default_cards_are_a6_four_to_a_sheet_nothing_under_8pt_body_11pt(demo_copy):
    pdf, plan = _cards(demo_copy, "a4_sheet", False, 4)
    runs = text_runs(pdf)
    assert not too_small(runs, SMALLEST), too_small(runs, SMALLEST)
    assert SMALLEST >= 8
    # The explanations ("What your answers can change", "No internet?") are the body.
    with Programme.open(demo_copy, read_only=True) as programme:
        routes = programme.programme()["can_change"]
    body = _runs_of(runs, routes)
    assert body and min(r.size for r in body) >= 11, summary(runs)
    offline = [r for r in runs if r.text in ("internet?", "Phone", "Freepost")]
    assert offline and min(r.size for r in offline) >= 11
    # Four cards a sheet, each near A6 (105 x 148 mm), QR codes 25 mm or more and readable.
    sheet = sheet_layout("a4_sheet", False)
    assert sheet.columns * sheet.rows == 4
    assert sheet.card_w >= 90 * MM and sheet.card_h >= 130 * MM
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 4
    for barcode in found:
        pos = barcode.position
        width_px = abs(pos.top_right.x - pos.top_left.x)
        assert width_px / 150 * 25.4 >= 25, "the QR code is under 25 mm wide"


@pytest.mark.parametrize("layout", ["a4_sheet", "a6"])
def test_large_print_cards_are_16pt_and_fill_the_card(demo_copy, layout):
    pdf, plan = _cards(demo_copy, layout, True, 2)
    runs = _card_runs(pdf, layout, True)
    assert not too_small(runs, 16), too_small(runs, 16)
    # The sheet's own cutting line in the margin stays readable too.
    assert min(r.size for r in text_runs(pdf)) >= 8
    # Filling the card: the front's text reaches into the last eighth of the card.
    sheet = sheet_layout(layout, True)
    front = [r for r in runs if r.page == 0]
    lowest_card_bottom = sheet.bottom  # the bottom card on the sheet
    lowest_text = min(r.bottom for r in front)
    assert lowest_text - lowest_card_bottom <= sheet.card_h / 8, (
        f"{(lowest_text - lowest_card_bottom) / MM:.0f} mm empty at the foot of the card"
    )
    # Nothing cut short: the session's title is printed whole in the sheet's margin.
    with Programme.open(demo_copy, read_only=True) as programme:
        title = programme.rows("sessions")[0]["title"]
    if layout == "a4_sheet":
        text = pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range()
        assert title.split()[-1] in text.replace("\r\n", " ")


def test_single_a6_cards_keep_to_the_same_minimums(demo_copy):
    pdf, _ = _cards(demo_copy, "a6", False, 1)
    runs = text_runs(pdf)
    assert not too_small(runs, SMALLEST), too_small(runs, SMALLEST)
    assert median_size(runs) >= 11


# ----- the public document -----------------------------------------------------------------


def test_public_document_body_12pt_tables_11pt_nothing_under_8pt(public_pdfs):
    normal, _, expectations = public_pdfs
    runs = text_runs(normal)
    assert not too_small(runs, 8), too_small(runs, 8)
    body = _runs_of(runs, expectations)
    assert body and min(r.size for r in body) >= 12, summary(runs)
    # A table cell: the groups we heard from.
    cells = [r for r in runs if r.text in ("Disabled", "Carers", "Public-sector")]
    assert cells and min(r.size for r in cells) >= 11, summary(runs)
    assert median_size(runs) >= 12


def test_large_print_public_document_is_16pt_throughout(public_pdfs, demo_copy, tmp_path):
    _, large, _ = public_pdfs
    runs = text_runs(large)
    assert not too_small(runs, 16), too_small(runs, 16)
    # And from the command line.
    out = tmp_path / "large.pdf"
    code = main(
        ["pack", str(demo_copy), "--public", "--large-print", "--accept-detected", "-o", str(out)]
    )
    assert code == 0
    assert not too_small(text_runs(out.read_bytes()), 16)


# ----- the partner pack and the deck -------------------------------------------------------


def test_partner_pack_body_11pt_nothing_under_10pt(demo_copy):
    pdf = build_pack(demo_copy, invariant=True, today="2027-07-01")
    runs = text_runs(pdf)
    with Programme.open(demo_copy, read_only=True) as programme:
        expectations = programme.programme()["can_change"]
    body = _runs_of(runs, expectations)
    assert body and min(r.size for r in body) >= 11, summary(runs)
    assert not too_small(runs, 10), too_small(runs, 10)[:10]


def test_deck_backs_and_fronts_nothing_under_9pt(tmp_path):
    deck = decks.builtin_deck()
    pdf = build_deck_pdf(deck, list(glossary.builtin_terms()))
    runs = text_runs(pdf)
    assert not too_small(runs, STANDARD_MIN), too_small(runs, STANDARD_MIN)[:10]
    assert STANDARD_MIN >= 9
    # Every back still names its key terms (in full, or by name pointing to the glossary).
    text = " ".join(
        page.get_textpage().get_text_range().replace("\r\n", " ")
        for page in pypdfium2.PdfDocument(io.BytesIO(pdf))
    )
    for card in deck.cards:
        for term in card.key_terms:
            assert term.split()[0] in text
