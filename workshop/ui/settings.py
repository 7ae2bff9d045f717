"""Every setting the app keeps between runs, declared once with its key, type and default.

Reading or writing a key that is not declared here raises `UnknownSetting`, so a typo
cannot quietly start a second setting. Values come back as their declared type: QSettings
hands back text from the INI file ("200", "true") and a one-item list as a plain string,
which `read` turns back into 200, True and a list.

Three kinds are kept apart: OPTIONS the facilitator chooses in Preferences, what the app
REMEMBERS by itself (recent files, whether the welcome was shown), and WINDOWS, where each
window was last (size and position, so it opens there again). All live in one INI file per
user; the keys are those earlier versions wrote, so nothing chosen is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from workshop.i18n import LANGUAGES


class UnknownSetting(KeyError):
    """A key that is not declared in this module."""


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type  # bool, int, str or list
    default: Any


TEXT_SCALE = "appearance/text_scale_percent"
HIGH_CONTRAST = "appearance/high_contrast"
LANGUAGE = "language"
RECENT_FILES = "recent_files"
WELCOME_SHOWN = "welcome/shown"
LAST_SAVE_FOLDER = "last_save_folder"
MAIN_WINDOW_GEOMETRY = "windows/main"
DECKS_WINDOW_GEOMETRY = "windows/scenario_decks"
BOARD_WINDOW_GEOMETRY = "windows/board"
TIMER_WINDOW_GEOMETRY = "windows/full_screen_timer"

OPTIONS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(TEXT_SCALE, int, 100),
        Setting(HIGH_CONTRAST, bool, False),
        Setting(LANGUAGE, str, "en"),
    )
}
REMEMBERS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(RECENT_FILES, list, []),
        Setting(WELCOME_SHOWN, bool, False),
        Setting(LAST_SAVE_FOLDER, str, ""),  # where the last save dialog saved
    )
}
# Window state: Qt's saveGeometry() as base64 text ("" until the window was first closed).
WINDOWS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(MAIN_WINDOW_GEOMETRY, str, ""),
        Setting(DECKS_WINDOW_GEOMETRY, str, ""),
        Setting(BOARD_WINDOW_GEOMETRY, str, ""),
        Setting(TIMER_WINDOW_GEOMETRY, str, ""),
    )
}
DECLARED: dict[str, Setting] = {**OPTIONS, **REMEMBERS, **WINDOWS}

RECENT_LIMIT = 8


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Workshop", "Workshop")


def declared(key: str) -> Setting:
    try:
        return DECLARED[key]
    except KeyError:
        raise UnknownSetting(
            f"{key!r} is not a declared setting (see workshop.ui.settings)"
        ) from None


def _as_kind(raw: Any, setting: Setting) -> Any:
    if raw is None:
        return setting.default
    if setting.kind is bool:
        return raw in (True, "true", "1", 1)
    if setting.kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return setting.default
    if setting.kind is list:
        if isinstance(raw, str):  # a one-item list comes back from the INI file as text
            return [raw] if raw else []
        return [str(item) for item in raw]
    return str(raw)


def read(key: str) -> Any:
    """The value of `key` as its declared type; the default when it was never set."""
    setting = declared(key)
    value = _as_kind(_store().value(key), setting)
    return list(value) if setting.kind is list else value


def write(key: str, value: Any) -> None:
    setting = declared(key)
    if not isinstance(value, setting.kind):
        raise TypeError(f"{key!r} holds {setting.kind.__name__}, not {type(value).__name__}")
    _store().setValue(key, value)


def forget(key: str) -> None:
    """Back to the default."""
    _store().remove(declared(key).key)


def forget_everything() -> None:
    """Every setting back to its default (tests start each from here)."""
    store = _store()
    store.clear()
    store.sync()


# ----- recent files -------------------------------------------------------------------------


def remember_recent_file(path: Path) -> list[str]:
    """Put `path` first in File > Open recent; returns the list as it now is."""
    before = read(RECENT_FILES)
    recent = [str(path), *(p for p in before if p != str(path))][:RECENT_LIMIT]
    if recent != before:  # reopening the file last opened writes nothing (Qt syncs the file)
        write(RECENT_FILES, recent)
    return recent


def forget_recent_file(path: Path) -> None:
    write(RECENT_FILES, [p for p in read(RECENT_FILES) if p != str(path)])


# ----- the language -------------------------------------------------------------------------


def chosen_language() -> str:
    """The language chosen in Preferences ("en" when the file names one we do not have)."""
    value = read(LANGUAGE)
    return value if value in LANGUAGES else "en"


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"Unknown language {code!r}. Choose one of: {', '.join(LANGUAGES)}.")
    write(LANGUAGE, code)
