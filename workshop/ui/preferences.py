"""Preferences: the language of the app, the text size and high contrast.

Text size and contrast apply at once, everywhere (boards and card mode read them from
`workshop.ui.theme`). The language is remembered and used from the next start, because
every screen is built in one language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop import i18n
from workshop.ui import settings, theme
from workshop.ui.window_geometry import FittingDialog


class PreferencesDialog(FittingDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(480)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the app"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.chosen_language())))
        self.language_note = QLabel()
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)
        self._started_language = settings.chosen_language()

        percent = theme.text_scale_percent()
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setObjectName("text_size_slider")
        self.size_slider.setRange(theme.MIN_SCALE_PERCENT, theme.MAX_SCALE_PERCENT)
        self.size_slider.setSingleStep(10)
        self.size_slider.setPageStep(25)
        self.size_slider.setTickInterval(25)
        self.size_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.size_slider.setValue(percent)
        self.size_slider.setAccessibleName(self.tr("Text size slider"))
        self.size_box = QSpinBox()
        self.size_box.setObjectName("text_size")
        self.size_box.setRange(theme.MIN_SCALE_PERCENT, theme.MAX_SCALE_PERCENT)
        self.size_box.setSingleStep(10)
        self.size_box.setSuffix(" %")
        self.size_box.setValue(percent)
        self.size_box.setAccessibleName(self.tr("Text size in per cent"))
        self.size_box.setAccessibleDescription(self.tr("100 is normal size, 200 is twice as big"))
        self.contrast = QCheckBox(self.tr("&High contrast: white and yellow on black"))
        self.contrast.setObjectName("high_contrast")
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setChecked(theme.is_high_contrast())
        self.reset_button = QPushButton(self.tr("&Normal look"))
        self.reset_button.setAccessibleName(self.tr("Back to normal text size and contrast"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close preferences"))
        # Enter (after typing a size) closes the dialog; it must never press "Normal look".
        self.reset_button.setAutoDefault(False)
        close.setDefault(True)

        size_row = QHBoxLayout()
        size_row.addWidget(self.size_slider, 1)
        size_row.addWidget(self.size_box)
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        size_label = QLabel(self.tr("&Text size"))
        size_label.setBuddy(self.size_box)
        form.addRow(size_label, size_row)
        form.addRow("", self.contrast)
        hint = QLabel(
            self.tr(
                "Text size and contrast change straight away, on every screen, including "
                "boards and card mode on a projector."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.language.activated.connect(self._language_chosen)
        self.size_slider.valueChanged.connect(self.size_box.setValue)
        self.size_box.valueChanged.connect(self._size_chosen)
        self.contrast.toggled.connect(theme.set_high_contrast)
        self.reset_button.clicked.connect(self._reset)
        buttons.rejected.connect(self.reject)
        self._show_language_note()

    def _language_chosen(self, _index: int = 0) -> None:
        settings.set_language(self.language.currentData())
        self._show_language_note()

    def _show_language_note(self) -> None:
        code = self.language.currentData()
        if code == self._started_language:
            self.language_note.setText("")
            self.language_note.setVisible(False)
            return
        self.language_note.setVisible(True)
        note = self.tr("Workshop will use %s the next time it starts.") % i18n.LANGUAGES[code]
        if code == "cy":
            note += " " + self.tr(
                "The Welsh translation is a draft waiting for review by a Welsh speaker."
            )
        self.language_note.setText(note)

    def _size_chosen(self, percent: int) -> None:
        if self.size_slider.value() != percent:
            self.size_slider.blockSignals(True)
            self.size_slider.setValue(percent)
            self.size_slider.blockSignals(False)
        if percent != theme.text_scale_percent():
            theme.set_text_scale(percent)

    def _reset(self) -> None:
        self.size_box.setValue(theme.MIN_SCALE_PERCENT)
        self.contrast.setChecked(False)
