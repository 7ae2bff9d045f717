"""The board as a picture for print: residents' words in Urdu read top line first."""

import io

import pytest
from PIL import Image

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.export.bidi_text import join_letters
from workshop.export.board_image import _run_width, board_png, drawn_lines, for_drawing, wrap_lines

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
    lines = wrap_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)
    assert len(lines) >= 3
    # Logical order: the lines, read one after another, are the note as typed.
    assert " ".join(lines) == URDU_NOTE
    assert lines[0].startswith("میں جاننا")
    # Each line is reordered on its own, after wrapping, and still fits the note.
    drawn, rtl = drawn_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)
    assert rtl and len(drawn) == len(lines)
    for runs in drawn:
        assert sum(_run_width(run, 40) for run in runs) <= NOTE_TEXT_WIDTH
    # The first word typed is drawn last (rightmost) on the first line.
    first_line = "".join(run.shown for run in drawn[0])
    assert first_line.split()[-1] == join_letters("میں")[::-1]


def test_a_note_too_long_for_its_card_ends_with_an_ellipsis_at_its_reading_end():
    lines = wrap_lines(URDU_NOTE * 3, 40, NOTE_TEXT_WIDTH, 4)
    assert len(lines) == 4
    assert lines[0].startswith("میں جاننا")
    assert lines[-1].endswith("...")


def test_english_wraps_as_before():
    lines = wrap_lines("Tell us straight when a computer helped decide", 40, 500, 4)
    assert " ".join(lines) == "Tell us straight when a computer helped decide"
    assert wrap_lines("Tell us straight " * 20, 40, 500, 2)[-1].endswith("…")
    drawn, rtl = drawn_lines("Tell us", 40, 500, 4)
    assert not rtl and [[run.shown for run in line] for line in drawn] == [["Tell us"]]


def test_board_picture_with_an_urdu_note(programme, board, tmp_path):
    fears = boards.columns(programme, board)[1]["id"]
    boards.add_note(programme, fears, URDU_NOTE)
    boards.add_note(programme, fears, "Nobody explains the letters")
    png = board_png(programme, board, dpi=150)
    (tmp_path / "board.png").write_bytes(png)  # kept for looking at when it fails
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width > 1200


def test_without_libraqm_each_line_is_drawn_in_print_order(monkeypatch):
    from workshop.export import board_image

    monkeypatch.setattr(board_image, "PILLOW_SHAPES_TEXT", False)
    lines = wrap_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)
    assert lines[0].startswith("میں جاننا")
    drawn, _ = drawn_lines(URDU_NOTE, 40, NOTE_TEXT_WIDTH, 10)
    assert [[for_drawing(run) for run in line] for line in drawn] == [
        [(run.shown, None) for run in line] for line in drawn
    ]
    assert "".join(run.shown for run in drawn[0]).split()[-1] == join_letters("میں")[::-1]


def test_a_word_too_long_for_a_note_is_broken_to_fit():
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
    lines = wrap_lines(f"{word} 28", 40, NOTE_TEXT_WIDTH, 10)
    assert len(lines) >= 3 and "".join(lines).replace(" ", "") == word + "28"
    for runs in drawn_lines(f"{word} 28", 40, NOTE_TEXT_WIDTH, 10)[0]:
        assert sum(_run_width(run, 40) for run in runs) <= NOTE_TEXT_WIDTH
