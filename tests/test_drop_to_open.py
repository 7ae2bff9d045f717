"""Dropping files the way a desktop user expects: a programme file dropped on the main
window opens it; a form's CSV dropped on the feedback page starts its import. Other
drops are not taken and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from workshop.core import feedback
from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.feedback_page import FeedbackPage
from workshop.ui.main_window import MainWindow


def _mime(*paths: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(p) if isinstance(p, str) else QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(widget, mime: QMimeData) -> bool:
    """Drag the files over the widget, then drop them; whether the drag was taken."""
    where = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


@pytest.fixture
def window(qtbot, demo_path, errors):
    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_a_programme_file_dropped_on_the_window_opens_it(window, tmp_path, demo_path, errors):
    other = tmp_path / "other.workshop"
    Programme.create(other, "Other programme").close()
    assert window.acceptDrops()
    assert _drop(window, _mime(other))
    assert window.ctx.programme.path == other
    assert window.windowTitle().startswith("Other programme")
    assert not errors


def test_other_drops_on_the_window_are_not_taken(window, tmp_path, demo_path, errors):
    notes = tmp_path / "notes.csv"
    notes.write_text("a,b\n", encoding="utf-8")
    first = tmp_path / "one.workshop"
    second = tmp_path / "two.workshop"
    for path in (first, second):
        Programme.create(path, path.stem).close()
    assert not _drop(window, _mime(notes))
    assert not _drop(window, _mime(first, second))
    assert not _drop(window, _mime("https://example.org/x.workshop"))
    assert window.ctx.programme.path == demo_path
    assert not errors


@pytest.fixture
def ctx(demo):
    context = AppContext(demo, ProgrammeBridge(demo), QUndoStack())
    yield context
    context.bridge.detach()


def test_a_csv_dropped_on_the_feedback_page_is_imported(ctx, qtbot, tmp_path, errors):
    youth = ctx.programme.rows("sessions", "title LIKE 'Youth%'")[0]["id"]
    page = FeedbackPage(ctx, youth)
    qtbot.addWidget(page)
    code = feedback.cards_for_session(ctx.programme, youth)[1]["code"]
    csv_path = tmp_path / "form export.csv"
    csv_path.write_text(
        f"Timestamp,Card,Your answer\n18/02/2027 19:02,{code},Who reads what I type?\n",
        encoding="utf-8-sig",
    )
    # A picture or two files at once is not taken: nothing starts.
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drop(page, _mime(picture))
    assert not _drop(page, _mime(csv_path, csv_path))
    assert not page.import_report.toPlainText()

    assert _drop(page, _mime(csv_path))
    # A new form: its columns are shown to confirm first, as after the button.
    assert page.columns_dialog.roles()["Card"] == "code"
    with qtbot.waitSignal(page.import_done, timeout=30000) as done:
        page.columns_dialog.accept()
    assert done.args == [""]
    assert "form export.csv: 1 added" in page.import_report.toPlainText()
    texts = [r["text"] for r in feedback.responses_for_session(ctx.programme, youth)]
    assert "Who reads what I type?" in texts
    assert not errors
