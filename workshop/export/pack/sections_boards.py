"""Each board: the picture, significant points first with their reasons, then the notes
by column and theme with their dots (values 9 and 12c)."""

from __future__ import annotations

from collections import defaultdict

from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.export.bidi_text import isolate
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para, Picture
from workshop.export.pack.wording import plural

# Pictures are drawn at this many dots per inch of the on-screen board; printed across
# the page a two-column board comes out at about 140 dpi, enough to read every note.
PICTURE_DPI = 110
# Past this many notes a board's picture is too small to read on a page; the notes are
# listed in full underneath either way.
PICTURE_MAX_NOTES = 120


def _left_out(count: int) -> str:
    return f"({plural(count, 'note')} left out because of personal details.)"


def _dots(votes: int) -> str:
    # Isolated, so "(2 dots)" after an Arabic note is not read as part of it (UAX #9).
    return " " + isolate(f"({plural(votes, 'dot')})", "L") if votes else ""


def _picture(
    ctx: PackContext, exercise: dict, notes: list[dict], columns: list[dict], themes: list[dict]
) -> list[Block]:
    if len(notes) > PICTURE_MAX_NOTES:
        return [
            Para(
                f"This board has {len(notes):,} notes: too many to read in a picture on a page, "
                "so every note is listed below instead.",
                "muted",
            )
        ]
    policy = ctx.policy
    # The picture shows the words as written: only when every note would be printed as
    # written (nothing taken out, nothing unreviewed, edited or left out).
    if any(
        policy.quote("board_notes", n["id"], n["text"]) != n["text"].strip() for n in notes
    ) or any(policy.redact(t["title"]) != t["title"] for t in themes):
        # The picture would show the words as written, contact details and all.
        return [
            Para(
                "The picture of this board is left out because some notes hold names or "
                "contact details. Every note is listed below with those taken out.",
                "muted",
            )
        ]
    import io

    from PIL import Image

    from workshop.export.board_image import board_png

    png = board_png(ctx.programme, exercise["id"], dpi=PICTURE_DPI)
    with Image.open(io.BytesIO(png)) as image:
        width, height = image.size
    counts = defaultdict(int)
    for note in notes:
        counts[note["column_id"]] += 1
    per_column = "; ".join(f"{c['title']}: {counts[c['id']]}" for c in columns)
    alt = (
        f"Picture of the board '{exercise['title']}': {plural(len(notes), 'sticky note')} in "
        f"{plural(len(columns), 'column')} ({per_column})"
        + (f", grouped into {plural(len(themes), 'theme')}" if themes else "")
        + ". Every note is written out below."
    )
    caption = "The board as it was left at the end of the session."
    return [Picture(png, alt, width, height, caption=caption)]


def board_blocks(ctx: PackContext, session: dict, exercise: dict) -> list[Block]:
    from workshop.core import boards

    programme = ctx.programme
    redact = ctx.policy.redact
    columns = boards.columns(programme, exercise["id"])
    notes = boards.notes(programme, exercise["id"])
    themes = boards.clusters(programme, exercise["id"])
    if not notes and not themes:
        return []
    title = exercise["title"] or "Board"
    blocks: list[Block] = [Heading(f"{session['title']}: {title}", level=2)]
    dots = sum(n["votes"] for n in notes) + sum(t["votes"] for t in themes)
    summary = f"{plural(len(notes), 'note')} in {plural(len(columns), 'column')}"
    if themes:
        summary += f", {plural(len(themes), 'theme')}"
    if dots:
        summary += f"; {plural(dots, 'dot')} placed to show what mattered most"
    blocks.append(Para(summary + ".", "muted"))
    blocks.extend(_picture(ctx, exercise, notes, columns, themes))

    flagged = [
        (f"Theme: {redact(t['title'])}", redact(t["significant_reason"]))
        for t in themes
        if t["significant"]
    ] + [
        (said, redact(n["significant_reason"]))
        for n in notes
        if n["significant"] and (said := ctx.policy.quote("board_notes", n["id"], n["text"]))
    ]
    if flagged:
        blocks.append(Heading("Significant points", level=3))
        blocks.append(
            Para(
                "The facilitators marked these as significant, whatever their number of dots: "
                "one person's point can matter more than many.",
                "small",
            )
        )
        blocks.append(
            Bullets(
                [
                    f"{text.rstrip('.。۔')}. Why it matters: {reason}" if reason else text
                    for text, reason in flagged
                ]
            )
        )

    theme_by_id = {t["id"]: t for t in themes}
    theme_order = {t["id"]: i for i, t in enumerate(themes)}
    for column in columns:
        in_column = [n for n in notes if n["column_id"] == column["id"]]
        if not in_column:
            continue
        blocks.append(Heading(f"{column['title']} ({plural(len(in_column), 'note')})", level=3))
        if column["prompt"]:
            blocks.append(Para(f"We asked: {column['prompt']}", "small", keep_with_next=True))
        grouped: dict[str | None, list[dict]] = defaultdict(list)
        for note in in_column:
            grouped[note["cluster_id"] if note["cluster_id"] in theme_by_id else None].append(note)
        keys = sorted((k for k in grouped if k), key=lambda k: theme_order[k])
        if None in grouped:
            keys.append(None)
        for key in keys:
            members = sorted(grouped[key], key=lambda n: -n["votes"])
            if key is not None:
                theme = theme_by_id[key]
                flag = " " + isolate("(significant)", "L") if theme["significant"] else ""
                blocks.append(
                    Para(f"Theme: {redact(theme['title'])}{flag}{_dots(theme['votes'])}", "label")
                )
            elif keys != [None]:
                blocks.append(Para("Not in a theme", "label"))
            said = [(ctx.policy.quote("board_notes", n["id"], n["text"]), n) for n in members]
            shown = [
                text
                + _dots(n["votes"])
                + (" " + isolate("(significant)", "L") if n["significant"] else "")
                for text, n in said
                if text
            ]
            if len(shown) < len(said):
                shown.append(_left_out(len(said) - len(shown)))
            blocks.append(Bullets(shown))
    return blocks


def boards(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("board_notes", "board_columns", "board_clusters", "exercises"):
        return []
    blocks: list[Block] = []
    kinds = EXERCISE_KINDS.with_board()
    for session in ctx.sessions:
        exercises = ctx.programme.rows(
            "exercises",
            f"session_id = ? AND kind IN ({', '.join('?' * len(kinds))})",
            [session["id"], *kinds],
            order_by="position, rowid",
        )
        for exercise in exercises:
            blocks.extend(board_blocks(ctx, session, exercise))
    if not blocks:
        return []
    return [
        Heading("What people wrote on the boards"),
        Para(
            "Residents wrote their own words on sticky notes; the facilitators typed them up "
            "as written. Notes are listed by column and by the themes the room grouped them "
            "into, with the dots people placed on them. Significant points come first."
        ),
        *blocks,
    ]
