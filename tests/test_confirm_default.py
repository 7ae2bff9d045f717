"""A risky question (purge, merge with a wrong clock) has Cancel as its default button,
so a stray Enter changes nothing; an everyday question keeps its yes button default."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.ui import dialogs


def _press_enter_on_question(qtbot) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(20, press)


def test_enter_on_a_risky_question_answers_cancel(qtbot):
    _press_enter_on_question(qtbot)
    assert not dialogs.confirm(
        None, "Remove", "Remove it?", yes="Remove it", cancel_is_default=True
    )


def test_enter_on_an_everyday_question_answers_yes(qtbot):
    _press_enter_on_question(qtbot)
    assert dialogs.confirm(None, "Open", "Open it?", yes="Open it")
