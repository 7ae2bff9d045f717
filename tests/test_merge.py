"""Two facilitators, two laptops, one programme: merging brings the other laptop's work in
without losing or deleting anything, and a second merge changes nothing."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from workshop.cli import main
from workshop.core import backups, boards, clock, merge
from workshop.core.sessions import add_session
from workshop.core.store import Programme


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing two states of a file."""
    with Programme.open(path, read_only=True) as p:
        return {t: sorted(tuple(r.items()) for r in p.rows(t)) for t in p.table_names()}


def _differences(one: Path, other: Path) -> list[tuple]:
    """(table, id, field, one's value, other's value) for every value that differs."""
    first, second = _dump(one), _dump(other)
    out = []
    for table in first:
        a = {dict(r)["id"]: dict(r) for r in first[table]}
        b = {dict(r)["id"]: dict(r) for r in second.get(table, [])}
        for row_id in a.keys() | b.keys():
            ra, rb = a.get(row_id, {}), b.get(row_id, {})
            out += [
                (table, row_id, k, ra.get(k), rb.get(k)) for k in ra | rb if ra.get(k) != rb.get(k)
            ]
    return out


def _laptops(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(demo_path, laptop_b)
    return demo_path, laptop_b


def _a_board_column(p: Programme) -> str:
    return p.rows("board_columns", order_by="rowid")[0]["id"]


def test_merge_brings_in_the_other_laptops_sessions_and_notes(demo_path, tmp_path, capsys):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_b) as b:
        new_session = add_session(
            b, {"title": "Mosque hall evening", "starts_at": "2027-02-03T18:00"}
        )
        column = _a_board_column(b)
        note = boards.add_note(b, column, "Who checks the computer's answer?")
    before_a = _dump(laptop_a)

    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    out = capsys.readouterr().out
    assert "added 1 to sessions" in out and "added 1 to sticky notes" in out
    assert "A backup from just before the merge" in out
    (backup,) = backups.list_backups(laptop_a)
    assert backup.reason == "merge" and str(backup.path) in out

    after = _dump(laptop_a)
    with Programme.open(laptop_a, read_only=True) as a:
        assert a.get("sessions", new_session)["title"] == "Mosque hall evening"
        assert len(a.rows("reach", "session_id = ?", [new_session])) == 8
        assert a.get("board_notes", note)["text"] == "Who checks the computer's answer?"
    # Nothing that was there before was lost.
    for table, rows in before_a.items():
        assert set(rows) <= set(after[table]), table

    # Merging again changes nothing.
    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    assert "Nothing new" in capsys.readouterr().out
    assert _dump(laptop_a) == after


def test_a_row_changed_on_both_laptops_keeps_the_newer_change_and_is_reported(
    demo_path, tmp_path, capsys, fake_clock
):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_a) as a:
        first, second = [s["id"] for s in a.rows("sessions", order_by="starts_at")[:2]]
        a.update("sessions", first, {"venue_name": "Central Library, room 2"})
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_b) as b:
        b.update("sessions", first, {"venue_name": "Central Library, main hall"})  # newer
        b.update("sessions", second, {"attended": 31})
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("sessions", second, {"attended": 29})  # newer than B's 31

    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    out = capsys.readouterr().out
    assert "2 items differed between the two files" in out
    assert "took the change from laptop-b.workshop" in out
    assert "venue name: now 'Central Library, main hall' (was 'Central Library, room 2')" in out
    assert "kept this file's" in out
    assert "attended: still 29 (laptop-b.workshop had 31)" in out
    with Programme.open(laptop_a, read_only=True) as a:
        assert a.get("sessions", first)["venue_name"] == "Central Library, main hall"
        assert a.get("sessions", second)["attended"] == 29


def test_a_deletion_travels_unless_the_other_laptop_changed_the_row_later(
    demo_path, tmp_path, capsys, fake_clock
):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_a, read_only=True) as a:
        doomed, edited = [s["id"] for s in a.rows("sessions", order_by="starts_at")[:2]]
    with Programme.open(laptop_b) as b:
        b.delete("sessions", doomed)
        b.delete("sessions", edited)
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("sessions", edited, {"venue_name": "The Old Library"})  # after B deleted it
        sessions_before = a.db["sessions"].count

    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    out = capsys.readouterr().out
    assert "deleted 1 from sessions" in out
    assert "was deleted on the other laptop but changed later in this file, so it was kept" in out
    with Programme.open(laptop_a, read_only=True) as a:
        assert a.get("sessions", doomed) is None
        assert a.rows("reach", "session_id = ?", [doomed]) == []  # went with its session
        assert a.get("sessions", edited)["venue_name"] == "The Old Library"
        assert a.db["sessions"].count == sessions_before - 1
    # The other way round: B gets the kept session back, and the deleted one stays gone.
    assert main(["merge", str(laptop_b), str(laptop_a)]) == 0
    assert "was deleted on this laptop but changed later in" in capsys.readouterr().out
    assert _dump(laptop_a) == _dump(laptop_b)


def test_a_different_programme_is_refused_unless_confirmed(demo_path, tmp_path, capsys):
    other = tmp_path / "other.workshop"
    assert main(["new", str(other), "--title", "Libraries consultation"]) == 0
    with Programme.open(other) as o:
        add_session(o, {"title": "Library users' forum"})
    before = _dump(demo_path)
    capsys.readouterr()

    assert main(["merge", str(demo_path), str(other)]) == 2
    err = capsys.readouterr().err
    assert "different programme" in err and "--yes" in err
    assert _dump(demo_path) == before

    assert main(["merge", str(demo_path), str(other), "--yes"]) == 0
    with Programme.open(demo_path, read_only=True) as a:
        titles = {s["title"] for s in a.rows("sessions")}
        assert "Library users' forum" in titles
        assert a.programme()["title"] == before_title(before)  # ours is kept


def before_title(dump: dict[str, list[tuple]]) -> str:
    return dict(dump["programme"][0])["title"]


def test_merge_refuses_a_damaged_file_and_changes_nothing(demo_path, tmp_path, capsys):
    broken = tmp_path / "half-copied.workshop"
    broken.write_bytes(demo_path.read_bytes()[:8192])
    before = demo_path.read_bytes()
    assert main(["merge", str(demo_path), str(broken)]) == 2
    assert "damaged or only partly copied" in capsys.readouterr().err
    assert main(["merge", str(demo_path), str(demo_path)]) == 2
    assert "same file" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_merge_order_puts_every_table_after_those_it_points_to(demo):
    order = merge.tables_in_merge_order(demo)
    assert set(order) == set(demo.table_names())
    for table in order:
        for fk in demo.db[table].foreign_keys:
            if fk.other_table != table:
                assert order.index(fk.other_table) < order.index(table), (table, fk.other_table)


def test_a_note_in_a_theme_made_on_the_other_laptop_comes_in_with_its_theme(demo_path, tmp_path):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_b) as b:
        column = b.get("board_columns", _a_board_column(b))
        cluster = b.insert(
            "board_clusters", {"exercise_id": column["exercise_id"], "title": "Trust"}
        )
        note = boards.add_note(b, column["id"], "I'd want a person to look", cluster_id=cluster)
    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    with Programme.open(laptop_a, read_only=True) as a:
        assert a.get("board_notes", note)["cluster_id"] == cluster
        assert main(["check", str(laptop_a)]) == 0


def test_a_row_the_rules_refuse_stops_the_whole_merge(demo_path, tmp_path, capsys):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_b) as b:
        add_session(b, {"title": "Fine session"})
        # Written around the core, as a broken older tool might have.
        b.db.execute(
            "INSERT INTO sessions (id, title, status, created_at, updated_at) "
            "VALUES ('bad', 'Broken', 'exploded', '2026-01-01', '2026-01-01')"
        )
    before = _dump(laptop_a)
    assert main(["merge", str(laptop_a), str(laptop_b)]) == 2
    assert "Nothing was merged" in capsys.readouterr().err
    assert _dump(laptop_a) == before


def test_a_file_from_an_older_version_merges_its_tables_in_common(demo_path, tmp_path, capsys):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_b) as b:
        new_session = add_session(b, {"title": "Saved by last month's Workshop"})
        # As if laptop B still ran the version before the purge log existed.
        b.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_reliability'")
        b.db.execute("DROP TABLE purge_log")
    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    with Programme.open(laptop_a, read_only=True) as a:
        assert a.get("sessions", new_session) is not None
    with Programme.open(laptop_b, read_only=True) as b:  # the other file is only read
        assert "purge_log" not in b.table_names()


def test_rows_that_differ_only_in_when_they_were_made_are_not_reported(tmp_path, capsys):
    # Two demo files made separately share the built-in deck's cards (same ids), made at
    # different moments: nothing to merge there, and nothing to report.
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    assert main(["demo", str(a)]) == 0 and main(["demo", str(b)]) == 0
    capsys.readouterr()
    assert main(["merge", str(a), str(b), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "created at" not in out and "scenario cards" not in out


def test_the_same_feedback_imported_on_both_laptops_merges_as_one(demo_path, tmp_path, capsys):
    """Both facilitators import the same online-form CSV; one raises a point from an
    answer. Merging keeps one copy of each answer and the point follows ours."""
    from workshop.core import points

    with Programme.open(demo_path) as p:
        codes = [r["code"] for r in p.rows("feedback_cards", order_by="rowid")][:3]
    csv = tmp_path / "form.csv"
    csv.write_text("Card,What do you think?\n" + "".join(f"{c},answer {c}\n" for c in codes))
    theirs = tmp_path / "laptop-b.workshop"
    shutil.copyfile(demo_path, theirs)
    assert main(["import-feedback", str(demo_path), str(csv)]) == 0
    assert main(["import-feedback", str(theirs), str(csv)]) == 0
    with Programme.open(theirs) as p:
        response = p.rows("feedback_responses", "text LIKE ?", [f"%{codes[0]}%"])[0]["id"]
        point = points.raise_point(p, [("feedback_responses", response)], "Answers from the form")
    with Programme.open(demo_path) as p:
        before = p.db["feedback_responses"].count
        report = merge.merge(p, theirs)
        assert p.db["feedback_responses"].count == before
        assert report.already_here["feedback_responses"] == 3
        source = p.rows("point_sources", "point_id = ?", [point])[0]
        assert p.get("feedback_responses", source["source_id"]) is not None
        again = merge.merge(p, theirs)
        assert not again.changed, again.lines()


def _note_on(path: Path, note: str) -> dict:
    with Programme.open(path, read_only=True) as p:
        return p.get("board_notes", note)


def test_three_laptops_keep_each_persons_field_and_honour_a_deletion(
    demo_path, tmp_path, capsys, fake_clock
):
    """Three facilitators, one programme, merged through the command line: edits to
    different fields of one note are both kept, a field edited twice keeps the later edit,
    a deletion reaches every laptop, and everyone ends with the same file."""
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    laptop_c = tmp_path / "laptop-c.workshop"
    shutil.copy(demo_path, laptop_c)
    with Programme.open(laptop_a, read_only=True) as a:
        first, second, doomed = [n["id"] for n in a.rows("board_notes", order_by="rowid")[:3]]
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("board_notes", first, {"text": "Who checks the answer?"})
        a.update("board_notes", second, {"table_label": "Table 1"})
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_b) as b:
        b.update("board_notes", first, {"x": 480.0})  # another field of the same note
        b.update("board_notes", second, {"table_label": "Table 2"})  # later: wins
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_c) as c:
        c.delete("board_notes", doomed)

    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    out = capsys.readouterr().out
    assert "table label: now 'Table 2' (was 'Table 1')" in out
    assert "x: now 480.0" in out and "text: still 'Who checks the answer?'" in out
    assert main(["merge", str(laptop_a), str(laptop_c)]) == 0
    assert "deleted 1 from sticky notes" in capsys.readouterr().out
    for laptop in (laptop_b, laptop_c):
        assert main(["merge", str(laptop), str(laptop_a)]) == 0
    capsys.readouterr()
    for laptop in (laptop_a, laptop_b, laptop_c):
        note = _note_on(laptop, first)
        assert (note["text"], note["x"]) == ("Who checks the answer?", 480.0)
        assert _note_on(laptop, second)["table_label"] == "Table 2"
        assert _note_on(laptop, doomed) is None
    assert _differences(laptop_a, laptop_b) == _differences(laptop_a, laptop_c) == []


def test_a_laptop_whose_clock_is_years_ahead_wins_only_until_its_changes_are_seen(
    demo_path, tmp_path, capsys, fake_clock
):
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    with Programme.open(laptop_a, read_only=True) as a:
        note = a.rows("board_notes", order_by="rowid")[0]["id"]
    real = fake_clock.now
    fake_clock.now = real.replace(year=real.year + 5)  # B's clock is five years out
    with Programme.open(laptop_b) as b:
        b.update("board_notes", note, {"text": "From the laptop in the future"})
    clock.new_laptop()  # laptop A has never seen B's stamps
    fake_clock.now = real + timedelta(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("board_notes", note, {"text": "Made before the merge"})
    assert main(["merge", str(laptop_a), str(laptop_b)]) == 0
    out = capsys.readouterr().out
    assert "seems to have its clock 18" in out and "days ahead" in out  # ~1826 days
    assert _note_on(laptop_a, note)["text"] == "From the laptop in the future"
    # Any change made after the merge counts as later, though the wall clock is not.
    with Programme.open(laptop_a) as a:
        a.update("board_notes", note, {"text": "Corrected after the merge"})
    assert main(["merge", str(laptop_b), str(laptop_a)]) == 0
    assert _note_on(laptop_b, note)["text"] == "Corrected after the merge"


def test_an_edit_made_before_a_deletion_that_another_edit_undid_settles_on_a_second_round(
    demo_path, tmp_path, fake_clock
):
    """What the property tests' model calls uncertain, shown once: C edits a note, A then
    deletes it, B then edits it (so it is kept). Whether C's earlier edit survives depends
    on whether C's file met A's deletion first; after one more round all agree."""
    laptop_a, laptop_b = _laptops(demo_path, tmp_path)
    laptop_c = tmp_path / "laptop-c.workshop"
    shutil.copy(demo_path, laptop_c)
    with Programme.open(laptop_a, read_only=True) as a:
        note = a.rows("board_notes", order_by="rowid")[0]["id"]
    with Programme.open(laptop_c) as c:
        c.update("board_notes", note, {"table_label": "C's table"})
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.delete("board_notes", note)
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_b) as b:
        b.update("board_notes", note, {"text": "Edited after the deletion"})
    one, other = tmp_path / "one.workshop", tmp_path / "other.workshop"
    shutil.copy(laptop_a, one)  # (A + C) + B: C's edit meets the deletion first
    shutil.copy(laptop_b, other)  # (B + C) + A: C's edit is already in B's note
    with Programme.open(one) as p:
        merge.merge(p, laptop_c)
        merge.merge(p, laptop_b)
    with Programme.open(other) as p:
        merge.merge(p, laptop_c)
        merge.merge(p, laptop_a)
    assert _note_on(one, note)["text"] == _note_on(other, note)["text"]
    assert _note_on(one, note)["table_label"] != _note_on(other, note)["table_label"]
    with Programme.open(one) as p:
        merge.merge(p, other)
    with Programme.open(other) as p:
        merge.merge(p, one)
    assert _note_on(one, note)["table_label"] == _note_on(other, note)["table_label"]
    assert _note_on(one, note)["table_label"] == "C's table"
    assert _dump(one) == _dump(other)
