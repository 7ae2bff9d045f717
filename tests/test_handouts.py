"""A facilitator prints the paper for a session (run sheet, poster, consent sheet, sign-in,
monitoring forms, evaluation slips, receipts) and reads the PDF back: each part on its
own pages, the codes and serials the file will accept, Welsh, Polish and Urdu in fonts
that have their letters, and large print really larger."""

from __future__ import annotations

import csv
import ctypes

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.core import agenda, feedback_codes, ledger, monitoring
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.handouts import LARGE_PRINT_SCALE

WELSH_TITLE = "Sgwrs gyda'r gymuned: ŵyr, ŷd a'r cyngor"
POLISH_GUIDANCE = "Zażółć gęślą jaźń: czytaj każdą karteczkę na głos."
URDU_NOTE = "اردو مترجم ہر میز پر موجود ہوگا۔"


# The programme's promises the poster and the consent sheet print (shared with the
# poster and receipts tests).
EXPECTATIONS = {
    "organisation": "Riverside Borough Council",
    "topic": "How the council uses computers to decide on housing.",
    "can_change": "Which information the system may use.",
    "cannot_change": "The law on who qualifies.",
    "feedback_use": "Every point gets a written answer.",
    "publish_when_where": "By 30 June 2027 on the council website.",
    "return_phone": "0300 123 4567",
    "data_controller": "Riverside Borough Council, Data Protection Officer",
}


@pytest.fixture
def session_file(programme, programme_path):
    programme.update_programme(EXPECTATIONS)
    sid = add_session(
        programme,
        {
            "title": WELSH_TITLE,
            "starts_at": "2027-03-10T18:00",
            "ends_at": "2027-03-10T20:00",
            "venue_name": "Llyfrgell Glan yr Afon",
            "facilitators": "Priya Shah; Tom Elliott",
        },
    )
    agenda.add_exercise(programme, sid, "other", "Welcome", 10)
    agenda.add_exercise(programme, sid, "board", "Hopes and fears", 45, guidance=POLISH_GUIDANCE)
    programme.insert(
        "access_provisions",
        {
            "session_id": sid,
            "kind": "language_interpreter",
            "language": "Urdu",
            "status": "booked",
            "note": URDU_NOTE,
            "cost_pence": 12000,
        },
    )
    programme.insert(
        "access_provisions",
        {
            "session_id": sid,
            "kind": "childcare",
            "status": "booked",
            "note": "Crèche by Little Steps",
            "cost_pence": 15000,
        },
    )
    programme.insert(
        "incentives",
        {
            "session_id": sid,
            "kind": "voucher",
            "description": "£20 shopping voucher",
            "unit_pence": 2000,
            "planned": 5,
            "given": 3,
        },
    )
    programme.insert(
        "incentives",
        {
            "session_id": sid,
            "kind": "childcare_cost",
            "description": "Crèche staff",
            "unit_pence": 15000,
            "planned": 1,
            "given": 1,
        },
    )
    programme.insert("participants", {"session_id": sid, "code": "P-007"})
    return programme_path, sid


def _pages(path) -> list[str]:
    """Each page's text without its footer (the session, the organisation, the page)."""
    out = []
    for page in PdfReader(path).pages:
        lines = page.extract_text().splitlines()
        kept = [
            line
            for line in lines
            if "· Riverside Borough Council" not in line and not line.startswith("Page ")
        ]
        out.append("\n".join(kept))
    return out


def _fonts_of(path, wanted: str) -> dict[str, set[str]]:
    """For each character of `wanted` found in the PDF, the fonts it was printed in."""
    document = pypdfium2.PdfDocument(path)
    found: dict[str, set[str]] = {}
    try:
        for page in document:
            text = page.get_textpage()
            for i in range(text.count_chars()):
                ch = chr(pdfium.FPDFText_GetUnicode(text, i))
                if ch in wanted:
                    buffer = ctypes.create_string_buffer(256)
                    flags = ctypes.c_int()
                    pdfium.FPDFText_GetFontInfo(text, i, buffer, 256, ctypes.byref(flags))
                    found.setdefault(ch, set()).add(buffer.value.decode().split("+")[-1])
    finally:
        document.close()
    return found


def _body_font_size(path, phrase: str) -> float:
    document = pypdfium2.PdfDocument(path)
    try:
        for page in document:
            text = page.get_textpage()
            whole = text.get_text_range()
            at = whole.find(phrase)
            if at >= 0:
                return pdfium.FPDFText_GetFontSize(text, at)
    finally:
        document.close()
    raise AssertionError(f"{phrase!r} not printed")


def test_every_part_on_its_own_pages_with_codes_the_file_accepts(session_file, tmp_path, capsys):
    path, sid = session_file
    out = tmp_path / "handouts.pdf"
    assert main(["handouts", str(path), "--session", sid, "-o", str(out), "--copies", "4"]) == 0
    assert "Wrote" in capsys.readouterr().out
    pages = _pages(out)
    firsts = [" ".join(p.split())[:60] for p in pages]
    starts = {
        "Run sheet": "Run sheet:",
        "Poster": "What to expect today",
        "Consent": "About today: information for you",
        "Sign-in": "Sign in:",
    }
    for what, heading in starts.items():
        assert any(f.startswith(heading) for f in firsts), (what, firsts)
    # One monitoring form to a page, each with its own code.
    codes = monitoring.form_codes(monitoring.MONITORING, sid, 4)
    form_pages = [p for p in pages if p.lstrip().startswith("About you (anonymous)")]
    assert len(form_pages) == 4
    for code, page in zip(codes, form_pages, strict=True):
        assert feedback_codes.format_code(code) in page
        for question in monitoring.MONITORING_QUESTIONS:
            assert " ".join(question.text.split()[:4]) in " ".join(page.split())
        assert " ".join(page.split()).count("Prefer not to say (0)") == 10
        assert "Gypsy or Irish Traveller" in page and "Roma" in page
    whole = "\n".join(pages)
    for code in monitoring.form_codes(monitoring.EVALUATION, sid, 4):
        assert feedback_codes.format_code(code) in whole
    # The run sheet: clock times from the start, the guidance, who brings what.
    run = " ".join(pages[0].split())
    assert "18:00" in run and "18:10" in run
    assert "Crèche by Little Steps" in run
    # The sign-in sheet carries on after the codes already used.
    sign_in = next(p for p in pages if p.lstrip().startswith("Sign in:"))
    assert "P-008" in sign_in and "P-011" in sign_in and "P-007" not in sign_in
    # Receipts: one per voucher planned, by the ledger's serials, with the benefits line.
    with Programme.open(path, read_only=True) as programme:
        voucher = programme.rows("incentives", "kind = 'voucher'")[0]
    serials = ledger.receipt_serials(voucher)
    assert len(serials) == 5
    flat = " ".join(whole.split())
    for serial in serials:
        assert flat.count(serial) == 1
    assert "affect benefits" in flat
    # The consent sheet gives the purge date.
    assert "2027-09-10" in flat
    # A printed code types in once.
    with Programme.open(path) as programme:
        monitoring.record_return(programme, codes[0], {"age_band": 3})
        with pytest.raises(Exception, match="already been typed in"):
            monitoring.record_return(programme, feedback_codes.format_code(codes[0]), {})


def test_welsh_polish_and_urdu_print_in_fonts_that_have_them(session_file, tmp_path):
    path, sid = session_file
    out = tmp_path / "run.pdf"
    assert (
        main(["handouts", str(path), "--session", sid, "-o", str(out), "--only", "run-sheet"]) == 0
    )
    fonts = _fonts_of(out, "ŵŷżółęąźńاردومترجمہ")
    for ch in "ŵŷżółęąźń":
        assert ch in fonts, ch
        assert all("DejaVu" in f for f in fonts[ch]), (ch, fonts[ch])
    # Extractors may give Urdu back as presentation forms; most base letters still show.
    assert len([ch for ch in "اردومترجمہ" if ch in fonts]) >= 5, fonts.keys()
    urdu = {f for ch, fs in fonts.items() if ch in "اردومترجمہ" for f in fs}
    assert urdu and all("Naskh" in f for f in urdu), urdu
    assert len(_pages(out)) >= 1


def test_large_print_is_larger_and_only_prints_what_was_asked(session_file, tmp_path):
    path, sid = session_file
    small, large = tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = ["handouts", str(path), "--session", sid, "--only", "consent,poster"]
    assert main([*args, "-o", str(small)]) == 0
    assert main([*args, "-o", str(large), "--large-print"]) == 0
    phrase = "Taking part is up to you"
    ratio = _body_font_size(large, phrase) / _body_font_size(small, phrase)
    assert ratio == pytest.approx(LARGE_PRINT_SCALE, rel=0.02)
    assert _body_font_size(large, phrase) >= 16
    text = " ".join(" ".join(_pages(small)).split())
    assert "What to expect today" in text and "About today" in text
    assert "Run sheet" not in text and "Form code" not in text and "Receipt" not in text


def test_bad_input_says_one_line_and_writes_nothing(session_file, tmp_path, capsys):
    path, sid = session_file
    out = tmp_path / "x.pdf"
    assert (
        main(["handouts", str(path), "--session", sid, "-o", str(out), "--only", "poster,flyer"])
        == 2
    )
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "flyer" in err and "run-sheet" in err
    assert main(["handouts", str(path), "--session", "nope", "-o", str(out)]) == 2
    assert "workshop sessions FILE" in capsys.readouterr().err
    assert main(["handouts", str(path), "--session", sid, "-o", str(tmp_path / "x.txt")]) == 2
    assert not out.exists() and not (tmp_path / "x.txt").exists()


def test_ledger_counts_each_pound_once_and_matches_the_receipts(session_file, tmp_path, capsys):
    path, sid = session_file
    out = tmp_path / "ledger.csv"
    assert main(["ledger", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    receipts = [r for r in rows if r["line"] == "receipt"]
    assert [r["status"] for r in receipts] == ["issued"] * 3 + ["returned unused"] * 2
    with Programme.open(path, read_only=True) as programme:
        voucher = programme.rows("incentives", "kind = 'voucher'")[0]
    assert [r["serial"] for r in receipts] == ledger.receipt_serials(voucher)
    creche = [r for r in rows if "Crèche" in r["description"] or r["kind"] == "Childcare cost"]
    # The crèche is on both lists but its £150 is counted once.
    assert sum(int(r["amount_pence"]) for r in creche) == 30000
    assert sum(int(r["counted_pence"]) for r in creche) == 15000
    total = sum(int(r["counted_pence"]) for r in rows)
    # 3 vouchers issued at £20, the interpreter £120, the crèche £150.
    assert total == 3 * 2000 + 12000 + 15000
    assert "£330.00" in said
