"""Confirming how a form's columns are read, the first time a form's export is imported.

Only the answer columns can ever be quoted in a pack; personal columns (name, phone,
email, address) are kept apart in the file and removed at the purge date; the rest are
not imported. The app's guess is shown for the facilitator to confirm or change; the
choice is remembered for the form, so the next export of it is read the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop.core.feedback_csv import ANSWER, CODE, IGNORE, PERSONAL, WHEN
from workshop.ui.window_geometry import FittingDialog


class ColumnRolesDialog(FittingDialog):
    def __init__(self, source: str, roles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to read this form"))
        self.setMinimumWidth(520)
        labels = {
            ANSWER: self.tr("Answer: people's words, may be quoted in packs"),
            PERSONAL: self.tr("Personal: kept private, removed at the purge date"),
            CODE: self.tr("Card code"),
            WHEN: self.tr("When it was sent"),
            IGNORE: self.tr("Not imported"),
        }
        intro = QLabel(
            self.tr(
                "This is the first time answers from this form are imported (%1). Check what "
                "each column holds. Only answers can be quoted in a pack; names, phone "
                "numbers, emails and addresses must be Personal."
            ).replace("%1", source)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for name, role in roles.items():
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What the column %1 holds").replace("%1", name))
            for key in (ANSWER, PERSONAL, CODE, WHEN, IGNORE):
                combo.addItem(labels[key], key)
            combo.setCurrentIndex(combo.findData(role))
            self.choices[name] = combo
            label = QLabel(name)
            label.setBuddy(combo)
            form.addRow(label, combo)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_role(self, column: str, role: str) -> None:
        combo = self.choices[column]
        combo.setCurrentIndex(combo.findData(role))

    def roles(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.choices.items()}
