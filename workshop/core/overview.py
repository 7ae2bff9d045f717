"""The programme at a glance: who we reached against who we hoped to, across sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.core import monitoring
from workshop.core.sessions import session_rows, sessions_by_date
from workshop.core.store import Programme


@dataclass(frozen=True)
class GroupReach:
    group: str
    planned: int
    reached: int

    @property
    def below_target(self) -> bool:
        return self.reached < self.planned


@dataclass(frozen=True)
class Overview:
    sessions: list[dict[str, Any]]
    # Reach counts only sessions held (running or done): a session still planned has hoped-for
    # numbers but nobody yet, and counting it made every group look short (the pack agrees).
    reach: list[GroupReach]
    sessions_held: int
    attended: int
    prefer_not_to_say: int
    requests_total: int
    requests_met: int
    requests_partly_met: int
    incentive_budget_pence: int
    incentive_spent_pence: int
    provision_cost_pence: int
    # From the anonymous monitoring forms: how many came back, and each group as people
    # described themselves beside the facilitators' head-count (the partner pack's figures).
    monitoring_forms: int = 0
    described: list[monitoring.DescribedReach] = field(default_factory=list)


def reach_by_group(programme: Programme, sessions: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Group name -> [hoped for, reached] over `sessions` (usually the ones held), groups
    matched by name in the order they first appear; groups with neither left out."""
    groups: dict[str, list[int]] = {}
    for session in sessions:
        for row in session_rows(programme, "reach", session["id"]):
            planned_reached = groups.setdefault(row["group_name"], [0, 0])
            planned_reached[0] += row["planned"]
            planned_reached[1] += row["reached"]
    return {g: v for g, v in groups.items() if v[0] or v[1]}


def programme_overview(programme: Programme) -> Overview:
    db = programme.conn  # reads: plain sqlite3
    # Groups are matched by name across sessions, in the order they first appear.
    reach_rows = db.execute(
        """SELECT group_name, SUM(planned), SUM(reached), MIN(reach.rowid) AS first
           FROM reach
           WHERE session_id IN (SELECT id FROM sessions WHERE status != 'planned')
           GROUP BY group_name ORDER BY first"""
    ).fetchall()
    held = db.execute("SELECT COUNT(*) FROM sessions WHERE status != 'planned'").fetchone()[0]
    totals = db.execute(
        "SELECT COALESCE(SUM(attended),0), COALESCE(SUM(prefer_not_to_say),0),"
        " COALESCE(SUM(incentive_budget_pence),0) FROM sessions"
    ).fetchone()
    requests = dict(
        db.execute("SELECT outcome, COUNT(*) FROM access_requests GROUP BY outcome").fetchall()
    )
    spent = db.execute("SELECT COALESCE(SUM(unit_pence * given), 0) FROM incentives").fetchone()[0]
    provision_cost = db.execute(
        "SELECT COALESCE(SUM(cost_pence), 0) FROM access_provisions"
    ).fetchone()[0]
    sessions = sessions_by_date(programme)
    forms, described = monitoring.described_beside_counted(programme, sessions)
    return Overview(
        sessions=sessions,
        monitoring_forms=forms,
        described=described,
        reach=[GroupReach(name, planned, reached) for name, planned, reached, _ in reach_rows],
        sessions_held=held,
        attended=totals[0],
        prefer_not_to_say=totals[1],
        requests_total=sum(requests.values()),
        requests_met=requests.get("met", 0),
        requests_partly_met=requests.get("partly_met", 0),
        incentive_budget_pence=totals[2],
        incentive_spent_pence=spent,
        provision_cost_pence=provision_cost,
    )
