"""Who took part against who we hoped to reach (value 10), how we made it accessible
(value 11e) and incentives against budget (value 11d)."""

from __future__ import annotations

from workshop.core import vocab
from workshop.core.overview import reach_by_group
from workshop.core.privacy import SMALL_NUMBER
from workshop.core.sessions import format_pounds, incentive_totals, session_rows
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
from workshop.export.pack.wording import plural


def _held(ctx: PackContext) -> list[dict]:
    return [s for s in ctx.sessions if s["status"] != "planned"]


def reach(ctx: PackContext) -> list[Block]:
    if not ctx.sessions:
        return []
    policy = ctx.policy
    held = _held(ctx)
    blocks: list[Block] = [Heading("Who took part, and who we hoped to reach")]
    if not held:
        blocks.append(Para("No session in this pack has taken place yet, so nobody is counted."))
        return blocks
    attended = sum(s["attended"] for s in held)
    came = f"{policy.count(attended)} people came"
    if len(held) > 1 and any(policy.is_hidden(s["attended"]) for s in held):
        # The exact total, less the sessions shown, would give a hidden number away.
        shown = sum(s["attended"] for s in held if not policy.is_hidden(s["attended"]))
        came = f"At least {shown:,} people came"
    blocks.append(
        Para(
            f"{came} to {plural(len(held), 'session')}. "
            "Numbers are as the facilitators recorded them on the day.",
            "lead",
        )
    )
    waiting = len(ctx.sessions) - len(held)
    if waiting:
        blocks.append(
            Para(
                f"{plural(waiting, 'session')} in this pack "
                f"{'has' if waiting == 1 else 'have'} not taken place yet and "
                f"{'is' if waiting == 1 else 'are'} not counted here."
            )
        )
    if len(held) > 1 or ctx.internal:
        blocks.append(
            Table(
                ["Session", "People who came", "Preferred not to say their group"],
                [
                    [s["title"], policy.count(s["attended"]), policy.count(s["prefer_not_to_say"])]
                    for s in held
                ],
                widths=[5, 2, 2.4],
                numeric=(1, 2),
            )
        )
    groups = reach_by_group(ctx.programme, held)
    if groups:
        names = list(groups)
        planned = [groups[g][0] for g in names]
        reached = [groups[g][1] for g in names]
        hidden = [policy.is_hidden(r) for r in reached]
        blocks.append(Heading("Each group against what we hoped for", level=3))
        alt_parts = [
            f"{g}: hoped for {p}, reached {policy.count(r)}"
            for g, p, r in zip(names, planned, reached, strict=True)
        ]
        blocks.append(
            BarChart(
                title="People reached in each group, against the number we hoped for",
                categories=names,
                series=[
                    Series("Hoped for", planned),
                    Series(
                        "Reached",
                        reached,
                        labels=[policy.count(r) for r in reached],
                        hidden=hidden,
                    ),
                ],
                alt="Bar chart. " + "; ".join(alt_parts) + ".",
            )
        )
        blocks.append(
            Table(
                ["Group", "Hoped for", "Reached"],
                [
                    [g, f"{p:,}", policy.count(r)]
                    for g, p, r in zip(names, planned, reached, strict=True)
                ],
                widths=[5, 1.6, 1.6],
                numeric=(1, 2),
                caption="People could belong to more than one group, so the groups add up to "
                "more than the number who came.",
            )
        )
        gaps = []
        for g, p, r in zip(names, planned, reached, strict=True):
            if policy.is_hidden(r):
                # Decided without the true number, so being listed (or not) gives nothing
                # away: "fewer than 5" is a gap only against a hope of 5 or more.
                if p >= SMALL_NUMBER:
                    gaps.append(f"{g}: we hoped for {p:,} and reached fewer than 5.")
                continue
            if r < p:
                gaps.append(f"{g}: we hoped for {p:,} and reached {r:,} ({p - r:,} fewer).")
        blocks.append(Heading("Gaps: groups we did not reach as we hoped", level=3))
        unsure = any(
            policy.is_hidden(r) and p < SMALL_NUMBER for p, r in zip(planned, reached, strict=True)
        )
        if gaps:
            blocks.append(Bullets(gaps))
        elif not unsure:
            blocks.append(Para("We reached at least as many people as we hoped in every group."))
        if unsure:
            blocks.append(
                Para(
                    "Where we hoped for fewer than 5 people from a group and fewer than 5 came, "
                    "we do not say whether we met that hope, so that nobody can be picked out.",
                    "small",
                )
            )
    return blocks


def _provision_name(row: dict) -> str:
    name = vocab.PROVISION_KINDS.label(row["kind"])
    if row["language"]:
        name = f"{name} ({row['language']})"
    return name


def accessibility(ctx: PackContext) -> list[Block]:
    if not ctx.sessions:
        return []
    policy = ctx.policy
    where, params = ctx.in_scope()
    recorded = ctx.programme.db.execute(
        f"SELECT (SELECT COUNT(*) FROM access_provisions WHERE {where})"
        f" + (SELECT COUNT(*) FROM access_requests WHERE {where})",
        params + params,
    ).fetchone()[0]
    if not recorded and not any(s["venue_access_notes"] for s in ctx.sessions):
        return []
    blocks: list[Block] = [Heading("How we made it accessible")]
    outcomes = dict(
        ctx.programme.db.execute(
            f"SELECT outcome, COUNT(*) FROM access_requests WHERE {where} GROUP BY outcome",
            params,
        ).fetchall()
    )
    total = sum(outcomes.values())
    if total:
        parts = [
            f"{policy.count(outcomes.get(key, 0))} {label}"
            for key, label in (
                ("met", "met in full"),
                ("partly_met", "met in part"),
                ("not_met", "not met"),
                ("pending", "not known yet"),
            )
            if outcomes.get(key, 0)
        ]
        blocks.append(
            Para(
                f"People asked us for {policy.count(total)} adjustments before or at the "
                f"sessions: {', '.join(parts)}.",
                "lead",
            )
        )
    else:
        blocks.append(Para("Nobody asked us for an adjustment.", "lead"))
    cost = 0
    for s in ctx.sessions:
        provisions = session_rows(ctx.programme, "access_provisions", s["id"])
        requests = session_rows(ctx.programme, "access_requests", s["id"])
        if not (provisions or requests or s["venue_access_notes"]):
            continue
        blocks.append(Heading(s["title"], level=3))
        if s["venue_access_notes"]:
            blocks.append(Para(s["venue_access_notes"], "small"))
        if provisions:
            cost += sum(p["cost_pence"] for p in provisions)
            if ctx.internal:
                blocks.append(
                    Table(
                        ["What we provided", "Status", "Note", "Cost"],
                        [
                            [
                                _provision_name(p),
                                vocab.PROVISION_STATUSES.label(p["status"]),
                                policy.redact_all(p["note"]),
                                format_pounds(p["cost_pence"]),
                            ]
                            for p in provisions
                        ],
                        widths=[3, 1.6, 4, 1.4],
                        numeric=(3,),
                    )
                )
            else:
                blocks.append(
                    Table(
                        ["What we provided", "Status", "Cost"],
                        [
                            [
                                _provision_name(p),
                                vocab.PROVISION_STATUSES.label(p["status"]),
                                format_pounds(p["cost_pence"]),
                            ]
                            for p in provisions
                        ],
                        widths=[4, 2, 1.4],
                        numeric=(2,),
                    )
                )
        if requests and ctx.internal:
            # Partners get the totals above only: per-session counts beside an exact total
            # could give a small number away.
            met = sum(1 for r in requests if r["outcome"] == "met")
            blocks.append(
                Para(
                    f"Adjustments asked for: {len(requests)}; met in full: {met}.",
                    "small",
                )
            )
            blocks.append(
                Table(
                    ["Adjustment asked for", "Outcome"],
                    [
                        # Never a name or contact, even in the internal pack.
                        [
                            policy.redact_all(r["adjustment"]),
                            vocab.REQUEST_OUTCOMES.label(r["outcome"]),
                        ]
                        for r in requests
                    ],
                    widths=[5, 2],
                )
            )
    if cost:
        blocks.append(Para(f"Access provisions cost {format_pounds(cost)} in all."))
    return blocks


def incentives(ctx: PackContext) -> list[Block]:
    rows_by_session = {
        s["id"]: session_rows(ctx.programme, "incentives", s["id"]) for s in ctx.sessions
    }
    budgets = sum(s["incentive_budget_pence"] for s in ctx.sessions)
    if not budgets and not any(rows_by_session.values()):
        return []
    blocks: list[Block] = [Heading("Incentives and thank-yous, against budget")]
    summary = []
    given_total = planned_total = 0
    for s in ctx.sessions:
        totals = incentive_totals(ctx.programme, s["id"])
        given_total += totals["given_pence"]
        planned_total += totals["planned_pence"]
        summary.append(
            [
                s["title"],
                format_pounds(totals["budget_pence"]),
                format_pounds(totals["planned_pence"]),
                format_pounds(totals["given_pence"]),
                format_pounds(totals["left_pence"]),
            ]
        )
    left = budgets - given_total
    verdict = "within budget" if left >= 0 else f"{format_pounds(-left)} over budget"
    blocks.append(
        Para(
            f"We spent {format_pounds(given_total)} on incentives and thank-yous against a "
            f"budget of {format_pounds(budgets)} ({verdict}). We had planned to spend "
            f"{format_pounds(planned_total)}.",
            "lead",
        )
    )
    blocks.append(
        Table(
            ["Session", "Budget", "Planned", "Spent", "Left"],
            summary,
            widths=[4.6, 1.5, 1.5, 1.5, 1.5],
            numeric=(1, 2, 3, 4),
        )
    )
    detail = []
    for s in ctx.sessions:
        for r in rows_by_session[s["id"]]:
            detail.append(
                [
                    s["title"],
                    f"{vocab.INCENTIVE_KINDS.label(r['kind'])}: {r['description']}".rstrip(": "),
                    format_pounds(r["unit_pence"]),
                    f"{r['planned']:,}",
                    f"{r['given']:,}",
                ]
            )
    if detail:
        blocks.append(Heading("What was offered", level=3))
        blocks.append(
            Table(
                ["Session", "Incentive", "Each", "Planned", "Given"],
                detail,
                widths=[3.4, 4, 1.3, 1.3, 1.3],
                numeric=(2, 3, 4),
            )
        )
    if ctx.internal:
        where, params = ctx.in_scope("participants.session_id")
        received = ctx.programme.db.execute(
            f"""SELECT participants.code, incentives.kind, incentives.description
                FROM participants JOIN incentives ON incentives.id = participants.incentive_id
                WHERE {where} ORDER BY participants.code""",
            params,
        ).fetchall()
        if received:
            blocks.append(Heading("Who received an incentive (by participant code)", level=3))
            blocks.append(
                Table(
                    ["Participant code", "Incentive"],
                    [[code, f"{vocab.INCENTIVE_KINDS.label(k)}: {d}"] for code, k, d in received],
                    widths=[2, 5],
                )
            )
    else:
        blocks.append(Para("Who received an incentive is not included in this pack.", "muted"))
    return blocks
