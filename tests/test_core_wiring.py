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


def test_rules_come_with_the_first_write_and_guard_it(tmp_path):
    # A fresh interpreter: nothing else may have imported the features first. Opening a
    # file does not import the rules (start-up, issue 18); the first write brings them all
    # and is checked by them.
    code = (
        "import sys\n"
        "from workshop.core.store import Programme\n"
        "from workshop.core.errors import ValidationError\n"
        "p = Programme.create(sys.argv[1])\n"
        "print('workshop.core.table_rules' in sys.modules)\n"
        "try:\n"
        "    p.insert('sessions', {'title': 'A', 'format': 'by pigeon'})\n"
        "except ValidationError:\n"
        "    print('refused')\n"
        "rules = sys.modules['workshop.core.table_rules'].RULES\n"
        "print(rules['board_notes'].__module__, rules['points'].__module__)\n"
        "print('workshop.demo' in sys.modules)\n"
        "p.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.workshop")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == [
        "False",
        "refused",
        "workshop.core.boards",
        "workshop.core.points",
        "False",
    ]


def test_every_rule_guards_a_real_table(programme):
    # A misspelt table name would leave that table unguarded without a word.
    assert set(table_rules.RULES) <= set(programme.table_names())


def test_a_feature_rule_refuses_a_row_before_anything_is_saved(programme):
    with pytest.raises(ValidationError, match="note"):
        table_rules.validate("board_notes", {"text": "  "}, programme)
