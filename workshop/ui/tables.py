"""Tables that fit the width they are given: headings and cells wrap onto more lines
rather than end in "…", and the table never scrolls sideways inside itself.

`fit_table(view, stretch)` lays the columns out itself whenever the table's width or rows
change: each column gets the width its longest line wants when there is room; when there
is not, each gets at least its longest word, and what is left is shared in proportion to
what each still wants. The `stretch` columns take any spare width. Rows then grow to hold
their wrapped words. When even the longest words do not fit (Welsh at 200 % on a 1024 px
projector), the `optional` columns are hidden, in the order given, until the rest fit; they
come back when the table is wider again, and the table's tooltip names what is hidden."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

TEXT_PADDING = 12  # px around a cell's text (focus frame and margins, both sides)
ROWS_MEASURED = 400  # a longer table is measured on its first rows


def _widest_word(metrics, text: str) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _widest_line(metrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


class WrappingHeader(QHeaderView):
    """Column headings that wrap onto a second line instead of being cut off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.sectionResized.connect(lambda *_: self.fit_height())

    def margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)

    def heading(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, Qt.Orientation.Horizontal) if model else ""
        return str(text or "")

    def fit_height(self) -> None:
        """Tall enough for the most-wrapped heading at the columns' present widths."""
        metrics = self.fontMetrics()
        needed = metrics.height()
        for section in range(self.count()):
            if self.isSectionHidden(section):
                continue
            width = max(1, self.sectionSize(section) - 2 * self.margin())
            box = metrics.boundingRect(
                QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, self.heading(section)
            )
            needed = max(needed, box.height())
        height = needed + 2 * self.margin() + 4
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.geometriesChanged.emit()  # the view makes room for the taller header


class TableFitter(QObject):
    """Keeps one table's columns inside its width (see the module's text)."""

    def __init__(self, view: QTableView, stretch: Iterable[int], optional: Iterable[int] = ()):
        super().__init__(view)
        self.view = view
        self.stretch = set(stretch)
        self.optional = list(optional)
        self.dropped: list[int] = []  # optional columns hidden to fit, in the order hidden
        self._busy = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        # The heading row is as wide as the viewport and follows it (a scroll bar coming or
        # going included), so its resizes say when to fit. Not the viewport itself: Qt made
        # it, and the first time Python is handed a widget Qt made, PySide builds the Python
        # class of every QObject type it has not built yet (with their enums, ~10 ms), which
        # opening the app need not pay.
        view.installEventFilter(self)
        view.horizontalHeader().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._later.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._later.start()
        return False

    def _wants(self, column: int) -> tuple[int, int, int]:
        """(the width its longest line wants, the width of its heading's longest word,
        the width of its cells' longest word)."""
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        head_metrics = header.fontMetrics()
        head_pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        full = _widest_line(head_metrics, heading) + head_pad + 4
        heading_least = _widest_word(head_metrics, heading) + head_pad + 4
        least = 0
        metrics = view.fontMetrics()
        rows = min(model.rowCount(), ROWS_MEASURED)
        if rows:
            full = max(full, view.sizeHintForColumn(column))
        for row in range(rows):
            text = model.data(model.index(row, column))
            if isinstance(text, str) and text:
                least = max(least, _widest_word(metrics, text) + TEXT_PADDING)
                full = max(full, _widest_line(metrics, text) + TEXT_PADDING)
        return full, heading_least, min(least, full)

    def fit(self) -> None:
        if self._busy or not self.view.isVisible():
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _least(self, wants: dict[int, tuple[int, int, int]]) -> int:
        return sum(max(h, c) for _, h, c in wants.values())

    def _drop_or_restore(self, room: int) -> None:
        """Hide optional columns until the longest words of the rest fit; show them again
        (last hidden first) when the table has the room."""
        header = self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        wants = {c: self._wants(c) for c in shown}
        while self.dropped:
            back = self.dropped[-1]
            if self._least(wants | {back: self._wants(back)}) > room:
                break
            self.dropped.pop()
            header.showSection(back)
            wants[back] = self._wants(back)
        for column in self.optional:
            if self._least(wants) <= room:
                break
            if column in wants and len(wants) > 1:
                header.hideSection(column)
                self.dropped.append(column)
                del wants[column]
        model = self.view.model()
        names = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in self.dropped]
        self.view.setToolTip(
            QCoreApplication.translate(
                "TableFitter", "Hidden to fit the width: %1. A wider window shows them."
            ).replace("%1", ", ".join(names))
            if names
            else ""
        )

    def _fit(self) -> None:
        view = self.view
        header = view.horizontalHeader()
        room = header.width()  # the viewport's width (see __init__)
        if self.optional:
            self._drop_or_restore(room)
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        wants = {c: self._wants(c) for c in columns}
        total_full = sum(full for full, _, _ in wants.values())
        widths: dict[int, int] = {}
        if total_full <= room:
            spare = room - total_full
            takers = [c for c in columns if c in self.stretch] or columns[-1:]
            for c in columns:
                widths[c] = wants[c][0]
            for i, c in enumerate(takers):
                widths[c] += spare // len(takers) + (1 if i < spare % len(takers) else 0)
        else:
            # Each column at least its longest word; when even those do not fit (a long
            # Welsh word at 200 % on a projector), long words in cells break between
            # letters (the delegate wraps anywhere as a last resort), headings never.
            cells = sum(max(h, c) for _, h, c in wants.values())
            shrink = min(1.0, room / cells) if cells else 1.0
            least = {c: max(h, int(cl * shrink)) for c, (_, h, cl) in wants.items()}
            spare = max(0, room - sum(least.values()))
            # The stretch columns (the long text) get three shares of what is left.
            share = {
                c: max(0, wants[c][0] - least[c]) * (3 if c in self.stretch else 1) for c in columns
            }
            wish = sum(share.values()) or 1
            for c in columns:
                widths[c] = min(wants[c][0], least[c] + share[c] * spare // wish)
            leftover = room - sum(widths.values())
            takers = [c for c in columns if c in self.stretch] or columns[-1:]
            for c in takers:
                widths[c] += max(0, leftover) // len(takers)
        for c in columns:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(c, widths[c])
        if isinstance(header, WrappingHeader):
            header.fit_height()
        view.resizeRowsToContents()
        view.updateGeometries()  # the scroll range follows the new widths now, not later


def fit_table(
    view: QTableView, stretch: Iterable[int] = (), optional: Iterable[int] = ()
) -> TableFitter:
    """Make `view` wrap its headings and cells and keep within its width (see above)."""
    if not isinstance(view.horizontalHeader(), WrappingHeader):
        hidden = view.horizontalHeader().isHidden()
        header = WrappingHeader(view)
        view.setHorizontalHeader(header)  # the old header is deleted
        header.setHidden(hidden)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    fitter = TableFitter(view, stretch, optional)
    view.setProperty("fits_width", True)
    return fitter
