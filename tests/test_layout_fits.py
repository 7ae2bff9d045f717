"""Ready for the room: every screen, session page, window and dialog at 1366x768 (less a
40 px taskbar), 1280x720 and 1024x768, at 100 % and 200 % text, in English and Welsh. A
visible control lying outside what holds it, a label or button showing less than its
text, tabs behind scroll arrows or a page scrolling sideways fails the walk, naming the
screen and the control."""

from __future__ import annotations

import pytest
from layout_check import layout_problems
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import dialogs_from_menus, quiet_window

from workshop import i18n
from workshop.core import sessions as core_sessions
from workshop.ui import settings, theme
from workshop.ui.app import make_application
from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES
from workshop.ui.window_geometry import TASKBAR_ROOM, client_area

SCREENS = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720), "1024x768": QSize(1024, 768)}
CASES = [
    pytest.param((screen, scale, language, False), id=f"{screen}-{scale}-{language}")
    for screen in SCREENS
    for scale in (100, 200)
    for language in ("en", "cy")
] + [  # high contrast draws thicker edges: the smallest screen, the largest text, Welsh
    pytest.param(("1024x768", 200, "cy", True), id="1024x768-200-cy-high-contrast")
]

# Problems known and not yet fixed, by (screen, text size): why. Each is in the report.
KNOWN: dict[tuple[str, int], str] = {}
# Tables still too wide at 200 % text on a 1024 px projector, by (screen width, text size):
# none now. The four that were (Access › Provisions, Incentives, Questions, Feedback cards)
# hide their less important columns when even the longest words do not fit (tables.py).
KNOWN_TABLES: dict[tuple[int, int], set[str]] = {}


def room_width(setting) -> int:
    """The screen width of a walk's setting (for KNOWN_TABLES)."""
    room = setting[0]
    return next(s.width() for s in SCREENS.values() if room_on(s) == room)


def room_on(screen: QSize) -> QSize:
    """The inside of a window filling `screen` above a taskbar, below a title bar."""
    usable = QRect(0, 0, screen.width(), screen.height() - TASKBAR_ROOM)
    return client_area(usable).size()


@pytest.fixture
def setting(request, qtbot):
    screen, scale, language, high_contrast = request.param
    make_application()
    theme.set_text_scale(scale)
    theme.set_high_contrast(high_contrast)
    # Chosen as Preferences would: opening the window calls make_application again,
    # which installs the translator of the chosen language (English unless set here).
    settings.set_language(language)
    assert i18n.install_translator(code=language) == language
    yield room_on(SCREENS[screen]), scale, language
    i18n.install_translator(code="en")
    theme.set_text_scale(100)
    theme.set_high_contrast(False)


def _fit(widget: QWidget, room: QSize, qtbot) -> list[str]:
    """Give `widget` (a window) the room, at most; what does not fit in it."""
    widget.resize(widget.size().boundedTo(room))
    qtbot.wait(1)
    QApplication.processEvents()
    found = []
    if widget.width() > room.width() or widget.height() > room.height():
        found.append(
            f"the window needs {widget.width()}x{widget.height()}, the screen has "
            f"{room.width()}x{room.height()}"
        )
    return found + layout_problems(widget)


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    yield from quiet_window(qtbot, demo_path, monkeypatch)


def _report(found: dict[str, list[str]], scale: int, width: int = 0) -> None:
    tables = KNOWN_TABLES.get((width, scale), set())
    found = {
        screen: [p for p in problems if not any(f"[{name}]" in p for name in tables)]
        for screen, problems in found.items()
    }
    failing = {screen: problems for screen, problems in found.items() if problems}
    unexpected = {s: p for s, p in failing.items() if (s, scale) not in KNOWN}
    lines = [f"{s}:\n    " + "\n    ".join(p) for s, p in unexpected.items()]
    assert not unexpected, "cut off or sideways:\n" + "\n".join(lines)


def _in_the_language(window, language: str) -> None:
    """The walk is only worth something in the language it says: the window's menus
    speak it (a Welsh walk once measured the English screens)."""
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert (menus[0] == "File") == (language == "en"), menus


def _busiest_session(window) -> str:
    programme = window.ctx.programme
    return max(
        core_sessions.sessions_by_date(programme),
        key=lambda s: len(programme.rows("exercises", "session_id = ?", [s["id"]])),
    )["id"]


@pytest.mark.parametrize("setting", CASES, indirect=True)
def test_every_screen_and_session_page_fits(setting, window, qtbot):
    room, scale, language = setting
    _in_the_language(window, language)
    found: dict[str, list[str]] = {}
    window.resize(room)
    for index, (title, _) in enumerate(PROGRAMME_VIEWS):
        window.sidebar.choose_view(index)
        found[title] = _fit(window, room, qtbot)
    window.sidebar.choose_session(_busiest_session(window))
    editor = window.current_screen()
    for title, _ in SESSION_PAGES:
        editor.show_page(title)
        found[f"session page {title}"] = _fit(window, room, qtbot)
    _report(found, scale, room_width(setting))


@pytest.mark.parametrize("setting", CASES, indirect=True)
def test_every_window_and_dialog_fits(setting, window, qtbot, monkeypatch):
    room, scale, language = setting
    _in_the_language(window, language)
    found: dict[str, list[str]] = {}
    window.sidebar.choose_session(_busiest_session(window))
    agenda = window.current_screen().show_page("Agenda and boards")
    board_id = next(
        e["id"]
        for e in window.ctx.programme.rows("exercises", "session_id = ?", [agenda.session_id])
        if e["kind"] == "board"
    )
    agenda.select(board_id)
    board = agenda.open_board()
    qtbot.waitExposed(board)
    found["board"] = _fit(board, room, qtbot)
    board.close()

    from test_accessibility_walk import _menu_actions

    actions = [
        *_menu_actions(window),
        window.findChild(type(window.undo_action), "action_scenario_decks"),
    ]
    for name, widget in dialogs_from_menus(window, actions, qtbot, monkeypatch):
        found[f"{name} ({type(widget).__name__})"] = _fit(widget, room, qtbot)
    assert len(found) >= 8, list(found)
    _report(found, scale, room_width(setting))


def test_the_walk_finds_what_is_cut_off(qtbot):
    """The checker itself: a squeezed button, a page wider than its scroll area and a
    control outside its window are each caught."""
    from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout

    make_application()
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Publish 'You said, we did'…", window)
    button.setGeometry(10, 10, 40, 30)
    stray = QLabel("Lost", window)
    stray.setGeometry(380, 10, 100, 20)
    area = QScrollArea(window)
    area.setGeometry(10, 60, 200, 100)
    area.setWidgetResizable(True)
    wide = QWidget()
    QVBoxLayout(wide).addWidget(QLabel("a label much wider than the scroll area shows " * 3))
    area.setWidget(wide)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    problems = "\n".join(layout_problems(window))
    assert "QPushButton(\"Publish 'You said, we did'…\") is 40 px wide" in problems
    assert "QLabel('Lost') sticks out of" in problems
    assert "scrolls sideways" in problems


def _scanned_paper(programme, session_id: str) -> None:
    """A card crop, a monitoring form crop and a page with no code, as a bring-in keeps
    them (pictures as JPEG, the sizes the engine makes)."""
    import io

    from PIL import Image, ImageDraw

    from workshop.core import monitoring, scans

    def jpeg(width: int, height: int) -> str:
        image = Image.new("L", (width, height), 245)
        ImageDraw.Draw(image).line([(20, height // 2), (width - 20, height // 3)], fill=0, width=4)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG")
        return scans.encode_picture(buffer.getvalue())

    card = programme.rows("feedback_cards", "session_id = ?", [session_id])[0]["code"]
    (form,) = monitoring.form_codes(monitoring.MONITORING, session_id, 1, first=90)
    page = programme.insert(
        "scan_pages", {"session_id": session_id, "source_digest": "x", "page_number": 1}
    )
    for code, kind, size in ((card, "card", (560, 480)), (form, "monitoring", (1160, 1500))):
        programme.insert(
            "scan_crops",
            {
                "page_id": page,
                "session_id": session_id,
                "code": code,
                "kind": kind,
                "picture": jpeg(*size),
            },
        )
    programme.insert(
        "scan_pages",
        {
            "source_digest": "x",
            "page_number": 2,
            "source_name": "office scanner.pdf",
            "picture": jpeg(840, 1188),
        },
    )


@pytest.mark.parametrize("setting", CASES, indirect=True)
def test_the_scan_queue_fits(setting, window, qtbot):
    """The transcription queue with a card, a form and a page with no code on it."""
    from workshop.ui.scan_queue import show_queue

    room, scale, language = setting
    programme = window.ctx.programme
    session_id = next(
        s["id"]
        for s in core_sessions.sessions_by_date(programme)
        if programme.rows("feedback_cards", "session_id = ?", [s["id"]])
    )
    _scanned_paper(programme, session_id)
    queue = show_queue(window)
    qtbot.waitExposed(queue)
    found: dict[str, list[str]] = {}
    kinds = {"card": None, "monitoring": None}
    for item in queue.items:
        row = programme.get("scan_crops", item.row_id)
        if row is not None:
            kinds[row["kind"]] = item
    pages = [i for i in queue.items if i.kind == "page"]
    for name, item in [*kinds.items(), ("page with no code", pages[0])]:
        assert item is not None, name
        queue.refresh(item)
        assert queue.current == item
        found[f"scan queue, {name}"] = _fit(queue, room, qtbot)
    _report(found, scale)


def test_the_walk_finds_a_table_cut_off_or_scrolling_sideways(qtbot):
    """A table wider than its room, or a cell or heading ending in "…", is caught; the
    same table laid out by fit_table is not."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

    from workshop.ui.tables import fit_table

    make_application()
    words = "Tuesday 20 January 2027 at the Central Library, with tea and biscuits"

    def table_in_window(fitted: bool) -> QWidget:
        window = QWidget()
        qtbot.addWidget(window)
        table = QTableWidget(2, 3)
        table.setObjectName("probe")
        table.setHorizontalHeaderLabels(["When it happens", "Where", "A long heading here"])
        for row in range(2):
            for column in range(3):
                table.setItem(row, column, QTableWidgetItem(words))
        table.resizeColumnsToContents()
        if fitted:
            fit_table(table, stretch=[1])
        QVBoxLayout(window).addWidget(table)
        window.resize(360, 300)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(20)
        return window

    problems = "\n".join(layout_problems(table_in_window(fitted=False)))
    assert "[probe] scrolls sideways inside itself" in problems
    squeezed = table_in_window(fitted=False)
    table = squeezed.findChild(QTableWidget, "probe")
    for column in range(3):
        table.setColumnWidth(column, 60)
    qtbot.wait(20)
    problems = "\n".join(layout_problems(squeezed))
    assert "[probe] shows its heading 'When it happens' cut off" in problems
    assert "[probe] shows 'Tuesday 20 January 2027" in problems
    fitted = table_in_window(fitted=True)
    assert layout_problems(fitted) == []
    assert fitted.findChild(QTableWidget, "probe").rowHeight(0) > table.rowHeight(0)


def test_a_narrow_table_hides_its_optional_columns_and_brings_them_back(qtbot):
    """When even the longest words do not fit, the optional columns go (in the order
    given), the table's tooltip names them, and they come back when there is room."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

    from workshop.ui.tables import fit_table

    make_application()
    window = QWidget()
    qtbot.addWidget(window)
    table = QTableWidget(1, 4)
    table.setObjectName("probe")
    table.setHorizontalHeaderLabels(["Card", "Came back by", "Received", "Words"])
    for column, text in enumerate(["12 (AB-CD)", "Telephone", "4 Feb 2027", "Transparency"]):
        table.setItem(0, column, QTableWidgetItem(text))
    fit_table(table, stretch=[3], optional=[1, 0])
    QVBoxLayout(window).addWidget(table)
    window.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    header = table.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(4))
    assert table.toolTip() == ""
    window.resize(260, 300)
    qtbot.waitUntil(lambda: header.isSectionHidden(1))
    assert not header.isSectionHidden(2) and not header.isSectionHidden(3)
    assert "Came back by" in table.toolTip()
    assert layout_problems(window) == []
    window.resize(900, 300)
    qtbot.waitUntil(lambda: not header.isSectionHidden(1) and not header.isSectionHidden(0))
    assert table.toolTip() == ""
