"""The demo programme's scenario-card responses and question wall, in residents' words.

The built-in deck is copied into the programme; each done session has several tables'
reactions to a few cards, and questions: some answered on the day, some owed in writing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.core import card_responses, glossary, questions
from workshop.core.decks import DEFAULT_DECK_KEY, use_builtin_deck
from workshop.core.stable_ids import stable_id
from workshop.demo.dates import DemoDates
from workshop.demo.foundation import DemoSessions

if TYPE_CHECKING:
    from workshop.core.store import Programme

# session key -> [(card key, table, reaction, hopes, fears, questions, changes)]
RESPONSES: dict[str, list[tuple[str, str, str, str, str, str, str]]] = {
    "library": [
        (
            "housing-queue",
            "Table 1",
            "comfortable_with_changes",
            "Might stop people being forgotten on the list.",
            "Marcia went down forty places and nobody to talk to about it.",
            "Can I see where I am on the list and why it moved?",
            "A letter in normal words saying a computer helped and how to challenge it.",
        ),
        (
            "housing-queue",
            "Table 2",
            "not_comfortable",
            "",
            "If the form was filled in wrong, the score is wrong for years.",
            "Who checks the rules before they switch it on?",
            "A named officer you can speak to, with a name and a phone number.",
        ),
        (
            "housing-queue",
            "Table 3",
            "unsure",
            "Same rules for everyone sounds fair.",
            "Older people can't use the internet to check their place.",
            "",
            "Paper copies of your score at the library.",
        ),
        (
            "benefit-fraud-flag",
            "Table 1",
            "not_comfortable",
            "Catching real cheats saves money for the rest of us.",
            "My neighbour had her benefits stopped for six weeks and nearly lost the flat.",
            "Does a person look at it before the money stops?",
            "Keep paying people while the flag is checked.",
        ),
        (
            "benefit-fraud-flag",
            "Table 2",
            "comfortable_with_changes",
            "Staff time goes on the cases that matter.",
            "Being treated like a fraudster because your hours change.",
            "How many flags turn out to be wrong?",
            "Publish how many flags were wrong each year.",
        ),
        (
            "council-chatbot",
            "Table 3",
            "comfortable_with_changes",
            "Answers at night when the office is shut.",
            "Nobody to talk to when it gets it wrong.",
            "Will it tell me it's a computer?",
            "Always a button to reach a person, and a phone number on the screen.",
        ),
    ],
    "community_centre": [
        (
            "front-desk-translation",
            "Women's table",
            "comfortable_with_changes",
            "Better than waiting two weeks for an interpreter.",
            "Translations done by a computer get the money words wrong.",
            "Can I ask for a real interpreter instead?",
            "Use it for simple things only, never for tenancy or money.",
        ),
        (
            "front-desk-translation",
            "Table 2",
            "not_comfortable",
            "",
            "My mother would sign anything the screen said.",
            "Who is to blame if it says the wrong date?",
            "Letters in other languages checked by a person.",
        ),
        (
            "childrens-risk-score",
            "Women's table",
            "not_comfortable",
            "Help might come before things get bad.",
            "Families like ours use more services so we would score higher. It is unfair to some groups.",
            "Would they tell me a computer picked my family?",
            "Tell families when a score was part of the reason.",
        ),
        (
            "childrens-risk-score",
            "Table 2",
            "unsure",
            "",
            "Having a different surname should not make you look risky.",
            "Who sees my data from the school and the doctor?",
            "No police records unless there is a court order.",
        ),
        (
            "facial-recognition",
            "Table 3",
            "not_comfortable",
            "",
            "The cameras get it wrong more for people who look like us.",
            "Will the police keep our faces?",
            "Not in the market or near the mosque.",
        ),
    ],
    "youth_club": [
        (
            "facial-recognition",
            "Table 1",
            "not_comfortable",
            "Finding missing kids faster.",
            "Getting stopped by police for nothing, in front of everyone.",
            "Do they keep your face if it wasn't you?",
            "Delete wrong matches the same day and say sorry.",
        ),
        (
            "facial-recognition",
            "Table 2",
            "unsure",
            "Could help catch people who hurt others.",
            "Where you live already gets you followed in shops.",
            "Who decides where the cameras go?",
            "Young people on the panel that decides.",
        ),
        (
            "cv-screening",
            "Table 1",
            "comfortable_with_changes",
            "Quicker answers when you apply for jobs.",
            "If the people hired in the past wasn't fair, the computer copies it.",
            "Can you ask why you got turned down?",
            "Tell you a computer read it and let a person read it if you ask.",
        ),
        (
            "school-places",
            "Table 2",
            "comfortable_with_changes",
            "Same rules for everyone.",
            "Kids in the villages get sent miles away.",
            "Can you see the rules before you apply?",
            "Use the real bus journey, not a straight line.",
        ),
    ],
    "staff": [
        (
            "benefit-fraud-flag",
            "Table A",
            "comfortable_with_changes",
            "We could spend time on the hard cases.",
            "We'd be blamed when the computer made the decision.",
            "Can we overrule a flag without filling in ten forms?",
            "Keep paying while we check, and make overruling easy.",
        ),
        (
            "predicting-repairs",
            "Table A",
            "comfortable",
            "We'd find damp before tenants get ill.",
            "Tenants who never ring us might still be missed.",
            "Who pays for the sensors?",
            "",
        ),
        (
            "predicting-repairs",
            "Table B",
            "comfortable_with_changes",
            "Fewer wasted visits.",
            "Sensors in homes feel like spying if nobody asks first.",
            "Can tenants say no to a sensor?",
            "Ask every tenant first and show them what it records.",
        ),
        (
            "council-chatbot",
            "Table B",
            "unsure",
            "Fewer calls about bin days.",
            "People won't argue with a machine, they just give up.",
            "What happens to what people type in?",
            "Say clearly it is a computer, and hand over to us when it's stuck.",
        ),
    ],
}

# session key -> [(text, asked by, status, answer, owner, due, answered on)], the dates as
# days counted as in workshop.demo.dates (None for none): answered on the day or since, and
# the answers still owed due in the weeks ahead.
QUESTIONS: dict[str, list[tuple[str, str, str, str, str, int | None, int | None]]] = {
    "library": [
        (
            "Will a person still read my housing form?",
            "Table 1",
            "answered",
            "Yes. A housing officer checks every form. The computer only suggests an order.",
            "",
            None,
            -67,
        ),
        (
            "Can I see where I am on the list and why it moved?",
            "Table 2",
            "owed",
            "",
            "Housing Options team",
            32,
            None,
        ),
        (
            "Who sees my data if I apply for help with council tax?",
            "Table 3",
            "sent",
            "Only the benefits team and the tax office for checking income. We have sent a "
            "full list of who can see what to everyone who asked.",
            "Information Governance",
            -33,
            -38,
        ),
    ],
    "community_centre": [
        (
            "Will the letters come in other languages?",
            "Women's table",
            "owed",
            "",
            "Customer Services",
            18,
            None,
        ),
        (
            "Does the computer know if you are Muslim?",
            "Table 2",
            "answered",
            "No. The system is not given religion, and we will check this in the audit.",
            "",
            None,
            -60,
        ),
        (
            "Do the police get the scores for families?",
            "Table 3",
            "owed",
            "",
            "Children's Services",
            11,
            None,
        ),
    ],
    "youth_club": [
        (
            "Can you refuse to have your face scanned?",
            "Table 1",
            "answered",
            "Not in a public street, but the council has no plans for these cameras. We will "
            "pass your views to the police.",
            "",
            None,
            -54,
        ),
        (
            "Why should a computer pick who gets a job interview?",
            "Table 2",
            "open",
            "",
            "",
            None,
            None,
        ),
    ],
    "staff": [
        (
            "Who is responsible when the system gets it wrong: us or the supplier?",
            "Table A",
            "owed",
            "",
            "Head of Legal",
            23,
            None,
        ),
        (
            "Will we get training before it starts?",
            "Table B",
            "answered",
            "Yes: two half-days, and nobody uses it before the training.",
            "",
            None,
            -47,
        ),
    ],
}


def write_cards_demo(programme: Programme, sessions: DemoSessions, dates: DemoDates) -> None:
    with programme.transaction():
        glossary.seed(programme)
        deck_id = use_builtin_deck(programme, DEFAULT_DECK_KEY)
        for exercise in programme.rows("exercises", "kind = 'cards' AND deck_id = ''"):
            programme.update("exercises", exercise["id"], {"deck_id": deck_id})
        for session_key, rows in RESPONSES.items():
            session_id = sessions[session_key]
            for card_key, table, reaction, hopes, fears, asked, changes in rows:
                card_responses.record(
                    programme,
                    session_id,
                    stable_id("card", DEFAULT_DECK_KEY, card_key),
                    table,
                    reaction=reaction,
                    hopes=hopes,
                    fears=fears,
                    questions=asked,
                    changes=changes,
                )
        for session_key, rows in QUESTIONS.items():
            session_id = sessions[session_key]
            for text, asked_by, status, answer, owner, due, answered_on in rows:
                questions.add(
                    programme,
                    session_id,
                    text,
                    asked_by,
                    status=status,
                    answer=answer,
                    owner=owner,
                    due="" if due is None else dates.day(due),
                    answered_on="" if answered_on is None else dates.day(answered_on),
                )
