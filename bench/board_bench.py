"""Board with 2,000 notes: open time and time per frame while panning, against a bare
QGraphicsScene holding the same 2,000 rectangles with text, measured in the same run.

Also presentation mode on the same board: a frame of the whole board, and frames zoomed
to a theme, where notes show their whole words (laid out the first time they are shown).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/board_bench.py
Target (issue 3): within 2x of the bare scene; the board opens in under one second.
"""

from __future__ import annotations

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
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QUndoStack  # noqa: E402
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

NOTES = 2000
THEMES = 150
FRAMES = 60
WORDS = (
    "computer says no nobody to ring fair waiting list data my mum internet "
    "decision check challenge council housing benefits letter phone worried"
).split()


def make_board(path: Path) -> str:
    rng = random.Random(3)
    programme = Programme.create(path, "Bench")
    with programme.transaction():
        session_id = add_session(programme, {"title": "Bench"})
        exercise_id = agenda.add_exercise(
            programme, session_id, "board", "Big board", 60, template="codesign"
        )
        cols = boards.columns(programme, exercise_id)
        per_column = NOTES // len(cols)
        ids = []
        for c in cols:
            for i in range(per_column):
                x, y = boards.grid_slot(i)
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 16)))
                ids.append(
                    programme.insert(
                        "board_notes",
                        {
                            "exercise_id": exercise_id,
                            "column_id": c["id"],
                            "text": text,
                            "colour": c["colour"],
                            "x": x,
                            "y": y,
                            "votes": rng.randint(0, 6),
                            "table_label": f"Table {rng.randint(1, 8)}",
                        },
                    )
                )
        for t in range(THEMES):
            boards.group_notes(programme, exercise_id, ids[t * 6 : t * 6 + 4], f"Theme {t}")
    programme.close()
    return exercise_id


def pan(view: QGraphicsView) -> float:
    """Median ms per frame scrolling from the top of the board to the bottom at 100%."""
    bar = view.verticalScrollBar()
    step = max(1, (bar.maximum() - bar.minimum()) // FRAMES)
    times = []
    for i in range(FRAMES):
        bar.setValue(bar.minimum() + i * step)
        start = time.perf_counter()
        view.viewport().grab()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def frame_times(view: QGraphicsView) -> tuple[float, float, float]:
    """Panning the first time (notes laid out as they come into view), panning again, and
    one frame with the whole board in view."""
    view.resetTransform()
    first = pan(view)
    again = pan(view)
    view.fitInView(view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    times = []
    for _ in range(15):
        start = time.perf_counter()
        view.viewport().grab()
        times.append((time.perf_counter() - start) * 1000)
    return first, again, statistics.median(times)


def grab_ms(view: QGraphicsView) -> float:
    start = time.perf_counter()
    view.viewport().grab()
    return (time.perf_counter() - start) * 1000


def presentation_times(window) -> tuple[float, float, float]:
    """Presentation: median frame of the whole board; the first frame at each of 20
    themes (their notes' whole words laid out), median; the same frames again."""
    window.zoom_to_fit()
    whole = statistics.median(grab_ms(window.view) for _ in range(15))
    first, again = [], []
    for _ in range(20):
        window.zoom_to_theme(+1)
        first.append(grab_ms(window.view))
    window.zoom_to_fit()
    for _ in range(20):
        window.zoom_to_theme(+1)
        again.append(grab_ms(window.view))
    return whole, statistics.median(first), statistics.median(again)


def bare_scene(rows: list[dict], lefts: dict[str, float]) -> tuple[float, QGraphicsView]:
    start = time.perf_counter()
    scene = QGraphicsScene()
    for n in rows:
        x, y = boards.note_scene_pos(n, lefts)
        rect = QGraphicsRectItem(QRectF(0, 0, boards.NOTE_W, boards.NOTE_H))
        rect.setBrush(QBrush(QColor(boards.COLOUR_HEX[n["colour"]])))
        rect.setPen(QPen(QColor(boards.COLOUR_EDGE[n["colour"]]), 1.5))
        rect.setPos(x, y)
        text = QGraphicsSimpleTextItem(n["text"][:40], rect)
        text.setPos(8, 8)
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view.kept_scene = scene  # the view alone does not keep the Python scene alive
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(1280, 800)
    view.show()
    view.viewport().grab()
    return (time.perf_counter() - start) * 1000, view


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from workshop.ui.board.board_widget import BoardWidget
    from workshop.ui.context import AppContext, ProgrammeBridge

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        exercise_id = make_board(path)
        programme = Programme.open(path)
        rows = boards.notes(programme, exercise_id)
        lefts = boards.column_lefts(boards.columns(programme, exercise_id))
        ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())

        bare_open, bare_view = bare_scene(rows, lefts)
        bare_pan, bare_again, bare_fit = frame_times(bare_view)

        start = time.perf_counter()
        board = BoardWidget(ctx, exercise_id)
        board.resize(1280, 800)
        board.show()
        board.view.viewport().grab()
        board_open = (time.perf_counter() - start) * 1000
        board_pan, board_again, board_fit = frame_times(board.view)
        app.processEvents()

        notes = len(board.scene.notes)
        themes = len(board.scene.clusters)

        from workshop.ui.board.presentation import PresentationWindow

        window = PresentationWindow(ctx, exercise_id)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        shown_whole, theme_first, theme_again = presentation_times(window)
        window.close()
        programme.close()

    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )
    print(f"Board: {notes} notes, {themes} themes, 4 columns; view 1280x800")
    print(f"{'':32}{'board':>10}{'bare scene':>12}{'ratio':>8}")
    for label, ours, bare in (
        ("open (ms)", board_open, bare_open),
        ("frame panning, first pass (ms)", board_pan, bare_pan),
        ("frame panning, again (ms)", board_again, bare_again),
        ("frame, whole board (ms)", board_fit, bare_fit),
    ):
        print(f"{label:32}{ours:10.1f}{bare:12.1f}{ours / bare:8.2f}")
    print("Presentation mode, 1280x800:")
    print(f"{'  frame, whole board (ms)':44}{shown_whole:8.1f}")
    print(f"{'  frame zoomed to a theme, first (ms)':44}{theme_first:8.1f}")
    print(f"{'  frame zoomed to a theme, again (ms)':44}{theme_again:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
