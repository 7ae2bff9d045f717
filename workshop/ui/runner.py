"""One way to run slow work (exports, packs, cards to print) off the UI thread.

    task = runner.Task(
        self,                                   # the screen: errors are shown over it
        work,                                   # work(progress) -> result, in a worker thread
        failure_title=self.tr("Pack not exported"),
        unexpected=self.tr("The export stopped: %s. Nothing was written."),
    )
    task.progressed.connect(...)                # (percent, text)
    task.succeeded.connect(...)                 # (result)
    task.failed.connect(...)                    # (message); the error dialog follows
    task.start()

Every signal arrives on the UI thread. The work itself never touches a widget, nor the UI
thread's connection to the programme (SQLite connections stay in their own thread): it
is handed plain values, or opens the file again read-only.

Errors are shown one way: a WorkshopError's own message (it is written for the person at
the keyboard); anything else the caller's `unexpected` text with the error put in for
`%s`, and the traceback logged. Either way, `failed` is emitted and then one dialog titled
`failure_title` shows the message.

A Task runs once and deletes itself when it has finished.

Work that writes to the programme (a merge, an import) goes through `on_the_file(path,
write)`: the worker opens the file with a connection of its own, and returns `Written`,
the result and the `Change`s it committed. On success the screen hands those to its own
programme (`ctx.programme.announce(written.changes)`), so every screen refreshes as if
the change had been made on the UI thread.

`cancel()` asks the work to stop: its next call to `progress` raises `Cancelled`, the work
ends quietly and `cancelled` is emitted (no dialog). Work that reports no progress runs to
the end.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from workshop.core.errors import WorkshopError
from workshop.core.store import Change, Programme
from workshop.i18n import error_text
from workshop.ui import dialogs

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Work = Callable[[Progress], Any]


@dataclass
class Written:
    """What work done through `on_the_file` returns: its own result, and what it changed."""

    result: Any
    changes: list[Change] = field(default_factory=list)


def on_the_file(path: Path, write: Callable[[Programme, Progress], Any]) -> Work:
    """Work that writes to the programme file at `path` through its own connection,
    opened and closed in the worker thread; see the module's docstring."""

    def work(progress: Progress) -> Written:
        changes: list[Change] = []
        with Programme.open(path) as programme:
            programme.subscribe(changes.extend)
            result = write(programme, progress)
        return Written(result, changes)

    return work


class Cancelled(BaseException):  # noqa: N818 - a request, not an error
    """Raised by `progress` inside the work once the task was cancelled. Not an Exception,
    so work that wraps its errors (`except Exception`) lets it through."""


class _Reports(QObject):
    """What the worker says, emitted from its thread and queued over to the Task. A child
    of the Task, so it lives and dies on the UI thread."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job:
    """The part that runs in the worker thread. Holds no widget."""

    def __init__(self, work: Work, unexpected: str, reports: _Reports):
        self.work, self.unexpected, self.reports = work, unexpected, reports
        self.stop = threading.Event()

    def progress(self, fraction: float, text: str = "") -> None:
        if self.stop.is_set():
            raise Cancelled
        self._say(self.reports.progressed, int(max(0.0, min(fraction, 1.0)) * 100), text)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self._say(self.reports.cancelled)
        except WorkshopError as exc:
            self._say(self.reports.failed, error_text(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the facilitator and logged, not lost
            log.exception("Work off the UI thread failed")
            self._say(self.reports.failed, self.unexpected.replace("%s", str(exc)))
        else:
            self._say(self.reports.succeeded, result)

    def _say(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the screen closed meanwhile, and its Task with it
            self.stop.set()


class Task(QObject):
    """One piece of work off the UI thread; see the module's docstring."""

    progressed = Signal(int, str)  # percent, what is happening
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # the message the error dialog shows next
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, parent: QWidget, work: Work, *, failure_title: str, unexpected: str):
        super().__init__(parent)
        self._widget = parent
        self.failure_title = failure_title
        reports = _Reports(self)
        self._job: _Job | None = _Job(work, unexpected, reports)
        queued = Qt.ConnectionType.QueuedConnection
        reports.progressed.connect(self._on_progress, queued)
        reports.succeeded.connect(self._on_success, queued)
        reports.failed.connect(self._on_failure, queued)
        reports.cancelled.connect(self._on_cancel, queued)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> Task:
        assert self._job is not None, "a Task runs once"
        QThreadPool.globalInstance().start(self._job.run)
        return self

    def cancel(self) -> None:
        if self._job is not None:
            self._job.stop.set()

    def _done(self) -> None:
        self.finished.emit()
        self.deleteLater()  # a Task runs once

    @Slot(int, str)
    def _on_progress(self, percent: int, text: str) -> None:
        if self._job is not None:
            self.progressed.emit(percent, text)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self._job = None
        self.succeeded.emit(result)
        self._done()

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._job = None
        self.failed.emit(message)
        dialogs.show_error(self._widget, message, self.failure_title)
        self._done()

    @Slot()
    def _on_cancel(self) -> None:
        self._job = None
        self.cancelled.emit()
        self._done()
