"""What a person would see as "cut off", found in a widget tree: a control sticking out of
whatever holds it, a label or button showing less than its text, tabs or a toolbar hiding
behind arrows, and a page that needs scrolling sideways. Used by test_layout_fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

CONTROLS = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QTabBar,
    QAbstractScrollArea,
    QGroupBox,
)
SLACK = 2  # px of rounding we forgive


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    name = widget.accessibleName() or widget.objectName()
    label = repr(text.replace("&", "")[:40]) if text else repr(name)
    return f"{type(widget).__name__}({label})"


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _inside_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _clip_holder(widget: QWidget) -> tuple[QRect, QWidget | None]:
    """The rectangle (in the window) that `widget` must lie in: the intersection of its
    parents' rectangles up to a scroll area's viewport (inside, it may scroll down) or
    the window; and the parent that clips most."""
    window = widget.window()
    clip = QRect(-100000, -100000, 200000, 200000)
    holder = None
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            area_widget = parent.parentWidget()
            content = area_widget.widget() if isinstance(area_widget, QScrollArea) else None
            if content is not None:
                origin = content.mapTo(window, content.rect().topLeft())
                viewport_origin = parent.mapTo(window, parent.rect().topLeft())
                # Sideways only as far as the viewport; downwards as far as the content.
                area = QRect(
                    viewport_origin.x(), origin.y(), parent.width(), max(1, content.height())
                )
                if not area.contains(clip):
                    clip, holder = clip.intersected(area), parent
            return clip, holder
        origin = parent.mapTo(window, parent.rect().topLeft())
        area = QRect(origin, parent.size())
        if not area.contains(clip):
            clip, holder = clip.intersected(area), parent
        parent = parent.parentWidget()
    if not window.rect().contains(clip):
        clip, holder = clip.intersected(window.rect()), holder or window
    return clip, holder


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in plain(text).split("\n")), default=0)


def _shows_less_than_its_text(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"is {widget.height()} px high, its words need {needed}"
            return None
        if widget.textFormat().name == "RichText" or widget.text().lstrip().startswith("<"):
            needed = widget.sizeHint().width()
        else:
            margins = widget.contentsMargins()
            needed = _text_width(widget, widget.text()) + margins.left() + margins.right()
        if needed > widget.width() + SLACK:
            return f"is {widget.width()} px wide, its text needs {needed}"
    elif isinstance(widget, QPushButton | QToolButton) and widget.text():
        needed = _text_width(widget, widget.text()) + 8
        if not widget.icon().isNull():
            needed += widget.iconSize().width()
        if needed > widget.width() + SLACK:
            return f"is {widget.width()} px wide, its text needs {needed}"
    elif isinstance(widget, QCheckBox | QRadioButton) and widget.text():
        needed = _text_width(widget, widget.text()) + widget.fontMetrics().height()
        if needed > widget.width() + SLACK:
            return f"is {widget.width()} px wide, its text needs {needed}"
    elif isinstance(widget, QGroupBox) and widget.title():
        needed = _text_width(widget, widget.title()) + 8
        if needed > widget.width() + SLACK:
            return f"is {widget.width()} px wide, its title needs {needed}"
    elif isinstance(widget, QTabBar) and widget.count():
        last = widget.tabRect(widget.count() - 1)
        first = widget.tabRect(0)
        if last.right() > widget.width() + SLACK or first.left() < -SLACK:
            return "hides tabs behind scroll arrows"
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Everything under `root` (a window) a person would see cut off or have to scroll
    sideways for, as plain sentences."""
    problems: list[str] = []
    window = root.window()
    sideways: list[QWidget] = []  # viewports whose content is wider than they are
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if any(viewport.isAncestorOf(widget) for viewport in sideways):
            continue  # said once, for the scroll area
        if isinstance(widget, QToolBar):
            extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                problems.append(f"{describe(widget)} hides actions behind its » button")
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            bar = widget.horizontalScrollBar()
            if bar.maximum() > SLACK:
                inner = widget.widget()
                problems.append(
                    f"{describe(widget)} around {type(inner).__name__} scrolls sideways"
                    f" by {bar.maximum()} px"
                )
                sideways.append(widget.viewport())
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractItemView) and _inside_item_view(widget):
            continue
        if isinstance(widget, QTableView | QTreeView):
            name = f"{describe(widget)} [{widget.objectName()}]"
            problems.extend(f"{name} {cut}" for cut in _table_cut_off(widget))
        unclipped = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        clip, holder = _clip_holder(widget)
        grown = clip.adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if not grown.contains(unclipped) and widget is not root:
            where = describe(holder) if holder is not None else "the window"
            problems.append(
                f"{describe(widget)} sticks out of {where} "
                f"(at {unclipped.getRect()}, room {clip.getRect()})"
            )
            continue
        cut = _shows_less_than_its_text(widget)
        if cut:
            problems.append(f"{describe(widget)} {cut}")
    return problems


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


MAX_ROWS = 60  # rows of a table looked at (the walk's tables are shorter)


def _table_cut_off(view: QTableView | QTreeView) -> list[str]:
    """A table or tree that scrolls sideways inside itself, or shows a header or a cell
    with less than its text (elided with "…", or wrapped into fewer lines than it needs)."""
    found: list[str] = []
    model = view.model()
    if model is None or not view.isVisible():
        return found
    bar = view.horizontalScrollBar()
    per_item = view.horizontalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
    if bar.maximum() > (0 if per_item else SLACK):
        unit = "columns" if per_item else "px"
        found.append(f"scrolls sideways inside itself by {bar.maximum()} {unit}")
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    if header.isVisible():
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        metrics = header.fontMetrics()
        wraps = bool(header.defaultAlignment().value & Qt.TextFlag.TextWordWrap.value)
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text:
                continue
            width = header.sectionSize(section) - 2 * margin
            words = text.split() if wraps else [text]
            widest = max(metrics.horizontalAdvance(w) for w in words)
            high = metrics.boundingRect(
                QRect(0, 0, max(1, width), 100000), Qt.TextFlag.TextWordWrap, text
            ).height()
            if widest > width + SLACK or (wraps and high > header.height() - 2 + SLACK):
                found.append(
                    f"shows its heading {text!r} cut off ({header.sectionSize(section)} px)"
                )
    columns = model.columnCount(view.rootIndex())
    for row in range(min(model.rowCount(view.rootIndex()), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            text = model.data(index)
            if not isinstance(text, str) or not text.strip():
                continue
            rect = view.visualRect(index)
            if rect.width() <= 0 or rect.height() <= 0:
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            if view.wordWrap():
                option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            needed = view.itemDelegateForIndex(index).sizeHint(option, index)
            if needed.width() > rect.width() + SLACK or needed.height() > rect.height() + SLACK:
                found.append(
                    f"shows {text[:30]!r} cut off (needs {needed.width()}x{needed.height()}, "
                    f"has {rect.width()}x{rect.height()})"
                )
                break
    return found
