"""Tools > Scenario decks…: write and edit the programme's own decks.

The plain-English check runs live as the facilitator types (reading ease, longest
sentence, words in neither plain English nor the glossary). Decks can be imported from
and exported to deck files (docs/deck-format.md), printed to PDF (4-up with cut marks, or
large print), or sent as that same PDF through the system print dialog.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import decks, glossary, plain_english
from workshop.core.errors import WorkshopError
from workshop.core.store import Change, Programme
from workshop.export.deck_pdf import build_deck_pdf, write_deck_pdf
from workshop.i18n import error_text
from workshop.ui import dialogs, printing, runner, settings
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import long_date
from workshop.ui.forms import PlainTextField
from workshop.ui.page_layout import SideBySide, flow_row, push_button, scrolling
from workshop.ui.undo_commands import (
    CoreCommand,
    SetFields,
    delete_if_confirmed,
    push_or_explain,
)
from workshop.ui.window_geometry import FittingDialog, keep_geometry

DECK_FILTER = "Scenario decks (*.toml);;All files (*)"
PDF_FILTER = "PDF files (*.pdf)"
PROSE_FIELDS = ("story", "system", "opportunity", "risk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeckEditor", text)


class MoveCard(CoreCommand):
    """Swap a card with its neighbour in the deck."""

    def __init__(self, programme: Programme, first: dict[str, Any], second: dict[str, Any]):
        super().__init__(_tr("Move card"))
        self.programme, self.first, self.second = programme, first, second

    def _swap(self, a: dict[str, Any], b: dict[str, Any]) -> None:
        with self.programme.transaction():
            self.programme.update("cards", a["id"], {"position": b["position"]})
            self.programme.update("cards", b["id"], {"position": a["position"]})

    def apply(self) -> None:
        self._swap(self.first, self.second)

    def revert(self) -> None:
        with self.programme.transaction():
            self.programme.update("cards", self.first["id"], {"position": self.first["position"]})
            self.programme.update("cards", self.second["id"], {"position": self.second["position"]})


class ImportDeck(CoreCommand):
    """Bring a deck in (and any terms it carries); undo removes the deck again."""

    def __init__(self, programme: Programme, deck: decks.Deck, stable: bool = False):
        super().__init__(_tr("Import deck"))
        self.programme, self.deck, self.stable = programme, deck, stable
        self.deck_id = ""
        self._snapshot = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.deck_id = decks.import_deck(self.programme, self.deck, stable=self.stable)

    def revert(self) -> None:
        self._snapshot = self.programme.delete("decks", self.deck_id)


class DeckEditor(FittingDialog):
    print_done = Signal(str, str)  # "saved" / "printed", error ('' when done)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._print_task: runner.Task | None = None
        self.setObjectName("DeckEditor")
        self.setWindowTitle(self.tr("Scenario decks"))
        self.setModal(False)
        self.ctx, self.programme = ctx, ctx.programme
        self._filling = False
        keep_geometry(self, settings.DECKS_WINDOW_GEOMETRY, QSize(1200, 780))

        # The two lists side by side, the card form beside them when there is room for
        # all three, else below them at the window's whole width (large text, Welsh, a
        # projector): the window then scrolls down, never sideways.
        lists = QWidget()
        row = QHBoxLayout(lists)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_decks(), 1)
        row.addWidget(self._build_cards(), 1)
        self.columns = SideBySide([lists, self._build_card_form()], wants=[70, 70], stretch=[1, 2])
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.columns))
        self.refresh_decks()
        ctx.bridge.changed.connect(self._on_changes)

    # ----- building ------------------------------------------------------------------

    def _build_decks(self) -> QWidget:
        box = QGroupBox(self.tr("Decks in this programme"))
        self.deck_list = QListWidget()
        self.deck_list.setObjectName("deck_list")
        self.deck_list.setAccessibleName(self.tr("Decks"))
        self.deck_list.setWordWrap(True)
        self.deck_list.currentItemChanged.connect(lambda *_: self.refresh_cards())
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleName(self.tr("Print in large print"))
        large_print_note = QLabel(self.tr("18 pt, one card to a page"))
        large_print_note.setObjectName("hint")
        large_print_note.setWordWrap(True)
        column = QVBoxLayout(box)
        self.deck_list.setMinimumHeight(6 * self.deck_list.fontMetrics().height())
        column.addWidget(self.deck_list, 1)
        tr = self.tr
        for text, name, slot in (
            (tr("&New deck…"), tr("Start a new deck"), self.new_deck),
            (tr("Copy a &built-in deck"), tr("Copy the built-in deck to edit"), self.copy_builtin),
            (tr("&Import deck file…"), tr("Import a deck file"), self.import_deck),
            (tr("&Export deck file…"), tr("Export the deck to a file"), self.export_deck),
            (tr("Print to &PDF…"), tr("Print the deck to a PDF file"), self.print_pdf),
            (tr("P&rint…"), tr("Print the deck on a printer"), self.print_system),
            (tr("Delete deck…"), tr("Delete the chosen deck"), self.delete_deck),
        ):
            column.addWidget(push_button(text, name, slot))
        column.addWidget(self.large_print)
        column.addWidget(large_print_note)
        return box

    def _build_cards(self) -> QWidget:
        box = QGroupBox(self.tr("Cards"))
        self.deck_title = QLineEdit()
        self.deck_title.setObjectName("deck_title")
        self.deck_title.setAccessibleName(self.tr("Deck title"))
        self.deck_title.editingFinished.connect(self._save_deck_title)
        self.card_list = QListWidget()
        self.card_list.setObjectName("card_list")
        self.card_list.setAccessibleName(self.tr("Cards in the deck"))
        self.card_list.setWordWrap(True)
        self.card_list.currentItemChanged.connect(lambda *_: self.show_card())
        column = QVBoxLayout(box)
        column.addWidget(QLabel(self.tr("Deck title:")))
        column.addWidget(self.deck_title)
        self.card_list.setMinimumHeight(8 * self.card_list.fontMetrics().height())
        column.addWidget(self.card_list, 1)
        column.addWidget(
            flow_row(  # wraps at large text sizes rather than widening the column
                push_button(self.tr("&Add card"), self.tr("Add a card"), self.add_card),
                push_button(self.tr("Up"), self.tr("Move the card up"), lambda: self.move_card(-1)),
                push_button(
                    self.tr("Down"), self.tr("Move the card down"), lambda: self.move_card(1)
                ),
            )
        )
        column.addWidget(
            push_button(
                self.tr("Delete card…"), self.tr("Delete the chosen card"), self.delete_card
            )
        )
        return box

    def _build_card_form(self) -> QWidget:
        self.form_box = QGroupBox(self.tr("The card"))
        form = QFormLayout(self.form_box)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Card title"))
        self.title_edit.editingFinished.connect(lambda: self._save("title"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.prose: dict[str, PlainTextField] = {}
        labels = {
            "story": self.tr("&Story about a person:"),
            "system": self.tr("What the s&ystem does:"),
            "opportunity": self.tr("&Hope:"),
            "risk": self.tr("&Worry:"),
        }
        for name in PROSE_FIELDS:
            edit = PlainTextField()
            edit.setObjectName(f"card_{name}")
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            # In lines of the present font, so the boxes grow with the text size.
            lines = 6 if name in ("story", "system") else 3
            edit.setMaximumHeight(lines * edit.fontMetrics().lineSpacing() + 14)
            edit.editingFinished.connect(lambda name=name: self._save(name))
            edit.textChanged.connect(self.update_check)
            self.prose[name] = edit
            form.addRow(labels[name], edit)
        self.terms_edit = QLineEdit()
        self.terms_edit.setObjectName("card_key_terms")
        self.terms_edit.setAccessibleName(self.tr("Key terms, separated by commas"))
        self.terms_edit.setPlaceholderText(self.tr("Glossary terms, separated by commas"))
        self.terms_edit.editingFinished.connect(lambda: self._save("key_terms"))
        self.terms_edit.textChanged.connect(self.update_check)
        form.addRow(self.tr("&Key terms:"), self.terms_edit)
        self.questions_edit = PlainTextField()
        self.questions_edit.setObjectName("card_questions")
        self.questions_edit.setAccessibleName(self.tr("Questions for the table, one a line"))
        self.questions_edit.setPlaceholderText(self.tr("One question on each line"))
        self.questions_edit.editingFinished.connect(lambda: self._save("questions"))
        self.questions_edit.textChanged.connect(self.update_check)
        form.addRow(self.tr("&Questions:"), self.questions_edit)
        self.check_label = QLabel()
        self.check_label.setObjectName("plain_english_check")
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(self.tr("Plain-English check"))
        self.flagged_label = QLabel()
        self.flagged_label.setObjectName("flagged_words")
        self.flagged_label.setWordWrap(True)
        self.flagged_label.setAccessibleName(self.tr("Words to explain or change"))
        form.addRow(self.tr("Plain English:"), self.check_label)
        form.addRow(self.tr("Words to check:"), self.flagged_label)
        # The card's statements about the law, each with its source; a quiet note when
        # one was last checked more than a year ago (the law changes: issue 16).
        self.law_label = QLabel()
        self.law_label.setObjectName("card_law_sources")
        self.law_label.setWordWrap(True)
        self.law_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.law_label.setAccessibleName(self.tr("What the law says, and where it comes from"))
        form.addRow(self.tr("The law:"), self.law_label)
        return self.form_box

    # ----- showing ----------------------------------------------------------------------

    def current_deck_id(self) -> str:
        item = self.deck_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def current_card_id(self) -> str:
        item = self.card_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def refresh_decks(self, select: str = "") -> None:
        keep = select or self.current_deck_id()
        self.deck_list.blockSignals(True)
        self.deck_list.clear()
        for deck in decks.programme_decks(self.programme):
            count = self.programme.db["cards"].count_where("deck_id = ?", [deck["id"]])
            item = QListWidgetItem(
                self.tr("%1 (%2 cards)").replace("%1", deck["title"]).replace("%2", str(count))
            )
            item.setData(Qt.ItemDataRole.UserRole, deck["id"])
            self.deck_list.addItem(item)
            if deck["id"] == keep:
                self.deck_list.setCurrentItem(item)
        if self.deck_list.currentItem() is None and self.deck_list.count():
            self.deck_list.setCurrentRow(0)
        self.deck_list.blockSignals(False)
        self.refresh_cards()

    def refresh_cards(self, select: str = "") -> None:
        keep = select or self.current_card_id()
        deck = (
            self.programme.get("decks", self.current_deck_id()) if self.current_deck_id() else None
        )
        self.deck_title.setEnabled(deck is not None)
        if not self.deck_title.hasFocus():
            self.deck_title.setText(deck["title"] if deck else "")
        self.card_list.blockSignals(True)
        self.card_list.clear()
        english = self._deck_is_english()
        for number, card in enumerate(
            decks.deck_cards(self.programme, self.current_deck_id()), start=1
        ):
            ok = not english or plain_english.check(decks.card_from_row(card).prose()).ok
            mark = "" if ok else self.tr(" (could be plainer)")
            item = QListWidgetItem(f"{number}. {card['title']}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, card["id"])
            self.card_list.addItem(item)
            if card["id"] == keep:
                self.card_list.setCurrentItem(item)
        if self.card_list.currentItem() is None and self.card_list.count():
            self.card_list.setCurrentRow(0)
        self.card_list.blockSignals(False)
        self.show_card()

    def _card(self) -> dict[str, Any] | None:
        card_id = self.current_card_id()
        return self.programme.get("cards", card_id) if card_id else None

    def show_card(self) -> None:
        card = self._card()
        self.form_box.setEnabled(card is not None)
        card = card or {
            "title": "",
            "story": "",
            "system": "",
            "opportunity": "",
            "risk": "",
            "key_terms": "[]",
            "questions": "[]",
        }
        self._filling = True
        if not self.title_edit.hasFocus():
            self.title_edit.setText(card["title"])
        for name, edit in self.prose.items():
            if not edit.hasFocus() and edit.toPlainText() != card[name]:
                edit.setPlainText(card[name])
        if not self.terms_edit.hasFocus():
            self.terms_edit.setText(", ".join(json.loads(card["key_terms"] or "[]")))
        questions = "\n".join(json.loads(card["questions"] or "[]"))
        if not self.questions_edit.hasFocus() and self.questions_edit.toPlainText() != questions:
            self.questions_edit.setPlainText(questions)
        self._filling = False
        self.show_law(decks.law_from_json(card.get("law") or "[]"))
        self.update_check()

    def show_law(self, notes: list[decks.LawNote]) -> None:
        if not notes:
            self.law_label.setText(self.tr("No statements about the law on this card."))
            return
        lines = []
        for note in notes:
            line = self.tr("%1 (Source: %2, %3. Checked %4.)")
            for mark, value in (
                ("%1", note.says),
                ("%2", note.source.title),
                ("%3", note.source.address),
                ("%4", long_date(note.source.checked)),
            ):
                line = line.replace(mark, value)
            lines.append(line)
        if any(note.source.is_stale() for note in notes):
            lines.append(
                self.tr(
                    "Some of this was checked more than a year ago: the law may have changed. "
                    "Check the sources before you print the card."
                )
            )
        self.law_label.setText("\n".join(lines))

    def _typed_card(self) -> decks.Card:
        return decks.Card(
            title=self.title_edit.text().strip(),
            **{name: edit.toPlainText().strip() for name, edit in self.prose.items()},
            key_terms=self._terms(),
            questions=self._questions(),
        )

    def _terms(self) -> list[str]:
        return [t.strip() for t in self.terms_edit.text().split(",") if t.strip()]

    def _questions(self) -> list[str]:
        return [q.strip() for q in self.questions_edit.toPlainText().splitlines() if q.strip()]

    def _deck_is_english(self) -> bool:
        deck = (
            self.programme.get("decks", self.current_deck_id()) if self.current_deck_id() else None
        )
        return deck is None or plain_english.checks_language(deck["language"])

    def _summary(self, result: plain_english.Readability) -> str:
        """The check in one line a facilitator can act on (the core's `summary()`, in words
        a translator can reach)."""
        if result.words == 0:
            return self.tr("Nothing to check yet.")
        verdict = self.tr("Plain English.") if result.ok else self.tr("Could be plainer.")
        return (
            self.tr(
                "%1 Reading ease %2 (aim for %3 or more); longest sentence %4 words "
                "(aim for %5 or fewer)."
            )
            .replace("%1", verdict)
            .replace("%2", f"{result.reading_ease:.0f}")
            .replace("%3", f"{plain_english.MIN_READING_EASE:.0f}")
            .replace("%4", str(result.longest_sentence_words))
            .replace("%5", str(plain_english.MAX_SENTENCE_WORDS))
        )

    def update_check(self) -> None:
        """The plain-English check of what is typed now (before it is even saved). The
        reading-ease formula and the word list are English: a deck in another language's
        cards are not scored."""
        card = self._typed_card()
        terms = [t.term for t in glossary.terms(self.programme)]
        missing = [t for t in card.key_terms if t.lower() not in {x.lower() for x in terms}]
        notes = []
        if self._deck_is_english():
            result = plain_english.check(card.prose(), terms)
            self.check_label.setText(self._summary(result))
            unfamiliar = result.unfamiliar
        else:
            self.check_label.setText(self.tr("The reading check is for English text."))
            unfamiliar = []
        if unfamiliar:
            notes.append(
                self.tr(
                    "Not in plain English or the glossary: %1. Use an everyday "
                    "word, or add it to the glossary."
                ).replace("%1", ", ".join(unfamiliar))
            )
        if missing:
            notes.append(
                self.tr("Key terms not in the glossary yet: %1.").replace("%1", ", ".join(missing))
            )
        self.flagged_label.setText(" ".join(notes) or self.tr("None."))

    # ----- changing ---------------------------------------------------------------------

    def _save(self, field: str) -> None:
        if self._filling:
            return
        card = self._card()
        if card is None:
            return
        if field == "title":
            value: Any = self.title_edit.text().strip()
        elif field == "key_terms":
            value = json.dumps(self._terms(), ensure_ascii=False)
        elif field == "questions":
            value = json.dumps(self._questions(), ensure_ascii=False)
        else:
            value = self.prose[field].toPlainText().strip()
        if card[field] == value:
            return
        command = SetFields(
            self.programme, "cards", card["id"], {field: value}, self.tr("Change card")
        )
        if not push_or_explain(self.ctx.undo_stack, command, self):
            self.show_card()

    def _save_deck_title(self) -> None:
        deck_id = self.current_deck_id()
        deck = self.programme.get("decks", deck_id) if deck_id else None
        title = self.deck_title.text().strip()
        if deck is None or deck["title"] == title:
            return
        if not push_or_explain(
            self.ctx.undo_stack,
            SetFields(self.programme, "decks", deck_id, {"title": title}, self.tr("Rename deck")),
            self,
        ):
            self.deck_title.setText(deck["title"])

    def _push_import(self, deck: decks.Deck, stable: bool = False) -> None:
        command = ImportDeck(self.programme, deck, stable)
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.refresh_decks(select=command.deck_id)

    def new_deck(self) -> None:
        title = dialogs.ask_text(self, self.tr("New deck"), self.tr("The deck's title:"))
        if not title or not title.strip():
            return
        deck = decks.Deck(
            title=title.strip(),
            key=decks.slug(title),
            cards=[decks.Card(title=self.tr("New card"))],
        )
        self._push_import(deck)

    def copy_builtin(self) -> None:
        deck = decks.builtin_deck()
        if self.programme.get("decks", decks.stable_id("deck", deck.key)) is None:
            self._push_import(deck, stable=True)
            return
        # Already here (as used by sessions): make an editable copy under a new name.
        deck.title = self.tr("%1 (my copy)").replace("%1", deck.title)
        deck.key = f"{deck.key}-copy"
        self._push_import(deck)

    def add_card(self) -> None:
        deck_id = self.current_deck_id()
        if not deck_id:
            return
        position = len(decks.deck_cards(self.programme, deck_id))
        from workshop.ui.undo_commands import InsertRow

        values = {
            "deck_id": deck_id,
            "position": position,
            **decks.card_values(decks.Card(title=self.tr("New card"))),
        }
        command = InsertRow(self.programme, "cards", values, self.tr("Add card"))
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.refresh_cards(select=command.row_id or "")
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def move_card(self, offset: int) -> None:
        cards = decks.deck_cards(self.programme, self.current_deck_id())
        ids = [c["id"] for c in cards]
        if self.current_card_id() not in ids:
            return
        i = ids.index(self.current_card_id())
        j = i + offset
        if not 0 <= j < len(cards):
            return
        first, second = dict(cards[i]), dict(cards[j])
        if first["position"] == second["position"]:  # make the order explicit first
            for n, card in enumerate(cards):
                if card["position"] != n:
                    self.programme.update("cards", card["id"], {"position": n})
            first["position"], second["position"] = i, j
        push_or_explain(self.ctx.undo_stack, MoveCard(self.programme, first, second), self)
        self.refresh_cards(select=first["id"])

    def delete_card(self) -> None:
        card = self._card()
        if card is None:
            return
        delete_if_confirmed(
            self.ctx,
            self,
            "cards",
            card["id"],
            title=self.tr("Delete card"),
            question=self.tr(
                "Delete the card '%1'? What tables said about it goes too. You can undo this."
            ).replace("%1", card["title"]),
            yes=self.tr("Delete"),
        )

    def delete_deck(self) -> None:
        deck_id = self.current_deck_id()
        deck = self.programme.get("decks", deck_id) if deck_id else None
        if deck is None:
            return
        delete_if_confirmed(
            self.ctx,
            self,
            "decks",
            deck_id,
            title=self.tr("Delete deck"),
            question=self.tr(
                "Delete the deck '%1' and all its cards, with what tables said about them? "
                "You can undo this."
            ).replace("%1", deck["title"]),
            yes=self.tr("Delete"),
        )

    def _start_dir(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def import_deck(self) -> None:
        path = dialogs.ask_open_path(
            self, self.tr("Import a deck file"), self._start_dir(), DECK_FILTER
        )
        if not path:
            return
        try:
            deck = decks.load_deck(path)
        except WorkshopError as exc:
            dialogs.show_error(self, error_text(exc), self.tr("Deck not imported"))
            return
        self._push_import(deck)

    def _current_deck(self) -> decks.Deck | None:
        deck_id = self.current_deck_id()
        return decks.deck_from_programme(self.programme, deck_id) if deck_id else None

    def export_deck(self) -> None:
        deck = self._current_deck()
        if deck is None:
            return
        start = str(Path(self._start_dir()) / f"{deck.key or 'deck'}.toml")
        path = dialogs.ask_save_path(self, self.tr("Export the deck"), start, DECK_FILTER)
        if not path:
            return
        try:
            decks.save_deck(deck, path)
        except (WorkshopError, OSError) as exc:
            dialogs.show_error(self, error_text(exc), self.tr("Deck not exported"))
            return
        dialogs.show_info(self, self.tr("Saved the deck to %1.").replace("%1", path))

    def print_pdf(self) -> None:
        deck = self._current_deck()
        if deck is None or self._print_task is not None:
            return
        large = self.large_print.isChecked()
        suffix = "-large-print" if large else ""
        start = str(Path(self._start_dir()) / f"{deck.key or 'deck'}{suffix}.pdf")
        path = dialogs.ask_save_path(self, self.tr("Print the deck to PDF"), start, PDF_FILTER)
        if not path:
            return
        terms = glossary.terms(self.programme)
        how = (
            self.tr("one card side to a page in large print")
            if large
            else self.tr(
                "four cards to a sheet; print both sides, flipping on the long edge, then cut"
            )
        )

        def saved(_: object) -> None:
            dialogs.show_info(
                self, self.tr("Saved %1 (%2).").replace("%1", path).replace("%2", how)
            )

        # The deck and the glossary as plain values: the worker lays out and writes the file.
        self._lay_out(
            "saved", lambda progress: write_deck_pdf(path, deck, terms, large_print=large), saved
        )

    def print_system(self) -> None:
        """The very deck "Print to PDF" saves (4-up or large print), sent to a printer."""
        deck = self._current_deck()
        if deck is None or self._print_task is not None:
            return
        printer = printing.ask_printer(self, QPageSize.PageSizeId.A4)
        if printer is None:
            return
        terms, large = glossary.terms(self.programme), self.large_print.isChecked()
        self._lay_out(
            "printed",
            lambda progress: build_deck_pdf(deck, terms, large_print=large),
            # The printer is the UI thread's: the pages go to it once laid out.
            lambda pdf: printing.print_pdf(printer, pdf),
        )

    def _lay_out(self, purpose: str, work: runner.Work, then: Callable[[Any], None]) -> None:
        """Lay the deck out off the UI thread, then `then(result)` on it; `print_done`
        says how it went."""
        task = runner.Task(
            self,
            work,
            failure_title=self.tr("Deck not printed"),
            unexpected=self.tr("The deck could not be laid out: %s. Nothing was printed."),
        )
        task.succeeded.connect(lambda result: self._laid_out(purpose, then, result))
        task.failed.connect(lambda error: self._printed(purpose, error))
        self._print_task = task
        task.start()

    def _laid_out(self, purpose: str, then: Callable[[Any], None], result: Any) -> None:
        try:
            then(result)
        except WorkshopError as exc:
            dialogs.show_error(self, error_text(exc), self.tr("Deck not printed"))
            self._printed(purpose, error_text(exc))
            return
        self._printed(purpose, "")

    def _printed(self, purpose: str, error: str) -> None:
        self._print_task = None
        self.print_done.emit(purpose, error)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.programme.closed:
            return
        if touches(changes, "decks"):
            self.refresh_decks()
        elif touches(changes, "cards"):
            self.refresh_cards()
        elif touches(changes, "glossary"):
            self.update_check()
