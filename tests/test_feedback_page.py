"""The "Feedback cards" session page: print, preview, import, type returns in, and see
what came back, driven the way a facilitator would."""

import threading

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QUndoStack
from PySide6.QtPrintSupport import QPrinter

from workshop.core import feedback
from workshop.core.feedback_codes import format_code
from workshop.core.store import Programme
from workshop.ui import dialogs, printing
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.feedback_page import FeedbackPage


def decoded_pages(pdf_bytes: bytes) -> list[list[str]]:
    """What a phone would read from each page, rendered at 150 dpi."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    return [
        [r.text for r in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())]
        for page in document
    ]


@pytest.fixture
def ctx(demo):
    context = AppContext(demo, ProgrammeBridge(demo), QUndoStack())
    yield context
    context.bridge.detach()


def session(ctx, title_start: str) -> str:
    rows = ctx.programme.rows("sessions", "title LIKE ?", [title_start + "%"])
    return rows[0]["id"]


@pytest.fixture
def food_bank_page(ctx, qtbot, errors):
    page = FeedbackPage(ctx, session(ctx, "Drop-in"))
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    return page


def test_preview_then_save_prints_exactly_the_previewed_cards(
    food_bank_page, ctx, qtbot, tmp_path, monkeypatch
):
    page = food_bank_page
    assert "No cards printed" in page.printed_label.text()
    page.count.setValue(10)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not page.preview.pixmap().isNull()
    previewed = [c.code for c in page.plan.cards]
    assert ctx.programme.db["feedback_cards"].count_where("session_id = ?", [page.session_id]) == 0

    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    with qtbot.waitSignal(page.cards_done, timeout=10000) as done:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert done.args == ["saved", ""]
    kept = feedback.cards_for_session(ctx.programme, page.session_id)
    assert [c["code"] for c in kept] == previewed
    # Backs carry a small mark holding only the code (for a scan); the fronts' QR codes open the page.
    urls = [u for p in decoded_pages(target.read_bytes()) for u in p if u.startswith("http")]
    template = ctx.programme.programme()["feedback_url_template"]
    assert urls == [feedback.card_url(template, code) for code in previewed]
    assert "Printed so far: 10 cards in 1 print run." in page.printed_label.text()
    assert "next card is number 11" in page.printed_label.text()


def test_print_goes_through_the_chosen_printer(food_bank_page, ctx, qtbot, tmp_path, monkeypatch):
    page = food_bank_page
    page.count.setValue(3)
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("a6"))
    out = tmp_path / "printed.pdf"

    offered = []

    def fake_printer(parent, page_size):
        offered.append(page_size)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(page_size))
        printer.setFullPage(True)
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(printing, "ask_printer", fake_printer)
    with qtbot.waitSignal(page.cards_done, timeout=10000) as done:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert done.args == ["printed", ""]
    assert offered == [QPageSize.PageSizeId.A6]  # the dialog offers the cards' own paper
    kept = [c["code"] for c in feedback.cards_for_session(ctx.programme, page.session_id)]
    assert len(kept) == 3
    pages = decoded_pages(out.read_bytes())
    assert len(pages) == 6  # front and back of 3 cards
    assert [u.rsplit("=", 1)[1] for p in pages for u in p if u.startswith("http")] == kept
    assert [u for p in pages[1::2] for u in p] == kept  # each back's mark holds its code


def test_cancelled_print_keeps_no_codes(food_bank_page, ctx, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "ask_printer", lambda *a: None)
    qtbot.mouseClick(food_bank_page.print_button, Qt.MouseButton.LeftButton)
    assert (
        ctx.programme.db["feedback_cards"].count_where(
            "session_id = ?", [food_bank_page.session_id]
        )
        == 0
    )


def test_typed_return_is_checked_as_you_type_and_can_be_undone(ctx, qtbot, errors):
    library = session(ctx, "Evening")
    page = FeedbackPage(ctx, library)
    qtbot.addWidget(page)
    page.show()
    card = feedback.cards_for_session(ctx.programme, library)[5]
    before = feedback.channel_counts(ctx.programme, library)

    typo = card["code"][:6] + ("A" if card["code"][6] != "A" else "B")
    qtbot.keyClicks(page.code_edit, typo)
    assert page.code_check.text().startswith("✗")
    assert f"Did you mean {format_code(card['code'])}" in page.code_check.text()
    assert not page.add_button.isEnabled()

    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, format_code(card["code"]).lower())
    assert page.code_check.text().startswith("✓") and "Card 6" in page.code_check.text()
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    qtbot.keyClicks(page.words, "Caller asked who checks the computer")
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    after = feedback.channel_counts(ctx.programme, library)
    assert after["phone"] == before["phone"] + 1
    texts = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert "Caller asked who checks the computer" in texts
    ctx.undo_stack.undo()
    assert feedback.channel_counts(ctx.programme, library) == before
    ctx.undo_stack.redo()
    assert feedback.channel_counts(ctx.programme, library) == after
    assert errors == []


def test_import_reports_added_skipped_and_rejected(ctx, qtbot, tmp_path, monkeypatch, errors):
    youth = session(ctx, "Youth")
    page = FeedbackPage(ctx, youth)
    qtbot.addWidget(page)
    codes = [c["code"] for c in feedback.cards_for_session(ctx.programme, youth)]
    csv_path = tmp_path / "export.csv"
    csv_path.write_text(
        "Timestamp,Card,Your answer\n"
        f"18/02/2027 19:02,{codes[2]},Will it use my school records?\n"
        "18/02/2027 19:05,ZZZZZZZ,Wrong code\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(csv_path))
    threads = []
    real_import = feedback.import_responses_csv

    def import_noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_import(*args, **kwargs)

    monkeypatch.setattr(feedback, "import_responses_csv", import_noting_the_thread)
    online_before = feedback.channel_counts(ctx.programme, youth)["online"]
    assert f"Online {online_before}" in page.counts.text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    # A new form: how its columns are read is shown to confirm before anything is imported.
    assert page.columns_dialog.roles() == {
        "Timestamp": "when",
        "Card": "code",
        "Your answer": "answer",
    }
    assert not page.import_report.toPlainText()  # nothing imported yet
    assert not threads
    with qtbot.waitSignal(page.import_done, timeout=30000) as done:
        page.columns_dialog.accept()
    assert done.args == [""]
    assert threads and threads[0] is not threading.main_thread()
    # The page heard of the new answer from the import made on the worker's connection.
    assert f"Online {online_before + 1}" in page.counts.text()
    report = page.import_report.toPlainText()
    assert "1 added, 0 skipped as already imported, 1 rejected" in report
    assert "row 3" in report
    with qtbot.waitSignal(page.import_done, timeout=30000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "0 added, 1 skipped" in page.import_report.toPlainText()

    page.channel_filter.setCurrentIndex(page.channel_filter.findData("online"))
    texts = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert "Will it use my school records?" in texts
    ctx.undo_stack.undo()  # the whole import, in one step
    assert "Will it use my school records?" not in [
        r["text"] for r in feedback.responses_for_session(ctx.programme, youth)
    ]

    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01garbage")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(bad))
    count = ctx.programme.db["feedback_responses"].count
    with qtbot.waitSignal(page.import_done, timeout=30000) as done:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert errors and "nothing was changed" in errors[-1]
    assert done.args == [errors[-1]] and page.import_report.toPlainText() == errors[-1]
    assert ctx.programme.db["feedback_responses"].count == count


def test_returned_feedback_by_channel_and_raise_as_point(ctx, qtbot, monkeypatch, errors):
    library = session(ctx, "Evening")
    page = FeedbackPage(ctx, library)
    qtbot.addWidget(page)
    page.show()
    assert "Online 1" in page.counts.text() and "Paper 1" in page.counts.text()
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("paper"))
    assert page.table.rowCount() == 1
    assert "I am 81" in page.table.item(0, 3).text()

    from workshop.ui.raise_point import RaiseChoice, RaisePointDialog

    monkeypatch.setattr(
        RaisePointDialog, "ask", lambda *a, **k: RaiseChoice(statement="Keep paper letters")
    )
    page.table.selectRow(0)
    assert page.raise_button.isEnabled()
    response_id = page.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    point = ctx.programme.rows("points", "statement = ?", ["Keep paper letters"])[0]
    sources = ctx.programme.rows("point_sources", "point_id = ?", [point["id"]])
    assert [(s["source_table"], s["source_id"]) for s in sources] == [
        ("feedback_responses", response_id)
    ]


def test_page_says_what_is_missing_when_there_is_no_feedback_address(programme, qtbot, errors):
    from workshop.core.sessions import add_session

    context = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    page = FeedbackPage(context, add_session(programme, {"title": "New"}))
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert "feedback address" in page.status.text()
    programme.update_programme({"feedback_url_template": "https://x.example/{code}"})
    assert page.save_button.isEnabled()
    context.bridge.detach()


def test_reopened_file_holds_what_the_page_did(demo_path, qtbot, errors):
    with Programme.open(demo_path) as programme:
        context = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
        staff = programme.rows("sessions", "title LIKE 'Front-line%'")[0]["id"]
        page = FeedbackPage(context, staff)
        qtbot.addWidget(page)
        code = feedback.cards_for_session(programme, staff)[0]["code"]
        qtbot.keyClicks(page.code_edit, code)
        page.channel.setCurrentIndex(page.channel.findData("text"))
        qtbot.keyClicks(page.words, "FAIR training first please")
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        page.close()
        context.bridge.detach()
    with Programme.open(demo_path) as reopened:
        texts = feedback.responses_for_session(reopened, staff, "text")
        assert [r["text"] for r in texts] == ["FAIR training first please"]
