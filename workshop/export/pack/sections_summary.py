"""The summary at the front of the pack: two pages a council officer can take to a cabinet
or a board. Who we heard from against who we hoped to reach, the significant points, what
changed and what did not, and what happens next. `workshop pack FILE --summary` prints
only this.
"""

from __future__ import annotations

from collections import Counter

from workshop.core import points as points_core
from workshop.core.overview import reach_by_group
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para, Table
from workshop.export.pack.wording import date_range, day, plural

# Enough to see the shape on two pages; the full lists are later in the pack.
MOST_GROUPS = 8
MOST_SIGNIFICANT = 4
MOST_RESPONSES = 8
# How each response reads in the summary, in the order they are listed.
CHANGED = ("changed", "will_change")
NOT_CHANGED = ("not_changing", "outside_scope")


def _shorten(text: str, length: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def summary(ctx: PackContext) -> list[Block]:
    if not ctx.sessions:
        return []
    policy = ctx.policy
    redact = policy.redact
    held = [s for s in ctx.sessions if s["status"] != "planned"]
    blocks: list[Block] = [Heading("Summary")]

    summaries = []
    if ctx.has_tables("points", "point_sources"):
        in_scope = set(ctx.session_ids)
        summaries = [
            s
            for s in points_core.list_points(ctx.programme)
            if not ctx.session_id or in_scope & set(s.session_ids)
        ]
    published = [s for s in summaries if s.published]
    if held:
        attended = sum(s["attended"] for s in held)
        came = f"{policy.count(attended)} people came to {plural(len(held), 'session')}"
        dates = date_range([s["starts_at"] for s in held])
        opening = f"{came} ({dates})."
    else:
        opening = "No session in this pack has taken place yet."
    if summaries:
        opening += (
            f" We drew {plural(len(summaries), 'point')} out of what they said; "
            f"{len(published)} {'has' if len(published) == 1 else 'have'} a published "
            "response."
        )
    blocks.append(Para(opening, "lead"))

    # ----- who we heard from, against who we hoped to reach
    groups = reach_by_group(ctx.programme, held)
    if groups:
        blocks.append(Heading("Who we heard from, against who we hoped to reach", 2))
        # The groups furthest short of what we hoped come first.
        order = sorted(groups, key=lambda g: groups[g][1] - groups[g][0])
        shown = order[:MOST_GROUPS]
        blocks.append(
            Table(
                ["Group", "Hoped for", "Reached"],
                [[g, f"{groups[g][0]:,}", policy.count(groups[g][1])] for g in shown],
                widths=[5, 1.6, 1.6],
                numeric=(1, 2),
                caption=(
                    f"The {len(shown)} groups furthest from what we hoped, of {len(groups)}."
                    if len(order) > len(shown)
                    else "People could belong to more than one group."
                ),
            )
        )

    # ----- significant points
    significant = [s for s in summaries if s.significant]
    if significant:
        blocks.append(Heading("Significant points", 2))
        items = []
        for s in significant[:MOST_SIGNIFICANT]:
            item = redact(s.point["statement"]).rstrip()
            if s.point["significance_reason"]:
                item = item.rstrip(".") + "."
                item += f" Why it matters: {_shorten(redact(s.point['significance_reason']))}"
            items.append(item)
        blocks.append(Bullets(items))
        if len(significant) > MOST_SIGNIFICANT:
            more = len(significant) - MOST_SIGNIFICANT
            blocks.append(Para(f"And {plural(more, 'more')}, in the pack.", "muted"))

    # ----- what changed and what did not
    if published:
        blocks.append(Heading("What changed, and what did not", 2))
        counts = Counter(s.point["response_status"] for s in published)
        tally = "; ".join(
            f"{points_core.RESPONSE_STATUSES.label(key)}: {counts[key]}"
            for key in (*CHANGED, "considering", *NOT_CHANGED)
            if counts[key]
        )
        blocks.append(Para(f"Of the published responses: {tally}.", keep_with_next=True))
        rank = {key: i for i, key in enumerate((*CHANGED, *NOT_CHANGED, "considering"))}
        listed = sorted(published, key=lambda s: rank.get(s.point["response_status"], 9))
        rows = [
            [
                _shorten(redact(s.point["statement"]), 110),
                points_core.RESPONSE_STATUSES.label(s.point["response_status"]),
            ]
            for s in listed[:MOST_RESPONSES]
        ]
        blocks.append(
            Table(
                ["What people said", "Our response"],
                rows,
                widths=[5, 2.2],
                caption=(
                    f"{len(listed) - MOST_RESPONSES} more in 'What you said, and what we did'."
                    if len(listed) > MOST_RESPONSES
                    else ""
                ),
            )
        )

    # ----- what happens next
    prog = ctx.programme.programme()
    next_steps = []
    waiting = len(summaries) - len(published)
    considering = sum(1 for s in published if s.point["response_status"] == "considering")
    if waiting:
        due = f" by {day(prog['responses_due'])}" if prog["responses_due"] else ""
        next_steps.append(f"We will publish responses to {plural(waiting, 'more point')}{due}.")
    if considering:
        next_steps.append(
            f"{plural(considering, 'point')} {'is' if considering == 1 else 'are'} still "
            "being considered: we will publish the decision and the reasons."
        )
    planned = len(ctx.sessions) - len(held)
    if planned:
        next_steps.append(f"{plural(planned, 'session')} still to come.")
    if prog["publish_when_where"]:
        next_steps.append(redact(prog["publish_when_where"]))
    if next_steps:
        blocks.append(Heading("What happens next", 2))
        blocks.append(Bullets(next_steps))
    return blocks
