"""A short methods note: how the record was made and what this pack leaves out."""

from __future__ import annotations

from workshop.core.privacy import left_out
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para
from workshop.export.pack.wording import join_words


def _count(ctx: PackContext, table: str, column: str = "session_id") -> int:
    if not ctx.has_tables(table):
        return 0
    where, params = ctx.in_scope(column)
    return ctx.programme.db.execute(
        f"SELECT COUNT(*) FROM [{table}] WHERE {where}", params
    ).fetchone()[0]


def _methods_used(ctx: PackContext) -> str:
    """One sentence naming the methods this pack's sessions actually used."""
    used = []
    if ctx.has_tables("board_notes", "exercises"):
        where, params = ctx.in_scope("exercises.session_id")
        notes = ctx.programme.db.execute(
            "SELECT COUNT(*) FROM board_notes JOIN exercises ON exercises.id = "
            f"board_notes.exercise_id WHERE {where}",
            params,
        ).fetchone()[0]
        if notes:
            used.append("sticky-note boards")
    if _count(ctx, "card_responses"):
        used.append("scenario cards discussed at tables")
    if _count(ctx, "questions"):
        used.append("a question wall")
    if _count(ctx, "feedback_cards") or _count(ctx, "feedback_responses"):
        used.append("feedback cards people could return later online, by phone, by text or by post")
    where = "Sessions were held in places residents already use"
    if used:
        where += f", with a mix of methods: {join_words(used)}"
    return (
        where + ". Facilitators typed up residents' words from paper as they were written, "
        "without correcting them, in the language they were written in."
    )


def methods(ctx: PackContext) -> list[Block]:
    blocks: list[Block] = [Heading("How we did this: a note on methods")]
    blocks.append(Para(_methods_used(ctx)))
    blocks.append(
        Para(
            "Numbers of people are tallies recorded at each session. People could say which "
            "groups they belong to, or prefer not to say; the groups overlap."
        )
    )
    blocks.append(Heading("What this pack leaves out", level=3))
    blocks.append(Bullets(left_out(ctx.programme, ctx.audience, ctx.session_id)))
    blocks.append(
        Para(
            "An accessible HTML copy of this pack, with the same content, headings, tables and "
            "text descriptions of every chart and picture, is provided beside the PDF.",
            "muted",
        )
    )
    return blocks
