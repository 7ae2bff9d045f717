"""File > Bring in scans… and File > Type in scanned paper…: scans and photos of returned
cards and forms read off the UI thread (`workshop.paperscan`, imported only when used:
zxing-cpp, PIL and pypdfium2 are not needed to open the window), then a notice with what
was found and the next step, the transcription queue (`scan_queue`).

Listed in `screens.WINDOW_EXTENSIONS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop.ui import dialogs, notices, runner

if TYPE_CHECKING:
    from workshop.core import scans


def _tr(text: str) -> str:
    return QCoreApplication.translate("scan_bring_in", text)


def install(window) -> None:
    """screens.WINDOW_EXTENSIONS entry."""
    window.add_action(
        "menu_file", _tr("Bring in &scans…"), lambda: bring_in_scans(window), None, "action_scans"
    )
    queue = window.add_action(
        "menu_file",
        _tr("&Type in scanned paper…"),
        lambda: _show_queue(window),
        None,
        "action_scan_queue",
    )
    # Enabled only with something to type; asked as the menu opens (the action has no
    # shortcut), so opening a file does not read the scans.
    window.menu("menu_file").aboutToShow.connect(lambda: queue.setEnabled(waiting(window) > 0))


def waiting(window) -> int:
    """Scanned cards, forms and pages still to type in."""
    if window.ctx is None:
        return 0
    from workshop.core import scans

    return scans.waiting_count(window.ctx.programme)


def bring_in_scans(window, paths: list[str] | None = None) -> runner.Task | None:
    """Ask for the files (PDFs, JPEG and PNG photos), read them off the UI thread and say
    what was found. Returns the running task (None when nothing was chosen)."""
    if window.ctx is None:
        return None
    if paths is None:
        paths = dialogs.ask_open_paths(
            window,
            _tr("Bring in scans of returned cards and forms"),
            str(Path(window.ctx.programme.path).parent),
            _tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
    if not paths:
        return None
    files = [Path(p) for p in paths]
    ctx = window.ctx

    def write(programme, progress):
        from workshop.paperscan.engine import scan_files

        return scan_files(programme, files, progress)

    task = runner.Task(
        window,
        runner.on_the_file(Path(ctx.programme.path), write),
        failure_title=_tr("Scans not brought in"),
        unexpected=_tr(
            "Reading the scans stopped: %s. Nothing was added from the file being read."
        ),
    )
    bar = window.statusBar()
    bar.showMessage(_tr("Reading the scans…"))
    task.progressed.connect(
        lambda percent, _text: bar.showMessage(
            _tr("Reading the scans… %1 %").replace("%1", str(percent))
        )
    )
    task.failed.connect(lambda _message: bar.clearMessage())
    task.succeeded.connect(lambda written: _brought_in(window, ctx, written))
    window.scan_task = task  # tests and the window can see it running
    return task.start()


def report_text(report: scans.ScanReport) -> str:
    """What was found, as "12 pages read: 10 matched, 1 already returned, 1 with no
    code.", and the pages skipped as brought in before."""
    text = (
        (_tr("1 page read") if report.pages == 1 else _tr("%n pages read")).replace(
            "%n", str(report.pages)
        )
        + ": "
        + _tr("%1 matched, %2 already returned, %3 with no code.")
        .replace("%1", str(len(report.matched)))
        .replace("%2", str(len(report.duplicates)))
        .replace("%3", str(len(report.unmatched)))
    )
    if report.skipped:
        text += " " + (
            _tr("1 page had been brought in before and added nothing.")
            if report.skipped == 1
            else _tr("%n pages had been brought in before and added nothing.")
        ).replace("%n", str(report.skipped))
    return text


def _brought_in(window, ctx, written: runner.Written) -> None:
    window.statusBar().clearMessage()
    if window.ctx is not ctx:  # another file was opened meanwhile
        return
    ctx.programme.announce(written.changes)
    report: scans.ScanReport = written.result
    duplicates = [d["crop_id"] for d in report.duplicates]
    to_look_at = waiting(window) + len(duplicates)
    if to_look_at:
        notices.tell(
            window,
            report_text(report),
            _tr("Type them in"),
            lambda: _show_queue(window, duplicates),
        )
    else:
        notices.tell(window, report_text(report))


def _show_queue(window, duplicates=None) -> None:
    # The queue window (and the typing-in it brings) is imported when first opened, not
    # at start-up.
    from workshop.ui.scan_queue import show_queue

    show_queue(window, duplicates)
