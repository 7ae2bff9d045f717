"""File > Merge another file…: bring in what a colleague recorded on their laptop, then
show the merge report (what came in, and which items differed and which change won)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core import backups, merge
from workshop.core.store import Programme
from workshop.ui import dialogs, runner
from workshop.ui.restore_dialog import restore_into_window
from workshop.ui.window_geometry import FittingDialog

FILE_FILTER = "Workshop programmes (*.workshop);;All files (*)"


class MergeReportDialog(FittingDialog):
    """The merge report, readable and selectable (to paste into an email)."""

    def __init__(
        self,
        report: merge.MergeReport,
        parent: QWidget | None = None,
        undo: Callable[[], object] | None = None,
    ):
        super().__init__(parent)
        self.report = report
        self._undo = undo
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
                "A backup of this file was made just before the merge: Undo this merge "
                "(or File > Restore from backup…) takes you back to it."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(
            self.tr("Undo this merge"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setObjectName("undo_merge")
        self.undo_button.setVisible(undo is not None and report.backup is not None)
        self.undo_button.clicked.connect(self.undo_merge)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        note.setVisible(report.backup is not None)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def undo_merge(self) -> None:
        """The whole merge undone as one step: the file goes back to its backup from just
        before the merge (the merged file is kept beside it, as any restore does)."""
        self.accept()
        if self._undo is not None:
            self._undo()

    def plain_text(self) -> str:
        return "\n".join(self.report.lines())


def merge_into_window(window, other: Path | None = None) -> runner.Task | None:
    """Ask for the other file (unless given) and start merging it into the window's file,
    off the UI thread, after a backup. Confirm first if it is another programme; show the
    report when done (`window.last_merge_report_dialog`). Returns the running Task."""
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
    running = getattr(window, "merge_task", None)
    if running is not None and running.running:
        return running  # one merge at a time; the report of this one is on its way
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
    return _start(window, Path(other), confirm_different=False)


def _start(window, other: Path, confirm_different: bool, trust_clocks: bool = False) -> runner.Task:
    ctx = window.ctx

    def write(programme: Programme, progress: runner.Progress):
        try:
            return merge.merge(
                programme,
                other,
                confirm_different=confirm_different,
                before=lambda: backups.backup_programme(programme, "merge"),
                trust_clocks=trust_clocks,
            )
        except (merge.DifferentProgrammeError, merge.ClocksDisagreeError) as exc:
            return exc  # a question for the facilitator, not a failure

    task = runner.Task(
        window,
        runner.on_the_file(Path(ctx.programme.path), write),
        failure_title=window.tr("Nothing merged"),
        unexpected=window.tr("The merge stopped: %s. Nothing was merged."),
    )
    task.succeeded.connect(lambda written: _merged(window, ctx, other, written))
    window.merge_task = task
    window.statusBar().showMessage(window.tr("Merging %s…") % other.name)
    task.finished.connect(lambda: window.statusBar().clearMessage())
    return task.start()


def _clocks_question(window, error: merge.ClocksDisagreeError) -> str:
    days = error.days_ahead
    years = round(days / 365.25)
    if years >= 2:
        ahead = window.tr("about %1 years").replace("%1", str(years))
    elif years == 1:
        ahead = window.tr("about a year")
    elif days > 1:
        ahead = window.tr("%1 days").replace("%1", str(days))
    else:
        ahead = window.tr("more than a day")
    return (
        window.tr(
            "%1 holds changes dated as late as %2, %3 after this laptop's clock (%4). One "
            "of the two clocks is probably wrong: if you merge, its changes will win "
            "wherever a detail was changed on both laptops, even over changes made since.\n\n"
            "Check the date and time on both laptops first. Merge anyway?"
        )
        .replace("%1", error.file_name)
        .replace("%2", error.latest_day)
        .replace("%3", ahead)
        .replace("%4", error.today)
    )


def _merged(window, ctx, other: Path, written: runner.Written) -> None:
    outcome = written.result
    if isinstance(outcome, merge.DifferentProgrammeError):
        if dialogs.confirm(
            window,
            window.tr("A different programme"),
            window.tr(
                "%1 holds a different programme ('%2'), not '%3'. Merge it only if you are "
                "sure: merge it anyway?"
            )
            .replace("%1", outcome.file_name)
            .replace("%2", outcome.their_title)
            .replace("%3", outcome.our_title),
            yes=window.tr("Merge anyway"),
            cancel_is_default=True,
        ):
            _start(window, other, confirm_different=True)
        return
    if isinstance(outcome, merge.ClocksDisagreeError):
        if dialogs.confirm(
            window,
            window.tr("Check the laptops' clocks"),
            _clocks_question(window, outcome),
            yes=window.tr("Merge anyway"),
            cancel_is_default=True,
        ):
            _start(window, other, confirm_different=True, trust_clocks=True)
        return
    report: merge.MergeReport = outcome
    if ctx.programme.closed:
        return  # the window moved on to another file meanwhile
    if report.changed:
        # Undo steps from before the merge may refer to rows the merge just replaced.
        ctx.undo_stack.clear()
    ctx.programme.announce(written.changes)
    backup = report.backup
    dialog = MergeReportDialog(
        report,
        window,
        undo=(lambda: restore_into_window(window, backup.path)) if backup is not None else None,
    )
    window.last_merge_report_dialog = dialog  # tests and screen readers can find it
    dialog.open()
