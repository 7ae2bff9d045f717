"""The board scene: draws one exercise's board from the programme and keeps it in step
with every committed change. Gestures go upward as signals; the scene never writes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
)

from workshop.core import boards
from workshop.core.store import Change, Programme
from workshop.ui.board.items import (
    FLAG_RED,
    PLAIN_BELOW,
    ClusterItem,
    ColumnItem,
    Look,
    NoteItem,
)

BOARD_TABLES = ("board_notes", "board_clusters", "board_columns", "exercises")


class BoardScene(QGraphicsScene):
    # What the facilitator did; the board widget turns each into one undo command.
    # A drag finished: note id -> (scene x, scene y) of its top-left; ids of notes that
    # moved with their theme (they stay in it); theme id -> its frame's new top-left.
    dropped = Signal(dict, list, dict)
    note_edit_requested = Signal(str)
    column_chosen = Signal(str)
    # What the board's views scroll over changed (see `_show_content`).
    content_changed = Signal(QRectF)

    def __init__(
        self, programme: Programme, exercise_id: str, presentation: bool = False, parent=None
    ):
        super().__init__(parent)
        self.programme, self.exercise_id = programme, exercise_id
        self.look = Look(presentation)
        self.editable = not presentation and not programme.read_only
        self.setBackgroundBrush(self.look.background)
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.columns: dict[str, ColumnItem] = {}
        self.column_order: list[str] = []
        self.lefts: dict[str, float] = {}
        self._press_positions: dict[Any, Any] = {}
        self._bottom = 0.0  # the lanes' height, from the last full layout
        self.content = QRectF()  # what the views scroll over (the scene's rect is bigger)
        self._loose: list[NoteItem] = []
        # The grid places each column's notes cover, kept with the notes below, so the
        # place for a typed note is found without reading the column (issue 18).
        self.places = boards.NotePlaces()
        # Far out (see PLAIN_BELOW) the notes stop painting themselves and the scene draws
        # them all as plain rectangles, a few calls per colour: a Python paint() per note
        # would cost more than drawing it. Kept until a note changes, moves or is selected
        # (Qt does not repaint for items without contents, so the scene asks for it).
        self.overview = False
        self._overview_rects: list[tuple[QColor, list[QRectF]]] | None = None
        self.selectionChanged.connect(self._forget_overview)
        self.rebuild()

    def set_look(self, look: Look) -> None:
        """Redraw every item in another look (the facilitator switched high contrast)."""
        self.look = look
        self._forget_overview()
        self.setBackgroundBrush(look.background)
        for item in [*self.columns.values(), *self.clusters.values(), *self.notes.values()]:
            item.look = look
            if isinstance(item, NoteItem):
                item.restyle()
        self.update()

    # ----- building from the model -------------------------------------------------------

    def rebuild(self) -> None:
        self._forget_overview()
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.columns.clear()
        self.places.clear()
        cols = boards.columns(self.programme, self.exercise_id)
        self.column_order = [c["id"] for c in cols]
        self.lefts = boards.column_lefts(cols)
        for c in cols:
            item = ColumnItem(c, self.look)
            item.setPos(self.lefts[c["id"]], 0)
            self.addItem(item)
            self.columns[c["id"]] = item
        for k in boards.clusters(self.programme, self.exercise_id):
            self._add_cluster(k)
        for n in boards.notes(self.programme, self.exercise_id):
            self._add_note(n)
        self._relayout()

    def _add_note(self, row: dict[str, Any]) -> None:
        item = NoteItem(row, self.look, self.editable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.overview)
        item.setPos(*boards.note_scene_pos(row, self.lefts))
        self.addItem(item)
        self.notes[row["id"]] = item
        self.places.put(row["id"], row["column_id"], row["x"], row["y"])

    def _add_cluster(self, row: dict[str, Any]) -> None:
        item = ClusterItem(row, self.look, self.editable)
        self.addItem(item)
        self.clusters[row["id"]] = item

    def board_rect(self) -> QRectF:
        """What the board shows: every item, down to the lanes' drawn bottom."""
        rect = self.itemsBoundingRect()
        rect.setBottom(min(rect.bottom(), max(self._bottom, rect.top()) + 8))
        return rect

    def _relayout(self) -> None:
        """Theme frames around their notes, lane heights, and the scene's extent."""
        members: dict[str, list[NoteItem]] = {k: [] for k in self.clusters}
        bottom = boards.HEADER_H + 4 * (boards.NOTE_H + boards.GAP)
        for item in self.notes.values():
            cluster_id = item.row["cluster_id"]
            if cluster_id in members:
                members[cluster_id].append(item)
            bottom = max(bottom, item.row["y"] + boards.NOTE_H + boards.GAP)
        for cluster_id, item in self.clusters.items():
            item.members = members[cluster_id]
            frame = boards.cluster_frame(item.row, [m.row for m in item.members], self.lefts)
            item.place(frame)
            bottom = max(bottom, frame[1] + frame[3] + boards.GAP)
        for column in self.columns.values():
            column.set_height(bottom)
        width = boards.lane_left(len(self.columns)) if self.columns else boards.LANE_W
        rect = QRectF(-40, -40, width + 80, bottom + 80).united(self.itemsBoundingRect())
        rect.setBottom(bottom + 40)  # the lanes say they reach further than they are drawn
        self._bottom = bottom
        self._show_content(rect.adjusted(-20, -20, 20, 20), full=True)

    def first_free_place(self, column_id: str) -> tuple[float, float]:
        """Where a note typed into the column goes: the first place no note covers and no
        theme's frame (as drawn) is in the way of: `boards.free_slot`'s rule. Only the
        themes at the place tried are asked about, through the scene's index of its items
        (a 10,000-note board has 770 themes; working out every one's places cost 5 ms)."""
        left = self.lefts.get(column_id, 0.0)
        taken: set[int] = set()
        while True:
            x, y = self.places.first_free(column_id, taken)
            spot = QRectF(left + x, y, boards.NOTE_W, boards.NOTE_H)
            in_the_way = []
            for item in self.items(spot):  # its bounding rectangle is a little larger
                if isinstance(item, ClusterItem):
                    frame = _frame_of(item)
                    if spot.intersects(QRectF(*frame)):
                        in_the_way.append(frame)
            if not in_the_way:
                return x, y
            before = len(taken)
            taken |= boards.places_under_themes(in_the_way, left)
            if len(taken) == before:  # cannot happen (the same test both ways); never loop
                return x, y

    def follow(self, view: QGraphicsView) -> None:
        """`view` scrolls over the board's content, not the scene's roomier rectangle."""
        view.setSceneRect(self.content)
        self.content_changed.connect(view.setSceneRect)

    def _show_content(self, needed: QRectF, full: bool = False) -> None:
        """The views scroll over `needed` (after a full layout) or over a rectangle grown
        to hold it with ten rows to spare (a typed note), so they do not recount their
        scroll bars and repaint on every note. The scene's own rectangle, by which Qt
        indexes every item, grows further (a quarter of the board more): a new scene
        rectangle makes Qt rebuild that index with a Python boundingRect() per note
        (25 ms at 10,000 notes). A full layout gives back room left over."""
        rows = 10 * (boards.NOTE_H + boards.GAP)
        content = QRectF(self.content)
        if full:
            content = QRectF(needed)
        elif not content.contains(needed):
            content = content.united(needed).adjusted(0, 0, 0, rows)
        if content != self.content:
            self.content = content
            self.content_changed.emit(QRectF(content))
        spare = max(rows, content.height() / 4)
        scene = self.sceneRect()
        if not scene.contains(content) or (full and scene.height() > content.height() + 2 * spare):
            self.setSceneRect(content.adjusted(0, 0, 0, spare))

    def _grow_for(self, items: list[NoteItem]) -> None:
        """After notes outside any theme were added or moved: lanes and the scene grow to
        hold them; no theme frame is touched, so no pass over every note and item (a
        typed note on a 2,000-note board). Space left by a deleted note is given back at
        the next full layout."""
        bottom = self._bottom
        rect = QRectF(self.content)
        for item in items:
            if item.scene() is self:
                bottom = max(bottom, item.row["y"] + boards.NOTE_H + boards.GAP)
                rect = rect.united(item.sceneBoundingRect().adjusted(-20, -20, 20, 20))
        if bottom > self._bottom:
            self._bottom = bottom
            for column in self.columns.values():
                column.set_height(bottom)
            width = boards.lane_left(len(self.columns)) if self.columns else boards.LANE_W
            rect = rect.united(QRectF(-60, -60, width + 120, bottom + 120))  # as _relayout
        self._show_content(rect)

    def apply_changes(self, changes: list[Change]) -> None:
        """Redraw only what the committed changes touched."""
        relayout = False
        self._loose: list[NoteItem] = []  # changed notes outside any theme, before and after
        for change in changes:
            if change.table == "board_columns" or (
                change.table == "exercises"
                and self.exercise_id in change.ids
                and change.kind == "insert"
            ):
                if change.table == "board_columns" and not self._ours_column(change):
                    continue
                self.rebuild()
                return
            if change.table == "board_notes":
                relayout |= self._notes_changed(change)
            elif change.table == "board_clusters":
                relayout |= self._clusters_changed(change)
        if relayout or self._loose:
            self._forget_overview()
        if relayout:
            self._relayout()
        elif self._loose:
            self._grow_for(self._loose)

    def _ours_column(self, change: Change) -> bool:
        if any(i in self.columns for i in change.ids):
            return True
        return any(
            (self.programme.get("board_columns", i) or {}).get("exercise_id") == self.exercise_id
            for i in change.ids
        )

    def _notes_changed(self, change: Change) -> bool:
        """Apply one change to the notes; True when theme frames must be laid out again
        (a note in a theme, before or after, changed). Notes outside themes are kept in
        self._loose for the lighter `_grow_for`."""
        relayout = False
        for note_id in change.ids:
            row = None if change.kind == "delete" else self.programme.get("board_notes", note_id)
            item = self.notes.get(note_id)
            if row is None or row["exercise_id"] != self.exercise_id:
                if item is not None:
                    self.removeItem(item)
                    del self.notes[note_id]
                    self.places.remove(note_id)
                    relayout |= bool(item.row["cluster_id"])
                continue
            if item is None:
                self._add_note(row)
                item = self.notes[note_id]
                relayout |= bool(row["cluster_id"])
            else:
                relayout |= bool(item.row["cluster_id"] or row["cluster_id"])
                item.set_row(row)
                item.setPos(*boards.note_scene_pos(row, self.lefts))
                self.places.put(note_id, row["column_id"], row["x"], row["y"])
            self._loose.append(item)
        return relayout

    def _clusters_changed(self, change: Change) -> bool:
        touched = False
        for cluster_id in change.ids:
            row = (
                None
                if change.kind == "delete"
                else self.programme.get("board_clusters", cluster_id)
            )
            item = self.clusters.get(cluster_id)
            if row is None or row["exercise_id"] != self.exercise_id:
                if item is not None:
                    self.removeItem(item)
                    del self.clusters[cluster_id]
                    touched = True
                continue
            if item is None:
                self._add_cluster(row)
            else:
                item.row = row
                item.update()
            touched = True
        return touched

    # ----- drawing far out ---------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        self._set_overview(lod < PLAIN_BELOW)

    def _set_overview(self, on: bool) -> None:
        if on == self.overview:
            return
        self.overview = on
        for item in self.notes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, on)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if not self.overview:
            return
        if self._overview_rects is None:
            self._overview_rects = self._plain_notes()
        hints = painter.renderHints()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._overview_rects:
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.setRenderHints(hints)

    def _plain_notes(self) -> list[tuple[QColor, list[QRectF]]]:
        """Each note's rectangle by colour: its own, red when flagged, the selection's
        colour when selected (drawn last, so on top)."""
        by_colour: dict[str, list[QRectF]] = {}
        selected: list[QRectF] = []
        for item in self.notes.values():
            rect = item.sceneBoundingRect().adjusted(3, 3, -3, -3)
            if item.isSelected():
                selected.append(rect)
            elif item.row["significant"]:
                by_colour.setdefault("#flagged", []).append(rect)
            else:
                by_colour.setdefault(item.row["colour"], []).append(rect)
        out = [
            (FLAG_RED if c == "#flagged" else QColor(boards.COLOUR_HEX.get(c, "#FFFFFF")), r)
            for c, r in by_colour.items()
        ]
        if selected:
            out.append((self.look.select_pen.color(), selected))
        return out

    def _forget_overview(self) -> None:
        self._overview_rects = None
        if self.overview:
            self.update()

    # ----- reading what is shown ---------------------------------------------------------

    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_cluster_ids(self) -> list[str]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def select(self, note_ids: list[str] = (), cluster_ids: list[str] = ()) -> None:
        self.clearSelection()
        for n in note_ids:
            if n in self.notes:
                self.notes[n].setSelected(True)
        for k in cluster_ids:
            if k in self.clusters:
                self.clusters[k].setSelected(True)

    # ----- gestures ----------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._press_positions = {item: item.pos() for item in self.selectedItems()}
        for item in list(self._press_positions):
            if isinstance(item, ClusterItem):
                for member in item.members:
                    self._press_positions.setdefault(member, member.pos())

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self.overview and self._press_positions:  # dragging notes far out
            self._forget_overview()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._press_positions = self._press_positions, {}
        moved = {item: item.pos() for item, start in pressed.items() if item.pos() != start}
        if not moved:
            return
        notes = {i.note_id: (p.x(), p.y()) for i, p in moved.items() if isinstance(i, NoteItem)}
        clusters = [i for i in moved if isinstance(i, ClusterItem)]
        keep = [m.note_id for c in clusters for m in c.members if m.note_id in notes]
        positions = {c.cluster_id: (c.pos().x(), c.pos().y()) for c in clusters}
        self.dropped.emit(notes, keep, positions)


def _frame_of(item: ClusterItem) -> tuple[float, float, float, float]:
    """A theme's frame as drawn (boards.cluster_frame, placed by the last layout)."""
    return item.pos().x(), item.pos().y(), item.size.width(), item.size.height()
