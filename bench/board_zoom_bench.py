"""Zoom to fit and whole-board frames at 2,000 and 10,000 notes (issue 18), as CPU time
per frame against a bare scene drawn without antialiasing, measured in the same run.

The board is the editing board (`BoardWidget`) after its own "zoom to fit"; the floor is a
`QGraphicsScene` holding the same notes as `QGraphicsRectItem`s with a
`QGraphicsSimpleTextItem` each, no antialiasing, fitted the same way; and a stricter
floor, the rectangles alone. A frame is
`viewport().grab()` (a full repaint). Medians of 15 frames after one warm-up frame.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/board_zoom_bench.py [--notes 2000 10000]
Target: board ≤ 2x the bare scene at both sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPen, QUndoStack  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from workshop.core import agenda, boards  # noqa: E402
from workshop.core.sessions import add_session  # noqa: E402
from workshop.core.store import Programme  # noqa: E402

FRAMES = 15
WORDS = (
    "computer says no nobody to ring fair waiting list data my mum internet "
    "decision check challenge council housing benefits letter phone worried"
).split()


def make_board(path: Path, notes: int) -> str:
    """A co-design board: `notes` notes over 4 columns, a theme for every 13 notes."""
    rng = random.Random(3)
    with Programme.create(path, "Bench") as programme, programme.transaction():
        session_id = add_session(programme, {"title": "Bench"})
        exercise_id = agenda.add_exercise(
            programme, session_id, "board", "Big board", 60, template="codesign"
        )
        cols = boards.columns(programme, exercise_id)
        ids = []
        for c in cols:
            for i in range(notes // len(cols)):
                x, y = boards.grid_slot(i)
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 16)))
                row = {
                    "exercise_id": exercise_id,
                    "column_id": c["id"],
                    "text": text,
                    "colour": c["colour"],
                    "x": x,
                    "y": y,
                    "votes": rng.randint(0, 6),
                    "table_label": f"Table {rng.randint(1, 8)}",
                }
                ids.append(programme.insert("board_notes", row))
        for t in range(notes // 13):
            boards.group_notes(programme, exercise_id, ids[t * 6 : t * 6 + 4], f"Theme {t}")
    return exercise_id


def cpu_ms(view: QGraphicsView) -> float:
    start = time.process_time()
    view.viewport().grab()
    return (time.process_time() - start) * 1000


def frames(view: QGraphicsView) -> float:
    cpu_ms(view)  # warm up
    return statistics.median(cpu_ms(view) for _ in range(FRAMES))


def bare_view(rows: list[dict], lefts: dict[str, float], with_text: bool) -> QGraphicsView:
    scene = QGraphicsScene()
    for n in rows:
        x, y = boards.note_scene_pos(n, lefts)
        rect = QGraphicsRectItem(QRectF(0, 0, boards.NOTE_W, boards.NOTE_H))
        rect.setBrush(QBrush(QColor(boards.COLOUR_HEX[n["colour"]])))
        rect.setPen(QPen(QColor(boards.COLOUR_EDGE[n["colour"]]), 1.5))
        rect.setPos(x, y)
        if with_text:
            text = QGraphicsSimpleTextItem(n["text"][:40], rect)
            text.setPos(8, 8)
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view.kept_scene = scene  # the view alone does not keep the Python scene alive
    view.resize(1280, 800)
    view.show()
    rect = scene.itemsBoundingRect()
    view.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
    return view


def measure(notes: int) -> tuple[float, float, float, float]:
    from workshop.ui.board.board_widget import BoardWidget
    from workshop.ui.context import AppContext, ProgrammeBridge

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        exercise_id = make_board(path, notes)
        with Programme.open(path) as programme:
            rows = boards.notes(programme, exercise_id)
            lefts = boards.column_lefts(boards.columns(programme, exercise_id))
            bare = bare_view(rows, lefts, with_text=True)
            rects = bare_view(rows, lefts, with_text=False)
            ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
            board = BoardWidget(ctx, exercise_id)
            board.resize(1280, 800)
            board.show()
            QApplication.processEvents()
            board.view.fit_all()
            QApplication.processEvents()
            scale = board.view.transform().m11()
            results = frames(board.view), frames(bare), frames(rects), scale
            board.close()
            bare.close()
            rects.close()
            board.deleteLater()
            QApplication.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, nargs="+", default=[2000, 10000])
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.environ['QT_QPA_PLATFORM']}, view 1280x800"
    )
    print(
        "| notes | zoom | board (ms) | bare: rectangles and text (ms) | ratio "
        "| bare: rectangles only (ms) | ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for notes in args.notes:
        board, bare, rects, scale = measure(notes)
        print(
            f"| {notes:,} | {scale:.1%} | {board:.1f} | {bare:.1f} | {board / bare:.2f} "
            f"| {rects:.1f} | {board / rects:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
