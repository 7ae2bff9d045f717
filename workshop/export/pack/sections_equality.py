"""The equality appendix (value 10; shaped for an equality impact assessment under the
Public Sector Equality Duty): who took part in their own words, from the anonymous
monitoring forms, beside the facilitators' head-counts; how disadvantages overlap; and
whether people felt listened to.

In a partner pack every count from 1 to 4 shows as "fewer than 5", and secondary
suppression hides enough others that no hidden number can be worked out from a total
(`core.disclosure`). The internal pack shows the numbers.
"""

from __future__ import annotations

from workshop.core import disclosure, monitoring
from workshop.export.pack.model import Block, Heading, PackContext, Para, Table

UNKNOWN = "Not answered or preferred not to say"


def _table(ctx: PackContext, table: disclosure.CrossTable, first: str, caption: str) -> Table:
    if not ctx.internal:
        disclosure.suppress(table)
    rows = []
    for r in [*table.rows, disclosure.TOTAL]:
        name = "Total" if r == disclosure.TOTAL else r
        rows.append([name, *(table.shown(r, c) for c in [*table.columns, disclosure.TOTAL])])
    return Table(
        [first, *table.columns, "Total"],
        rows,
        caption=caption,
        widths=[3] + [1.3] * (len(table.columns) + 1),
        numeric=tuple(range(1, len(table.columns) + 2)),
    )


def _yes_no(value: bool | None) -> str:
    return UNKNOWN if value is None else "Yes" if value else "No"


def _ethnic_group(value: int | None, ethnicity: monitoring.Question) -> str:
    """The census heading of an answer, on the programme's form (England or Wales)."""
    return ethnicity.group_of(value) or UNKNOWN if value else UNKNOWN


def _age(value: int | None) -> str:
    q = monitoring.question(monitoring.MONITORING, "age_band")
    return q.options[value - 1] if value else UNKNOWN


SUPPRESSION_NOTE = (
    "To protect people who could be recognised, counts of 1 to 4 show as 'fewer than 5', "
    "and 'not shown' hides another number that would let a hidden one be worked out "
    "from the totals."
)


def equality_appendix(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("monitoring_returns"):
        return []
    forms = monitoring.returns(ctx.programme, monitoring.MONITORING, ctx.session_ids)
    if not forms:
        return []
    note = "" if ctx.internal else SUPPRESSION_NOTE
    blocks: list[Block] = [
        Heading("Equality appendix"),
        Para(
            f"{len(forms)} people filled in an anonymous equality monitoring form. These "
            "figures are how people described themselves; the head-counts earlier in this "
            "pack are the facilitators' own tally on the day. The forms are never matched "
            "to anything anyone said.",
            "lead",
        ),
    ]
    if note:
        blocks.append(Para(note, "muted"))
    # Self-described figures beside the facilitators' head-counts (the overview shows the same).
    _, described = monitoring.described_beside_counted(ctx.programme, ctx.sessions)
    blocks.append(Heading("Self-described beside head-counts", 2))
    blocks.append(
        Table(
            ["Group", "Said so on a monitoring form", "Facilitators' head-count"],
            [
                [
                    row.group,
                    ctx.policy.count(row.described),
                    "not counted" if row.counted is None else ctx.policy.count(row.counted),
                ]
                for row in described
            ],
            widths=[3, 2, 2],
            numeric=(1, 2),
        )
    )
    # Each characteristic on its own.
    blocks.append(Heading("How people described themselves", 2))
    questions = monitoring.questions(ctx.programme, monitoring.MONITORING)
    ethnicity = next(q for q in questions if q.key == "ethnicity")
    for question in questions:
        if question.key == "ethnicity":
            values = [_ethnic_group(f.get("ethnicity"), ethnicity) for f in forms]
            categories = [name for _, name in ethnicity.groups]
        else:
            values = [
                question.options[f[question.key] - 1] if f.get(question.key) else UNKNOWN
                for f in forms
            ]
            categories = list(question.options)
        table = disclosure.cross_table(
            [*categories, UNKNOWN], ["People"], [(v, "People") for v in values]
        )
        blocks.append(Heading(question.text, 3))
        blocks.append(_table(ctx, table, "Answer", ""))
    # Overlaps (value 10: intersectional experience).
    blocks.append(Heading("Where disadvantages overlap", 2))
    overlap = disclosure.cross_table(
        ["Yes", "No", UNKNOWN],
        ["Yes", "No", UNKNOWN],
        [
            (_yes_no(monitoring.is_disabled(f)), _yes_no(monitoring.is_digitally_excluded(f)))
            for f in forms
        ],
    )
    blocks.append(Para("Disabled (rows) and online only with help or not at all (columns)."))
    blocks.append(_table(ctx, overlap, "Disabled", note))
    ages = list(monitoring.question(monitoring.MONITORING, "age_band").options)
    groups = [name for _, name in ethnicity.groups]
    by_age = disclosure.cross_table(
        [*ages, UNKNOWN],
        [*groups, UNKNOWN],
        [(_age(f.get("age_band")), _ethnic_group(f.get("ethnicity"), ethnicity)) for f in forms],
    )
    blocks.append(Para("Age band (rows) and ethnic group, 2021 Census headings (columns)."))
    blocks.append(_table(ctx, by_age, "Age", note))
    # Evaluation slips: could people take part?
    slips = monitoring.returns(ctx.programme, monitoring.EVALUATION, ctx.session_ids)
    if slips:
        blocks.append(Heading("Did people feel listened to and able to take part?", 2))
        blocks.append(Para(f"From {len(slips)} evaluation slips."))
        for question in monitoring.EVALUATION_QUESTIONS:
            values = [
                question.options[s[question.key] - 1] if s.get(question.key) else UNKNOWN
                for s in slips
            ]
            table = disclosure.cross_table(
                [*question.options, UNKNOWN], ["People"], [(v, "People") for v in values]
            )
            blocks.append(Heading(question.text, 3))
            blocks.append(_table(ctx, table, "Answer", ""))
    return blocks
