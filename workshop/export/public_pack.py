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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from workshop.core import decks, languages, points, privacy, vocab
from workshop.core.files import write_atomically
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.export.document.html import render_html
from workshop.export.document.model import Block, Document, Group, Heading, Para, Table
from workshop.export.document.pdf import render_pdf
from workshop.export.document.styles import LARGE_PRINT_TEXT, RUNNING_TEXT
from workshop.export.print_languages import Day, Ours, Wording, codes_for

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


class Quote(str):
    """A quote's words, knowing the language they are in ("" when not set), so the HTML
    copy can mark it. A str, so everything that reads quotes as text still does."""

    language: str

    def __new__(cls, text: str, language: str = "") -> Quote:
        quote = super().__new__(cls, text)
        quote.language = language
        return quote


def choose_quotes(
    point: dict[str, Any], sources: list[points.PointSource], policy: privacy.PrivacyPolicy
) -> list[Quote]:
    """Up to three quotes in residents' own words. A card response holds several answers
    (hopes, fears, questions, changes): only the answer closest to the point is quoted.
    Each goes through `policy.quote`: one in which something looks personal is printed
    only as the facilitator's review decided (never unreviewed).

    When there are more than the pack shows, the first quote in each language present
    comes first (a Welsh quote after three English ones used never to appear); a quote
    whose language is not set counts by its writing system. The rest keep their order."""
    topic = {
        w for w in _WORD.findall(f"{point['statement']} {point['detail']}".casefold()) if len(w) > 3
    }
    whole: list[tuple[str, str]] = []
    parts: list[tuple[str, str]] = []
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
    quotes: list[Quote] = []
    for source, words in whole + parts:
        text = policy.quote(source.table, source.source_id, words)
        if text and text not in quotes:
            quotes.append(Quote(text, source.language))
    firsts: dict[str, Quote] = {}
    for quote in quotes:
        key = languages.primary(quote.language) or f"script:{_writing_system(quote)}"
        firsts.setdefault(key, quote)
    chosen = list(firsts.values())[:QUOTES_PER_POINT]
    chosen += [q for q in quotes if q not in chosen][: QUOTES_PER_POINT - len(chosen)]
    return sorted(chosen, key=quotes.index)


def public_points(programme: Programme, policy: privacy.PrivacyPolicy) -> list[PublicPoint]:
    out = []
    reader = points.SourceReader(programme)  # each board, session and table's keys read once
    for summary in points.list_points(programme):
        p = summary.point
        sources = points.point_sources(programme, p["id"], reader)
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


def _sources_phrase(point: PublicPoint, words: Wording) -> list[tuple[str, str]]:
    if point.source_count == 0:
        return words.lines("Raised by the project team from the sessions.")
    if point.session_count <= 1:
        if point.source_count == 1:
            return words.lines("Heard once.")
        return words.lines("Heard {times} times.", times=point.source_count)
    if point.source_count == 1:
        return words.lines("Heard once across {sessions} sessions.", sessions=point.session_count)
    return words.lines(
        "Heard {times} times across {sessions} sessions.",
        times=point.source_count,
        sessions=point.session_count,
    )


def public_document(
    programme: Programme,
    today: date | None = None,
    policy: privacy.PrivacyPolicy | None = None,
    print_in: list[str] | None = None,
) -> Document:
    """Everything the public document says, in order, with personal data already out.
    Quotes nobody has reviewed are left out and listed in `policy.pending`. `print_in`
    lists the languages of our own words ("en", "cy"), first one first."""
    words = Wording(codes_for(programme.programme(), print_in))
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
    cover: list[Block] = [Heading(words.joined("You said, we did"), 0)]
    out: list[Block] = []

    def say(english: str, style: str = "body", to: list[Block] | None = None, **values) -> None:
        """Our own words, once in each language (each marked with its language)."""
        for code, text in words.lines(english, **values):
            (out if to is None else to).append(Para(text, style, lang=words.lang_of(code)))

    def labelled(label: str, text: str) -> None:
        if (text or "").strip():
            out.append(Para(text, label=words.joined(label)))

    def para(text: str, style: str = "body", bold: bool = False, to: list[Block] = out) -> None:
        if (text or "").strip():
            to.append(Para(text, style, bold=bold))

    def heading(english: str, level: int, **values) -> Heading:
        return Heading(words.joined(english, **values), level)

    for mark in words.draft_marks():
        cover.append(Para(mark, "flag", bold=True))
    para(title, "subtitle", bold=True, to=cover)
    para(organisation, "subtitle", to=cover)
    say(
        "We asked residents what they thought. This is what you told us, what we have done "
        "about it, and why. {raised} points were raised; {published} have a published "
        "response so far.",
        to=cover,
        raised=len(all_points),
        published=len(published),
    )
    if latest:
        say("Responses last updated {date}.", "muted", to=cover, date=Day(latest))

    # ----- what we asked and why
    out.append(heading("What we asked and why", 1))
    para(policy.redact(prog["topic"]))
    level = prog["influence_level"]
    if level:
        # Said in a sentence, not named: "Involve" means nothing to most residents.
        labelled(
            "How much say you had:",
            words.joined(vocab.INFLUENCE_LEVELS.explanation(level), sep=" / "),
        )
    labelled("What could change:", policy.redact(prog["can_change"]))
    labelled("What could not change:", policy.redact(prog["cannot_change"]))
    labelled("How we use what you tell us:", policy.redact(prog["feedback_use"]))

    def count(n: int) -> str:
        shown = policy.count(n)
        return Ours(shown) if shown == privacy.FEWER_THAN else shown

    # ----- who we heard from
    out.append(heading("Who we heard from", 1))
    sessions = reach["sessions"]
    say(
        "We held 1 session, with {people} people taking part."
        if len(sessions) == 1
        else "We held {sessions} sessions, with {people} people taking part.",
        sessions=len(sessions),
        people=count(reach["attended"]),
    )
    say(
        'To protect people\'s privacy, numbers from 1 to 4 are shown as "{fewer}".',
        fewer=Ours(privacy.FEWER_THAN),
    )
    if sessions:
        rows = []
        for session in sessions:
            rows.append(
                [
                    policy.redact(session["title"]),
                    words.first.long_date(session["starts_at"][:10])
                    if session["starts_at"]
                    else "",
                    words.joined(vocab.SESSION_FORMATS.label(session["format"])),
                ]
            )
        headers = [words.joined(h) for h in ("Session", "When", "Kind of session")]
        out.append(Table(headers, rows, widths=[0.55, 0.2, 0.25]))
    if reach["groups"]:
        say("People we heard from, by group (one person can be in more than one group):")
        groups = [
            [group, words.joined(privacy.FEWER_THAN) if n == privacy.FEWER_THAN else str(n)]
            for group, n in reach["groups"]
        ]
        out.append(
            Table([words.joined("Group"), words.joined("People")], groups, widths=[0.7, 0.3])
        )

    out.extend(points_section(all_points, published, waiting, prog, words))
    out.extend(questions_section(programme, policy, words))

    # ----- what happens next
    out.append(heading("What happens next", 1))
    para(policy.redact(prog["publish_when_where"]))
    say(
        "Where we said we will change something, we will report back here when it is done. "
        "Where a point is still being considered, we will publish the decision and the "
        "reasons when it is made."
    )
    out.extend(challenge_section(prog, words))
    out.extend(rights_section(words))
    say(
        "This document contains no names, contact details or participant codes. Counts of "
        '1 to 4 people are shown as "{fewer}". Produced {date}.',
        "muted",
        fewer=Ours(privacy.FEWER_THAN),
        date=Day(today.isoformat()),
    )
    footer = words.joined("You said, we did: {title}", title=title)
    return Document(
        title=words.joined("You said, we did: {title}", title=title),
        author=organisation or "Workshop",
        subject=words.joined("Points raised by residents and our published responses"),
        footer=(" · ".join([footer, *words.draft_marks()]))[:110],
        lang=words.document_lang,
        layout=RUNNING_TEXT,
        cover=cover,
        sections=out,
    )


def timeline(point: PublicPoint, words: Wording) -> str:
    """A response's progress in one line: "We will change this: 3 March 2027; We have
    changed this: 20 June 2027". Empty when it was only ever published once."""
    if len(point.history) < 2:
        return ""
    return "; ".join(
        words.joined(
            "{status}: {date}",
            status=Ours(PUBLIC_STATUS.get(status, status)),
            date=Day(when),
        )
        for status, when in point.history
    )


def points_section(
    all_points: list[PublicPoint],
    published: list[PublicPoint],
    waiting: list[PublicPoint],
    prog: dict[str, Any],
    words: Wording,
) -> list[Block]:
    """Each point once: what you said (in your words) and, right under it, what we did."""
    out: list[Block] = [Heading(words.joined("What you said"), 1)]

    def say(english: str, **values) -> None:
        for code, text in words.lines(english, **values):
            out.append(Para(text, lang=words.lang_of(code)))

    hopes = sum(1 for p in all_points if p.hope)
    say(
        "Concerns raised: {concerns}. Hopes shared: {hopes}.",
        concerns=len(all_points) - hopes,
        hopes=hopes,
    )
    say(
        "Each point below is something you told us that needed an answer. Points marked "
        "significant come first: one person's point can matter more than the views of a "
        "hundred, so we do not rank points by how many people made them."
    )
    for number, point in enumerate(all_points, 1):
        # Each point is a heading of its own, but too many to list among the bookmarks.
        block: list[Block] = [Heading(f"{number}. {point.statement}", 2, in_contents=False)]
        if point.hope:
            block.append(Para(words.joined("A hope you shared."), "flag"))
        if point.significant:
            reason = f": {point.significance_reason}" if point.significance_reason else ""
            block.append(Para(f"{words.joined('Significant')}{reason}", "flag"))
        block.extend(
            Para(text, "muted", lang=words.lang_of(code))
            for code, text in _sources_phrase(point, words)
        )
        # Each quote is marked with its own language (the HTML's lang and dir).
        block.extend(
            Para(f"“{quote}”", "quote", lang=getattr(quote, "language", ""))
            for quote in point.quotes
        )
        if point.published_on:
            status = PUBLIC_STATUS.get(point.status, point.status)
            block.append(Para(words.joined(status), label=words.joined("Our response:"), bold=True))
            published_on = " / ".join(
                dict.fromkeys(lang.long_date(point.published_on) for lang in words.languages)
            )
            for label, text in (
                ("What we decided:", point.decision),
                ("Why:", point.reasoning),
                ("Passed to:", point.passed_to),
                ("Who is responsible:", point.owner),
                ("Progress:", timeline(point, words)),
                ("Published:", published_on),
            ):
                if (text or "").strip():
                    block.append(Para(text, label=words.joined(label)))
        else:
            block.append(
                Para(words.joined("Not published yet."), label=words.joined("Our response:"))
            )
        out.append(Group(block))
    out.append(Heading(words.joined("What we did and why"), 1))
    if not published:
        say("We have not published any responses yet.")
    else:
        counts: dict[str, int] = {}
        for point in published:
            counts[point.status] = counts.get(point.status, 0) + 1
        say(
            "We have published a response to {published} of the {total} points. Each "
            "response is under its point above.",
            published=len(published),
            total=len(all_points),
        )
        rows = [
            [words.joined(PUBLIC_STATUS[k]), str(counts[k])] for k in PUBLIC_STATUS if counts.get(k)
        ]
        headers = [words.joined("What we did"), words.joined("Points")]
        out.append(Table(headers, rows, widths=[0.75, 0.25]))
    if waiting:
        numbers = {id(p): n for n, p in enumerate(all_points, 1)}
        if prog["responses_due"]:
            english = "Still to answer ({count}). We promised to answer by {date}."
            title = words.joined(english, count=len(waiting), date=Day(prog["responses_due"]))
        else:
            title = words.joined("Still to answer ({count}).", count=len(waiting))
        out.append(Heading(title, 2))
        for point in waiting:
            out.append(Para(f"{numbers[id(point)]}. {point.statement}"))
    return out


def questions_section(
    programme: Programme, policy: privacy.PrivacyPolicy, words: Wording
) -> list[Block]:
    """Questions residents asked, with the answer given on the day or written later, and
    those still owed with the team answering and the date promised. No names."""
    rows = programme.rows("questions", order_by="created_at, position")
    if not rows:
        return []
    out: list[Block] = [Heading(words.joined("Your questions and our answers"), 1)]
    for row in rows:
        # Residents' words: printed only as the quote review decided (never unreviewed).
        asked = policy.quote("questions", row["id"], row["text"]) or ""
        if not asked.strip():
            continue
        block: list[Block] = [Para(f"“{asked}”", "quote", lang=row.get("language") or "")]
        answer = policy.redact(row["answer"]) if row["status"] in ("answered", "sent") else ""
        if answer.strip():
            when = words.first.long_date(row["answered_on"]) if row["answered_on"] else ""
            label = "Answered on the day:" if row["status"] == "answered" else "Written answer:"
            text = answer + (f" ({when})" if when else "")
            block.append(Para(text, label=words.joined(label)))
        else:
            owner = policy.redact_all(row["owner"])
            if row["due"]:
                promise = words.joined("We will answer in writing by {date}.", date=Day(row["due"]))
            else:
                promise = words.joined("We will answer in writing.")
            promise += f" ({owner})" if owner else ""
            block.append(Para(promise, label=words.joined("Answer:")))
        out.append(Group(block))
    return out


def challenge_section(prog: dict[str, Any], words: Wording) -> list[Block]:
    """Two routes, both printed: challenging our response to what you said, and
    challenging a decision the council made about you."""
    out: list[Block] = []

    def say(english: str) -> None:
        for code, text in words.lines(english):
            out.append(Para(text, lang=words.lang_of(code)))

    out.append(Heading(words.joined("How to challenge our response"), 2))
    say(
        "If you think we got something wrong, or a response does not answer what you said, "
        "tell us. Say which point you mean. A person will read every challenge and reply."
    )
    # The organisation's own ways to reach it: not personal data, so not redacted.
    for label, key in (
        ("Phone:", "return_phone"),
        ("Text:", "return_text"),
        ("Post:", "return_post"),
    ):
        if (prog.get(key) or "").strip():
            out.append(Para(prog[key], label=words.joined(label)))
    out.append(Heading(words.joined("How to challenge a decision about you"), 2))
    say(
        "This is different: it is for a decision the council made about you, such as a "
        "benefit, a place or a fine. Ask the team that made the decision to look at it "
        "again, and say why you think it is wrong. If a computer made the decision on its "
        "own, you have the rights below."
    )
    if (prog.get("data_controller") or "").strip():
        out.append(Para(prog["data_controller"], label=words.joined("Complaints about your data:")))
    return out


def rights_section(words: Wording) -> list[Block]:
    """What the law gives a person when a significant decision about them is made by a
    computer, from the built-in "Your rights" card, each statement with its source. The
    statements print in English, as checked against their sources; only the heading and
    the source lines are translated."""
    try:
        card = next(c for c in decks.builtin_deck().cards if c.key == RIGHTS_CARD)
    except StopIteration:
        return []
    out: list[Block] = [Heading(words.joined("Your rights when a computer decides"), 2)]
    for note in card.law:
        out.append(Para(note.says, lang="en" if words.first.code != "en" else ""))
        out.append(
            Para(
                words.joined(
                    "Source: {title}, {address}. Checked {date}.",
                    title=note.source.title,
                    address=note.source.address,
                    date=Day(note.source.checked),
                ),
                "muted",
            )
        )
    return out


RIGHTS_CARD = "your-rights"


def build_public_pack(
    programme: Programme,
    *,
    invariant: bool = False,
    today: date | None = None,
    print_in: list[str] | None = None,
    large_print: bool = False,
) -> bytes:
    """The public "You said, we did" PDF as bytes. Holds no personal data."""
    document = public_document(programme, today, print_in=print_in)
    if large_print:
        document = replace(document, layout=LARGE_PRINT_TEXT)
    return render_pdf(document, invariant=invariant)


def build_public_pack_html(
    programme: Programme, *, today: date | None = None, print_in: list[str] | None = None
) -> str:
    """The same document as one accessible HTML page (the PDF is untagged): real headings,
    tables with header cells, quotes in their own language direction."""
    return render_html(public_document(programme, today, print_in=print_in))


def write_public_pack(
    programme: Programme,
    out_pdf: Path | str,
    *,
    html: bool = True,
    invariant: bool = False,
    today: date | None = None,
    accept_detected: bool = False,
    print_in: list[str] | None = None,
    large_print: bool = False,
) -> list[Path]:
    """Write the PDF (in 16 pt type or larger with `large_print`) and, unless `html` is False, the accessible HTML copy beside it (same
    name, .html), as the summary pack does. Both are built first, then written
    atomically. Returns the paths written. Refused, with nothing written, while quotes
    that look personal are unreviewed, unless `accept_detected` (they are left out)."""
    out_pdf = Path(out_pdf)
    policy = public_policy(programme)
    document = public_document(programme, today, policy, print_in)
    privacy.require_reviewed(policy, accept_detected)
    printed = replace(document, layout=LARGE_PRINT_TEXT) if large_print else document
    pdf = render_pdf(printed, invariant=invariant)
    page = render_html(document) if html else None
    written = [write_atomically(out_pdf, pdf)]
    if page is not None:
        written.append(write_atomically(out_pdf.with_suffix(".html"), page.encode("utf-8")))
    return written
