"""File menu: new, open, open recent, save a copy; a bad file is explained, not opened."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop.core.store import Programme
from workshop.ui import dialogs, settings
from workshop.ui.app import build_window, make_application
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path, errors):
    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_first_run_opens_the_default_file_with_the_demo(qtbot, _private_data_dir):
    make_application()
    win = build_window(None)
    qtbot.addWidget(win)
    assert win.ctx.programme.path == _private_data_dir / "default.workshop"
    assert win.ctx.programme.db["sessions"].count >= 4
    assert "Fair decisions" in win.windowTitle()
    win.close()


def test_new_programme(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "second"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Youth voice on AI")
    window.new_file()
    assert window.ctx.programme.path == tmp_path / "second.workshop"
    assert window.ctx.programme.db["sessions"].count == 0
    assert window.windowTitle().startswith("Youth voice on AI")
    assert window.sidebar.list.count() == len(window.sidebar.views) + 2  # heading + empty note


def test_open_and_open_recent(qtbot, window, demo_path, tmp_path, monkeypatch):
    other = tmp_path / "other.workshop"
    Programme.create(other, "Other programme").close()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(other))
    window.open_file()
    assert window.ctx.programme.path == other
    recent = [a.text() for a in window.recent_menu.actions()]
    assert "other.workshop" in recent[0] and "demo.workshop" in recent[1]
    window.recent_menu.actions()[1].trigger()
    assert window.ctx.programme.path == demo_path


def _recent_paths(window) -> list[str]:
    """The full paths File > Open recent lists, in order."""
    return [a.text().rsplit("  —  ", 1)[-1] for a in window.recent_menu.actions()]


def _as_the_next_run_reads_them() -> None:
    """Qt keeps settings it wrote in memory, so one process never sees what the next run of
    the app reads from the file. Touching the file makes Qt read it again."""
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Workshop", "Workshop")
    path = Path(store.fileName())
    del store
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def test_open_recent_lists_every_file_opened_by_its_full_path(qtbot, window, demo_path, tmp_path):
    files = []
    for number in range(1, 10):
        path = tmp_path / f"programme {number}.workshop"
        Programme.create(path, f"Programme {number}").close()
        files.append(path)
    # Settings started empty: the demo is the one recent file, a one-item list, which the
    # INI file keeps as a plain string.
    _as_the_next_run_reads_them()
    assert settings.read(settings.RECENT_FILES) == [str(demo_path)]

    assert window.open_path(files[0])
    assert _recent_paths(window) == [str(files[0]), str(demo_path)]
    _as_the_next_run_reads_them()
    assert window.open_path(files[1])
    assert _recent_paths(window) == [str(files[1]), str(files[0]), str(demo_path)]

    # The next window (the app opened again) lists them too.
    _as_the_next_run_reads_them()
    second = MainWindow(Programme.open(files[2]))
    qtbot.addWidget(second)
    assert _recent_paths(second) == [str(files[2]), str(files[1]), str(files[0]), str(demo_path)]
    second.close()

    for path in files[3:]:
        assert window.open_path(path)
        _as_the_next_run_reads_them()
    newest_first = [str(p) for p in reversed(files)]
    assert _recent_paths(window) == newest_first[: settings.RECENT_LIMIT] == newest_first[:8]
    # Opening one again moves it to the top without repeating it.
    assert window.open_path(files[5])
    assert _recent_paths(window)[:2] == [str(files[5]), str(files[8])]
    assert len(set(_recent_paths(window))) == 8


def test_opening_a_bad_file_explains_and_keeps_the_current_one(
    qtbot, window, demo_path, tmp_path, errors
):
    bad = tmp_path / "bad.workshop"
    bad.write_bytes(b"PK\x03\x04 this is a zip")
    assert not window.open_path(bad)
    assert "not a Workshop programme file" in errors[-1]
    assert window.ctx.programme.path == demo_path
    assert bad.read_bytes() == b"PK\x03\x04 this is a zip"


def test_save_a_copy(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "copy.workshop"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    with qtbot.waitSignal(window.save_copy().succeeded, timeout=30000):
        pass
    assert "Saved a copy as copy.workshop" in window.statusBar().currentMessage()
    with Programme.open(target) as copy:
        assert copy.db["sessions"].count == window.ctx.programme.db["sessions"].count


def test_a_copy_named_with_a_dot_keeps_its_whole_name(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(folder / "Estate v1.2"))
    with qtbot.waitSignal(window.save_copy().finished, timeout=30000):
        pass
    assert [p.name for p in folder.glob("*.workshop")] == ["Estate v1.2.workshop"]


def test_undo_is_per_file(qtbot, window, tmp_path, monkeypatch):
    window.sidebar.add_session()
    assert window.undo_stack.count() == 1
    other = tmp_path / "other.workshop"
    Programme.create(other, "Other").close()
    window.open_path(other)
    assert window.undo_stack.count() == 0


def test_switching_files_closes_the_old_files_board_windows(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QApplication

    session = window.ctx.programme.rows("sessions", order_by="starts_at")[0]["id"]
    window.sidebar.choose_session(session)
    agenda = window.current_screen().show_page("Agenda and boards")
    agenda.select(next(row["id"] for row in agenda.rows if row["kind"] == "board"))
    board = agenda.open_board()
    assert board is not None and board.isVisible()
    other = tmp_path / "other.workshop"
    Programme.create(other, "Other").close()
    window.open_path(other)
    assert not any(
        w.isVisible() and getattr(w, "ctx", None) is not window.ctx and hasattr(w, "exercise_id")
        for w in QApplication.topLevelWidgets()
    )


def test_menus_are_found_by_name_whatever_the_language(qtbot, demo_path):
    from workshop import i18n

    make_application()
    i18n.install_translator(code="cy")
    try:
        win = MainWindow(Programme.open(demo_path))
        qtbot.addWidget(win)
        names = [a.menu().objectName() for a in win.menuBar().actions()]
        # One menu each: extensions add to the window's menus, never a second "File".
        assert names == [
            "menu_file",
            "menu_edit",
            "menu_session",
            "menu_view",
            "menu_tools",
            "menu_help",
        ]
        assert win.menu("menu_file").title() != "&File"  # Welsh, yet found
        assert win.menu("menu_file").findChild(type(win.recent_menu), "menu_recent")
        with pytest.raises(KeyError):
            win.menu("menu_nowhere")
        win.close()
    finally:
        i18n.install_translator(code="en")
