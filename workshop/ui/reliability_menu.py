"""The window's safety menu items and the automatic backup timer.

File > Restore from backup…, File > Merge another file…, File > Back up now, and
Tools > Personal data due for removal…. A QTimer asks for a snapshot every 10 minutes
(made only when something changed); the last one is made when the file closes (see
`file_opening`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from workshop.core import backups, purge_waiting
from workshop.core.errors import WorkshopError
from workshop.i18n import error_text
from workshop.ui import dialogs, file_opening

# The dialogs' modules are imported when first asked for, not at start-up (issue 18).
if TYPE_CHECKING:
    from workshop.ui.purge_dialog import PurgeDialog
    from workshop.ui.restore_dialog import RestoreDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("reliability_menu", text)


def install(window) -> None:
    """screens.WINDOW_EXTENSIONS entry: menus and the backup timer for `window`."""
    file_menu = "menu_file"
    window.add_action(
        file_menu,
        _tr("&Restore from backup…"),
        lambda: restore_from_backup(window),
        None,
        "action_restore_backup",
    )
    window.add_action(
        file_menu,
        _tr("&Merge another file…"),
        lambda: merge_another_file(window),
        None,
        "action_merge",
    )
    window.add_action(
        file_menu, _tr("&Back up now"), lambda: back_up_now(window), None, "action_back_up_now"
    )
    window.add_action(
        "menu_tools",
        _tr("&Personal data due for removal…"),
        lambda: show_purge(window),
        None,
        "action_purge",
    )

    timer = QTimer(window)
    timer.setObjectName("backup_timer")
    timer.setInterval(backups.INTERVAL_MINUTES * 60 * 1000)
    timer.timeout.connect(lambda: backup_tick(window))
    timer.start()
    window.backup_timer = timer

    window.programme_opened.connect(lambda ctx: _on_open(window, ctx.programme))
    if window.ctx is not None:
        _on_open(window, window.ctx.programme)


def _on_open(window, programme) -> None:
    _watch(programme)
    remind_of_due_data(window)


def remind_of_due_data(window) -> str:
    """A quiet reminder (status bar, no dialog) when personal data is due for removal."""
    if window.ctx is None or window.ctx.programme.read_only:
        return ""
    if not purge_waiting.any_past_purge_date(window.ctx.programme):
        return ""  # the usual case, answered without importing the purge
    from workshop.core import purge

    count = len(purge.due(window.ctx.programme))
    if not count:
        return ""
    text = _tr(
        "Personal data of %1 is due for removal: Tools > Personal data due for removal…"
    ).replace(
        "%1",
        _tr("1 session")
        if count == 1
        else QCoreApplication.translate("reliability_menu", "%n sessions", "", count),
    )
    window.statusBar().showMessage(text, 30000)
    return text


def _watch(programme) -> None:
    """Programmes opened around `file_opening` (tests, scripts) get snapshots too."""
    if file_opening.auto_backup_of(programme) is None and not programme.read_only:
        file_opening.ensure_auto_backup(programme)


def backup_tick(window) -> backups.Backup | None:
    """Every 10 minutes: a snapshot if anything changed since the last one."""
    if window.ctx is None:
        return None
    auto = file_opening.auto_backup_of(window.ctx.programme)
    if auto is None:
        return None
    made = auto.tick()
    if made is not None:
        window.statusBar().showMessage(
            _tr("Backed up at %s") % made.made_at.astimezone().strftime("%H:%M"), 5000
        )
    elif auto.last_error:
        window.statusBar().showMessage(auto.last_error, 15000)
    return made


def back_up_now(window) -> backups.Backup | None:
    programme = window.ctx.programme
    try:
        made = backups.backup_programme(programme, "manual")
    except WorkshopError as exc:
        dialogs.show_error(window, error_text(exc), _tr("Not backed up"))
        return None
    auto = file_opening.auto_backup_of(programme)
    if auto is not None:
        auto.dirty = False
    window.statusBar().showMessage(
        _tr("Backed up at %s") % made.made_at.astimezone().strftime("%H:%M"), 6000
    )
    return made


def merge_another_file(window) -> None:
    from workshop.ui.merge_dialog import merge_into_window

    merge_into_window(window)


def restore_from_backup(window) -> RestoreDialog:
    from workshop.ui.restore_dialog import RestoreDialog, restore_into_window

    dialog = RestoreDialog(window.ctx.programme.path, window)

    def chosen() -> None:
        backup = dialog.chosen()
        if backup is not None:
            restore_into_window(window, backup)

    dialog.accepted.connect(chosen)
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def show_purge(window) -> PurgeDialog:
    from workshop.ui.purge_dialog import PurgeDialog

    dialog = PurgeDialog(window.ctx, window)
    window.purge_dialog = dialog
    dialog.open()
    return dialog
