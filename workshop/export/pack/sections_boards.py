"""Each board: the picture, significant points first with their reasons, then the notes
by column and theme with their dots (values 9 and 12c)."""

from __future__ import annotations

from collections import defaultdict

from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.export.bidi_text import isolate
from workshop.export.pack.model import Block, Bullets, Heading, PackContext, Para, Picture
from workshop.export.pack.wording import plural

# Each column of a board is printed as a picture of its own, across the page in portrait,
# at this many points a board unit (0.75 on screen at 100%): the smallest text in it (a
# note's colour and table, 11 units) prints at 9.35 pt and a note's words at 11 pt, where
# a whole board scaled to the page's width printed a four-column board at 3 pt. A long
# column carries on over the next page, its header repeated, below "(continued)".
PRINT_SCALE = 0.85
# Drawn at 150 dots per inch of paper.
PRINT_DPI = 150
PICTURE_DPI = round(PRINT_DPI * PRINT_SCALE * 96 / 72)
# Past this many notes the pictures would run to many pages; the notes are listed in full
# underneath either way.
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
                f"This board has {len(notes):,} notes: too many to print as pictures, "
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
    from workshop.export.board_image import column_picture

    board = exercise["title"] or "Board"
    counts = defaultdict(int)
    for note in notes:
        counts[note["column_id"]] += 1
    in_theme = defaultdict(set)
    for note in notes:
        if note["cluster_id"]:
            in_theme[note["column_id"]].add(note["cluster_id"])
    blocks: list[Block] = [
        Para(
            "The board as it was left at the end of the session, one column at a time.",
            "small",
            keep_with_next=True,
        )
    ]
    for number, column in enumerate(columns, start=1):
        if not counts[column["id"]]:
            continue
        picture = column_picture(ctx.programme, exercise["id"], column["id"], dpi=PICTURE_DPI)
        if len(columns) > 1:
            title = f"{board} — column {number} of {len(columns)}: {column['title']}"
        else:
            title = f"{board}: {column['title']}"
        themes_here = len(in_theme[column["id"]])
        alt = (
            f"Picture of column {number} of {len(columns)} of the board '{board}', "
            f"'{column['title']}': {plural(counts[column['id']], 'sticky note')}"
            + (f", grouped into {plural(themes_here, 'theme')}" if themes_here else "")
            + ". Every note is written out below."
        )
        blocks.append(
            Picture(
                picture.png,
                alt,
                picture.width,
                picture.height,
                title=title,
                print_width=picture.width / picture.scale * PRINT_SCALE,
                cuts=picture.cuts,
                repeat_top=picture.header,
            )
        )
    return blocks


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
