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

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop.ui import settings

TEXT_SCALE_KEY = settings.TEXT_SCALE
HIGH_CONTRAST_KEY = settings.HIGH_CONTRAST
MIN_SCALE_PERCENT, MAX_SCALE_PERCENT = 100, 200
BASE_FONT_PROPERTY = "workshop_base_font_points"

ICONS = Path(__file__).resolve().parents[2] / "assets" / "icons"


@dataclass(frozen=True)
class Colours:
    """Every colour one theme uses, by what it is for. The palette and the style sheet are
    made from these, and tests/test_theme_contrast.py checks the pairs in `TEXT_PAIRS` and
    `OUTLINE_PAIRS` against WCAG 2.2 AA (4.5:1 for text, 3:1 for outlines and indicators)."""

    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    muted: str  # introductions, hints, the sidebar's SESSIONS heading
    disabled: str  # disabled controls (WCAG does not ask contrast of them)
    banner: str
    banner_text: str
    warning: str  # "below target" and similar
    outline: str  # the edge of every box, button and indicator
    focus: str  # the focus ring
    tooltip: str
    tooltip_text: str
    bar: str  # a progress bar's fill
    bar_below_target: str
    bar_text: str  # the figures drawn over a bar
    indicator_checked: str  # the fill of a ticked box or chosen radio button
    timer_running: str
    timer_paused: str
    timer_time_up: str
    timer_not_started: str
    check_icon: str  # file in assets/icons drawn in a ticked box
    dot_icon: str


NORMAL = Colours(
    window="#f0f0f0",
    text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f7fa",
    button="#e6e6e6",
    highlight="#1f5f8b",
    highlighted_text="#ffffff",
    placeholder="#595959",
    link="#0b5394",
    muted="#4d4d4d",
    disabled="#8c8c8c",
    banner="#fff3cd",
    banner_text="#5c4400",
    warning="#a4262c",
    outline="#737373",
    focus="#1f5f8b",
    tooltip="#ffffdc",
    tooltip_text="#1a1a1a",
    bar="#2f6f9f",
    bar_below_target="#a65200",
    bar_text="#1a1a1a",
    indicator_checked="#ffffff",
    timer_running="#1a1a1a",
    timer_paused="#4d4d4d",
    timer_time_up="#a4262c",
    timer_not_started="#4d4d4d",
    check_icon="check-dark.svg",
    dot_icon="dot-dark.svg",
)

# Black, white and yellow: the combination most high-contrast users choose. Borders are
# drawn on every control so their edges never depend on a shade of grey.
HIGH_CONTRAST = Colours(
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    button="#000000",
    highlight="#ffff00",
    highlighted_text="#000000",
    placeholder="#d0d0d0",
    link="#00ffff",
    muted="#ffffff",
    disabled="#9a9a9a",
    banner="#ffff00",
    banner_text="#000000",
    warning="#ffff00",
    outline="#ffffff",
    focus="#ffff00",
    tooltip="#ffff00",
    tooltip_text="#000000",
    bar="#3d8bff",
    bar_below_target="#ff8a3d",
    bar_text="#ffffff",
    indicator_checked="#ffff00",
    timer_running="#ffffff",
    timer_paused="#00ffff",
    timer_time_up="#ff8a80",
    timer_not_started="#d0d0d0",
    check_icon="check-light.svg",
    dot_icon="dot-light.svg",
)

# The full-screen timer is white on black in both themes.
ON_BLACK = {
    "running": "#ffffff",
    "paused": "#00ffff",
    "time_up": "#ff8a80",
    "not_started": "#d0d0d0",
}

# (foreground, background) fields of Colours that are text on a background: >= 4.5:1.
TEXT_PAIRS: list[tuple[str, str]] = [
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("text", "button"),
    ("highlighted_text", "highlight"),
    ("placeholder", "base"),
    ("link", "base"),
    ("link", "window"),
    ("muted", "window"),
    ("muted", "base"),
    ("banner_text", "banner"),
    ("warning", "window"),
    ("warning", "base"),
    ("tooltip_text", "tooltip"),
    ("bar_text", "base"),
    ("timer_running", "window"),
    ("timer_paused", "window"),
    ("timer_time_up", "window"),
    ("timer_not_started", "window"),
]
# Edges, indicators and focus rings against what is beside them: >= 3:1.
OUTLINE_PAIRS: list[tuple[str, str]] = [
    ("outline", "base"),
    ("outline", "window"),
    ("outline", "button"),
    ("focus", "base"),
    ("focus", "window"),
    ("focus", "button"),
    ("bar", "base"),
    ("bar_below_target", "base"),
    ("highlight", "base"),
]

# Focus is shown by each kind of control's own `:focus` rule below: a 2 px border in the
# focus colour (3 px in high contrast), outside the label. There is no catch-all
# `*:focus { outline }` rule: it drew a second focus rectangle, 2-3 px thick, tight around
# the label of the focused button, check box or tab, over the letters (the "OK" of every
# message box, which has the focus when it opens, was hard to read). Check boxes and radio
# buttons keep room for their ring when not focused (a transparent border), so the ring
# does not cover the end of their words where a form gave them just their width; a
# focused button gives up a pixel of padding for its thicker border, so its words stay
# where they were. A new
# kind of control that takes the focus needs its own rule here (a checkable QGroupBox
# would); tests/test_focus_visible.py checks each kind the app uses shows the focus.
STYLE_SHEET = """
QLabel#screen_heading { font-size: %(heading)spt; font-weight: 600; margin: 2px 0 4px 0; }
QLabel#intro, QLabel#hint { color: %(muted)s; }
QLabel#intro { margin-bottom: 6px; }
QLabel#banner { background: %(banner)s; color: %(banner_text)s; padding: 8px 12px;
                border-bottom: 1px solid %(outline)s; font-weight: 600; }
QLabel#below_target { color: %(warning)s; font-weight: 600; }
QListWidget#session_list::item { padding: 6px 4px; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,
QTimeEdit, QDateTimeEdit, QAbstractItemView, QTextBrowser {
    border: 1px solid %(outline)s; }
QPushButton, QToolButton { border: 1px solid %(outline)s; border-radius: 3px;
                           background: %(button)s; padding: 3px 10px; }
QToolBar QToolButton { padding: 3px 6px; }
QPushButton:hover, QToolButton:hover { background: %(base)s; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: %(alternate_base)s; }
QPushButton:disabled, QToolButton:disabled { color: %(disabled)s; border-color: %(disabled)s; }
QComboBox { padding: 2px 6px; background: %(base)s; }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {
    width: 0.9em; height: 0.9em; border: %(indicator_border)spx solid %(outline)s;
    background: %(base)s; }
QRadioButton::indicator { border-radius: 0.45em; }
QCheckBox::indicator:checked, QGroupBox::indicator:checked {
    background: %(indicator_checked)s; image: url(%(check)s); }
QRadioButton::indicator:checked { background: %(indicator_checked)s; image: url(%(dot)s); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: %(disabled)s; }
QSlider::groove:horizontal { border: 1px solid %(outline)s; height: 0.4em;
                             background: %(base)s; border-radius: 2px; }
QSlider::sub-page:horizontal { background: %(highlight)s; border: 1px solid %(outline)s;
                               border-radius: 2px; }
QSlider::handle:horizontal { background: %(base)s; border: 2px solid %(outline)s;
                             width: 0.9em; margin: -0.4em 0; border-radius: 0.45em; }
QSlider::handle:horizontal:focus { border-color: %(focus)s; background: %(highlight)s; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QTextBrowser:focus {
    border: 2px solid %(focus)s; }
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; }
QPushButton:focus, QToolButton:focus { padding: 2px 9px; }
QToolBar QToolButton:focus { padding: 2px 5px; }
QCheckBox:focus, QRadioButton:focus { border-color: %(focus)s; }
QTabBar::tab:focus { border: 2px solid %(focus)s; }
QProgressBar { border: 1px solid %(outline)s; border-radius: 3px; text-align: center;
               min-height: %(bar_height)spx; background: %(base)s; color: %(bar_text)s; }
QProgressBar::chunk { background: %(bar)s; }
QProgressBar[belowTarget="true"]::chunk { background: %(bar_below_target)s; }
QToolTip { background: %(tooltip)s; color: %(tooltip_text)s; border: 1px solid %(outline)s; }
"""

# Added in high contrast: every surface black, headers and tabs drawn with white edges.
HIGH_CONTRAST_EXTRA = """
QWidget { background: %(window)s; color: %(text)s; }
QLabel#screen_heading { font-weight: 700; }
QLabel#banner { font-weight: 700; }
QLabel#below_target { font-weight: 700; }
QLabel:disabled { color: %(disabled)s; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,
QTimeEdit, QDateTimeEdit, QAbstractItemView, QTextBrowser {
    background: %(base)s; color: %(text)s; border: 2px solid %(outline)s; }
QPushButton, QToolButton { border: 2px solid %(outline)s; }
QPushButton:hover, QToolButton:hover { background: #1a1a1a; }
QTabBar::tab { background: %(window)s; color: %(text)s; border: 2px solid %(outline)s;
               padding: 4px 10px; }
QTabBar::tab:selected { background: %(highlight)s; color: %(highlighted_text)s;
                        font-weight: 700; }
QHeaderView::section { background: %(window)s; color: %(text)s; border: 1px solid %(outline)s;
                       font-weight: 700; }
QMenuBar, QMenu { background: %(window)s; color: %(text)s; }
QMenuBar::item:selected, QMenu::item:selected { background: %(highlight)s;
                                                color: %(highlighted_text)s; }
QMenu { border: 2px solid %(outline)s; }
QAbstractItemView::item:selected { background: %(highlight)s; color: %(highlighted_text)s; }
QGroupBox { border: 2px solid %(outline)s; margin-top: 1.2em; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; color: %(text)s; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QTextBrowser:focus,
QTabBar::tab:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus {
    border: 3px solid %(focus)s; }
QProgressBar { border: 2px solid %(outline)s; font-weight: 700; }
QCheckBox, QRadioButton { border: 3px solid transparent; }
"""


def style_sheet(colours: Colours, scale: float, high: bool) -> str:
    """The application's style sheet for one theme at one text size."""
    values = {name: getattr(colours, name) for name in colours.__dataclass_fields__}
    values.update(
        heading=round(17 * scale, 1),
        bar_height=round(18 * scale),
        indicator_border=2 if high else 1,
        check=(ICONS / colours.check_icon).as_posix(),
        dot=(ICONS / colours.dot_icon).as_posix(),
    )
    sheet = STYLE_SHEET + (HIGH_CONTRAST_EXTRA if high else "")
    return sheet % values


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


def colours() -> Colours:
    """The colours of the theme in use now."""
    return HIGH_CONTRAST if is_high_contrast() else NORMAL


def timer_colour(phase: str, on_black: bool = False) -> str:
    """The countdown's colour for `phase` ("running", "paused", "time_up", "not_started"),
    on the page or (`on_black`) on the full-screen timer."""
    if on_black:
        return ON_BLACK[phase]
    return getattr(colours(), "timer_" + phase)


def palette_for(c: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.ToolTipBase: c.tooltip,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.BrightText: c.focus,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in roles.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
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
    chosen = HIGH_CONTRAST if high else NORMAL
    app.setPalette(palette_for(chosen))
    app.setStyleSheet(style_sheet(chosen, scale, high))
    theme_changed().changed.emit(scale, high)


def set_text_scale(percent: int) -> None:
    settings.write(TEXT_SCALE_KEY, clamp_percent(percent))
    apply_theme()


def set_high_contrast(on: bool) -> None:
    settings.write(HIGH_CONTRAST_KEY, bool(on))
    apply_theme()
