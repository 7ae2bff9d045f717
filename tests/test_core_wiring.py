"""The core stands on its own: it never reaches up for the demo, and every table's rule is
in place as soon as the store is imported (not on the first save)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.core import table_rules
from workshop.core.errors import ValidationError

CORE = Path(__file__).resolve().parents[1] / "workshop" / "core"


def _imported_names(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (inside functions too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_core_module_imports_the_demo():
    sources = sorted(CORE.rglob("*.py"))
    assert len(sources) >= 20
    offenders = {
        str(path.relative_to(CORE)): sorted(
            name for name in _imported_names(path) if name.startswith("workshop.demo")
        )
        for path in sources
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_rules_exist_as_soon_as_the_store_is_imported():
    # A fresh interpreter: nothing else may have imported the features first.
    code = (
        "import sys\n"
        "import workshop.core.store\n"
        "rules = sys.modules['workshop.core.table_rules'].RULES\n"
        "print(rules['board_notes'].__module__, rules['points'].__module__)\n"
        "print('workshop.demo' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["workshop.core.boards", "workshop.core.points", "False"]


def test_every_rule_guards_a_real_table(programme):
    # A misspelt table name would leave that table unguarded without a word.
    assert set(table_rules.RULES) <= set(programme.table_names())


def test_a_feature_rule_refuses_a_row_before_anything_is_saved(programme):
    with pytest.raises(ValidationError, match="note"):
        table_rules.validate("board_notes", {"text": "  "}, programme)
