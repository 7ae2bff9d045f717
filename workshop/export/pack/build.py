"""Assemble the summary pack from its sections and lay it out.

Each section is one function `section(ctx) -> list[Block]` in a `sections_*` module; it
returns no blocks when it has nothing to say or when its feature's tables are not in
this file, so the pack never carries placeholder text. The order below is the order of
the pack.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workshop.core.errors import ValidationError
from workshop.core.files import write_atomically
from workshop.core.privacy import (
    PARTNER,
    PrivacyPolicy,
    check_audience,
    policy_for,
    require_reviewed,
)
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.export.document.html import render_html
from workshop.export.document.model import Document, Heading
from workshop.export.document.pdf import render_pdf
from workshop.export.document.styles import REPORT, SUMMARY
from workshop.export.pack import (
    sections_agenda,
    sections_boards,
    sections_cards,
    sections_equality,
    sections_feedback,
    sections_glossary,
    sections_intro,
    sections_methods,
    sections_people,
    sections_points,
    sections_questions,
    sections_summary,
)
from workshop.export.pack.model import Block, PackContext, Progress

SECTIONS = [
    sections_summary.summary,
    sections_intro.expectations,
    sections_people.reach,
    sections_people.accessibility,
    sections_people.incentives,
    sections_agenda.agenda,
    sections_boards.boards,
    sections_cards.card_reactions,
    sections_questions.questions,
    sections_feedback.feedback,
    sections_points.points,
    sections_glossary.glossary,
    sections_methods.methods,
    sections_equality.equality_appendix,
]

LANG = "en-GB"


def document_from(
    source: Programme | Path | str,
    session_id: str | None = None,
    audience: str = PARTNER,
    progress: Progress | None = None,
    today: str | None = None,
    policy: PrivacyPolicy | None = None,
) -> Document:
    """The pack's document from an open programme, or from a file opened read-only just
    for it (and closed again)."""
    if isinstance(source, Programme):
        return pack_document(source, session_id, audience, progress, today, policy)
    with Programme.open(Path(source), read_only=True) as programme:
        return pack_document(programme, session_id, audience, progress, today, policy)


def pack_document(
    programme: Programme,
    session_id: str | None = None,
    audience: str = PARTNER,
    progress: Progress | None = None,
    today: str | None = None,
    policy: PrivacyPolicy | None = None,
    summary_only: bool = False,
) -> Document:
    """The pack's blocks for one session or the whole programme. Quotes nobody has
    reviewed are left out of a partner pack and listed in `policy.pending`. With
    `summary_only`, just the summary from the front of the pack (two pages at most)."""
    check_audience(audience)
    if session_id:
        session = programme.get("sessions", session_id)
        if session is None:
            raise ValidationError(
                "There is no session with id {session_id} in this programme. "
                "Run 'workshop sessions FILE' to see the session ids.",
                session_id=session_id,
            )
        sessions = [session]
    else:
        sessions = sessions_by_date(programme)
    ctx = PackContext(
        programme=programme,
        sessions=sessions,
        policy=policy or policy_for(programme, audience),
        session_id=session_id,
        today=date.today().isoformat() if today is None else today,
    )
    prog = programme.programme()
    blocks: list[Block] = []
    for index, section in enumerate([sections_summary.summary] if summary_only else SECTIONS):
        if progress:
            progress(0.3 * index / len(SECTIONS), "Gathering the record")
        blocks.extend(section(ctx))
    internal = ctx.internal
    kind = "Internal summary pack" if internal else "Summary pack for partners"
    title = sections_intro.pack_title(ctx)
    if summary_only:
        if blocks:
            blocks[0] = Heading(f"Summary: {title}", level=1)
        return Document(
            title=f"{title}: summary",
            author=prog["organisation"] or "Workshop",
            subject="Summary of the engagement for a cabinet or a board",
            footer=f"{_shorten(title, 70)} · Summary",
            lang=LANG,
            layout=SUMMARY,
            cover=[],
            sections=blocks,
            internal=internal,
        )
    return Document(
        title=title,
        author=prog["organisation"] or "Workshop",
        subject=kind,
        footer=f"{_shorten(title, 70)} · {kind}",
        lang=LANG,
        layout=REPORT,
        cover=sections_intro.cover(ctx),
        sections=blocks,
        internal=internal,
    )


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def render(document: Document, progress: Progress | None = None, invariant: bool = False) -> bytes:
    data = render_pdf(document, progress, invariant)
    if progress:
        progress(1.0, "Done")
    return data


def build_pack(
    programme_path_or_programme: Programme | Path | str,
    session_id: str | None = None,
    audience: str = PARTNER,
    progress: Progress | None = None,
    *,
    invariant: bool = False,
    today: str | None = None,
) -> bytes:
    """The summary pack as PDF bytes (write them with `workshop.core.files`)."""
    document = document_from(programme_path_or_programme, session_id, audience, progress, today)
    return render(document, progress, invariant)


def write_pack(
    programme_path_or_programme: Programme | Path | str,
    out_pdf: Path | str,
    session_id: str | None = None,
    audience: str = PARTNER,
    progress: Progress | None = None,
    *,
    html: bool = True,
    invariant: bool = False,
    today: str | None = None,
    accept_detected: bool = False,
    summary_only: bool = False,
) -> list[Path]:
    """Write the PDF and, beside it, the accessible HTML copy (same name, .html).

    Both are built in memory first and then written atomically, so a failure leaves
    no half-written file. Returns the paths written. A partner pack is refused, with
    nothing written, while quotes that look personal are unreviewed, unless
    `accept_detected` (they are left out).
    """
    out_pdf = Path(out_pdf)
    found: list[PrivacyPolicy] = []

    def build(programme: Programme) -> Document:
        found.append(policy_for(programme, audience))
        return pack_document(
            programme, session_id, audience, progress, today, found[0], summary_only
        )

    if isinstance(programme_path_or_programme, Programme):
        document = build(programme_path_or_programme)
    else:
        with Programme.open(Path(programme_path_or_programme), read_only=True) as programme:
            document = build(programme)
    require_reviewed(found[0], accept_detected)
    pdf = render(document, progress, invariant)
    written = [write_atomically(out_pdf, pdf)]
    if html:
        html_path = out_pdf.with_suffix(".html")
        written.append(write_atomically(html_path, render_html(document).encode("utf-8")))
    return written


def build_pack_html(
    programme_path_or_programme: Programme | Path | str,
    session_id: str | None = None,
    audience: str = PARTNER,
    today: str | None = None,
) -> str:
    """The accessible HTML copy on its own (`write_pack` writes it beside the PDF)."""
    return render_html(
        document_from(programme_path_or_programme, session_id, audience, today=today)
    )
