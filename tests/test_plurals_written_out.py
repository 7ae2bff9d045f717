"""Plurals written out: "1 print run", "8 sources", never "run(s)" or "source(s)", on the
screen (Qt's %n form where the number varies) and on the terminal."""

import ast
import re
from pathlib import Path

import pytest

import workshop
from workshop.cli.words import counted

ROOT = Path(workshop.__file__).parent
HALF_PLURAL = re.compile(r"\w\((s|es|ies)\)")


def half_plurals(folder: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if HALF_PLURAL.search(node.value):
                    found.setdefault(path.name, []).append(node.value)
    return found


def test_no_screen_text_says_s_in_brackets():
    assert not half_plurals("ui")


def test_no_terminal_text_says_s_in_brackets():
    assert not half_plurals("cli")


@pytest.mark.parametrize("folder", ["core", "export", "demo", "i18n"])
def test_no_message_template_or_printed_text_says_s_in_brackets(folder):
    """The core's message templates (shown on screen through the translation) and the
    printed words write their plurals out too."""
    assert not half_plurals(folder)


def test_core_messages_count_in_words(tmp_path):
    from workshop.core.errors import ValidationError
    from workshop.core.store import Programme

    with Programme.create(tmp_path / "p.workshop") as programme:
        with pytest.raises(ValidationError) as one:
            programme.insert("sessions", {"title": "A", "colour_of_door": "red"})
        with pytest.raises(ValidationError) as two:
            programme.insert("sessions", {"title": "A", "door": "red", "bell": "yes"})
    assert str(one.value) == "Unknown field for sessions: colour_of_door."
    assert str(two.value) == "Unknown fields for sessions: bell, door."


def test_counts_on_the_terminal_read_as_english():
    assert counted(1, "backup") == "1 backup"
    assert counted(3, "backup") == "3 backups"
    assert counted(2, "half-made copy", "half-made copies") == "2 half-made copies"


def test_sources_on_the_points_page_are_counted_in_words(qtbot, demo):
    from PySide6.QtGui import QUndoStack

    from workshop.ui.context import AppContext, ProgrammeBridge
    from workshop.ui.points_page import PointsPage

    ctx = AppContext(demo, ProgrammeBridge(demo), QUndoStack())
    page = PointsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    said = set()
    for row in range(page.point_list.count()):
        page.point_list.setCurrentRow(row)
        said.add(page.sources_summary.text())
    assert said, "no point to choose"
    assert all("(s)" not in text for text in said)
    assert any(re.match(r"(1 source from 1 session|\d+ sources from)", t) for t in said), said
    ctx.bridge.detach()
