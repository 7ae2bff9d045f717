"""What opening an exercise from the agenda does, for each kind declared in
`workshop.core.exercise_kinds`. "Open board" and a double-click on the row both come here.

Every declared kind needs an entry (a test walks the declaration), so a new kind cannot be
added without deciding what opening it does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from workshop.ui import settings
from workshop.ui.window_geometry import keep_geometry

if TYPE_CHECKING:  # the page imports this module; the type is only for annotations
    from workshop.ui.agenda.page import AgendaPage

Opener = Callable[["AgendaPage", dict[str, Any]], QWidget | None]


def open_board_window(page: AgendaPage, exercise: dict[str, Any]) -> QWidget:
    """The exercise's board in its own window, one per exercise, reused while open."""
    exercise_id = exercise["id"]
    window = page.board_windows.get(exercise_id)
    if window is None:
        # Imported on first use: at start-up it would add about 50 ms for a window not yet shown.
        from workshop.ui.board.board_widget import BoardWidget

        window = BoardWidget(page.ctx, exercise_id)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: page.board_windows.pop(exercise_id, None))
        keep_geometry(window, settings.BOARD_WINDOW_GEOMETRY, QSize(1280, 800))
        page.board_windows[exercise_id] = window
    window.setWindowTitle(exercise["title"])
    window.show()
    window.raise_()
    window.activateWindow()
    window.entry.setFocus()
    return window


def opens_nothing(page: AgendaPage, exercise: dict[str, Any]) -> None:
    """Scenario cards and the question wall are run from their own tabs of the session;
    other exercises have nothing to open."""
    return None


OPENERS: dict[str, Opener] = {
    "board": open_board_window,
    "cards": opens_nothing,
    "questions": opens_nothing,
    "other": opens_nothing,
}


def open_exercise(page: AgendaPage, exercise: dict[str, Any]) -> QWidget | None:
    # A kind this version does not declare (a file from a newer one) opens nothing.
    return OPENERS.get(exercise["kind"], opens_nothing)(page, exercise)
