"""The public "You said, we did" document (GMCA value 12b): what we asked and why, who we
heard from, what you said, what we did and why, and what happens next.

It is published, so it holds no personal data at all: no names, contact details or
participant codes (every free text goes through the privacy policy, which also knows the
codes and names held anywhere in the file), no facilitators, no individual access
requests, and counts of people from 1 to 4 are shown as "fewer than 5".

`build_public_pack(programme) -> bytes`; the CLI (`workshop pack FILE --public`) and the
points screen write the bytes atomically.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
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
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.export.fonts import ARABIC, SANS, SANS_BOLD, for_print, register_fonts

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#505a5f")
ACCENT = colors.HexColor("#1d4f91")
LIGHT = colors.HexColor("#eef2f7")
RULE = colors.HexColor("#b1b4b6")
SIGNIFICANT = colors.HexColor("#8a3b00")
MARGIN = 20 * mm
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
_ARABIC_RUN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")


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


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        bulletFontName=SANS,
        fontSize=11,
        leading=15.5,
        textColor=INK,
        spaceAfter=6,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=7 * mm,
            fontSize=10.5,
            leading=14.5,
            textColor=INK,
            spaceAfter=3,
        ),
        "quote_rtl": ParagraphStyle(
            "quote_rtl",
            parent=body,
            leftIndent=7 * mm,
            fontSize=10.5,
            leading=14.5,
            alignment=TA_RIGHT,
            spaceAfter=3,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=13, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=13.5, spaceAfter=0),
        "flag": ParagraphStyle(
            "flag", parent=body, fontSize=10, leading=13.5, textColor=SIGNIFICANT, spaceAfter=3
        ),
    }


def _markup(text: str, bold: bool = False) -> tuple[str, bool]:
    """Escaped reportlab markup; Urdu and Arabic joined, in print order, in the Arabic font."""
    printed, rtl = for_print(text or "")
    if rtl:
        parts, last = [], 0
        for match in _ARABIC_RUN.finditer(printed):
            parts.append(escape(printed[last : match.start()]))
            parts.append(f'<font name="{ARABIC}">{escape(match.group())}</font>')
            last = match.end()
        parts.append(escape(printed[last:]))
        out = "".join(parts)
    else:
        out = escape(printed)
    out = out.replace("\n", "<br/>")
    return (f"<b>{out}</b>" if bold else out), rtl


class _Builder:
    def __init__(self) -> None:
        self.s = _styles()
        self.story: list = []

    def para(self, text: str, style: str = "body", bold: bool = False) -> Paragraph:
        markup, rtl = _markup(text, bold)
        name = "quote_rtl" if rtl and style == "quote" else style
        return Paragraph(markup, self.s[name])

    def add(self, text: str, style: str = "body", bold: bool = False) -> None:
        if text and text.strip():
            self.story.append(self.para(text, style, bold))

    def heading(self, text: str, level: int = 1) -> None:
        if level == 1:
            self.story.append(CondPageBreak(60 * mm))
        paragraph = self.para(text, "h1" if level == 1 else "h2")
        paragraph._bookmark = (text, level - 1)  # type: ignore[attr-defined]
        self.story.append(paragraph)

    def labelled(self, label: str, text: str) -> Paragraph | None:
        if not (text or "").strip():
            return None
        value, _ = _markup(text)
        head, _ = _markup(label, bold=True)
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
            style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
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


def _long_date(text: str) -> str:
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    return f"{day.day} {day:%B %Y}"


def _sources_phrase(point: PublicPoint) -> str:
    times = "once" if point.source_count == 1 else f"{point.source_count} times"
    if point.source_count == 0:
        return "Raised by the project team from the sessions."
    sessions = "" if point.session_count <= 1 else f" across {point.session_count} sessions"
    return f"Heard {times}{sessions}."


def build_public_pack(
    programme: Programme, *, invariant: bool = False, today: date | None = None
) -> bytes:
    """The public "You said, we did" PDF as bytes. Holds no personal data."""
    policy = public_policy(programme)
    prog = programme.programme()
    title = prog["title"] or "Our engagement"
    organisation = prog["organisation"]
    all_points = public_points(programme, policy)
    published = [p for p in all_points if p.published_on]
    waiting = [p for p in all_points if not p.published_on]
    reach = heard_from(programme, policy)
    latest = max((p.published_on for p in published), default="")
    today = today or date.today()

    b = _Builder()
    s = b.s
    # ----- cover ---------------------------------------------------------------
    b.add("You said, we did", "title")
    b.add(policy.redact(title), "subtitle", bold=True)
    if organisation:
        b.add(policy.redact(organisation), "subtitle")
    b.story.append(Spacer(1, 4 * mm))
    b.add(
        f"We asked residents what they thought. This is what you told us, what we have done "
        f"about it, and why. {len(all_points)} points were raised; {len(published)} have a "
        "published response so far.",
        "body",
    )
    if latest:
        b.add(f"Responses last updated {_long_date(latest)}.", "small")

    # ----- what we asked and why ---------------------------------------------
    b.heading("What we asked and why")
    b.add(policy.redact(prog["topic"]))
    level = prog["influence_level"]
    if level:
        b.story.append(
            b.labelled(
                "How much say you had:",
                f"{vocab.INFLUENCE_LEVELS.label(level)}. {vocab.INFLUENCE_LEVELS.explanation(level)}",
            )
        )
    for label, field in (
        ("What could change:", "can_change"),
        ("What could not change:", "cannot_change"),
        ("How we use what you tell us:", "feedback_use"),
    ):
        paragraph = b.labelled(label, policy.redact(prog[field]))
        if paragraph is not None:
            b.story.append(paragraph)

    # ----- who we heard from --------------------------------------------------
    b.heading("Who we heard from")
    sessions = reach["sessions"]
    b.add(
        f"We held {len(sessions)} session{'s' if len(sessions) != 1 else ''}, with "
        f"{policy.count(reach['attended'])} people taking part. To protect people's privacy, "
        f'numbers from 1 to 4 are shown as "{privacy.FEWER_THAN}".'
    )
    if sessions:
        rows = [["Session", "When", "Kind of session"]]
        for session in sessions:
            when = _long_date(session["starts_at"][:10]) if session["starts_at"] else ""
            rows.append(
                [
                    policy.redact(session["title"]),
                    when,
                    vocab.SESSION_FORMATS.label(session["format"]),
                ]
            )
        width = A4[0] - 2 * MARGIN
        b.table(rows, [width * 0.55, width * 0.2, width * 0.25])
    if reach["groups"]:
        b.add("People we heard from, by group (one person can be in more than one group):", "body")
        width = A4[0] - 2 * MARGIN
        b.table(
            [["Group", "People"], *[[g, n] for g, n in reach["groups"]]], [width * 0.7, width * 0.3]
        )

    # ----- what you said -------------------------------------------------------
    b.heading("What you said")
    b.add(
        "Each point below is something you told us that needed an answer. Points marked "
        "significant come first: one person's point can matter more than the views of a "
        "hundred, so we do not rank points by how many people made them."
    )
    for number, point in enumerate(all_points, 1):
        block = [b.para(f"{number}. {point.statement}", "h2")]
        if point.significant:
            flag = "Significant"
            if point.significance_reason:
                flag += f": {point.significance_reason}"
            block.append(b.para(flag, "flag", bold=False))
        block.append(b.para(_sources_phrase(point), "small"))
        for quote in point.quotes:
            block.append(b.para(f"“{quote}”", "quote"))
        answer = PUBLIC_STATUS.get(point.status, "") if point.status else ""
        block.append(
            b.labelled(
                "Our response:",
                f"{answer} (see point {number} below)." if answer else "Not published yet.",
            )
        )
        b.story.append(KeepTogether(block))
        b.story.append(Spacer(1, 2 * mm))

    # ----- what we did and why ---------------------------------------------------
    b.heading("What we did and why")
    if not published:
        b.add("We have not published any responses yet.")
    numbers = {id(point): n for n, point in enumerate(all_points, 1)}
    for point in published:
        block = [
            b.para(f"{numbers[id(point)]}. {point.statement}", "h2"),
            b.para(PUBLIC_STATUS.get(point.status, point.status), "body", bold=True),
        ]
        for label, text in (
            ("What we decided:", point.decision),
            ("Why:", point.reasoning),
            ("Passed to:", point.passed_to),
            ("Who is responsible:", point.owner),
            ("Published:", _long_date(point.published_on)),
        ):
            paragraph = b.labelled(label, text)
            if paragraph is not None:
                block.append(paragraph)
        b.story.append(KeepTogether(block))
        b.story.append(Spacer(1, 2 * mm))
    if waiting:
        due = _long_date(prog["responses_due"]) if prog["responses_due"] else ""
        promise = f" We promised to answer by {due}." if due else ""
        b.add(f"Still to answer ({len(waiting)}).{promise}", "h2")
        for point in waiting:
            b.add(f"{numbers[id(point)]}. {point.statement}", "body")

    # ----- what happens next ------------------------------------------------------
    b.heading("What happens next")
    b.add(policy.redact(prog["publish_when_where"]))
    b.add(
        "Where we said we will change something, we will report back here when it is done. "
        "Where a point is still being considered, we will publish the decision and the "
        "reasons when it is made."
    )
    b.heading("How to challenge a decision", 2)
    b.add(
        "If you think we got something wrong, or a response does not answer what you said, "
        "tell us. Say which point you mean. A person will read every challenge and reply."
    )
    routes = [
        (label, prog[field])
        for label, field in (
            ("Phone:", "return_phone"),
            ("Text:", "return_text"),
            ("Post:", "return_post"),
        )
    ]
    for label, value in routes:
        paragraph = b.labelled(label, value)
        if paragraph is not None:
            b.story.append(paragraph)
    b.add(
        "This document contains no names, contact details or participant codes. Counts of "
        f'1 to 4 people are shown as "{privacy.FEWER_THAN}". Produced '
        f"{_long_date(today.isoformat())}.",
        "small",
    )
    del s

    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        footer=f"You said, we did: {policy.redact(title)}"[:110],
        title=f"You said, we did: {policy.redact(title)}",
        author=policy.redact(organisation) or "Workshop",
        subject="Points raised by residents and our published responses",
        creator="Workshop",
        lang="en-GB",
        initialFontName=SANS,  # no Helvetica anywhere, not even the unused default
        invariant=1 if invariant else 0,
    )
    doc.build(b.story)
    return buffer.getvalue()
