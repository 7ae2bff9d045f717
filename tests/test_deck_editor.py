"""Writing a programme's own deck: live plain-English check, import, export, print."""

import re

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from workshop.core import decks
from workshop.core.store import Programme
from workshop.ui import deck_editor, dialogs
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, programme_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, text, title=None: errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda *a, **k: None)
    with Programme.create(programme_path, "T"):
        pass
    make_application()
    win = MainWindow(Programme.open(programme_path))
    win.errors = errors
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def open_editor(qtbot, window):
    action = next(
        a
        for a in window.menu(window.tr("&Tools")).actions()
        if a.objectName() == "action_scenario_decks"
    )
    action.trigger()
    editor = window.deck_editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # focus changes (which save) need an active window
    return editor


def test_write_a_card_see_the_check_then_export_and_print(
    qtbot, window, monkeypatch, tmp_path, programme_path
):
    editor = open_editor(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Our estate")
    editor.new_deck()
    assert editor.deck_list.count() == 1
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Sensors in the bins")
    editor.prose["story"].setFocus()
    qtbot.keyClicks(
        editor.prose["story"],
        "Notwithstanding the aforementioned considerations, the municipality shall "
        "endeavour to operationalise algorithmic governance.",
    )
    assert "Could be plainer" in editor.check_label.text()
    assert "municipality" in editor.flagged_label.text()
    editor.prose["story"].selectAll()
    qtbot.keyClicks(
        editor.prose["story"],
        "Ana lives on the tenth floor. The bins tell the council when they are full.",
    )
    assert editor.check_label.text().startswith("Plain English.")
    editor.terms_edit.setFocus()
    qtbot.keyClicks(editor.terms_edit, "Sensor, Wheelie")
    assert "Key terms not in the glossary yet: Wheelie" in editor.flagged_label.text()
    editor.questions_edit.setFocus()
    qtbot.keyClicks(editor.questions_edit, "Who checks the sensor?")
    editor.title_edit.setFocus()  # leaving a box saves it
    assert not window.errors

    out = tmp_path / "our-estate.toml"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(out))
    editor.export_deck()
    saved = decks.load_deck(out)
    assert saved.title == "Our estate"
    assert saved.cards[0].title == "Sensors in the bins"
    assert saved.cards[0].key_terms == ["Sensor", "Wheelie"]
    assert saved.cards[0].questions == ["Who checks the sensor?"]

    pdf = tmp_path / "our-estate.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(pdf))
    editor.large_print.setChecked(True)
    editor.print_pdf()
    pages = [p.extract_text() for p in pypdf.PdfReader(pdf).pages]
    assert "Ana lives on the tenth floor" in pages[0]
    assert "Who checks the sensor?" in pages[1]

    printed = tmp_path / "printer.pdf"

    def fake_printer(parent):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(deck_editor, "ask_printer", fake_printer)
    editor.print_system()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(printed).pages)
    assert "Sensors in the bins" in re.sub(r"\s+", " ", text)  # Qt's PDF spaces with tabs


def test_import_a_deck_file_and_undo_it(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "builtin.toml"
    decks.save_deck(decks.builtin_deck(), path)
    editor = open_editor(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(path))
    editor.import_deck()
    assert editor.card_list.count() == 12
    window.undo_stack.undo()
    assert editor.deck_list.count() == 0


def test_a_broken_deck_file_is_explained_and_nothing_is_added(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("title = 'x'\n[[cards]]\ntitle = 'A'\nstory = 3\n", encoding="utf-8")
    editor = open_editor(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(path))
    editor.import_deck()
    assert "card 1 ('A'): 'story' must be text in quotes" in window.errors[-1]
    assert window.ctx.programme.db["decks"].count == 0
