"""A facilitator's board, without the screen: columns, notes, themes, dots and flags."""

import pytest

from workshop.core import agenda, boards
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session
from workshop.core.store import Programme


@pytest.fixture
def board(programme):
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(
        programme, session_id, "board", "Hopes and fears", 30, template="hopes_fears"
    )
    return exercise_id


def test_template_gives_named_columns(programme, board):
    cols = boards.columns(programme, board)
    assert [c["title"] for c in cols] == ["Hopes", "Fears"]
    assert [c["colour"] for c in cols] == ["green", "pink"]


def test_typed_notes_fill_the_grid_and_survive_reopening(programme, programme_path, board):
    hopes = boards.columns(programme, board)[0]["id"]
    ids = [boards.add_note(programme, hopes, f"Hope {i}") for i in range(5)]
    rows = {r["id"]: r for r in boards.notes(programme, board)}
    places = {(rows[i]["x"], rows[i]["y"]) for i in ids}
    assert len(places) == 5  # no two notes on top of each other
    programme.close()
    with Programme.open(programme_path) as again:
        assert [n["text"] for n in boards.notes(again, board)] == [f"Hope {i}" for i in range(5)]


def test_group_and_ungroup_keep_the_notes(programme, board):
    hopes = boards.columns(programme, board)[0]["id"]
    a = boards.add_note(programme, hopes, "Quicker")
    b = boards.add_note(programme, hopes, "Fairer")
    cluster = boards.group_notes(programme, board, [a, b], "Waiting list")
    assert {n["cluster_id"] for n in boards.notes(programme, board)} == {cluster}
    snapshot, members = boards.ungroup(programme, cluster)
    assert boards.clusters(programme, board) == []
    assert len(boards.notes(programme, board)) == 2
    boards.regroup(programme, snapshot, members)
    assert {n["cluster_id"] for n in boards.notes(programme, board)} == {cluster}


def test_dot_budget_for_the_room_is_kept(programme, board):
    programme.update("exercises", board, {"dot_budget": 2, "voters": 2})
    hopes = boards.columns(programme, board)[0]["id"]
    note = boards.add_note(programme, hopes, "Someone to talk to")
    programme.update("board_notes", note, {"votes": 4})
    with pytest.raises(ValidationError, match="All 4 dots"):
        programme.update("board_notes", note, {"votes": 5})
    programme.update("board_notes", note, {"votes": 3})  # taking dots off is always fine


def test_significant_needs_a_reason(programme, board):
    hopes = boards.columns(programme, board)[0]["id"]
    note = boards.add_note(programme, hopes, "Flagged twice for my surname")
    with pytest.raises(ValidationError, match="why"):
        programme.update("board_notes", note, {"significant": 1})
    programme.update("board_notes", note, {"significant": 1, "significant_reason": "Unfair"})
    assert boards.significant_items(programme, board)[0]["id"] == note


def test_participant_code_is_never_a_name(programme, board):
    hopes = boards.columns(programme, board)[0]["id"]
    with pytest.raises(ValidationError, match="participant code"):
        boards.add_note(programme, hopes, "A hope", participant_code="Mary Smith")
    boards.add_note(programme, hopes, "A hope", participant_code="P-017", table_label="Table 2")


def test_drop_moves_column_and_theme(programme, board):
    hopes, fears = (c["id"] for c in boards.columns(programme, board))
    a = boards.add_note(programme, hopes, "Quicker")
    b = boards.add_note(programme, fears, "No one to ring")
    boards.group_notes(programme, board, [b], "Nobody to talk to")
    lefts = boards.column_lefts(boards.columns(programme, board))
    bx, by = boards.note_scene_pos(programme.get("board_notes", b), lefts)
    changes = boards.dropped_changes(programme, board, {a: (bx + 10, by + 10)})
    assert changes[a]["column_id"] == fears
    assert changes[a]["cluster_id"] == programme.get("board_notes", b)["cluster_id"]


def test_search_across_the_programme(demo):
    hits = boards.search(demo, "computer")
    assert len(hits) >= 3
    assert {h.session_title for h in hits} > {"Evening conversation at Riverside Central Library"}


def test_demo_boards_have_themes_votes_and_a_flag(demo):
    boards_in_demo = demo.rows("exercises", "kind = 'board'")
    filled = [e for e in boards_in_demo if boards.notes(demo, e["id"])]
    assert len(filled) == 4
    assert demo.db["board_clusters"].count >= 5
    assert any(boards.significant_items(demo, e["id"]) for e in filled)
    for e in filled:
        allowed = boards.dots_allowed(e)
        assert not allowed or boards.dots_used(demo, e["id"]) <= allowed


def test_deleting_the_exercise_removes_the_board_and_undo_brings_it_back(programme, board):
    hopes = boards.columns(programme, board)[0]["id"]
    note = boards.add_note(programme, hopes, "Quicker")
    boards.group_notes(programme, board, [note], "Speed")
    snapshot = programme.delete("exercises", board)
    assert programme.db["board_notes"].count == 0
    programme.restore(snapshot)
    assert programme.get("board_notes", note)["cluster_id"]


def test_board_picture_for_print(demo):
    import io

    from PIL import Image

    from workshop.export.board_image import board_png

    exercise = demo.rows("exercises", "title LIKE 'Hopes and fears about%'")[0]
    png = board_png(demo, exercise["id"], dpi=150)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert round(image.info["dpi"][0]) == 150
    assert image.width > 1200  # the two columns at 150 dots per inch
