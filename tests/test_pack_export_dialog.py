"""File > Export summary pack…: choose what to include, see what is left out, export in
the background with a progress bar; File > Export record as data…."""

from __future__ import annotations

import io
import json
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from workshop.core.store import Programme
from workshop.ui import dialogs, export_dialog
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    yield win
    win.close()


def _action(window, name):
    return next(a for a in window.menu("menu_file").actions() if a.objectName() == name)


def test_export_pack_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "pack.pdf"
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_path", lambda parent, title, start, kind: asked.append(start) or str(out)
    )
    _action(window, "action_export_pack").trigger()
    dialog = window._export_dialog
    qtbot.addWidget(dialog)
    # Before export, the facilitator sees what will be left out.
    shown = [dialog.left_out_list.item(i).text() for i in range(dialog.left_out_list.count())]
    assert any("individual access request" in line for line in shown)
    assert any("fewer than 5" in line for line in shown)
    dialog.internal.setChecked(True)
    internal_lines = [
        dialog.left_out_list.item(i).text() for i in range(dialog.left_out_list.count())
    ]
    assert internal_lines != shown
    dialog.partner.setChecked(True)
    dialog.scope.setCurrentIndex(2)  # the second session by date
    session_title = dialog.scope.currentText().rsplit(" (", 1)[0]

    with qtbot.waitSignal(dialog.export_finished, timeout=30000) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()  # running in the background
    paths, error = finished.args
    assert error == ""
    assert [p.rsplit("/", 1)[-1] for p in paths] == ["pack.pdf", "pack.html"]
    assert asked and asked[0].endswith("summary pack.pdf")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert session_title in reader.metadata.title
    assert dialog.progress.value() == 100
    assert "pack.pdf" in dialog.status.text()
    assert dialog.export_button.isEnabled()
    # What happened, then the next step: the folder the pack is in.
    assert dialog.show_folder_button.isVisible()
    opened = []
    monkeypatch.setattr(
        export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dialog.show_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_export_record_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "record.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(out))
    _action(window, "action_export_record").trigger()
    dialog = window._export_dialog
    qtbot.addWidget(dialog)
    dialog.json.setChecked(True)
    with qtbot.waitSignal(dialog.export_finished, timeout=30000) as finished:
        dialog.export_button.click()
    assert finished.args[1] == ""
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "workshop-record"


def test_a_failed_export_says_so_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, title=None: errors.append(text))
    out = tmp_path / "no-such-folder" / "pack.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(out))
    _action(window, "action_export_pack").trigger()
    dialog = window._export_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.export_finished, timeout=30000) as finished:
        dialog.export_button.click()
    assert "does not exist" in finished.args[1]
    assert errors and "does not exist" in errors[0]
    assert not out.exists()


def test_the_export_runs_off_the_ui_thread(qtbot, window, tmp_path, monkeypatch):
    threads = []
    from workshop.export import record

    real_export = record.export_record

    def export_record(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(record, "export_record", export_record)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "record.json"))
    _action(window, "action_export_record").trigger()
    dialog = window._export_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.export_finished, timeout=30000) as finished:
        dialog.export_button.click()
    assert finished.args[1] == ""
    assert threads and threads[0] is not threading.main_thread()


def test_controls_have_accessible_names(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget

    _action(window, "action_export_pack").trigger()
    dialog = window._export_dialog
    qtbot.addWidget(dialog)
    for kind in (QAbstractButton, QComboBox, QListWidget):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget
