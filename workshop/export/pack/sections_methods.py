"""A short methods note: how the record was made and what this pack leaves out."""

from __future__ import annotations

from workshop.core.privacy import left_out
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para


def methods(ctx: PackContext) -> list[Block]:
    blocks: list[Block] = [Heading("How we did this: a note on methods")]
    blocks.append(
        Para(
            "Sessions were held in places residents already use, with a mix of methods: "
            "sticky-note boards, scenario cards discussed at tables, a question wall, and "
            "feedback cards people could return later online, by phone, by text or by post. "
            "Facilitators typed up residents' words from paper as they were written, "
            "without correcting them, in the language they were written in."
        )
    )
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
