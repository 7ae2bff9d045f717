"""Opening the real main window for a test, the way the app does."""

from __future__ import annotations

from pathlib import Path

from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow


def shown_window(qtbot, path: Path) -> MainWindow:
    """The main window on `path`, shown and exposed; closed and deleted after the test
    (qtbot and the conftest's clean-up of leftover windows see to that)."""
    make_application()
    window = MainWindow(Programme.open(path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def dialogs_from_menus(window: MainWindow, actions, qtbot, monkeypatch):
    """Trigger each of `actions` (menu items that open a dialog or window) without
    blocking: a modal dialog is shown instead of run, then cancelled. Yields (the item's
    name, each window or dialog it opened), and closes each after the caller has looked."""
    from PySide6.QtWidgets import QApplication, QDialog

    shown: list[QDialog] = []

    def fake_exec(self) -> int:
        self.show()
        shown.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for action in actions:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        action.trigger()
        qtbot.wait(1)
        opened = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and w is not window
        ] + [d for d in shown if d.isVisible()]
        for widget in opened:
            yield action.text().replace("&", ""), widget
            widget.close()
        shown.clear()


def quiet_window(qtbot, path: Path, monkeypatch):
    """The main window on `path` for a walk that must never block: every question the app
    asks is answered "no", every file chooser cancelled. Yields the window; afterwards
    closes it and anything it left open. Use as `yield from quiet_window(...)`."""
    from PySide6.QtWidgets import QApplication

    from workshop.ui import dialogs, settings

    for name in ("confirm", "show_error", "show_info", "ask_text"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: "")
    monkeypatch.setattr(dialogs, "ask_open_paths", lambda *a, **k: [])
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: "")
    settings.write(settings.WELCOME_SHOWN, True)
    window = shown_window(qtbot, path)
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    window.close()
