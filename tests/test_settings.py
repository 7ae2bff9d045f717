"""The settings module: every key declared once, values back as their declared type, and a
clean set of settings for every test (conftest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop.ui import settings


def _settings_file_says(text: str) -> None:
    """The settings file as another run of the app left it (Qt reads a changed file again)."""
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Workshop", "Workshop")
    path = Path(store.fileName())
    del store
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\n" + text, encoding="utf-8")


def test_every_setting_starts_at_its_default():
    for key, setting in settings.DECLARED.items():
        assert settings.read(key) == setting.default


def test_options_and_what_the_app_remembers_are_kept_apart():
    assert set(settings.OPTIONS).isdisjoint(settings.REMEMBERS)
    assert settings.RECENT_FILES in settings.REMEMBERS
    assert settings.TEXT_SCALE in settings.OPTIONS


def test_an_undeclared_key_is_refused():
    with pytest.raises(settings.UnknownSetting):
        settings.read("apperance/text_scale_percent")
    with pytest.raises(settings.UnknownSetting):
        settings.write("recent_file", ["a"])


def test_a_value_of_the_wrong_type_is_refused():
    with pytest.raises(TypeError):
        settings.write(settings.RECENT_FILES, "/one/path.workshop")


def test_values_come_back_as_their_declared_type_from_the_file():
    _settings_file_says(
        "recent_files=/home/sam/one.workshop\n"
        "language=cy\n"
        "appearance\\text_scale_percent=150\n"
        "appearance\\high_contrast=true\n"
        "welcome\\shown=false\n"
    )
    assert settings.read(settings.RECENT_FILES) == ["/home/sam/one.workshop"]
    assert settings.read(settings.LANGUAGE) == "cy"
    assert settings.read(settings.TEXT_SCALE) == 150
    assert settings.read(settings.HIGH_CONTRAST) is True
    assert settings.read(settings.WELCOME_SHOWN) is False


def test_unreadable_values_fall_back_to_the_default():
    _settings_file_says("appearance\\text_scale_percent=huge\n")
    assert settings.read(settings.TEXT_SCALE) == 100


def test_a_test_starts_clean_even_after_one_that_changed_settings():
    # Run in either order: whichever runs second must still see defaults.
    assert settings.read(settings.LANGUAGE) == "en"
    settings.write(settings.LANGUAGE, "cy")


def test_a_test_starts_clean_even_after_one_that_changed_settings_again():
    assert settings.read(settings.LANGUAGE) == "en"
    settings.write(settings.LANGUAGE, "cy")


def test_settings_live_in_this_test_run_s_own_folder():
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Workshop", "Workshop")
    assert "workshop-test-settings-" in store.fileName()
