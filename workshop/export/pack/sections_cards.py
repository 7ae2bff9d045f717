"""Scenario card reactions: a chart per card of how tables reacted, and what they said."""

from __future__ import annotations

from collections import Counter

from workshop.core import card_responses
from workshop.export.pack.model import BarChart, Block, Heading, PackContext, Para, Series, Table
from workshop.export.pack.wording import plural


def card_reactions(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("card_responses", "cards"):
        return []
    programme = ctx.programme
    by_card: dict[str, list[tuple[dict, dict]]] = {}
    for session in ctx.sessions:
        for row in card_responses.for_session(programme, session["id"]):
            if card_responses.is_empty(row):
                continue
            by_card.setdefault(row["card_id"], []).append((session, row))
    if not by_card:
        return []
    cards = [programme.get("cards", card_id) for card_id in by_card]
    cards = sorted((c for c in cards if c), key=lambda c: (c["deck_id"], c["position"]))
    blocks: list[Block] = [
        Heading("How tables reacted to the scenario cards"),
        Para(
            "Each table talked through short stories about how a computer system could be "
            "used, then agreed a reaction and noted their hopes, fears, questions and the "
            "changes they would want. Numbers are of tables, not people."
        ),
    ]
    reactions = list(card_responses.REACTIONS)
    several_sessions = len(ctx.sessions) > 1
    for card in cards:
        responses = by_card[card["id"]]
        counts = Counter(row["reaction"] for _, row in responses if row["reaction"])
        blocks.append(Heading(card["title"] or "Scenario card", level=2))
        if card["story"]:
            blocks.append(Para(card["story"], "small"))
        if counts:
            values = [counts[c.key] for c in reactions]
            alt = "; ".join(f"{c.label}: {plural(counts[c.key], 'table')}" for c in reactions)
            blocks.append(
                BarChart(
                    title=f"Reactions to '{card['title']}' ({plural(sum(values), 'table')})",
                    categories=[c.label for c in reactions],
                    series=[Series("Tables", values)],
                    alt=f"Bar chart of how tables reacted. {alt}.",
                    hidden_below=0,
                )
            )
        rows = []
        for session, row in responses:
            where = row["table_label"]
            if several_sessions:
                where = f"{session['title']}, {where}"
            said = []
            if row["reaction"]:
                said.append(f"Reaction: {card_responses.REACTIONS.label(row['reaction'])}")
            for field in card_responses.TEXT_FIELDS:
                text = ctx.policy.quote("card_responses", row["id"], row[field] or "")
                if text:
                    said.append(f"{card_responses.FIELD_LABELS[field]}: {text}")
            rows.append([where, "\n".join(said)])
        blocks.append(Heading("What tables said", level=3))
        blocks.append(Table(["Table", "What they said"], rows, widths=[2.2, 7]))
    return blocks
