"""Printing feedback cards: every QR code on every page opens the feedback page with that
card's own code, and the codes printed are the codes kept in the programme file."""

import random

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from workshop.cli import main as cli
from workshop.core import feedback
from workshop.core.errors import ValidationError
from workshop.core.feedback_codes import format_code, is_valid
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.feedback_cards_pdf import build_cards_pdf

TEMPLATE = "https://example.gov.uk/have-your-say?card={code}"


@pytest.fixture
def session_id(programme):
    programme.update_programme(
        {
            "organisation": "Riverside Borough Council",
            "feedback_url_template": TEMPLATE,
            "can_change": "Which information the system may use; when a person checks it.",
            "publish_when_where": "By 30 June on the council website and in libraries.",
            "return_phone": "0300 123 4567",
            "return_text": "Text FAIR and your card code to 60777",
            "return_post": "Freepost FAIR DECISIONS",
        }
    )
    return add_session(programme, {"title": "Library evening"})


def decoded_pages(pdf_bytes: bytes) -> list[list[str]]:
    """What a phone would read from each page, rendered at 150 dpi."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    pages = []
    for page in document:
        image = page.render(scale=150 / 72).to_pil()
        results = zxingcpp.read_barcodes(image)
        for result in results:
            assert result.format == zxingcpp.BarcodeFormat.QRCode
            assert result.ec_level in ("M", "Q", "H")
        pages.append([result.text for result in results])
    return pages


def urls(pages: list[list[str]]) -> list[str]:
    """The fronts' QR codes (the backs carry only the card's code, for a scan)."""
    return [text for page in pages for text in page if text.startswith("https://")]


def test_each_qr_code_opens_the_feedback_page_with_its_own_card_code(programme, session_id):
    plan = feedback.plan_cards(programme, session_id, 10, rng=random.Random(3))
    pdf = build_cards_pdf(programme.programme(), programme.get("sessions", session_id), plan)
    feedback.record_cards(programme, plan)

    pages = decoded_pages(pdf)
    # Three sheets: fronts (4 QR codes), backs (4 small marks), fronts (4), backs, fronts (2),
    # backs. A back's mark holds only its card's code, for a scan of the returned card.
    assert [len(p) for p in pages] == [4, 4, 4, 4, 2, 2]
    assert urls(pages) == [TEMPLATE.format(code=card.code) for card in plan.cards]
    for sheet in range(3):
        fronts = {url.rsplit("=", 1)[1] for url in pages[2 * sheet]}
        assert set(pages[2 * sheet + 1]) == fronts

    programme.close()
    with Programme.open(programme.path) as reopened:
        kept = feedback.cards_for_session(reopened, session_id)
    assert [c["code"] for c in kept] == [card.code for card in plan.cards]
    assert len({c["code"] for c in kept}) == 10
    assert [c["serial"] for c in kept] == list(range(1, 11))
    assert all(is_valid(c["code"]) for c in kept)


def test_card_text_says_what_can_change_how_to_answer_offline_and_when_published(
    programme, session_id
):
    plan = feedback.plan_cards(programme, session_id, 1, question="What worries you most?")
    pdf = build_cards_pdf(programme.programme(), programme.get("sessions", session_id), plan)
    reader = PdfReader(__import__("io").BytesIO(pdf))
    front = " ".join(reader.pages[0].extract_text().split())
    back = " ".join(reader.pages[1].extract_text().split())
    assert "What worries you most?" in front
    assert format_code(plan.cards[0].code) in front and format_code(plan.cards[0].code) in back
    assert "What your answers can change:" in front
    assert "0300 123 4567" in front and "60777" in front and "Freepost FAIR DECISIONS" in front
    assert "write on the back" in front
    assert "Write your answer here" in back
    assert "30 June" in back
    assert reader.metadata.title == "Feedback cards: Library evening"


@pytest.mark.parametrize(
    ("layout", "large_print", "per_page"),
    [("a6", False, 1), ("a4_sheet", True, 2), ("a6", True, 1)],
)
def test_a6_and_large_print_cards_scan_too(programme, session_id, layout, large_print, per_page):
    plan = feedback.plan_cards(programme, session_id, 3, layout=layout, large_print=large_print)
    pdf = build_cards_pdf(programme.programme(), programme.get("sessions", session_id), plan)
    pages = decoded_pages(pdf)
    assert max(len(p) for p in pages) == per_page
    assert urls(pages) == [TEMPLATE.format(code=c.code) for c in plan.cards]
    assert [t for p in pages[1::2] for t in p] == [c.code for c in plan.cards]


def test_qr_code_is_at_least_25_mm_wide(programme, session_id):
    plan = feedback.plan_cards(programme, session_id, 1)
    pdf = build_cards_pdf(programme.programme(), programme.get("sessions", session_id), plan)
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil()
    (result,) = zxingcpp.read_barcodes(image)
    xs = [p.x for p in (result.position.top_left, result.position.top_right)]
    width_mm = (max(xs) - min(xs)) / 150 * 25.4
    assert width_mm >= 25


def test_a_reprint_carries_on_the_numbering_and_never_reuses_a_code(programme, session_id):
    first = feedback.plan_cards(programme, session_id, 5)
    feedback.record_cards(programme, first)
    second = feedback.plan_cards(programme, session_id, 3)
    feedback.record_cards(programme, second)
    other = add_session(programme, {"title": "Youth club"})
    third = feedback.plan_cards(programme, other, 4)
    feedback.record_cards(programme, third)

    assert [c.serial for c in second.cards] == [6, 7, 8]
    assert [c.serial for c in third.cards] == [1, 2, 3, 4]
    all_codes = [r["code"] for r in programme.rows("feedback_cards")]
    assert len(all_codes) == len(set(all_codes)) == 12
    batches = feedback.batches_for_session(programme, session_id)
    assert [(b["first_serial"], b["card_count"]) for b in batches] == [(1, 5), (6, 3)]


def test_a_stale_preview_cannot_be_recorded_over_a_newer_print(programme, session_id):
    stale = feedback.plan_cards(programme, session_id, 2)
    feedback.record_cards(programme, feedback.plan_cards(programme, session_id, 2))
    with pytest.raises(ValidationError, match="preview again"):
        feedback.record_cards(programme, stale)
    assert programme.db["feedback_cards"].count == 2


def test_cards_need_a_feedback_address_with_a_place_for_the_code(programme):
    session = add_session(programme, {"title": "No address yet"})
    with pytest.raises(ValidationError, match="feedback address"):
        feedback.plan_cards(programme, session, 3)
    with pytest.raises(ValidationError, match=r"\{code\}"):
        programme.update_programme({"feedback_url_template": "https://example.gov.uk/say"})


def test_cli_prints_cards_and_records_them(programme, session_id, tmp_path, capsys):
    path = programme.path
    programme.close()
    out = tmp_path / "cards.pdf"
    args = ["cards", str(path), "--session", session_id, "--count", "9", "-o", str(out)]
    assert cli(args) == 0
    assert "9 cards" in capsys.readouterr().out
    assert cli(args[:-2] + ["-o", str(tmp_path / "more.pdf"), "--a6", "--large-print"]) == 0
    pages = decoded_pages(out.read_bytes())
    with Programme.open(path) as reopened:
        kept = feedback.cards_for_session(reopened, session_id)
    assert [c["serial"] for c in kept] == list(range(1, 19))
    assert urls(pages) == [TEMPLATE.format(code=c["code"]) for c in kept[:9]]


def test_cli_refuses_bad_input_and_keeps_no_codes(programme, session_id, tmp_path, capsys):
    path = programme.path
    programme.close()
    missing_folder = tmp_path / "nowhere" / "cards.pdf"
    base = ["cards", str(path), "--session", session_id, "--count"]
    assert cli(base + ["5", "-o", str(missing_folder)]) == 2
    assert cli(base + ["0", "-o", str(tmp_path / "x.pdf")]) == 2
    assert cli(["cards", str(path), "--session", "nope", "--count", "2", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "no session" in err
    with Programme.open(path) as reopened:
        assert reopened.db["feedback_cards"].count == 0
        assert reopened.db["feedback_batches"].count == 0


def test_long_expectations_and_other_languages_still_print_and_scan(programme, session_id):
    long_text = "Which information the system may use and when a person checks it. " * 8
    programme.update_programme({"can_change": long_text.strip()})
    plan = feedback.plan_cards(
        programme, session_id, 2, question="Beth ddylen ni ei wybod? آپ کیا سوچتے ہیں؟"
    )
    pdf = build_cards_pdf(programme.programme(), programme.get("sessions", session_id), plan)
    pages = decoded_pages(pdf)
    assert urls(pages) == [TEMPLATE.format(code=c.code) for c in plan.cards]
    reader = PdfReader(__import__("io").BytesIO(pdf))
    every_word = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "What your answers can change:" in every_word  # on the front, or moved to the back
    assert "ddylen" in every_word


def _reference_penalty(modules) -> int:
    """The QR standard's four mask penalty rules, written out plainly."""
    n = len(modules)
    lines = [list(map(bool, row)) for row in modules]
    lines += [list(col) for col in zip(*lines, strict=True)]
    score = 0
    for line in lines:
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
            else:
                score += run - 2 if run >= 5 else 0
                run = 1
        for i in range(n - 10):
            window = [int(v) for v in line[i : i + 11]]
            if window in ([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1]):
                score += 40
    for r in range(n - 1):
        for c in range(n - 1):
            if (
                bool(modules[r][c])
                == bool(modules[r][c + 1])
                == bool(modules[r + 1][c])
                == bool(modules[r + 1][c + 1])
            ):
                score += 3
    dark = sum(bool(v) for row in modules for v in row)
    return score + 10 * int(abs(dark * 100 / (n * n) - 50) // 5)


def test_quick_mask_choice_scores_every_mask_as_the_standard_says():
    from reportlab.graphics.barcode import qrencoder

    from workshop.export import feedback_cards_pdf as cards_pdf

    def as_rows(modules):
        return [int("".join("1" if v else "0" for v in row), 2) for row in modules]

    for url in (TEMPLATE.format(code="7KX4MPQ"), "https://x.example/c/ABCDEF2"):
        base = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        base.addData(url)
        base.version = base.calculate_version()
        base.makeImpl(True, 0)
        scores = []
        for mask in range(8):
            laid_out = qrencoder.QRCode(base.version, qrencoder.QRErrorCorrectLevel.M)
            laid_out.addData(url)
            laid_out.makeImpl(True, mask)
            quick = [
                r ^ d
                for r, d in zip(
                    as_rows(base.modules), cards_pdf._mask_rows(base.version, mask), strict=True
                )
            ]
            assert quick == as_rows(laid_out.modules)
            score = cards_pdf._penalty(quick, len(quick))
            assert score == _reference_penalty(laid_out.modules)
            scores.append(score)
        best = scores.index(min(scores))
        final = qrencoder.QRCode(base.version, qrencoder.QRErrorCorrectLevel.M)
        final.addData(url)
        final.makeImpl(False, best)
        assert cards_pdf.qr_rows(url) == as_rows(final.modules)
