"""File > Merge another file…: bring in what a colleague recorded on their laptop, then
show the merge report (what came in, and which items differed and which change won)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core import backups, merge
from workshop.core.errors import WorkshopError
from workshop.i18n import error_text
from workshop.ui import dialogs

FILE_FILTER = "Workshop programmes (*.workshop);;All files (*)"


class MergeReportDialog(QDialog):
    """The merge report, readable and selectable (to paste into an email)."""

    def __init__(self, report: merge.MergeReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Merge report"))
        self.resize(640, 420)
        heading = QLabel(report.lines()[0])
        heading.setWordWrap(True)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.text = QPlainTextEdit("\n".join(report.lines()[1:]) or self.tr("Nothing changed."))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Merge report"))
        note = QLabel(
            self.tr(
                "A backup of this file was made just before the merge: File > Restore "
                "from backup… takes you back to it."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        note.setVisible(report.backup is not None)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def plain_text(self) -> str:
        return "\n".join(self.report.lines())


def merge_into_window(window, other: Path | None = None) -> merge.MergeReport | None:
    """Ask for the other file (unless given), merge it into the window's file after a
    backup, confirm first if it is another programme, and show the report."""
    ctx = window.ctx
    programme = ctx.programme
    if programme.read_only:
        dialogs.show_error(
            window,
            window.tr(
                "This file is open read-only in this window, so nothing can be merged into "
                "it. Close the other window that has it open, then try again."
            ),
            window.tr("Nothing merged"),
        )
        return None
    if other is None:
        chosen = dialogs.ask_open_path(
            window,
            window.tr("Merge another programme file into this one"),
            str(Path(programme.path).parent),
            FILE_FILTER,
        )
        if not chosen:
            return None
        other = Path(chosen)

    def backup() -> backups.Backup:
        return backups.backup_programme(programme, "merge")

    try:
        try:
            report = merge.merge(programme, other, before=backup)
        except merge.DifferentProgrammeError as exc:
            if not dialogs.confirm(
                window,
                window.tr("A different programme"),
                error_text(exc).replace("confirm, or use --yes.", "merge it anyway?"),
                yes=window.tr("Merge anyway"),
            ):
                return None
            report = merge.merge(programme, other, confirm_different=True, before=backup)
    except WorkshopError as exc:
        dialogs.show_error(window, error_text(exc), window.tr("Nothing merged"))
        return None
    if report.changed:
        # Undo steps from before the merge may refer to rows the merge just replaced.
        ctx.undo_stack.clear()
    dialog = MergeReportDialog(report, window)
    window.last_merge_report_dialog = dialog  # tests and screen readers can find it
    dialog.open()
    return report
