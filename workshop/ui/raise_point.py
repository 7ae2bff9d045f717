"""'Raise as point…': turn notes, themes, card responses, questions or returned feedback
into a point that needs a response, or add them to a point already raised.

Other screens call `raise_as_point(ctx, parent, [(table, id), ...])`. The question is asked
through `RaisePointDialog.ask` (tests monkeypatch it); the change is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core import points
from workshop.core.points import SourceRef
from workshop.core.store import Programme, Snapshot
from workshop.ui.notices import tell
from workshop.ui.undo_commands import CoreCommand, push_or_explain
from workshop.ui.window_geometry import FittingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("raise_point", text)


@dataclass(frozen=True)
class RaiseChoice:
    """What the facilitator chose: a new point with this statement, or an existing point."""

    statement: str = ""
    point_id: str = ""  # set when attaching to an existing point

    @property
    def is_new(self) -> bool:
        return not self.point_id


class RaisePointCommand(CoreCommand):
    """A new point and its sources; undo removes both, redo brings the same rows back."""

    def __init__(self, programme: Programme, sources: Sequence[SourceRef], statement: str):
        super().__init__(_tr("Raise as point"))
        self.programme, self.sources, self.statement = programme, list(sources), statement
        self.point_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.point_id = points.raise_point(self.programme, self.sources, self.statement)

    def revert(self) -> None:
        assert self.point_id is not None
        self._snapshot = self.programme.delete("points", self.point_id)


class AttachSourcesCommand(CoreCommand):
    """More sources linked to an existing point (and its flag, if a source carried one)."""

    def __init__(self, programme: Programme, point_id: str, sources: Sequence[SourceRef]):
        super().__init__(_tr("Add to point"))
        self.programme, self.point_id, self.sources = programme, point_id, list(sources)
        self.attached: points.Attached | None = None
        self._point_after: dict[str, Any] = {}
        self._snapshots: list[Snapshot] = []

    def apply(self) -> None:
        if self.attached is None:
            self.attached = points.attach_sources(self.programme, self.point_id, self.sources)
            row = self.programme.get("points", self.point_id) or {}
            self._point_after = {k: row[k] for k in self.attached.point_before}
            return
        with self.programme.transaction():
            for snapshot in self._snapshots:
                self.programme.restore(snapshot)
            if self._point_after:
                self.programme.update("points", self.point_id, self._point_after)

    def revert(self) -> None:
        assert self.attached is not None
        with self.programme.transaction():
            self._snapshots = [
                self.programme.delete("point_sources", row_id)
                for row_id in self.attached.source_row_ids
            ]
            if self.attached.point_before:
                self.programme.update("points", self.point_id, self.attached.point_before)


def point_label(point: dict[str, Any], source_count: int) -> str:
    """How a point reads in a list: significance in words, never by colour alone."""
    mark = _tr("[Significant] ") if point["significant"] else ""
    sources = (
        _tr("1 source") if source_count == 1 else _tr("%n sources").replace("%n", str(source_count))
    )
    return f"{mark}{point['statement']} ({sources})"


class RaisePointDialog(FittingDialog):
    """New point (statement prefilled from the source's words) or add to an existing one."""

    def __init__(
        self, programme: Programme, sources: Sequence[SourceRef], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.programme = programme
        self.setWindowTitle(self.tr("Raise as point"))
        layout = QVBoxLayout(self)

        infos = [points.source_info(programme, t, i) for t, i in sources]
        words = "\n\n".join(f"{info.kind}: {info.words}" for info in infos if info.words)
        intro = QLabel(
            self.tr(
                "A point is something residents said that needs a response. "
                "Make a new point, or add this to a point already raised."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.source_words = QPlainTextEdit(words)
        self.source_words.setReadOnly(True)
        self.source_words.setMaximumHeight(90)
        self.source_words.setAccessibleName(self.tr("What residents said"))
        layout.addWidget(self.source_words)
        already = {
            p["id"]: p["statement"]
            for t, i in sources
            for p in points.points_for_source(programme, t, i)
        }
        self.already = QLabel(
            self.tr("Already raised as: %s") % "; ".join(f"'{s}'" for s in already.values())
        )
        self.already.setWordWrap(True)
        self.already.setVisible(bool(already))
        layout.addWidget(self.already)

        self.new_choice = QRadioButton(self.tr("Make a &new point"))
        self.new_choice.setAccessibleName(self.tr("Make a new point"))
        self.existing_choice = QRadioButton(self.tr("Add to an &existing point"))
        self.existing_choice.setAccessibleName(self.tr("Add to an existing point"))
        group = QButtonGroup(self)
        group.addButton(self.new_choice)
        group.addButton(self.existing_choice)

        layout.addWidget(self.new_choice)
        statement_label = QLabel(self.tr("&Statement (short, in residents' words):"))
        self.statement = QLineEdit(points.suggested_statement(programme, sources))
        self.statement.setAccessibleName(self.tr("Statement"))
        statement_label.setBuddy(self.statement)
        layout.addWidget(statement_label)
        layout.addWidget(self.statement)

        layout.addWidget(self.existing_choice)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search points"))
        self.search.setAccessibleName(self.tr("Search existing points"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.existing = QListWidget()
        self.existing.setAccessibleName(self.tr("Existing points"))
        layout.addWidget(self.existing)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Raise"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_existing()
        has_points = self.existing.count() > 0
        self.existing_choice.setEnabled(has_points)
        self.new_choice.setChecked(True)
        self.search.textChanged.connect(self._fill_existing)
        self.search.textEdited.connect(lambda _t: self.existing_choice.setChecked(True))
        self.existing.itemClicked.connect(lambda _i: self.existing_choice.setChecked(True))
        self.statement.textEdited.connect(lambda _t: self.new_choice.setChecked(True))
        self.resize(520, 480)

    def _fill_existing(self, *_args: object) -> None:
        current = self.existing.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.existing.clear()
        search = self.search.text().strip()
        for summary in points.list_points(self.programme, points.PointFilter(search=search)):
            item = QListWidgetItem(point_label(summary.point, summary.source_count))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.existing.addItem(item)
            if summary.id == keep:
                self.existing.setCurrentItem(item)
        if self.existing.currentItem() is None and self.existing.count():
            self.existing.setCurrentRow(0)

    def choice(self) -> RaiseChoice | None:
        if self.existing_choice.isChecked():
            item = self.existing.currentItem()
            if item is None:
                return None
            return RaiseChoice(point_id=item.data(Qt.ItemDataRole.UserRole))
        return RaiseChoice(statement=self.statement.text().strip())

    @classmethod
    def ask(
        cls, parent: QWidget | None, programme: Programme, sources: Sequence[SourceRef]
    ) -> RaiseChoice | None:
        dialog = cls(programme, sources, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()


def raise_as_point(ctx, parent: QWidget | None, sources: list[tuple[str, str]]) -> str | None:
    """Ask, then raise `sources` as a new point or add them to an existing one, as one
    undo step. Returns the point's id, or None when cancelled or refused."""
    if not sources:
        return None
    choice = RaisePointDialog.ask(parent, ctx.programme, sources)
    if choice is None:
        return None
    if choice.is_new:
        command: CoreCommand = RaisePointCommand(ctx.programme, sources, choice.statement)
        if not push_or_explain(ctx.undo_stack, command, parent):
            return None
        _say_raised(ctx, parent, command.point_id, new=True)
        return command.point_id
    command = AttachSourcesCommand(ctx.programme, choice.point_id, sources)
    if not push_or_explain(ctx.undo_stack, command, parent):
        return None
    _say_raised(ctx, parent, choice.point_id, new=False)
    return choice.point_id


def _say_raised(ctx, parent: QWidget | None, point_id: str, new: bool) -> None:
    """What happened, and the way to the point: "Point raised: “…” — Open it"."""
    point = ctx.programme.get("points", point_id) or {}
    statement = point.get("statement", "")
    if len(statement) > 60:
        statement = statement[:59].rstrip() + "…"
    text = _tr("Point raised: “%1”.") if new else _tr("Added to the point “%1”.")
    window = ctx.window
    tell(
        parent,
        text.replace("%1", statement),
        _tr("&Open it"),
        (lambda: window.show_point(point_id)) if window is not None else None,
        fallback=window,
    )
