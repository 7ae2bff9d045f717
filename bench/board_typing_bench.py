"""Typing a note and pressing Enter on a big board (issue 18): CPU time from the Enter key
to the board, the list and the dot count being up to date, at 1,000, 2,000 and 10,000
notes; the median of every note typed on three boards of each size, measured in turn. Each note is typed through the entry box as a facilitator would.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/board_typing_bench.py
Targets: ≤ 10 ms of CPU (median) on a 2,000-note board, and within 1.5x of that at 1,000
and 10,000 notes.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from board_zoom_bench import make_board  # noqa: E402

from workshop.core.store import Programme  # noqa: E402

TYPED = 25


def measure(notes: int) -> list[float]:
    from workshop.ui.board.board_widget import BoardWidget
    from workshop.ui.context import AppContext, ProgrammeBridge

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        exercise_id = make_board(path, notes)
        with Programme.open(path) as programme:
            ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
            board = BoardWidget(ctx, exercise_id)
            board.resize(1280, 800)
            board.show()
            QApplication.processEvents()
            times = []
            for i in range(TYPED + 1):
                board.entry.setText(f"Nobody to ring about the letter {i}")
                start = time.process_time()
                QTest.keyClick(board.entry, Qt.Key.Key_Return)
                QApplication.processEvents()  # the repaint that shows the note
                times.append((time.process_time() - start) * 1000)
            assert len(board.scene.notes) == notes + TYPED + 1
            board.close()
            ctx.bridge.detach()
            board.deleteLater()
            QApplication.processEvents()
    return times[1:]  # the first warms up


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, nargs="+", default=[1000, 2000, 10000])
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="boards of each size, measured in turn (the machine's load drifts; a size "
        "measured in one stretch of time was skewed by it)",
    )
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.environ['QT_QPA_PLATFORM']}, window 1280x800; {TYPED} notes typed per board, "
        f"{args.rounds} boards of each size in turn"
    )
    print("| notes on the board | Enter to shown, CPU median (ms) | max (ms) | ratio to 2,000 |")
    print("|---:|---:|---:|---:|")
    times: dict[int, list[float]] = {n: [] for n in args.notes}
    for _ in range(args.rounds):
        for notes in args.notes:
            times[notes] += measure(notes)
    results = {n: (statistics.median(t), max(t)) for n, t in times.items()}
    middle = results.get(2000, next(iter(results.values())))[0]
    for notes, (median, worst) in results.items():
        print(f"| {notes:,} | {median:.1f} | {worst:.1f} | {median / middle:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
