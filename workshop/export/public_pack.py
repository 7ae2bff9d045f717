"""The public "You said, we did" document (GMCA value 12b): what we asked and why, who we
heard from, what you said, what we did and why, and what happens next.

It is published, so it holds no personal data at all: no names, contact details or
participant codes (every free text goes through the privacy policy, which also knows the
codes and names held anywhere in the file), no facilitators, no individual access
requests, and counts of people from 1 to 4 are shown as "fewer than 5".

This module builds the document's blocks; the shared renderers
(`workshop.export.document`) print them as running text and write the accessible HTML
copy. `build_public_pack(programme) -> bytes`; `write_public_pack` writes the PDF and
its HTML copy atomically, for the CLI (`workshop pack FILE --public`) and the points
screen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workshop.core import decks, points, privacy, vocab
from workshop.core.clock import long_date
from workshop.core.files import write_atomically
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.export.document.html import render_html
from workshop.export.document.model import Block, Document, Group, Heading, Para, Table
from workshop.export.document.pdf import render_pdf
from workshop.export.document.styles import RUNNING_TEXT

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
    codes: list[str] = []
    names: list[str] = []
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
                        names.extend(privacy.split_people(value))
                        names.append(value.strip())
    return privacy.policy_for(programme, privacy.PARTNER, extra_names=names, extra_codes=codes)


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
    hope: bool = False
    # Each status the response was published with, oldest first: (status, YYYY-MM-DD).
    history: tuple[tuple[str, str], ...] = ()


# Board columns whose notes are hopes, not concerns (by title, any case).
_HOPE_PLACES = ("hope", "hopes", "opportunity", "opportunities")


def is_hope(sources: list[points.PointSource]) -> bool:
    """A point raised only from hopes (notes in a Hopes column) is a hope, worded and
    counted as one, apart from concerns."""
    placed = [s for s in sources if s.place]
    return bool(placed) and all(s.place.casefold() in _HOPE_PLACES for s in placed)


_WORD = re.compile(r"[a-z']+")
_PART_LABELS = tuple(f"{label}: " for _, label in points._PART_FIELDS)
# Theme titles are the facilitator's summary, not residents' words: never quoted.
_NOT_QUOTED = {"board_clusters", "clusters", "themes"}


def _overlap(text: str, topic: set[str]) -> int:
    return len({w for w in _WORD.findall(text.casefold()) if len(w) > 3} & topic)


def _writing_system(text: str) -> str:
    """The script of a quote's first letter, by its Unicode name ("ARABIC", "LATIN")."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return unicodedata.name(letter, "?").split()[0] if letter else ""


def choose_quotes(
    point: dict[str, Any], sources: list[points.PointSource], policy: privacy.PrivacyPolicy
) -> list[str]:
    """Up to three quotes in residents' own words. A card response holds several answers
    (hopes, fears, questions, changes): only the answer closest to the point is quoted.
    Each goes through `policy.quote`: one in which something looks personal is printed
    only as the facilitator's review decided (never unreviewed)."""
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
            parts.append((source, best))
        else:
            whole.append((source, source.words.strip()))
    quotes: list[str] = []
    for source, words in whole + parts:
        text = policy.quote(source.table, source.source_id, words)
        if text and text not in quotes:
            quotes.append(text)
    # When there are more than the pack shows, the first quote in each writing system
    # present comes first (an Urdu quote after three English ones used never to appear);
    # the rest keep their order. Notes carry no language yet, so the script stands in.
    firsts: dict[str, str] = {}
    for text in quotes:
        firsts.setdefault(_writing_system(text), text)
    chosen = list(firsts.values())[:QUOTES_PER_POINT]
    chosen += [q for q in quotes if q not in chosen][: QUOTES_PER_POINT - len(chosen)]
    return sorted(chosen, key=quotes.index)


def public_points(programme: Programme, policy: privacy.PrivacyPolicy) -> list[PublicPoint]:
    out = []
    for summary in points.list_points(programme):
        p = summary.point
        sources = points.point_sources(programme, p["id"])
        quotes = choose_quotes(p, sources, policy)
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
                # Never a person's name: the team or role only.
                owner=policy.redact_all(p["owner"]) if published else "",
                published_on=p["published_on"],
                hope=is_hope(sources),
                history=tuple(points.status_history(programme, p["id"])) if published else (),
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


# ----- the document, as the shared blocks ----------------------------------------------


def _sources_phrase(point: PublicPoint) -> str:
    times = "once" if point.source_count == 1 else f"{point.source_count} times"
    if point.source_count == 0:
        return "Raised by the project team from the sessions."
    sessions = "" if point.session_count <= 1 else f" across {point.session_count} sessions"
    return f"Heard {times}{sessions}."


def public_document(
    programme: Programme,
    today: date | None = None,
    policy: privacy.PrivacyPolicy | None = None,
) -> Document:
    """Everything the public document says, in order, with personal data already out.
    Quotes nobody has reviewed are left out and listed in `policy.pending`."""
    policy = policy or public_policy(programme)
    prog = programme.programme()
    title = policy.redact(prog["title"] or "Our engagement")
    organisation = policy.redact(prog["organisation"])
    all_points = public_points(programme, policy)
    published = [p for p in all_points if p.published_on]
    waiting = [p for p in all_points if not p.published_on]
    reach = heard_from(programme, policy)
    latest = max((p.published_on for p in published), default="")
    today = today or date.today()
    cover: list[Block] = [Heading("You said, we did", 0)]
    out: list[Block] = []

    def labelled(label: str, text: str) -> None:
        if (text or "").strip():
            out.append(Para(text, label=label))

    def para(text: str, style: str = "body", bold: bool = False, to: list[Block] = out) -> None:
        if (text or "").strip():
            to.append(Para(text, style, bold=bold))

    para(title, "subtitle", bold=True, to=cover)
    para(organisation, "subtitle", to=cover)
    para(
        "We asked residents what they thought. This is what you told us, what we have done "
        f"about it, and why. {len(all_points)} points were raised; {len(published)} have a "
        "published response so far.",
        to=cover,
    )
    if latest:
        para(f"Responses last updated {long_date(latest)}.", "muted", to=cover)

    # ----- what we asked and why
    out.append(Heading("What we asked and why", 1))
    para(policy.redact(prog["topic"]))
    level = prog["influence_level"]
    if level:
        # Said in a sentence, not named: "Involve" means nothing to most residents.
        labelled("How much say you had:", vocab.INFLUENCE_LEVELS.explanation(level))
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
        rows = []
        for session in sessions:
            when = long_date(session["starts_at"][:10]) if session["starts_at"] else ""
            rows.append(
                [
                    policy.redact(session["title"]),
                    when,
                    vocab.SESSION_FORMATS.label(session["format"]),
                ]
            )
        out.append(Table(["Session", "When", "Kind of session"], rows, widths=[0.55, 0.2, 0.25]))
    if reach["groups"]:
        para("People we heard from, by group (one person can be in more than one group):")
        groups = [[group, str(n)] for group, n in reach["groups"]]
        out.append(Table(["Group", "People"], groups, widths=[0.7, 0.3]))

    out.extend(points_section(all_points, published, waiting, prog))
    out.extend(questions_section(programme, policy))

    # ----- what happens next
    out.append(Heading("What happens next", 1))
    para(policy.redact(prog["publish_when_where"]))
    para(
        "Where we said we will change something, we will report back here when it is done. "
        "Where a point is still being considered, we will publish the decision and the "
        "reasons when it is made."
    )
    out.extend(challenge_section(prog))
    out.extend(rights_section(prog))
    para(
        "This document contains no names, contact details or participant codes. Counts of "
        f'1 to 4 people are shown as "{privacy.FEWER_THAN}". Produced '
        f"{long_date(today.isoformat())}.",
        "muted",
    )
    return Document(
        title=f"You said, we did: {title}",
        author=organisation or "Workshop",
        subject="Points raised by residents and our published responses",
        footer=f"You said, we did: {title}"[:110],
        lang="en-GB",
        layout=RUNNING_TEXT,
        cover=cover,
        sections=out,
    )


def _month(text: str) -> str:
    try:
        return f"{date.fromisoformat(text):%B %Y}"
    except (TypeError, ValueError):
        return text


def timeline(point: PublicPoint) -> str:
    """A response's progress in one line: "We will change this: March 2027; We have
    changed this: June 2027". Empty when it was only ever published once."""
    if len(point.history) < 2:
        return ""
    return "; ".join(
        f"{PUBLIC_STATUS.get(status, status)}: {_month(when)}" for status, when in point.history
    )


def points_section(
    all_points: list[PublicPoint],
    published: list[PublicPoint],
    waiting: list[PublicPoint],
    prog: dict[str, Any],
) -> list[Block]:
    """Each point once: what you said (in your words) and, right under it, what we did."""
    out: list[Block] = [Heading("What you said", 1)]
    hopes = sum(1 for p in all_points if p.hope)
    concerns = len(all_points) - hopes
    out.append(
        Para(
            f"You raised {concerns} concern{'s' if concerns != 1 else ''} and shared "
            f"{hopes} hope{'s' if hopes != 1 else ''}. Points marked significant come first: "
            "one person's point can matter more than the views of a hundred, so we do not "
            "rank points by how many people made them. Under each point is what we did."
        )
    )
    for number, point in enumerate(all_points, 1):
        # Each point is a heading of its own, but too many to list among the bookmarks.
        block: list[Block] = [Heading(f"{number}. {point.statement}", 2, in_contents=False)]
        if point.hope:
            block.append(Para("A hope you shared.", "flag"))
        if point.significant:
            reason = f": {point.significance_reason}" if point.significance_reason else ""
            block.append(Para(f"Significant{reason}", "flag"))
        block.append(Para(_sources_phrase(point), "muted"))
        block.extend(Para(f"“{quote}”", "quote") for quote in point.quotes)
        if point.published_on:
            block.append(
                Para(
                    PUBLIC_STATUS.get(point.status, point.status), label="Our response:", bold=True
                )
            )
            for label, text in (
                ("What we decided:", point.decision),
                ("Why:", point.reasoning),
                ("Passed to:", point.passed_to),
                ("Who is responsible:", point.owner),
                ("Progress:", timeline(point)),
                ("Published:", long_date(point.published_on)),
            ):
                if (text or "").strip():
                    block.append(Para(text, label=label))
        else:
            block.append(Para("Not published yet.", label="Our response:"))
        out.append(Group(block))
    out.append(Heading("What we did and why", 1))
    if not published:
        out.append(Para("We have not published any responses yet."))
    else:
        counts: dict[str, int] = {}
        for point in published:
            counts[point.status] = counts.get(point.status, 0) + 1
        rows = [[PUBLIC_STATUS[k], str(counts[k])] for k in PUBLIC_STATUS if counts.get(k)]
        out.append(
            Para(
                f"We have published a response to {len(published)} of the "
                f"{len(all_points)} points. Each response is under its point above."
            )
        )
        out.append(Table(["What we did", "Points"], rows, widths=[0.75, 0.25]))
    if waiting:
        due = long_date(prog["responses_due"]) if prog["responses_due"] else ""
        promise = f" We promised to answer by {due}." if due else ""
        numbers = {id(p): n for n, p in enumerate(all_points, 1)}
        listed = ", ".join(str(numbers[id(p)]) for p in waiting)
        out.append(Heading(f"Still to answer ({len(waiting)}).{promise}", 2))
        out.append(Para(f"Points {listed}." if len(waiting) > 1 else f"Point {listed}."))
    return out


def questions_section(programme: Programme, policy: privacy.PrivacyPolicy) -> list[Block]:
    """Questions residents asked, with the answer given on the day or written later, and
    those still owed with the team answering and the date promised. No names."""
    rows = programme.rows("questions", order_by="created_at, position")
    if not rows:
        return []
    out: list[Block] = [Heading("Your questions and our answers", 1)]
    for row in rows:
        # Residents' words: printed only as the quote review decided (never unreviewed).
        asked = policy.quote("questions", row["id"], row["text"]) or ""
        if not asked.strip():
            continue
        block: list[Block] = [Para(f"“{asked}”", "quote")]
        answer = policy.redact(row["answer"]) if row["status"] in ("answered", "sent") else ""
        if answer.strip():
            when = long_date(row["answered_on"]) if row["answered_on"] else ""
            label = "Answered on the day:" if row["status"] == "answered" else "Written answer:"
            block.append(Para(answer + (f" ({when})" if when else ""), label=label))
        else:
            owner = policy.redact_all(row["owner"])
            due = long_date(row["due"]) if row["due"] else ""
            promise = "We will answer in writing"
            promise += f" by {due}" if due else ""
            promise += f" ({owner})." if owner else "."
            block.append(Para(promise, label="Answer:"))
        out.append(Group(block))
    return out


def challenge_section(prog: dict[str, Any]) -> list[Block]:
    """Two routes, both printed: challenging our response to what you said, and
    challenging a decision the council made about you."""
    out: list[Block] = [Heading("How to challenge our response", 2)]
    out.append(
        Para(
            "If you think we got something wrong, or a response does not answer what you "
            "said, tell us. Say which point you mean. A person will read every challenge and "
            "reply."
        )
    )
    # The organisation's own ways to reach it: not personal data, so not redacted.
    for label, key in (
        ("Phone:", "return_phone"),
        ("Text:", "return_text"),
        ("Post:", "return_post"),
    ):
        if (prog.get(key) or "").strip():
            out.append(Para(prog[key], label=label))
    out.append(Heading("How to challenge a decision about you", 2))
    out.append(
        Para(
            "This is different: it is for a decision the council made about you, such as a "
            "benefit, a place or a fine. Ask the team that made the decision to look at it "
            "again, and say why you think it is wrong. If a computer made the decision on its "
            "own, you have the rights below."
        )
    )
    if (prog.get("data_controller") or "").strip():
        out.append(Para(prog["data_controller"], label="Complaints about your data:"))
    return out


def rights_section(prog: dict[str, Any]) -> list[Block]:
    """What the law gives a person when a significant decision about them is made by a
    computer, from the built-in "Your rights" card, each statement with its source."""
    try:
        card = next(c for c in decks.builtin_deck().cards if c.key == RIGHTS_CARD)
    except StopIteration:
        return []
    out: list[Block] = [Heading("Your rights when a computer decides", 2)]
    for note in card.law:
        out.append(Para(note.says))
        out.append(
            Para(
                f"Source: {note.source.title}, {note.source.address}. Checked "
                f"{long_date(note.source.checked)}.",
                "muted",
            )
        )
    return out


RIGHTS_CARD = "your-rights"


def build_public_pack(
    programme: Programme, *, invariant: bool = False, today: date | None = None
) -> bytes:
    """The public "You said, we did" PDF as bytes. Holds no personal data."""
    return render_pdf(public_document(programme, today), invariant=invariant)


def build_public_pack_html(programme: Programme, *, today: date | None = None) -> str:
    """The same document as one accessible HTML page (the PDF is untagged): real headings,
    tables with header cells, quotes in their own language direction."""
    return render_html(public_document(programme, today))


def write_public_pack(
    programme: Programme,
    out_pdf: Path | str,
    *,
    html: bool = True,
    invariant: bool = False,
    today: date | None = None,
    accept_detected: bool = False,
) -> list[Path]:
    """Write the PDF and, unless `html` is False, the accessible HTML copy beside it (same
    name, .html), as the summary pack does. Both are built first, then written
    atomically. Returns the paths written. Refused, with nothing written, while quotes
    that look personal are unreviewed, unless `accept_detected` (they are left out)."""
    out_pdf = Path(out_pdf)
    policy = public_policy(programme)
    document = public_document(programme, today, policy)
    privacy.require_reviewed(policy, accept_detected)
    pdf = render_pdf(document, invariant=invariant)
    page = render_html(document) if html else None
    written = [write_atomically(out_pdf, pdf)]
    if page is not None:
        written.append(write_atomically(out_pdf.with_suffix(".html"), page.encode("utf-8")))
    return written
