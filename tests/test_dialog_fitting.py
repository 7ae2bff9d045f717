"""Every dialog fits its contents and its screen the first time it shows, whichever way it
is made: one of our dialog classes (FittingDialog), a question or message box, a line of
text, a file or print dialog made by Qt. No filter sits on the whole application for it
(that put a Python call on every event and made PySide build every Qt class's enums)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from layout_check import layout_problems
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from workshop.ui import dialogs, printing, theme
from workshop.ui.app import make_application
from workshop.ui.board import questions
from workshop.ui.window_geometry import FittingDialog, client_area, usable_area

ROOT = Path(__file__).resolve().parent.parent
LONG = (
    "Residents asked why the council's system scores each household before anyone reads "
    "their letter, and who checks the score when it is wrong. "
) * 4

# A line of text's prompt names its field, so it never wraps (as before): a sentence, not
# a paragraph.
PROMPT = "What should residents see as this theme's title on the board?"

START_UP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject
    installed = []
    original = QObject.installEventFilter
    def recording(self, watcher):
        if self is QCoreApplication.instance():
            installed.append(type(watcher).__name__)
        return original(self, watcher)
    QObject.installEventFilter = recording
    from workshop.ui.app import build_window, make_application
    from pathlib import Path
    app = make_application()
    window = build_window(Path(sys.argv[1]))
    window.show()
    app.processEvents()
    print("FILTERS", installed)
    """
)


def test_start_up_puts_no_filter_on_the_whole_application(demo_path, tmp_path):
    """In a fresh process, as `workshop FILE` starts: nothing installs an event filter on
    the application while the app starts and its window shows."""
    env = {
        **__import__("os").environ,
        "PYTHONPATH": str(ROOT),
        "WORKSHOP_DATA_DIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", START_UP, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("FILTERS"))
    assert line == "FILTERS []", line


class _LongDialog(FittingDialog):
    """A dialog of ours with a paragraph that wraps: taller at 200 % text."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle("Still owed")
        layout = QVBoxLayout(self)
        self.label = QLabel(LONG * 2)  # fit_narrow makes it wrap
        layout.addWidget(self.label)


@pytest.fixture
def big_text(qtbot):
    make_application()
    theme.set_text_scale(200)
    yield
    theme.set_text_scale(100)


@pytest.fixture
def shown(monkeypatch, qtbot):
    """Each dialog's exec shows it (offscreen, nothing answers) and cancels."""
    opened: list[QDialog] = []

    def fake_exec(self) -> int:
        self.show()
        qtbot.wait(1)
        QApplication.processEvents()
        opened.append(self)
        self.hide()
        return QDialog.DialogCode.Rejected.value

    for kind in (QDialog, QMessageBox, QInputDialog, QFileDialog, QPrintDialog):
        monkeypatch.setattr(kind, "exec", fake_exec)
    return opened


ROUTES = {
    "question": lambda: dialogs.confirm(None, "Remove the board?", LONG, yes="Remove it"),
    "error": lambda: dialogs.show_error(None, LONG),
    "information": lambda: dialogs.show_info(None, LONG),
    "line of text": lambda: dialogs.ask_text(None, "Name the theme", PROMPT),
    "board's line of text": lambda: questions.ask_text(None, "Why significant?", PROMPT),
    "open a file": lambda: dialogs.ask_open_path(None, "Open", "", "Workshop files (*.workshop)"),
    "open files": lambda: dialogs.ask_open_paths(None, "Scans", "", "PDF (*.pdf)"),
    "save a file": lambda: dialogs.ask_save_path(None, "Save the cards", "", "PDF (*.pdf)"),
    "print": lambda: printing.ask_printer(None),
}


def _check_fits(dialog: QDialog) -> None:
    area = client_area(usable_area(dialog.screen()))
    assert area.width() <= 1024 and area.height() <= 768  # the test screen, 1024x768
    assert dialog.property("workshop_fitted") is True, type(dialog).__name__
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    if not isinstance(dialog, QMessageBox):  # a message box sets its own size as it shows
        assert dialog.width() >= min(dialog.sizeHint().width(), area.width())
    assert layout_problems(dialog) == [], type(dialog).__name__


@pytest.mark.parametrize("route", ROUTES)
def test_a_dialog_made_by_qt_fits_at_200_percent(route, big_text, shown):
    answer = ROUTES[route]()
    assert answer in (False, None, "", [])  # cancelled: nothing chosen
    assert len(shown) == 1
    _check_fits(shown[0])


def test_a_dialog_of_ours_fits_at_200_percent_and_keeps_a_size_chosen_later(big_text, qtbot):
    dialog = _LongDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check_fits(dialog)
    layout = dialog.layout()
    # Tall enough for the paragraph wrapped at the width it got, not Qt's first guess.
    assert dialog.height() >= min(
        layout.totalHeightForWidth(dialog.width()),
        client_area(usable_area(dialog.screen())).height(),
    )
    dialog.hide()
    dialog.resize(500, 400)  # the facilitator made it smaller: opening again keeps that
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.width(), dialog.height()) == (500, 400)


def test_every_dialog_class_of_ours_is_a_fitting_dialog():
    """A QDialog subclass that forgot the base would open unfitted at 200 % text."""
    found = []
    for path in (ROOT / "workshop" / "ui").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("class ") and "(QDialog)" in line:
                found.append(f"{path.relative_to(ROOT)}: {line}")
    assert found == [
        "workshop/ui/window_geometry.py: class FittingDialog(QDialog):",
    ]
