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
