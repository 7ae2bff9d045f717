"""What opening the app does to start quicker changes nothing it does (issue 18): the cycle
collector is paused until the window shows and then runs again; PySide6's check of each
module gives the answers PySide6's own gives; the stand-ins for `uuid`, `socket` and
`strptime` give what those give. Counted and compared, never timed."""

from __future__ import annotations

import socket
import uuid
from datetime import UTC, datetime
from pathlib import Path

from fresh_process import report_from_fresh_process

from workshop.core import backups, clock, instance_lock
from workshop.core.store import Programme
from workshop.demo import write_demo

# A fresh process starts the way `workshop FILE` does (the command line's entry point).
# Qt runs the timer once the event loop starts, with the window shown.
CHILD = """
import gc, json, sys
from PySide6.QtCore import QCoreApplication, QTimer
import workshop.cli

def report():
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    own = getattr(check, "own_check", check)
    modules = [m for m in list(sys.modules.values()) if m is not None]
    disagree = [m.__name__ for m in modules if bool(check(m)) != bool(own(m))]
    uses = sorted(m.__name__ for m in modules if check(m))
    print("REPORT " + json.dumps({
        "collecting": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "reads_bytes": getattr(check, "reads_bytes", False),
        "disagree": disagree,
        "uses": uses,
        "checked": len(modules),
    }), flush=True)
    QCoreApplication.instance().quit()

QTimer.singleShot(0, report)
sys.exit(workshop.cli.main([sys.argv[1]]))
"""


def _start(path: Path, home: Path) -> dict:
    return report_from_fresh_process(CHILD, path, home)


def test_opening_the_app_collects_again_once_shown_and_checks_modules_as_pyside_does(tmp_path):
    path = tmp_path / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    report = _start(path, tmp_path)

    # The collector runs again, with start-up's objects set aside.
    assert report["collecting"] is True
    assert report["frozen"] > 10_000
    # The cheaper check is in place, and agrees with PySide6's own on every module loaded.
    assert report["reads_bytes"] is True, "PySide6 no longer has _mod_uses_pyside: see start_up.py"
    assert report["checked"] > 200
    assert report["disagree"] == []
    assert "workshop.ui.main_window" in report["uses"]
    assert "workshop.core.store" not in report["uses"]


def test_a_new_id_is_a_version_4_uuid_and_never_repeats():
    ids = {clock.new_id() for _ in range(20_000)}
    assert len(ids) == 20_000
    for text in list(ids)[:2_000]:
        as_uuid = uuid.UUID(hex=text)
        assert as_uuid.hex == text and len(text) == 32
        assert as_uuid.version == 4
        assert as_uuid.variant == uuid.RFC_4122


def test_the_lock_names_this_computer_as_socket_does():
    assert instance_lock._this_computer() == socket.gethostname()


def test_a_snapshot_name_is_read_as_strptime_reads_it(tmp_path):
    moment = datetime(2026, 2, 28, 23, 59, 7, 123456, tzinfo=UTC)
    name = f"{moment.strftime('%Y%m%dT%H%M%S%fZ')}-open.workshop"
    found = backups.parse_backup(tmp_path / name)
    expected = datetime.strptime(name[:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    assert found is not None and found.made_at == expected == moment
    assert found.reason == "open"
    # Digits that are no moment are not a snapshot (strptime raised here before).
    assert backups.parse_backup(tmp_path / "20261399T000000000000Z-open.workshop") is None
    assert backups.parse_backup(tmp_path / "2026120T000000000000Z-open.workshop") is None
