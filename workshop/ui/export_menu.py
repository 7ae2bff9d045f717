"""File > Export summary pack… and Export record as data…, as a WINDOW_EXTENSION.

The dialogs (`export_dialog`, with the privacy rules that say what a pack leaves out) are
imported when an item is chosen: the menus are made before the window first shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    # The dialogs' context: these strings were written there first.
    return QCoreApplication.translate("export_dialog", text)


def install(window) -> None:
    """screens.WINDOW_EXTENSIONS entry."""
    window.add_action(
        "menu_file",
        _tr("Export summary &pack…"),
        lambda: _pack(window),
        "Ctrl+Shift+E",
        "action_export_pack",
    )
    window.add_action(
        "menu_file",
        _tr("Export record as &data…"),
        lambda: _record(window),
        None,
        "action_export_record",
    )


def _pack(window) -> None:
    from workshop.ui.export_dialog import show_pack_dialog

    show_pack_dialog(window)


def _record(window) -> None:
    from workshop.ui.export_dialog import show_record_dialog

    show_record_dialog(window)
