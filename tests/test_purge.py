"""Personal data goes when its date has passed; the anonymous record stays, the removal is
logged, and neither a backup nor a colleague's file can bring it back."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.core import backups, purge
from workshop.core.sessions import add_session
from workshop.core.store import Programme

NAME = "Margaret Okonkwo-Ellis"
CONTACT = "07700 900123 margaret.oe@example.org"


def _people(path: Path) -> dict[str, str]:
    """Sets up a past session with two consenting participants and a future one."""
    with Programme.open(path) as p, p.transaction():
        past = add_session(
            p,
            {
                "title": "Library drop-in",
                "starts_at": "2026-01-10T10:00",
                "purge_after": "2026-07-10",
            },
        )
        future = add_session(p, {"title": "Food bank", "starts_at": "2027-03-01T11:00"})
        voucher = p.insert(
            "incentives",
            {"session_id": past, "kind": "voucher", "unit_pence": 1000, "planned": 2, "given": 2},
        )
        p.insert(
            "participants",
            {
                "session_id": past,
                "code": "P-001",
                "name": NAME,
                "contact": CONTACT,
                "consent_recorded_at": "2026-01-10",
                "incentive_id": voucher,
            },
        )
        p.insert("participants", {"session_id": past, "code": "P-002", "incentive_id": voucher})
        p.insert(
            "participants",
            {
                "session_id": future,
                "code": "P-101",
                "name": "Sam Future",
                "consent_recorded_at": "2026-11-01",
            },
        )
        p.insert(
            "access_requests",
            {"session_id": past, "adjustment": "Large print handouts", "outcome": "met"},
        )
        p.update("sessions", past, {"attended": 14})
    return {"past": past, "future": future, "voucher": voucher}


def _raw(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_due_lists_what_will_be_removed_without_changing_anything(programme_path, capsys):
    Programme.create(programme_path, "Purge test").close()
    _people(programme_path)
    before = programme_path.read_bytes()
    assert main(["purge", str(programme_path), "--due"]) == 0
    out = capsys.readouterr().out
    assert "Library drop-in" in out and "due 2026-07-10" in out
    assert "1 name, 1 contact detail, 2 records of who received an incentive" in out
    assert "Food bank" not in out
    assert NAME not in out  # the list names no one
    # Without --yes (and no one at the keyboard) nothing is removed.
    assert main(["purge", str(programme_path)]) == 0
    assert "Run again with --yes" in capsys.readouterr().out
    with Programme.open(programme_path, read_only=True) as p:
        assert p.rows("participants", "name = ?", [NAME])
    assert programme_path.read_bytes() == before


def test_purge_removes_personal_data_and_keeps_the_anonymous_record(programme_path, capsys):
    Programme.create(programme_path, "Purge test").close()
    ids = _people(programme_path)
    assert NAME.encode() in _raw(programme_path)

    assert main(["purge", str(programme_path), "--yes"]) == 0
    assert "Removed 4 personal details from 1 session" in capsys.readouterr().out

    with Programme.open(programme_path, read_only=True) as p:
        past = p.rows("participants", "session_id = ?", [ids["past"]], order_by="code")
        assert [(r["code"], r["name"], r["contact"], r["incentive_id"]) for r in past] == [
            ("P-001", "", "", None),
            ("P-002", "", "", None),
        ]
        # The future session's people are not due yet.
        assert p.rows("participants", "session_id = ?", [ids["future"]])[0]["name"] == "Sam Future"
        # The anonymous record is intact.
        assert p.get("sessions", ids["past"])["attended"] == 14
        assert p.get("incentives", ids["voucher"])["given"] == 2
        assert p.rows("access_requests")[0]["adjustment"] == "Large print handouts"
        assert len(p.rows("reach", "session_id = ?", [ids["past"]])) == 8
        log = purge.purge_log(p)
        assert len(log) == 1
        assert log[0]["session_title"] == "Library drop-in" and log[0]["items"] == 4
        assert "1 name" in log[0]["what"] and NAME not in log[0]["details"]
    # Gone from the bytes on disk too, not just hidden.
    assert NAME.encode() not in _raw(programme_path)
    assert b"margaret.oe" not in _raw(programme_path)

    assert main(["purge", str(programme_path), "--due"]) == 0
    assert "No personal data is due" in capsys.readouterr().out


def test_purge_reaches_into_backups(programme_path, capsys):
    Programme.create(programme_path, "Purge test").close()
    _people(programme_path)
    assert main(["backup", str(programme_path)]) == 0
    snapshot = backups.list_backups(programme_path)[0].path
    assert NAME.encode() in snapshot.read_bytes()
    assert main(["purge", str(programme_path), "--yes"]) == 0
    assert "from 1 backup and kept copy" in capsys.readouterr().out
    assert NAME.encode() not in snapshot.read_bytes()
    assert backups.check_backup(snapshot) is None


def test_a_colleagues_file_cannot_bring_purged_data_back(programme_path, tmp_path, capsys):
    Programme.create(programme_path, "Purge test").close()
    ids = _people(programme_path)
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(programme_path, laptop_b)
    with Programme.open(laptop_b) as b:  # edited on B after the copy: newer than the purge?
        person = b.rows("participants", "code = 'P-001'")[0]["id"]
        b.update("participants", person, {"contact": "new number 07700 900999"})
    assert main(["purge", str(programme_path), "--yes"]) == 0
    capsys.readouterr()

    assert main(["merge", str(programme_path), str(laptop_b)]) == 0
    with Programme.open(programme_path, read_only=True) as p:
        people = p.rows("participants", "session_id = ?", [ids["past"]])
        assert all(r["name"] == "" and r["contact"] == "" for r in people)

    # And the other way round: B takes in A's purge log, and B's copy is purged too.
    assert main(["merge", str(laptop_b), str(programme_path)]) == 0
    with Programme.open(laptop_b, read_only=True) as b:
        assert all(r["name"] == "" for r in b.rows("participants", "session_id = ?", [ids["past"]]))
        assert b.rows("participants", "code = 'P-101'")[0]["name"] == "Sam Future"


def test_columns_marked_personal_by_other_features_are_found(programme):
    session = add_session(programme, {"title": "Youth club", "purge_after": "2026-01-01"})
    # A later feature's table, marking its personal column the documented way.
    programme.db.execute("""
        CREATE TABLE callbacks (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            phone TEXT NOT NULL DEFAULT '', -- personal
            topic TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )""")
    programme.insert(
        "callbacks", {"session_id": session, "phone": "0161 496 0000", "topic": "Housing"}
    )
    found = {(c.table, c.column) for c in purge.personal_columns(programme)}
    assert ("callbacks", "phone") in found and ("callbacks", "topic") not in found
    result = purge.purge(programme, today=date(2026, 11, 25))
    assert result.total == 1
    row = programme.rows("callbacks")[0]
    assert row["phone"] == "" and row["topic"] == "Housing"


@pytest.mark.parametrize("today, expected", [(date(2026, 7, 9), 0), (date(2026, 7, 10), 1)])
def test_nothing_is_due_before_its_date(programme_path, today, expected):
    Programme.create(programme_path, "Purge test").close()
    _people(programme_path)
    with Programme.open(programme_path) as p:
        assert len(purge.due(p, today)) == expected
        assert purge.purge(p, today=today).total == (4 if expected else 0)


def test_contact_details_given_on_a_feedback_form_are_removed_and_the_words_kept(
    programme_path, capsys
):
    Programme.create(programme_path, "Purge test").close()
    ids = _people(programme_path)
    answers = {
        "What should change?": "Tell people when a computer was used",
        "Email (only if you want a reply)": "m.okonkwo@example.org",
        "Postcode area": "RV1",
    }
    text = "\n".join(f"{k}: {v}" for k, v in answers.items())
    with Programme.open(programme_path) as p:
        p.insert(
            "feedback_responses",
            {
                "session_id": ids["past"],
                "channel": "online",
                "text": text,
                "answers_json": json.dumps(answers),
                "dedupe_key": "fuzzy-1",
            },
        )
    assert main(["purge", str(programme_path), "--due"]) == 0
    assert "1 contact detail given on a feedback form" in capsys.readouterr().out
    assert main(["purge", str(programme_path), "--yes"]) == 0
    with Programme.open(programme_path, read_only=True) as p:
        response = p.rows("feedback_responses")[0]
        kept = json.loads(response["answers_json"])
        assert kept["What should change?"] == "Tell people when a computer was used"
        assert kept["Email (only if you want a reply)"] == "" and kept["Postcode area"] == ""
        assert response["text"] == "What should change?: Tell people when a computer was used"
    assert b"m.okonkwo@example.org" not in _raw(programme_path)
