"""The one runner for work off the UI thread: the work runs in a worker thread, what it
returns arrives on the UI thread, errors are shown one way, and it can be cancelled."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QWidget

from workshop.core.errors import WorkshopError
from workshop.ui import runner

UNEXPECTED = "The work stopped: %s. Nothing was written."


@pytest.fixture
def screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(said):
    return said["error"]


def _task(screen, work) -> runner.Task:
    return runner.Task(screen, work, failure_title="Not done", unexpected=UNEXPECTED)


def test_the_work_runs_off_the_ui_thread_and_its_result_arrives_on_it(qtbot, screen, shown):
    where: dict[str, threading.Thread] = {}
    heard: list[tuple[int, str]] = []

    def work(progress):
        where["work"] = threading.current_thread()
        progress(0.5, "half way")
        return 42

    task = _task(screen, work)
    task.progressed.connect(lambda percent, text: heard.append((percent, text)))
    task.succeeded.connect(lambda result: where.setdefault("result", threading.current_thread()))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as done:
        task.start()
        assert task.running
    assert done.args == [42]
    assert where["work"] is not threading.main_thread()
    assert where["result"] is threading.main_thread()
    assert heard == [(50, "half way")]
    assert not task.running
    assert shown == []


def test_a_workshop_error_shows_its_own_message(qtbot, screen, shown):
    def work(progress):
        raise WorkshopError("The folder /nowhere does not exist. Choose a folder that exists.")

    task = _task(screen, work)
    succeeded = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    message = "The folder /nowhere does not exist. Choose a folder that exists."
    assert failed.args == [message]
    qtbot.waitUntil(lambda: shown == [message])  # one dialog, after `failed`
    assert succeeded == []


def test_any_other_error_shows_the_callers_words_and_is_logged(qtbot, screen, shown, caplog):
    def work(progress):
        raise ZeroDivisionError("division by zero")

    task = _task(screen, work)
    with caplog.at_level(logging.ERROR, logger="workshop.ui.runner"):
        with qtbot.waitSignal(task.failed, timeout=5000) as failed:
            task.start()
    assert failed.args == ["The work stopped: division by zero. Nothing was written."]
    assert shown == failed.args
    assert any("ZeroDivisionError" in (r.exc_text or "") for r in caplog.records)


def test_cancel_stops_the_work_quietly(qtbot, screen, shown):
    started, steps = threading.Event(), []

    def work(progress):
        started.set()
        for step in range(10_000):
            progress(step / 10_000, "working")
            steps.append(step)
            threading.Event().wait(0.001)
        return "finished anyway"

    task = _task(screen, work)
    succeeded = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert succeeded == [] and shown == []
    assert len(steps) < 10_000
    assert not task.running


def test_a_screen_closed_while_its_work_runs_is_not_told(qtbot, shown):
    release = threading.Event()
    finished = threading.Event()
    widget = QWidget()

    def work(progress):
        release.wait(5)
        try:
            return "done"
        finally:
            finished.set()

    task = _task(widget, work)
    task.start()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(task))
    release.set()
    assert finished.wait(5)
    qtbot.wait(50)  # any report would have arrived by now
    assert shown == []


def _alive(task) -> bool:
    try:
        task.objectName()
    except RuntimeError:
        return False
    return True
