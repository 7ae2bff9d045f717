"""The demo programme's feedback cards and the responses that came back on them, in
residents' own words, by each way of answering.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from workshop.core.feedback import dedupe_key, plan_cards, record_cards
from workshop.demo.dates import DemoDates
from workshop.demo.foundation import DemoSessions

if TYPE_CHECKING:
    from workshop.core.store import Programme

# (session, cards printed, the day before the session) and what came back, in residents'
# own words: (session, card number, channel, received, words), received as (day, time of
# day or "") with the day counted as in workshop.demo.dates: after the session, before today.
_DEMO_PRINTS = {"library": 24, "community_centre": 32, "youth_club": 16, "staff": 16}
_DEMO_RETURNS = [
    (
        "library",
        3,
        "online",
        (-66, "09:12:40"),
        "I didn't want to say it in the room, but my neighbour was told 'the system decided' and "
        "nobody could tell her why. Whatever you do, a real person has to be able to explain it.",
    ),
    (
        "library",
        7,
        "paper",
        (-62, ""),
        "I am 81 and do not use the internet. Please keep letters on paper and a phone number "
        "that a person answers. Thank you for the taxi.",
    ),
    (
        "library",
        11,
        "phone",
        (-63, ""),
        "Caller said the housing list is unfair already and a computer will just do the same "
        "thing faster. Wants to know who checks the checks.",
    ),
    (
        "community_centre",
        2,
        "online",
        (-59, "21:40:05"),
        "My English is not good so I used my son's phone. The interpreter was very good. Please "
        "send the letters about decisions in Urdu as well.",
    ),
    (
        "community_centre",
        9,
        "text",
        (-58, ""),
        "FAIR - if the computer flags my claim will I still get paid while you look? We cannot "
        "wait weeks with children.",
    ),
    (
        "community_centre",
        14,
        "paper",
        (-56, ""),
        "Women in our group worry the system will see we move house a lot and think it is fraud. "
        "We move because of bad landlords.",
    ),
    (
        "youth_club",
        5,
        "online",
        (-53, "16:03:11"),
        "tbh I'd rather a computer than some people at the council, as long as I can see what "
        "it used about me and say if it's wrong",
    ),
    (
        "youth_club",
        12,
        "text",
        (-52, ""),
        "FAIR will it use my social media? Because that's not ok",
    ),
    (
        "staff",
        4,
        "phone",
        (-45, ""),
        "Front desk officer: we get the angry calls when letters say 'computer decision'. We need "
        "training and a plain script before this starts, not after.",
    ),
    (
        "staff",
        8,
        "online",
        (-46, "08:30:00"),
        "Please test it on last year's cases first and publish how often it would have been "
        "wrong, split by area and by age.",
    ),
]


def write_feedback_demo(programme: Programme, sessions: DemoSessions, dates: DemoDates) -> None:
    """Cards printed the day before each done session, and what came back on them."""
    for key, count in _DEMO_PRINTS.items():
        session = programme.get("sessions", sessions[key])
        day_before = datetime.fromisoformat(session["starts_at"]) - timedelta(days=1)
        plan = plan_cards(programme, sessions[key], count)
        record_cards(programme, plan, day_before.strftime("%Y-%m-%dT16:00:00Z"))
    for key, serial, channel, (day, time), words in _DEMO_RETURNS:
        received = dates.at(day, time) if time else dates.day(day)
        card = programme.rows(
            "feedback_cards", "session_id = ? AND serial = ?", [sessions[key], serial]
        )[0]
        if channel == "online":
            answers = {"Timestamp": received.replace("T", " "), "Your answer": words}
            key_content = json.dumps(answers, sort_keys=True, ensure_ascii=False)
            dedupe = dedupe_key("csv", card["code"], key_content)
            source = "have-your-say-export.csv"
        else:
            answers = {}
            dedupe = dedupe_key("typed", card["code"], " ".join(words.split()).casefold())
            source = "typed in"
        programme.insert(
            "feedback_responses",
            {
                "session_id": card["session_id"],
                "card_id": card["id"],
                "channel": channel,
                "received_at": received,
                "text": words,
                "answers_json": json.dumps(answers, ensure_ascii=False),
                "source": source,
                "dedupe_key": dedupe,
            },
        )
