"""A facilitator types 30 returned monitoring forms and a few evaluation slips using only
the keyboard, every key sent to whatever has focus; the keys per form are counted, and
the file holds exactly the answers on the paper, with nothing linking them to anyone."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop.core import feedback_codes, monitoring
from workshop.core.store import Programme

FORMS = 30


class Keyboard:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.presses = 0

    def _target(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            if ch.isascii():
                QTest.keyClick(self._target(), ch)
            else:
                # QTest only maps ASCII to keys; a Welsh or Polish letter arrives as its
                # text, the way a keyboard layout delivers it.
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                    QApplication.sendEvent(self._target(), event)
            self.presses += 1

    def press(self, key: Qt.Key) -> None:
        QTest.keyClick(self._target(), key)
        self.presses += 1


def _paper_answers(rng: random.Random) -> dict[str, int | None]:
    answers: dict[str, int | None] = {}
    for question in monitoring.MONITORING_QUESTIONS:
        roll = rng.random()
        answers[question.key] = (
            None if roll < 0.08 else 0 if roll < 0.16 else rng.randint(1, len(question.options))
        )
    return answers


def _keys_for(keyboard: Keyboard, question: monitoring.Question, value: int | None) -> None:
    if value is None:
        keyboard.press(Qt.Key.Key_Tab)  # left blank on paper
        return
    keyboard.type(str(value))
    # "1" on a question with 19 options could still become 10 to 19: Tab says it is 1.
    if value and value * 10 <= len(question.options):
        keyboard.press(Qt.Key.Key_Tab)


def test_thirty_forms_by_keyboard_alone(qtbot, demo_path, errors):
    window = shown_window(qtbot, demo_path)
    with Programme.open(demo_path, read_only=True) as programme:
        session_id = programme.rows("sessions", order_by="starts_at")[0]["id"]
        before = len(monitoring.returns(programme, monitoring.MONITORING, [session_id]))
    window.sidebar.choose_session(session_id)
    editor = window.current_screen()
    page = editor.show_page("Paper and returns")
    entry = page.entry
    entry.code.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.code)

    rng = random.Random(17)
    # Forms numbered past the demo's own returns (printed for the same session).
    codes = monitoring.form_codes(monitoring.MONITORING, session_id, FORMS, first=200)
    typed: dict[str, dict] = {}
    keyboard = Keyboard(qtbot)
    per_form = []
    for code in codes:
        start = keyboard.presses
        answers = _paper_answers(rng)
        keyboard.type(feedback_codes.format_code(code).lower())
        assert QApplication.focusWidget() is entry.answers["age_band"], entry.status.text()
        questions = list(monitoring.MONITORING_QUESTIONS)
        for index, question in enumerate(questions):
            if index == len(questions) - 1 and answers[question.key] is None:
                break  # Enter straight away: the last question was left blank
            _keys_for(keyboard, question, answers[question.key])
        keyboard.press(Qt.Key.Key_Return)
        assert QApplication.focusWidget() is entry.code, entry.status.text()
        assert "Kept" in entry.status.text()
        per_form.append(keyboard.presses - start)
        typed[code] = answers

    # The same form twice is refused as soon as its code is typed; nothing is written.
    keyboard.type(codes[0])
    assert "already been typed in" in entry.status.text()
    assert QApplication.focusWidget() is entry.code and not entry.answers
    # A mistyped code says so and stays put.
    entry.code.clear()
    keyboard.type(codes[1][:-1] + ("A" if codes[1][-1] != "A" else "B"))
    assert "does not add up" in entry.status.text()
    entry.code.clear()

    print(
        f"\nkeystrokes per monitoring form: min {min(per_form)}, max {max(per_form)}, "
        f"mean {sum(per_form) / len(per_form):.1f} over {FORMS} forms"
    )
    # 8 for the code as printed (with its hyphen), one number per question, Enter.
    assert max(per_form) <= 8 + 10 + 2 + 1
    assert errors == []

    window.close()
    with Programme.open(demo_path, read_only=True) as programme:
        rows = monitoring.returns(programme, monitoring.MONITORING, [session_id])
        assert len(rows) == before + FORMS
        by_code = {r["form_code"]: r for r in rows}
        for code, answers in typed.items():
            row = by_code[code]
            assert {k: row[k] for k in answers} == answers
            assert row["session_id"] == session_id
        # Anonymous: no column could tie a return to a person or to their words.
        columns = set(programme.db["monitoring_returns"].columns_dict)
        assert not columns & {"participant_id", "note_id", "feedback_id", "name", "contact"}
        assert not [
            fk
            for fk in programme.db["monitoring_returns"].foreign_keys
            if fk.other_table != "sessions"
        ]


def test_an_evaluation_slip_with_words_by_keyboard(qtbot, demo_path, errors):
    window = shown_window(qtbot, demo_path)
    with Programme.open(demo_path, read_only=True) as programme:
        session_id = programme.rows("sessions", order_by="starts_at")[0]["id"]
    window.sidebar.choose_session(session_id)
    page = window.current_screen().show_page("Paper and returns")
    page.entry.code.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.entry.code)
    code = monitoring.form_code(monitoring.EVALUATION, session_id, 250)
    keyboard = Keyboard(qtbot)
    keyboard.type(code)
    keyboard.type("1")
    keyboard.type("2")
    keyboard.type("Rhagor o amser — więcej czasu")
    keyboard.press(Qt.Key.Key_Return)
    assert "Kept" in page.entry.status.text()
    assert "1 evaluation slip" in page.counts.text() or "evaluation slips" in page.counts.text()
    window.close()
    with Programme.open(demo_path, read_only=True) as programme:
        row = programme.rows("evaluation_returns", "form_code = ?", [code])[0]
        assert (row["listened"], row["took_part"]) == (1, 2)
        assert row["better"] == "Rhagor o amser — więcej czasu"
