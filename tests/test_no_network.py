"""The app never opens a network connection. With every way of reaching the network
blocked (and each attempt recorded, even if the code caught the error), the main flows
run: making the demo, listing and checking, backups, merge and purge, the summary pack,
feedback cards, the scenario deck, the data export and import, bringing in feedback, and
the main window with every screen of every session."""

from __future__ import annotations

import json
import socket

import pytest

from workshop.cli import main
from workshop.core.store import Programme


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[:2]}")
            raise OSError(f"network use is blocked in this test ({what})")

        return blocked

    original_init = socket.socket.__init__

    def guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            attempts.append(f"socket({family})")
            raise OSError("network sockets are blocked in this test")
        original_init(self, family, type, proto, fileno)

    monkeypatch.setattr(socket.socket, "__init__", guarded_init)
    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "create_server",
    ):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    yield attempts
    assert attempts == [], f"the app tried to use the network: {attempts}"


def test_the_guard_really_blocks(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    no_network.clear()  # those two were ours


def test_the_headless_commands_work_offline(no_network, tmp_path, capsys):
    demo = tmp_path / "demo.workshop"
    run = lambda *argv: main([str(a) for a in argv])  # noqa: E731
    assert run("demo", demo) == 0
    capsys.readouterr()
    assert run("sessions", demo, "--json") == 0
    sessions = json.loads(capsys.readouterr().out)
    session_id = sessions[0]["id"]
    assert run("check", demo) == 0
    assert run("backup", demo) == 0
    assert run("purge", demo, "--due") == 0
    laptop_b = tmp_path / "laptop-b.workshop"
    assert run("demo", laptop_b) == 0
    assert run("merge", demo, laptop_b, "--yes") == 0

    assert run("pack", demo, "--no-html", "-o", tmp_path / "pack.pdf") == 0
    assert run("pack", demo, "--public", "--no-html", "-o", tmp_path / "public.pdf") == 0
    assert (
        run("cards", demo, "--session", session_id, "--count", 4, "-o", tmp_path / "cards.pdf") == 0
    )
    assert run("deck", "-o", tmp_path / "deck.pdf") == 0
    assert run("export", demo, "-o", tmp_path / "record.json") == 0
    assert run("export", demo, "-o", tmp_path / "record.zip") == 0
    assert run("import", tmp_path / "copy.workshop", tmp_path / "record.json") == 0

    with Programme.open(demo, read_only=True) as p:
        code = p.rows("feedback_cards", "session_id = ?", [session_id])[0]["code"]
    csv = tmp_path / "responses.csv"
    csv.write_text(
        f"Timestamp,Card code,Your answer\n2027-03-01 10:00,{code},Keep a person in charge\n",
        encoding="utf-8",
    )
    assert run("import-feedback", demo, csv) == 0
    for pdf in ("pack", "public", "cards", "deck"):
        assert (tmp_path / f"{pdf}.pdf").read_bytes().startswith(b"%PDF")


def test_the_main_window_and_every_screen_work_offline(no_network, qtbot, demo_path):
    from workshop.ui.app import build_window, make_application
    from workshop.ui.screens import SESSION_PAGES

    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    win.show()
    for index in range(len(win.sidebar.views)):
        win.sidebar.choose_view(index)
        assert win.current_screen() is not None
    with Programme.open(demo_path, read_only=True) as p:
        session_ids = [s["id"] for s in p.rows("sessions")]
    for session_id in session_ids:
        win.sidebar.choose_session(session_id)
        editor = win.current_screen()
        for title, _ in SESSION_PAGES:
            assert editor.show_page(title).isVisible()
    win.backup_timer.timeout.emit()
    win.close()
