"""Anonymous equality monitoring and evaluation slips: the questions, the printed form
codes, and the returns typed in from paper. Qt-free.

A return is stored against its session and its printed form code only: never against a
participant, a note or a feedback card, so nobody's answers can be joined to what they
said or who they are. Each question has numbered options; the number is what the
facilitator types (option 0 is always "Prefer not to say").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workshop.core import feedback_codes
from workshop.core.errors import Label, ValidationError
from workshop.core.legal_sources import Source

if TYPE_CHECKING:
    from workshop.core.store import Programme

PREFER_NOT = "Prefer not to say"


@dataclass(frozen=True)
class Question:
    key: str  # the column in the returns table; never changes
    text: str
    options: tuple[str, ...]  # numbered from 1; 0 is "Prefer not to say"
    # Headings printed above runs of options (the Census groups of ethnicity):
    # option number -> heading printed before it.
    groups: tuple[tuple[int, str], ...] = ()
    # The order the options are printed in, by number (default: 1, 2, 3...). The Welsh
    # census form prints the same groups in another order, keeping their numbers, so a
    # stored answer means the same group whichever form was printed.
    order: tuple[int, ...] = ()

    def printed(self) -> list[tuple[int, str]]:
        """(number, option) in the order printed on the form."""
        numbers = self.order or range(1, len(self.options) + 1)
        return [(n, self.options[n - 1]) for n in numbers]

    def group_of(self, value: int | None) -> str | None:
        """The heading an option is printed under (the census groups), or None."""
        heading, starts = None, dict(self.groups)
        for number, _ in self.printed():
            heading = starts.get(number, heading)
            if number == value:
                return heading
        return None

    def label(self, value: int | None) -> str:
        if value is None:
            return "Not answered"
        if value == 0:
            return PREFER_NOT
        return self.options[value - 1]

    @property
    def numbers(self) -> range:
        return range(0, len(self.options) + 1)


# 2021 Census, England: the 19 ethnic groups in their five headings.
ETHNICITY_ENGLAND = (
    "Bangladeshi",
    "Chinese",
    "Indian",
    "Pakistani",
    "Any other Asian background",
    "African",
    "Caribbean",
    "Any other Black, Black British or Caribbean background",
    "White and Asian",
    "White and Black African",
    "White and Black Caribbean",
    "Any other Mixed or multiple ethnic background",
    "English, Welsh, Scottish, Northern Irish or British",
    "Irish",
    "Gypsy or Irish Traveller",
    "Roma",
    "Any other White background",
    "Arab",
    "Any other ethnic group",
)
ETHNICITY_GROUPS = (
    (1, "Asian or Asian British"),
    (6, "Black, Black British, Caribbean or African"),
    (9, "Mixed or multiple ethnic groups"),
    (13, "White"),
    (18, "Other ethnic group"),
)

# 2021 Census, Wales: the same 19 groups (numbered as England's, so stored answers keep
# their meaning if a programme changes form), worded and ordered as on the questionnaire
# in Wales: White first, with "Welsh, English, Scottish, Northern Irish or British", and
# "Asian Welsh" and "Black Welsh" in the headings.
CENSUS_WALES_SOURCES = (
    Source(
        "ONS, National identity, ethnic group, language and religion question development "
        "for Census 2021: 'Black Welsh' and 'Asian Welsh' added to the high-level ethnic "
        "group headings on the Welsh questionnaire only",
        "https://www.ons.gov.uk/census/censustransformationprogramme/questiondevelopment/"
        "nationalidentityethnicgrouplanguageandreligionquestiondevelopmentforcensus2021",
        "2026-12-02",
    ),
    Source(
        "ONS, Freedom of Information FOI/2023/4977, Ethnicity question 2021 Census: "
        "'What is your ethnic group? C: Asian, Asian Welsh or Asian British' with five "
        "tick boxes (Indian, Pakistani, Bangladeshi, Chinese, any other Asian background)",
        "https://cy.ons.gov.uk/aboutus/transparencyandgovernance/freedomofinformationfoi/"
        "ethnicityquestion2021census",
        "2026-12-02",
    ),
    Source(
        "BBC News, Census 2021: Asian and Black Welsh terms to be added to survey (the White "
        "tick box 'Welsh, English, Scottish, Northern Irish or British'; the tick boxes "
        "otherwise as England's)",
        "https://www.bbc.com/news/uk-wales-politics-51720344",
        "2026-12-02",
    ),
)
ETHNICITY_WALES = tuple(
    {
        8: "Any other Black, Black Welsh, Black British or Caribbean background",
        13: "Welsh, English, Scottish, Northern Irish or British",
    }.get(number, option)
    for number, option in enumerate(ETHNICITY_ENGLAND, start=1)
)
# White; Mixed; Asian; Black; Other, each in the questionnaire's order.
ETHNICITY_WALES_ORDER = (13, 14, 15, 16, 17, 11, 10, 9, 12, 3, 4, 1, 2, 5, 7, 6, 8, 18, 19)
ETHNICITY_WALES_GROUPS = (
    (13, "White"),
    (11, "Mixed or multiple ethnic groups"),
    (3, "Asian, Asian Welsh or Asian British"),
    (7, "Black, Black Welsh, Black British, Caribbean or African"),
    (18, "Other ethnic group"),
)

MONITORING_QUESTIONS: tuple[Question, ...] = (
    Question(
        "age_band",
        "How old are you?",
        (
            "Under 18",
            "18 to 24",
            "25 to 34",
            "35 to 44",
            "45 to 54",
            "55 to 64",
            "65 to 74",
            "75 or over",
        ),
    ),
    Question(
        "disability",
        "Do you have a disability or a long-term health condition that limits your "
        "day-to-day activities?",
        ("Yes", "No"),
    ),
    Question(
        "ethnicity",
        "What is your ethnic group?",
        ETHNICITY_ENGLAND,
        ETHNICITY_GROUPS,
    ),
    Question("sex", "What is your sex?", ("Female", "Male")),
    Question(
        "gender_identity",
        "Is the gender you identify with the same as your sex registered at birth?",
        ("Yes", "No"),
    ),
    Question(
        "sexual_orientation",
        "Which of these best describes your sexual orientation?",
        ("Straight or heterosexual", "Gay or lesbian", "Bisexual", "Another sexual orientation"),
    ),
    Question(
        "religion",
        "What is your religion?",
        (
            "No religion",
            "Christian",
            "Buddhist",
            "Hindu",
            "Jewish",
            "Muslim",
            "Sikh",
            "Another religion",
        ),
    ),
    Question(
        "carer",
        "Do you look after or support anyone because of long-term illness, disability or "
        "old age (unpaid)?",
        ("Yes", "No"),
    ),
    Question(
        "income_band",
        "What is your household's income a year, before tax?",
        (
            "Under £15,000",
            "£15,000 to £24,999",
            "£25,000 to £39,999",
            "£40,000 or more",
            "I don't know",
        ),
    ),
    Question(
        "digital_access",
        "Do you use the internet?",
        ("Yes, on my own", "Yes, with help", "No"),
    ),
)

ENGLAND, WALES = "england", "wales"
ETHNICITY_QUESTIONS = {
    ENGLAND: next(q for q in MONITORING_QUESTIONS if q.key == "ethnicity"),
    WALES: Question(
        "ethnicity",
        "What is your ethnic group?",
        ETHNICITY_WALES,
        ETHNICITY_WALES_GROUPS,
        ETHNICITY_WALES_ORDER,
    ),
}

EVALUATION_QUESTIONS: tuple[Question, ...] = (
    Question("listened", "Did you feel listened to?", ("Yes", "Partly", "No")),
    Question("took_part", "Could you take part fully?", ("Yes", "Partly", "No")),
)
EVALUATION_FREE_TEXT = "What would have made it better?"

MONITORING = "M"
EVALUATION = "E"
KINDS = {MONITORING: "monitoring form", EVALUATION: "evaluation slip"}
TABLES = {MONITORING: "monitoring_returns", EVALUATION: "evaluation_returns"}
QUESTIONS = {MONITORING: MONITORING_QUESTIONS, EVALUATION: EVALUATION_QUESTIONS}

_ALPHABET = feedback_codes.ALPHABET
# Forms per session and kind that a code can number (two characters).
MAX_FORMS = len(_ALPHABET) ** 2


def session_mark(session_id: str) -> str:
    """Three code characters standing for the session."""
    number = int(hashlib.sha256(session_id.encode()).hexdigest(), 16)
    out = ""
    for _ in range(3):
        number, digit = divmod(number, len(_ALPHABET))
        out += _ALPHABET[digit]
    return out


def form_code(kind: str, session_id: str, number: int) -> str:
    """The printed code of form `number` (1, 2, ...) of this kind for a session: 7
    characters with a check character, like a feedback card's code."""
    if kind not in KINDS or not 1 <= number <= MAX_FORMS:
        raise ValueError(f"no form code for {kind!r} number {number}")
    high, low = divmod(number - 1, len(_ALPHABET))
    body = kind + session_mark(session_id) + _ALPHABET[high] + _ALPHABET[low]
    return body + feedback_codes.check_character(body)


def form_codes(kind: str, session_id: str, count: int, first: int = 1) -> list[str]:
    return [form_code(kind, session_id, n) for n in range(first, first + count)]


def session_for_code(programme: Programme, typed: str) -> tuple[str, str, str]:
    """(kind, session id, code) for a typed form code, or a ValidationError saying what is
    wrong with it."""
    code = feedback_codes.normalise(typed)
    problem = feedback_codes.code_problem(code)
    if problem is not None:
        raise ValidationError(
            "{problem} Type the code printed at the top of the form.", problem=str(problem)
        )
    kind = code[0]
    if kind not in KINDS:
        raise ValidationError(
            "{code} is not a monitoring form or evaluation slip code: those start with M or E.",
            code=code,
        )
    mark = code[1:4]
    matches = [
        sid
        for (sid,) in programme.db.execute("SELECT id FROM sessions")
        if session_mark(sid) == mark
    ]
    if not matches:
        raise ValidationError(
            "No session in this programme printed the form {code}. Check the code.", code=code
        )
    if len(matches) > 1:
        raise ValidationError(
            "Two sessions share the form code {code}; type this form in from its session.",
            code=code,
        )
    return kind, matches[0], code


def _answer(value: Any, question: Question) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value not in question.numbers:
        raise ValidationError(
            "For '{question}', type a number from 0 to {most}, or leave it blank.",
            question=question.text,
            most=len(question.options),
        )


def _return_rule(kind: str):
    def rule(row: dict[str, Any], programme: Programme) -> None:
        code = row.get("form_code", "")
        if feedback_codes.code_problem(code) is not None or code[0] != kind:
            raise ValidationError(
                "{code} is not the code of a {what}.", code=code, what=Label(KINDS[kind])
            )
        for question in QUESTIONS[kind]:
            _answer(row.get(question.key), question)

    return rule


monitoring_return_rule = _return_rule(MONITORING)
evaluation_return_rule = _return_rule(EVALUATION)


def prepare_return(
    programme: Programme, typed_code: str, answers: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """(table, row) for one returned form typed in by its code, checked: a code already
    typed in is refused, so a form is never counted twice. Blank answers stay None."""
    kind, session_id, code = session_for_code(programme, typed_code)
    table = TABLES[kind]
    check_not_typed_in(programme, kind, code)
    keys = {q.key for q in QUESTIONS[kind]}
    if kind == EVALUATION:
        keys.add("better")
    row = {k: v for k, v in answers.items() if k in keys}
    row = {"session_id": session_id, "form_code": code, **row}
    _return_rule(kind)(row, programme)
    return table, row


def check_not_typed_in(programme: Programme, kind: str, code: str) -> None:
    """Refuse a form whose code has been typed in before (it would count twice)."""
    if programme.db[TABLES[kind]].count_where("form_code = ?", [code]):
        raise ValidationError(
            "The {what} {code} has already been typed in. Put it on the done pile.",
            what=Label(KINDS[kind]),
            code=feedback_codes.format_code(code),
        )


def record_return(programme: Programme, typed_code: str, answers: dict[str, Any]) -> str:
    """Keep one returned form (see `prepare_return`); one commit."""
    table, row = prepare_return(programme, typed_code, answers)
    return programme.insert(table, row)


def returns(programme: Programme, kind: str, session_ids: list[str] | None = None) -> list[dict]:
    table = TABLES[kind]
    if table not in programme.table_names():
        return []
    if session_ids is None:
        return programme.rows(table, order_by="rowid")
    if not session_ids:
        return []
    marks = ", ".join("?" for _ in session_ids)
    return programme.rows(table, f"session_id IN ({marks})", list(session_ids), order_by="rowid")


def is_disabled(row: dict[str, Any]) -> bool | None:
    value = row.get("disability")
    return None if value in (None, 0) else value == 1


def is_digitally_excluded(row: dict[str, Any]) -> bool | None:
    """Online only with help, or not at all."""
    value = row.get("digital_access")
    return None if value in (None, 0) else value in (2, 3)


def is_carer(row: dict[str, Any]) -> bool | None:
    value = row.get("carer")
    return None if value in (None, 0) else value == 1


# Groups a facilitator counts on the day (core.vocab's reach groups) that a monitoring form
# also asks about, so the two can stand side by side.
DESCRIBED_GROUPS = (
    ("Disabled people", is_disabled),
    ("People who are digitally excluded", is_digitally_excluded),
    ("Carers", is_carer),
)


@dataclass(frozen=True)
class DescribedReach:
    group: str
    described: int  # said so on a monitoring form
    counted: int | None  # the facilitators' head-count; None when no session counted it


def described_beside_counted(
    programme: Programme, sessions: list[dict[str, Any]]
) -> tuple[int, list[DescribedReach]]:
    """(forms returned, each group's self-described count beside its head-count) over
    `sessions`. Forms count from every session in scope; head-counts only from sessions
    held, as everywhere else reach is shown. The overview and the partner pack both ask
    here, so their figures are the same."""
    forms = returns(programme, MONITORING, [s["id"] for s in sessions])
    held = [s["id"] for s in sessions if s["status"] != "planned"]
    counted: dict[str, int] = {}
    if held:
        marks = ", ".join("?" for _ in held)
        for name, reached in programme.conn.execute(
            f"SELECT group_name, SUM(reached) FROM reach WHERE session_id IN ({marks}) "
            "GROUP BY group_name",
            held,
        ):
            counted[name] = reached
    return len(forms), [
        DescribedReach(group, sum(1 for f in forms if test(f)), counted.get(group))
        for group, test in DESCRIBED_GROUPS
    ]


def census_form(programme: Programme) -> str:
    """The programme's monitoring form: 'england' (the default) or 'wales'."""
    return programme.programme().get("census_form") or ENGLAND


def questions(programme: Programme, kind: str) -> tuple[Question, ...]:
    """The questions as this programme prints them: the ethnic groups of the census of
    England or of Wales, as its details say."""
    if kind != MONITORING:
        return QUESTIONS[kind]
    ethnicity = ETHNICITY_QUESTIONS[census_form(programme)]
    return tuple(ethnicity if q.key == "ethnicity" else q for q in MONITORING_QUESTIONS)


def question(kind: str, key: str) -> Question:
    for q in QUESTIONS[kind]:
        if q.key == key:
            return q
    raise KeyError(key)
