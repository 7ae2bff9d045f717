"""Preferences: text size, high contrast and language, chosen by a facilitator, applied
to the whole app and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop import i18n
from workshop.core.store import Programme
from workshop.ui import facilitator_menu, settings, theme, welcome
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow
from workshop.ui.preferences import PreferencesDialog

MY_KEYS = [theme.TEXT_SCALE_KEY, theme.HIGH_CONTRAST_KEY, settings.LANGUAGE, welcome.SHOWN_KEY]


@pytest.fixture
def clean_settings(qapp):
    """Settings start clean (conftest); the app's language and look go back to normal."""
    yield
    for key in MY_KEYS:
        settings.forget(key)
    i18n.install_translator(code="en")
    theme.apply_theme()


@pytest.fixture
def window(qtbot, demo_path, clean_settings):
    win = shown_window(qtbot, demo_path)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    if win.ctx is not None:
        win.close()


def action(window, name: str):
    found = next((a for a in window.findChildren(QAction) if a.objectName() == name), None)
    assert found is not None, name
    return found


def test_text_size_doubles_every_font_and_is_remembered(window, qtbot):
    app = QApplication.instance()
    base = app.property(theme.BASE_FONT_PROPERTY)
    heard = []
    theme.theme_changed().changed.connect(lambda scale, high: heard.append((scale, high)))
    action(window, "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    dialog.size_box.setFocus()
    qtbot.keyClick(dialog.size_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.size_box, "200")
    qtbot.keyClick(dialog.size_box, Qt.Key.Key_Return)
    assert theme.current_text_scale() == 2.0
    assert app.font().pointSizeF() == pytest.approx(base * 2)
    assert window.sidebar.list.font().pointSizeF() == pytest.approx(base * 2)
    assert heard and heard[-1] == (2.0, False)
    assert dialog.size_slider.value() == 200
    assert settings.read(settings.TEXT_SCALE) == 200
    # The screens that draw their own text get the factor from the hook.
    assert theme.scaled(12) == 24


def test_text_size_stays_between_100_and_200(window):
    theme.set_text_scale(500)
    assert theme.text_scale_percent() == 200
    theme.set_text_scale(20)
    assert theme.text_scale_percent() == 100
    action(window, "action_text_bigger").trigger()
    action(window, "action_text_bigger").trigger()
    assert theme.text_scale_percent() == 120
    action(window, "action_text_smaller").trigger()
    assert theme.text_scale_percent() == 110
    action(window, "action_text_normal").trigger()
    assert theme.text_scale_percent() == 100


def test_high_contrast_by_keyboard_and_back(window, qtbot):
    app = QApplication.instance()
    dialog = facilitator_menu.open_preferences(window)
    qtbot.waitExposed(dialog)
    dialog.contrast.setFocus()
    qtbot.keyClick(dialog.contrast, Qt.Key.Key_Space)
    assert theme.is_high_contrast()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert action(window, "action_high_contrast").isChecked()
    # Notes keep a readable pairing and a border: never colour alone.
    fill, text, border = theme.note_palette("yellow")
    assert text.name() == "#ffffff" and border.name() == "#ffffff"
    qtbot.keyClick(dialog.contrast, Qt.Key.Key_Space)
    assert not theme.is_high_contrast()
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    assert not action(window, "action_high_contrast").isChecked()


def test_normal_look_button_resets_both(window, qtbot):
    theme.set_text_scale(160)
    theme.set_high_contrast(True)
    dialog = facilitator_menu.open_preferences(window)
    assert dialog.size_box.value() == 160 and dialog.contrast.isChecked()
    dialog.reset_button.click()
    assert theme.text_scale_percent() == 100 and not theme.is_high_contrast()


def test_language_is_remembered_and_used_at_the_next_start(window, qtbot, demo_path):
    dialog = facilitator_menu.open_preferences(window)
    qtbot.waitExposed(dialog)
    dialog.language.setFocus()
    index = dialog.language.findData("cy")
    dialog.language.setCurrentIndex(index)
    dialog.language.activated.emit(index)
    assert settings.chosen_language() == "cy"
    assert "Cymraeg" in dialog.language_note.text()
    window.close()

    make_application()  # the next start
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
    welsh = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(welsh)
    menus = [a.text() for a in welsh.menuBar().actions()]
    assert menus[:3] == ["&Ffeil", "&Golygu", "&Sesiwn"]
    assert menus[-1] == "&Cymorth"  # menus added by screens still come before Help
    # Text from module-level helpers and run-time titles is found through "shared".
    assert QCoreApplication.translate("facilitator_menu", "&Preferences…") == "&Dewisiadau…"
    assert welsh.sidebar.list.item(0).text() == "Trosolwg"
    welsh.close()


def test_welsh_translation_ships_compiled():
    assert i18n.qm_path("cy").exists()
    assert i18n.qm_path("cy").stat().st_size > 10_000


def test_unknown_language_is_refused(clean_settings):
    with pytest.raises(ValueError, match="Unknown language"):
        settings.set_language("xx")
    assert settings.chosen_language() == "en"


def test_text_without_a_welsh_translation_stays_english_not_blank(clean_settings):
    """A string added after the last `make translations` must still show, in English."""
    assert i18n.install_translator(code="cy") == "cy"
    assert QCoreApplication.translate("AnyScreen", "A sentence added yesterday") == (
        "A sentence added yesterday"
    )
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Cymorth"


def test_back_to_english_undoes_welsh_dates(qapp):
    from PySide6.QtCore import QDate, QLocale

    i18n.install_translator(code="cy")
    assert "Mawrth" in QLocale().toString(QDate(2027, 3, 31), "d MMMM yyyy")
    i18n.install_translator(code="en")
    assert QLocale() == QLocale.system()
