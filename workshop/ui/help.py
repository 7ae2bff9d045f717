"""Help where it is needed: F1 explains the screen you are on in plain English, with short
guidance from good engagement practice, and Help > Keyboard shortcuts lists every shortcut
the app has right now — read from its actions, so the list never goes out of date.

Topics are found by the class name of the screen (or the part of it that has the
keyboard focus), so a new screen gets the general help until a topic is added here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.tables import fit_table
from workshop.ui.window_geometry import FittingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


# ----- the topics ----------------------------------------------------------------------------


def _topic(title: str, what: str, how: list[str], practice: str = "") -> tuple[str, str]:
    items = "".join(f"<li>{step}</li>" for step in how)
    html = f"<h2>{title}</h2><p>{what}</p><ul>{items}</ul>"
    if practice:
        heading = _tr("Good practice")
        html += f"<h3>{heading}</h3><p>{practice}</p>"
    html += "<p>" + _tr(
        "Press F1 on any screen for its help. Help &gt; Keyboard shortcuts lists every key."
    )
    html += "</p>"
    return title, html


def _topics() -> list[tuple[str, tuple[str, str]]]:
    """(part of a class name, (title, html)) in the order they are tried."""
    expectations = _topic(
        _tr("Expectations"),
        _tr(
            "What this engagement can change and what it cannot, how feedback will be used, "
            "and when and where you will publish your response. These belong to the whole "
            "programme and appear in every pack."
        ),
        [
            _tr("Fill in each box; it is saved when you leave it."),
            _tr("Choose the level of influence people really have: do not promise more."),
            _tr("Give a date for responses, and the ways people can send feedback."),
        ],
        _tr(
            "Setting expectations: tell people at the start what is already decided and "
            "what they can still change. Being honest about limits builds more trust than a "
            "promise you cannot keep."
        ),
    )
    return [
        (
            "Details",
            _topic(
                _tr("Session details"),
                _tr("What the session is, when and where it happens, and who runs it."),
                [
                    _tr("Type in a box and move on with Tab: every change is saved."),
                    _tr("Use Edit > Undo (Ctrl+Z) to take a change back."),
                    _tr("Describe step-free routes, lifts and toilets in Access notes."),
                ],
                _tr(
                    "Reaching people: go to places people already use — a library, a "
                    "community centre, a youth club — at times that suit them, and work with "
                    "groups they trust."
                ),
            ),
        ),
        ("Expectations", expectations),
        (
            "Access",
            _topic(
                _tr("Access and facilities"),
                _tr(
                    "What the session provides so people can take part, and the adjustments "
                    "people asked for."
                ),
                [
                    _tr("Add a provision, then press F2 to change a cell."),
                    _tr("Record each request as the adjustment needed and whether it was met."),
                    _tr("Never write a diagnosis or a name."),
                ],
                _tr(
                    "Accessibility: ask everyone in advance what would help them take part, "
                    "book interpreters early, offer large print and easy read, a quiet space "
                    "and help with travel. Check the venue yourself."
                ),
            ),
        ),
        (
            "Incentive",
            _topic(
                _tr("Incentives"),
                _tr("What people are given for their time and costs, against the budget."),
                [
                    _tr("Set the session budget, then add each kind of incentive."),
                    _tr("Planned and given totals are worked out for you."),
                    _tr("Who received an incentive is personal data: it is not kept here."),
                ],
                _tr(
                    "Incentives: paying people for their time and covering travel and care "
                    "costs helps people take part who otherwise could not. Say what is on "
                    "offer in the invitation."
                ),
            ),
        ),
        (
            "PaperPage",
            _topic(
                _tr("Paper and returns"),
                _tr(
                    "Print the session's handouts, and type in the anonymous monitoring forms "
                    "and evaluation slips that come back."
                ),
                [
                    _tr("Tick the handouts you need, then Save handouts as PDF."),
                    _tr("Type a form's code, then the number beside each ticked box."),
                    _tr("Tab skips a question left blank; Enter keeps the form."),
                ],
                _tr(
                    "Reaching people: ask who came in their own words, anonymously, and "
                    "look at how disadvantages overlap, not just at each group alone."
                ),
            ),
        ),
        (
            "Reach",
            _topic(
                _tr("Attendance and reach"),
                _tr("Who you hoped to hear from, and who came, as counted on the day."),
                [
                    _tr("Add each group you planned to reach with the number hoped for."),
                    _tr("After the session, type how many came from each group."),
                    _tr("Groups below what you hoped for are listed under the table."),
                ],
                _tr(
                    "Reaching people: plan who is seldom heard — digitally excluded "
                    "residents, young people, carers — and check afterwards who came. Fill "
                    "the gaps in the next session."
                ),
            ),
        ),
        (
            "Overview",
            _topic(
                _tr("Overview"),
                _tr(
                    "The whole programme at a glance: sessions by date, who you reached "
                    "against who you hoped to reach, access requests met, and incentives."
                ),
                [
                    _tr("Double-click a session to open it."),
                    _tr("Groups below target are marked with ▼ and the words 'below target'."),
                ],
                _tr(
                    "Use the figures to plan the next session: who is missing, and what "
                    "would help them come?"
                ),
            ),
        ),
        (
            "Point",
            _topic(
                _tr("Points and responses"),
                _tr(
                    "The points residents raised, where they came from, and your published "
                    "response to each: what you decided and why."
                ),
                [
                    _tr("Raise a point from a note, question or card response."),
                    _tr("Give each point a status, a decision, the reasoning and an owner."),
                    _tr("Mark a point significant when it matters more than its count."),
                ],
                _tr(
                    "Closing the loop: tell people what you did with what they said — "
                    "'you said, we did' — including what you could not change and why. "
                    "Publish it where and when you promised."
                ),
            ),
        ),
        (
            "Agenda",
            _topic(
                _tr("Agenda"),
                _tr("The exercises of this session in order, with how long each takes."),
                [
                    _tr("Add an exercise, then move it up or down."),
                    _tr("Open an exercise to run it on the day."),
                ],
                _tr(
                    "Leave time for introductions, for setting expectations, for breaks, "
                    "and for telling people what happens next."
                ),
            ),
        ),
        (
            "Board",
            _topic(
                _tr("Board"),
                _tr(
                    "Sticky notes in columns, typed in from paper, grouped into themes and "
                    "voted on with dots."
                ),
                [
                    _tr("Type a note and press Enter to add it."),
                    _tr("Ctrl+L shows the notes as a list, for the keyboard and screen readers."),
                    _tr("Ctrl+T groups chosen notes into a theme; + and − add or remove a dot."),
                    _tr("Esc leaves the note box; Shift+F10 opens the menu for the chosen notes."),
                    _tr("F5 presents the board on a projector."),
                ],
                _tr(
                    "Write people's words, not your summary of them. One person's point can "
                    "matter more than many dots: mark it significant and say why."
                ),
            ),
        ),
        (
            "Question",
            _topic(
                _tr("Question wall"),
                _tr("Questions people asked, answered on the day or parked for later."),
                [
                    _tr("Add each question as it was asked."),
                    _tr("Answer it now, or park it with an owner and a date."),
                ],
                _tr(
                    "Closing the loop: every parked question needs an owner and a date, "
                    "and an answer sent back to the people who asked."
                ),
            ),
        ),
        (
            "Glossary",
            _topic(
                _tr("Glossary"),
                _tr("Key terms explained in plain English, to show on screen or print."),
                [_tr("Add or change a term; keep each explanation to one or two sentences.")],
                _tr(
                    "Making it understandable: explain automated decisions with everyday "
                    "examples, and avoid jargon."
                ),
            ),
        ),
        (
            "Feedback",
            _topic(
                _tr("Feedback cards"),
                _tr(
                    "Cards with a code and a QR link that people take home to send feedback "
                    "later, and the responses that came back."
                ),
                [
                    _tr("Print a batch of cards for a session."),
                    _tr("Type in returns from paper, or import them from a file."),
                ],
                _tr("Offer ways to respond without the internet too: phone, text and freepost."),
            ),
        ),
        (
            "Deck",
            _topic(
                _tr("Scenario decks"),
                _tr("Cards that describe a situation for people to react to."),
                [_tr("Add or edit cards; print the deck, in large print if needed.")],
                _tr("Use situations people recognise from their own lives."),
            ),
        ),
        (
            "Card",
            _topic(
                _tr("Scenario cards"),
                _tr(
                    "Show one card at a time and record each table's reaction, hopes, fears, "
                    "questions and changes they would make."
                ),
                [
                    _tr("Move between cards with the buttons or the keyboard."),
                    _tr("Type each table's response in their own words."),
                ],
                _tr("Give tables time to talk before asking for a reaction."),
            ),
        ),
    ]


def general_topic() -> tuple[str, str]:
    return _topic(
        _tr("Workshop"),
        _tr(
            "Workshop helps you plan and run co-production sessions with residents about "
            "automated decisions and AI in public services, keep the record, and report back."
        ),
        [
            _tr("Choose a screen or a session in the list on the left."),
            _tr("Everything is saved as you go; Edit > Undo takes a change back."),
            _tr("File > Open opens another programme file; Save a copy makes a backup."),
        ],
        _tr(
            "Set expectations, reach people who are seldom heard, make sessions accessible, "
            "pay people for their time, and close the loop by publishing what you did."
        ),
    )


def topic_for(widget: QWidget | None) -> tuple[str, str]:
    """The help for `widget` or the nearest screen around it."""
    topics = _topics()
    while widget is not None:
        name = type(widget).__name__
        for part, topic in topics:
            if part.lower() in name.lower():
                return topic
        widget = widget.parentWidget()
    return general_topic()


def current_screen_widget(window: QMainWindow) -> QWidget | None:
    """The innermost screen: the focused widget (in the main window, or in a window of
    its own such as a board), else the shown screen (or its current tab)."""
    screen = window.current_screen() if hasattr(window, "current_screen") else None
    focused = QApplication.focusWidget()
    if focused is not None and not isinstance(focused.window(), HelpDialog | ShortcutsDialog):
        if focused.window() is not window:
            return focused  # a board, card presentation or other screen window
        if screen is not None and screen.isAncestorOf(focused):
            return focused
    if screen is not None:
        tabs = screen.findChild(QTabWidget)
        if tabs is not None and tabs.currentWidget() is not None:
            current = tabs.currentWidget()
            if isinstance(current, QScrollArea) and current.widget() is not None:
                current = current.widget()  # a session page sits in a scroll area
            return current
    return screen


class HelpDialog(FittingDialog):
    """Help for one screen. Not modal: it can stay open beside the screen."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(self.tr("Help for this screen"))
        self.browser.setOpenLinks(False)
        self.shortcuts_button = QPushButton(self.tr("&Keyboard shortcuts"))
        self.shortcuts_button.setAccessibleName(self.tr("Show keyboard shortcuts"))
        self.shortcuts_button.clicked.connect(lambda: show_shortcuts(self.window_))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close help"))
        buttons.addButton(self.shortcuts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def show_topic(self, topic: tuple[str, str]) -> None:
        title, html = topic
        self.setWindowTitle(self.tr("Help: %s") % title)
        self.browser.setHtml(html)


def show_help(window: QMainWindow) -> HelpDialog:
    dialog = window.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show_topic(topic_for(current_screen_widget(window)))
    dialog.show()
    dialog.raise_()
    dialog.browser.setFocus()
    return dialog


# ----- keyboard shortcuts --------------------------------------------------------------------


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def collect_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(what it does, keys, where) for every action with a shortcut: the menus first, then
    actions of the screen that is open now."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(action: QAction, where: str) -> None:
        keys = _keys(action)
        what = _plain(action.text())
        if not keys or not what or (what, keys) in seen:
            return
        seen.add((what, keys))
        rows.append((what, keys, where))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), where)
            elif not action.isSeparator():
                add(action, where)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _tr("%s menu") % _plain(top.text()))
    on_screen = _tr("On this screen")
    for action in window.findChildren(QAction):
        add(action, on_screen)
    # Screens with windows of their own (a board, the card presentation) while they are open.
    for other in QApplication.topLevelWidgets():
        if other is window or not other.isVisible() or isinstance(other, QDialog | QMenu):
            continue
        where = other.windowTitle() or on_screen
        for action in other.findChildren(QAction):
            add(action, where)
    return rows


def standard_keys() -> list[tuple[str, str, str]]:
    """Keys Qt gives every screen (not actions, so listed here)."""
    everywhere = _tr("Everywhere")
    return [
        (_tr("Move to the next control"), "Tab", everywhere),
        (_tr("Move to the previous control"), "Shift+Tab", everywhere),
        (_tr("Press the focused button or tick the focused box"), _tr("Space"), everywhere),
        (_tr("Use a menu or a labelled box"), _tr("Alt + the underlined letter"), everywhere),
        (_tr("Change the cell with the focus in a table"), "F2", everywhere),
        (_tr("Open the menu for what is chosen"), "Shift+F10", everywhere),
        (_tr("Close a window like this one"), "Esc", everywhere),
    ]


class ShortcutsDialog(FittingDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Every action with a key of its own. Screens such as the board add their own "
                "keys while they are open."
            )
        )
        intro.setWordWrap(True)
        rows = collect_shortcuts(window) + standard_keys()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fit_table(self.table, stretch=[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close keyboard shortcuts"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.show()
    dialog.table.setFocus()
    return dialog
