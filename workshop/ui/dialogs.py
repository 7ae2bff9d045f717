"""Every modal question the app asks goes through here, so tests can answer them
(monkeypatch these functions) and nothing blocks offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QWidget

from workshop.core import paths
from workshop.ui import settings
from workshop.ui.window_geometry import fit_on_first_show

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

# The dialogs' Qt classes are imported where a dialog is made: the window imports this
# module before it shows, and PySide builds a class's enums the first time the class is
# named (13 enum classes for these four).


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    cancel_is_default: bool = False,
) -> bool:
    """Ask a yes/cancel question. `cancel_is_default` for risky choices, so a stray Enter
    changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = fit_on_first_show(QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent))
    yes_button = box.addButton(yes or _tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
    cancel_button = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    if cancel_is_default:
        box.setDefaultButton(cancel_button)
    box.exec()
    return box.clickedButton() is yes_button


# Qt's static QMessageBox.warning, QInputDialog.getText and QFileDialog.getOpenFileName
# make a dialog, exec() it and throw it away, with no moment to fit it to the text size;
# the functions below do the same steps (as Qt 6's own code does) on a dialog they keep.


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """QMessageBox.warning / information: an OK button, OK the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    fit_on_first_show(box).exec()


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    _message(parent, QMessageBox.Icon.Warning, title or _tr("Not saved"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    _message(parent, QMessageBox.Icon.Information, title or _tr("Workshop"), text)


def line_of_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """QInputDialog.getText, fitted: the words typed, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    accepted = fit_on_first_show(dialog).exec()
    return dialog.textValue() if accepted else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    return line_of_text(parent, title, label, text)


def _open_dialog(
    parent: QWidget | None, title: str, directory: str, filter: str, mode: QFileDialog.FileMode
) -> list[str]:
    """QFileDialog.getOpenFileName or getOpenFileNames: the files chosen, none when cancelled. A native
    dialog (Windows, macOS, GTK) sizes itself; Qt's own one is fitted like ours."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, directory, filter)
    dialog.setFileMode(mode)
    dialog.setSupportedSchemes(["file"])
    if fit_on_first_show(dialog).exec() != QDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def ask_open_path(parent: QWidget | None, title: str, directory: str, filter: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    chosen = _open_dialog(parent, title, directory, filter, QFileDialog.FileMode.ExistingFile)
    return chosen[0] if chosen else ""


def ask_open_paths(parent: QWidget | None, title: str, directory: str, filter: str) -> list[str]:
    """Several files to read (scans and photos); an empty list when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    return _open_dialog(parent, title, directory, filter, QFileDialog.FileMode.ExistingFiles)


def documents_folder() -> Path:
    """The user's Documents folder (their home when the system names none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _hidden(folder: Path) -> bool:
    """Inside the app's own data folder (the default file, backups): not a place to save."""
    data = paths.data_dir().resolve()
    folder = folder.resolve()
    return folder == data or data in folder.parents


def save_folder() -> Path:
    """Where a save dialog opens: the folder last saved to, else Documents; never the
    hidden data folder beside the backups."""
    last = settings.read(settings.LAST_SAVE_FOLDER)
    if last and Path(last).is_dir() and not _hidden(Path(last)):
        return Path(last)
    return documents_folder()


def ask_save_path(parent: QWidget | None, title: str, directory: str, filter: str) -> str:
    """A save dialog in `save_folder()`, proposing the file name of `directory` (a
    suggested path) when it has one; the folder chosen is remembered for next time."""
    from PySide6.QtWidgets import QFileDialog

    suggested = Path(directory) if directory else None
    name = suggested.name if suggested is not None and not suggested.is_dir() else ""
    start = save_folder() / name if name else save_folder()
    dialog = QFileDialog(parent, title, str(start), filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setSupportedSchemes(["file"])
    accepted = fit_on_first_show(dialog).exec() == QDialog.DialogCode.Accepted
    path = dialog.selectedFiles()[0] if accepted and dialog.selectedFiles() else ""
    if path and not _hidden(Path(path).parent):
        settings.write(settings.LAST_SAVE_FOLDER, str(Path(path).parent))
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
