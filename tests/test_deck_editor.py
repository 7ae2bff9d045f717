"""Writing a programme's own deck: live plain-English check, import, export, print."""

import threading

import pypdf
import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from workshop.core import decks, glossary
from workshop.core.store import Programme
from workshop.export import deck_pdf
from workshop.export.deck_pdf import build_deck_pdf, card_sheet_count
from workshop.ui import dialogs, printing
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
        a for a in window.menu("menu_tools").actions() if a.objectName() == "action_scenario_decks"
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
    threads = []
    real_build = deck_pdf.build_deck_pdf

    def build_noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(deck_pdf, "build_deck_pdf", build_noting_the_thread)
    with qtbot.waitSignal(editor.print_done, timeout=60000) as done:
        editor.print_pdf()
    assert done.args == ["saved", ""]
    assert threads and threads[0] is not threading.main_thread()
    pages = [p.extract_text() for p in pypdf.PdfReader(pdf).pages]
    assert "Ana lives on the tenth floor" in pages[0]
    assert "Who checks the sensor?" in pages[1]


def printer_writing(path):
    """Stands in for the system print dialog: a printer that writes a PDF file (72 dpi
    keeps the rendered pages small)."""

    def ask_printer(parent, page_size):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(page_size))
        printer.setFullPage(True)
        printer.setResolution(72)
        return printer

    return ask_printer


def looks_alike(printed: bytes, deck: bytes) -> bool:
    """Each printed page is the deck's page. Compared as small blurred pictures: the
    layout must match, not every anti-aliased letter (a neighbouring page differs by ~16)."""

    def thumbnail(page):
        picture = page.render(scale=0.5, grayscale=True).to_pil().convert("L")
        return picture.resize((60, 85), Image.Resampling.BOX)

    first, second = pypdfium2.PdfDocument(printed), pypdfium2.PdfDocument(deck)
    if len(first) != len(second):
        return False
    return all(
        ImageStat.Stat(ImageChops.difference(thumbnail(a), thumbnail(b))).mean[0] < 8
        for a, b in zip(first, second, strict=True)
    )


@pytest.mark.parametrize("large_print", [False, True], ids=["4-up", "large print"])
def test_print_sends_the_real_deck_to_the_printer(
    qtbot, window, monkeypatch, tmp_path, large_print
):
    editor = open_editor(qtbot, window)
    editor.copy_builtin()
    editor.large_print.setChecked(large_print)
    printed = tmp_path / "printer.pdf"
    monkeypatch.setattr(printing, "ask_printer", printer_writing(printed))
    with qtbot.waitSignal(editor.print_done, timeout=60000) as done:
        editor.print_system()
    assert done.args == ["printed", ""]
    assert not window.errors
    deck = build_deck_pdf(
        decks.builtin_deck(), glossary.terms(window.ctx.programme), large_print=large_print
    )
    assert looks_alike(printed.read_bytes(), deck)
    # Four cards a sheet, or one card side a page, then "More detail" and the glossary.
    card_pages = card_sheet_count(len(decks.builtin_deck().cards), large_print)
    assert card_pages < len(pypdfium2.PdfDocument(printed.read_bytes())) <= card_pages + 14


def test_cancelled_print_prints_nothing(qtbot, window, monkeypatch, tmp_path):
    editor = open_editor(qtbot, window)
    editor.copy_builtin()
    monkeypatch.setattr(printing, "ask_printer", lambda *a: None)
    editor.print_system()
    assert not window.errors


def test_import_a_deck_file_and_undo_it(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "builtin.toml"
    decks.save_deck(decks.builtin_deck(), path)
    editor = open_editor(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(path))
    editor.import_deck()
    assert editor.card_list.count() == len(decks.builtin_deck().cards)
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


def test_a_deck_pdf_that_cannot_be_written_is_explained(qtbot, window, monkeypatch, tmp_path):
    editor = open_editor(qtbot, window)
    editor.copy_builtin()
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(blocked / "deck.pdf"))
    with qtbot.waitSignal(editor.print_done, timeout=60000) as done:
        editor.print_pdf()
    purpose, error = done.args
    assert purpose == "saved" and error
    assert window.errors == [error]  # shown once, by the runner
    assert not (blocked / "deck.pdf").exists()


def test_a_welsh_deck_is_not_scored_with_the_english_formula(qtbot, window, monkeypatch, tmp_path):
    editor = open_editor(qtbot, window)

    def import_file(deck: decks.Deck) -> None:
        path = tmp_path / f"{deck.key}.toml"
        decks.save_deck(deck, path)
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(path))
        editor.import_deck()

    welsh = decks.Deck(
        title="Ein stad",
        key="ein-stad",
        language="cy",
        cards=[
            decks.Card(
                title="Synwyryddion yn y biniau",
                story="Mae Ana yn byw ar y degfed llawr. Mae'r biniau'n dweud wrth y cyngor.",
            )
        ],
    )
    english = decks.Deck(
        title="Our estate",
        key="our-estate",
        cards=[
            decks.Card(
                title="Sensors",
                story="Notwithstanding the aforementioned considerations, the municipality "
                "shall endeavour to operationalise algorithmic governance.",
            )
        ],
    )
    import_file(english)
    assert "Could be plainer" in editor.check_label.text()
    assert editor.card_list.item(0).text().endswith("(could be plainer)")
    import_file(welsh)
    assert editor.check_label.text() == "The reading check is for English text."
    assert "Reading ease" not in editor.check_label.text()
    # No English word list either, and no "could be plainer" mark on the card.
    assert editor.flagged_label.text() == "None."
    assert editor.card_list.item(0).text() == "1. Synwyryddion yn y biniau"
    # Typing into the Welsh card keeps the check quiet; the English deck is scored again.
    editor.prose["story"].setFocus()
    qtbot.keyClicks(editor.prose["story"], " Pwy sy'n gwirio'r synhwyrydd?")
    assert editor.check_label.text() == "The reading check is for English text."
    english_row = next(
        i
        for i in range(editor.deck_list.count())
        if "Our estate" in editor.deck_list.item(i).text()
    )
    editor.deck_list.setCurrentRow(english_row)
    assert "Reading ease" in editor.check_label.text()
    assert not window.errors
