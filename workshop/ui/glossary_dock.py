"""The glossary's dock (View > Glossary, Ctrl+G) and the Tools menu's Scenario decks… and
Questions still owed…, as a WINDOW_EXTENSION (`install`). The dock follows the window to a
newly opened programme file.

The panel inside the dock (`glossary_panel`) is built, and its module imported, the first
time the dock shows: the menus are made before the window first shows, and most sessions
never open the glossary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from workshop.ui.context import AppContext

if TYPE_CHECKING:
    from workshop.ui.glossary_panel import GlossaryPanel


def _tr(text: str) -> str:
    # The panel's context: these strings were written there first.
    return QCoreApplication.translate("GlossaryPanel", text)


class GlossaryDock(QDockWidget):
    """The glossary's dock. Its panel is built the first time the dock shows (or `panel()`
    is asked for), not when the window is built: most sessions never open it."""

    def __init__(self, window):
        super().__init__(_tr("Glossary"), window)
        self.setObjectName("glossary_dock")
        self._window = window
        self._panel: GlossaryPanel | None = None
        window.programme_opened.connect(self._follow)

    def panel(self) -> GlossaryPanel:
        if self._panel is None:
            from workshop.ui.glossary_panel import GlossaryPanel

            self._panel = GlossaryPanel(self._window.ctx)
            self.setWidget(self._panel)
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None

    def showEvent(self, event) -> None:
        self.panel()
        super().showEvent(event)

    def forget_programme(self) -> None:
        """The file is closing: the panel lets go of it."""
        if self._panel is not None:
            self._panel.set_context(None)

    def _follow(self, ctx: AppContext) -> None:
        if self._panel is not None:
            self._panel.set_context(ctx)


def install(window) -> None:
    """WINDOW_EXTENSION: the glossary dock (View > Glossary) and Tools > Scenario decks…"""
    dock = GlossaryDock(window)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText(_tr("&Glossary"))
    toggle.setShortcut(QKeySequence("Ctrl+G"))
    toggle.setObjectName("action_glossary")
    window.menu("menu_view").addAction(toggle)
    window.glossary_dock = dock

    def open_decks() -> None:
        from workshop.ui.deck_editor import DeckEditor

        editor = getattr(window, "deck_editor", None)
        if editor is None or editor.ctx is not window.ctx:
            if editor is not None:
                editor.close()
            editor = DeckEditor(window.ctx, window)
            window.deck_editor = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()

    window.add_action(
        "menu_tools",
        _tr("Scenario &decks…"),
        open_decks,
        QKeySequence("Ctrl+Shift+D"),
        "action_scenario_decks",
    )

    def open_still_owed() -> None:
        from workshop.ui.question_wall import StillOwedDialog

        dialog = StillOwedDialog(window.ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.programme_closing.connect(dialog.close)
        dialog.show()

    window.add_action(
        "menu_tools",
        _tr("&Questions still owed…"),
        open_still_owed,
        None,
        "action_questions_owed",
    )

    def closing(_ctx) -> None:
        editor = getattr(window, "deck_editor", None)
        if editor is not None:
            editor.close()
            window.deck_editor = None
        dock.forget_programme()

    window.programme_closing.connect(closing)
