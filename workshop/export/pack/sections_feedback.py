"""Feedback that came back on the cards, by the way people answered (online, paper,
phone, text), in their own words."""

from __future__ import annotations

from workshop.core import feedback as feedback_core
from workshop.export.pack.model import (
    BarChart,
    Block,
    Bullets,
    Heading,
    PackContext,
    Para,
    Series,
    Table,
)
from workshop.export.pack.wording import day, plural


def feedback(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("feedback_responses"):
        return []
    programme = ctx.programme
    channels = list(feedback_core.CHANNELS)
    totals = dict.fromkeys((c.key for c in channels), 0)
    per_session: list[list[str]] = []
    words: dict[str, list[str]] = {c.key: [] for c in channels}
    several = len(ctx.sessions) > 1
    for session in ctx.sessions:
        counts = feedback_core.channel_counts(programme, session["id"])
        if not any(counts.values()):
            continue
        for key, n in counts.items():
            totals[key] = totals.get(key, 0) + n
        per_session.append(
            [
                session["title"],
                *(f"{counts.get(c.key, 0):,}" for c in channels),
                f"{sum(counts.values()):,}",
            ]
        )
        for row in feedback_core.responses_for_session(programme, session["id"]):
            # Only the words (a form's answer columns): never its personal columns.
            text = ctx.policy.quote("feedback_responses", row["id"], row["text"] or "")
            if not text:
                continue
            where = []
            if several:
                where.append(session["title"])
            if row["received_at"]:
                where.append(f"received {day(row['received_at'])}")
            suffix = f" ({', '.join(where)})" if where else ""
            words.setdefault(row["channel"], []).append(text + suffix)
    total = sum(totals.values())
    if not total:
        return []
    blocks: list[Block] = [
        Heading("Feedback that came back afterwards"),
        Para(
            f"After the sessions people could answer on a feedback card: online, on paper, "
            f"by phone or by text. {plural(total, 'response')} came back.",
            "lead",
        ),
        BarChart(
            title="Feedback returned, by the way people answered",
            categories=[c.label for c in channels],
            series=[Series("Responses", [totals.get(c.key, 0) for c in channels])],
            alt="Bar chart. "
            + "; ".join(f"{c.label}: {totals.get(c.key, 0)}" for c in channels)
            + ".",
            hidden_below=0,
        ),
    ]
    if several:
        blocks.append(
            Table(
                ["Session", *(c.label for c in channels), "All"],
                per_session,
                widths=[4, *([1.2] * len(channels)), 1],
                numeric=tuple(range(1, len(channels) + 2)),
            )
        )
    for channel in channels:
        said = words.get(channel.key) or []
        if said:
            blocks.append(Heading(f"{channel.label} ({plural(len(said), 'response')})", level=2))
            blocks.append(Bullets(said))
    return blocks
