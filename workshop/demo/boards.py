"""The demo programme's agendas and filled boards, in residents' own words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core import agenda, boards
from workshop.demo.foundation import DemoSessions

if TYPE_CHECKING:
    from workshop.core.store import Programme

# A board: columns by title -> themes (title, votes, flag reason or "", [notes]) and loose
# notes. A note is (text, table label, participant code, votes, flag reason or "").
Note = tuple[str, str, str, int, str]

LIBRARY_BOARD: dict[str, Any] = {
    "template": "hopes_fears",
    "dot_budget": 4,
    "voters": 23,
    "columns": {
        "Hopes": {
            "themes": [
                (
                    "Faster, fairer waiting list",
                    9,
                    "",
                    [
                        (
                            "If it's quicker I won't be stuck in a B&B for a year with two kids",
                            "Table 1",
                            "P-004",
                            5,
                            "",
                        ),
                        ("Same rules for everyone, not who shouts loudest", "Table 2", "", 3, ""),
                        ("Less paperwork to fill in again and again", "Table 3", "", 2, ""),
                    ],
                ),
                (
                    "Catching mistakes early",
                    4,
                    "",
                    [
                        (
                            "Might spot when the council has got my income wrong before I get a big "
                            "bill",
                            "Table 2",
                            "P-011",
                            3,
                            "",
                        ),
                        ("Staff freed up to actually talk to people", "Table 1", "", 2, ""),
                    ],
                ),
            ],
            "loose": [
                ("Could tell me where I am on the list at any time", "Table 3", "", 2, ""),
                ("Works in other languages", "Table 1", "", 1, ""),
            ],
        },
        "Fears": {
            "themes": [
                (
                    "Nobody to talk to",
                    11,
                    "Older and disabled residents said losing a human contact would stop them "
                    "asking for help at all.",
                    [
                        ("Computer says no and there is no one to ring", "Table 2", "P-007", 6, ""),
                        (
                            "I can't use the internet, how will I even know what it decided?",
                            "Table 3",
                            "P-015",
                            4,
                            "",
                        ),
                        ("My mum is 84, she won't argue with a machine", "Table 1", "", 2, ""),
                    ],
                ),
                (
                    "Unfair to some groups",
                    6,
                    "",
                    [
                        (
                            "It learns from the past, and the past wasn't fair to us",
                            "Table 1",
                            "P-002",
                            4,
                            "",
                        ),
                        (
                            "People with a different surname get flagged more",
                            "Table 3",
                            "",
                            2,
                            "Raised by one resident from personal experience of being flagged twice; "
                            "must be checked whatever the vote.",
                        ),
                    ],
                ),
            ],
            "loose": [
                ("Who sees my data? Will it go to the Home Office?", "Table 2", "", 3, ""),
                (
                    "It will be used to cut the number of homes, not share them fairly",
                    "Table 3",
                    "",
                    1,
                    "",
                ),
                ("What if the system is wrong about my health?", "Table 1", "", 1, ""),
            ],
        },
    },
}

COMMUNITY_BOARD: dict[str, Any] = {
    "template": "opportunities_risks",
    "dot_budget": 3,
    "voters": 18,
    "columns": {
        "Opportunities": {
            "themes": [
                (
                    "Spotting people who miss out",
                    7,
                    "",
                    [
                        (
                            "Could find people entitled to help who never claim it",
                            "Table A",
                            "",
                            4,
                            "",
                        ),
                        ("Remind people before their claim runs out", "Table B", "", 2, ""),
                    ],
                ),
            ],
            "loose": [
                ("Fewer home visits that feel like an inspection", "Table A", "P-021", 3, ""),
                ("Decisions written down so you can see why", "Table B", "", 2, ""),
            ],
        },
        "Risks": {
            "themes": [
                (
                    "Being treated like a fraudster",
                    9,
                    "A single mum said a wrong fraud flag cost her three months' rent; "
                    "one case like hers outweighs the vote.",
                    [
                        (
                            "Being called a cheat because a computer guessed",
                            "Table B",
                            "P-025",
                            5,
                            "",
                        ),
                        (
                            "Benefits stopped while they 'check', and you can't pay the rent",
                            "Table A",
                            "",
                            4,
                            "",
                        ),
                        (
                            "Shame. People won't come forward if they think they're being watched",
                            "Table B",
                            "",
                            2,
                            "",
                        ),
                    ],
                ),
            ],
            "loose": [
                ("Translations done by a computer get it wrong", "Table A", "", 2, ""),
                ("The company that builds it keeps our data", "Table B", "", 1, ""),
            ],
        },
    },
}

YOUTH_BOARD: dict[str, Any] = {
    "template": "keep_change_stop",
    "dot_budget": 2,
    "voters": 14,
    "columns": {
        "Keep": {
            "themes": [],
            "loose": [
                ("Youth workers who actually know us", "Group 1", "", 4, ""),
                ("Being able to drop in without an appointment", "Group 2", "", 2, ""),
            ],
        },
        "Change": {
            "themes": [
                (
                    "Say when a computer is involved",
                    5,
                    "",
                    [
                        ("Tell us straight if a computer made the decision", "Group 1", "", 3, ""),
                        ("Explain it in normal words not council words", "Group 2", "Y-03", 3, ""),
                    ],
                ),
            ],
            "loose": [
                ("Ask young people before buying the system, not after", "Group 2", "", 2, ""),
            ],
        },
        "Stop": {
            "themes": [],
            "loose": [
                (
                    "Using where you live to guess if you're trouble",
                    "Group 1",
                    "Y-08",
                    3,
                    "A young carer said her postcode already gets her followed in shops; "
                    "she fears the system will do the same.",
                ),
                ("Sharing our info with the police without telling us", "Group 2", "", 2, ""),
            ],
        },
    },
}

STAFF_BOARD: dict[str, Any] = {
    "template": "codesign",
    "dot_budget": 0,
    "voters": 0,
    "columns": {
        "When must a person check the decision?": {
            "themes": [
                (
                    "Always before a refusal",
                    0,
                    "",
                    [
                        (
                            "Any refusal or reduction must be checked by a named officer",
                            "Team 1",
                            "",
                            0,
                            "",
                        ),
                        (
                            "When the system is unsure, it goes to a person, no exceptions",
                            "Team 2",
                            "",
                            0,
                            "",
                        ),
                    ],
                ),
            ],
            "loose": [],
        },
        "What information is fair to use?": {
            "themes": [],
            "loose": [
                ("Only what the resident gave us for this claim", "Team 1", "", 0, ""),
                ("Not health records unless the person agrees", "Team 2", "", 0, ""),
            ],
        },
        "How can people challenge a decision?": {
            "themes": [],
            "loose": [
                ("Phone, letter or face to face, not only online", "Team 2", "", 0, ""),
                (
                    "Keep paying while the challenge is looked at",
                    "Team 1",
                    "",
                    0,
                    "Frontline staff warned that stopping payments during a challenge pushes "
                    "families into debt.",
                ),
            ],
        },
        "What should people be told?": {
            "themes": [],
            "loose": [
                ("That a computer helped, and what it looked at", "Team 1", "", 0, ""),
                ("Who to speak to, with a name and a number", "Team 2", "", 0, ""),
            ],
        },
    },
}

# Each session's agenda: (kind, title, minutes, board spec or None, guidance).
AGENDAS: dict[str, list[tuple[str, str, int, dict[str, Any] | None, str]]] = {
    "library": [
        (
            "other",
            "Welcome, what can and cannot change",
            10,
            None,
            "Go through the expectations page. Say how feedback will be used.",
        ),
        (
            "board",
            "Hopes and fears about the housing list",
            35,
            LIBRARY_BOARD,
            "One idea per note. Read each note out as it goes up.",
        ),
        ("cards", "Scenario cards in small groups", 40, None, ""),
        ("other", "Tea break", 10, None, ""),
        ("questions", "Questions and what happens next", 20, None, ""),
    ],
    "community_centre": [
        ("other", "Welcome and introductions", 10, None, ""),
        ("board", "Benefits checks: opportunities and risks", 40, COMMUNITY_BOARD, ""),
        ("cards", "Scenario cards", 30, None, ""),
        ("questions", "Question wall", 10, None, ""),
    ],
    "youth_club": [
        ("other", "Games and ground rules", 15, None, ""),
        ("board", "Keep, change, stop", 30, YOUTH_BOARD, ""),
        ("questions", "Ask us anything", 15, None, ""),
    ],
    "staff": [
        ("other", "Why we are here", 10, None, ""),
        ("board", "Rules for using the system", 50, STAFF_BOARD, ""),
        ("questions", "Open questions", 15, None, ""),
    ],
    "food_bank": [
        (
            "other",
            "Say hello, explain the project in one minute",
            5,
            None,
            "Keep it short; people are here for the food bank first.",
        ),
        (
            "board",
            "Hopes and fears (drop-in wall)",
            90,
            None,
            "Invite people to add a note while they wait. Type them in at the end.",
        ),
        ("questions", "Questions to take away", 20, None, ""),
    ],
}


def write_boards_demo(programme: Programme, sessions: DemoSessions) -> None:
    """Each session's agenda, and its boards filled with notes, themes and votes."""
    for key, plan in AGENDAS.items():
        session_id = sessions.get(key)
        if not session_id:
            continue
        for kind, title, minutes, spec, guidance in plan:
            extra: dict[str, Any] = {"guidance": guidance}
            template = ""
            if spec:
                template = spec["template"]
                extra.update(dot_budget=spec["dot_budget"], voters=spec["voters"])
            exercise_id = agenda.add_exercise(
                programme, session_id, kind, title, minutes, template=template, **extra
            )
            if spec:
                _fill_board(programme, exercise_id, spec)


def _fill_board(programme: Programme, exercise_id: str, spec: dict[str, Any]) -> None:
    cols = {c["title"]: c for c in boards.columns(programme, exercise_id)}
    for column_title, content in spec["columns"].items():
        column = cols[column_title]
        y = boards.HEADER_H + boards.GAP
        for title, votes, reason, members in content["themes"]:
            y += boards.CLUSTER_TITLE_H
            ids = []
            for i, note in enumerate(members):
                row, col = divmod(i, boards.NOTES_PER_ROW)
                ids.append(
                    _note(
                        programme,
                        column,
                        note,
                        boards.GAP + col * (boards.NOTE_W + boards.GAP),
                        y + row * (boards.NOTE_H + boards.GAP),
                    )
                )
            rows = (len(members) + boards.NOTES_PER_ROW - 1) // boards.NOTES_PER_ROW
            y += rows * (boards.NOTE_H + boards.GAP) + 2 * boards.CLUSTER_PAD
            cluster_id = boards.group_notes(programme, exercise_id, ids, title)
            changes: dict[str, Any] = {"votes": votes}
            if reason:
                changes.update(significant=1, significant_reason=reason)
            programme.update("board_clusters", cluster_id, changes)
        for i, note in enumerate(content["loose"]):
            row, col = divmod(i, boards.NOTES_PER_ROW)
            _note(
                programme,
                column,
                note,
                boards.GAP + col * (boards.NOTE_W + boards.GAP),
                y + row * (boards.NOTE_H + boards.GAP),
            )


def _note(programme: Programme, column: dict[str, Any], note: Note, x: float, y: float) -> str:
    text, table_label, code, votes, reason = note
    values: dict[str, Any] = {
        "exercise_id": column["exercise_id"],
        "column_id": column["id"],
        "text": text,
        "colour": column["colour"],
        "x": x,
        "y": y,
        "votes": votes,
        "table_label": table_label,
        "participant_code": code,
    }
    if reason:
        values.update(significant=1, significant_reason=reason)
    return programme.insert("board_notes", values)
