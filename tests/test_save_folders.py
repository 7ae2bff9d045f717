"""Save dialogs open in Documents, then in the folder last saved to; never in the hidden
data folder that holds the default file and its backups."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from workshop.core import paths
from workshop.ui import dialogs, settings


def test_save_dialogs_start_in_documents_then_the_last_folder(qtbot, tmp_path, monkeypatch):
    asked: list[str] = []
    answers: list[str] = []

    def save_dialog(self) -> int:  # Qt's dialog, answered as a user would
        assert self.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        proposed = self.selectedFiles()  # the folder and the name it proposes
        asked.append(proposed[0] if proposed else self.directory().absolutePath())
        answer = answers.pop(0)
        if not answer:
            return QDialog.DialogCode.Rejected.value
        self.selectFile(answer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", save_dialog)
    hidden = paths.data_dir()
    hidden.mkdir(parents=True, exist_ok=True)
    suggested = hidden / "feedback-cards.pdf"  # what pages suggest: beside the default file

    answers.append(str(tmp_path / "talks" / "cards.pdf"))
    (tmp_path / "talks").mkdir()
    dialogs.ask_save_path(None, "Save", str(suggested), "PDF (*.pdf)")
    first = Path(asked[-1])
    assert first == dialogs.documents_folder() / "feedback-cards.pdf"  # the name is kept
    assert hidden not in first.parents

    # Next time: the folder last saved to.
    answers.append(str(tmp_path / "talks" / "more.pdf"))
    dialogs.ask_save_path_ending(None, "Save", str(suggested), "PDF (*.pdf)", ".pdf")
    assert Path(asked[-1]) == tmp_path / "talks" / "feedback-cards.pdf"
    assert settings.read(settings.LAST_SAVE_FOLDER) == str(tmp_path / "talks")

    # Saving into the hidden folder on purpose works, but is not where the next one opens.
    answers.append(str(hidden / "copy.pdf"))
    dialogs.ask_save_path(None, "Save", "", "PDF (*.pdf)")
    assert Path(asked[-1]) == tmp_path / "talks"
    answers.append("")
    dialogs.ask_save_path(None, "Save", str(hidden), "PDF (*.pdf)")
    assert Path(asked[-1]) == tmp_path / "talks"

    # A remembered folder that is gone: back to Documents.
    (tmp_path / "talks").rmdir()
    answers.append("")
    dialogs.ask_save_path(None, "Save", "", "PDF (*.pdf)")
    assert Path(asked[-1]) == dialogs.documents_folder()
