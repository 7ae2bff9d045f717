"""Switching sessions in the sidebar (issue 18): CPU time from choosing another session to
its page being built and painted, on the demo programme, against a floor built in the same
run: one page of labelled fields with at least as many widgets as the session page shown,
swapped into the same window the same way. Also the process's memory over 100 switches.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/session_switch_bench.py
Targets: a switch ≤ 2x the floor (median CPU); memory grows < 10 MiB over 100 switches.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from workshop.core.store import Programme  # noqa: E402
from workshop.demo import write_demo  # noqa: E402

SWITCHES = 100


def resident_mib() -> float:
    """The process's resident memory now (not its peak)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle() -> None:
    QApplication.processEvents()
    # deleteLater of the screen swapped out (outside exec() Qt only runs these when asked)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def switch_times(window, page: str) -> tuple[list[float], int, float]:
    """CPU ms per switch over SWITCHES switches round the sessions, the widgets in the
    session editor shown, and the memory grown (MiB) from after the warm-up to the end."""
    sidebar = window.sidebar
    sessions = [row["id"] for row in window.ctx.programme.rows("sessions")]
    sidebar.choose_session(sessions[0])
    settle()
    window.show_session_page(page)
    settle()
    for session in sessions * 2:  # warm up: every page class built and painted once
        sidebar.choose_session(session)
        settle()
        window.repaint()
    gc.collect()
    before = resident_mib()
    times = []
    for i in range(SWITCHES):
        session = sessions[(i + 1) % len(sessions)]
        start = time.process_time()
        sidebar.choose_session(session)
        settle()
        window.repaint()  # painted, as the facilitator sees it
        times.append((time.process_time() - start) * 1000)
    gc.collect()
    settle()
    grown = resident_mib() - before
    widgets = len(window.current_screen().findChildren(QWidget))
    assert window.current_screen().current_title() == page
    return times, widgets, grown


def floor_page(widgets: int) -> QWidget:
    """A page of labelled fields in a scroll area with at least `widgets` widgets."""
    page = QWidget()
    form = QFormLayout(page)
    while len(page.findChildren(QWidget)) < widgets:
        form.addRow(QLabel("A labelled field"), QLineEdit("Some words already typed"))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def floor_times(widgets: int) -> list[float]:
    """The same swap done with a plain page in a window of the same size: build it, put it
    in the stack in place of the one before, paint."""
    window = QMainWindow()
    stack = QStackedWidget()
    window.setCentralWidget(stack)
    window.resize(1280, 820)
    window.show()
    settle()
    shown = None
    times = []
    for _ in range(SWITCHES // 2 + 1):
        start = time.process_time()
        page = floor_page(widgets)
        if shown is not None:
            stack.removeWidget(shown)
            shown.deleteLater()
        stack.addWidget(page)
        stack.setCurrentWidget(page)
        settle()
        window.repaint()
        times.append((time.process_time() - start) * 1000)
        shown = page
    window.close()
    window.deleteLater()
    settle()
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser()
    app = QApplication.instance() or QApplication(sys.argv)
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session_editor import TITLES

    parser.add_argument("--pages", nargs="+", default=TITLES, help="session pages (English)")
    args = parser.parse_args()

    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.environ['QT_QPA_PLATFORM']}, window 1280x820; demo programme; "
        f"{SWITCHES} switches per page"
    )
    print(
        "| page shown | widgets | switch, CPU median (ms) | max (ms) "
        "| floor: page of as many fields (ms) | ratio | memory grown over 100 switches (MiB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        path = Path(tmp) / "demo.workshop"
        with Programme.create(path, "Demo") as programme:
            write_demo(programme)
        window = MainWindow(Programme.open(path))
        window.resize(1280, 820)
        window.show()
        settle()
        for page in args.pages:
            times, widgets, grown = switch_times(window, page)
            floor = statistics.median(floor_times(widgets))
            median = statistics.median(times)
            print(
                f"| {page} | {widgets} | {median:.1f} | {max(times):.1f} | {floor:.1f} "
                f"| **{median / floor:.2f}** | {grown:+.1f} |"
            )
        window.close()  # closes the programme too
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
