"""The glossary side panel: there at any time, searchable, and editable per programme."""

import pytest

from workshop.core import glossary
from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, programme_path, monkeypatch):
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: pytest.fail(f"error shown: {a}"))
    with Programme.create(programme_path, "T"):
        pass
    make_application()
    win = MainWindow(Programme.open(programme_path))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_view_menu_shows_the_glossary_and_a_changed_meaning_is_kept(qtbot, window, programme_path):
    toggle = next(
        a for a in window.menu("menu_view").actions() if a.objectName() == "action_glossary"
    )
    assert not window.glossary_dock.isVisible()
    toggle.trigger()
    assert window.glossary_dock.isVisible()
    panel = window.glossary_dock.panel()
    assert panel.list.count() >= 25

    qtbot.keyClicks(panel.search, "alarm")
    found = [panel.list.item(i).text().split("\n")[0] for i in range(panel.list.count())]
    assert "False positive" in found and "Algorithm" not in found
    panel.search.clear()
    panel.select("Algorithm")
    panel.meaning_edit.setFocus()
    panel.meaning_edit.selectAll()
    qtbot.keyClicks(panel.meaning_edit, "Steps a computer follows, like a recipe.")
    panel.search.setFocus()  # leaving the box saves it
    assert "Steps a computer follows" in panel.list.currentItem().text()
    window.undo_stack.undo()
    assert glossary.lookup(window.ctx.programme)["algorithm"].meaning.startswith("A set of")
    window.undo_stack.redo()
    window.close()
    with Programme.open(programme_path) as p:
        assert glossary.lookup(p)["algorithm"].meaning == "Steps a computer follows, like a recipe."


def test_adding_a_term(qtbot, window, monkeypatch, programme_path):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Tenancy")
    window.glossary_dock.panel().add_term()
    panel = window.glossary_dock.panel()
    assert panel.current_term() == "Tenancy"
    window.close()
    with Programme.open(programme_path) as p:
        assert "tenancy" in glossary.lookup(p)


def test_removing_a_term_asks_first_and_can_be_undone(qtbot, window, monkeypatch):
    panel = window.glossary_dock.panel()
    panel.select("Algorithm")
    asked = []

    def answer(parent, title, text, yes=None):
        asked.append((title, yes))
        return len(asked) > 1  # "No" the first time, "Remove" the second

    monkeypatch.setattr(dialogs, "confirm", answer)
    panel.delete_term()
    assert "algorithm" in glossary.lookup(window.ctx.programme)
    panel.delete_term()
    assert asked == [("Remove term", "Remove")] * 2
    assert "algorithm" not in glossary.lookup(window.ctx.programme)
    assert window.undo_stack.undoText() == "Remove glossary term"
    window.undo_stack.undo()
    assert "algorithm" in glossary.lookup(window.ctx.programme)
