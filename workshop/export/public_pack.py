"""The public "You said, we did" document (GMCA value 12b): what we asked and why, who we
heard from, what you said, what we did and why, and what happens next.

It is published, so it holds no personal data at all: no names, contact details or
participant codes (every free text goes through the privacy policy, which also knows the
codes and names held anywhere in the file), no facilitators, no individual access
requests, and counts of people from 1 to 4 are shown as "fewer than 5".

`build_public_pack(programme) -> bytes`; `write_public_pack` writes the PDF and its
accessible HTML copy atomically, for the CLI (`workshop pack FILE --public`) and the
points screen.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.core import points, privacy, vocab
from workshop.core.clock import long_date
from workshop.core.files import write_atomically
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.export.fonts import SANS
from workshop.export.pack.styles import (
    ACCENT_LIGHT,
    MARGIN,
    MUTED,
    RULE,
    markup,
    right_to_left,
    styles,
)

SIGNIFICANT = colors.HexColor("#8a3b00")
QUOTES_PER_POINT = 3

# How each status reads to the public.
PUBLIC_STATUS = {
    "changed": "We have changed this",
    "will_change": "We will change this",
    "considering": "We are still considering this",
    "not_changing": "We are not changing this",
    "outside_scope": "This engagement cannot change this",
}

# Columns, in any table, that hold who someone is. Their values are taken out of every
# text in the pack even when they were typed into residents' words.
_CODE_COLUMNS = ("participant_code", "code")
_NAME_COLUMNS = ("name", "contact", "asked_by", "email", "phone", "full_name")


def public_policy(programme: Programme) -> privacy.PrivacyPolicy:
    """The partner policy, also knowing codes and names kept in any feature's tables."""
    base = privacy.policy_for(programme, privacy.PARTNER)
    codes = list(base.known_codes)
    names = list(base.known_names)
    for table in programme.table_names():
        columns = set(programme.db[table].columns_dict)
        for column in columns:
            if column in _CODE_COLUMNS and (table != "decks" and table != "cards"):
                codes.extend(
                    v
                    for (v,) in programme.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}]")
                    if isinstance(v, str) and v.strip()
                )
            elif column in _NAME_COLUMNS:
                for (value,) in programme.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}]"):
                    if isinstance(value, str) and value.strip():
                        names.extend(privacy._split_people(value))
                        names.append(value.strip())
    return privacy.PrivacyPolicy(privacy.PARTNER, known_names=names, known_codes=codes)


# ----- what goes in ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublicPoint:
    statement: str
    significant: bool
    significance_reason: str
    source_count: int
    session_count: int
    tags: list[str]
    quotes: list[str]
    status: str
    decision: str
    reasoning: str
    passed_to: str
    owner: str
    published_on: str


_WORD = re.compile(r"[a-z']+")
_PART_LABELS = tuple(f"{label}: " for _, label in points._PART_FIELDS)
# Theme titles are the facilitator's summary, not residents' words: never quoted.
_NOT_QUOTED = {"board_clusters", "clusters", "themes"}


def _overlap(text: str, topic: set[str]) -> int:
    return len({w for w in _WORD.findall(text.casefold()) if len(w) > 3} & topic)


def choose_quotes(
    point: dict[str, Any], sources: list[points.PointSource], policy: privacy.PrivacyPolicy
) -> list[str]:
    """Up to three quotes in residents' own words. A card response holds several answers
    (hopes, fears, questions, changes): only the answer closest to the point is quoted."""
    topic = {
        w for w in _WORD.findall(f"{point['statement']} {point['detail']}".casefold()) if len(w) > 3
    }
    whole, parts = [], []
    for source in sources:
        if source.table in _NOT_QUOTED or not source.words.strip():
            continue
        lines = [line.strip() for line in source.words.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.startswith(_PART_LABELS) for line in lines):
            answers = [line.split(": ", 1)[1] for line in lines]
            best = max(answers, key=lambda a: _overlap(a, topic))
            parts.append(best)
        else:
            whole.append(source.words.strip())
    quotes: list[str] = []
    for text in whole + parts:
        text = policy.redact(text)
        if text not in quotes:
            quotes.append(text)
    return quotes[:QUOTES_PER_POINT]


def public_points(programme: Programme, policy: privacy.PrivacyPolicy) -> list[PublicPoint]:
    out = []
    for summary in points.list_points(programme):
        p = summary.point
        quotes = choose_quotes(p, points.point_sources(programme, p["id"]), policy)
        published = bool(p["published_on"])
        out.append(
            PublicPoint(
                statement=policy.redact(p["statement"]),
                significant=bool(p["significant"]),
                significance_reason=policy.redact(p["significance_reason"]),
                source_count=summary.source_count,
                session_count=len(summary.session_ids),
                tags=[policy.redact(t) for t in points.tags_of(p)],
                quotes=quotes,
                # Drafts are never printed: only what has been published.
                status=p["response_status"] if published else "",
                decision=policy.redact(p["decision"]) if published else "",
                reasoning=policy.redact(p["reasoning"]) if published else "",
                passed_to=policy.redact(p["passed_to"]) if published else "",
                owner=policy.redact(p["owner"]) if published else "",
                published_on=p["published_on"],
            )
        )
    return out


def heard_from(programme: Programme, policy: privacy.PrivacyPolicy) -> dict[str, Any]:
    """Aggregate reach over sessions that have taken place."""
    done = [s for s in sessions_by_date(programme) if s["status"] == "done"]
    ids = [s["id"] for s in done]
    groups: dict[str, int] = {}
    order: list[str] = []
    if ids:
        marks = ",".join("?" for _ in ids)
        for name, reached in programme.db.execute(
            f"SELECT group_name, SUM(reached) FROM reach WHERE session_id IN ({marks}) "
            "GROUP BY group_name ORDER BY MIN(rowid)",
            ids,
        ):
            groups[name] = reached or 0
            order.append(name)
    return {
        "sessions": done,
        "attended": sum(s["attended"] for s in done),
        "groups": [(policy.redact(name), policy.count(groups[name])) for name in order],
    }


# ----- layout -----------------------------------------------------------------------------


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The summary pack's type (`pack.styles`), so both documents look like one family.

    Only two differ: sections follow one another on a page here (the partner pack starts
    each on a new page, so its big h1 has no space above), and significance is flagged.
    """
    pack = styles()
    return {
        "body": pack["body"],
        "title": pack["cover_title"],
        "subtitle": pack["cover_sub"],
        "h1": ParagraphStyle(
            "public_h1", parent=pack["h1"], fontSize=17, leading=22, spaceBefore=14, spaceAfter=8
        ),
        "h2": pack["h3"],
        "quote": pack["quote"],
        "small": pack["muted"],
        "cell": pack["cell"],
        "flag": ParagraphStyle("flag", parent=pack["body"], textColor=SIGNIFICANT, spaceAfter=3),
    }


class _Builder:
    def __init__(self) -> None:
        self.s = _styles()
        self.story: list = []

    def para(self, text: str, style: str = "body", bold: bool = False) -> Paragraph:
        xml, rtl = markup(text, bold)
        return Paragraph(xml, right_to_left(self.s[style]) if rtl else self.s[style])

    def labelled(self, label: str, text: str) -> Paragraph | None:
        if not (text or "").strip():
            return None
        value, _ = markup(text)
        head, _ = markup(label, bold=True)
        return Paragraph(f"{head} {value}", self.s["body"])

    def table(self, rows: list[list[str]], widths: list[float], header: bool = True) -> None:
        cells = [
            [self.para(c, "cell", bold=header and r == 0) for c in row]
            for r, row in enumerate(rows)
        ]
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT))
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.story.append(Spacer(1, 4 * mm))


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, footer: str, **kwargs: Any):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm,
            **kwargs,
        )
        frame = Frame(
            MARGIN, MARGIN + 4 * mm, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 4 * mm, id="body"
        )
        self.footer = footer
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page)])

    def _page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, self.footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Page {doc.page}")
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        mark = getattr(flowable, "_bookmark", None)
        if mark:
            text, level = mark
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def _sources_phrase(point: PublicPoint) -> str:
    times = "once" if point.source_count == 1 else f"{point.source_count} times"
    if point.source_count == 0:
        return "Raised by the project team from the sessions."
    sessions = "" if point.session_count <= 1 else f" across {point.session_count} sessions"
    return f"Heard {times}{sessions}."


# ----- the document as blocks, rendered as PDF and as accessible HTML ----------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0 the title, 1 a section, 2 a point or sub-section


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body, subtitle, subtitle_bold, small, flag, quote, strong


@dataclass(frozen=True)
class Labelled:
    label: str
    text: str


@dataclass(frozen=True)
class Rows:
    rows: list[list[str]]  # the first row is the header
    widths: list[float]  # fractions of the page width


@dataclass(frozen=True)
class Group:
    """Kept together on one page; one point, or one response."""

    blocks: list


@dataclass(frozen=True)
class PublicDocument:
    title: str
    organisation: str
    blocks: list


def public_document(programme: Programme, today: date | None = None) -> PublicDocument:
    """Everything the public document says, in order, with personal data already out."""
    policy = public_policy(programme)
    prog = programme.programme()
    title = policy.redact(prog["title"] or "Our engagement")
    organisation = policy.redact(prog["organisation"])
    all_points = public_points(programme, policy)
    published = [p for p in all_points if p.published_on]
    waiting = [p for p in all_points if not p.published_on]
    reach = heard_from(programme, policy)
    latest = max((p.published_on for p in published), default="")
    today = today or date.today()
    out: list = []

    def labelled(label: str, text: str) -> None:
        if (text or "").strip():
            out.append(Labelled(label, text))

    def para(text: str, style: str = "body") -> None:
        if (text or "").strip():
            out.append(Para(text, style))

    # ----- cover
    out.append(Heading("You said, we did", 0))
    para(title, "subtitle_bold")
    para(organisation, "subtitle")
    para(
        "We asked residents what they thought. This is what you told us, what we have done "
        f"about it, and why. {len(all_points)} points were raised; {len(published)} have a "
        "published response so far."
    )
    if latest:
        para(f"Responses last updated {long_date(latest)}.", "small")

    # ----- what we asked and why
    out.append(Heading("What we asked and why", 1))
    para(policy.redact(prog["topic"]))
    level = prog["influence_level"]
    if level:
        labelled(
            "How much say you had:",
            f"{vocab.INFLUENCE_LEVELS.label(level)}. {vocab.INFLUENCE_LEVELS.explanation(level)}",
        )
    labelled("What could change:", policy.redact(prog["can_change"]))
    labelled("What could not change:", policy.redact(prog["cannot_change"]))
    labelled("How we use what you tell us:", policy.redact(prog["feedback_use"]))

    # ----- who we heard from
    out.append(Heading("Who we heard from", 1))
    sessions = reach["sessions"]
    para(
        f"We held {len(sessions)} session{'s' if len(sessions) != 1 else ''}, with "
        f"{policy.count(reach['attended'])} people taking part. To protect people's privacy, "
        f'numbers from 1 to 4 are shown as "{privacy.FEWER_THAN}".'
    )
    if sessions:
        rows = [["Session", "When", "Kind of session"]]
        for session in sessions:
            when = long_date(session["starts_at"][:10]) if session["starts_at"] else ""
            rows.append(
                [
                    policy.redact(session["title"]),
                    when,
                    vocab.SESSION_FORMATS.label(session["format"]),
                ]
            )
        out.append(Rows(rows, [0.55, 0.2, 0.25]))
    if reach["groups"]:
        para("People we heard from, by group (one person can be in more than one group):")
        out.append(Rows([["Group", "People"], *[[g, n] for g, n in reach["groups"]]], [0.7, 0.3]))

    # ----- what you said
    out.append(Heading("What you said", 1))
    para(
        "Each point below is something you told us that needed an answer. Points marked "
        "significant come first: one person's point can matter more than the views of a "
        "hundred, so we do not rank points by how many people made them."
    )
    numbers = {id(point): n for n, point in enumerate(all_points, 1)}
    for number, point in enumerate(all_points, 1):
        block: list = [Heading(f"{number}. {point.statement}", 2)]
        if point.significant:
            reason = f": {point.significance_reason}" if point.significance_reason else ""
            block.append(Para(f"Significant{reason}", "flag"))
        block.append(Para(_sources_phrase(point), "small"))
        block.extend(Para(quote, "quote") for quote in point.quotes)
        answer = PUBLIC_STATUS.get(point.status, "") if point.status else ""
        block.append(
            Labelled(
                "Our response:",
                f"{answer} (see point {number} below)." if answer else "Not published yet.",
            )
        )
        out.append(Group(block))

    # ----- what we did and why
    out.append(Heading("What we did and why", 1))
    if not published:
        para("We have not published any responses yet.")
    for point in published:
        block = [
            Heading(f"{numbers[id(point)]}. {point.statement}", 2),
            Para(PUBLIC_STATUS.get(point.status, point.status), "strong"),
        ]
        for label, text in (
            ("What we decided:", point.decision),
            ("Why:", point.reasoning),
            ("Passed to:", point.passed_to),
            ("Who is responsible:", point.owner),
            ("Published:", long_date(point.published_on)),
        ):
            if (text or "").strip():
                block.append(Labelled(label, text))
        out.append(Group(block))
    if waiting:
        due = long_date(prog["responses_due"]) if prog["responses_due"] else ""
        promise = f" We promised to answer by {due}." if due else ""
        out.append(Heading(f"Still to answer ({len(waiting)}).{promise}", 2))
        for point in waiting:
            para(f"{numbers[id(point)]}. {point.statement}")

    # ----- what happens next
    out.append(Heading("What happens next", 1))
    para(policy.redact(prog["publish_when_where"]))
    para(
        "Where we said we will change something, we will report back here when it is done. "
        "Where a point is still being considered, we will publish the decision and the "
        "reasons when it is made."
    )
    out.append(Heading("How to challenge a decision", 2))
    para(
        "If you think we got something wrong, or a response does not answer what you said, "
        "tell us. Say which point you mean. A person will read every challenge and reply."
    )
    # The organisation's own ways to reach it: not personal data, so not redacted.
    labelled("Phone:", prog["return_phone"])
    labelled("Text:", prog["return_text"])
    labelled("Post:", prog["return_post"])
    para(
        "This document contains no names, contact details or participant codes. Counts of "
        f'1 to 4 people are shown as "{privacy.FEWER_THAN}". Produced '
        f"{long_date(today.isoformat())}.",
        "small",
    )
    return PublicDocument(title, organisation, out)


_PDF_STYLE = {"subtitle_bold": ("subtitle", True), "strong": ("body", True)}


def _pdf_flowables(b: _Builder, blocks: list) -> list:
    width = A4[0] - 2 * MARGIN
    flowables: list = []
    for block in blocks:
        if isinstance(block, Heading):
            if block.level == 0:
                flowables.append(b.para(block.text, "title"))
                continue
            if block.level == 1:
                flowables.append(CondPageBreak(60 * mm))
            paragraph = b.para(block.text, "h1" if block.level == 1 else "h2")
            if block.level == 1 or not block.text[:1].isdigit():
                paragraph._bookmark = (block.text, block.level - 1)  # type: ignore[attr-defined]
            flowables.append(paragraph)
        elif isinstance(block, Para):
            style, bold = _PDF_STYLE.get(block.style, (block.style, False))
            text = f"“{block.text}”" if block.style == "quote" else block.text
            flowables.append(b.para(text, style, bold))
            if style == "subtitle":
                flowables.append(Spacer(1, 2 * mm))
        elif isinstance(block, Labelled):
            flowables.append(b.labelled(block.label, block.text))
        elif isinstance(block, Rows):
            b.story = []
            b.table(block.rows, [width * f for f in block.widths])
            flowables.extend(b.story)
        elif isinstance(block, Group):
            flowables.append(KeepTogether(_pdf_flowables(b, block.blocks)))
            flowables.append(Spacer(1, 2 * mm))
    return flowables


def build_public_pack(
    programme: Programme, *, invariant: bool = False, today: date | None = None
) -> bytes:
    """The public "You said, we did" PDF as bytes. Holds no personal data."""
    return _render_pdf(public_document(programme, today), invariant)


def build_public_pack_html(programme: Programme, *, today: date | None = None) -> str:
    """The same document as one accessible HTML page (the PDF is untagged): real headings,
    tables with header cells, quotes in their own language direction."""
    return _render_html(public_document(programme, today))


def write_public_pack(
    programme: Programme,
    out_pdf: Path | str,
    *,
    html: bool = True,
    invariant: bool = False,
    today: date | None = None,
) -> list[Path]:
    """Write the PDF and, unless `html` is False, the accessible HTML copy beside it (same
    name, .html), as the summary pack does. Both are built first, then written
    atomically. Returns the paths written."""
    out_pdf = Path(out_pdf)
    document = public_document(programme, today)
    pdf = _render_pdf(document, invariant)
    page = _render_html(document) if html else None
    written = [write_atomically(out_pdf, pdf)]
    if page is not None:
        written.append(write_atomically(out_pdf.with_suffix(".html"), page.encode("utf-8")))
    return written


def _render_pdf(document: PublicDocument, invariant: bool) -> bytes:
    b = _Builder()
    story = _pdf_flowables(b, document.blocks)
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        footer=f"You said, we did: {document.title}"[:110],
        title=f"You said, we did: {document.title}",
        author=document.organisation or "Workshop",
        subject="Points raised by residents and our published responses",
        creator="Workshop",
        lang="en-GB",
        initialFontName=SANS,  # no Helvetica anywhere, not even the unused default
        invariant=1 if invariant else 0,
    )
    doc.build(story)
    return buffer.getvalue()


def _render_html(document: PublicDocument) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape('You said, we did: ' + document.title)}</title>",
        "<style>body{font-family:sans-serif;max-width:46em;margin:1em auto;padding:0 1em;"
        "line-height:1.5;color:#1b1b1b}h1,h2{color:#1d4f91}.flag{color:#8a3b00}"
        ".small{color:#505a5f;font-size:.9em}table{border-collapse:collapse}"
        "th,td{text-align:left;padding:.2em .6em;border-bottom:1px solid #b1b4b6}"
        "blockquote{margin:.2em 0 .2em 1.5em}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    parts.extend(_html_blocks(document.blocks))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _html_blocks(blocks: list) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = {0: 1, 1: 2, 2: 3}[block.level]
            out.append(f"<h{level}>{escape(block.text)}</h{level}>")
        elif isinstance(block, Para):
            text = escape(block.text).replace("\n", "<br>")
            if block.style == "quote":
                out.append(f'<blockquote dir="auto"><p>“{text}”</p></blockquote>')
            elif block.style in ("strong", "subtitle_bold"):
                out.append(f"<p><strong>{text}</strong></p>")
            elif block.style in ("small", "flag"):
                out.append(f'<p class="{block.style}">{text}</p>')
            else:
                out.append(f"<p>{text}</p>")
        elif isinstance(block, Labelled):
            out.append(
                f"<p><strong>{escape(block.label)}</strong> "
                f"{escape(block.text).replace(chr(10), '<br>')}</p>"
            )
        elif isinstance(block, Rows):
            header, *rows = block.rows
            out.append("<table>")
            out.append(
                "<thead><tr>"
                + "".join(f'<th scope="col">{escape(c)}</th>' for c in header)
                + "</tr></thead>"
            )
            out.append("<tbody>")
            for row in rows:
                first, *rest = row
                out.append(
                    f'<tr><th scope="row">{escape(first)}</th>'
                    + "".join(f"<td>{escape(c)}</td>" for c in rest)
                    + "</tr>"
                )
            out.append("</tbody></table>")
        elif isinstance(block, Group):
            out.append("<section>")
            out.extend(_html_blocks(block.blocks))
            out.append("</section>")
    return out
