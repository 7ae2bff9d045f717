"""The whole record as data: export, import into a new or empty file, export again gives
the same JSON; a bad document is refused naming the place, and changes nothing."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.cli import main as cli
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.record import (
    FORMAT,
    FORMAT_VERSION,
    RecordError,
    export_record,
    import_record,
    record_json,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("record") / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
    return path


@pytest.fixture(scope="module")
def demo_json(demo_file, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("json") / "demo.json"
    export_record(demo_file, out)
    return out.read_text(encoding="utf-8")


def _write(tmp_path, document, name="in.json"):
    path = tmp_path / name
    # \u escapes, so that a lone surrogate (which UTF-8 cannot hold) reaches the reader.
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_export_import_export_gives_the_same_json(demo_file, demo_json, tmp_path):
    document = json.loads(demo_json)
    assert document["format"] == FORMAT and document["version"] == FORMAT_VERSION
    with Programme.open(demo_file, read_only=True) as programme:
        tables = programme.table_names()
    assert set(tables) <= set(document), "every table of the file is in the record"
    assert len(document["sessions"]) == 5 and document["board_notes"]
    target = tmp_path / "copy.workshop"
    counts = import_record(target, _write(tmp_path, document))
    assert counts["sessions"] == 5
    with Programme.open(target, read_only=True) as copy:
        assert record_json(copy) == demo_json
        assert (
            copy.get("sessions", document["sessions"][0]["id"])["title"]
            == (document["sessions"][0]["title"])
        )


def test_import_into_an_empty_programme(demo_json, tmp_path):
    target = tmp_path / "empty.workshop"
    Programme.create(target, "Made with workshop new").close()
    import_record(target, _write(tmp_path, json.loads(demo_json)))
    with Programme.open(target, read_only=True) as copy:
        assert record_json(copy) == demo_json


def test_zip_holds_the_json_a_csv_per_table_and_board_pictures(demo_file, demo_json, tmp_path):
    out = tmp_path / "record.zip"
    export_record(demo_file, out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert archive.read("record.json").decode("utf-8") == demo_json
        document = json.loads(demo_json)
        tables = [k for k in document if k not in ("format", "version", "migrations")]
        for table in tables:
            assert f"tables/{table}.csv" in names
        sessions = list(
            csv.DictReader(io.StringIO(archive.read("tables/sessions.csv").decode("utf-8-sig")))
        )
        assert {s["title"] for s in sessions} == {s["title"] for s in document["sessions"]}
        pictures = [n for n in names if n.startswith("boards/")]
        assert pictures and all(archive.read(n).startswith(b"\x89PNG") for n in pictures)
    # The zip imports too (its record.json is read).
    import_record(tmp_path / "from-zip.workshop", out)


def test_a_table_added_later_is_exported_and_imported(tmp_path):
    source = tmp_path / "later.workshop"
    with Programme.create(source, "Later") as programme:
        programme.db.execute(
            "CREATE TABLE future_things (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, words TEXT NOT NULL DEFAULT '')"
        )
        programme.insert("future_things", {"words": "Dw i'n hoffi hyn"})
        text = record_json(programme)
    document = json.loads(text)
    assert document["future_things"][0]["words"] == "Dw i'n hoffi hyn"
    target = tmp_path / "target.workshop"
    with Programme.create(target) as programme:
        programme.db.execute(
            "CREATE TABLE future_things (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, words TEXT NOT NULL DEFAULT '')"
        )
    import_record(target, _write(tmp_path, document))
    with Programme.open(target, read_only=True) as programme:
        assert record_json(programme) == text


def _broken(document, change):
    document = json.loads(json.dumps(document))
    change(document)
    return document


def _set(path, value):
    def change(document):
        table, index, field = path
        document[table][index][field] = value

    return change


def _delete(table, index, field):
    def change(document):
        del document[table][index][field]

    return change


BROKEN = [
    (lambda d: d.update(version=2), "version: is 2"),
    (lambda d: d.update(format="something-else"), "format:"),
    (_delete("sessions", 3, "starts_at"), "sessions[3].starts_at: is missing"),
    (_set(("sessions", 3, "starts_at"), 2027), "sessions[3].starts_at: should be text"),
    (_set(("sessions", 2, "attended"), "many"), "sessions[2].attended: should be a whole number"),
    (
        _set(("board_notes", 4, "column_id"), "no-such-column"),
        "board_notes[4].column_id: points to board_columns no-such-column",
    ),
    (_set(("reach", 0, "session_id"), "gone"), "reach[0].session_id: points to sessions gone"),
    (_set(("sessions", 1, "colour"), "red"), "sessions[1].colour: is not a field of sessions"),
    (lambda d: d["sessions"].append(dict(d["sessions"][0])), "sessions[5].id: repeats the id"),
    (lambda d: d.update(mystery=[]), "mystery: is not a table"),
    (_set(("sessions", 0, "starts_at"), "next Tuesday"), "sessions[0]: The start 'next Tuesday'"),
    (_set(("sessions", 0, "attended"), 2**70), "sessions[0].attended: should be a whole number"),
    (_set(("board_notes", 0, "x"), float("nan")), "board_notes[0].x: should be a number"),
    (_set(("sessions", 0, "title"), "\ud800"), "sessions[0].title: should be text"),
    (_set(("sessions", 0, "attended"), True), "sessions[0].attended: should be a whole number"),
]


@pytest.mark.parametrize(("change", "message"), BROKEN)
def test_a_bad_document_is_refused_naming_the_place(demo_json, tmp_path, change, message):
    document = _broken(json.loads(demo_json), change)
    path = _write(tmp_path, document)
    new_target = tmp_path / "new.workshop"
    with pytest.raises(RecordError) as refused:
        import_record(new_target, path)
    assert message in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    assert not new_target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.json"]
    empty = tmp_path / "empty.workshop"
    Programme.create(empty, "Keep me").close()
    with Programme.open(empty, read_only=True) as programme:
        before = record_json(programme)
    with pytest.raises(RecordError):
        import_record(empty, path)
    with Programme.open(empty, read_only=True) as programme:
        assert record_json(programme) == before


def test_a_programme_with_expectations_but_no_sessions_is_not_empty(demo_json, tmp_path):
    target = tmp_path / "started.workshop"
    with Programme.create(target, "Started") as programme:
        programme.update_programme({"can_change": "Which information is used."})
    with pytest.raises(RecordError, match="already holds a programme"):
        import_record(target, _write(tmp_path, json.loads(demo_json)))


def test_a_file_with_a_programme_in_it_is_not_overwritten(demo_file, demo_json, tmp_path):
    with Programme.open(demo_file, read_only=True) as programme:
        before = record_json(programme)
    with pytest.raises(RecordError, match="already holds a programme"):
        import_record(demo_file, _write(tmp_path, json.loads(demo_json)))
    with Programme.open(demo_file, read_only=True) as programme:
        assert record_json(programme) == before


def test_not_json_at_all_is_refused(tmp_path):
    path = tmp_path / "in.json"
    path.write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(RecordError, match="not valid JSON"):
        import_record(tmp_path / "x.workshop", path)


def test_commands(demo_file, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert cli(["export", str(demo_file), "-o", str(out)]) == 0
    assert cli(["import", str(tmp_path / "copy.workshop"), str(out)]) == 0
    assert cli(["import", str(demo_file), str(out)]) == 2
    assert cli(["export", str(demo_file), "-o", str(tmp_path / "out.txt")]) == 2
    bad = _write(tmp_path, {"format": FORMAT, "version": 9}, "bad.json")
    assert cli(["import", str(tmp_path / "never.workshop"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "version: is 9" in err
    assert not (tmp_path / "never.workshop").exists()


@settings(
    max_examples=15,
    deadline=None,  # each example writes, exports and imports real files: disk time
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    title=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
        str.strip
    ),
    words=st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), max_size=4),
)
def test_any_text_survives_the_round_trip(tmp_path_factory, title, words):
    folder = tmp_path_factory.mktemp("any")
    with Programme.create(folder / "a.workshop", "Round trip") as programme:
        session = add_session(programme, {"title": title.strip()})
        for text in words:
            programme.insert(
                "access_requests",
                {"session_id": session, "adjustment": text if text.strip() else "x"},
            )
        first = record_json(programme)
    (folder / "a.json").write_text(first, encoding="utf-8")
    import_record(folder / "b.workshop", folder / "a.json")
    with Programme.open(folder / "b.workshop", read_only=True) as copy:
        assert record_json(copy) == first
