"""Session page "Scenario cards": run a deck with residents (GMCA values 9a-9e).

One card at a time in large text (for a projector, or a laptop passed round a table), with
the card's key terms and their meanings. Beside it, what each table said: a reaction and
their hopes, fears, questions and changes, typed fast from the keyboard:

- Page Down / Page Up (or Ctrl+Right / Ctrl+Left): next / previous card;
- Alt+1 to Alt+4: the table's reaction; Tab moves through the boxes;
- Ctrl+Enter: save and move on to the next table;
- F5: show the card full screen on a projector, its type as large as fits (Esc to close).

A second tab sums up the reactions to every card across tables and sessions.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.core import agenda, card_responses, decks, glossary
from workshop.core.card_responses import REACTIONS, TEXT_FIELDS
from workshop.core.clock import new_id
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.store import Change, Programme
from workshop.ui import theme
from workshop.ui.card_summary import CardSummaryView
from workshop.ui.context import AppContext, touches
from workshop.ui.forms import PlainTextField
from workshop.ui.language_box import LanguageBox
from workshop.ui.page_layout import SideBySide, flow_row
from workshop.ui.raise_point import raise_as_point
from workshop.ui.theme import scaled
from workshop.ui.undo_commands import CoreCommand, push_or_explain

_WATCHED = ("card_responses", "cards", "decks", "glossary", "exercises", "sessions")


def escape(text: str) -> str:
    # html.escape, not xml.sax.saxutils: that one imports urllib and http.client at
    # start-up (0.2 s); quotes left alone as saxutils did.
    return html.escape(text, quote=False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardMode", text)


@dataclass
class ShownCard:
    """A card as shown: from the programme, or from a built-in deck not copied in yet
    (its id is the one it will have once copied, so responses can be saved)."""

    id: str
    title: str
    story: str
    system: str
    opportunity: str
    risk: str
    key_terms: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


@dataclass
class DeckChoice:
    label: str
    deck_id: str
    builtin_key: str = ""  # set when the deck is a built-in one not yet in the programme


def deck_choices(programme: Programme) -> list[DeckChoice]:
    held = decks.programme_decks(programme)
    choices = [DeckChoice(d["title"], d["id"]) for d in held]
    held_ids = {d["id"] for d in held}
    for deck in decks.builtin_decks():
        deck_id = decks.stable_id("deck", deck.key)
        if deck_id not in held_ids:
            built_in = _tr("(built-in)")
            choices.append(DeckChoice(f"{deck.title} {built_in}", deck_id, deck.key))
    return choices


def cards_of(programme: Programme, choice: DeckChoice) -> list[ShownCard]:
    if choice.builtin_key:
        deck = decks.builtin_deck(choice.builtin_key)
        return [
            ShownCard(
                decks.stable_id("card", deck.key, c.key),
                c.title,
                c.story,
                c.system,
                c.opportunity,
                c.risk,
                c.key_terms,
                c.questions,
            )
            for c in deck.cards
        ]
    return [
        ShownCard(
            r["id"],
            r["title"],
            r["story"],
            r["system"],
            r["opportunity"],
            r["risk"],
            json.loads(r["key_terms"] or "[]"),
            json.loads(r["questions"] or "[]"),
        )
        for r in decks.deck_cards(programme, choice.deck_id)
    ]


def card_html(
    card: ShownCard, number: int, total: int, size: float, label_colour: str = "#444444"
) -> str:
    """The card in large type: what residents see on the projector. `label_colour` is for
    the small headings ("Card 1 of 8", "HOPE"): a dark grey on white, the theme's text
    colour on the page (white in high contrast)."""

    def para(text: str) -> str:
        return escape(text).replace("\n", "<br>")

    small = size * 0.7
    # lupdate cannot see tr() calls inside f-strings: the texts are fetched first.
    card_of = _tr("Card %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    system_heading = _tr("WHAT THE SYSTEM DOES")
    questions_heading = _tr("QUESTIONS FOR YOUR TABLE")
    parts = [
        f"<p style='font-size:{small:.0f}pt; color:{label_colour}'>{escape(card_of)}</p>",
        f"<p style='font-size:{size * 1.5:.0f}pt; font-weight:bold'>{para(card.title)}</p>",
        f"<p style='font-size:{size:.0f}pt'>{para(card.story)}</p>",
    ]
    if card.system:
        parts += [
            f"<p style='font-size:{small:.0f}pt; color:{label_colour}; font-weight:bold'>"
            f"{escape(system_heading)}</p>",
            f"<p style='font-size:{size * 0.85:.0f}pt'>{para(card.system)}</p>",
        ]
    for label, text in ((_tr("HOPE"), card.opportunity), (_tr("WORRY"), card.risk)):
        if text:
            parts += [
                f"<p style='font-size:{small:.0f}pt; color:{label_colour}; font-weight:bold'>{escape(label)}</p>",
                f"<p style='font-size:{size * 0.85:.0f}pt'>{para(text)}</p>",
            ]
    if card.questions:
        parts.append(
            f"<p style='font-size:{small:.0f}pt; color:{label_colour}; font-weight:bold'>"
            f"{escape(questions_heading)}</p>"
        )
        items = "".join(f"<li>{para(q)}</li>" for q in card.questions)
        parts.append(f"<ol style='font-size:{size * 0.85:.0f}pt'>{items}</ol>")
    return "".join(parts)


def terms_html(card: ShownCard, programme: Programme, size: float) -> str:
    rows = glossary.meanings_for(card.key_terms, programme)
    if not rows:
        none = _tr("No key terms on this card.")
        return f"<p style='font-size:{size:.0f}pt'>{escape(none)}</p>"
    return "".join(
        f"<p style='font-size:{size:.0f}pt'><b>{escape(t.term)}</b>: {escape(t.meaning)}</p>"
        for t in rows
    )


class RecordResponse(CoreCommand):
    """Save some of what a table said about a card; undo puts back what was there before
    (or removes the row if it was new). A built-in deck is copied in first if needed
    (that copy is kept on undo: it is not the facilitator's edit)."""

    def __init__(
        self,
        programme: Programme,
        session_id: str,
        card_id: str,
        table: str,
        values: dict[str, str],
        builtin_key: str = "",
    ):
        super().__init__(_tr("Record what %s said") % table)
        self.programme, self.session_id, self.card_id = programme, session_id, card_id
        self.table, self.new, self.builtin_key = table.strip(), dict(values), builtin_key
        existing = card_responses.find(programme, session_id, card_id, self.table)
        self.row_id = existing["id"] if existing else new_id()
        self.old = {k: existing[k] for k in values} if existing else None

    def apply(self) -> None:
        with self.programme.transaction():
            if self.builtin_key:
                decks.use_builtin_deck(self.programme, self.builtin_key)
            if self.programme.get("card_responses", self.row_id):
                self.programme.update("card_responses", self.row_id, self.new)
            else:
                self.programme.insert(
                    "card_responses",
                    {
                        "id": self.row_id,
                        "session_id": self.session_id,
                        "card_id": self.card_id,
                        "table_label": self.table,
                        **self.new,
                    },
                )

    def revert(self) -> None:
        if self.old is None:
            self.programme.delete("card_responses", self.row_id)
        else:
            self.programme.update("card_responses", self.row_id, self.old)


class PresentWindow(QWidget):
    """The current card full screen, for a projector: its type as large as lets the whole
    card fit the screen, never a scroll bar. Arrow keys move between cards; Esc closes."""

    LARGEST = 60.0  # pt: a short card on a big screen stops here
    SMALLEST = 8.0

    def __init__(self, page: CardModePage):
        super().__init__(None, Qt.WindowType.Window)
        self.page = page
        self.setWindowTitle(self.tr("Scenario card"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Card shown on the projector"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.view)
        self.setStyleSheet("background: white; color: black;")
        self.card: tuple[ShownCard, int, int] | None = None
        self.type_size = self.LARGEST

    def show_on_screen(self) -> None:
        screen = self.page.screen() or QGuiApplication.primaryScreen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def show_card(self, card: ShownCard, number: int, total: int) -> None:
        self.card = (card, number, total)
        self._fit()

    def _fits(self, html: str, width: int, height: int) -> bool:
        document = QTextDocument()
        document.setDefaultFont(self.view.font())
        document.setDocumentMargin(self.view.document().documentMargin())
        document.setHtml(html)
        document.setTextWidth(width)
        return document.size().height() <= height and document.idealWidth() <= width

    def _fit(self) -> None:
        """The largest type (in half points) at which the whole card fits the view."""
        if self.card is None:
            return
        viewport = self.view.viewport().size()
        width, height = viewport.width(), viewport.height()
        low, high = int(self.SMALLEST * 2), int(self.LARGEST * 2)
        best = low
        while low <= high:
            middle = (low + high) // 2
            if self._fits(card_html(*self.card, middle / 2), width, height):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        self.type_size = best / 2
        self.view.setHtml(card_html(*self.card, self.type_size))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.page.next_card()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.page.previous_card()
        else:
            super().keyPressEvent(event)


class CardModePage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CardModePage")
        self.ctx, self.programme, self.session_id = ctx, ctx.programme, session_id
        self.choices: list[DeckChoice] = []
        self.cards: list[ShownCard] = []
        self.index = 0
        self.text_size = 18.0
        self._filling = False
        self.present: PresentWindow | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Scenario cards views"))
        self.tabs.addTab(self._build_run_tab(), self.tr("Run the cards"))
        self.summary = CardSummaryView(ctx, self)
        self.tabs.addTab(self.summary, self.tr("Summary of reactions"))
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.summary.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        self._shortcuts()
        self._fill_decks()
        ctx.bridge.changed.connect(self._on_changes)
        theme.theme_changed().changed.connect(self._theme_changed)

    # ----- building ------------------------------------------------------------------------

    def _build_run_tab(self) -> QWidget:
        tab = QWidget()
        self.deck_box = QComboBox()
        self.deck_box.setAccessibleName(self.tr("Deck"))
        self.deck_box.activated.connect(lambda _: self._load_deck())
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous card"))
        self.prev_button.clicked.connect(self.previous_card)
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Which card"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next card"))
        self.next_button.clicked.connect(self.next_card)
        smaller = QPushButton(self.tr("A−"))
        smaller.setAccessibleName(self.tr("Smaller card text"))
        smaller.clicked.connect(lambda: self.set_text_size(self.text_size - 2))
        larger = QPushButton(self.tr("A+"))
        larger.setAccessibleName(self.tr("Larger card text"))
        larger.clicked.connect(lambda: self.set_text_size(self.text_size + 2))
        present = QPushButton(self.tr("Show on pro&jector (F5)"))
        present.setAccessibleName(self.tr("Show the card full screen"))
        present.clicked.connect(self.show_present)
        deck_label = QLabel(self.tr("Deck:"))
        # One row that wraps at large text sizes rather than running off the side.
        bar = flow_row(
            deck_label,
            self.deck_box,
            self.prev_button,
            self.position,
            self.next_button,
            smaller,
            larger,
            present,
        )

        self.card_view = QTextBrowser()
        self.card_view.setObjectName("card_view")
        self.card_view.setAccessibleName(self.tr("The card"))
        self.card_view.setOpenLinks(False)
        self.terms_view = QTextBrowser()
        self.terms_view.setObjectName("card_terms")
        self.terms_view.setAccessibleName(self.tr("Key terms on this card and what they mean"))
        terms_box = QGroupBox(self.tr("Key terms"))
        QVBoxLayout(terms_box).addWidget(self.terms_view)
        card_side = QSplitter(Qt.Orientation.Vertical)
        card_side.addWidget(self.card_view)
        card_side.addWidget(terms_box)
        card_side.setStretchFactor(0, 3)
        card_side.setStretchFactor(1, 1)

        # What the table said goes beside the card, or under it when there is no room:
        # its labels and choices are never squeezed to "Con…".
        self.card_view.setMinimumHeight(self.fontMetrics().height() * 12)
        card_side.setMinimumHeight(self.fontMetrics().height() * 18)
        columns = SideBySide([card_side, self._build_entry()], wants=[48, 44], stretch=[3, 2])
        column = QVBoxLayout(tab)
        column.addWidget(bar)
        column.addWidget(columns, 1)
        return tab

    def _build_entry(self) -> QWidget:
        box = QGroupBox(self.tr("What the table said"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.table_box = QComboBox()
        self.table_box.setEditable(True)
        self.table_box.setAccessibleName(self.tr("Table"))
        self.table_box.currentTextChanged.connect(lambda _: self._show_response())
        form.addRow(self.tr("Tab&le:"), self.table_box)

        reactions = QWidget()
        reactions.setAccessibleName(self.tr("Reaction"))
        row = QVBoxLayout(reactions)
        row.setContentsMargins(0, 0, 0, 0)
        self.reaction_group = QButtonGroup(self)
        self.reaction_buttons: dict[str, QRadioButton] = {}
        for number, choice in enumerate(REACTIONS, start=1):
            # "1 Comfortable": the number is the key (Alt+1), said once under the choices.
            button = QRadioButton(f"{number}  {self.tr(choice.label)}")
            button.setAccessibleName(self.tr(choice.label))
            button.setToolTip(self.tr(choice.explanation))
            self.reaction_group.addButton(button, number)
            self.reaction_buttons[choice.key] = button
            row.addWidget(button)
        keys_hint = QLabel(self.tr("Alt and the number chooses a reaction."))
        keys_hint.setObjectName("hint")
        keys_hint.setWordWrap(True)
        row.addWidget(keys_hint)
        self.reaction_group.idClicked.connect(self._reaction_clicked)
        form.addRow(self.tr("Reaction:"), reactions)

        self.fields: dict[str, PlainTextField] = {}
        labels = {
            "hopes": self.tr("H&opes:"),
            "fears": self.tr("Fea&rs:"),
            "questions": self.tr("&Questions:"),
            "changes": self.tr("Changes wante&d:"),
        }
        for name in TEXT_FIELDS:
            edit = PlainTextField()
            edit.setObjectName(f"response_{name}")
            edit.setMaximumHeight(80)
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            edit.editingFinished.connect(lambda name=name: self._save_fields([name]))
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.language = LanguageBox()
        form.addRow(self.tr("Lan&guage:"), self.language)

        self.next_table_button = QPushButton(self.tr("Save and next table (Ctrl+Enter)"))
        self.next_table_button.setAccessibleName(self.tr("Save and go to the next table"))
        self.next_table_button.clicked.connect(self.save_and_next_table)
        self.responses_list = QListWidget()
        self.responses_list.setObjectName("responses_list")
        self.responses_list.setAccessibleName(self.tr("What each table said about this card"))
        self.responses_list.setWordWrap(True)
        self.responses_list.itemActivated.connect(self._pick_table_from_list)
        self.raise_button = QPushButton(self.tr("Raise as point…"))
        self.raise_button.setAccessibleName(self.tr("Raise the chosen table's response as a point"))
        self.raise_button.clicked.connect(self._raise_point)

        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.next_table_button)
        column.addWidget(QLabel(self.tr("This card in this session:")))
        column.addWidget(self.responses_list, 1)
        column.addWidget(self.raise_button)
        return box

    def _shortcuts(self) -> None:
        def add(keys, slot):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        add(["PgDown", "Ctrl+Right"], self.next_card)
        add(["PgUp", "Ctrl+Left"], self.previous_card)
        add(["Ctrl+Return", "Ctrl+Enter"], self.save_and_next_table)
        add(["F5"], self.show_present)
        for number, key in enumerate(REACTIONS.keys(), start=1):
            add([f"Alt+{number}"], lambda key=key: self.set_reaction(key))

    # ----- decks and cards -------------------------------------------------------------------

    def _preferred_deck(self) -> str:
        for exercise in agenda.exercises(self.programme, self.session_id):
            if EXERCISE_KINDS.kind(exercise["kind"]).has_cards and exercise["deck_id"]:
                return exercise["deck_id"]
        return ""

    def _fill_decks(self) -> None:
        current = self.current_choice().deck_id if self.choices else self._preferred_deck()
        self.choices = deck_choices(self.programme)
        self.deck_box.blockSignals(True)
        self.deck_box.clear()
        for choice in self.choices:
            self.deck_box.addItem(choice.label, choice.deck_id)
        found = self.deck_box.findData(current)
        self.deck_box.setCurrentIndex(max(0, found))
        self.deck_box.blockSignals(False)
        self._load_deck(keep_index=found >= 0)

    def current_choice(self) -> DeckChoice:
        return self.choices[max(0, self.deck_box.currentIndex())]

    def _load_deck(self, keep_index: bool = False) -> None:
        self.cards = cards_of(self.programme, self.current_choice()) if self.choices else []
        if not keep_index:
            self.index = 0
        self.index = min(self.index, max(0, len(self.cards) - 1))
        self._fill_tables()
        self.show_card()

    def current_card(self) -> ShownCard | None:
        return self.cards[self.index] if self.cards else None

    def show_card(self) -> None:
        card = self.current_card()
        total = len(self.cards)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        if card is None:
            self.position.setText(self.tr("No cards"))
            self.card_view.setHtml(escape(self.tr("This deck has no cards yet.")))
            self.terms_view.clear()
            return
        self.position.setText(
            self.tr("Card %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(total))
        )
        size = scaled(self.text_size)
        html = card_html(card, self.index + 1, total, size, self._label_colour())
        self.card_view.setHtml(html)
        self.terms_view.setHtml(terms_html(card, self.programme, scaled(12)))
        if self.present is not None and self.present.isVisible():
            self.present.show_card(card, self.index + 1, total)
        self._show_response()

    def _label_colour(self) -> str:
        """Small card headings: dark grey on the light page; the theme's own text colour
        (white on black) in high contrast, so they stay readable."""
        if theme.is_high_contrast():
            return self.card_view.palette().color(QPalette.ColorRole.Text).name()
        return "#444444"

    def _theme_changed(self, _scale: float, _high_contrast: bool) -> None:
        if not self.programme.closed:
            self.show_card()  # card type follows the text size; headings the contrast

    def next_card(self) -> None:
        self._save_fields(list(TEXT_FIELDS))
        if self.index < len(self.cards) - 1:
            self.index += 1
            self.show_card()

    def previous_card(self) -> None:
        self._save_fields(list(TEXT_FIELDS))
        if self.index > 0:
            self.index -= 1
            self.show_card()

    def set_text_size(self, points: float) -> None:
        self.text_size = max(12.0, min(48.0, points))
        self.show_card()

    def show_present(self) -> None:
        if self.present is None:
            self.present = PresentWindow(self)
        self.present.show_on_screen()
        self.show_card()

    # ----- what the table said ---------------------------------------------------------------

    def _fill_tables(self) -> None:
        current = self.table_box.currentText() or card_responses.DEFAULT_TABLES[0]
        self._filling = True
        self.table_box.clear()
        self.table_box.addItems(card_responses.tables_in_session(self.programme, self.session_id))
        self.table_box.setCurrentText(current)
        self._filling = False

    def current_table(self) -> str:
        return self.table_box.currentText().strip()

    def _current_row(self) -> dict[str, Any] | None:
        card = self.current_card()
        if card is None or not self.current_table():
            return None
        return card_responses.find(self.programme, self.session_id, card.id, self.current_table())

    def _show_response(self, keep_focused: bool = False) -> None:
        if self._filling:
            return
        self._filling = True
        row = self._current_row() or {}
        self.reaction_group.setExclusive(False)
        for key, button in self.reaction_buttons.items():
            button.setChecked(row.get("reaction") == key)
        self.reaction_group.setExclusive(True)
        for name, edit in self.fields.items():
            if keep_focused and edit.hasFocus():
                continue
            value = row.get(name, "")
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        self._filling = False
        self._fill_responses_list()

    def _fill_responses_list(self) -> None:
        self.responses_list.clear()
        card = self.current_card()
        if card is None:
            return
        for row in card_responses.for_card(self.programme, self.session_id, card.id):
            if card_responses.is_empty(row):
                continue
            reaction = REACTIONS.label(row["reaction"])
            lines = [
                self.tr("%1: %2")
                .replace("%1", row["table_label"])
                .replace("%2", self.tr(reaction) if reaction else self.tr("no reaction yet"))
            ]
            for name in TEXT_FIELDS:
                if row[name].strip():
                    field_label = self.tr(card_responses.FIELD_LABELS[name])
                    lines.append(
                        "  "
                        + self.tr("%1: %2")
                        .replace("%1", field_label)
                        .replace("%2", row[name].strip())
                    )
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, row["table_label"])
            self.responses_list.addItem(item)

    def _record(self, values: dict[str, str]) -> bool:
        card = self.current_card()
        table = self.current_table()
        if card is None or not table or not values:
            return False
        existing = card_responses.find(self.programme, self.session_id, card.id, table)
        if existing:
            values = {k: v for k, v in values.items() if existing[k] != v}
            if not values:
                return True
        elif not any(values.values()):
            return True  # nothing typed for a table with no row yet: nothing to save
        command = RecordResponse(
            self.programme,
            self.session_id,
            card.id,
            table,
            values,
            self.current_choice().builtin_key,
        )
        return push_or_explain(self.ctx.undo_stack, command, self)

    def _reaction_clicked(self, number: int) -> None:
        if self._filling:
            return
        self._record({"reaction": REACTIONS.keys()[number - 1]})

    def set_reaction(self, key: str) -> None:
        self.reaction_buttons[key].click()

    def _save_fields(self, names: list[str]) -> None:
        if self._filling or self.programme.closed:
            return
        values = {n: self.fields[n].toPlainText().strip() for n in names}
        typed = " ".join(f.toPlainText() for f in self.fields.values())
        if typed.strip():
            values["language"] = self.language.language_for(typed)
        self._record(values)

    def save_and_next_table(self) -> None:
        self._save_fields(list(TEXT_FIELDS))
        tables = [self.table_box.itemText(i) for i in range(self.table_box.count())]
        here = self.current_table()
        if here in tables and tables.index(here) + 1 < len(tables):
            following = tables[tables.index(here) + 1]
        else:
            number = len(tables) + 1
            following = self.tr("Table %1").replace("%1", str(number))
            self.table_box.addItem(following)
        self.table_box.setCurrentText(following)
        self.reaction_buttons[REACTIONS.keys()[0]].setFocus()

    def _pick_table_from_list(self, item: QListWidgetItem) -> None:
        self.table_box.setCurrentText(item.data(Qt.ItemDataRole.UserRole + 1))

    def _raise_point(self) -> None:
        item = self.responses_list.currentItem()
        if item is None:
            return
        raise_as_point(self.ctx, self, [("card_responses", item.data(Qt.ItemDataRole.UserRole))])

    # ----- keeping up with changes -------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if self.programme.closed or not touches(changes, *_WATCHED):
            return
        if touches(changes, "cards", "decks"):
            self._fill_decks()
        elif touches(changes, "glossary"):
            self.show_card()
        if touches(changes, "card_responses"):
            self._show_response(keep_focused=True)
            if self.tabs.currentIndex() == 1:
                self.summary.refresh()

    def closeEvent(self, event) -> None:
        if self.present is not None:
            self.present.close()
        if not getattr(self, "_theme_detached", False):  # a page can be closed twice
            self._theme_detached = True
            try:
                theme.theme_changed().changed.disconnect(self._theme_changed)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
