"""The glossary as a side panel, there at any time (GMCA value 9d: key terms explained
from the outset). Search it while residents talk; change a meaning so it suits the room.

The dock that holds it, and its menu items, are in `glossary_dock`: this module is
imported the first time the dock shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import glossary
from workshop.core.legal_sources import Source
from workshop.core.store import Change
from workshop.ui import dialogs
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import long_date
from workshop.ui.forms import PlainTextField
from workshop.ui.page_layout import push_button
from workshop.ui.undo_commands import InsertRow, SetFields, delete_if_confirmed, push_or_explain


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlossaryPanel", text)


class GlossaryPanel(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("GlossaryPanel")
        self.ctx: AppContext | None = None
        self.search = QLineEdit()
        self.search.setObjectName("glossary_search")
        self.search.setPlaceholderText(self.tr("Find a word"))
        self.search.setAccessibleName(self.tr("Find a word in the glossary"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.list = QListWidget()
        self.list.setObjectName("glossary_list")
        self.list.setAccessibleName(self.tr("Key terms and what they mean"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.term_edit = QLineEdit()
        self.term_edit.setObjectName("glossary_term")
        self.term_edit.setAccessibleName(self.tr("Term"))
        self.term_edit.editingFinished.connect(lambda: self._save("term"))
        self.meaning_edit = PlainTextField()
        self.meaning_edit.setObjectName("glossary_meaning")
        self.meaning_edit.setAccessibleName(self.tr("Meaning, in one or two plain sentences"))
        self.meaning_edit.editingFinished.connect(lambda: self._save("meaning"))
        add = push_button(
            self.tr("&Add term"), self.tr("Add a term to the glossary"), self.add_term
        )
        self.delete_button = push_button(
            self.tr("Remove"), self.tr("Remove the chosen term"), self.delete_term
        )
        # Where a meaning that states the law comes from, and a quiet note when it was
        # last checked more than a year ago (the law changes: issue 16).
        self.source_label = QLabel()
        self.source_label.setObjectName("glossary_source")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setAccessibleName(self.tr("Where this meaning comes from"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Term:")))
        layout.addWidget(self.term_edit)
        layout.addWidget(QLabel(self.tr("Meaning:")))
        layout.addWidget(self.meaning_edit)
        layout.addWidget(self.source_label)
        layout.addLayout(buttons)
        self.set_context(ctx)

    def set_context(self, ctx: AppContext | None) -> None:
        if self.ctx is not None:
            try:
                self.ctx.bridge.changed.disconnect(self._on_changes)
            except (RuntimeError, TypeError):
                pass
        self.ctx = ctx
        if ctx is not None:
            ctx.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _ready(self) -> bool:
        return self.ctx is not None and not self.ctx.programme.closed

    def refresh(self) -> None:
        keep = self.current_term()
        self.list.blockSignals(True)
        self.list.clear()
        if self._ready():
            needle = self.search.text().strip().lower()
            for term in glossary.terms(self.ctx.programme):
                if (
                    needle
                    and needle not in term.term.lower()
                    and needle not in term.meaning.lower()
                ):
                    continue
                item = QListWidgetItem(f"{term.term}\n{term.meaning}")
                item.setData(Qt.ItemDataRole.UserRole, term.term)
                font = item.font()
                item.setFont(font)
                self.list.addItem(item)
                if term.term == keep:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def current_term(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def select(self, term: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole).lower() == term.lower():
                self.list.setCurrentRow(i)
                return

    def _row(self) -> dict | None:
        if not self._ready() or not self.current_term():
            return None
        for row in glossary.rows(self.ctx.programme):  # first edit copies the terms in
            if row["term"] == self.current_term():
                return row
        return None

    def _show_current(self) -> None:
        found = glossary.lookup(self.ctx.programme if self._ready() else None)
        term = found.get(self.current_term().lower())
        editable = term is not None
        for widget in (self.term_edit, self.meaning_edit, self.delete_button):
            widget.setEnabled(editable)
        if not self.term_edit.hasFocus():
            self.term_edit.setText(term.term if term else "")
        if not self.meaning_edit.hasFocus() and (
            self.meaning_edit.toPlainText() != (term.meaning if term else "")
        ):
            self.meaning_edit.setPlainText(term.meaning if term else "")
        self.source_label.setText(self.source_text(term.source if term else None))
        self.source_label.setVisible(bool(term and term.source))

    def source_text(self, source: Source | None) -> str:
        if source is None:
            return ""
        text = self.tr("Source: %1 (%2). Checked %3.").replace("%1", source.title)
        text = text.replace("%2", source.address).replace("%3", long_date(source.checked))
        if source.is_stale():
            text += " " + self.tr(
                "That was more than a year ago: the law may have changed. Check the source "
                "before you use this meaning."
            )
        return text

    def _save(self, field: str) -> None:
        if not self.current_term():
            return
        value = (
            self.term_edit.text() if field == "term" else self.meaning_edit.toPlainText()
        ).strip()
        shown = glossary.lookup(self.ctx.programme).get(self.current_term().lower())
        if shown is None or getattr(shown, field) == value:
            return  # nothing changed: do not copy the glossary in for nothing
        row = self._row()
        if row is None:
            return
        command = SetFields(
            self.ctx.programme,
            "glossary",
            row["id"],
            {field: value},
            self.tr("Change glossary term"),
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            if field == "term":
                self.select(value)
        else:
            self._show_current()

    def add_term(self) -> None:
        if not self._ready():
            return
        term = dialogs.ask_text(self, self.tr("Add a term"), self.tr("The word or phrase:"))
        if not term or not term.strip():
            return
        glossary.seed(self.ctx.programme)
        command = InsertRow(
            self.ctx.programme,
            "glossary",
            {
                "term": term.strip(),
                "meaning": self.tr("Say what it means in one or two plain sentences."),
            },
            self.tr("Add glossary term"),
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.search.clear()
            self.select(term.strip())
            self.meaning_edit.setFocus()
            self.meaning_edit.selectAll()

    def delete_term(self) -> None:
        row = self._row()
        if row is None:
            return
        delete_if_confirmed(
            self.ctx,
            self,
            "glossary",
            row["id"],
            title=self.tr("Remove term"),
            question=self.tr(
                "Remove '%1' from this programme's glossary? Cards that use it will say it "
                "is missing. You can undo this."
            ).replace("%1", row["term"]),
            yes=self.tr("Remove"),
            undo_text=self.tr("Remove glossary term"),
        )

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "glossary") and self._ready():
            self.refresh()
