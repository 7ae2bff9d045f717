"""core/ and export/ must never import Qt: the CLI, exporters and workers rely on it."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "workshop"


def test_core_and_export_import_no_qt():
    modules = [
        "workshop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for folder in ("core", "export", "paperscan")
        for p in sorted((PACKAGE / folder).rglob("*.py"))
    ]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt imported by core/export: {out.stdout}"
    assert len(modules) >= 8
