"""Starting the app: `workshop [FILE]`, `python -m workshop`, or the Windows launcher."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workshop import APP_NAME, ORG_NAME
from workshop.ui import file_opening, settings
from workshop.ui.app_icon import app_icon
from workshop.ui.fonts import register_bundled_fonts
from workshop.ui.start_up import window_shown
from workshop.ui.theme import apply_theme


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["workshop", *(argv or [])])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())  # every window, the task bar and the Alt+Tab list
    register_bundled_fonts()  # Urdu and Arabic letters on screen without system fonts
    from workshop.i18n import install_translator

    install_translator(app, settings.chosen_language())
    apply_theme(app)  # text size and high contrast from Preferences
    return app


def build_window(path: Path | None):
    """The main window on `path` (or the default file), or None if it could not open."""
    from workshop.ui.main_window import MainWindow

    programme = file_opening.open_for_window(path, None)
    if programme is None:
        return None
    return MainWindow(programme)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        app = make_application()
        window = build_window(Path(argv[0]) if argv else None)
        if window is None:
            return 2
        window.show()
    finally:
        window_shown()  # the entry points paused the cycle collector (start_up.py)
    return app.exec()
