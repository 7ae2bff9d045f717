"""Questions residents asked: those answered, and those still owed with owner and date."""

from __future__ import annotations

from workshop.core import questions as questions_core
from workshop.export.pack.model import Block, Heading, PackContext, Para, Table
from workshop.export.pack.wording import day


def questions(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("questions"):
        return []
    programme = ctx.programme
    redact = ctx.policy.redact
    answered: list[list[str]] = []
    owed: list[list[str]] = []
    several = len(ctx.sessions) > 1
    for session in ctx.sessions:
        for row in questions_core.for_session(programme, session["id"]):
            question = ctx.policy.quote("questions", row["id"], row["text"])
            if question is None:
                continue  # left out in the review before publishing
            if several:
                question = f"{question}\n({session['title']})"
            if row["status"] in questions_core.STILL_OWED:
                # Never a person's name outside the council: the team or role only.
                owner = (
                    redact(row["owner"]) if ctx.internal else ctx.policy.redact_all(row["owner"])
                ) or "Not given yet"
                due = day(row["due"]) or "No date yet"
                if row["due"] and questions_core.is_overdue(row):
                    due += " (overdue)"
                owed.append([question, owner, due])
            else:
                how = questions_core.STATUSES.label(row["status"])
                when = day(row["answered_on"])
                answer = ctx.policy.quote("questions", row["id"], row["answer"]) or ""
                answered.append([question, answer, f"{how}{', ' + when if when else ''}"])
    if not answered and not owed:
        return []
    blocks: list[Block] = [
        Heading("Questions people asked"),
        Para(
            "Questions were kept in the words people used. Some were answered there and then; "
            "the rest were given to someone to answer in writing by a set date."
        ),
    ]
    if owed:
        blocks.append(Heading("Still owed an answer", level=2))
        blocks.append(
            Table(["Question", "Who will answer", "Answer due"], owed, widths=[6, 2.4, 1.8])
        )
    if answered:
        blocks.append(Heading("Answered", level=2))
        blocks.append(Table(["Question", "Answer", "How"], answered, widths=[4, 5, 1.8]))
    return blocks
