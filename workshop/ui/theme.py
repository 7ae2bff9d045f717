"""The app's look: Qt's Fusion style with calm colours and clear focus, readable on a
cheap laptop screen and on a projector."""

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLabel#screen_heading { font-size: 17pt; font-weight: 600; margin: 2px 0 4px 0; }
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
               min-height: 18px; }
QProgressBar::chunk { background: #4a8fc0; }
QProgressBar[belowTarget="true"]::chunk { background: #d9822b; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
