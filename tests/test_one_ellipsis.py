"""One ellipsis: every text a facilitator or resident reads uses "…", never three dots.

Every string in the app's code is looked at (docstrings aside); the few where three dots
are right are listed with why."""

import ast
from pathlib import Path

import workshop

ROOT = Path(workshop.__file__).parent

# file -> strings with three dots that are right there, and why
ALLOWED = {
    # The Arabic print font has no "…" (it printed as a box).
    "export/board_image.py": {"..."},
    # reportlab writes these placeholders into every SVG; they are replaced by the chart's
    # own title and description, never shown.
    "export/document/charts.py": {"<title>...</title>", "<desc>...</desc>"},
    # Placeholders the facilitator types into a TOML file as they are.
    "core/decks.py": {"{place}: '{name}' is missing. Add {name} = \"...\"."},
    "core/session_plans.py": {
        'The plan {key} needs a title = "..." line.',
        'In {where}, add a title = "..." line.',
    },
    # The command-line usage convention: "COMMAND ..." means more words follow.
    "cli/__init__.py": {
        "workshop [FILE]\n       workshop COMMAND ... (run 'workshop COMMAND --help')"
    },
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def three_dot_strings() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "..." in node.value
                and id(node) not in skip
            ):
                found.setdefault(path.relative_to(ROOT).as_posix(), set()).add(node.value)
    return found


def test_no_screen_or_printed_text_uses_three_dots():
    found = three_dot_strings()
    unexplained = {
        name: texts - ALLOWED.get(name, set())
        for name, texts in found.items()
        if texts - ALLOWED.get(name, set())
    }
    assert not unexplained, f"use '…' not '...': {unexplained}"


def test_the_allowed_list_is_still_needed():
    found = three_dot_strings()
    for name, texts in ALLOWED.items():
        assert texts <= found.get(name, set()), (
            f"{name} no longer needs {texts - found.get(name, set())}"
        )
