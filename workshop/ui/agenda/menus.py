"""The agenda's items in the main window's menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("agenda", text)


def install_menus(window) -> None:
    """Session > New session from plan…, and Edit > Search notes…"""
    window.add_action(
        "menu_session",
        _tr("New session from &plan…"),
        lambda: _new_from_plan(window),
        name="new_from_plan",
    )
    window.add_action(
        "menu_edit",
        _tr("&Search notes…"),
        lambda: _search(window),
        "Ctrl+Shift+F",
        name="search_notes",
    )


def _new_from_plan(window) -> None:
    # The plan dialog (and the session plans it reads) are imported when asked for: the
    # menus are built before the window first shows.
    from workshop.ui.agenda.plan_dialog import new_session_from_plan

    new_session_from_plan(window.ctx, window)


def _search(window) -> None:
    from workshop.ui.board.search import SearchNotesDialog

    window._search_notes = SearchNotesDialog(window.ctx, window)
    window._search_notes.show()
