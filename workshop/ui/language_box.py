"""The language of the next note, card response or question, beside its entry box.

"From the letters" (the default) lets the core propose one: Urdu or Arabic from Arabic
script, nothing for Latin script, which Welsh, Polish and English share. Choosing a
language keeps it for every entry after, until the facilitator changes it, since a table
usually writes in one language. The box follows what is being typed, so it shows what it
would propose ("From the letters: Urdu").
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from workshop.core import languages


class LanguageBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_box")
        self.setAccessibleName(self.tr("Language of the next entry"))
        self.setToolTip(
            self.tr(
                "The language the resident wrote in. Screen readers and printed documents "
                "use it. Your choice stays for the next entries."
            )
        )
        self.addItem(self.tr("From the letters"), None)
        for language in languages.LANGUAGES:
            # Its own name first, as residents know it; the facilitator's name after.
            self.addItem(f"{language.own} · {self.tr(language.english)}", language.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def chosen(self) -> str | None:
        """The language chosen, or None when it is left to the letters."""
        return self.currentData()

    def language_for(self, text: str) -> str:
        """The language to save with `text`: the one chosen, else the one proposed."""
        chosen = self.chosen()
        return chosen if chosen is not None else languages.propose(text)

    def follow(self, entry: QLineEdit) -> None:
        """Show, while `entry` is typed in, what "From the letters" would propose."""
        entry.textChanged.connect(self._show_proposal)

    def _show_proposal(self, text: str) -> None:
        proposed = languages.propose(text)
        if proposed:
            label = self.tr("From the letters: %1").replace("%1", self.tr(languages.name(proposed)))
        else:
            label = self.tr("From the letters")
        self.setItemText(0, label)
