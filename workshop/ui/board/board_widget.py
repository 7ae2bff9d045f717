"""The board screen: fast typed entry, the drawn board, the list of the same notes, and
every board action (each one undo step) on whichever of the two is showing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core import boards
from workshop.core.store import Change, Programme
from workshop.ui import dialogs, runner, theme
from workshop.ui.board import column_actions, questions
from workshop.ui.board.commands import (
    AddNote,
    DeleteMany,
    GroupNotes,
    MoveOnBoard,
    SetMany,
    Ungroup,
)
from workshop.ui.board.items import Look
from workshop.ui.board.list_model import NotesTableModel, notes_table
from workshop.ui.board.scene import BOARD_TABLES, BoardScene
from workshop.ui.board.view import BoardView, InPlaceEditor, NoteEntry
from workshop.ui.context import AppContext, touches
from workshop.ui.language_box import LanguageBox
from workshop.ui.notices import NoticeBar
from workshop.ui.page_layout import FlowLayout, SideBySide, flow_row
from workshop.ui.raise_point import raise_as_point
from workshop.ui.undo_commands import CoreCommand, SetFields, push_or_explain


class BoardWidget(QWidget):
    picture_saved = Signal(str)  # error ('' when saved); see save_picture

    def __init__(self, ctx: AppContext, exercise_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BoardWidget")
        self.ctx, self.exercise_id = ctx, exercise_id
        self.programme = ctx.programme
        self._picture_task: runner.Task | None = None  # saving the picture, off the UI thread
        self.scene = BoardScene(self.programme, exercise_id, parent=self)
        self.view = BoardView(self.scene)
        self.view.setAccessibleName(self.tr("Board"))
        self.model = NotesTableModel(self.programme, exercise_id, self)
        self.table = notes_table(self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.presentation = None
        self._editor: InPlaceEditor | None = None

        self.column_box = QComboBox()
        self.column_box.setAccessibleName(self.tr("Column for new notes"))
        self.column_box.setMinimumWidth(180)
        self.column_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.entry = NoteEntry()
        self.entry.setObjectName("note_entry")
        self.entry.setAccessibleName(self.tr("New note"))
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter. Tab changes column."))
        self.table_label = QLineEdit()
        self.table_label.setAccessibleName(self.tr("Table or group for new notes"))
        self.table_label.setPlaceholderText(self.tr("Table or group"))
        _fit_to_placeholder(self.table_label)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Participant code for the next note"))
        self.code.setPlaceholderText(self.tr("Code, e.g. P-017"))
        _fit_to_placeholder(self.code)
        self.language = LanguageBox()
        self.language.follow(self.entry)
        label = QLabel(self.tr("Add to &column:"))
        label.setBuddy(self.column_box)
        typing = QWidget()
        typing_row = QHBoxLayout(typing)
        typing_row.setContentsMargins(0, 0, 0, 0)
        typing_row.addWidget(label)
        typing_row.addWidget(self.column_box)
        typing_row.addWidget(self.entry, 1)
        about = QWidget()
        about_row = QHBoxLayout(about)
        about_row.setContentsMargins(0, 0, 0, 0)
        about_row.addWidget(self.table_label)
        about_row.addWidget(self.code)
        about_row.addWidget(self.language)
        about_row.addStretch(1)
        # Who wrote the note goes under the typing line when both do not fit (large text,
        # Welsh, a projector), instead of making the window wider than the screen.
        entry_row = SideBySide([typing, about], wants=[60, 45], stretch=[3, 0])

        # The actions' buttons wrap onto a second line rather than hide behind "»"; every
        # action is in the menus too.
        self.toolbar = QWidget()
        self.toolbar.setObjectName("board_actions")
        self.toolbar.setAccessibleName(self.tr("Board actions"))
        self._toolbar_row = FlowLayout(self.toolbar, spacing=4)
        # Shows the colour of the chosen notes or, with none chosen, the colour the next
        # typed note gets: a swatch of the paper and the colour's name.
        self.colour_box = QComboBox()
        self.colour_box.setObjectName("colour_box")
        self.colour_box.setAccessibleName(self.tr("Colour for the chosen notes"))
        self.colour_box.setPlaceholderText(self.tr("Mixed colours"))
        for choice in boards.NOTE_COLOURS:
            self.colour_box.addItem(_swatch(choice.key), self.tr(choice.label), choice.key)
        self._next_colour: str | None = None  # chosen with no note chosen: for typed notes
        self.dots_label = QLabel()
        self.dots_label.setObjectName("dots_label")
        self.budget = QSpinBox()
        self.budget.setRange(0, 20)
        self.budget.setAccessibleName(self.tr("Dots per person"))
        self.budget.setPrefix(self.tr("Dots each: "))
        self.voters = QSpinBox()
        self.voters.setRange(0, 500)
        self.voters.setAccessibleName(self.tr("People voting"))
        self.voters.setPrefix(self.tr("People: "))
        self._build_actions()
        self.colour_label = QLabel()
        self.colour_label.setObjectName("colour_label")
        self.colour_label.setBuddy(self.colour_box)
        # Wraps onto a second line at large text sizes rather than widen the window.
        budget_row = flow_row(
            self.colour_label,
            self.colour_box,
            self.budget,
            self.voters,
            self.dots_label,
            stretch_before=2,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setMenuBar(self.menu_bar)
        self.notice_bar = NoticeBar()  # "Point raised … — Open it" when a point comes from here
        layout.addWidget(self.notice_bar)
        layout.addWidget(entry_row)
        layout.addWidget(self.toolbar)
        layout.addWidget(budget_row)
        layout.addWidget(self.stack, 1)

        self.entry.returnPressed.connect(self.add_typed_note)
        self.entry.column_step.connect(self.step_column)
        self.entry.left.connect(lambda: self.stack.currentWidget().setFocus())
        self.column_box.currentIndexChanged.connect(self._show_current_column)
        self.colour_box.activated.connect(self._colour_chosen)
        self.column_box.currentIndexChanged.connect(self._column_changed)
        self.scene.selectionChanged.connect(self._show_colour)
        self.table.selectionModel().selectionChanged.connect(self._show_colour)
        self.budget.editingFinished.connect(self._budget_edited)
        self.voters.editingFinished.connect(self._budget_edited)
        self.scene.dropped.connect(self.on_dropped)
        self.scene.note_edit_requested.connect(self.edit_in_place)
        self.scene.column_chosen.connect(self.choose_column)
        self.model.edit_requested.connect(self._cell_edited)
        self._attached = False
        self.attach()
        self._fill_columns()
        self._show_colour()
        self._show_dots()
        self.setFocusProxy(self.entry)
        self.view.centerOn(self.scene.content.center().x(), 0)

    # ----- set-up ---------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcuts[0]).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        if "column" not in name:  # the column actions share one button (below)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(False)
            self._toolbar_row.addWidget(button)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.actions_by_name: dict[str, QAction] = {}
        specs = [
            ("edit", tr("Edit"), self.edit_selected, "F2"),
            ("delete", tr("Delete"), self.delete_selected, "Del"),
            ("vote_up", tr("+ Dot"), lambda: self.vote(+1), ["+", "="]),
            ("vote_down", tr("− Dot"), lambda: self.vote(-1), "-"),
            ("flag", tr("Significant…"), self.toggle_flag, "Ctrl+M"),
            # Ctrl+G is the glossary in the main window: a theme is Ctrl+T.
            ("group", tr("Group into theme…"), self.group_selected, "Ctrl+T"),
            ("ungroup", tr("Ungroup"), self.ungroup_selected, "Ctrl+Shift+T"),
            ("rename_theme", tr("Rename theme…"), self.rename_theme, "Ctrl+R"),
            (
                "add_column",
                tr("Add column…"),
                lambda: column_actions.add_column(self),
                "Ctrl+Shift+C",
            ),
            (
                "rename_column",
                tr("Rename column…"),
                lambda: column_actions.rename_column(self),
                "Ctrl+Shift+R",
            ),
            (
                "column_left",
                tr("Column left"),
                lambda: column_actions.move_column(self, -1),
                "Alt+Shift+Left",
            ),
            (
                "column_right",
                tr("Column right"),
                lambda: column_actions.move_column(self, +1),
                "Alt+Shift+Right",
            ),
            (
                "column_colour",
                tr("Column colour"),
                lambda: column_actions.recolour_column(self),
                "Ctrl+Shift+K",
            ),
            (
                "delete_column",
                tr("Delete column"),
                lambda: column_actions.delete_column(self),
                "Ctrl+Shift+Del",
            ),
            ("list", tr("Show list"), self.toggle_list, "Ctrl+L"),
            ("fit", tr("Zoom to fit"), self.view.fit_all, "Ctrl+0"),
            ("present", tr("Present"), self.present, "F5"),
            ("save_picture", tr("Save picture…"), self.save_picture, "Ctrl+E"),
            ("raise_point", tr("Raise as point…"), self.raise_point, "Ctrl+Shift+P"),
        ]
        column_menu = QMenu(tr("Columns"), self)
        for name, text, slot, shortcut in specs:
            if name == "add_column":
                button = QToolButton()
                button.setText(tr("Columns"))
                button.setAccessibleName(tr("Column actions"))
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                button.setMenu(column_menu)
                self._toolbar_row.addWidget(button)
            action = self._action(text, slot, shortcut, name)
            if "column" in name:
                column_menu.addAction(action)
            self.actions_by_name[name] = action
        self._build_menus(column_menu)

    def _build_menus(self, column_menu: QMenu) -> None:
        """Every board action in the window's menus, and the note actions in a context
        menu (right click, Shift+F10 or the Menu key) on the board and the list."""
        tr = self.tr
        named = self.actions_by_name
        self.menu_bar = QMenuBar(self)
        self.menu_bar.setAccessibleName(tr("Board menus"))
        groups = [
            (
                "board_menu_notes",
                tr("&Notes"),
                ["edit", "delete", "vote_up", "vote_down", "flag", "raise_point"],
            ),
            ("board_menu_themes", tr("&Themes"), ["group", "ungroup", "rename_theme"]),
            ("board_menu_view", tr("&View"), ["list", "fit", "present", "save_picture"]),
        ]
        for object_name, title, names in groups:
            menu = self.menu_bar.addMenu(title)
            menu.setObjectName(object_name)
            menu.addActions([named[n] for n in names])
            if object_name == "board_menu_themes":
                column_menu.setTitle(tr("Col&umns"))
                column_menu.setObjectName("board_menu_columns")
                self.menu_bar.addMenu(column_menu)
        self.context_menu = QMenu(self)
        self.context_menu.setObjectName("board_context_menu")
        for names in (
            ["edit", "delete", "vote_up", "vote_down", "flag", "raise_point"],
            ["group", "ungroup", "rename_theme"],
            ["list", "fit"],
        ):
            self.context_menu.addActions([named[n] for n in names])
            self.context_menu.addSeparator()
        for widget in (self.view, self.table):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda pos, w=widget: self.show_context_menu(w.mapToGlobal(pos))
            )
        menu_key = QAction(tr("Menu for the chosen notes"), self)
        menu_key.setObjectName("context_menu")
        menu_key.setShortcuts([QKeySequence("Shift+F10"), QKeySequence(Qt.Key.Key_Menu)])
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        menu_key.triggered.connect(lambda: self.show_context_menu())
        self.addAction(menu_key)

    def show_context_menu(self, where=None) -> QMenu:
        """The note actions beside the chosen note (or the focus), or at `where`."""
        if where is None:
            notes = [] if self.showing_list() else self.selected_note_ids()
            item = self.scene.notes.get(notes[0]) if notes else None
            if item is not None:
                rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
                where = self.view.viewport().mapToGlobal(rect.center())
            else:
                focus = self.focusWidget() or self.stack.currentWidget()
                where = focus.mapToGlobal(focus.rect().center())
        self.context_menu.popup(where)
        return self.context_menu

    def _fill_columns(self) -> None:
        current = self.current_column_id()
        self.column_box.blockSignals(True)
        self.column_box.clear()
        for c in boards.columns(self.programme, self.exercise_id):
            self.column_box.addItem(c["title"], c["id"])
        index = max(0, self.column_box.findData(current)) if current else 0
        self.column_box.setCurrentIndex(index)
        self.column_box.blockSignals(False)
        self._show_current_column()

    def _show_current_column(self) -> None:
        current = self.current_column_id()
        for column_id, item in self.scene.columns.items():
            if item.current != (column_id == current):
                item.current = column_id == current
                item.update()

    def _show_dots(self) -> None:
        exercise = self.programme.get("exercises", self.exercise_id) or {}
        used = boards.dots_used(self.programme, self.exercise_id)
        allowed = boards.dots_allowed(exercise)
        self.budget.setValue(exercise.get("dot_budget", 0))
        self.voters.setValue(exercise.get("voters", 0))
        if allowed:
            self.dots_label.setText(
                self.tr("Dots used: %1 of %2").replace("%1", str(used)).replace("%2", str(allowed))
            )
        else:
            self.dots_label.setText(self.tr("Dots used: %1 (no limit)").replace("%1", str(used)))

    def _on_changes(self, changes: list[Change]) -> None:
        if not touches(changes, *BOARD_TABLES):
            return
        if not self.programme.get("exercises", self.exercise_id):
            return  # the exercise was deleted; whoever shows this widget will close it
        self.scene.apply_changes(changes)
        self.model.apply_changes(changes)
        if touches(changes, "board_columns"):
            self._fill_columns()
        self._show_current_column()
        if _dots_may_have_changed(changes):
            self._show_dots()
        self._show_colour()

    def _column_changed(self) -> None:
        self._next_colour = None  # a new column: its notes take its colour again
        self._show_colour()

    def colour_shown_for(self) -> tuple[str, str | None]:
        """("chosen", colour) for the chosen notes (None when they differ), or ("next",
        colour) for the note typed next."""
        notes = self.selected_note_ids()
        if notes:
            colours = {(self.programme.get("board_notes", n) or {}).get("colour") for n in notes}
            return "chosen", colours.pop() if len(colours) == 1 else None
        if self._next_colour:
            return "next", self._next_colour
        column = self.programme.get("board_columns", self.current_column_id() or "") or {}
        return "next", column.get("colour")

    def _show_colour(self, *_args) -> None:
        if self.programme.closed:
            return
        kind, colour = self.colour_shown_for()
        self.colour_label.setText(
            self.tr("Colour of the chosen notes:")
            if kind == "chosen"
            else self.tr("Next note's colour:")
        )
        self.colour_box.setAccessibleName(
            self.tr("Colour for the chosen notes")
            if kind == "chosen"
            else self.tr("Colour of the next note typed")
        )
        index = self.colour_box.findData(colour) if colour else -1
        self.colour_box.setCurrentIndex(index)

    def _theme_changed(self, text_scale: float, high_contrast: bool) -> None:
        """Preferences changed: the board follows the text size and contrast, live."""
        if self.scene.look.high_contrast != high_contrast:
            self.scene.set_look(Look(presentation=False, high_contrast=high_contrast))
        self.view.set_text_scale(text_scale)

    def showEvent(self, event) -> None:
        # Shown again after closing (the agenda keeps its window until Qt deletes it):
        # listen again and catch up with what changed while it was closed.
        if not self._attached:
            self.attach()
            self.scene.rebuild()
            self.model.reload()
            self._fill_columns()
            self._show_dots()
        self._theme_changed(theme.current_text_scale(), theme.is_high_contrast())
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.detach()
        super().closeEvent(event)

    def attach(self) -> None:
        if not self._attached:
            self.ctx.bridge.changed.connect(self._on_changes)
            theme.theme_changed().changed.connect(self._theme_changed)
            self._attached = True

    def detach(self) -> None:
        if not self._attached:  # closing twice (or after the file closed): nothing to undo
            return
        self._attached = False
        try:
            self.ctx.bridge.changed.disconnect(self._on_changes)
        except (RuntimeError, TypeError):
            pass
        try:
            theme.theme_changed().changed.disconnect(self._theme_changed)
        except (RuntimeError, TypeError):
            pass

    # ----- what is chosen -----------------------------------------------------------------

    def current_column_id(self) -> str | None:
        return self.column_box.currentData()

    def showing_list(self) -> bool:
        return self.stack.currentWidget() is self.table

    def selected_note_ids(self) -> list[str]:
        if self.showing_list():
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            return [self.model.note_id(r) for r in rows]
        return self.scene.selected_note_ids()

    def selected_cluster_ids(self) -> list[str]:
        if self.showing_list():
            ids = []
            for note_id in self.selected_note_ids():
                cluster = self.programme.get("board_notes", note_id)["cluster_id"]
                if cluster and cluster not in ids:
                    ids.append(cluster)
            return ids
        return self.scene.selected_cluster_ids()

    def select_notes(self, note_ids: list[str]) -> None:
        self.scene.select(note_ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for note_id in note_ids:
            row = self.model.row_of(note_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _push(self, command: CoreCommand) -> bool:
        return push_or_explain(self.ctx.undo_stack, command, self)

    # ----- entry ----------------------------------------------------------------------------

    def step_column(self, step: int) -> None:
        count = self.column_box.count()
        if count:
            self.column_box.setCurrentIndex((self.column_box.currentIndex() + step) % count)

    def choose_column(self, column_id: str) -> None:
        index = self.column_box.findData(column_id)
        if index >= 0:
            self.column_box.setCurrentIndex(index)

    def add_typed_note(self) -> None:
        text = self.entry.text().strip()
        column_id = self.current_column_id()
        if not text or not column_id:
            return
        values = {
            "table_label": self.table_label.text().strip(),
            "language": self.language.language_for(text),
        }
        if self.code.text().strip():
            values["participant_code"] = self.code.text().strip()
        if self._next_colour:
            values["colour"] = self._next_colour
        if self._attached:  # the scene has followed every change: it knows the free place
            values["x"], values["y"] = self.scene.first_free_place(column_id)
        command = AddNote(self.programme, column_id, text, **values)
        if self._push(command):
            self.entry.clear()
            self.code.clear()  # a code belongs to one person's note, the table stays
            item = self.scene.notes.get(command.note_id)
            if item is not None and not self.showing_list():
                self.view.ensureVisible(item)

    # ----- editing --------------------------------------------------------------------------

    def edit_selected(self) -> None:
        if self.showing_list():
            index = self.table.currentIndex()
            if index.isValid():
                self.table.edit(self.model.index(index.row(), 0))
            return
        notes = self.selected_note_ids()
        if notes:
            self.edit_in_place(notes[0])
        elif self.selected_cluster_ids():
            self.rename_theme()

    def edit_in_place(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or not self.scene.editable:
            return
        self.view.ensureVisible(item)
        rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        self._editor = InPlaceEditor(note_id, item.row["text"], self.view.viewport())
        self._editor.setGeometry(rect.adjusted(3, 3, -3, -3))
        self._editor.finished.connect(self._in_place_finished)
        self._editor.show()
        self._editor.setFocus()

    def _in_place_finished(self, note_id: str, text: str | None) -> None:
        self._editor = None
        if text is not None and text.strip():
            self._cell_edited(note_id, "text", text.strip())
        self.view.setFocus()

    def _cell_edited(self, note_id: str, field: str, value: Any) -> None:
        row = self.programme.get("board_notes", note_id)
        if row is None or row[field] == value:
            return
        what = {
            "text": self.tr("Edit note"),
            "table_label": self.tr("Set table or group"),
            "participant_code": self.tr("Set participant code"),
        }[field]
        self._push(SetFields(self.programme, "board_notes", note_id, {field: value}, what))

    def delete_selected(self) -> None:
        notes = self.selected_note_ids()
        clusters = [] if self.showing_list() else self.scene.selected_cluster_ids()
        if clusters and not notes:
            for cluster_id in clusters:
                self._push(Ungroup(self.programme, cluster_id))
            return
        if notes:
            text = self.tr("Delete note") if len(notes) == 1 else self.tr("Delete notes")
            self._push(DeleteMany(self.programme, "board_notes", notes, text))

    def _colour_chosen(self) -> None:
        colour = self.colour_box.currentData()
        notes = self.selected_note_ids()
        if notes:
            changes = {n: {"colour": colour} for n in notes}
            self._push(SetMany(self.programme, "board_notes", changes, self.tr("Colour notes")))
        else:  # nothing chosen: the notes typed next into this column get this colour
            self._next_colour = colour
        self._show_colour()

    # ----- votes and flags ------------------------------------------------------------------

    def vote(self, delta: int) -> None:
        notes = self.selected_note_ids()
        clusters = [] if (notes or self.showing_list()) else self.selected_cluster_ids()
        table, ids = ("board_notes", notes) if notes else ("board_clusters", clusters)
        changes = {}
        for row_id in ids:
            votes = self.programme.get(table, row_id)["votes"]
            if votes + delta >= 0:
                changes[row_id] = {"votes": votes + delta}
        if changes:
            text = self.tr("Add a dot") if delta > 0 else self.tr("Take a dot off")
            self._push(SetMany(self.programme, table, changes, text))

    def toggle_flag(self) -> None:
        notes = self.selected_note_ids()
        clusters = [] if (notes or self.showing_list()) else self.selected_cluster_ids()
        table, ids = ("board_notes", notes) if notes else ("board_clusters", clusters)
        if not ids:
            return
        rows = [self.programme.get(table, i) for i in ids]
        if all(r["significant"] for r in rows):
            changes = {i: {"significant": 0} for i in ids}
            self._push(SetMany(self.programme, table, changes, self.tr("Remove significant flag")))
            return
        reason = questions.ask_text(
            self,
            self.tr("Significant"),
            self.tr("Why must this point not be outvoted? (It will appear in every summary.)"),
            rows[0]["significant_reason"],
        )
        if reason is None:
            return
        changes = {i: {"significant": 1, "significant_reason": reason} for i in ids}
        self._push(SetMany(self.programme, table, changes, self.tr("Flag as significant")))

    # ----- themes ---------------------------------------------------------------------------

    def group_selected(self) -> None:
        notes = self.selected_note_ids()
        if not notes:
            dialogs.show_info(self, self.tr("Choose the notes to group first."))
            return
        title = questions.ask_text(
            self, self.tr("New theme"), self.tr("Theme title:"), self.tr("New theme")
        )
        if title:
            self._push(GroupNotes(self.programme, self.exercise_id, notes, title))

    def ungroup_selected(self) -> None:
        for cluster_id in self.selected_cluster_ids():
            self._push(Ungroup(self.programme, cluster_id))

    def rename_theme(self) -> None:
        clusters = self.selected_cluster_ids()
        if not clusters:
            return
        row = self.programme.get("board_clusters", clusters[0])
        title = questions.ask_text(
            self, self.tr("Rename theme"), self.tr("Theme title:"), row["title"]
        )
        if title and title != row["title"]:
            self._push(
                SetFields(
                    self.programme,
                    "board_clusters",
                    clusters[0],
                    {"title": title},
                    self.tr("Rename theme"),
                )
            )

    def on_dropped(self, notes: dict, keep: list, clusters: dict) -> None:
        note_changes = boards.dropped_changes(self.programme, self.exercise_id, notes, keep)
        cluster_changes = {
            k: {"x": round(x, 1), "y": round(y, 1)} for k, (x, y) in clusters.items()
        }
        if note_changes or cluster_changes:
            if self._push(MoveOnBoard(self.programme, note_changes, cluster_changes)):
                return
        self.scene.rebuild()  # nothing saved: put every note back where the file has it

    # ----- columns (ui/board/column_actions.py) ---------------------------------------------

    def _budget_edited(self) -> None:
        exercise = self.programme.get("exercises", self.exercise_id)
        new = {"dot_budget": self.budget.value(), "voters": self.voters.value()}
        if any(exercise[k] != v for k, v in new.items()):
            self._push(
                SetFields(
                    self.programme,
                    "exercises",
                    self.exercise_id,
                    new,
                    self.tr("Set dots per person"),
                )
            )

    # ----- views ----------------------------------------------------------------------------

    def toggle_list(self) -> None:
        action = self.actions_by_name["list"]
        if self.showing_list():
            ids = self.selected_note_ids()
            self.stack.setCurrentWidget(self.view)
            self.scene.select(ids)
            action.setText(self.tr("Show list"))
            self.view.setFocus()
        else:
            ids = self.scene.selected_note_ids()
            self.stack.setCurrentWidget(self.table)
            self.select_notes(ids)
            action.setText(self.tr("Show board"))
            self.table.setFocus()

    def present(self) -> None:
        from workshop.ui.board.presentation import PresentationWindow

        self.presentation = PresentationWindow(self.ctx, self.exercise_id)
        self.presentation.show_on_screen()

    def save_picture(self) -> None:
        """The board as a 300 dpi PNG, drawn off the UI thread from the file read-only;
        `picture_saved` says how it went."""
        if self._picture_task is not None:
            return
        path = dialogs.ask_save_path_ending(
            self, self.tr("Save board picture"), "", self.tr("PNG picture (*.png)"), ".png"
        )
        if path is None:
            return
        source, exercise_id = Path(self.programme.path), self.exercise_id

        def work(progress: runner.Progress) -> None:
            from workshop.core.files import write_atomically
            from workshop.export.board_image import board_png

            with Programme.open(source, read_only=True) as programme:
                picture = board_png(programme, exercise_id, dpi=300)
            write_atomically(path, picture)

        # A missing folder or a full disk: the runner says so, and the board carries on.
        task = runner.Task(
            self,
            work,
            failure_title=self.tr("Picture not saved"),
            unexpected=self.tr("The picture could not be drawn: %s. Nothing was saved."),
        )
        task.succeeded.connect(lambda _: self.picture_saved.emit(""))
        task.failed.connect(self.picture_saved.emit)
        task.finished.connect(lambda: setattr(self, "_picture_task", None))
        self._picture_task = task
        task.start()

    def raise_point(self) -> None:
        sources = [("board_notes", n) for n in self.selected_note_ids()]
        if not self.showing_list():
            sources += [("board_clusters", k) for k in self.scene.selected_cluster_ids()]
        if sources:
            raise_as_point(self.ctx, self, sources)

    def centre_on_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is not None:
            self.select_notes([note_id])
            self.view.centerOn(item.sceneBoundingRect().center())

    def zoom_to(self, pos: QPointF) -> None:
        self.view.centerOn(pos)


def _dots_may_have_changed(changes: list[Change]) -> bool:
    """False when no change can have moved the dot count: notes or themes added with
    their fields named and no votes among them (a typed note: its votes are the
    column default, none), or changed without touching their votes or board. Counting is a pass over the board (1 ms at 10,000 notes)."""
    for change in changes:
        if change.table == "exercises":
            return True
        if change.table not in ("board_notes", "board_clusters"):
            continue
        if change.kind == "delete" or not change.fields:
            return True
        if "votes" in change.fields:
            return True
        if change.kind == "update" and "exercise_id" in change.fields:
            return True
    return False


def _swatch(colour: str) -> QIcon:
    """A square of the note's paper colour with its darker edge, shown beside its name."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(boards.COLOUR_HEX[colour]))
    painter = QPainter(pixmap)
    painter.setPen(QColor(boards.COLOUR_EDGE[colour]))
    painter.drawRect(0, 0, 15, 15)
    painter.end()
    return QIcon(pixmap)


def _fit_to_placeholder(box: QLineEdit) -> None:
    """As wide as its placeholder (its only label) at the present text size, so the words
    show whole at 200 % too."""
    width = box.fontMetrics().horizontalAdvance(box.placeholderText()) + 24
    box.setMinimumWidth(width)
    box.setMaximumWidth(width)
