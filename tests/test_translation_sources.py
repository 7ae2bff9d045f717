"""The translation file keeps up with the code, and the core's messages reach a Welsh
screen in Welsh.

`workshop/i18n/workshop_cy.ts` is the only source of translations. These tests read the
code the way `pyside6-lupdate` should have: every literal handed to `tr()`, `_tr()` or
`QCoreApplication.translate()`, and every literal message the core raises, must be in the
file, so nothing a facilitator sees is left out of a translator's reach. When one fails,
run `make translations` and commit the .ts and .qm.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from workshop import i18n
from workshop.core import sessions
from workshop.core.errors import Label, ValidationError
from workshop.core.store import Programme
from workshop.ui.undo_commands import SetFields, push_or_explain

PACKAGE = Path(i18n.__file__).resolve().parent.parent
TS = i18n.I18N_DIR / "workshop_cy.ts"


def _ts_messages() -> dict[str, dict[str, ET.Element]]:
    """context name -> English source -> its <translation>."""
    found: dict[str, dict[str, ET.Element]] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        texts = found.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            texts[message.findtext("source") or ""] = message.find("translation")
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _TranslatedLiterals(ast.NodeVisitor):
    """(file, line, context, text) for each literal passed to a translation call; the
    context is the enclosing class for tr/_tr (lupdate's rule, "" outside a class) or the
    one named in QCoreApplication.translate."""

    def __init__(self, path: Path):
        self.path, self.classes, self.found = path, [""], []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in ("tr", "_tr") and node.args and (text := _literal(node.args[0])):
            self.found.append((self.path, node.lineno, self.classes[-1], text))
        elif name == "translate" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text:
                self.found.append((self.path, node.lineno, context, text))
        self.generic_visit(node)


def _code_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_translated_literal_in_the_code_is_in_the_welsh_file():
    messages = _ts_messages()
    # The app looks a text up in its caller's context, then in the shared one, which the
    # build fills from every context (lupdate names contexts its own way: "window" for
    # window.tr, "" for a `tr = self.tr` alias). So a text counts wherever it is.
    anywhere = {text for texts in messages.values() for text in texts}
    missing = []
    for path in _code_files():
        visitor = _TranslatedLiterals(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        for file, line, context, text in visitor.found:
            if text not in messages.get(context, {}) and text not in anywhere:
                missing.append(f"{file.relative_to(PACKAGE.parent)}:{line} [{context}] {text!r}")
    assert not missing, "Not in workshop_cy.ts (run `make translations`):\n" + "\n".join(missing)


def _error_classes(trees: list[ast.Module]) -> set[str]:
    names = {"WorkshopError"}
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while more := {
        c.name
        for c in classes
        if c.name not in names
        and any((getattr(b, "id", None) or getattr(b, "attr", None)) in names for b in c.bases)
    }:
        names |= more
    return names


def test_every_message_the_core_raises_is_in_the_welsh_file():
    paths = [p for p in _code_files() if p.relative_to(PACKAGE).parts[0] in ("core", "export")]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    errors = _error_classes(trees)
    core = _ts_messages().get(i18n.CORE_CONTEXT, {})
    # Raised where it is made, or made by a helper that returns it (`store._damaged`).
    raised = [
        text
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and node.args
        if getattr(node.func, "id", getattr(node.func, "attr", None)) in errors
        if (text := _literal(node.args[0])) is not None
    ]
    assert len(raised) > 100  # the scan found the core's messages at all
    missing = [text for text in raised if text not in core]
    assert not missing, "Not in workshop_cy.ts (run `make translations`):\n" + "\n".join(missing)


def test_welsh_messages_keep_their_placeholders():
    """A translation that drops or renames {what} would show the English instead."""
    wrong = []
    for source, translation in _ts_messages().get(i18n.CORE_CONTEXT, {}).items():
        welsh = translation.text or ""
        if welsh and set(re.findall(r"{\w+}", welsh)) != set(re.findall(r"{\w+}", source)):
            wrong.append(f"{source!r} -> {welsh!r}")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def welsh(qapp):
    assert i18n.install_translator(code="cy") == "cy"
    yield
    i18n.install_translator(code="en")


def test_a_refused_number_is_explained_in_welsh_on_screen_and_english_on_the_command_line(
    programme: Programme, welsh, errors
):
    session_id = sessions.add_session(programme, {"title": "Library drop-in"})
    with pytest.raises(ValidationError) as refused:
        programme.update("sessions", session_id, {"attended": -3})
    # What the command line prints is the English, exactly as before.
    assert str(refused.value) == "The number who attended cannot be negative. Enter 0 or more."
    assert i18n.error_text(refused.value) == (
        "Ni all y maes 'nifer a fynychodd' fod yn negatif. Rhowch 0 neu fwy."
    )
    # The same refusal, met by a facilitator typing into a screen.
    stack = QUndoStack()
    command = SetFields(programme, "sessions", session_id, {"attended": -3}, "Attendance")
    assert not push_or_explain(stack, command, None)
    assert errors == ["Ni all y maes 'nifer a fynychodd' fod yn negatif. Rhowch 0 neu fwy."]
    assert stack.count() == 0


def test_a_message_with_no_welsh_yet_shows_in_english_with_its_values(welsh):
    # Every message the core raises today has a Welsh draft; one added later and not yet
    # translated must still show, in English, with its values.
    error = ValidationError("A message nobody has translated yet: {value}.", value="blue")
    assert i18n.error_text(error) == "A message nobody has translated yet: blue."


def test_typed_values_are_never_translated_even_when_they_match_a_word(welsh):
    """Only values marked as the app's own labels are translated; a typed value that
    happens to be an English word ("note") is shown exactly as typed."""
    template = "The {what} '{value}' is not a date. Use the form 2026-03-14."
    error = ValidationError(template, what=Label("note"), value="note")
    assert (
        i18n.error_text(error)
        == "Nid yw 'note' (nodyn) yn ddyddiad. Defnyddiwch y ffurf 2026-03-14."
    )


def test_a_plural_with_welsh_has_every_plural_form():
    """Qt picks one of Welsh's plural forms by the number; an empty form shows English
    ("8 sources" on a Welsh screen), so a drafted plural fills them all."""
    partial = []
    for message in ET.parse(TS).getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
        if any(f.strip() for f in forms) and not all(f.strip() for f in forms):
            partial.append(message.findtext("source"))
    assert not partial, partial
