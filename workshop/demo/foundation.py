"""The demo's foundation: the programme's details and its five sessions, with their access
provisions, requests, incentives and reach. The other parts hang off these sessions.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from workshop.core.clock import long_date
from workshop.core.sessions import add_session, session_rows
from workshop.demo.dates import DemoDates

if TYPE_CHECKING:
    from workshop.core.store import Programme

# The demo's sessions by short name ("library", "staff", ...) -> session id.
DemoSessions = dict[str, str]

PROGRAMME = {
    "title": "Fair decisions: automated systems in housing and benefits",
    "organisation": "Riverside Borough Council",
    "topic": (
        "The council is thinking about using computer systems to help decide who is "
        "offered social housing first, and to spot possible mistakes in benefit claims. "
        "We want residents to help shape whether and how these systems are used."
    ),
    "can_change": (
        "Which information the systems may use; when a person must check a decision; "
        "how residents are told a computer was involved; how to challenge a decision; "
        "whether we go ahead with the benefits pilot at all."
    ),
    "cannot_change": (
        "The law on who qualifies for housing or benefits; the number of council homes "
        "available; national rules set by the Department for Work and Pensions."
    ),
    "feedback_use": (
        "Everything you tell us is typed up and read by the project team and the "
        "Residents' Panel. Each point gets a written answer saying what we did and why. "
        "Your views go to the Cabinet meeting in {cabinet_month} before any decision is made."
    ),
    "publish_when_where": (
        "We will publish 'You said, we did' by {responses_due} on the council website, in "
        "every library, and by post to anyone who asks."
    ),
    "influence_level": "involve",
    "feedback_url_template": "https://riverside.example.gov.uk/have-your-say?card={code}",
    "return_phone": "0300 123 4567 (Monday to Friday, 9am to 5pm)",
    "return_text": "Text FAIR and your card code to 60777",
    "return_post": "Freepost FAIR DECISIONS (no stamp needed)",
    "data_controller": "Riverside Borough Council, Data Protection Officer, dpo@riverside.example.gov.uk",
}

# Days from the Monday of the week the demo is written (see workshop.demo.dates): the
# Cabinet met two weeks before the last responses were published; responses are due
# eight weeks ahead.
CABINET_DAY = -14
RESPONSES_DUE_DAY = 58

# Each session: details with "when" as (day, starts, ends) counted like the above; provisions, requests, incentives, and reach as
# (group, hoped for, reached) in the default groups' order.
SESSIONS = {
    "library": {
        "details": {
            "title": "Evening conversation at Riverside Central Library",
            "when": (-67, "18:00", "20:00"),
            "venue_name": "Riverside Central Library",
            "venue_address": "1 Market Square, Riverside RV1 2AB",
            "venue_access_notes": (
                "Step-free entrance on Market Square. Lift to the first-floor meeting room. "
                "Accessible toilet on the ground floor. Hearing loop in the meeting room."
            ),
            "format": "in_person",
            "partners": "Riverside Tenants' Federation; Age Friendly Riverside",
            "facilitators": "Priya Shah; Tom Elliott",
            "status": "done",
            "incentive_budget_pence": 50000,
            "attended": 23,
            "prefer_not_to_say": 2,
        },
        "provisions": [
            ("step_free", "", "provided", "Checked the lift the day before", 0),
            ("hearing_loop", "", "provided", "Tested with a volunteer", 0),
            ("large_print", "", "provided", "Cards and agenda in 18 pt", 1200),
            ("transport", "", "provided", "Taxi for two residents from Northgate", 3800),
            ("dietary", "", "provided", "Halal and vegan sandwiches", 0),
        ],
        "requests": [
            ("Seat near the front to lip-read", "met"),
            ("Printed copy of the slides before the session", "met"),
            ("A taxi home after 8pm", "met"),
            ("Someone to write notes for me", "partly_met"),
        ],
        "incentives": [
            ("voucher", "£20 shopping voucher", 2000, 20, 19),
            ("refreshments", "Sandwiches, fruit and hot drinks", 9000, 1, 1),
        ],
        "reach": [
            (4, 3),
            (5, 6),
            (3, 2),
            (3, 1),
            (6, 9),
            (5, 3),
            (6, 7),
            (0, 0),
        ],
    },
    "community_centre": {
        "details": {
            "title": "Afternoon session at Al-Noor Community Centre",
            "when": (-60, "13:30", "15:30"),
            "venue_name": "Al-Noor Community Centre",
            "venue_address": "42 Canal Street, Riverside RV3 5QT",
            "venue_access_notes": (
                "Run by the Al-Noor Mosque trust. Ramp at the side door. Women-only room "
                "available. Prayer time around 2.45pm: we build a break in."
            ),
            "format": "in_person",
            "partners": "Al-Noor Mosque trust; Riverside Refugee Welcome",
            "facilitators": "Priya Shah; Amina Yusuf (community connector)",
            "status": "done",
            "incentive_budget_pence": 80000,
            "attended": 31,
            "prefer_not_to_say": 4,
        },
        "provisions": [
            ("step_free", "", "provided", "Ramp at side door, staff on hand", 0),
            ("language_interpreter", "Urdu", "provided", "Two interpreters, one per table", 24000),
            ("language_interpreter", "Somali", "provided", "", 12000),
            (
                "childcare",
                "",
                "provided",
                "Crèche in the next room with two DBS-checked staff",
                15000,
            ),
            ("quiet_space", "", "provided", "Small room upstairs", 0),
            ("easy_read", "", "booked", "Easy-read version of the scenario cards", 6000),
        ],
        "requests": [
            ("Somali interpreter", "met"),
            ("Crèche for two children under five", "met"),
            ("Women-only table", "met"),
            ("Written materials in Urdu", "not_met"),
            ("Break at prayer time", "met"),
        ],
        "incentives": [
            ("voucher", "£20 shopping voucher", 2000, 25, 27),
            ("childcare_cost", "Crèche staff", 15000, 1, 1),
            ("refreshments", "Tea, samosas and fruit", 7000, 1, 1),
        ],
        "reach": [
            (5, 7),
            (3, 2),
            (4, 5),
            (4, 3),
            (4, 6),
            (15, 24),
            (10, 14),
            (0, 0),
        ],
    },
    "youth_club": {
        "details": {
            "title": "Youth club session: 'Computer says no?'",
            "when": (-54, "17:00", "18:30"),
            "venue_name": "Eastfield Youth Club",
            "venue_address": "Eastfield Park Pavilion, Park Road, Riverside RV6 1LL",
            "venue_access_notes": (
                "Single-storey building with level access. Youth workers present throughout. "
                "Session built into the normal club night."
            ),
            "format": "outreach",
            "partners": "Eastfield Youth Trust",
            "facilitators": "Tom Elliott; Jade Morgan (youth worker)",
            "status": "done",
            "incentive_budget_pence": 25000,
            "attended": 17,
            "prefer_not_to_say": 1,
        },
        "provisions": [
            ("step_free", "", "provided", "", 0),
            ("dietary", "", "provided", "Pizza with vegetarian and halal options", 0),
            ("quiet_space", "", "provided", "The games room was kept quiet", 0),
        ],
        "requests": [
            ("Easy-read cards", "partly_met"),
            ("Finish by 6.30 for the last bus", "met"),
        ],
        "incentives": [
            ("voucher", "£10 voucher (young people's rate agreed with the Trust)", 1000, 15, 17),
            ("refreshments", "Pizza and soft drinks", 6500, 1, 1),
        ],
        "reach": [
            (2, 3),
            (2, 1),
            (2, 2),
            (15, 17),
            (0, 0),
            (5, 6),
            (5, 7),
            (0, 0),
        ],
    },
    "staff": {
        "details": {
            "title": "Front-line staff workshop",
            "when": (-47, "10:00", "12:00"),
            "venue_name": "Riverside Civic Centre, Room 2.14",
            "venue_address": "Civic Way, Riverside RV1 1AA",
            "venue_access_notes": "Lift to the second floor. Hearing loop available on request.",
            "format": "in_person",
            "partners": "UNISON Riverside branch",
            "facilitators": "Priya Shah",
            "status": "done",
            "incentive_budget_pence": 2000,
            "attended": 14,
            "prefer_not_to_say": 0,
        },
        "provisions": [
            ("step_free", "", "provided", "", 0),
            ("hearing_loop", "", "not_available", "Portable loop was out for repair", 0),
            ("bsl", "", "provided", "BSL interpreter for one colleague", 18000),
        ],
        "requests": [
            ("BSL interpreter", "met"),
            ("Hearing loop", "not_met"),
        ],
        "incentives": [
            ("refreshments", "Tea and biscuits", 1500, 1, 1),
        ],
        "reach": [
            (0, 0),
            (2, 2),
            (1, 2),
            (2, 1),
            (0, 0),
            (3, 4),
            (0, 0),
            (15, 14),
        ],
    },
    "food_bank": {
        "details": {
            "title": "Drop-in at Northgate Food Bank",
            "when": (16, "10:00", "13:00"),
            "venue_name": "Northgate Food Bank (St Mark's Church Hall)",
            "venue_address": "St Mark's Road, Northgate, Riverside RV8 3JP",
            "venue_access_notes": (
                "Level access through the hall doors. We sit at a table by the tea urn and "
                "talk to people while they wait; nobody has to take part."
            ),
            "format": "drop_in",
            "partners": "Northgate Food Bank; Citizens Advice Riverside",
            "facilitators": "Amina Yusuf; Tom Elliott",
            "status": "planned",
            "incentive_budget_pence": 20000,
            "attended": 0,
            "prefer_not_to_say": 0,
        },
        "provisions": [
            ("step_free", "", "booked", "", 0),
            ("large_print", "", "needed", "Large-print feedback cards", 0),
            ("language_interpreter", "Polish", "needed", "Ask the food bank who could help", 0),
        ],
        "requests": [
            ("Paper feedback form instead of a QR code", "pending"),
        ],
        "incentives": [
            ("voucher", "£10 shopping voucher", 1000, 20, 0),
        ],
        "reach": [
            (8, 0),
            (3, 0),
            (3, 0),
            (2, 0),
            (4, 0),
            (4, 0),
            (12, 0),
            (0, 0),
        ],
    },
}


def programme_details(dates: DemoDates) -> dict[str, str]:
    """The programme's details, with its dates counted from the day the demo is written."""
    due = dates.day(RESPONSES_DUE_DAY)
    cabinet_month = f"{date.fromisoformat(dates.day(CABINET_DAY)):%B}"
    details = {
        key: value.replace("{cabinet_month}", cabinet_month).replace(
            "{responses_due}", long_date(due)
        )
        for key, value in PROGRAMME.items()
    }
    details["responses_due"] = due
    return details


def session_details(spec: dict, dates: DemoDates) -> dict:
    """A session's details with its "when" turned into starts_at and ends_at."""
    details = dict(spec["details"])
    day, starts, ends = details.pop("when")
    details["starts_at"] = dates.at(day, starts)
    details["ends_at"] = dates.at(day, ends)
    return details


def write_foundation(programme: Programme, dates: DemoDates) -> DemoSessions:
    """The programme's details and sessions; returns the session ids by short name."""
    sessions: DemoSessions = {}
    programme.update_programme(programme_details(dates))
    for key, spec in SESSIONS.items():
        session_id = add_session(programme, session_details(spec, dates))
        sessions[key] = session_id
        for kind, language, status, note, cost in spec["provisions"]:
            programme.insert(
                "access_provisions",
                {
                    "session_id": session_id,
                    "kind": kind,
                    "language": language,
                    "status": status,
                    "note": note,
                    "cost_pence": cost,
                },
            )
        for adjustment, outcome in spec["requests"]:
            programme.insert(
                "access_requests",
                {"session_id": session_id, "adjustment": adjustment, "outcome": outcome},
            )
        for kind, description, unit, planned, given in spec["incentives"]:
            programme.insert(
                "incentives",
                {
                    "session_id": session_id,
                    "kind": kind,
                    "description": description,
                    "unit_pence": unit,
                    "planned": planned,
                    "given": given,
                },
            )
        for row, (planned, reached) in zip(
            session_rows(programme, "reach", session_id), spec["reach"], strict=True
        ):
            programme.update("reach", row["id"], {"planned": planned, "reached": reached})
    return sessions
