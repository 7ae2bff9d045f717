"""The one place that knows the programme file's tables: what it reads from a real file
must match what SQLite itself says, and come back in the order the record and merge need."""

from __future__ import annotations

import sqlite3

import pytest

from workshop.core import schema_map
from workshop.core.schema import migration_names
from workshop.core.schema_map import ForeignKey, unquote_default


def test_every_table_comes_after_the_tables_it_points_to(programme):
    tables = programme.schema.tables
    assert set(tables) == set(programme.table_names())
    assert tables.index("sessions") < tables.index("exercises") < tables.index("board_notes")
    for table in tables:
        for link in programme.schema.links_from(table):
            assert tables.index(link.parent) < tables.index(table), (table, link.parent)
    # Within a generation, A to Z (the record document's documented order).
    first = [t for t in tables if programme.schema.depth[t] == 0]
    assert first == sorted(first) and "programme" in first and "sessions" in first


def test_every_foreign_key_in_the_file_is_in_the_map(programme):
    conn = programme.db.conn
    in_file = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f"PRAGMA foreign_key_list([{table}])"):
            in_file.add(ForeignKey(table, row[3], row[2], row[4] or "id", row[6].upper()))
    mapped = {link for table in programme.schema.tables for link in programme.schema.links[table]}
    assert mapped == in_file
    # What undo of a delete follows: a session's agenda goes with it, a gift only unlinks.
    to_sessions = programme.schema.links_to("sessions")
    assert ForeignKey("exercises", "session_id", "sessions", "id", "CASCADE") in to_sessions
    assert programme.schema.links_to("incentives") == [
        ForeignKey("participants", "incentive_id", "incentives", "id", "SET NULL")
    ]


def test_defaults_come_back_as_values_not_sql(programme):
    schema = programme.schema
    assert schema.defaults("programme")["influence_level"] == "consult"
    assert schema.defaults("programme")["title"] == ""
    assert schema.defaults("sessions")["format"] == "in_person"
    assert schema.defaults("sessions")["attended"] == 0
    assert schema.defaults("cards")["key_terms"] == "[]"
    assert schema.defaults("feedback_responses")["answers_json"] == "{}"
    # NOT NULL without a default is not given one.
    assert "created_at" not in schema.defaults("sessions")
    assert programme.with_defaults("sessions", {"title": "Library"})["status"] == "planned"


@pytest.mark.parametrize(
    "sql, value",
    [
        ("'consult'", "consult"),
        ("''", ""),
        ("'it''s'", "it's"),
        ("0", 0),
        ("-3", -3),
        ("1.5", 1.5),
        ("NULL", None),
        ("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"),
    ],
)
def test_a_default_is_unquoted_once(sql, value):
    assert unquote_default(sql) == value


def test_unique_keys_name_the_columns_that_make_two_rows_one_item(programme):
    keys = programme.schema.unique_keys
    assert set(keys["feedback_cards"]) == {("code",), ("session_id", "serial")}
    assert keys["feedback_responses"] == (("dedupe_key",),)
    assert keys["sessions"] == ()  # the id alone


def test_the_map_is_read_once_and_again_after_a_table_is_added(programme):
    first = programme.schema
    assert programme.schema is first
    programme.db.execute(
        "CREATE TABLE callbacks (id TEXT PRIMARY KEY, "
        "session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, "
        "topic TEXT NOT NULL DEFAULT 'housing', created_at TEXT NOT NULL, "
        "updated_at TEXT NOT NULL)"
    )
    later = programme.schema
    assert later is not first and "callbacks" in later.tables
    assert later.tables.index("sessions") < later.tables.index("callbacks")
    assert later.defaults("callbacks") == {"topic": "housing"}


def test_migrations_the_file_has_had(programme, tmp_path):
    assert schema_map.applied_migrations(programme.db.conn) == migration_names()
    conn = sqlite3.connect(tmp_path / "plain.db")
    try:
        assert schema_map.applied_migrations(conn) is None  # no log at all
    finally:
        conn.close()
