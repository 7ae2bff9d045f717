"""The programme file: made from nothing, reopened, and refusing what it should refuse."""

import sqlite3

import pytest

from workshop.core.errors import ProgrammeFileError, ValidationError
from workshop.core.schema import APPLICATION_ID, known_migration_names
from workshop.core.sessions import add_session, duplicate_session, session_rows
from workshop.core.store import Programme


def test_new_file_has_every_migration_and_safe_settings(programme_path):
    with Programme.create(programme_path, "Fair decisions") as p:
        applied = {row["name"] for row in p.db["_sqlite_migrations"].rows}
        assert applied == known_migration_names()
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    with Programme.open(programme_path) as p:
        assert p.programme()["title"] == "Fair decisions"


def test_a_session_and_its_records_round_trip(programme, programme_path):
    sid = add_session(
        programme,
        {
            "title": "Library evening",
            "starts_at": "2027-02-04T18:00",
            "ends_at": "2027-02-04T20:00",
            "venue_name": "Library",
        },
    )
    programme.insert(
        "access_provisions",
        {"session_id": sid, "kind": "bsl", "status": "booked", "cost_pence": 18000},
    )
    programme.insert("access_requests", {"session_id": sid, "adjustment": "Large print"})
    programme.insert(
        "incentives",
        {"session_id": sid, "kind": "voucher", "unit_pence": 2000, "planned": 10, "given": 9},
    )
    programme.close()
    with Programme.open(programme_path) as again:
        session = again.get("sessions", sid)
        assert session["title"] == "Library evening"
        assert session["purge_after"] == "2027-08-04"
        assert len(session_rows(again, "reach", sid)) == 8
        assert session_rows(again, "access_provisions", sid)[0]["cost_pence"] == 18000
        assert session_rows(again, "access_requests", sid)[0]["outcome"] == "pending"
        assert session_rows(again, "incentives", sid)[0]["given"] == 9


@pytest.mark.parametrize(
    "table, values, words",
    [
        (
            "sessions",
            {"starts_at": "2027-02-04T18:00", "ends_at": "2027-02-04T17:00"},
            "end after it starts",
        ),
        ("sessions", {"status": "finished"}, "not a known status"),
        ("sessions", {"starts_at": "next Tuesday"}, "not a date and time"),
        ("sessions", {"attended": -3}, "cannot be negative"),
    ],
)
def test_bad_session_values_are_refused_and_nothing_saved(programme, table, values, words):
    sid = add_session(programme, {"title": "Kept"})
    before = programme.get("sessions", sid)
    with pytest.raises(ValidationError, match=words):
        programme.update("sessions", sid, values)
    assert programme.get("sessions", sid) == before


def test_negative_quantities_and_unknown_levels_are_refused(programme):
    sid = add_session(programme)
    with pytest.raises(ValidationError, match="cannot be negative"):
        programme.insert("incentives", {"session_id": sid, "kind": "cash", "planned": -1})
    with pytest.raises(ValidationError, match="level of influence"):
        programme.update_programme({"influence_level": "dictate"})
    with pytest.raises(ValidationError, match="must contain \\{code\\}"):
        programme.update_programme({"feedback_url_template": "https://x.example/feedback"})
    assert programme.db["incentives"].count == 0


def test_delete_and_restore_bring_back_everything(programme):
    sid = add_session(programme, {"title": "To delete"})
    programme.insert("access_requests", {"session_id": sid, "adjustment": "Quiet room"})
    before = {t: programme.db[t].count for t in programme.table_names()}
    snapshot = programme.delete("sessions", sid)
    assert programme.db["reach"].count == 0 and programme.db["access_requests"].count == 0
    programme.restore(snapshot)
    assert {t: programme.db[t].count for t in programme.table_names()} == before


def test_duplicate_copies_the_plan_not_the_day(demo):
    original = demo.rows("sessions", order_by="starts_at")[0]
    copy_id = duplicate_session(demo, original["id"])
    copy = demo.get("sessions", copy_id)
    assert copy["title"].endswith("(copy)") and copy["attended"] == 0
    assert len(session_rows(demo, "access_provisions", copy_id)) == len(
        session_rows(demo, "access_provisions", original["id"])
    )
    assert all(r["reached"] == 0 for r in session_rows(demo, "reach", copy_id))


def test_changes_are_announced_after_commit(programme):
    heard = []
    programme.subscribe(heard.append)
    with programme.transaction():
        sid = programme.insert("sessions", {"title": "A"})
        programme.update("sessions", sid, {"title": "B"})
        assert heard == []  # nothing is announced before the commit
    assert [(c.table, c.kind) for c in heard[0]] == [("sessions", "insert"), ("sessions", "update")]


def _bytes(path):
    return path.read_bytes()


def test_a_file_that_is_not_a_programme_is_left_untouched(tmp_path):
    path = tmp_path / "notes.workshop"
    path.write_text("shopping list: milk, bread")
    before = _bytes(path)
    with pytest.raises(ProgrammeFileError, match="not a Workshop programme file"):
        Programme.open(path)
    assert _bytes(path) == before


def test_another_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(ProgrammeFileError, match="database, but not a Workshop"):
        Programme.open(path)
    assert _bytes(path) == before


def test_a_truncated_file_is_refused_untouched(demo_path, tmp_path):
    half = tmp_path / "half.workshop"
    data = _bytes(demo_path)
    half.write_bytes(data[: len(data) // 2])
    before = _bytes(half)
    with pytest.raises(ProgrammeFileError, match="damaged or only partly copied"):
        Programme.open(half)
    assert _bytes(half) == before


def test_a_file_from_a_newer_version_is_refused_untouched(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('workshop', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = _bytes(demo_path)
    with pytest.raises(ProgrammeFileError, match="newer version of Workshop"):
        Programme.open(demo_path)
    assert _bytes(demo_path) == before


def test_read_only_programme_refuses_writes(demo_path):
    with Programme.open(demo_path, read_only=True) as p:
        sid = p.rows("sessions")[0]["id"]
        with pytest.raises(ValidationError, match="read-only"):
            p.update("sessions", sid, {"title": "changed"})


def test_save_copy_writes_a_whole_programme(demo, tmp_path):
    copy = tmp_path / "copy.workshop"
    demo.save_copy(copy)
    with Programme.open(copy) as p:
        assert p.db["sessions"].count == demo.db["sessions"].count
    with pytest.raises(ProgrammeFileError, match="already exists"):
        demo.save_copy(copy)


def test_deleting_a_parent_keeps_rows_that_only_lose_their_link(programme):
    sid = add_session(programme)
    incentive = programme.insert("incentives", {"session_id": sid, "kind": "voucher"})
    person = programme.insert(
        "participants", {"session_id": sid, "code": "P-001", "incentive_id": incentive}
    )
    snapshot = programme.delete("incentives", incentive)
    assert [t for t, _ in snapshot.rows] == ["incentives"]
    assert programme.get("participants", person)["incentive_id"] is None
    programme.restore(snapshot)
    assert programme.get("participants", person)["incentive_id"] == incentive
