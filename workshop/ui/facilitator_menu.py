"""Menu items for the facilitator's own comfort: Preferences, text size, high contrast,
help for the current screen (F1), the keyboard shortcuts page and the welcome.

Listed in `screens.WINDOW_EXTENSIONS`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from workshop.ui import theme, welcome

TEXT_STEP = 10


class _ContrastTick(QObject):
    """Keeps View > High contrast ticked when contrast is changed in Preferences."""

    def __init__(self, action: QAction):
        super().__init__(action)
        self.action = action

    def follow(self, _scale: float, high: bool) -> None:
        if self.action.isChecked() != high:
            self.action.setChecked(high)


def _tr(text: str) -> str:
    return QCoreApplication.translate("facilitator_menu", text)


def _help_screens():
    """The help module, imported when help is first asked for (not at start-up)."""
    from workshop.ui import help as help_screens

    return help_screens


def install(window: QMainWindow) -> None:
    edit_menu = window.menu("menu_edit")
    view_menu = window.menu("menu_view")
    help_menu = window.menu("menu_help")

    edit_menu.addSeparator()
    window.add_action(
        "menu_edit",
        _tr("&Preferences…"),
        lambda: open_preferences(window),
        QKeySequence("Ctrl+,"),
        "action_preferences",
    )

    window.add_action(
        "menu_view",
        _tr("&Bigger text"),
        lambda: theme.set_text_scale(theme.text_scale_percent() + TEXT_STEP),
        [QKeySequence("Ctrl+Alt+="), QKeySequence("Ctrl+Alt++")],
        "action_text_bigger",
    )
    window.add_action(
        "menu_view",
        _tr("&Smaller text"),
        lambda: theme.set_text_scale(theme.text_scale_percent() - TEXT_STEP),
        QKeySequence("Ctrl+Alt+-"),
        "action_text_smaller",
    )
    window.add_action(
        "menu_view",
        _tr("&Normal text size"),
        lambda: theme.set_text_scale(theme.MIN_SCALE_PERCENT),
        QKeySequence("Ctrl+Alt+0"),
        "action_text_normal",
    )
    contrast = window.add_action(
        "menu_view",
        _tr("&High contrast"),
        lambda checked=False: theme.set_high_contrast(bool(checked)),
        QKeySequence("Ctrl+Alt+H"),
        "action_high_contrast",
    )
    contrast.setCheckable(True)
    contrast.setChecked(theme.is_high_contrast())
    # A slot on an object owned by the action: disconnected when the window goes.
    theme.theme_changed().changed.connect(_ContrastTick(contrast).follow)
    view_menu.addSeparator()

    help_action = QAction(_tr("&Help for this screen"), window)
    help_action.setObjectName("action_help")
    help_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
    if not help_action.shortcuts():
        help_action.setShortcut(QKeySequence("F1"))
    help_action.triggered.connect(lambda: _help_screens().show_help(window))
    # F1 works in the board and card windows too, not only in the main window.
    help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcuts = QAction(_tr("&Keyboard shortcuts"), window)
    shortcuts.setObjectName("action_shortcuts")
    shortcuts.setShortcut(QKeySequence("Ctrl+F1"))
    shortcuts.triggered.connect(lambda: _help_screens().show_shortcuts(window))
    again = QAction(_tr("&Welcome…"), window)
    again.setObjectName("action_welcome")
    again.triggered.connect(lambda: welcome.show_welcome(window))
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertActions(first, [help_action, shortcuts, again])
    help_menu.insertSeparator(first)

    # After the window is on screen, the first time only (never offscreen, so not in tests).
    QTimer.singleShot(0, lambda: _first_run(window))


def _first_run(window: QMainWindow) -> None:
    try:
        welcome.maybe_show_welcome(window)
    except RuntimeError:  # the window was closed before the event loop ran
        pass


def open_preferences(window: QMainWindow):
    from workshop.ui.preferences import PreferencesDialog

    dialog = window.findChild(PreferencesDialog)
    if dialog is None:
        dialog = PreferencesDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.language.setFocus()
    return dialog
