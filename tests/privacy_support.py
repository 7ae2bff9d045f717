"""The review before publishing, done as a facilitator does it in the export window:
every quote the pack would ask about gets a decision, kept in the file."""

from __future__ import annotations

from pathlib import Path

from workshop.core.privacy import KEEP, PARTNER, save_review
from workshop.core.store import Programme
from workshop.export.review import PUBLIC, findings


def review_all(source: Programme | Path, decision: str = KEEP, audiences=(PARTNER, PUBLIC)):
    """Decide every pending quote of the partner and public packs; returns them."""
    if not isinstance(source, Programme):
        with Programme.open(source) as programme:
            return review_all(programme, decision, audiences)
    decided = []
    for audience in audiences:
        for finding in findings(source, audience):
            save_review(source, finding, decision)
            decided.append(finding)
    return decided
