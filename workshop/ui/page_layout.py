"""Shared look of a page: a scrollable column with a short plain-English introduction,
buttons with spoken names, and tables of rows to read and choose from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.tables import fit_table


def intro_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("intro")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling(content: QWidget | None) -> QScrollArea:
    """A frameless scroll area around `content`; with None, an empty one, to be put in its
    place in the window before its widget is set.

    Every time a built widget is given a parent in the shown window, Qt applies the app's
    style sheet again to each widget inside it and tells each its style changed. A screen
    put into a scroll area, and the area then into the window, went through that twice;
    with the area in the window first, the screen goes through it once. Opening the app
    makes 3 % fewer instructions for this (bench/startup_instructions.py). A session's
    pages are put in their scroll areas the same way."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if content is not None:
        area.setWidget(content)
    return area


def page_with_scroll(page: QWidget, content: QWidget) -> None:
    """Put `content` at the top of a scrollable page (rows keep their natural height)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(content)
    column.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(holder))


def push_button(text: str, accessible_name: str, pressed: Callable[[], object]) -> QPushButton:
    """A button with the name a screen reader says, doing `pressed` when pressed."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(pressed)
    return button


def listing_table(
    headers: Sequence[str],
    accessible_name: str,
    stretch: Iterable[int] = (),
    object_name: str = "",
    optional: Iterable[int] = (),
) -> QTableWidget:
    """A table to read and choose rows from, never typed into: whole rows are chosen, words
    wrap, no row numbers. `stretch` columns share the spare width; the others fit their
    contents. `optional` columns are hidden, in that order, when even the longest words
    do not fit (see workshop/ui/tables.py)."""
    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    stretched = set(stretch)
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column in stretched else None
        header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
    fit_table(table, stretched, optional)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Show `rows`, each (row id, its cells' texts). Every cell carries the row's id (for
    finding what was chosen) and its whole text as a tooltip (for a cut-off cell)."""
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class FlowLayout(QLayout):
    """Controls in a row that wraps onto the next line when the row is too narrow, like
    words in a paragraph: at large text sizes a row of buttons grows downwards, never off
    the side of the window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)  # a row inside a page, not a page

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretch(self) -> None:
        """Push what is added after this to the right-hand end of its line."""
        self._items.append(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            max(0, width - self._spacing) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        # As tall as the lines need at the present width: a splitter or a fixed-height
        # box that ignores height-for-width must still not cut the second line off.
        width = self.geometry().width()
        if width > 0:
            size.setHeight(max(size.height(), self.heightForWidth(width)))
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(area.width(), 100000))
            size = size.expandedTo(item.minimumSize().boundedTo(QSize(area.width(), 100000)))
            if item.hasHeightForWidth():  # a wrapping label: as tall as its lines
                size.setHeight(item.heightForWidth(size.width()))
            step = size.width() + (self._spacing if lines[-1] else 0)
            if lines[-1] and used + step > area.width() and item.widget() is not None:
                lines.append([])
                step, used = size.width(), 0
            lines[-1].append((item, size))
            used += step
        y = area.y()
        for line in lines:
            height = max((size.height() for _, size in line), default=0)
            spare = (
                area.width()
                - sum(s.width() for _, s in line)
                - self._spacing * max(0, len(line) - 1)
            )
            stretches = [i for i, (item, _) in enumerate(line) if item.widget() is None]
            x = area.x()
            for index, (item, size) in enumerate(line):
                width = size.width()
                if index in stretches and spare > 0:
                    width += spare // len(stretches)
                if move:
                    item.setGeometry(QRect(x, y, width, height))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom() if lines[0] else 0


def flow_row(*widgets: QWidget, stretch_before: int | None = None) -> QWidget:
    """A wrapping row of `widgets` (see FlowLayout); a stretch before the widget at index
    `stretch_before` pushes it and those after it to the right."""
    row = QWidget()
    layout = FlowLayout(row)
    for index, widget in enumerate(widgets):
        if index == stretch_before:
            layout.add_stretch()
        layout.addWidget(widget)
    return row


class SideBySide(QWidget):
    """Panes beside each other when there is room for what each `wants` (in average
    characters of the current font, so it follows the text size), one above the other
    when there is not. A page then grows downwards instead of off the side."""

    def __init__(self, panes: list[QWidget], wants: list[int], stretch: list[int] | None = None):
        super().__init__()
        self.panes, self.wants = panes, wants
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for pane, factor in zip(panes, stretch or [1] * len(panes), strict=True):
            self.box.addWidget(pane, factor)

    def room_needed(self) -> int:
        char = max(1, self.fontMetrics().averageCharWidth())
        visible = [w for p, w in zip(self.panes, self.wants, strict=True) if not p.isHidden()]
        return sum(w * char for w in visible) + self.box.spacing() * max(0, len(visible) - 1)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def _choose(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.room_needed()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # Never asks for the width of the panes side by side: it stacks them instead.
        width = max(
            (p.minimumSizeHint().width() for p in self.panes if not p.isHidden()), default=0
        )
        return QSize(width, self.box.minimumSize().height())

    def resizeEvent(self, event) -> None:
        self._choose(event.size().width())
        super().resizeEvent(event)


def fit_narrow(page: QWidget) -> None:
    """Make `page` fit a narrow window: every form puts a label above its field when the two
    do not fit side by side (Qt's WrapLongRows), sentences wrap (labels that name a field
    stay on one line), and a drop-down box asks for the width of a short choice, not its
    longest (the list shows every choice whole). Long Welsh labels and 200 % text then
    never push a page wider than the window; so do group boxes' titles (see
    wrap_group_titles)."""
    wrap_group_titles(page)
    names_a_field: set[int] = set()
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                names_a_field.add(id(item.widget()))
    for label in page.findChildren(QLabel):
        if id(label) in names_a_field or label.buddy() is not None or label.wordWrap():
            continue
        if label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue  # sized by its owner (the countdown's figures)
        label.setWordWrap(True)
    for box in page.findChildren(QComboBox):
        if (
            box.sizeAdjustPolicy()
            != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        ):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(max(box.minimumContentsLength(), 18))


def wrap_group_titles(page: QWidget) -> None:
    """A group box's own title never wraps, so a long (Welsh) title at a large text size
    sets the width of the whole page. Each titled box's title becomes a bold label at the
    top of the box that wraps (the box keeps the title as its spoken name). Boxes whose
    title is a tick box, or whose layout is a grid, keep their title."""
    for box in page.findChildren(QGroupBox):
        title, layout = box.title(), box.layout()
        if not title or box.isCheckable():
            continue
        heading = QLabel(title.replace("&&", "&"))
        heading.setObjectName("group_title")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, heading)
        elif isinstance(layout, QFormLayout):
            layout.insertRow(0, heading)
        else:
            heading.deleteLater()
            continue
        if not box.accessibleName():
            box.setAccessibleName(title.replace("&", ""))
        box.setTitle("")
