"""The app's look: Qt's Fusion style with calm colours and clear focus, readable on a
cheap laptop screen and on a projector.

Two facilitator preferences change the look everywhere, live:

- text size, 100–200 % (`current_text_scale()` gives 1.0–2.0);
- a high-contrast theme (`is_high_contrast()`): black background, white text, yellow
  focus and selection, thicker borders.

Hook for screens that draw their own text or colours (boards, card mode): read
`current_text_scale()` / `is_high_contrast()` when painting and connect to
`theme_changed()` — a Qt signal `changed(float scale, bool high_contrast)` emitted after
either preference changes — to redraw. `scaled(points)` turns a design size in points
into the size to use now, and `note_palette()` gives sticky-note colours that stay
readable in both themes. Colour is never the only cue: every note colour has a name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop.ui import settings

TEXT_SCALE_KEY = settings.TEXT_SCALE
HIGH_CONTRAST_KEY = settings.HIGH_CONTRAST
MIN_SCALE_PERCENT, MAX_SCALE_PERCENT = 100, 200
BASE_FONT_PROPERTY = "workshop_base_font_points"

STYLE_SHEET = """
QLabel#screen_heading { font-size: %(heading)spt; font-weight: 600; margin: 2px 0 4px 0; }
QLabel#intro { color: #333; margin-bottom: 6px; }
QLabel#hint { color: #555; }
QLabel#banner { background: #fff3cd; color: #5c4400; padding: 8px 12px;
                border-bottom: 1px solid #e0c97a; font-weight: 600; }
QLabel#below_target { color: #a4262c; font-weight: 600; }
QListWidget#session_list::item { padding: 6px 4px; }
QListWidget#session_list::item:selected { background: #1f5f8b; color: white; }
*:focus { outline: 2px solid #1f5f8b; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QTableView:focus,
QListWidget:focus { border: 2px solid #1f5f8b; }
QProgressBar { border: 1px solid #999; border-radius: 3px; text-align: center;
               min-height: %(bar)spx; }
QProgressBar::chunk { background: #4a8fc0; }
QProgressBar[belowTarget="true"]::chunk { background: #d9822b; }
"""

# Black, white and yellow: the combination most high-contrast users choose. Borders are
# drawn on every control so their edges never depend on a shade of grey.
HIGH_CONTRAST_STYLE_SHEET = """
QWidget { background: #000000; color: #ffffff; }
QLabel#screen_heading { font-size: %(heading)spt; font-weight: 700; margin: 2px 0 4px 0; }
QLabel#intro, QLabel#hint { color: #ffffff; }
QLabel#banner { background: #ffff00; color: #000000; padding: 8px 12px; font-weight: 700; }
QLabel#below_target { color: #ffff00; font-weight: 700; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,
QTimeEdit, QTableView, QListView, QListWidget, QTreeView, QTextBrowser {
    background: #000000; color: #ffffff; border: 2px solid #ffffff; }
QPushButton, QToolButton { background: #000000; color: #ffffff; border: 2px solid #ffffff;
                           padding: 4px 10px; }
QPushButton:disabled, QToolButton:disabled, QLabel:disabled { color: #9a9a9a;
                                                              border-color: #9a9a9a; }
QPushButton:hover, QToolButton:hover { background: #1a1a1a; }
QTabBar::tab { background: #000000; color: #ffffff; border: 2px solid #ffffff;
               padding: 4px 10px; }
QTabBar::tab:selected { background: #ffff00; color: #000000; font-weight: 700; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff;
                       font-weight: 700; }
QMenuBar, QMenu { background: #000000; color: #ffffff; }
QMenuBar::item:selected, QMenu::item:selected { background: #ffff00; color: #000000; }
QListWidget#session_list::item { padding: 6px 4px; }
QListWidget::item:selected, QTableView::item:selected, QListView::item:selected {
    background: #ffff00; color: #000000; }
QGroupBox { border: 2px solid #ffffff; margin-top: 14px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; color: #ffffff; }
*:focus { outline: 3px solid #ffff00; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QTableView:focus,
QListWidget:focus, QListView:focus, QPushButton:focus, QToolButton:focus,
QTabBar::tab:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus {
    border: 3px solid #ffff00; }
QProgressBar { border: 2px solid #ffffff; text-align: center; min-height: %(bar)spx;
               background: #000000; color: #ffffff; font-weight: 700; }
/* Dark fills keep the white figures readable over the bar and beside it. */
QProgressBar::chunk { background: #0050b0; }
QProgressBar[belowTarget="true"]::chunk { background: #a00000; }
QToolTip { background: #ffff00; color: #000000; border: 1px solid #000000; }
"""


class ThemeNotifier(QObject):
    """Tells screens that draw their own text or colours to redraw."""

    changed = Signal(float, bool)  # text scale (1.0–2.0), high contrast on


_notifier: ThemeNotifier | None = None


def theme_changed() -> ThemeNotifier:
    """The object whose `changed(scale, high_contrast)` signal fires after a change."""
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


def clamp_percent(percent: int) -> int:
    return max(MIN_SCALE_PERCENT, min(MAX_SCALE_PERCENT, int(percent)))


def text_scale_percent() -> int:
    return clamp_percent(settings.read(TEXT_SCALE_KEY))


def current_text_scale() -> float:
    """Text size as a factor, 1.0 (normal) to 2.0 (twice as big)."""
    return text_scale_percent() / 100


def is_high_contrast() -> bool:
    return settings.read(HIGH_CONTRAST_KEY)


def scaled(points: float) -> float:
    """A font size designed at 100 % text, at the facilitator's text size."""
    return points * current_text_scale()


# Sticky-note colours by name (the keys of `workshop.core.boards.NOTE_COLOURS`):
# (normal fill, high-contrast fill). In high
# contrast the fills are dark so white text stays readable, and notes keep a white border;
# the name is always shown or spoken too, so colour is never the only cue.
NOTE_COLOURS: dict[str, tuple[str, str]] = {
    "yellow": ("#fff3a0", "#3d3500"),
    "pink": ("#ffc6d9", "#4a0022"),
    "blue": ("#c6e2ff", "#002a4a"),
    "green": ("#c9f2c7", "#00330a"),
    "orange": ("#ffd8a8", "#4a2400"),
    "purple": ("#e3d0ff", "#2a0a4a"),
    "white": ("#ffffff", "#262626"),
}


def note_palette(colour: str) -> tuple[QColor, QColor, QColor]:
    """(fill, text, border) for a sticky note of the named colour in the current theme."""
    normal, dark = NOTE_COLOURS.get(colour, NOTE_COLOURS["yellow"])
    if is_high_contrast():
        return QColor(dark), QColor("#ffffff"), QColor("#ffffff")
    return QColor(normal), QColor("#1a1a1a"), QColor("#555555")


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#9a9a9a")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, black)
        palette.setColor(group, QPalette.ColorRole.WindowText, white)
        palette.setColor(group, QPalette.ColorRole.Base, black)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Text, white)
        palette.setColor(group, QPalette.ColorRole.Button, black)
        palette.setColor(group, QPalette.ColorRole.ButtonText, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, yellow)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, black)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        palette.setColor(group, QPalette.ColorRole.BrightText, yellow)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, black)
    return palette


def apply_theme(app: QApplication | None = None) -> None:
    """Apply the saved text size and contrast to the whole app (safe to call again)."""
    app = app or QApplication.instance()
    if app is None:
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    base = app.property(BASE_FONT_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 10.0
        app.setProperty(BASE_FONT_PROPERTY, float(base))
    scale = current_text_scale()
    high = is_high_contrast()
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)
    sizes = {"heading": round(17 * scale, 1), "bar": round(18 * scale)}
    if high:
        app.setPalette(_high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_STYLE_SHEET % sizes)
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(STYLE_SHEET % sizes)
    theme_changed().changed.emit(scale, high)


def set_text_scale(percent: int) -> None:
    settings.write(TEXT_SCALE_KEY, clamp_percent(percent))
    apply_theme()


def set_high_contrast(on: bool) -> None:
    settings.write(HIGH_CONTRAST_KEY, bool(on))
    apply_theme()
