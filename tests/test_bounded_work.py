"""Work that must not grow with the size of a programme (issue 18), counted, never timed:
the schema is read once per import or merge, not once per row; the JSON record is
written a row at a time, so memory stays flat; and its layout is what it always was."""

import json
import tracemalloc

import pytest

from workshop.core import agenda, boards, merge
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.record import export_record, record_document, record_json

SCHEMA_READS = ("table_info", "table_xinfo", "foreign_key_list", "index_list", "sqlite_master")


def programme_with_notes(path, notes: int) -> Programme:
    programme = Programme.create(path, "Library evenings")
    with programme.transaction():
        session_id = add_session(programme, {"title": "Library evening"})
        exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
        columns = boards.columns(programme, exercise_id)
        for n in range(notes):
            boards.add_note(programme, columns[n % len(columns)]["id"], f"Nobody to ring {n}")
    return programme


def schema_reads_during(programme: Programme, action) -> int:
    statements: list[str] = []
    programme.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        programme.db.conn.set_trace_callback(None)
    return sum(any(word in s for word in SCHEMA_READS) for s in statements)


@pytest.mark.parametrize("notes", [40, 400])
def test_writing_many_notes_reads_the_schema_at_most_once(tmp_path, notes):
    with programme_with_notes(tmp_path / "ours.workshop", 4) as programme:
        exercise_id = programme.rows("exercises")[0]["id"]
        column_id = boards.columns(programme, exercise_id)[0]["id"]

        def add_notes():
            with programme.transaction():
                for n in range(notes):
                    boards.add_note(programme, column_id, f"Fair waiting list {n}")

        assert schema_reads_during(programme, add_notes) == 0  # known since the file opened
        assert len(boards.notes(programme, exercise_id)) == 4 + notes


def test_merge_reads_the_schema_the_same_number_of_times_for_10_or_100_times_the_rows(
    tmp_path,
):
    reads = []
    for notes in (30, 300):
        theirs = tmp_path / f"theirs{notes}.workshop"
        programme_with_notes(theirs, notes).close()
        with Programme.create(tmp_path / f"ours{notes}.workshop") as ours:
            reads.append(
                schema_reads_during(
                    ours, lambda o=ours, t=theirs: merge.merge(o, t, confirm_different=True)
                )
            )
            assert len(ours.rows("board_notes")) == notes
    # A fixed number of reads (a few per table, to find personal columns): ten times the
    # rows, the same number, where it was once several per row.
    assert reads[0] == reads[1]


def test_the_json_record_keeps_its_layout(demo_path):
    with Programme.open(demo_path, read_only=True) as programme:
        whole = json.dumps(record_document(programme), ensure_ascii=False, indent=1) + "\n"
        assert record_json(programme) == whole


def test_writing_the_json_record_holds_far_less_than_the_file_in_memory(tmp_path):
    source = tmp_path / "big.workshop"
    programme_with_notes(source, 3000).close()
    out = tmp_path / "record.json"
    export_record(source, out)  # once, so that first-use allocations are not counted
    tracemalloc.start()
    try:
        export_record(source, out)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = out.stat().st_size
    assert size > 1_000_000
    assert peak < size / 2  # the whole document in memory was several times the file
    assert len(json.loads(out.read_text("utf-8"))["board_notes"]) == 3000
