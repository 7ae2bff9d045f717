"""The review before publishing: which quotes a partner or public pack would leave out
because something in them looks personal and nobody has decided about them yet.

The list comes from building the document itself (not rendering it), so it is exactly
the quotes the pack would print: `findings(...)`. Decisions are kept with
`workshop.core.privacy.save_review`; the next build prints each quote as decided.
"""

from __future__ import annotations

from workshop.core.privacy import PARTNER, PUBLIC, Finding, PrivacyPolicy, marked, policy_for
from workshop.core.store import Programme

__all__ = ["PUBLIC", "findings", "marked", "policy_after_build"]


def policy_after_build(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> PrivacyPolicy:
    """The policy as it stands once the document is built (its `pending` filled)."""
    # Imported here: the screens import this module for `marked` and PUBLIC at start-up,
    # and the documents bring reportlab, which the window does not need before an export.
    from workshop.export.pack.build import pack_document
    from workshop.export.public_pack import public_document, public_policy

    if audience == PUBLIC:
        policy = public_policy(programme)
        public_document(programme, policy=policy)
        return policy
    policy = policy_for(programme, audience)
    pack_document(programme, session_id, audience, policy=policy)
    return policy


def findings(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> list[Finding]:
    """Quotes to review before this pack is written, in the order the pack prints them.
    Empty for the internal pack (it is never published)."""
    return list(policy_after_build(programme, audience, session_id).pending.values())
