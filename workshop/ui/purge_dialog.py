"""Tools > Personal data due for removal…: which sessions' personal data has passed its
removal date, removing it on request, and the log of what was removed and when."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core import purge
from workshop.core.store import Programme
from workshop.ui import dialogs, runner
from workshop.ui.context import AppContext
from workshop.ui.dates import short_date, short_date_time
from workshop.ui.window_geometry import FittingDialog

SESSION_ROLE = Qt.ItemDataRole.UserRole


class PurgeDialog(FittingDialog):
    removal_done = Signal(str)  # error ('' when removed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._task: runner.Task | None = None
        self.setWindowTitle(self.tr("Personal data due for removal"))
        self.resize(660, 480)
        intro = QLabel(
            self.tr(
                "Names, contact details and who received an incentive are kept only until "
                "each session's removal date. Removing them keeps everything anonymous: "
                "participant codes, notes, counts, responses and feedback stay. Removal "
                "cannot be undone."
            )
        )
        intro.setWordWrap(True)
        self.due_list = QListWidget()
        self.due_list.setAccessibleName(self.tr("Sessions with personal data due for removal"))
        self.nothing_due = QLabel(self.tr("No personal data is due for removal."))
        self.remove_button = QPushButton(self.tr("&Remove the ticked personal data…"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the personal data of the ticked sessions")
        )
        self.remove_button.clicked.connect(self.remove_ticked)
        log_heading = QLabel(self.tr("Removed so far"))
        self.log_list = QListWidget()
        self.log_list.setAccessibleName(self.tr("Log of personal data removed"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.due_list, 2)
        layout.addWidget(self.nothing_due)
        layout.addWidget(self.remove_button)
        layout.addWidget(log_heading)
        layout.addWidget(self.log_list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        programme = self.ctx.programme
        self.due_list.clear()
        for item in purge.due(programme):
            when = short_date(item.starts_at) or self.tr("no date")
            text = self.tr("%s (%s) — due %s: %s") % (
                item.title,
                when,
                short_date(item.purge_after),
                item.what(),
            )
            row = QListWidgetItem(text)
            row.setData(SESSION_ROLE, item.session_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.due_list.addItem(row)
        has_due = self.due_list.count() > 0
        self.nothing_due.setVisible(not has_due)
        self.due_list.setVisible(has_due)
        self.remove_button.setEnabled(has_due and not programme.read_only)
        self.log_list.clear()
        for entry in purge.purge_log(programme):
            when = short_date_time(entry["purged_at"])
            self.log_list.addItem(
                self.tr("%s — %s: %s") % (when, entry["session_title"], entry["what"])
            )
        if self.log_list.count() == 0:
            self.log_list.addItem(self.tr("Nothing removed yet."))

    def ticked(self) -> list[str]:
        return [
            self.due_list.item(i).data(SESSION_ROLE)
            for i in range(self.due_list.count())
            if self.due_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def remove_ticked(self) -> None:
        ids = self.ticked()
        if not ids:
            dialogs.show_info(self, self.tr("Tick the sessions whose personal data to remove."))
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove personal data"),
            self.tr(
                "Remove the personal data of %1 now, from this file and from its "
                "backups? This cannot be undone."
            ).replace(
                "%1",
                self.tr("1 session") if len(ids) == 1 else self.tr("%n sessions", "", len(ids)),
            ),
            yes=self.tr("Remove it"),
            cancel_is_default=True,
        ):
            return
        ids = list(ids)

        # Off the UI thread on a connection of its own: scrubbing every backup and kept
        # copy rewrites each of them, which takes a while on a laptop's disk.
        def write(programme: Programme, progress: runner.Progress) -> tuple[purge.PurgeResult, int]:
            result = purge.purge(programme, ids)
            progress(0.5, self.tr("Removing it from the backups…"))
            return result, purge.scrub_backups(programme)

        self._task = runner.Task(
            self,
            runner.on_the_file(Path(self.ctx.programme.path), write),
            failure_title=self.tr("Personal data not removed"),
            unexpected=self.tr("The removal stopped: %s. Nothing was removed."),
        )
        self._task.succeeded.connect(self._removed)
        self._task.failed.connect(self._not_removed)
        self.remove_button.setEnabled(False)
        self._task.start()

    def _not_removed(self, error: str) -> None:
        """The runner shows why next; nothing was removed (the purge is one transaction)."""
        self._task = None
        self.refresh()
        self.removal_done.emit(error)

    def _removed(self, written: runner.Written) -> None:
        self._task = None
        result, scrubbed = written.result
        self.ctx.programme.announce(written.changes)
        # Undo steps may still hold the removed names: they must not bring them back.
        self.ctx.undo_stack.clear()
        self.refresh()
        dialogs.show_info(
            self,
            self.tr("Removed %1 from %2, and from %3.")
            .replace(
                "%1",
                self.tr("1 personal detail")
                if result.total == 1
                else self.tr("%n personal details", "", result.total),
            )
            .replace(
                "%2",
                self.tr("1 session")
                if len(result.sessions) == 1
                else self.tr("%n sessions", "", len(result.sessions)),
            )
            .replace(
                "%3", self.tr("1 backup") if scrubbed == 1 else self.tr("%n backups", "", scrubbed)
            ),
            self.tr("Personal data removed"),
        )
        self.removal_done.emit("")
