"""Rows written in bulk (import, merge, undo) keep their values as SQLite stores them:
plain values as they are, lists and dicts as JSON text (as sqlite-utils wrote them)."""

from workshop.core.store import Programme


def test_bulk_written_values_are_stored_as_before(tmp_path):
    path = tmp_path / "values.workshop"
    with Programme.create(path) as programme:
        stamp = "2026-12-02T10:00:00Z"
        programme.write_rows(
            "sessions",
            [
                {"id": "s1", "title": "Library evening", "created_at": stamp, "updated_at": stamp},
                {
                    "id": "s2",
                    "title": ["Library", "évening"],
                    "created_at": stamp,
                    "updated_at": stamp,
                },
                {"id": "s3", "title": {"say": "hello"}, "created_at": stamp, "updated_at": stamp},
            ],
        )
    with Programme.open(path) as again:
        titles = dict(again.conn.execute("SELECT id, title FROM sessions ORDER BY id"))
        kinds = dict(again.conn.execute("SELECT id, typeof(created_at) FROM sessions"))
    assert titles == {
        "s1": "Library evening",
        "s2": '["Library", "évening"]',
        "s3": '{"say": "hello"}',
    }
    assert set(kinds.values()) == {"text"}
