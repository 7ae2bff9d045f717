"""The paper a facilitator packs for one session, as one PDF through the shared document
pipeline: run sheet, expectations poster, information and consent sheet, sign-in sheet,
anonymous equality monitoring forms, evaluation slips and incentive receipts, each part
starting on a new page.

Monitoring forms and evaluation slips carry a printed form code (`core.monitoring`), so
a returned form is typed in once; receipts carry the ledger's serials (`core.ledger`).
Printing reads the file and never writes to it: printing again gives the same codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from workshop.core import agenda, feedback_codes, ledger, monitoring, vocab
from workshop.core.errors import ValidationError
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.files import write_atomically
from workshop.core.sessions import format_pounds, next_participant_code, session_rows
from workshop.core.store import Programme
from workshop.export.document.model import (
    Block,
    Bullets,
    Document,
    Group,
    Heading,
    NewPage,
    OnPaper,
    Para,
    Table,
)
from workshop.export.document.pdf import render_pdf
from workshop.export.document.styles import RUNNING_TEXT

BOX = "☐"
NBSP = "\u00a0"
# Options printed one after another: kept apart by more than a space, never split.
GAP = NBSP * 3 + " "
CUT_LINE = "✂ - - - - - - - - cut here - - - - - - - -"
LARGE_PRINT_SCALE = 1.6
# The poster on A3: every type size at least 1.4 times its A4 size (the paper is 1.41
# times as wide; headings add a few fixed points, so the scale is a little more).
POSTER_SIZES = ("A4", "A3")
POSTER_A3_SCALE = 1.5
POSTER_A3 = "poster-a3"
# What each kind of exercise needs on the table, for the run sheet.
MATERIALS = {
    "board": "Sticky notes, thick pens, the board sheets or wall space, voting dots",
    "cards": "The printed scenario deck (one set per table), pens",
    "questions": "Question wall sheet, sticky notes, pens",
    "other": "",
}
# Roles the run sheet asks the team to fill for each exercise.
ROLES = {
    "board": "Lead: runs the board. Second: reads notes out, helps people write.",
    "cards": "One facilitator or note-taker per table.",
    "questions": "Lead: answers or parks questions. Second: writes them up.",
    "other": "Lead.",
}
BENEFITS_LINE = (
    "Vouchers and payments can sometimes affect benefits such as Universal Credit or "
    "Pension Credit. If you get benefits and are not sure, ask Citizens Advice, or ask "
    "us on {phone}, before you accept."
)


@dataclass(frozen=True)
class Part:
    key: str
    title: str
    build: Callable[[HandoutContext], list[Block]]


@dataclass
class HandoutContext:
    programme: Programme
    prog: dict
    session: dict
    copies: int
    large_print: bool = False


def _when(session: dict) -> tuple[datetime | None, str]:
    try:
        start = datetime.fromisoformat(session["starts_at"])
    except (TypeError, ValueError):
        return None, "Date to be confirmed"
    text = start.strftime("%A %-d %B %Y, %H:%M")
    try:
        end = datetime.fromisoformat(session["ends_at"])
        text += end.strftime(" to %H:%M")
    except (TypeError, ValueError):
        pass
    return start, text


def _contact(prog: dict) -> list[str]:
    ways = []
    if prog["return_phone"]:
        ways.append(f"Phone: {prog['return_phone']}")
    if prog["return_text"]:
        ways.append(f"Text: {prog['return_text']}")
    if prog["return_post"]:
        ways.append(f"Post: {prog['return_post']}")
    return ways


def run_sheet(ctx: HandoutContext) -> list[Block]:
    s = ctx.session
    start, when = _when(s)
    blocks: list[Block] = [
        Heading(f"Run sheet: {s['title']}", 1),
        Para(when, "lead"),
        Para(s["venue_name"] + (f", {s['venue_address']}" if s["venue_address"] else "")),
    ]
    if s["venue_access_notes"]:
        blocks.append(Para(s["venue_access_notes"], label="Access at the venue:"))
    if s["facilitators"]:
        blocks.append(Para(s["facilitators"], label="Facilitators:"))
    if s["partners"]:
        blocks.append(Para(s["partners"], label="Partners:"))
    rows = []
    for exercise, minute in agenda.start_times(ctx.programme, s["id"]):
        clock = (start + timedelta(minutes=minute)).strftime("%H:%M") if start else f"+{minute}"
        kind = exercise["kind"]
        rows.append(
            [
                f"{clock}\n{exercise['minutes']} min",
                exercise["title"],
                EXERCISE_KINDS.explanation(kind),
                MATERIALS.get(kind, ""),
                ROLES.get(kind, ""),
                exercise["guidance"],
            ]
        )
    blocks.append(Heading("Agenda", 2))
    if rows and ctx.large_print:
        # Six columns of large type would be a word to a line: one block per exercise.
        for clock, title, purpose, materials, roles, guidance in rows:
            item: list[Block] = [Heading(f"{clock.replace(chr(10), ', ')}: {title}", 3)]
            for label, text in (
                ("Purpose:", purpose),
                ("Materials:", materials),
                ("Roles:", roles),
                ("Guidance:", guidance),
            ):
                if text:
                    item.append(Para(text, label=label))
            blocks.append(Group(item))
    elif rows:
        blocks.append(
            Table(
                ["Time", "What", "Purpose", "Materials", "Roles", "Guidance"],
                rows,
                widths=[1.1, 2, 2, 2, 2, 3],
            )
        )
    else:
        blocks.append(Para("No agenda yet: add exercises on the session's agenda page."))
    provisions = session_rows(ctx.programme, "access_provisions", s["id"])
    blocks.append(Heading("Access provisions and who brings what", 2))
    if provisions:
        blocks.append(
            Table(
                ["Provision", "Status", "Who brings what, notes"],
                [
                    [
                        vocab.PROVISION_KINDS.label(p["kind"])
                        + (f" ({p['language']})" if p["language"] else ""),
                        vocab.PROVISION_STATUSES.label(p["status"]),
                        p["note"],
                    ]
                    for p in provisions
                ],
                widths=[2, 1.2, 4],
            )
        )
    else:
        blocks.append(Para("No access provisions are recorded for this session."))
    bring = [
        f"Equality monitoring forms ({ctx.copies}), evaluation slips ({ctx.copies}), "
        "the sign-in sheet and the information sheet.",
    ]
    for incentive in session_rows(ctx.programme, "incentives", s["id"]):
        if incentive["kind"] in ledger.RECEIPTED and incentive["planned"]:
            bring.append(
                f"{incentive['planned']} × {incentive['description'] or incentive['kind']} "
                f"({format_pounds(incentive['unit_pence'])} each) and their receipts."
            )
    blocks += [Heading("Bring", 2), Bullets(bring)]
    return blocks


def poster(ctx: HandoutContext) -> list[Block]:
    p = ctx.prog
    level = p["influence_level"]
    blocks: list[Block] = [
        Heading("What to expect today", 1),
        Para(p["topic"] or p["title"], "lead"),
        Para(
            f"Your say: {vocab.INFLUENCE_LEVELS.label(level)}. "
            f"{vocab.INFLUENCE_LEVELS.explanation(level)}",
            "lead",
            bold=True,
        ),
    ]
    for title, text in (
        ("What can change", p["can_change"]),
        ("What cannot change", p["cannot_change"]),
        ("How your views are used", p["feedback_use"]),
        ("When and where we publish our response", p["publish_when_where"]),
    ):
        if text:
            blocks += [Heading(title, 2), Para(text, "lead")]
    return blocks


def consent_sheet(ctx: HandoutContext) -> list[Block]:
    p, s = ctx.prog, ctx.session
    who = p["organisation"] or "The organisers"
    purge = s["purge_after"] or "six months after the session"
    blocks: list[Block] = [
        Heading("About today: information for you", 1),
        Heading("Who is running this, and why", 2),
        Para(f"{who} is running this session to hear what residents think. " + (p["topic"] or "")),
        Heading("What we write down", 2),
        Bullets(
            [
                "What people say and write on sticky notes and cards, without names.",
                "A code (like P-001) instead of your name on the sign-in sheet.",
                "Your name and phone or email only if you tick the box to say we may contact you.",
                "The equality form and the evaluation slip are anonymous: they have no "
                "name and are never matched to what you said.",
            ]
        ),
        Heading("How long we keep it", 2),
        Para(
            f"Names and contact details are deleted on {purge}. What people said, "
            "without names, is kept to write our response."
        ),
        Heading("Your rights", 2),
        Bullets(
            [
                "Taking part is up to you. You can stop at any time, and skip any question.",
                "You can ask to see what we hold about you, to correct it, or to delete it.",
                "You can complain to the Information Commissioner's Office (ico.org.uk).",
            ]
        ),
        Heading("Who to contact", 2),
    ]
    contact = _contact(p)
    if p["data_controller"]:
        contact.insert(0, f"Data protection: {p['data_controller']}")
    blocks.append(Bullets(contact) if contact else Para("Ask the facilitator today."))
    blocks += [
        Heading("I agree", 2),
        Para(
            f"{BOX} I have read this sheet (or had it read to me) and I agree to take part.",
            "lead",
        ),
        Para("You do not need to sign or write your name.", "muted"),
    ]
    return blocks


def sign_in(ctx: HandoutContext) -> list[Block]:
    first = int(next_participant_code(ctx.programme).removeprefix("P-"))
    rows = [[f"P-{n:03d}", BOX, "", ""] for n in range(first, first + ctx.copies)]
    return [
        Heading(f"Sign in: {ctx.session['title']}", 1),
        Para(
            "Find the next free code and keep it: it is how we record you, not your name. "
            "Tick the box only if we may contact you afterwards, and then write your name "
            "and phone or email. Leave them blank if not.",
        ),
        Table(
            [
                "Your code",
                "We may contact me",
                "Name (only if ticked)",
                "Phone or email (only if ticked)",
            ],
            rows,
            widths=[1.2, 1.3, 3, 3],
            row_height=26,
        ),
    ]


def _question_blocks(question: monitoring.Question) -> list[Block]:
    out: list[Block] = [Para(question.text, "label")]
    groups = dict(question.groups)
    line: list[str] = []
    lines: list[str] = []
    for number, option in question.printed():
        if number in groups and line:
            lines.append(GAP.join(line))
            line = []
        if number in groups:
            line.append(f"{groups[number]}:")
        line.append(_option(option, number))
    line.append(_option(monitoring.PREFER_NOT, 0))
    lines.append(GAP.join(line))
    out += [Para(text, "small") for text in lines]
    return out


def _option(text: str, number: int) -> str:
    return NBSP.join([BOX, *text.split(" "), f"({number})"])


def _code_line(code: str) -> Para:
    return Para(feedback_codes.format_code(code), "lead", bold=True, label="Form code:", mark=code)


def monitoring_forms(ctx: HandoutContext) -> list[Block]:
    blocks: list[Block] = []
    codes = monitoring.form_codes(monitoring.MONITORING, ctx.session["id"], ctx.copies)
    for index, code in enumerate(codes):
        if index:
            blocks.append(NewPage())
        blocks += [
            Heading("About you (anonymous)", 1, in_contents=False),
            _code_line(code),
            Para(
                "This form helps us check we hear from everyone. Do not write your name. "
                "Tick one box for each question, or 'Prefer not to say'. It is never "
                "matched to what you said today.",
                "muted",
            ),
        ]
        for question in monitoring.questions(ctx.programme, monitoring.MONITORING):
            blocks += _question_blocks(question)
    return blocks


def evaluation_slips(ctx: HandoutContext) -> list[Block]:
    blocks: list[Block] = []
    codes = monitoring.form_codes(monitoring.EVALUATION, ctx.session["id"], ctx.copies)
    for index, code in enumerate(codes):
        if index and index % 3 == 0:
            blocks.append(NewPage())
        slip: list[Block] = [
            Heading("How was today?", 2, in_contents=False),
            _code_line(code),
        ]
        for question in monitoring.EVALUATION_QUESTIONS:
            slip += _question_blocks(question)
        slip += [
            Table([monitoring.EVALUATION_FREE_TEXT], [[""]], row_height=48),
            Para(CUT_LINE, "muted"),
        ]
        blocks.append(Group(slip))
    return blocks


def _signature_blocks(signed: bool, purge: str) -> list[Block]:
    """Name and signature lines when the programme's finance rules ask for them (the
    receipt is then personal data, and says so); otherwise a line saying none is needed."""
    if not signed:
        return [Para("No name or signature is needed.", "small")]
    return [
        Table(["Your name", "Your signature"], [["", ""]], widths=[1, 1], row_height=30),
        Para(
            "With your name and signature this receipt is personal data. It goes to "
            f"finance only, is kept apart from what you said today, and is destroyed on {purge}.",
            "small",
        ),
    ]


def receipts(ctx: HandoutContext) -> list[Block]:
    s, p = ctx.session, ctx.prog
    _, when = _when(s)
    phone = p["return_phone"] or "the number on the information sheet"
    signed = bool(p["receipts_need_signature"])
    purge = s["purge_after"] or "six months after the session"
    # A signed receipt is taller: two to a page.
    per_page = 2 if signed else 4
    blocks: list[Block] = []
    count = 0
    for incentive in session_rows(ctx.programme, "incentives", s["id"]):
        if incentive["kind"] not in ledger.RECEIPTED:
            continue
        for serial in ledger.receipt_serials(incentive):
            if count and count % per_page == 0:
                blocks.append(NewPage())
            count += 1
            blocks.append(
                Group(
                    [
                        Heading("Receipt", 2, in_contents=False),
                        Para(serial, "lead", bold=True, label="Serial number:"),
                        Para(
                            f"{incentive['description'] or vocab.INCENTIVE_KINDS.label(incentive['kind'])}"
                            f": {format_pounds(incentive['unit_pence'])}",
                            label="For:",
                        ),
                        Para(when.split(",")[0] if "," in when else when, label="Date:"),
                        Para(f"{s['title']}, {p['organisation']}", "small"),
                        *_signature_blocks(signed, purge),
                        Para(BENEFITS_LINE.format(phone=phone), "small"),
                        Para(CUT_LINE, "muted"),
                    ]
                )
            )
    if not blocks:
        return []
    return blocks


PARTS = [
    Part("run-sheet", "Run sheet", run_sheet),
    Part("poster", "Expectations poster", poster),
    Part("consent", "Information and consent sheet", consent_sheet),
    Part("sign-in", "Sign-in sheet", sign_in),
    Part("monitoring", "Equality monitoring forms", monitoring_forms),
    Part("evaluation", "Evaluation slips", evaluation_slips),
    Part("receipts", "Incentive receipts", receipts),
]
PART_KEYS = [part.key for part in PARTS]
# Names --only also takes: the poster on A3 paper.
PART_CHOICES = [*PART_KEYS, POSTER_A3]
DEFAULT_COPIES = 20
MAX_COPIES = 300


def parse_parts(text: str) -> list[str]:
    """'poster,sign-in' -> the part keys ('poster-a3' kept: the poster on A3); an
    unknown one is a ValidationError."""
    keys = [k.strip().lower() for k in (text or "").split(",") if k.strip()]
    unknown = [k for k in keys if k not in PART_CHOICES]
    if unknown:
        raise ValidationError(
            "There is no handout called '{part}'. Choose from: {choices}.",
            part=unknown[0],
            choices=", ".join(PART_CHOICES),
        )
    return keys or list(PART_KEYS)


def expected_copies(programme: Programme, session: dict) -> int:
    """Enough forms for the people expected: who came, or the numbers hoped for."""
    if session["attended"]:
        return session["attended"]
    hoped = sum(r["planned"] for r in session_rows(programme, "reach", session["id"]))
    return min(max(hoped, DEFAULT_COPIES), MAX_COPIES) if hoped else DEFAULT_COPIES


def handouts_document(
    programme: Programme,
    session_id: str,
    parts: list[str] | None = None,
    large_print: bool = False,
    copies: int | None = None,
    poster_size: str = "A4",
) -> Document:
    """The handouts of one session. `parts` are part keys; 'poster-a3' among them (or
    `poster_size` "A3") prints the poster on A3 pages of its own, its type scaled up."""
    if poster_size not in POSTER_SIZES:
        raise ValidationError(
            "The poster prints on A4 or A3, not '{size}'.",
            size=poster_size,
        )
    session = programme.get("sessions", session_id)
    if session is None:
        raise ValidationError(
            "There is no session with id {session_id} in this programme. "
            "Run 'workshop sessions FILE' to see the session ids.",
            session_id=session_id,
        )
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            "Print from 1 to {most} copies of each form; {copies} was asked for.",
            most=MAX_COPIES,
            copies=copies,
        )
    ctx = HandoutContext(
        programme,
        programme.programme(),
        session,
        copies or expected_copies(programme, session),
        large_print,
    )
    wanted = list(parts or PART_KEYS)
    if POSTER_A3 in wanted:
        poster_size = "A3"
        wanted.append("poster")
    blocks: list[Block] = []
    for part in PARTS:
        if part.key not in wanted:
            continue
        made = part.build(ctx)
        if not made:
            continue
        if part.key == "poster" and poster_size == "A3":
            made = [OnPaper("A3", made, POSTER_A3_SCALE)]
        if blocks:
            blocks.append(NewPage())
        blocks += made
    layout = RUNNING_TEXT
    if large_print:
        layout = replace(RUNNING_TEXT, name="large print", text_scale=LARGE_PRINT_SCALE)
    organisation = ctx.prog["organisation"] or "Workshop"
    return Document(
        title=f"Handouts: {session['title']}",
        author=organisation,
        subject="Session handouts" + (" (large print)" if large_print else ""),
        footer=f"{session['title']} · {organisation}",
        lang="en-GB",
        layout=layout,
        cover=[],
        sections=blocks,
    )


def write_handouts(
    source: Programme | Path | str,
    session_id: str,
    output: Path,
    parts: list[str] | None = None,
    large_print: bool = False,
    copies: int | None = None,
    poster_size: str = "A4",
) -> int:
    """Write the handouts PDF atomically; returns its number of bytes."""
    if isinstance(source, Programme):
        document = handouts_document(source, session_id, parts, large_print, copies, poster_size)
    else:
        with Programme.open(Path(source), read_only=True) as programme:
            document = handouts_document(
                programme, session_id, parts, large_print, copies, poster_size
            )
    data = render_pdf(document)
    write_atomically(Path(output), data)
    return len(data)
