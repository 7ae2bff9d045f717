"""The board as a picture for print: residents' words in Urdu read top line first."""

import io

import pytest
from PIL import Image

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.export.board_image import _font, board_png, drawn_lines, for_drawing, wrap_lines

# "I want to know who decides when a computer says no, and how I can complain about it
# in my own language at the council office."
URDU_NOTE = (
    "میں جاننا چاہتی ہوں کہ جب کمپیوٹر انکار کرے تو فیصلہ کون کرتا ہے، اور میں کونسل کے دفتر "
    "میں اپنی زبان میں اس کی شکایت کیسے کر سکتی ہوں"
)
NOTE_TEXT_WIDTH = (boards.NOTE_W - 16) * 300 / 96  # as board_png draws at 300 dpi


@pytest.fixture
def board(programme):
    session_id = add_session(programme, {"title": "Al-Noor Community Centre"})
    return agenda.add_exercise(
        programme, session_id, "board", "Hopes and fears", 30, template="hopes_fears"
    )


def test_a_long_urdu_note_wraps_in_reading_order():
    font = _font(40, arabic=True)
    lines = wrap_lines(URDU_NOTE, font, NOTE_TEXT_WIDTH, 10)
    assert len(lines) >= 3
    # Logical order: the lines, read one after another, are the note as typed.
    assert " ".join(lines) == URDU_NOTE
    assert lines[0].startswith("میں جاننا")
    # Each line is made ready to draw on its own (put in print order where Pillow cannot
    # do it itself), and still fits the note.
    _, drawn, rtl = drawn_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)
    assert rtl
    assert drawn == [for_drawing(line, rtl=True) for line in lines]
    assert all(font.getlength(s, direction=d) <= NOTE_TEXT_WIDTH for s, d in drawn)


def test_a_note_too_long_for_its_card_ends_with_an_ellipsis_at_its_reading_end():
    lines = wrap_lines(URDU_NOTE * 3, _font(40, arabic=True), NOTE_TEXT_WIDTH, 4)
    assert len(lines) == 4
    assert lines[0].startswith("میں جاننا")
    assert lines[-1].endswith("...")  # the Arabic font has no "…"


def test_english_wraps_as_before():
    font = _font(40)
    lines = wrap_lines("Tell us straight when a computer helped decide", font, 500, 4)
    assert " ".join(lines) == "Tell us straight when a computer helped decide"
    assert wrap_lines("Tell us straight " * 20, font, 500, 2)[-1].endswith("…")
    assert drawn_lines("Tell us", 40, 500, 4)[1:] == ([("Tell us", None)], False)


def test_board_picture_with_an_urdu_note(programme, board, tmp_path):
    fears = boards.columns(programme, board)[1]["id"]
    boards.add_note(programme, fears, URDU_NOTE)
    boards.add_note(programme, fears, "Nobody explains the letters")
    png = board_png(programme, board, dpi=150)
    (tmp_path / "board.png").write_bytes(png)  # kept for looking at when it fails
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width > 1200


def test_without_libraqm_each_line_is_put_in_print_order(monkeypatch):
    from workshop.export import board_image
    from workshop.export.fonts import for_print

    monkeypatch.setattr(board_image, "PILLOW_SHAPES_TEXT", False)
    lines = wrap_lines(URDU_NOTE, _font(40, arabic=True), NOTE_TEXT_WIDTH, 10)
    assert lines[0].startswith("میں جاننا")
    assert drawn_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)[1] == [
        (for_print(line)[0], None) for line in lines
    ]
