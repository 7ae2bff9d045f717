"""Windows that fit the screen they open on, and open again where they were left.

A window asks for the size it would like. It gets at most the usable part of its screen
(the available geometry, less room for a taskbar when the system reports none, as X11
without a work area and Xvfb do) and opens centred there. When it closes, its geometry is
kept in settings (the WINDOWS group); next time it opens there again, moved back onto a
screen and made smaller if that screen is now smaller (a laptop unplugged from a projector).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QWidget

from workshop.ui import settings
from workshop.ui.page_layout import fit_narrow

TASKBAR_ROOM = 40  # px kept free at the bottom when the system reports no taskbar
FRAME_ROOM = QSize(8, 32)  # a window manager's border and title bar, before the first show


def usable_area(screen: QScreen) -> QRect:
    """Where a window may sit on `screen`: its available geometry, with room for a taskbar."""
    available = screen.availableGeometry()
    if available == screen.geometry():
        available = available.adjusted(0, 0, 0, -TASKBAR_ROOM)
    return available


def fitted(area: QRect, wanted: QRect) -> QRect:
    """`wanted`, no bigger than `area` and moved inside it."""
    width = min(wanted.width(), area.width())
    height = min(wanted.height(), area.height())
    x = min(max(wanted.x(), area.left()), area.left() + area.width() - width)
    y = min(max(wanted.y(), area.top()), area.top() + area.height() - height)
    return QRect(x, y, width, height)


def centred(area: QRect, size: QSize) -> QRect:
    """A rectangle of `size` (shrunk to fit) in the middle of `area`."""
    width, height = min(size.width(), area.width()), min(size.height(), area.height())
    return QRect(
        area.left() + (area.width() - width) // 2,
        area.top() + (area.height() - height) // 2,
        width,
        height,
    )


def screen_for(window: QWidget) -> QScreen:
    """The screen a window opens on: its parent's, else the primary one."""
    parent = window.parentWidget()
    if parent is not None and parent.window().screen() is not None:
        return parent.window().screen()
    return QGuiApplication.primaryScreen()


def client_area(area: QRect) -> QRect:
    """`area` less a window manager's frame: the room for the window's own contents."""
    return QRect(
        area.left(),
        area.top(),
        max(1, area.width() - FRAME_ROOM.width()),
        max(1, area.height() - FRAME_ROOM.height()),
    )


def place(window: QWidget, preferred: QSize) -> None:
    """Size `window` to `preferred`, or less on a small screen, and centre it there."""
    area = client_area(usable_area(screen_for(window)))
    window.setGeometry(centred(area, preferred))


def restore(window: QWidget, key: str) -> bool:
    """Put `window` where it was last left, onto a screen and within it; False when there
    is nothing remembered."""
    saved = settings.read(key)
    if not saved or not window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return False
    centre = window.geometry().center()
    screen = QGuiApplication.screenAt(centre) or screen_for(window)
    window.setGeometry(fitted(client_area(usable_area(screen)), window.geometry()))
    return True


def remember(window: QWidget, key: str) -> None:
    settings.write(key, bytes(window.saveGeometry().toBase64()).decode("ascii"))


class _GeometryKeeper(QObject):
    """Writes the window's geometry to settings when it closes or hides."""

    def __init__(self, window: QWidget, key: str):
        super().__init__(window)
        self.key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            if watched.isWindow() and not watched.geometry().isEmpty():
                remember(watched, self.key)
        return False


def keep_geometry(window: QWidget, key: str, preferred: QSize) -> None:
    """Open `window` where it was last left (or at `preferred`, fitted to its screen) and
    remember where it is each time it closes. `key` is one of settings.WINDOWS."""
    settings.declared(key)  # an undeclared key fails here, not at the first close
    if not restore(window, key):
        place(window, preferred)
    _GeometryKeeper(window, key)


def seen_part(widget: QWidget) -> QRect:
    """The part of `widget` its window shows, in the window's coordinates: its rectangle
    clipped by every parent (a scroll area's viewport clips what is scrolled away).
    Empty when the widget or a parent is hidden."""
    if not widget.isVisible():
        return QRect()
    rect = widget.rect()
    current = widget
    while not current.isWindow():
        rect = rect.translated(current.pos())
        current = current.parentWidget()
        if current is None:
            return QRect()
        rect = rect.intersected(current.rect())
    return rect


def can_be_seen(widget: QWidget) -> bool:
    """Whether enough of `widget` shows to know what it is: half of it, or 40 x 16 px."""
    seen = seen_part(widget)
    if seen.isEmpty():
        return False
    whole = widget.width() * widget.height()
    return seen.width() * seen.height() * 2 >= whole or (seen.width() >= 40 and seen.height() >= 16)


def on_screen(window: QWidget) -> bool:
    """Whether the whole window lies within the usable part of one screen."""
    frame = window.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or window.screen()
    return screen is not None and screen.geometry().contains(frame)


def _fit_once(dialog: QWidget) -> None:
    """Fit `dialog` (fit_dialog) the first time it shows as a window, never again: a dialog
    the facilitator has resized keeps its size when it opens again."""
    if dialog.isWindow() and not dialog.property("workshop_fitted"):
        dialog.setProperty("workshop_fitted", True)
        fit_dialog(dialog)


class FittingDialog(QDialog):
    """A dialog that grows, the first time it shows, to the room its contents ask for at
    the present text size (wrapped sentences need more height at 200 %), but never beyond
    the screen; Qt alone keeps a dialog at two thirds of the screen's width and at the
    height its words needed at one guess of their width. Every dialog class of ours is
    one; dialogs Qt makes (message boxes, file and print dialogs) get `fit_on_first_show`.
    No filter on the whole application: that would put a Python call on every event."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        _fit_once(self)  # before the dialog's own show, as its size is still free
        super().showEvent(event)


class _FitOnShow(QObject):
    """Fits the one dialog it watches when that dialog first shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            _fit_once(watched)
        return False


def fit_on_first_show(dialog: QDialog) -> QDialog:
    """`dialog` (one Qt makes: a message box, an input, file or print dialog) fitted as a
    FittingDialog is, before it first shows; a native dialog never shows the widget, so
    the system sizes it. Returns `dialog`."""
    watcher = _FitOnShow(dialog)
    dialog.installEventFilter(watcher)
    return dialog


def fit_dialog(dialog: QWidget) -> None:
    """`dialog` at least as big as its contents ask, at most the usable screen."""
    area = client_area(usable_area(dialog.screen() or screen_for(dialog)))
    fit_narrow(dialog)
    layout = dialog.layout()
    if layout is not None:
        # What the layout needs, not a minimum set by hand for a smaller text size.
        needed = layout.minimumSize()
        dialog.setMinimumSize(needed.boundedTo(area.size()))
    width = min(max(dialog.width(), dialog.sizeHint().width()), area.width())
    height = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    height = min(max(dialog.height(), height), area.height())
    dialog.resize(width, height)
    dialog.move(fitted(area, dialog.geometry()).topLeft())
