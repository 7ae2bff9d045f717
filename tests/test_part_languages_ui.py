"""The facilitator says which language a resident wrote in, in the entry box of the board,
card mode and the question wall: left to the letters it proposes Urdu for Urdu; a language
chosen stays for the next entries; the file keeps it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import agenda, boards, card_responses
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.card_mode import CardModePage
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.question_wall import QuestionWallPage

URDU = "ہمیں بتایا جائے کہ فیصلہ کس نے کیا۔"
WELSH = "Pwy sy'n gwirio'r cyfrifiadur?"
# Screenshots for a person to look at, when asked for (WORKSHOP_SHOTS=folder).
SHOTS = os.environ.get("WORKSHOP_SHOTS", "")


def _context(path: Path) -> AppContext:
    make_application()
    programme = Programme.open(path)
    return AppContext(programme, ProgrammeBridge(programme), QUndoStack())


def _choose(box, code: str) -> None:
    box.setCurrentIndex(box.findData(code))


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_board_entry_proposes_urdu_and_remembers_welsh(qtbot, programme_path):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Library evening"})
        board = agenda.add_exercise(p, session, "board", "Hopes and fears", 30)
    ctx = _context(programme_path)
    widget = BoardWidget(ctx, board)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)

    widget.entry.setText(URDU)
    assert widget.language.currentText() == "From the letters: Urdu"
    _shot(widget, "board-entry-urdu")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    _choose(widget.language, "cy")
    for text in (WELSH, "Dw i eisiau gwybod pam."):
        widget.entry.setText(text)
        qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert widget.language.chosen() == "cy"  # still chosen for the next note
    _shot(widget, "board-entry-welsh")
    ctx.bridge.detach()
    ctx.programme.close()
    with Programme.open(programme_path, read_only=True) as again:
        saved = {n["text"]: n["language"] for n in boards.notes(again, board)}
    assert saved == {URDU: "ur", WELSH: "cy", "Dw i eisiau gwybod pam.": "cy"}


def test_question_wall_and_card_mode_keep_the_language(qtbot, programme_path):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Youth club"})
    ctx = _context(programme_path)
    wall = QuestionWallPage(ctx, session)
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    wall.show()
    wall.new_text.setText(URDU)
    qtbot.keyClick(wall.new_text, Qt.Key.Key_Return)
    _choose(wall.language, "pl")
    qtbot.keyClicks(wall.new_text, "Kto to sprawdza?")
    qtbot.keyClick(wall.new_text, Qt.Key.Key_Return)
    _shot(wall, "question-wall")

    cards = CardModePage(ctx, session)
    qtbot.addWidget(cards)
    cards.resize(1280, 720)
    cards.show()
    _choose(cards.language, "cy")
    cards.fields["hopes"].setPlainText(WELSH)
    cards.save_and_next_table()
    _shot(cards, "card-mode")
    ctx.bridge.detach()
    ctx.programme.close()
    with Programme.open(programme_path, read_only=True) as again:
        asked = {q["text"]: q["language"] for q in again.rows("questions")}
        (response,) = card_responses.for_session(again, session)
    assert asked == {URDU: "ur", "Kto to sprawdza?": "pl"}
    assert response["hopes"] == WELSH and response["language"] == "cy"
