"""File > Restore from backup…: choose one of the open file's snapshots and put it back.

The file as it is now is kept (renamed beside it), and a last snapshot of it is made when
it closes, so restoring can itself be undone by restoring again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import backups
from workshop.core.errors import WorkshopError
from workshop.core.store import Programme
from workshop.i18n import error_text
from workshop.ui import dialogs, settings
from workshop.ui.window_geometry import FittingDialog

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(FittingDialog):
    """Lists the snapshots of `document`, newest first; `chosen()` after accept."""

    def __init__(self, document: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = Path(document)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "Workshop keeps backups of “%s” in its own folder on this computer: when "
                "you open it, every 10 minutes while you work, and when you close it. "
                "Choose the one to go back to. The file as it is now is kept under a new "
                "name beside it; nothing is deleted."
            )
            % self.document.name
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups of this file, newest first"))
        first_good = -1
        for backup in backups.list_backups(self.document):
            problem = backups.check_backup(backup.path)
            text = backups.describe(backup)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(backup.path))
            if problem:
                # Said in words, not only greyed out.
                item.setText(self.tr("%s — damaged, cannot be restored") % text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_good < 0:
                first_good = self.list.count()
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.empty.setVisible(self.list.count() == 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if first_good >= 0:
            self.list.setCurrentRow(first_good)
        self.list.setFocus()

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None


def restore_into_window(window, backup: Path) -> bool:
    """Close the window's file, put `backup` in its place (keeping the current file) and
    open it again. Says what happened. Returns True when restored."""
    ctx = window.ctx
    document = Path(ctx.programme.path)
    if ctx.programme.read_only:
        dialogs.show_error(window, _read_only_text(window), window.tr("Backup not restored"))
        return False
    problem = backups.check_backup(backup)
    if problem:
        dialogs.show_error(
            window,
            window.tr("That backup cannot be restored (%s). Choose another one.") % problem,
            window.tr("Backup not restored"),
        )
        return False
    # Show the backup itself (read-only) for a moment, so the window lets go of the
    # file through its usual path: pending edits saved, last snapshot made, lock freed.
    try:
        placeholder = Programme.open(backup, read_only=True)
    except WorkshopError as exc:
        dialogs.show_error(window, error_text(exc), window.tr("Backup not restored"))
        return False
    window.set_programme(placeholder)
    _forget_recent(backup)
    try:
        from workshop.core import instance_lock

        with instance_lock.writing(document, "restore"):
            kept = backups.restore_backup(document, backup)
    except WorkshopError as exc:
        window.open_path(document)
        dialogs.show_error(window, error_text(exc), window.tr("Backup not restored"))
        return False
    if not window.open_path(document):
        return False
    text = window.tr("Restored the backup from %s.") % _when(backup)
    if kept is not None:
        text += " " + window.tr("The file as it was is kept as “%s”.") % kept.name
    dialogs.show_info(window, text, window.tr("Backup restored"))
    return True


def _when(backup: Path) -> str:
    found = backups.parse_backup(backup)
    return found.local_time_text() if found else backup.name


def _forget_recent(path: Path) -> None:
    """The stand-in shown while the file was swapped is not a file the facilitator opened."""
    settings.forget_recent_file(path)


def _read_only_text(window) -> str:
    return window.tr(
        "This file is open read-only in this window, so it cannot be replaced from here. "
        "Close the other window that has it open, then try again."
    )
