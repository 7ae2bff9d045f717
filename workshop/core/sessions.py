"""Sessions and the records kept for each: access, incentives, attendance and reach."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from workshop.core import vocab
from workshop.core.store import Programme

# Tables that belong to one session and are copied when a session is duplicated as a
# plan for another (the tallies of who came are not: they belong to the day itself).
SESSION_PLAN_TABLES = ("access_provisions", "incentives", "reach")

PURGE_AFTER_MONTHS = 6


def default_purge_date(starts_at: str) -> str:
    """Personal data is kept for six months after the session, then removed."""
    try:
        day = datetime.fromisoformat(starts_at).date()
    except (TypeError, ValueError):
        day = date.today()
    month_index = day.month - 1 + PURGE_AFTER_MONTHS
    year, month = day.year + month_index // 12, month_index % 12 + 1
    # The month's last day: the day before the next month's first (not `calendar`, which
    # would bring `locale` into opening the app).
    last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day)).isoformat()


def add_session(programme: Programme, values: dict[str, Any] | None = None) -> str:
    """A new session with the usual target groups ready to fill in. One undoable action."""
    values = dict(values or {})
    values.setdefault("title", "New session")
    values.setdefault("purge_after", default_purge_date(values.get("starts_at", "")))
    with programme.transaction():
        session_id = programme.insert("sessions", values)
        for position, group in enumerate(vocab.DEFAULT_REACH_GROUPS):
            programme.insert(
                "reach", {"session_id": session_id, "group_name": group, "position": position}
            )
    return session_id


def duplicate_session(programme: Programme, session_id: str) -> str:
    """A copy to plan a similar session: details, provisions, incentives and target groups,
    with the numbers on the day left at zero."""
    original = programme.get("sessions", session_id)
    if original is None:
        raise ValueError("session not found")
    copy = {k: v for k, v in original.items() if k not in ("id", "created_at", "updated_at")}
    copy.update(
        title=f"{original['title']} (copy)", status="planned", attended=0, prefer_not_to_say=0
    )
    with programme.transaction():
        new_session = programme.insert("sessions", copy)
        for table in SESSION_PLAN_TABLES:
            for row in programme.rows(table, "session_id = ?", [session_id], order_by="rowid"):
                values = {
                    k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")
                }
                values["session_id"] = new_session
                if table == "reach":
                    values["reached"] = 0
                if table == "incentives":
                    values["given"] = 0
                programme.insert(table, values)
    return new_session


def sessions_by_date(programme: Programme) -> list[dict[str, Any]]:
    # Undated sessions go last, in the order they were made.
    return programme.rows("sessions", order_by="starts_at = '', starts_at, created_at")


def session_rows(programme: Programme, table: str, session_id: str) -> list[dict[str, Any]]:
    order = "position, rowid" if table == "reach" else "rowid"
    return programme.rows(table, "session_id = ?", [session_id], order_by=order)


def incentive_totals(programme: Programme, session_id: str) -> dict[str, int]:
    session = programme.get("sessions", session_id) or {}
    rows = session_rows(programme, "incentives", session_id)
    planned = sum(r["unit_pence"] * r["planned"] for r in rows)
    given = sum(r["unit_pence"] * r["given"] for r in rows)
    budget = session.get("incentive_budget_pence", 0)
    return {
        "planned_pence": planned,
        "given_pence": given,
        "budget_pence": budget,
        "left_pence": budget - given,
    }


def session_summary(programme: Programme, session: dict[str, Any]) -> dict[str, Any]:
    """The facts `workshop sessions --json` promises (a stable contract)."""
    sid = session["id"]

    def count(table: str) -> int:
        return programme.db[table].count_where("session_id = ?", [sid])

    reach = session_rows(programme, "reach", sid)
    return {
        "id": sid,
        "title": session["title"],
        "starts_at": session["starts_at"],
        "ends_at": session["ends_at"],
        "venue": session["venue_name"],
        "format": session["format"],
        "status": session["status"],
        "provisions": count("access_provisions"),
        "access_requests": count("access_requests"),
        "access_requests_met": programme.db["access_requests"].count_where(
            "session_id = ? AND outcome = 'met'", [sid]
        ),
        "incentives": count("incentives"),
        "attended": session["attended"],
        "people_reached": sum(r["reached"] for r in reach),
        "reach": [
            {"group": r["group_name"], "planned": r["planned"], "reached": r["reached"]}
            for r in reach
        ],
    }


def format_pounds(pence: int) -> str:
    sign = "-" if pence < 0 else ""
    pence = abs(pence)
    return f"{sign}£{pence // 100:,}.{pence % 100:02d}"


def parse_pounds(text: str) -> int:
    """'£12.50', '12.5' or '12' to pence. Raises ValueError with a plain message."""
    cleaned = text.strip().replace("£", "").replace(",", "")
    if not cleaned:
        return 0
    try:
        value = round(float(cleaned) * 100)
    except ValueError:
        raise ValueError(f"'{text}' is not an amount of money. Type it like 12.50.") from None
    if value < 0:
        raise ValueError("An amount of money cannot be negative.")
    return value


def next_participant_code(programme: Programme) -> str:
    """The next free code in the programme (P-001, P-002, ...): codes, not names, are how
    a participant is recorded."""
    highest = 0
    for (code,) in programme.db.execute("SELECT code FROM participants"):
        number = code.removeprefix("P-")
        if number.isdigit():
            highest = max(highest, int(number))
    return f"P-{highest + 1:03d}"
