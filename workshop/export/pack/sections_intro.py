"""The cover, and what this engagement could change and what it could not (value 12)."""

from __future__ import annotations

from workshop.core import vocab
from workshop.export.pack.model import Block, Heading, PackContext, Para, Table
from workshop.export.pack.wording import date_range, day, when


def pack_title(ctx: PackContext) -> str:
    title = ctx.programme.programme()["title"] or "Engagement programme"
    if ctx.session_id and ctx.sessions:
        return f"{title}: {ctx.sessions[0]['title']}"
    return title


def cover(ctx: PackContext) -> list[Block]:
    prog = ctx.programme.programme()
    blocks: list[Block] = [Heading(prog["title"] or "Engagement programme", level=0)]
    kind = "Internal summary pack" if ctx.internal else "Summary pack for partners"
    if ctx.session_id and ctx.sessions:
        blocks.append(Para(f"{kind}: {ctx.sessions[0]['title']}", "lead"))
    else:
        blocks.append(Para(f"{kind}: the whole programme", "lead"))
    if prog["organisation"]:
        blocks.append(Para(f"From {prog['organisation']}", "body"))
    if prog["topic"]:
        blocks.append(Para(prog["topic"], "body"))
    if ctx.sessions:
        dates = date_range([s["starts_at"] for s in ctx.sessions])
        blocks.append(Para(f"Sessions: {len(ctx.sessions)}. Dates: {dates}.", "body"))
    else:
        blocks.append(Para("No sessions have been planned yet.", "body"))
    rows = []
    for s in ctx.sessions:
        venue = s["venue_name"]
        if s["venue_address"]:
            venue = f"{venue}, {s['venue_address']}" if venue else s["venue_address"]
        rows.append(
            [
                s["title"],
                when(s["starts_at"], s["ends_at"]),
                venue or "Venue not set yet",
                s["partners"].replace(";", ",") or "None named",
            ]
        )
    if rows:
        blocks.append(
            Table(["Session", "When", "Where", "Partners"], rows, widths=[3, 2.4, 3, 2.4])
        )
    if ctx.today:
        blocks.append(Para(f"Prepared on {day(ctx.today)}.", "muted"))
    if prog["data_controller"]:
        blocks.append(
            Para(f"Data controller for this engagement: {prog['data_controller']}", "muted")
        )
    if ctx.internal:
        blocks.append(
            Para(
                "INTERNAL: this pack shows exact counts and access requests for the council's "
                "own records. Send partners the partner pack instead.",
                "body",
            )
        )
    else:
        blocks.append(
            Para(
                "This pack holds no names, contact details or participant codes. Counts of "
                "fewer than 5 people are not given exactly, so nobody can be picked out.",
                "muted",
            )
        )
    return blocks


def expectations(ctx: PackContext) -> list[Block]:
    prog = ctx.programme.programme()
    fields = [
        ("What this engagement could change", prog["can_change"]),
        ("What it could not change", prog["cannot_change"]),
        ("How your views are used", prog["feedback_use"]),
        ("When and where we publish our response", prog["publish_when_where"]),
    ]
    if not any(text for _, text in fields):
        return []
    blocks: list[Block] = [Heading("What this engagement could change, and what it could not")]
    level = prog["influence_level"]
    if level:
        blocks.append(
            Para(
                f"Level of influence: {vocab.INFLUENCE_LEVELS.label(level)}. "
                f"{vocab.INFLUENCE_LEVELS.explanation(level)}",
                "lead",
            )
        )
    for title, text in fields:
        if text:
            blocks.append(Heading(title, level=3))
            blocks.append(Para(text))
    if prog["responses_due"]:
        blocks.append(Para(f"Our written response is due by {day(prog['responses_due'])}."))
    return blocks
