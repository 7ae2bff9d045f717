"""Where the facilitator's files live. Never a cloud-synced folder by default: a live
SQLite file in OneDrive or Dropbox can be corrupted by the sync."""

import os
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_FILE_NAME = "default.workshop"
# What ships beside the code: fonts, the built-in deck and glossary, word lists.
ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"
FONTS_DIR = ASSETS_DIR / "fonts"


def data_dir() -> Path:
    """The user's local (not roaming) data folder; WORKSHOP_DATA_DIR overrides it (tests)."""
    override = os.environ.get("WORKSHOP_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir("Workshop", appauthor=False, roaming=False))


def default_file() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def backups_dir() -> Path:
    return data_dir() / "backups"
