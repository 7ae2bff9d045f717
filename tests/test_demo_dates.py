"""The demo's dates are counted from the day it is written, so its story holds on any day:
sessions held weeks ago, answers and responses since, nothing published after today, and
the drop-in, the owed answers and the responses' deadline still ahead."""

import re
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from workshop.core import points
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.pack import build_pack
from workshop.export.public_pack import build_public_pack

# A Monday and a Sunday: both ends of the week the demo's days are counted from.
MONDAY, SUNDAY = date(2026, 11, 30), date(2027, 6, 13)

# Each session's weekday and hours, whatever day the demo is written.
WHEN = {
    "Evening conversation at Riverside Central Library": ("Thursday", "18:00", "20:00"),
    "Afternoon session at Al-Noor Community Centre": ("Thursday", "13:30", "15:30"),
    "Youth club session: 'Computer says no?'": ("Wednesday", "17:00", "18:30"),
    "Front-line staff workshop": ("Wednesday", "10:00", "12:00"),
    "Drop-in at Northgate Food Bank": ("Wednesday", "10:00", "13:00"),
}


@pytest.fixture(scope="module", params=[MONDAY, SUNDAY], ids=["monday", "sunday"])
def pinned(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo-dates") / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme, today=request.param)
    with Programme.open(path) as programme:
        yield programme, request.param


def _day(text: str) -> date:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def test_held_sessions_are_weeks_behind_and_the_planned_one_ahead(pinned):
    programme, today = pinned
    sessions = programme.rows("sessions", order_by="starts_at")
    assert [s["title"] for s in sessions] == list(WHEN)
    for session in sessions:
        weekday, starts, ends = WHEN[session["title"]]
        start, end = datetime.fromisoformat(session["starts_at"]), session["ends_at"]
        assert (f"{start:%A}", f"{start:%H:%M}") == (weekday, starts)
        assert end == f"{start:%Y-%m-%d}T{ends}"
        if session["status"] == "done":
            assert timedelta(weeks=6) < today - start.date() < timedelta(weeks=11)
        else:
            assert timedelta(days=9) <= start.date() - today <= timedelta(days=16)
        # Personal data is kept six months after the session, so none is due for removal.
        assert date.fromisoformat(session["purge_after"]) > today
    held = [s for s in sessions if s["status"] == "done"]
    assert len(held) == 4 and sessions[-1]["status"] == "planned"
    gaps = {
        (_day(b["starts_at"]) - _day(a["starts_at"])).days
        for a, b in zip(held, held[1:], strict=False)
    }
    assert gaps <= {6, 7}  # a week apart, as the weekdays allow


# Worked out by hand from the calendar, per pinned day: the session days, the responses'
# deadline in words, and the month the Cabinet met.
EXPECTED = {
    MONDAY: (
        ["2026-09-24", "2026-10-01", "2026-10-07", "2026-10-14", "2026-12-16"],
        "27 January 2027",
        "November",
    ),
    SUNDAY: (
        ["2027-04-01", "2027-04-08", "2027-04-14", "2027-04-21", "2027-06-23"],
        "4 August 2027",
        "May",
    ),
}


def test_a_pinned_day_gives_the_same_dates_every_time(pinned):
    programme, today = pinned
    days, due, cabinet = EXPECTED[today]
    sessions = programme.rows("sessions", order_by="starts_at")
    assert [s["starts_at"][:10] for s in sessions] == days
    details = programme.programme()
    assert f"by {due} on the council website" in details["publish_when_where"]
    assert f"Cabinet meeting in {cabinet} before" in details["feedback_use"]


def test_everything_after_its_session_and_nothing_published_after_today(pinned):
    programme, today = pinned
    starts = {s["id"]: _day(s["starts_at"]) for s in programme.rows("sessions")}
    held = max(day for day in starts.values() if day < today)
    batches = programme.rows("feedback_batches")
    assert batches and all(
        _day(b["printed_at"]) == starts[b["session_id"]] - timedelta(days=1) for b in batches
    )
    answers = programme.rows("feedback_responses")
    assert answers and all(
        starts[r["session_id"]] <= _day(r["received_at"]) <= today for r in answers
    )
    questions = programme.rows("questions")
    answered = [q for q in questions if q["answered_on"]]
    owed = [q for q in questions if q["status"] == "owed"]
    assert answered and all(
        starts[q["session_id"]] <= date.fromisoformat(q["answered_on"]) <= today for q in answered
    )
    assert owed and all(date.fromisoformat(q["due"]) > today for q in owed)
    assert date.fromisoformat(programme.programme()["responses_due"]) > today
    published = [p for p in programme.rows("points") if p["published_on"]]
    assert published
    for point in published:
        assert held < date.fromisoformat(point["published_on"]) <= today
        history = points.status_history(programme, point["id"])
        assert all(held < date.fromisoformat(when) <= today for _, when in history)
        assert points.point_warnings(point, today=today) == []  # owner, not overdue, not future
        assert points.publish_problems(point, today) == []


def test_points_screen_flags_no_demo_date_as_in_the_future(qtbot, demo):
    from PySide6.QtGui import QUndoStack

    from workshop.ui.context import AppContext, ProgrammeBridge
    from workshop.ui.points_page import PointsPage

    due = demo.programme()["responses_due"]
    rows = demo.rows("points")
    assert any(p["published_on"] for p in rows)
    assert all("future_date" not in points.point_warnings(p, due) for p in rows)
    bridge = ProgrammeBridge(demo)
    page = PointsPage(AppContext(demo, bridge, QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    shown = []
    for row in range(page.point_list.count()):
        page.point_list.setCurrentRow(row)
        shown.append(page.point_list.item(row).text() + "\n" + page.publish_state.text())
    assert len(shown) == len(rows)
    assert not [text for text in shown if "in the future" in text]
    bridge.detach()


_DATE = r"(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})"


def _dates_after(words: str, text: str) -> list[date]:
    found = re.findall(words + " " + _DATE, " ".join(text.split()))
    return [datetime.strptime(day, "%d %B %Y").date() for day in found]


def _pdf_text(data: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_packs_printed_today_show_nothing_published_or_received_after_today(demo):
    public = _pdf_text(build_public_pack(demo))
    (produced,) = _dates_after("Produced", public)
    assert produced == date.today()
    published = _dates_after(r"(?:Published:|updated|this:)", public)
    assert published and max(published) <= produced
    internal = _pdf_text(build_pack(demo))
    (prepared,) = _dates_after("Prepared on", internal)
    assert prepared == produced
    received = _dates_after(r"(?:published|received)", internal)
    assert received and max(received) <= prepared
