"""Returned paper for the demo's held sessions: anonymous equality monitoring forms and
evaluation slips, typed in by their printed codes the way a facilitator would.

The answers are drawn from a fixed seed, shaped a little by who each session was for
(the youth club is young, the Al-Noor afternoon mostly Asian or Asian British and
Muslim), so the equality appendix has overlaps and small numbers to hide.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from workshop.core import monitoring

if TYPE_CHECKING:
    from workshop.core.store import Programme

# Session short name -> (forms returned, slips returned, a leaning for the answers).
RETURNS = {
    "library": (14, 12, "older"),
    "community_centre": (18, 15, "asian"),
    "youth_club": (12, 10, "young"),
    "staff": (7, 8, "staff"),
}

BETTER = [
    "More time for the cards.",
    "A hearing loop that worked at the back.",
    "Mwy o amser i siarad yn Gymraeg.",
    "Więcej czasu na pytania.",
    "سوالات کے لیے زیادہ وقت",
    "",
    "",
    "Start a bit later so I can come after work.",
]


def _answers(rng: random.Random, leaning: str) -> dict[str, int | None]:
    def pick(question: str, weights: list[float]) -> int:
        return rng.choices(range(len(weights)), weights)[0]

    age = {
        "older": [1, 1, 2, 3, 3, 4, 6, 5, 4],
        "young": [1, 8, 5, 1, 0, 0, 0, 0, 0],
        "asian": [1, 1, 3, 4, 4, 3, 2, 1, 1],
        "staff": [1, 0, 3, 4, 4, 3, 1, 0, 0],
    }[leaning]
    ethnicity = [2, 2, 1, 2, 3, 1, 2, 2, 1, 1, 1, 1, 1, 14, 2, 1, 1, 2, 1, 1]
    if leaning == "asian":
        ethnicity = [1, 6, 1, 4, 8, 2, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 2, 1]
    religion = [2, 6, 4, 0, 1, 1, 1, 0, 0]
    if leaning == "asian":
        religion = [1, 1, 1, 0, 1, 0, 12, 0, 0]
    return {
        "age_band": pick("age", age),
        "disability": pick("disability", [1, 3 if leaning == "older" else 2, 6]),
        "ethnicity": pick("ethnicity", ethnicity),
        "sex": pick("sex", [1, 5, 4]),
        "gender_identity": pick("gender", [1, 12, 1]),
        "sexual_orientation": pick("orientation", [2, 10, 1, 1, 1]),
        "religion": pick("religion", religion),
        "carer": pick("carer", [1, 2, 6]),
        "income_band": pick("income", [2, 5, 3, 2, 1, 2]),
        "digital_access": pick("digital", [1, 6, 3 if leaning == "older" else 1, 2]),
    }


def write_returns_demo(programme: Programme, sessions: dict[str, str]) -> None:
    rng = random.Random(1717)
    for name, (forms, slips, leaning) in RETURNS.items():
        session_id = sessions.get(name)
        if session_id is None:
            continue
        for code in monitoring.form_codes(monitoring.MONITORING, session_id, forms):
            answers = _answers(rng, leaning)
            if rng.random() < 0.1:
                answers["income_band"] = None  # left blank on the paper
            monitoring.record_return(programme, code, answers)
        for code in monitoring.form_codes(monitoring.EVALUATION, session_id, slips):
            monitoring.record_return(
                programme,
                code,
                {
                    "listened": rng.choices([1, 2, 3, 0], [7, 3, 1, 0.5])[0],
                    "took_part": rng.choices([1, 2, 3, 0], [6, 3, 1, 0.5])[0],
                    "better": rng.choice(BETTER),
                },
            )
