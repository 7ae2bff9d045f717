"""Session details: what, when, where, how, with whom. Every field saves when you leave it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from workshop.core import vocab
from workshop.ui.context import AppContext
from workshop.ui.forms import PlainTextField, RowBinder
from workshop.ui.page_layout import flow_row, intro_label, page_with_scroll

NO_DATE = QDate(2000, 1, 1)


class DetailsPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        labels = {
            "title": self.tr("title"),
            "starts_at": self.tr("date and time"),
            "venue_name": self.tr("venue"),
            "venue_address": self.tr("address"),
            "venue_access_notes": self.tr("access notes"),
            "format": self.tr("format"),
            "partners": self.tr("partners"),
            "facilitators": self.tr("facilitators"),
            "status": self.tr("status"),
        }
        self.binder = RowBinder(
            ctx, "sessions", lambda: session_id, self, describe=lambda f: labels.get(f, f)
        )
        b = self.binder

        self.title = b.line(
            self._named(QLineEdit(), "Session title", self.tr("Session title")), "title"
        )
        self.date = self._named(QDateEdit(), "Date", self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date yet"))
        self.date.setMinimumWidth(_date_box_width(self.date))
        self.start = self._named(QTimeEdit(), "Start time", self.tr("Start time"))
        self.end = self._named(QTimeEdit(), "End time", self.tr("End time"))
        for box in (self.start, self.end):
            box.setDisplayFormat("HH:mm")
        b.custom("starts_at", self._show_times, lambda: self._times()[0])
        b.custom("ends_at", lambda _v: self._show_times(None), lambda: self._times()[1])
        for box in (self.date, self.start, self.end):
            box.editingFinished.connect(self._save_times)

        self.venue_name = b.line(
            self._named(QLineEdit(), "Venue name", self.tr("Venue name")), "venue_name"
        )
        self.venue_address = b.text(
            self._named(PlainTextField(), "Venue address", self.tr("Venue address")),
            "venue_address",
        )
        self.venue_address.setMaximumHeight(64)
        self.access_notes = b.text(
            self._named(PlainTextField(), "Venue access notes", self.tr("Venue access notes")),
            "venue_access_notes",
        )
        self.access_notes.setPlaceholderText(
            self.tr(
                "For example: step-free entrance on Market Square; lift to first floor; "
                "accessible toilet on the ground floor."
            )
        )
        self.format = b.choice(
            self._named(QComboBox(), "Format", self.tr("Format")), "format", vocab.SESSION_FORMATS
        )
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setObjectName("hint")
        self.format.currentIndexChanged.connect(self._show_format_help)
        self.partners = b.line(
            self._named(QLineEdit(), "Partner organisations", self.tr("Partner organisations")),
            "partners",
        )
        self.partners.setPlaceholderText(self.tr("Separate names with a semicolon"))
        self.facilitators = b.line(
            self._named(QLineEdit(), "Facilitators", self.tr("Facilitators")), "facilitators"
        )
        self.status = b.choice(
            self._named(QComboBox(), "Status", self.tr("Status")), "status", vocab.SESSION_STATUSES
        )

        # Wraps onto a second line at large text sizes rather than widen the page.
        times = flow_row(
            self.date, QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end
        )

        content = QWidget()
        form = QFormLayout(content)
        form.addRow(
            intro_label(
                self.tr(
                    "What, when and where. Everything is saved as soon as you leave a box; "
                    "use Edit > Undo to take a change back."
                )
            )
        )
        form.addRow(self.tr("T&itle"), self.title)
        when = QLabel(self.tr("&When"))
        when.setBuddy(self.date)
        form.addRow(when, times)
        form.addRow(self.tr("Ve&nue"), self.venue_name)
        form.addRow(self.tr("Add&ress"), self.venue_address)
        form.addRow(self.tr("Access n&otes"), self.access_notes)
        form.addRow(self.tr("For&mat"), self.format)
        form.addRow("", self.format_help)
        form.addRow(self.tr("&Partners"), self.partners)
        form.addRow(self.tr("Faci&litators"), self.facilitators)
        form.addRow(self.tr("Stat&us"), self.status)
        page_with_scroll(self, content)
        self.binder.refresh()
        self._show_format_help()

    def _named(self, widget, name: str, spoken: str):
        """`spoken` is what a screen reader says: `self.tr("literal")` at the call, so the
        translation build finds it; the object name stays English."""
        widget.setAccessibleName(spoken)
        widget.setObjectName(name.lower().replace(" ", "_"))
        return widget

    def _show_format_help(self) -> None:
        self.format_help.setText(
            self.tr(vocab.SESSION_FORMATS.explanation(self.format.currentData()))
        )

    def _times(self) -> tuple[str, str]:
        if self.date.date() == NO_DATE:
            return "", ""
        day = self.date.date().toString("yyyy-MM-dd")
        return (
            f"{day}T{self.start.time().toString('HH:mm')}",
            f"{day}T{self.end.time().toString('HH:mm')}",
        )

    def _show_times(self, _value) -> None:
        row = self.binder.row()
        starts, ends = row.get("starts_at", ""), row.get("ends_at", "")
        for box in (self.date, self.start, self.end):
            box.blockSignals(True)
        if starts:
            start = datetime.fromisoformat(starts)
            self.date.setDate(QDate(start.year, start.month, start.day))
            self.start.setTime(QTime(start.hour, start.minute))
        else:
            self.date.setDate(NO_DATE)
            self.start.setTime(QTime(18, 0))
        if ends:
            end = datetime.fromisoformat(ends)
            self.end.setTime(QTime(end.hour, end.minute))
        else:
            self.end.setTime(QTime(20, 0))
        for box in (self.date, self.start, self.end):
            box.blockSignals(False)

    def _save_times(self) -> None:
        starts, ends = self._times()
        self.binder.commit(values={"starts_at": starts, "ends_at": ends})


def _date_box_width(box: QDateEdit) -> int:
    """Room for the widest date the box can show in the app's language and font (Qt sizes
    a date box from its limits, and cut the year of "Thu 24 Sep 2026" short)."""
    locale = QLocale()
    metrics = box.fontMetrics()
    texts = [box.specialValueText()] + [
        locale.toString(QDate(2026, month, day), box.displayFormat())
        for month in range(1, 13)
        for day in range(22, 29)  # every weekday, two-digit days
    ]
    widest = max(metrics.horizontalAdvance(t) for t in texts)
    # The frame, the margins and the pop-up arrow: about two lines' height.
    return widest + 2 * metrics.height() + 8
