"""One date style per kind of place (issue 13 saw four on screen).

Sentences and headings say "Tuesday 20 January 2027", tables and lists "20 Jan 2027", in
the app's language (workshop/ui/dates.py). The walk opens every programme view, every
session's pages and the dialogs from the menus, in English and Welsh, reads what is shown
(labels, buttons, group titles, choices in boxes, every cell of every table and list) and
fails on a date written as 2027-01-20 outside an input box, and on a table or list that
writes its dates in two styles."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from ui_support import dialogs_from_menus, quiet_window

from workshop import i18n
from workshop.core import sessions as core_sessions
from workshop.ui import dates, settings
from workshop.ui.app import make_application
from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES

ISO = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
# A hint that names the format may show an example ("YYYY-MM-DD, for example 2027-06-30").
FORMAT_HINT = "YYYY-MM-DD"


def _styles() -> list[tuple[str, re.Pattern]]:
    """The ways a date can be written, in the language in use, most specific first."""
    locale = QLocale()

    def names(kind: str, form: QLocale.FormatType) -> str:
        if kind == "day":
            found = {locale.dayName(d, form) for d in range(1, 8)}
        else:
            found = {locale.monthName(m, form) for m in range(1, 13)}
        return "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))

    long_day, short_day = names("day", QLocale.LongFormat), names("day", QLocale.ShortFormat)
    long_month = names("month", QLocale.LongFormat)
    short_month = names("month", QLocale.ShortFormat)
    # A month whose short name is its whole name (May; Welsh Mai, Awst, Medi) says nothing
    # about the style: "24 Medi 2026" is a short date as much as a long one.
    shorts = {locale.monthName(m, QLocale.ShortFormat) for m in range(1, 13)}
    only_long = "|".join(
        re.escape(n)
        for n in sorted(
            {locale.monthName(m, QLocale.LongFormat) for m in range(1, 13)} - shorts,
            key=len,
            reverse=True,
        )
    )
    day = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])"
    return [
        ("iso", ISO),
        ("long", re.compile(rf"(?:{long_day}) {day} (?:{long_month}) \d{{4}}")),
        (
            "weekday and short month",
            re.compile(rf"(?:{short_day}) {day} (?:{short_month}) \d{{4}}"),
        ),
        ("short", re.compile(rf"(?<![\d\w]\s){day} (?:{short_month}) \d{{4}}")),
        ("day and month", re.compile(rf"{day} (?:{only_long}) \d{{4}}")),
        ("numbers", re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)")),
    ]


def date_styles(text: str) -> list[str]:
    """The style of each date written in `text`."""
    found = []
    for name, pattern in _styles():
        found += [name] * len(pattern.findall(text))
        text = pattern.sub(" ", text)
    return found


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for row in range(model.rowCount(QModelIndex())):
        column = 0
        while model.hasIndex(row, column):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                texts.append(value)
            column += 1
    return texts


def shown_dates(top: QWidget) -> list[str]:
    """What is wrong with the dates shown in `top`: ISO dates outside input boxes, and
    tables or lists mixing styles."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        name = f"{type(widget).__name__}[{widget.objectName()}]"
        if isinstance(widget, QHeaderView):
            continue  # a table's header reads the table's own model
        if isinstance(widget, QAbstractItemView):
            texts = _item_texts(widget)
            styles = {s for text in texts for s in date_styles(text)}
            if len(styles) > 1:
                problems.append(f"{name} writes dates in {len(styles)} styles: {sorted(styles)}")
        elif isinstance(widget, QLabel):
            texts = [widget.text()]
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts = [widget.itemText(i) for i in range(widget.count())]
        else:
            continue
        for text in texts:
            if ISO.search(text) and FORMAT_HINT not in text:
                problems.append(f"{name} shows {text[:80]!r}")
    return problems


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    yield from quiet_window(qtbot, demo_path, monkeypatch)


@pytest.fixture(params=["en", "cy"])
def language(request):
    make_application()
    settings.set_language(request.param)
    assert i18n.install_translator(code=request.param) == request.param
    yield request.param
    settings.set_language("en")
    i18n.install_translator(code="en")


def test_every_screen_writes_its_dates_one_way(language, window, qtbot, monkeypatch):
    found: dict[str, list[str]] = {}
    for index, (title, _) in enumerate(PROGRAMME_VIEWS):
        window.sidebar.choose_view(index)
        QApplication.processEvents()
        found[title] = shown_dates(window)
    seen = 0
    for session in core_sessions.sessions_by_date(window.ctx.programme):
        window.sidebar.choose_session(session["id"])
        editor = window.current_screen()
        for title, _ in SESSION_PAGES:
            editor.show_page(title)
            QApplication.processEvents()
            found[f"{session['title']}: {title}"] = shown_dates(window)
            seen += 1
    assert seen >= len(SESSION_PAGES) * 2

    from test_accessibility_walk import _menu_actions

    for name, widget in dialogs_from_menus(window, _menu_actions(window), qtbot, monkeypatch):
        found[name] = shown_dates(widget)
    failing = {screen: problems for screen, problems in found.items() if problems}
    assert not failing, "\n".join(f"{s}:\n    " + "\n    ".join(p) for s, p in failing.items())


def test_the_sidebar_lists_sessions_with_short_dates_in_the_language(language, window):
    sidebar = window.sidebar
    written = [
        date_styles(sidebar.findChildren(QAbstractItemView)[0].model().index(r, 0).data())
        for r in range(sidebar.findChildren(QAbstractItemView)[0].model().rowCount())
    ]
    styles = {s for row in written for s in row}
    assert styles == {"short"}, written
    first = core_sessions.sessions_by_date(window.ctx.programme)[0]["starts_at"]
    moment = datetime.fromisoformat(first)
    month = QLocale().monthName(moment.month, QLocale.ShortFormat)
    assert f"{moment.day} {month} {moment.year}, {moment:%H:%M}" == dates.short_date_time(first)


def test_the_styles_in_english_and_welsh():
    make_application()
    try:
        i18n.install_translator(code="en")
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
        assert dates.long_date("2027-01-20") == "Wednesday 20 January 2027"
        assert dates.short_date("2027-01-20") == "20 Jan 2027"
        assert dates.short_date(date(2027, 1, 20)) == "20 Jan 2027"
        assert dates.short_date_time("2027-02-04T18:00") == "4 Feb 2027, 18:00"
        assert dates.date_time("2027-02-04T18:05") == "Thursday 4 February 2027, 18:05"
        assert dates.short_date_time("2027-02-04") == "4 Feb 2027"
        assert dates.short_date("") == "" and dates.short_date(None) == ""
        assert dates.short_date("not a date") == "not a date"
        # A UTC stamp is shown in local time.
        utc = datetime(2027, 2, 4, 18, 0).astimezone().astimezone(tz=None)
        stamp = utc.astimezone(tz=datetime.now().astimezone().tzinfo)
        assert dates.short_date_time(stamp.isoformat()).endswith(f"{stamp:%H:%M}")
        i18n.install_translator(code="cy")
        assert dates.long_date("2027-01-20") == "Dydd Mercher 20 Ionawr 2027"
        assert dates.short_date("2027-02-04") == "4 Chwef 2027"
    finally:
        i18n.install_translator(code="en")


def test_the_walk_finds_iso_dates_and_mixed_styles(qtbot):
    make_application()
    i18n.install_translator(code="en")
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Published on 2027-03-01", window)
    hint = QLabel("YYYY-MM-DD, for example 2027-06-30", window)
    table = QTableWidget(3, 1, window)
    table.setObjectName("probe")
    table.move(0, 40)
    for row, text in enumerate(["20 Jan 2027", "Thu 04 Feb 2027, 18:00", "1 March 2027"]):
        table.setItem(row, 0, QTableWidgetItem(text))
    window.show()
    qtbot.waitExposed(window)
    problems = "\n".join(shown_dates(window))
    assert "shows 'Published on 2027-03-01'" in problems
    assert "2027-06-30" not in problems and hint.isVisible()
    assert "QTableWidget[probe] writes dates in 3 styles" in problems
    for row in range(3):
        table.setItem(row, 0, QTableWidgetItem(dates.short_date(f"2027-0{row + 1}-1{row}")))
    label.setText(f"Published on {dates.long_date('2027-03-01')}")
    assert shown_dates(window) == []
