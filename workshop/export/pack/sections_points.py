"""Points raised and our responses ("you said, we did", value 12): significant points
first, with their reasons; published responses with the decision and why."""

from __future__ import annotations

from workshop.core import points as points_core
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para
from workshop.export.pack.wording import day, join_words, plural

MAX_QUOTES = 3


def points(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("points", "point_sources"):
        return []
    programme = ctx.programme
    redact = ctx.policy.redact
    in_scope = set(ctx.session_ids)
    summaries = [
        s
        for s in points_core.list_points(programme)
        if not ctx.session_id or in_scope & set(s.session_ids)
    ]
    if not summaries:
        return []
    titles = {s["id"]: s["title"] for s in programme.rows("sessions")}
    published = sum(1 for s in summaries if s.published)
    reader = points_core.SourceReader(programme)  # each board and session read once
    blocks: list[Block] = [
        Heading("What you said, and what we did"),
        Para(
            f"We drew {plural(len(summaries), 'point')} out of everything people said. "
            f"{published} {'has' if published == 1 else 'have'} a published response so far. "
            "Significant points come first, however many people raised them.",
            "lead",
        ),
    ]
    for summary in summaries:
        point = summary.point
        mark = " (significant)" if summary.significant else ""
        blocks.append(Heading(redact(point["statement"]) + mark, level=3))
        facts = []
        if summary.significant and point["significance_reason"]:
            facts.append(f"Why it is significant: {redact(point['significance_reason'])}")
        sessions = [titles[s] for s in summary.session_ids if s in titles]
        heard = f"Raised {plural(summary.source_count, 'time')}"
        if sessions:
            heard += f", at {join_words(sessions)}"
        facts.append(heard + ".")
        tags = points_core.tags_of(point)
        if tags:
            facts.append(f"Topics: {', '.join(tags)}.")
        blocks.append(Para(" ".join(facts), "small"))
        if point["detail"]:
            blocks.append(Para(redact(point["detail"])))
        quotes = [
            said
            for source in points_core.point_sources(programme, point["id"], reader)
            if (said := ctx.policy.quote(source.table, source.source_id, source.words))
        ][:MAX_QUOTES]
        if quotes:
            blocks.append(Para("In people's words:", "small", keep_with_next=True))
            blocks.append(Bullets([f"“{q}”" for q in quotes]))
        status = point["response_status"]
        if point["published_on"] or (ctx.internal and status):
            label = points_core.RESPONSE_STATUSES.label(status)
            when = (
                f"published {day(point['published_on'])}"
                if point["published_on"]
                else "draft, not published yet"
            )
            blocks.append(Para(f"Our response: {label} ({when})", "label", keep_with_next=True))
            lines = []
            if point["decision"]:
                lines.append(redact(point["decision"]))
            if point["reasoning"]:
                lines.append(f"Why: {redact(point['reasoning'])}")
            if point["passed_to"]:
                lines.append(f"Passed to: {redact(point['passed_to'])}")
            if lines:
                blocks.append(Para("\n".join(lines), "quote"))
        else:
            blocks.append(Para("Our response: being prepared; not published yet.", "muted"))
    return blocks
