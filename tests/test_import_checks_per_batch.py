"""Import and merge check every row against its table's rule with the parents of a batch
read once, as a set (issue 18: two point look-ups a note grew faster than the rows), and a
new file's indexes are built once after the rows are in. Counted, never timed."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workshop.core import agenda, boards, table_rules
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.record import RecordError, export_record, import_record


def _board(programme: Programme, notes: int) -> str:
    session = add_session(programme, {"title": "Board night"})
    exercise = agenda.add_exercise(
        programme, session, "board", "Hopes and fears", 40, template="hopes_fears"
    )
    columns = boards.columns(programme, exercise)
    theme = programme.insert("board_clusters", {"exercise_id": exercise, "title": "Buses"})
    for n in range(notes):
        boards.add_note(
            programme,
            columns[n % len(columns)]["id"],
            f"note {n}",
            cluster_id=theme if n % 2 else None,
        )
    return exercise


def _selects_while_checking(programme: Programme, notes: list[dict]) -> list[str]:
    seen: list[str] = []
    programme.conn.set_trace_callback(seen.append)
    try:
        with programme.rows_held(programme.parent_ids("board_notes", notes)):
            for note in notes:
                table_rules.validate("board_notes", note, programme)
    finally:
        programme.conn.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize("count", [4, 40])
def test_checking_a_board_reads_its_parents_once_whatever_the_number_of_notes(tmp_path, count):
    with Programme.create(tmp_path / "p.workshop") as programme:
        exercise = _board(programme, count)
        notes = boards.notes(programme, exercise)
        selects = _selects_while_checking(programme, notes)
    # The board, its columns and its theme: one read each, not one or two a note.
    assert len(selects) == 3, selects
    assert not [sql for sql in selects if "WHERE id = ?" in sql]


def test_held_rows_answer_as_the_file_does_and_let_go_on_a_write(tmp_path):
    with Programme.create(tmp_path / "p.workshop") as programme:
        exercise = _board(programme, 6)
        notes = boards.notes(programme, exercise)
        column_id = notes[0]["column_id"]
        session_id = programme.get("exercises", exercise)["session_id"]
        with programme.rows_held(programme.parent_ids("board_notes", notes)):
            assert (
                programme.get("board_columns", column_id)
                == programme.rows("board_columns", "id = ?", [column_id])[0]
            )
            assert programme.get("board_columns", "no-such-column") is None
            # A row not held is read from the file.
            assert programme.get("sessions", session_id)["title"] == "Board night"
            # A row handed out is a copy: changing it changes nothing held.
            programme.get("board_columns", column_id)["title"] = "Changed in hand"
            assert programme.get("board_columns", column_id)["title"] != "Changed in hand"
            programme.update("board_columns", column_id, {"title": "Renamed"})
            assert programme.get("board_columns", column_id)["title"] == "Renamed"
        # Outside the block every look-up goes to the file again.
        assert programme.get("board_columns", column_id)["title"] == "Renamed"


def test_a_note_on_another_boards_column_is_refused_on_import(tmp_path):
    source = tmp_path / "two.workshop"
    with Programme.create(source) as programme:
        first = _board(programme, 3)
        second = _board(programme, 3)
        elsewhere = boards.columns(programme, second)[0]["id"]
    record = tmp_path / "two.json"
    export_record(source, record)
    document = json.loads(record.read_text(encoding="utf-8"))
    index = next(i for i, n in enumerate(document["board_notes"]) if n["exercise_id"] == first)
    document["board_notes"][index]["column_id"] = elsewhere
    record.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "copy.workshop"
    with pytest.raises(RecordError) as refused:
        import_record(target, record)
    assert f"board_notes[{index}]" in str(refused.value)
    assert "That column is not on this board" in str(refused.value)
    assert not target.exists()


def test_an_imported_file_has_the_indexes_a_new_file_has(tmp_path):
    source = tmp_path / "source.workshop"
    with Programme.create(source) as programme:
        _board(programme, 12)
    record = tmp_path / "source.json"
    export_record(source, record)
    target = tmp_path / "copy.workshop"
    import_record(target, record)

    def indexes(path):
        with Programme.open(path, read_only=True) as programme:
            return sorted(
                programme.conn.execute(
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"
                ).fetchall()
            )

    assert indexes(target) == indexes(source)
    # Built with its journal in memory, it is a write-ahead-log file again once in place.
    with sqlite3.connect(target) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    plain.close()
    with Programme.open(target, read_only=True) as programme:
        assert programme.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plan = programme.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM board_notes WHERE column_id = ? ORDER BY x, y",
            ["c"],
        ).fetchall()
    assert "idx_board_notes_column" in " ".join(str(step) for step in plan)


def test_a_rule_checked_with_held_rows_still_refuses(tmp_path):
    with Programme.create(tmp_path / "p.workshop") as programme:
        exercise = _board(programme, 2)
        notes = boards.notes(programme, exercise)
        wrong = {**notes[0], "column_id": "no-such-column"}
        with (
            programme.rows_held(programme.parent_ids("board_notes", [wrong])),
            pytest.raises(ValidationError, match="not on this board"),
        ):
            table_rules.validate("board_notes", wrong, programme)
