"""The two questions a window asks of the purge as a file opens, answered by a query each:
did a purge stop before it scrubbed the copies, and has any session passed its purge date.

The purge itself (`core.purge`) brings the privacy rules and their detectors; the window
imports it only when one of these says there is something to do, so opening a file does
not pay for it (issue 18).
"""

from __future__ import annotations

from datetime import date

from workshop.core.store import Programme


def copies_pending(programme: Programme) -> bool:
    """True when a purge committed but did not finish scrubbing the copies."""
    if "copies_done_at" not in programme.schema.column_names("purge_log"):
        return False
    row = programme.conn.execute(
        "SELECT 1 FROM purge_log WHERE copies_done_at = '' AND session_id != '' LIMIT 1"
    ).fetchone()
    return row is not None


def any_past_purge_date(programme: Programme, today: date | None = None) -> bool:
    """True when at least one session's purge date has passed (whether it still holds
    personal data is `purge.due`'s question, which reads every personal column)."""
    row = programme.conn.execute(
        "SELECT 1 FROM sessions WHERE purge_after != '' AND purge_after <= ? LIMIT 1",
        [(today or date.today()).isoformat()],
    ).fetchone()
    return row is not None
