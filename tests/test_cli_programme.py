"""The headless commands through the front door: a real `workshop` process."""

import json
import subprocess
import sys

import pytest


def workshop(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "workshop", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_demo_then_sessions_json(tmp_path):
    path = tmp_path / "x.workshop"
    made = workshop("demo", path)
    assert made.returncode == 0, made.stderr
    out = workshop("sessions", path, "--json")
    assert out.returncode == 0, out.stderr
    sessions = json.loads(out.stdout)
    assert len(sessions) >= 4
    for s in sessions:
        assert {
            "id",
            "title",
            "starts_at",
            "venue",
            "status",
            "provisions",
            "access_requests",
            "incentives",
            "people_reached",
        } <= set(s)
    done = [s for s in sessions if s["status"] == "done"]
    assert len({s["venue"] for s in done}) >= 4
    assert all(
        s["provisions"] and s["access_requests"] and s["incentives"] and s["people_reached"]
        for s in done
    )


def test_new_and_check(tmp_path):
    path = tmp_path / "new.workshop"
    assert workshop("new", path, "--title", "Fair decisions").returncode == 0
    check = workshop("check", path)
    assert check.returncode == 0 and "healthy" in check.stdout
    listing = workshop("sessions", path)
    assert "No sessions yet" in listing.stdout


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "new.workshop"
    workshop("new", path, "--title", "One")
    before = path.read_bytes()
    again = workshop("new", path, "--title", "Two")
    assert again.returncode == 2
    assert "already exists" in again.stderr and len(again.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50]
)
def test_bad_files_exit_2_with_one_line_and_stay_unchanged(tmp_path, content):
    path = tmp_path / "bad.workshop"
    path.write_bytes(content)
    for command in (["sessions", path], ["check", path]):
        result = workshop(*command)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "workshop:" in lines[0]
        assert path.read_bytes() == content


def test_check_reports_a_broken_reference(demo_path):
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE reach SET session_id = 'gone' WHERE rowid = 1")
    conn.commit()
    conn.close()
    result = workshop("check", demo_path)
    assert result.returncode == 1
    assert "missing sessions row" in result.stdout


def test_bad_usage_is_one_line(tmp_path):
    result = workshop("sessions")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "workshop --help" in result.stderr
    missing = workshop("sessions", tmp_path / "nope.workshop")
    assert missing.returncode == 2
    assert f"There is no file {tmp_path / 'nope.workshop'}." in missing.stderr
