"""Fixed lists the facilitator chooses from, each with a plain-English label.

Keys are stored in the file and never change; labels and explanations may be reworded
(and translated) freely.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    explanation: str = ""


class Vocabulary:
    def __init__(self, name: str, choices: list[Choice]):
        self.name = name
        self.choices = choices
        self._by_key = {c.key: c for c in choices}

    def __iter__(self):
        return iter(self.choices)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def keys(self) -> list[str]:
        return [c.key for c in self.choices]

    def label(self, key: str | None) -> str:
        choice = self._by_key.get(key or "")
        return choice.label if choice else (key or "")

    def explanation(self, key: str | None) -> str:
        choice = self._by_key.get(key or "")
        return choice.explanation if choice else ""


INFLUENCE_LEVELS = Vocabulary(
    "level of influence",
    [
        Choice("inform", "Inform", "We will tell you what is happening and why."),
        Choice(
            "consult",
            "Consult",
            "We will ask what you think and tell you how it affected the decision.",
        ),
        Choice(
            "involve",
            "Involve",
            "We will work with you so your concerns shape the options we consider.",
        ),
        Choice(
            "collaborate",
            "Collaborate",
            "We will work with you on each part of the decision, including the options.",
        ),
        Choice("empower", "Empower", "You make the final decision and we will carry it out."),
    ],
)

SESSION_FORMATS = Vocabulary(
    "format",
    [
        Choice("in_person", "In person", "A session in a room, with people there together."),
        Choice(
            "drop_in",
            "Drop-in at an existing service point",
            "Meeting people where they already are, such as a library or food bank.",
        ),
        Choice("outreach", "Outreach", "Going out to groups and places people already use."),
        Choice("hybrid", "Hybrid", "Some people in the room and some joining online."),
    ],
)

SESSION_STATUSES = Vocabulary(
    "status",
    [
        Choice("planned", "Planned"),
        Choice("running", "Running"),
        Choice("done", "Done"),
    ],
)

PROVISION_KINDS = Vocabulary(
    "provision",
    [
        Choice("step_free", "Step-free access"),
        Choice("hearing_loop", "Hearing loop"),
        Choice("bsl", "BSL interpreter"),
        Choice("language_interpreter", "Language interpreter"),
        Choice("childcare", "Childcare or crèche"),
        Choice("large_print", "Large print"),
        Choice("easy_read", "Easy read"),
        Choice("quiet_space", "Quiet space"),
        Choice("accessible_toilet", "Accessible toilet"),
        Choice("transport", "Transport help"),
        Choice("dietary", "Dietary needs"),
        Choice("other", "Other"),
    ],
)

PROVISION_STATUSES = Vocabulary(
    "provision status",
    [
        Choice("needed", "Needed"),
        Choice("booked", "Booked"),
        Choice("provided", "Provided"),
        Choice("not_available", "Not available"),
    ],
)

REQUEST_OUTCOMES = Vocabulary(
    "request outcome",
    [
        Choice("pending", "Not yet known"),
        Choice("met", "Met"),
        Choice("partly_met", "Partly met"),
        Choice("not_met", "Not met"),
    ],
)

INCENTIVE_KINDS = Vocabulary(
    "incentive",
    [
        Choice("voucher", "Voucher"),
        Choice("cash", "Cash"),
        Choice("travel", "Travel refund"),
        Choice("refreshments", "Refreshments"),
        Choice("childcare_cost", "Childcare cost"),
        Choice("other", "Other"),
    ],
)

# Groups a council is usually asked to hear from (GMCA value 10). A session starts with
# these; the facilitator can add, rename or remove groups.
DEFAULT_REACH_GROUPS = [
    "People who are digitally excluded",
    "Disabled people",
    "Carers",
    "Young people (under 25)",
    "Older people (over 65)",
    "People from minority ethnic communities",
    "People on low incomes",
    "Public-sector staff",
]


CENSUS_FORMS = Vocabulary(
    "monitoring form",
    [
        Choice(
            "england",
            "England: 2021 Census ethnic groups",
            "The ethnic groups of the 2021 Census in England.",
        ),
        Choice(
            "wales",
            "Wales: 2021 Census ethnic groups",
            "The ethnic groups as asked in Wales: White first, with 'Welsh, English, Scottish, "
            "Northern Irish or British', and 'Asian Welsh' and 'Black Welsh' in the headings.",
        ),
    ],
)
