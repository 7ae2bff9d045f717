"""Opening the app pays only for what the window needs: no PDF, picture or demo code is
imported before the window shows (issue 18). Counted, never timed."""

from __future__ import annotations

from pathlib import Path

from fresh_process import report_from_fresh_process

from workshop.cli import COMMAND_NAMES, build_parser
from workshop.core.store import Programme
from workshop.demo import write_demo

# A fresh process opens a file the way `workshop FILE` does (through the CLI's entry point)
# and, once the event loop runs with the window shown, reports what it has imported.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from workshop.ui.app import make_application
import workshop.cli

app = make_application()

def report():
    shown = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets()
             if w.isVisible()]
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
    built = window.glossary_dock.is_built()
    print("REPORT " + json.dumps({"shown": shown, "modules": sorted(sys.modules),
                                  "glossary_built": built}), flush=True)
    app.quit()

QTimer.singleShot(0, report)
sys.exit(workshop.cli.main([sys.argv[1]]))
"""

HEAVY = (
    "reportlab",
    "PIL",
    "qrcode",
    "pypdfium2",
    "zxingcpp",
    "workshop.demo",
    "workshop.export",
    "workshop.paperscan",
)


def _open_in_fresh_process(path: Path, home: Path) -> dict:
    return report_from_fresh_process(CHILD, path, home)


def test_opening_a_file_imports_nothing_heavy_before_the_window_shows(tmp_path):
    path = tmp_path / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    report = _open_in_fresh_process(path, tmp_path)

    assert "MainWindow" in report["shown"]
    heavy = [m for m in report["modules"] if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert heavy == []
    # Nor the command modules: the app path does not build the command-line parser.
    assert not [m for m in report["modules"] if m.startswith("workshop.cli.")]
    # Nor sqlite-utils' plugin search, which reads every installed package's entry points:
    # the programme's connection runs no third-party plugins.
    assert "importlib.metadata" not in report["modules"]
    # Nor sqlite-utils itself (with click, dateutil and pluggy): the file is opened,
    # checked and read with plain sqlite3; sqlite-utils comes with the first write.
    assert not [m for m in report["modules"] if m.split(".")[0] in ("sqlite_utils", "click")]


def test_the_app_path_knows_every_command_name():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(choices) == COMMAND_NAMES


def test_screens_not_shown_are_not_imported_and_the_glossary_is_not_built(tmp_path):
    """Start-up shows the overview: the other screens' modules, the table rules (needed
    only to write) and the glossary panel (hidden until opened) wait until first used."""
    from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES, screen_class

    path = tmp_path / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    report = _open_in_fresh_process(path, tmp_path)

    assert "MainWindow" in report["shown"]
    modules = set(report["modules"])
    assert "workshop.ui.overview_page" in modules  # the screen shown
    not_shown = {
        screen_class(loader).__module__ for _, loader in PROGRAMME_VIEWS[1:] + SESSION_PAGES
    }
    assert len(not_shown) == 11  # Expectations is in both lists
    assert not_shown & modules == set()
    assert "workshop.core.table_rules" not in modules
    assert "workshop.ui.merge_dialog" not in modules
    assert report["glossary_built"] is False
    # Nor what the menus open: the window extensions put items in the menus, and their
    # dialogs (with the privacy rules, the purge and the scans) come when chosen. The demo
    # has no purge waiting and no session past its purge date, so the purge is not needed.
    behind_the_menus = {
        "workshop.ui.export_dialog",
        "workshop.ui.glossary_panel",
        "workshop.ui.agenda.plan_dialog",
        "workshop.core.session_plans",
        "workshop.core.purge",
        "workshop.core.privacy",
        "workshop.core.detectors",
        "workshop.core.scans",
    }
    assert behind_the_menus & modules == set()


def test_every_screen_entry_names_its_class():
    """The wiring is checked here, since screens are imported only when first shown: each
    entry's function returns a widget class named like the function."""
    from PySide6.QtWidgets import QWidget

    from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES, screen_class

    for title, loader in PROGRAMME_VIEWS + SESSION_PAGES:
        cls = screen_class(loader)
        assert issubclass(cls, QWidget), title
        words = loader.__name__.strip("_").split("_")
        assert cls.__name__ == "".join(w.capitalize() for w in words), (title, cls.__name__)
