"""Boards: columns of sticky notes, themes (clusters), dot votes and significance flags.

Qt-free. Every function here writes through the `Programme` so each call is one
committed, validated, announced change; the board screen listens for those changes and
the undo commands call these functions with old and new values.

Geometry is shared with the screen and the PNG export: a note's `x` is measured from
the left edge of its column (so reordering columns needs no note to move), `y` from the
top of the board.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workshop.core import languages
from workshop.core.errors import Label, ValidationError
from workshop.core.validation import require_choice, require_text
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme, Snapshot

# ----- geometry (board units; the screen shows 1 unit as 1 pixel at 100%) -------------

NOTE_W = 180.0
NOTE_H = 112.0
GAP = 16.0
NOTES_PER_ROW = 2
LANE_W = NOTES_PER_ROW * NOTE_W + (NOTES_PER_ROW + 1) * GAP
LANE_GAP = 24.0
HEADER_H = 72.0
CLUSTER_PAD = 14.0
CLUSTER_TITLE_H = 34.0


def lane_left(index: int) -> float:
    return index * (LANE_W + LANE_GAP)


def lane_index_at(scene_x: float, lane_count: int) -> int:
    """The column a point at `scene_x` falls in (the nearest one when outside all)."""
    if lane_count <= 0:
        return 0
    index = int((scene_x + LANE_GAP / 2) // (LANE_W + LANE_GAP))
    return max(0, min(lane_count - 1, index))


def grid_slot(index: int) -> tuple[float, float]:
    """Where the index-th note of a column goes when typed in: x within column, y."""
    row, col = divmod(index, NOTES_PER_ROW)
    return GAP + col * (NOTE_W + GAP), HEADER_H + GAP + row * (NOTE_H + GAP)


# ----- vocabularies ----------------------------------------------------------------------

NOTE_COLOURS = Vocabulary(
    "note colour",
    [
        Choice("yellow", "Yellow"),
        Choice("pink", "Pink"),
        Choice("blue", "Blue"),
        Choice("green", "Green"),
        Choice("orange", "Orange"),
        Choice("purple", "Purple"),
        Choice("white", "White"),
    ],
)

# Paper colours for drawing; the name is always shown too, never the colour alone.
COLOUR_HEX = {
    "yellow": "#FFF1A8",
    "pink": "#FFC9DE",
    "blue": "#C4E1FF",
    "green": "#C8F0C4",
    "orange": "#FFD5A8",
    "purple": "#E1D0FF",
    "white": "#FFFFFF",
}
# Darker edge of the same hue, for column headers and note borders.
COLOUR_EDGE = {
    "yellow": "#B59A00",
    "pink": "#B8336A",
    "blue": "#1F5FA8",
    "green": "#2E7D32",
    "orange": "#B35C00",
    "purple": "#5E35B1",
    "white": "#555555",
}


@dataclass(frozen=True)
class ColumnSpec:
    title: str
    colour: str
    prompt: str = ""


BOARD_TEMPLATES = Vocabulary(
    "board template",
    [
        Choice("hopes_fears", "Hopes and fears", "What people hope for and what worries them."),
        Choice(
            "opportunities_risks",
            "Opportunities and risks",
            "What the system could make better, and what could go wrong.",
        ),
        Choice(
            "keep_change_stop", "Keep, change, stop", "What works, what to change, what to end."
        ),
        Choice(
            "codesign",
            "Co-design: how should the system be used?",
            "Residents' rules for when and how an automated system is used.",
        ),
        Choice("custom", "Your own columns", "Start with one column and add your own."),
    ],
)

TEMPLATE_COLUMNS: dict[str, list[ColumnSpec]] = {
    "hopes_fears": [
        ColumnSpec("Hopes", "green", "What could this make better for you or people you know?"),
        ColumnSpec("Fears", "pink", "What worries you about it?"),
    ],
    "opportunities_risks": [
        ColumnSpec("Opportunities", "blue", "What could go well?"),
        ColumnSpec("Risks", "orange", "What could go wrong, and for whom?"),
    ],
    "keep_change_stop": [
        ColumnSpec("Keep", "green", "What works now and must stay?"),
        ColumnSpec("Change", "yellow", "What should be done differently?"),
        ColumnSpec("Stop", "pink", "What should not happen at all?"),
    ],
    "codesign": [
        ColumnSpec("When must a person check the decision?", "blue"),
        ColumnSpec("What information is fair to use?", "green"),
        ColumnSpec("How can people challenge a decision?", "orange"),
        ColumnSpec("What should people be told?", "purple"),
    ],
    "custom": [ColumnSpec("Ideas", "yellow")],
}

# ----- rules -----------------------------------------------------------------------------

_CODE = re.compile(r"^[A-Za-z]{0,4}[- ]?\d{1,5}$")


def _require_flag(row: dict[str, Any], what: str) -> None:
    if row["significant"] not in (0, 1, True, False):
        raise ValidationError("The significant flag must be on or off.")
    if row["significant"] and not (row.get("significant_reason") or "").strip():
        raise ValidationError(
            "Say in a few words why this {what} is significant, so the reason travels "
            "with it into the summary.",
            what=Label(what),
        )


def _require_votes(row: dict[str, Any], table: str, programme: Programme) -> None:
    votes = row["votes"]
    if isinstance(votes, bool) or not isinstance(votes, int):
        raise ValidationError("Votes must be a whole number.")
    if votes < 0:
        raise ValidationError("A note cannot have fewer than no dots. Nothing was taken off.")
    exercise = programme.get("exercises", row["exercise_id"])
    if not exercise:
        return
    allowed = dots_allowed(exercise)
    if not allowed:
        return
    old = programme.get(table, row["id"])
    added = votes - (old["votes"] if old else 0)
    if added > 0 and dots_used(programme, row["exercise_id"]) + added > allowed:
        raise ValidationError(
            "All {allowed} dots for this room have been used "
            "({dot_budget} each for {voters} people). Take a dot "
            "off another note, or raise the dots per person in the board's settings.",
            allowed=allowed,
            dot_budget=exercise["dot_budget"],
            voters=exercise["voters"],
        )


def column_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["title"], "column title")
    require_choice(row["colour"], NOTE_COLOURS)


def cluster_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["title"], "theme title")
    _require_flag(row, "theme")
    _require_votes(row, "board_clusters", programme)


def note_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["text"], "note")
    languages.require_language(row)
    require_choice(row["colour"], NOTE_COLOURS)
    _require_flag(row, "note")
    _require_votes(row, "board_notes", programme)
    code = (row.get("participant_code") or "").strip()
    if code and not _CODE.match(code):
        raise ValidationError(
            "'{code}' does not look like a participant code. Use a short code such as "
            "P-017, never a name.",
            code=code,
        )
    if len(row.get("table_label") or "") > 40:
        raise ValidationError(
            "The table or group label is too long. Use a few words, like Table 3."
        )
    column = programme.get("board_columns", row["column_id"])
    if column is None or column["exercise_id"] != row["exercise_id"]:
        raise ValidationError("That column is not on this board. Choose one of its columns.")
    if row.get("cluster_id"):
        cluster = programme.get("board_clusters", row["cluster_id"])
        if cluster is None or cluster["exercise_id"] != row["exercise_id"]:
            raise ValidationError("That theme is not on this board. Choose one of its themes.")


# ----- reading ---------------------------------------------------------------------------


def columns(programme: Programme, exercise_id: str) -> list[dict[str, Any]]:
    return programme.rows(
        "board_columns", "exercise_id = ?", [exercise_id], order_by="position, rowid"
    )


def notes(programme: Programme, exercise_id: str) -> list[dict[str, Any]]:
    return programme.rows("board_notes", "exercise_id = ?", [exercise_id], order_by="rowid")


def clusters(programme: Programme, exercise_id: str) -> list[dict[str, Any]]:
    return programme.rows("board_clusters", "exercise_id = ?", [exercise_id], order_by="rowid")


def dots_allowed(exercise: dict[str, Any]) -> int:
    """Dots the whole room may place (0 means no limit)."""
    return int(exercise.get("dot_budget") or 0) * int(exercise.get("voters") or 0)


def dots_used(programme: Programme, exercise_id: str) -> int:
    total = 0
    for table in ("board_notes", "board_clusters"):
        row = programme.db.execute(
            f"SELECT COALESCE(SUM(votes), 0) FROM {table} WHERE exercise_id = ?", [exercise_id]
        ).fetchone()
        total += row[0]
    return total


def note_scene_pos(note: dict[str, Any], lefts: dict[str, float]) -> tuple[float, float]:
    return lefts.get(note["column_id"], 0.0) + note["x"], note["y"]


def column_lefts(cols: list[dict[str, Any]]) -> dict[str, float]:
    return {c["id"]: lane_left(i) for i, c in enumerate(cols)}


def cluster_frame(
    cluster: dict[str, Any], members: list[dict[str, Any]], lefts: dict[str, float]
) -> tuple[float, float, float, float]:
    """The theme's rectangle (x, y, w, h) around its notes, with room for the title."""
    if not members:
        return cluster["x"], cluster["y"], NOTE_W + 2 * CLUSTER_PAD, 80.0
    xs = [note_scene_pos(n, lefts) for n in members]
    left = min(x for x, _ in xs) - CLUSTER_PAD
    top = min(y for _, y in xs) - CLUSTER_PAD - CLUSTER_TITLE_H
    right = max(x for x, _ in xs) + NOTE_W + CLUSTER_PAD
    bottom = max(y for _, y in xs) + NOTE_H + CLUSTER_PAD
    return left, top, right - left, bottom - top


def board_extent(programme: Programme, exercise_id: str) -> tuple[float, float]:
    cols = columns(programme, exercise_id)
    bottom = programme.db.execute(
        "SELECT COALESCE(MAX(y), 0) FROM board_notes WHERE exercise_id = ?", [exercise_id]
    ).fetchone()[0]
    width = lane_left(len(cols)) - LANE_GAP if cols else LANE_W
    return width, max(bottom + NOTE_H + GAP, HEADER_H + 4 * (NOTE_H + GAP))


# ----- writing ---------------------------------------------------------------------------


def add_columns_from_template(programme: Programme, exercise_id: str, template: str) -> list[str]:
    require_choice(template, BOARD_TEMPLATES)
    ids = []
    with programme.transaction():
        start = len(columns(programme, exercise_id))
        for offset, spec in enumerate(TEMPLATE_COLUMNS[template]):
            ids.append(
                programme.insert(
                    "board_columns",
                    {
                        "exercise_id": exercise_id,
                        "title": spec.title,
                        "prompt": spec.prompt,
                        "colour": spec.colour,
                        "position": start + offset,
                    },
                )
            )
    return ids


# The column's note places, read from the index on (column, x, y) (m011) without the rows.
_NOTE_PLACES = "SELECT x, y FROM board_notes WHERE column_id = ?"
_STEP_X, _STEP_Y = NOTE_W + GAP, NOTE_H + GAP
_TOP = HEADER_H + GAP
_REACH_X, _REACH_Y = NOTE_W * 0.6, NOTE_H * 0.6


def places_covered(x: float, y: float) -> tuple[int, ...]:
    """The grid places (grid_slot's index) a note whose top-left is at (x, y) covers:
    those within 60% of a note's size of it. A note on a place covers that one alone; one
    dragged off the grid covers at most two columns by two rows of places around it."""
    across, down = (x - GAP) / _STEP_X, (y - _TOP) / _STEP_Y
    col, row = round(across), round(down)
    # On a place (grid_slot's arithmetic, inlined): it covers that one alone.
    if x == GAP + col * _STEP_X and y == _TOP + row * _STEP_Y and 0 <= col < NOTES_PER_ROW:
        return (row * NOTES_PER_ROW + col,) if row >= 0 else ()
    first_col, first_row = math.floor(across), math.floor(down)
    covered = []
    for col in (first_col, first_col + 1):
        if not 0 <= col < NOTES_PER_ROW or abs(x - (GAP + col * _STEP_X)) >= _REACH_X:
            continue
        for row in (first_row, first_row + 1):
            if row >= 0 and abs(y - (_TOP + row * _STEP_Y)) < _REACH_Y:
                covered.append(row * NOTES_PER_ROW + col)
    return tuple(covered)


def places_under(frame: tuple[float, float, float, float], lane_left: float) -> set[int]:
    """The grid places of the lane starting at `lane_left` where a note would overlap
    `frame`, a theme's rectangle on the board (its title included): a typed note must not
    land on a theme's notes or hide its title. Themes are placed around their notes, off
    the grid, so the notes' own places do not say this."""
    x, y, width, height = frame
    x -= lane_left
    taken: set[int] = set()
    for col in range(NOTES_PER_ROW):
        left = GAP + col * _STEP_X
        if left + NOTE_W <= x or left >= x + width:
            continue
        first_row = max(0, math.floor((y - NOTE_H - _TOP) / _STEP_Y))
        last_row = math.ceil((y + height - _TOP) / _STEP_Y)
        for row in range(first_row, last_row + 1):
            top = _TOP + row * _STEP_Y
            if top + NOTE_H > y and top < y + height:
                taken.add(row * NOTES_PER_ROW + col)
    return taken


def places_under_themes(
    frames: Iterable[tuple[float, float, float, float]], lane_left: float
) -> set[int]:
    taken: set[int] = set()
    for frame in frames:
        taken |= places_under(frame, lane_left)
    return taken


class NotePlaces:
    """The grid places each column's notes cover, kept in memory by whoever shows a board
    and told of every note added, moved or removed (the board scene), so the next free
    place for a typed note costs the same on a 10,000-note board as on a 100-note one:
    reading the column's places from the file was one pass over all its notes (1.8 ms at
    2,500 notes a column). Qt-free; `free_slot` reads the same answer from the file.

    Per column: how many notes cover each place, and the covered places as the bits of
    one integer, whose lowest clear bit is the first free place."""

    _BITS = 1 << 20  # places kept as bits (a million: far below any board's reach)

    def __init__(self) -> None:
        self._counts: dict[str, dict[int, int]] = {}
        self._bits: dict[str, int] = {}
        self._at: dict[str, tuple[str, tuple[int, ...]]] = {}  # note id -> column, places

    def clear(self) -> None:
        self._counts.clear()
        self._bits.clear()
        self._at.clear()

    def put(self, note_id: str, column_id: str, x: float, y: float) -> None:
        """The note is (now) at (x, y) in this column; wherever it was before is let go."""
        self.remove(note_id)
        covered = places_covered(x, y)
        self._at[note_id] = (column_id, covered)
        counts = self._counts.setdefault(column_id, {})
        bits = self._bits.get(column_id, 0)
        for place in covered:
            counts[place] = counts.get(place, 0) + 1
            if place < self._BITS:
                bits |= 1 << place
        self._bits[column_id] = bits

    def remove(self, note_id: str) -> None:
        held = self._at.pop(note_id, None)
        if held is None:
            return
        column_id, covered = held
        counts = self._counts[column_id]
        bits = self._bits[column_id]
        for place in covered:
            counts[place] -= 1
            if not counts[place]:
                del counts[place]
                if place < self._BITS:
                    bits &= ~(1 << place)
        self._bits[column_id] = bits

    def covered(self, column_id: str) -> set[int]:
        """The places some note in the column covers (for checks)."""
        return set(self._counts.get(column_id, {}))

    def first_free(self, column_id: str, taken: Iterable[int] = ()) -> tuple[float, float]:
        """Where the next note typed into the column goes: its first place no note
        covers and not `taken` (the places under its themes, `places_under_themes`)."""
        bits = self._bits.get(column_id, 0)
        taken = set(taken)
        for place in taken:
            if place < self._BITS:
                bits |= 1 << place
        index = (~bits & (bits + 1)).bit_length() - 1  # the lowest clear bit
        counts = self._counts.get(column_id, {})
        while index in counts or index in taken:  # only past _BITS places
            index += 1
        return grid_slot(index)


def free_slot(programme: Programme, column_id: str) -> tuple[float, float]:
    """The first grid place in a column that no note covers (for typed-in notes), read
    from the file: one pass over the column's places. A board on screen keeps the same
    in memory (`NotePlaces`) and passes the place to `add_note`."""
    places = NotePlaces()
    for number, (x, y) in enumerate(programme.db.execute(_NOTE_PLACES, [column_id])):
        places.put(str(number), column_id, x, y)
    return places.first_free(column_id, _places_under_themes_of(programme, column_id))


def _places_under_themes_of(programme: Programme, column_id: str) -> set[int]:
    column = programme.get("board_columns", column_id)
    if column is None:
        return set()
    exercise_id = column["exercise_id"]
    themes = clusters(programme, exercise_id)
    if not themes:
        return set()
    lefts = column_lefts(columns(programme, exercise_id))
    members: dict[str, list[dict[str, Any]]] = {theme["id"]: [] for theme in themes}
    for cluster_id, note_column, x, y in programme.db.execute(
        "SELECT cluster_id, column_id, x, y FROM board_notes"
        " WHERE exercise_id = ? AND cluster_id IS NOT NULL",
        [exercise_id],
    ):
        if cluster_id in members:
            members[cluster_id].append({"column_id": note_column, "x": x, "y": y})
    frames = [cluster_frame(theme, members[theme["id"]], lefts) for theme in themes]
    return places_under_themes(frames, lefts.get(column_id, 0.0))


def add_note(programme: Programme, column_id: str, text: str, **values: Any) -> str:
    """A note typed into a column, placed in the column's next free place (or at the `x`
    and `y` given)."""
    column = programme.get("board_columns", column_id)
    if column is None:
        raise ValidationError("That column no longer exists. Choose another column.")
    if "x" in values and "y" in values:  # the caller knows the place (a board on screen)
        x, y = values["x"], values["y"]
    else:
        x, y = free_slot(programme, column_id)
    row = {
        "exercise_id": column["exercise_id"],
        "column_id": column_id,
        "text": text.strip(),
        "colour": column["colour"],
        "x": x,
        "y": y,
        # Proposed from the letters unless the facilitator chose one.
        "language": languages.propose(text),
    }
    row.update(values)
    return programme.insert("board_notes", row)


def update_many(
    programme: Programme, table: str, changes: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Change several rows in one commit; returns each row's old values (for undo)."""
    old = {}
    with programme.transaction():
        for row_id, fields in changes.items():
            old[row_id] = programme.update(table, row_id, fields)
    return old


def delete_many(programme: Programme, table: str, ids: Iterable[str]) -> list[Snapshot]:
    with programme.transaction():
        return [programme.delete(table, row_id) for row_id in ids]


def restore_many(programme: Programme, snapshots: list[Snapshot]) -> None:
    with programme.transaction():
        for snapshot in snapshots:
            programme.restore(snapshot)


def group_notes(
    programme: Programme,
    exercise_id: str,
    note_ids: list[str],
    title: str,
    cluster_id: str | None = None,
) -> str:
    """A new theme holding the given notes. One commit."""
    with programme.transaction():
        members = [programme.get("board_notes", n) for n in note_ids]
        members = [m for m in members if m]
        lefts = column_lefts(columns(programme, exercise_id))
        x, y = (0.0, HEADER_H)
        if members:
            x = min(note_scene_pos(m, lefts)[0] for m in members)
            y = min(m["y"] for m in members)
        values = {"exercise_id": exercise_id, "title": title.strip(), "x": x, "y": y}
        if cluster_id:
            values["id"] = cluster_id
        cluster_id = programme.insert("board_clusters", values)
        for m in members:
            programme.update("board_notes", m["id"], {"cluster_id": cluster_id})
    return cluster_id


def ungroup(programme: Programme, cluster_id: str) -> tuple[Snapshot, list[str]]:
    """Remove a theme, keeping its notes. Returns what `regroup` needs to undo it."""
    with programme.transaction():
        member_ids = [
            r["id"] for r in programme.rows("board_notes", "cluster_id = ?", [cluster_id])
        ]
        # Notes first, so the theme's snapshot holds only the theme and the notes are
        # announced as changed, not deleted.
        for note_id in member_ids:
            programme.update("board_notes", note_id, {"cluster_id": None})
        snapshot = programme.delete("board_clusters", cluster_id)
    return snapshot, member_ids


def regroup(programme: Programme, snapshot: Snapshot, member_ids: list[str]) -> None:
    with programme.transaction():
        programme.restore(snapshot)
        cluster_id = snapshot.rows[0][1]["id"]
        for note_id in member_ids:
            programme.update("board_notes", note_id, {"cluster_id": cluster_id})


def dropped_changes(
    programme: Programme,
    exercise_id: str,
    moves: dict[str, tuple[float, float]],
    keep_theme: Iterable[str] = (),
) -> dict[str, dict[str, Any]]:
    """What a drag means for each note moved to a scene position (top-left): its column
    is the lane its centre lands in; it joins a theme whose frame its centre lands in,
    and leaves its own theme when dropped outside it. Frames are as before the drag.
    Notes in `keep_theme` moved with their theme and stay in it."""
    keep_theme = set(keep_theme)
    cols = columns(programme, exercise_id)
    lefts = column_lefts(cols)
    all_notes = {n["id"]: n for n in notes(programme, exercise_id)}
    frames = []
    for c in clusters(programme, exercise_id):
        members = [n for n in all_notes.values() if n["cluster_id"] == c["id"]]
        frames.append((c["id"], cluster_frame(c, members, lefts)))
    changes: dict[str, dict[str, Any]] = {}
    for note_id, (sx, sy) in moves.items():
        note = all_notes.get(note_id)
        if note is None or not cols:
            continue
        cx, cy = sx + NOTE_W / 2, sy + NOTE_H / 2
        column = cols[lane_index_at(cx, len(cols))]
        new = {
            "column_id": column["id"],
            "x": round(sx - lefts[column["id"]], 1),
            "y": round(max(HEADER_H, sy), 1),
        }
        inside = [
            cid for cid, (fx, fy, fw, fh) in frames if fx <= cx <= fx + fw and fy <= cy <= fy + fh
        ]
        if note["cluster_id"] in inside or note_id in keep_theme:
            new["cluster_id"] = note["cluster_id"]
        elif inside:
            new["cluster_id"] = inside[-1]
        else:
            new["cluster_id"] = None
        changes[note_id] = {k: v for k, v in new.items() if note[k] != v}
    return {k: v for k, v in changes.items() if v}


# ----- search ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    table: str  # board_notes or board_clusters
    row_id: str
    text: str
    exercise_id: str
    exercise_title: str
    session_id: str
    session_title: str
    where: str  # column or "Theme"


def search(programme: Programme, words: str, limit: int = 500) -> list[SearchHit]:
    """Notes and themes anywhere in the programme whose words contain `words`."""
    words = words.strip()
    if not words:
        return []
    like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    hits = []
    for row in programme.db.execute(
        """SELECT n.id, n.text, e.id, e.title, s.id, s.title, c.title
           FROM board_notes n JOIN exercises e ON e.id = n.exercise_id
           JOIN sessions s ON s.id = e.session_id
           JOIN board_columns c ON c.id = n.column_id
           WHERE n.text LIKE ? ESCAPE '\\' OR n.significant_reason LIKE ? ESCAPE '\\'
              OR n.table_label LIKE ? ESCAPE '\\' OR n.participant_code LIKE ? ESCAPE '\\'
           ORDER BY s.starts_at, e.position, n.rowid LIMIT ?""",
        [like, like, like, like, limit],
    ):
        hits.append(
            SearchHit("board_notes", row[0], row[1], row[2], row[3], row[4], row[5], row[6])
        )
    for row in programme.db.execute(
        """SELECT k.id, k.title, e.id, e.title, s.id, s.title
           FROM board_clusters k JOIN exercises e ON e.id = k.exercise_id
           JOIN sessions s ON s.id = e.session_id
           WHERE k.title LIKE ? ESCAPE '\\' OR k.significant_reason LIKE ? ESCAPE '\\'
           ORDER BY s.starts_at, e.position LIMIT ?""",
        [like, like, limit],
    ):
        hits.append(
            SearchHit("board_clusters", row[0], row[1], row[2], row[3], row[4], row[5], "Theme")
        )
    return hits


def significant_items(programme: Programme, exercise_id: str) -> list[dict[str, Any]]:
    """Flagged notes and themes: they appear in every summary, whatever their votes."""
    flagged = [
        {"table": "board_clusters", **c}
        for c in clusters(programme, exercise_id)
        if c["significant"]
    ]
    flagged += [
        {"table": "board_notes", **n} for n in notes(programme, exercise_id) if n["significant"]
    ]
    return flagged
