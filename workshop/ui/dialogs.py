"""Every modal question the app asks goes through here, so tests can answer them
(monkeypatch these functions) and nothing blocks offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes or _tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or _tr("Not saved"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or _tr("Workshop"), text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_open_path(parent: QWidget | None, title: str, directory: str, filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filter)
    return path


def ask_save_path(parent: QWidget | None, title: str, directory: str, filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filter)
    return path


def ask_save_path_ending(
    parent: QWidget | None, title: str, directory: str, filter: str, suffix: str
) -> Path | None:
    """`ask_save_path`, with `suffix` (".pdf") added to a chosen name that does not end in
    it already (so "Estate v1.2" becomes "Estate v1.2.pdf"); None when cancelled."""
    path = ask_save_path(parent, title, directory, filter)
    if not path:
        return None
    return Path(path if path.lower().endswith(suffix.lower()) else path + suffix)
