"""The demo programme's points raised and their responses, one in every state.

Runs last among the demo parts: it finds the notes, themes, card responses, questions and
returned feedback the other parts wrote by the words in them, and links each point to the
real sources. A point whose sources are not found still
appears, with the words kept in its detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core import points
from workshop.demo.dates import DemoDates

if TYPE_CHECKING:
    from workshop.core.store import Programme

# Tables searched for sources, with the columns that hold their words.
_SOURCE_TABLES = (
    "board_clusters",
    "board_notes",
    "card_responses",
    "questions",
    "feedback_responses",
)

# One demo card response names a neighbour. Quotes in a public document are better
# without anyone's name, so the demo leaves that source out.
_NAMED_NEIGHBOURS = ("marcia",)

# The days responses were published, counted as in workshop.demo.dates: after the last
# session they answer (7 weeks back) and before today. A response published twice (first
# as a promise, then as done) was first published on the earlier day.
FIRST_PUBLISHED_DAY = -28
LAST_PUBLISHED_DAY = -7

# statement, detail, tags, words to look for in sources, response (or None), significance.
DEMO_POINTS: list[dict[str, Any]] = [
    {
        "statement": "There must always be a person to talk to, not only a computer",
        "detail": (
            "Older and disabled residents, and people who do not use the internet, said they "
            "would stop asking for help if they could not reach a person."
        ),
        "tags": ["human contact", "digital exclusion"],
        "find": [
            "nobody to talk to",
            "a real person has to be able to explain",
            "phone number that a person answers",
            "named officer you can speak to",
            "no one to ring",
            "can't use the internet",
            "won't argue with a machine",
            "speak to, with a name",
        ],
        "significant": True,
        "reason": (
            "Losing a human contact would stop some older and disabled residents asking for "
            "help at all."
        ),
        "response": {
            "response_status": "will_change",
            "decision": (
                "Every letter about a housing or benefits decision made with a computer's "
                "help will give a phone number and a named team, and you can always ask for "
                "a face-to-face appointment at a library or the Civic Centre."
            ),
            "reasoning": (
                "You told us that without a person to talk to, many people would give up. "
                "The Cabinet agreed this must be in place before any system is used."
            ),
            "owner": "Customer Services",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "A wrong fraud flag can stop someone's money and cost them their home",
        "detail": "Residents and staff described rent arrears after payments were stopped.",
        "tags": ["benefits", "fairness"],
        "find": [
            "treated like a fraudster",
            "called a cheat",
            "benefits stopped",
            "think it is fraud",
        ],
        "significant": True,
        "reason": (
            "One resident's wrong fraud flag cost her three months' rent: one case like "
            "hers outweighs any vote."
        ),
        "response": {
            "response_status": "changed",
            "decision": (
                "A computer flag can no longer stop or reduce a payment on its own. A "
                "benefits officer must look at the claim and speak to you first."
            ),
            "reasoning": (
                "A flag only means 'worth a second look'. Stopping money on a guess caused "
                "real harm, so we changed the procedure in April."
            ),
            "owner": "Benefits Service Manager",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "Tell us straight when a computer helped make a decision, in normal words",
        "detail": "",
        "tags": ["being told", "plain English"],
        "find": [
            "computer made the decision",
            "normal words",
            "computer helped",
            "decisions written down",
            "tell me it's a computer",
            "say clearly it is a computer",
        ],
        "significant": False,
        "reason": "",
        "response": {
            "response_status": "changed",
            "decision": (
                "Decision letters now say when a computer system helped, what information it "
                "looked at, and how to ask for a person to look again."
            ),
            "reasoning": "Young people and front-line staff asked for this in every session.",
            "owner": "Housing Allocations team",
            "published_on": LAST_PUBLISHED_DAY,
        },
        # First published as a promise, then as done: the pack shows the progress.
        "earlier": {"response_status": "will_change", "published_on": FIRST_PUBLISHED_DAY},
    },
    {
        "statement": "Do not use where people live to guess who is trouble",
        "detail": "",
        "tags": ["fairness", "young people"],
        "find": ["where you live", "postcode"],
        "significant": True,
        "reason": (
            "A young carer said her postcode already gets her followed in shops; using it "
            "could treat a whole estate unfairly."
        ),
        "response": {
            "response_status": "considering",
            "decision": (
                "We have asked the supplier to show us every piece of information the system "
                "uses. We will decide whether postcode is removed at the Cabinet meeting on "
                "15 July and publish the answer here."
            ),
            "reasoning": (
                "We do not yet know whether postcode is used directly or only through other "
                "information, so we cannot promise until we have checked."
            ),
            "owner": "Data Ethics Board",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "The system could treat some groups unfairly because the past was unfair",
        "detail": "",
        "tags": ["fairness"],
        "find": [
            "unfair to some groups",
            "past wasn't fair",
            "different surname",
            "computer copies it",
        ],
        "significant": True,
        "reason": "A risk of unfair treatment for minority ethnic residents.",
        "response": {
            "response_status": "will_change",
            "decision": (
                "An independent check for unfair results between groups before the system is "
                "used, and every six months after, with the results published."
            ),
            "reasoning": (
                "If the system learns from past decisions it can repeat past unfairness. "
                "Checking only once is not enough."
            ),
            "owner": "Data Ethics Board",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "Keep paying people while their challenge is looked at",
        "detail": "",
        "tags": ["challenging a decision", "benefits"],
        "find": ["keep paying", "still get paid while you look"],
        "significant": True,
        "reason": (
            "Front-line staff warned that stopping payments during a challenge pushes "
            "families into debt."
        ),
        "response": {
            "response_status": "outside_scope",
            "decision": (
                "We cannot decide this for Universal Credit: it is set by national rules. "
                "Housing Benefit, which the council runs, can be stopped by law while a claim "
                "is checked. We have asked the Benefits Service to say how it will keep any "
                "stop as short as possible."
            ),
            "reasoning": (
                "The Department for Work and Pensions sets the rules for Universal Credit, "
                "which this engagement cannot change. We have passed your point on and will "
                "publish their reply."
            ),
            "passed_to": "Department for Work and Pensions, Greater Manchester partnership team",
            "owner": "Benefits Service Manager",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "Let me see where I am on the housing list at any time",
        "detail": "",
        "tags": ["housing"],
        "find": ["where i am on the list"],
        "significant": False,
        "reason": "",
        "response": {
            "response_status": "not_changing",
            "decision": "We will not show a live place on the list.",
            "reasoning": (
                "Places change every day as urgent cases come in, so a live number would "
                "often go down as well as up and mislead people. Instead your letter will "
                "show your band and how long people in your band waited last year."
            ),
            "owner": "Housing Allocations team",
            "published_on": LAST_PUBLISHED_DAY,
        },
    },
    {
        "statement": "Who sees my data, and will it be shared with the police or Home Office?",
        "detail": "",
        "tags": ["data sharing"],
        "find": ["who sees my data", "home office", "police get the scores", "social media"],
        "significant": False,
        "reason": "",
        "response": {
            "response_status": "will_change",
            "decision": (
                "A short plain-English list of who can see what, on every letter and online."
            ),
            "reasoning": "",
            "owner": "Information Governance team",
            "published_on": None,  # a draft, not yet published
        },
    },
    {
        "statement": "Computer translations get things wrong",
        "detail": "",
        "tags": ["languages"],
        "find": ["translations done by a computer", "decisions in urdu"],
        "significant": False,
        "reason": "",
        "response": None,  # no response yet
    },
    {
        # Raised from the Hopes column: worded and counted as a hope, not a complaint.
        "statement": "Help and letters in other languages, checked by a person",
        "detail": "",
        "tags": ["languages"],
        "find": ["works in other languages"],
        "significant": False,
        "reason": "",
        "response": None,
    },
]


def _candidate_sources(programme: Programme) -> list[tuple[str, str, str]]:
    found = []
    for table in _SOURCE_TABLES:
        for row in programme.rows(table, order_by="rowid"):
            words = points.source_info(programme, table, row["id"]).words
            if words:
                found.append((table, row["id"], words.casefold()))
    return found


def _dated(response: dict[str, Any], dates: DemoDates) -> dict[str, Any]:
    day = response["published_on"]
    return {**response, "published_on": "" if day is None else dates.day(day)}


def write_points_demo(programme: Programme, dates: DemoDates) -> None:
    candidates = _candidate_sources(programme)
    with programme.transaction():
        for spec in DEMO_POINTS:
            sources = [
                (table, row_id)
                for table, row_id, words in candidates
                if any(phrase in words for phrase in spec["find"])
                and not any(name in words for name in _NAMED_NEIGHBOURS)
            ][:8]
            point_id = points.raise_point(
                programme,
                sources,
                spec["statement"],
                detail=spec["detail"],
                tags=spec["tags"],
                significant=spec["significant"],
                significance_reason=spec["reason"],
            )
            if spec["response"]:
                response = _dated(spec["response"], dates)
                if spec.get("earlier"):
                    earlier = _dated(spec["earlier"], dates)
                    programme.update("points", point_id, {**response, **earlier})
                programme.update("points", point_id, response)
