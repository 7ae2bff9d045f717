"""Guard against the PySide6 6.12.0 / Python < 3.12 bug that decrements None's refcount
on every void Qt call and aborts the interpreter after a few thousand calls."""

import sys

from PySide6.QtWidgets import QGraphicsRectItem


def test_void_qt_calls_keep_none_alive(qapp):
    item = QGraphicsRectItem(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for i in range(10_000):
        item.setPos(i, i)
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 it must not drop.
    assert after >= before - 50, (
        f"None lost {before - after} references over 10,000 Qt calls: this PySide6 build "
        "is broken on this Python. Pin PySide6-Essentials>=6.11,<6.12 (see pyproject.toml)."
    )
