"""The agenda of each session: its exercises in order, with their timeboxes."""

from __future__ import annotations

from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.export.pack.model import Block, Heading, PackContext, Para, Table
from workshop.export.pack.wording import when


def exercise_kind(kind: str) -> str:
    """The kind's label as the app shows it; a key this version does not know (a file
    from a newer one) is printed as words rather than left out."""
    if kind in EXERCISE_KINDS:
        return EXERCISE_KINDS.label(kind)
    return kind.replace("_", " ").capitalize()


def agenda(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("exercises"):
        return []
    blocks: list[Block] = []
    for s in ctx.sessions:
        rows = ctx.programme.rows(
            "exercises", "session_id = ?", [s["id"]], order_by="position, rowid"
        )
        if not rows:
            continue
        blocks.append(Heading(s["title"], level=2))
        blocks.append(Para(when(s["starts_at"], s["ends_at"]), "muted"))
        total = sum(r["minutes"] for r in rows)
        blocks.append(
            Table(
                ["", "Exercise", "Kind", "Minutes"],
                [
                    [
                        str(i),
                        r["title"] or exercise_kind(r["kind"]),
                        exercise_kind(r["kind"]),
                        str(r["minutes"]) if r["minutes"] else "",
                    ]
                    for i, r in enumerate(rows, start=1)
                ],
                widths=[0.5, 5, 2, 1.2],
                numeric=(0, 3),
                caption=f"{total} minutes of exercises in all." if total else "",
            )
        )
    if not blocks:
        return []
    return [Heading("The agenda"), *blocks]
