"""The expectations poster on A3 beside A4 handouts, and receipts signed where the
programme's finance rules ask for a signature: the PDFs read back."""

from __future__ import annotations

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from pypdf import PdfReader
from test_handouts import EXPECTATIONS

from workshop.cli import main
from workshop.core import ledger
from workshop.core.sessions import add_session

A4 = (595, 842)
A3 = (842, 1191)
POSTER_PHRASES = [
    "What to expect today",  # the heading
    "How the council uses computers",  # the lead line
    "What can change",  # a section heading
    "Which information the system may use",  # running text
]


@pytest.fixture
def session_file(programme, programme_path):
    programme.update_programme(EXPECTATIONS)
    sid = add_session(
        programme,
        {
            "title": "Housing and computers",
            "starts_at": "2027-03-10T18:00",
            "venue_name": "Library",
        },
    )
    programme.insert(
        "incentives",
        {
            "session_id": sid,
            "kind": "voucher",
            "description": "£20 shopping voucher",
            "unit_pence": 2000,
            "planned": 3,
            "given": 0,
        },
    )
    return programme_path, sid


def _sizes(path, phrases) -> dict[str, tuple[int, float]]:
    """Each phrase's (page number, type size) as printed."""
    document = pypdfium2.PdfDocument(path)
    found: dict[str, tuple[int, float]] = {}
    try:
        for number, page in enumerate(document):
            text = page.get_textpage()
            whole = text.get_text_range()
            for phrase in phrases:
                at = whole.find(phrase)
                if at >= 0 and phrase not in found:
                    found[phrase] = (number, pdfium.FPDFText_GetFontSize(text, at))
    finally:
        document.close()
    assert set(found) == set(phrases), set(phrases) - set(found)
    return found


def _paper(path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(path).pages
    ]


def test_the_poster_on_a3_fills_the_page_among_a4_handouts(session_file, tmp_path):
    path, sid = session_file
    a4, a3, mixed = tmp_path / "a4.pdf", tmp_path / "a3.pdf", tmp_path / "mixed.pdf"
    base = ["handouts", str(path), "--session", sid]
    assert main([*base, "--only", "poster", "-o", str(a4)]) == 0
    assert main([*base, "--only", "poster-a3", "-o", str(a3)]) == 0
    assert _paper(a4) == [A4]
    # One A3 page, no blank page before it.
    assert _paper(a3) == [A3]
    small, large = _sizes(a4, POSTER_PHRASES), _sizes(a3, POSTER_PHRASES)
    for phrase in POSTER_PHRASES:
        assert large[phrase][1] >= small[phrase][1] * 1.4, (phrase, small, large)
    # Among the other parts: only the poster's page is A3, each part still on its own pages.
    assert (
        main([*base, "--only", "run-sheet,poster,consent", "--poster-size", "a3", "-o", str(mixed)])
        == 0
    )
    papers = _paper(mixed)
    assert papers.count(A3) == 1 and all(p in (A3, A4) for p in papers)
    where = _sizes(mixed, ["Run sheet:", "What to expect today", "About today"])
    assert papers[where["What to expect today"][0]] == A3
    assert papers[where["Run sheet:"][0]] == papers[where["About today"][0]] == A4
    assert where["Run sheet:"][0] < where["What to expect today"][0] < where["About today"][0]


def test_a_poster_size_that_is_not_a4_or_a3_is_refused(session_file, tmp_path, capsys):
    path, sid = session_file
    out = tmp_path / "x.pdf"
    args = ["handouts", str(path), "--session", sid, "--poster-size", "A2", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "A2" in err and "A3" in err
    assert not out.exists()


def test_the_paper_page_prints_the_poster_on_a3_when_chosen(qtbot, demo_path, monkeypatch):
    from ui_support import shown_window

    from workshop.ui import dialogs

    out = demo_path.with_name("from-screen.pdf")
    monkeypatch.setattr(dialogs, "ask_save_path_ending", lambda *a, **k: out)
    window = shown_window(qtbot, demo_path)
    session_id = window.ctx.programme.rows("sessions", order_by="starts_at")[0]["id"]
    window.sidebar.choose_session(session_id)
    page = window.current_screen().show_page("Paper and returns")
    for key, box in page.part_boxes.items():
        box.setChecked(key in ("poster", "consent"))
    page.poster_size.setCurrentIndex(page.poster_size.findData("A3"))
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.save_status.text(), timeout=20000)
    papers = _paper(out)
    # The poster first (in the parts' order) on A3, the consent sheet after it on A4.
    assert papers[0] == A3 and papers[1:] and set(papers[1:]) == {A4}


def _receipt_text(path) -> str:
    return " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(path).pages
        if "Receipt" in p.extract_text()
    )


def test_receipts_are_signed_only_when_the_finance_rules_say_so(qtbot, demo_path, monkeypatch):
    from ui_support import shown_window

    window = shown_window(qtbot, demo_path)
    programme = window.ctx.programme
    session = next(
        s
        for s in programme.rows("sessions", order_by="starts_at")
        if programme.rows(
            "incentives", "session_id = ? AND kind = 'voucher' AND planned > 0", [s["id"]]
        )
    )
    plain, signed = demo_path.with_name("plain.pdf"), demo_path.with_name("signed.pdf")
    args = ["handouts", str(demo_path), "--session", session["id"], "--only", "receipts"]
    assert main([*args, "-o", str(plain)]) == 0
    text = _receipt_text(plain)
    assert "No name or signature is needed" in text
    assert "Your name" not in text and "personal data" not in text

    # The facilitator ticks the finance rule where incentives are set.
    window.sidebar.choose_session(session["id"])
    page = window.current_screen().show_page("Incentives")
    assert not page.signed.isChecked()
    page.signed.click()
    assert programme.programme()["receipts_need_signature"] == 1
    assert main([*args, "-o", str(signed)]) == 0
    text = _receipt_text(signed)
    assert "Your name" in text and "Your signature" in text
    assert "No name or signature is needed" not in text
    # Each receipt says it is personal data, kept apart, destroyed on the purge date.
    receipts = text.count("Serial number:")
    assert receipts >= 1
    assert text.count("this receipt is personal data") == receipts
    assert text.count(f"destroyed on {session['purge_after']}") == receipts
    assert text.count("Your signature") == receipts
    serials = [
        serial
        for incentive in programme.rows("incentives", "session_id = ?", [session["id"]])
        if incentive["kind"] in ledger.RECEIPTED
        for serial in ledger.receipt_serials(incentive)
    ]
    assert receipts == len(serials) and all(text.count(serial) == 1 for serial in serials)
    # Taller receipts, two to a page: no page left holding one by accident before the last.
    per_page = [p.extract_text().count("Serial number:") for p in PdfReader(signed).pages]
    assert all(n == 2 for n in per_page[:-1]) and per_page[-1] in (1, 2), per_page
    # One undo step puts the rule back; no receipt holder is typed into the file.
    window.ctx.undo_stack.undo()
    assert programme.programme()["receipts_need_signature"] == 0
    assert not page.signed.isChecked()
