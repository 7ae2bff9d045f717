"""Views for a projector, measured at 1024x768 and 1366x768: presentation mode shows every
note whole in type no smaller than 24 pt on a 1024x768 projector, a scenario card fits the
screen without a scroll bar, and the full-screen timer fits."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QUndoStack

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.ui.board import presentation_pages as pp
from workshop.ui.board.presentation import PresentationWindow
from workshop.ui.context import AppContext, ProgrammeBridge

SCREENS = [(1024, 768), (1366, 768)]

LONG_NOTE = (
    "My mum is 84 and she got a letter saying a computer had looked at her claim and she "
    "owed money, but nobody at the council could tell her why, the phone line kept her "
    "waiting for an hour and then cut off, and the form online only works on a phone she "
    "does not have. She wants a person to explain it in plain words and to be able to say "
    "no, that is wrong, and be listened to before anything is taken off her money."
)


@pytest.fixture
def ctx(programme):
    context = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    yield context
    context.bridge.detach()


@pytest.fixture
def busy_board(ctx):
    """A board with a theme, a long note, and a column of 30 short and middling notes."""
    programme = ctx.programme
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    hopes, fears = (c["id"] for c in boards.columns(programme, exercise_id))
    texts = {}
    long_id = boards.add_note(
        programme,
        fears,
        LONG_NOTE,
        significant=1,
        significant_reason="Money taken",
        table_label="Table 2",
    )
    texts[long_id] = LONG_NOTE
    grouped = []
    for words in ("Nobody answers the phone", "Computer says no", "No one to ring at all"):
        note_id = boards.add_note(programme, fears, words)
        grouped.append(note_id)
        texts[note_id] = words
    boards.group_notes(programme, exercise_id, grouped, "Nobody to talk to")
    for number in range(30):
        words = f"Hope number {number}: " + "faster answers and a person to ask " * (number % 4)
        note_id = boards.add_note(programme, hopes, words.strip(), votes=number % 3)
        texts[note_id] = words.strip()
    return exercise_id, texts


def fits_whole(text: str, pixels: int, box: QRect, footer_px: int) -> bool:
    """Measured apart from the code that lays out: the words, wrapped, inside the box."""
    inner = box.adjusted(pp.PAD, pp.PAD, -pp.PAD, -pp.PAD)
    inner.setHeight(inner.height() - QFontMetrics(pp.note_font(footer_px)).height() - 4)
    used = QFontMetrics(pp.note_font(pixels)).boundingRect(
        QRect(0, 0, inner.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return used.width() <= inner.width() and used.height() <= inner.height()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presentation_shows_every_note_whole_in_large_type(qtbot, ctx, busy_board, size):
    exercise_id, texts = busy_board
    window = PresentationWindow(ctx, exercise_id)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == size[0] and window.height() == size[1]
    # The notes use the whole window, less a margin.
    assert window.stack.width() >= size[0] - 40
    assert window.stack.height() >= size[1] * 0.7
    smallest = pp.min_note_px(size[1])
    assert smallest >= 32  # 24 pt at 96 dpi
    seen: list[str] = []
    headings = []
    for index in range(len(window.pages)):
        qtbot.keyClick(window, Qt.Key.Key_N) if index else window.go_to(0)
        assert window.page_index == index
        page = window.pages[index]
        layout = window.notes_page.layout_now
        headings.append(window.title.text())
        assert layout.pixels >= smallest, (page.heading(), layout.pixels)
        assert len(layout.boxes) == len(page.notes)
        for note, box in zip(page.notes, layout.boxes, strict=True):
            assert window.notes_page.rect().contains(box)
            assert fits_whole(note["text"], layout.pixels, box, pp.footer_px(layout.pixels))
            seen.append(note["id"])
        # The boxes do not overlap.
        for i, a in enumerate(layout.boxes):
            assert not any(a.intersects(b) for b in layout.boxes[i + 1 :])
    assert sorted(seen) == sorted(texts)  # each note once, none left out
    assert headings[0] == "Nobody to talk to"  # themes first
    assert any(h.startswith("Hopes (") and "of" in h for h in headings)  # split in parts
    window.close()


def test_presentation_hint_follows_the_text_size(qtbot, ctx, busy_board):
    from workshop.ui import theme

    sizes = {}
    for scale in (100, 200):
        theme.set_text_scale(scale)
        window = PresentationWindow(ctx, busy_board[0])
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        sizes[scale] = window.hint.font().pixelSize()
        window.close()
    theme.set_text_scale(100)
    assert sizes[200] == 2 * sizes[100] and sizes[100] >= 16, sizes


def test_presentation_opens_full_screen_on_its_screen(qtbot, ctx, busy_board):
    window = PresentationWindow(ctx, busy_board[0])
    qtbot.addWidget(window)
    window.show_on_screen()
    qtbot.waitExposed(window)
    screen = QGuiApplication.primaryScreen().geometry()
    assert window.geometry().size() == screen.size()
    window.close()


def test_a_single_long_note_gets_a_page_of_its_own_in_large_type(qtbot):
    area = QRect(0, 0, 992, 600)
    notes = [
        {"id": str(i), "text": text, "significant": 0, "table_label": "", "votes": 0}
        for i, text in enumerate([LONG_NOTE[:90], "Short one", LONG_NOTE + " " + LONG_NOTE])
    ]
    pages = pp.paginate("Fears", notes, area, 32, pp._Measure())
    assert [len(p.notes) for p in pages] == [2, 1]
    assert [p.heading() for p in pages] == ["Fears (1 of 2)", "Fears (2 of 2)"]
    assert pp.lay_out(pages[0].notes, area, 32).pixels >= 32
    # A note of 180 words is the one thing set smaller, alone on its page, still whole.
    alone = pp.lay_out(pages[1].notes, area, 32)
    assert 20 <= alone.pixels < 32
    assert fits_whole(notes[2]["text"], alone.pixels, alone.boxes[0], pp.footer_px(alone.pixels))


@pytest.fixture
def card_page(qtbot, ctx):
    from workshop.ui.card_mode import CardModePage

    session_id = add_session(ctx.programme, {"title": "Library evening"})
    page = CardModePage(ctx, session_id)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_card_fits_the_projector_without_a_scroll_bar(qtbot, card_page, size):
    page = card_page
    page.show_present()
    window = page.present
    qtbot.waitExposed(window)
    window.showNormal()  # the test sets the screen's size itself
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    sizes = []
    decks = range(page.deck_box.count())
    for deck in decks:
        page.deck_box.setCurrentIndex(deck)
        page._load_deck()
        for index in range(len(page.cards)):
            page.index = index
            page.show_card()
            view = window.view
            document = view.document()
            card = page.cards[index]
            assert view.verticalScrollBar().maximum() == 0, (card.title, window.type_size)
            assert document.size().height() <= view.viewport().height()
            assert document.idealWidth() <= view.viewport().width()
            text = document.toPlainText()
            for words in (card.title, card.story, *card.questions):  # nothing cut off
                assert " ".join(words.split()) in " ".join(text.split())
            sizes.append(window.type_size)
    assert sizes
    # Type stays large: the smallest card text (0.7 of the size) is 12 pt or more.
    assert min(sizes) * 0.7 >= 12, min(sizes)
    # A short card on a big screen is larger than a long one.
    assert max(sizes) > min(sizes)
    window.close()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_full_screen_timer_fits(qtbot, size):
    from workshop.ui.agenda.timer import Countdown, TimerWindow

    timer = Countdown()
    qtbot.addWidget(timer)
    timer.set_minutes(120)
    full = TimerWindow(timer, "Hopes and fears about the housing list, with time for every table")
    qtbot.addWidget(full)
    full.resize(*size)
    full.show()
    qtbot.waitExposed(full)
    digits = full.digits
    assert digits.fontMetrics().horizontalAdvance(digits.text()) <= digits.width()
    assert digits.fontMetrics().height() <= digits.height()
    for label in (full.title, full.hint):
        assert label.heightForWidth(label.width()) <= label.height() + 1
        assert full.rect().contains(label.geometry())
    full.close()
