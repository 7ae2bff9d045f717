"""Text size and high contrast reach the screens that draw their own text and colours:
the board and scenario card mode (issue: "also apply to boards and card mode"). They read
`theme.current_text_scale()` / `theme.is_high_contrast()` and follow `theme_changed()`."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from ui_support import shown_window

from workshop.ui import settings as app_settings
from workshop.ui import theme
from workshop.ui.screens import SESSION_PAGES

KEYS = [theme.TEXT_SCALE_KEY, theme.HIGH_CONTRAST_KEY]


@pytest.fixture
def settings(qapp):
    """Settings start clean (conftest); the app's look goes back to normal afterwards."""
    yield
    for key in KEYS:
        app_settings.forget(key)
    theme.apply_theme()


@pytest.fixture
def window(qtbot, demo_path, settings):
    win = shown_window(qtbot, demo_path)
    session_id = win.ctx.programme.db.execute(
        "select session_id from exercises group by session_id order by count(*) desc limit 1"
    ).fetchone()[0]
    win.sidebar.choose_session(session_id)
    yield win
    win.close()


def page_for(window, class_name: str):
    title = next((t for t, page in SESSION_PAGES if page().__name__ == class_name), None)
    if title is None:
        pytest.skip(f"{class_name} is not registered yet")
    return window.current_screen().show_page(title)


def open_board(window, qtbot):
    agenda = page_for(window, "AgendaPage")
    board = window.ctx.programme.db.execute(
        "select id from exercises where session_id = ? and kind = 'board' order by position",
        [window.current_screen().session_id],
    ).fetchone()[0]
    agenda.select(board)
    board_window = agenda.open_board()
    qtbot.waitExposed(board_window)
    return board_window


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_card_text_doubles_at_200_percent(window, qtbot):
    cards = page_for(window, "CardModePage")
    sizes_before = [float(s) for s in re.findall(r"font-size:(\d+)pt", cards.card_view.toHtml())]
    theme.set_text_scale(200)
    cards.show_card()
    sizes_after = [float(s) for s in re.findall(r"font-size:(\d+)pt", cards.card_view.toHtml())]
    assert max(sizes_after) >= 1.9 * max(sizes_before)


def test_card_words_stay_readable_in_high_contrast(window, qtbot):
    theme.set_high_contrast(True)
    cards = page_for(window, "CardModePage")
    cards.show_card()
    background = cards.card_view.palette().color(cards.card_view.backgroundRole())
    names = set(re.findall(r"color:(#[0-9a-fA-F]{6})", cards.card_view.toHtml()))
    too_faint = sorted(n for n in names if contrast(QColor(n), background) < 4.5)
    assert not too_faint, f"card words too faint on the high-contrast background: {too_faint}"


def test_board_follows_high_contrast(window, qtbot):
    theme.set_high_contrast(True)
    board = open_board(window, qtbot)
    background = board.scene.backgroundBrush().color()
    assert background.name() == "#000000"
    board.close()


def test_board_text_grows_with_text_size(window, qtbot):
    normal = open_board(window, qtbot)
    normal_pixels = normal.scene.look.note_font.pixelSize() * normal.view.transform().m11()
    normal.close()
    theme.set_text_scale(200)
    big = open_board(window, qtbot)
    big_pixels = big.scene.look.note_font.pixelSize() * big.view.transform().m11()
    assert big_pixels >= 1.5 * normal_pixels
    big.close()
