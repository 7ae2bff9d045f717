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
