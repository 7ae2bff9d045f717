"""Ids and timestamps for rows that may be merged between laptops."""

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    """UTC, ISO-8601 with microseconds, so two edits in the same second still order."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
