"""What a summary pack may show, and what it leaves out.

A partner pack is sent outside the council and may be published, so by default it holds
no personal data: no names, contact details or participant codes, no individual access
requests (they can reveal a disability), and nothing about who received an incentive.
Counts of one to four people in reach and access figures are shown as "fewer than 5",
because a small number at a named session can point to a person.

An internal pack, for the council's own files, shows exact counts, the access requests
and the notes on provisions, and is marked INTERNAL on every page. Even an internal pack
never prints names or contact details: those stay in the programme file.

Residents' words reach a pack in two ways. Facilitators' own text (point statements,
decisions, theme titles) goes through `redact`: contact details, postcodes, street
addresses, participant codes, titled names and every name the file holds (or held before
a purge, kept as keyed hashes) are replaced. Residents' quotes go through `quote`: in a
partner or public pack a quote in which any detector finds something (including a
capitalised word that is not a common word or a place in the programme) is printed only
once the facilitator has reviewed it (kept, edited or left out, `quote_reviews`);
unreviewed ones are left out and listed in `pending`, so the export can ask about them
and the CLI can refuse.

The export dialog shows `left_out(...)` before anything is written.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from workshop.core import detectors, vocab
from workshop.core.detectors import Hit
from workshop.core.errors import WorkshopError
from workshop.core.plain_english import plain_words
from workshop.core.store import Programme

PARTNER = "partner"
INTERNAL = "internal"
# The public "you said, we did": the partner rules, and quotes reviewed the same way.
PUBLIC = "public"
AUDIENCES = (PARTNER, INTERNAL)

# Counts from 1 to SMALL_NUMBER - 1 are hidden in a partner pack. Zero is shown: it
# points to nobody, and "nobody came from this group" is the gap the pack must name.
SMALL_NUMBER = 5
FEWER_THAN = f"fewer than {SMALL_NUMBER}"

NAME_REMOVED = detectors.REPLACEMENT[detectors.KNOWN]
EMAIL_REMOVED = detectors.REPLACEMENT[detectors.EMAIL]
PHONE_REMOVED = detectors.REPLACEMENT[detectors.PHONE]
CODE_REMOVED = detectors.REPLACEMENT[detectors.CODE]
POSTCODE_REMOVED = detectors.REPLACEMENT[detectors.POSTCODE]
ADDRESS_REMOVED = detectors.REPLACEMENT[detectors.ADDRESS]

NOT_NAMES = Path(__file__).resolve().parents[2] / "assets" / "privacy" / "not-names.txt"

# A review decision on a quote.
KEEP = "keep"
EDIT = "edit"
LEAVE_OUT = "leave_out"
DECISIONS = (KEEP, EDIT, LEAVE_OUT)


def check_audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    return audience


@cache
def _not_names() -> frozenset[str]:
    lines = NOT_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def ordinary_words(extra: set[str] = frozenset()) -> set[str]:
    """Words that are not names: the plain-English list, the not-names list, and `extra`
    (the programme's own words and places, folded and lower case)."""
    return set(plain_words()) | set(_not_names()) | set(extra)


def text_digest(text: str) -> str:
    """Which words a review decision was made on (a changed quote is asked about again)."""
    return hashlib.sha256((text or "").strip().encode("utf-8")).hexdigest()[:32]


def name_forms(value: str) -> list[str]:
    """The forms of a name or contact that are hashed on purge, folded: the whole, and
    each part long enough to point to someone ("Siân Ellis-Jones" -> "sian ellis-jones",
    "sian", "ellis-jones", "ellis", "jones")."""
    forms: set[str] = set()
    for name in split_people(value) + [value]:
        key = detectors.fold_key(name)
        if len(key) < 3:
            continue
        forms.add(key)
        for word in key.split():
            if len(word) >= 3:
                forms.add(word)
            for piece in word.split("-"):
                if len(piece) >= 3:
                    forms.add(piece)
        digits = re.sub(r"\D", "", key)
        if len(digits) >= 9:  # a phone number, however it was written
            forms.add(digits)
    return sorted(forms)


def _keyed(secret: str, form: str) -> str:
    return hmac.new(secret.encode(), form.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Finding:
    """A quote in which something looks personal, for the review before publishing."""

    table: str
    source_id: str
    text: str
    hits: tuple[Hit, ...]
    printed: str  # as it would be printed if kept (contact details etc. already out)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.source_id, text_digest(self.text))

    def kinds(self) -> list[str]:
        return sorted({h.kind for h in self.hits})


@dataclass
class PrivacyPolicy:
    """Applied by every pack section to the numbers and free text it prints."""

    audience: str = PARTNER
    known_names: list[str] = field(default_factory=list)
    known_codes: list[str] = field(default_factory=list)
    # The programme's own words and places (lower case, folded): not names.
    programme_words: set[str] = field(default_factory=set)
    # secret -> keyed hashes of purged names and contacts made with it
    purged: dict[str, set[str]] = field(default_factory=dict)
    # (table, id, digest) -> (decision, edited text)
    reviews: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    # Quotes left out because nobody has reviewed them yet, by key.
    pending: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    _pattern: detectors.DocumentPattern | None = field(default=None, init=False, repr=False)
    _ordinary: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        check_audience(self.audience)
        whole, single = set(), set()
        for name in self.known_names:
            folded = " ".join(detectors.fold(name or "")[0].split())
            if len(folded) < 3:
                continue
            (single if " " not in folded and "@" not in folded else whole).add(folded)
        codes = {c.strip() for c in self.known_codes if c and c.strip()}
        self._pattern = detectors.build_pattern(sorted(whole), sorted(single), sorted(codes))
        self._ordinary = ordinary_words(self.programme_words)

    @property
    def internal(self) -> bool:
        return self.audience == INTERNAL

    def count(self, number: int) -> str:
        """A count of people (reach, attendance, access requests) as it may be printed."""
        if not self.internal and 0 < number < SMALL_NUMBER:
            return FEWER_THAN
        return f"{number:,}"

    def is_hidden(self, number: int) -> bool:
        return not self.internal and 0 < number < SMALL_NUMBER

    # ----- finding -----------------------------------------------------------------

    def _purged_hits(self, text: str, folded, taken: list[Hit]) -> list[Hit]:
        if not self.purged:
            return []
        plain, index = folded
        words = detectors.words_with_spans(plain)
        busy = detectors.Busy(taken)
        hits: list[Hit] = []
        for i in range(len(words)):
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                start, end = words[i][0], words[i + n - 1][1]
                if n == 1 and not words[i][2][0].isupper():
                    continue  # a one-word name counts only with its capital
                if n > 1 and plain[start:end].count("\n"):
                    continue
                form = " ".join(w[2] for w in words[i : i + n]).casefold()
                if any(_keyed(s, form) in digests for s, digests in self.purged.items()):
                    o_start, o_end = detectors.original_span(index, start, end)
                    overlapping = busy.overlaps(o_start, o_end) or (hits and hits[-1].end > o_start)
                    if not overlapping:
                        hits.append(Hit(detectors.KNOWN, o_start, o_end, text[o_start:o_end]))
                    break
        return hits

    def removable(self, text: str) -> list[Hit]:
        """What `redact` takes out of `text`."""
        folded = detectors.fold(text)
        hits = detectors.find(text, self._pattern, folded)
        return hits + self._purged_hits(text, folded, hits)

    def detect(self, text: str) -> list[Hit]:
        """Everything that looks personal in `text`: what `redact` takes out, and
        capitalised words that may be names (asked about, not taken out)."""
        if not text:
            return []
        folded = detectors.fold(text)
        hits = detectors.find(text, self._pattern, folded)
        hits += self._purged_hits(text, folded, hits)
        return hits + detectors.possible_names(text, self._ordinary, hits, folded)

    # ----- printing ----------------------------------------------------------------

    def redact(self, text: str) -> str:
        """Text with contact details, postcodes, addresses, participant codes, titled
        names and every name the file knows (or knew before a purge) taken out. One pass
        of one pattern. Used for every free text in either pack."""
        if not text:
            return text
        return detectors.apply(text, self.removable(text))

    def redact_all(self, text: str) -> str:
        """`redact`, and possible names taken out too: for text that must never hold a
        name whatever the pack (access requests)."""
        if not text:
            return text
        hits = self.detect(text)
        named = [
            Hit(detectors.KNOWN, h.start, h.end, h.text) if h.kind == detectors.NAME else h
            for h in hits
        ]
        return detectors.apply(text, named)

    def quote(self, table: str, source_id: str, text: str) -> str | None:
        """A resident's words as a partner or public pack may print them, or None when
        they are left out (by the facilitator's review, or because something in them
        looks personal and nobody has reviewed them yet)."""
        text = (text or "").strip()
        if not text:
            return None
        if self.internal:
            return self.redact(text)
        key = (table, source_id, text_digest(text))
        if self.reviews.get(key, ("",))[0] == LEAVE_OUT:  # left out, looked personal or not
            return None
        hits = self.detect(text)
        if not hits:
            return text
        key = (table, source_id, text_digest(text))
        decision = self.reviews.get(key)
        if decision is None:
            if key not in self.pending:
                self.pending[key] = Finding(
                    table, source_id, text, tuple(hits), detectors.apply(text, hits)
                )
            return None
        choice, edited = decision
        if choice == KEEP:
            return detectors.apply(text, hits)
        if choice == EDIT and edited.strip():
            return self.redact(edited.strip())
        return None


class UnreviewedQuotesError(WorkshopError):
    """A partner or public pack was not written: some quotes have not been reviewed."""


def require_reviewed(policy: PrivacyPolicy, accept_detected: bool = False) -> None:
    """Refuse (nothing written) while quotes that look personal have not been reviewed,
    unless the caller accepts that they are left out."""
    if policy.pending and not accept_detected:
        if len(policy.pending) == 1:
            raise UnreviewedQuotesError(
                "1 quote holds something that looks personal (a name, contact details, "
                "an address or a code) and has not been reviewed, so no pack was written. "
                "Review it in the export window, or run again with --accept-detected to "
                "leave it out."
            )
        raise UnreviewedQuotesError(
            "{count} quotes hold something that looks personal (a name, contact details, "
            "an address or a code) and have not been reviewed, so no pack was written. "
            "Review them in the export window, or run again with --accept-detected to "
            "leave them out.",
            count=len(policy.pending),
        )


def split_people(text: str) -> list[str]:
    """'Priya Shah; Amina Yusuf (community connector)' -> the names, and each part of them
    long enough to identify someone (a first name on its own is still a name).

    For a `PrivacyPolicy`'s known names: a document that knows more people than
    `policy_for` does (the public one reads every table) adds them this way."""
    names: list[str] = []
    for part in re.split(r"[;,/\n]|\band\b", text or ""):
        part = re.sub(r"\(.*?\)", "", part).strip()
        if not part:
            continue
        names.append(part)
        names.extend(word for word in part.split() if len(word) >= 3 and word[0].isupper())
    return names


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


# Columns in feature tables that say who someone is (a participant's code, or who asked
# a question). Their values are taken out of residents' words wherever they appear.
# (An owner is often a team, "Benefits Team": owners are printed through `redact_all`.)
_CODE_COLUMNS = {("board_notes", "participant_code")}
_NAME_COLUMNS = {("questions", "asked_by")}

# Where the programme's own words and places are (not names when residents use them).
_PROGRAMME_WORDS = {
    "programme": ("title", "organisation", "topic", "can_change", "cannot_change"),
    "sessions": ("title", "venue_name", "venue_address", "partners"),
    "reach": ("group_name",),
    "exercises": ("title",),
    "board_columns": ("title", "prompt"),
    "cards": ("title", "story", "system", "opportunity", "risk"),
    "glossary": ("term", "meaning"),
    "decks": ("title",),
}
# Residents' words: a word they also wrote in lower case somewhere is a common word.
_RESIDENT_WORDS = {
    "board_notes": ("text",),
    "card_responses": ("hopes", "fears", "questions", "changes"),
    "questions": ("text", "answer"),
    "feedback_responses": ("text",),
}


def _programme_words(programme: Programme, tables: set[str]) -> set[str]:
    # Each distinct word is looked at once: a big programme's 90,000 words are a few
    # thousand different ones.
    anywhere: set[str] = set()  # the programme's own words, any case
    residents: set[str] = set()  # residents' words, kept below only if in lower case
    for table, columns in {**_PROGRAMME_WORDS, **_RESIDENT_WORDS}.items():
        if table not in tables:
            continue
        present = [c for c in columns if c in programme.db[table].columns_dict]
        found = residents if table in _RESIDENT_WORDS else anywhere
        for row in programme.db.execute(
            f"SELECT {', '.join(f'[{c}]' for c in present)} FROM [{table}]"
        ):
            for value in row:
                if isinstance(value, str):
                    found.update(detectors.words(detectors.fold(value)[0]))
    return {word.casefold() for word in anywhere} | {
        word.casefold() for word in residents if word.islower()
    }


def _purged(programme: Programme, tables: set[str]) -> dict[str, set[str]]:
    if "purged_hashes" not in tables or "redaction_keys" not in tables:
        return {}
    out: dict[str, set[str]] = {}
    for secret, digest in programme.db.execute(
        "SELECT k.secret, h.digest FROM purged_hashes h JOIN redaction_keys k ON k.id = h.key_id"
    ):
        out.setdefault(secret, set()).add(digest)
    return out


def load_reviews(programme: Programme) -> dict[tuple[str, str, str], tuple[str, str]]:
    if "quote_reviews" not in set(programme.db.table_names()):
        return {}
    return {
        (t, i, d): (decision, edited)
        for t, i, d, decision, edited in programme.db.execute(
            "SELECT source_table, source_id, text_digest, decision, edited_text FROM quote_reviews"
        )
    }


def save_review(
    programme: Programme, finding: Finding, decision: str, edited_text: str = ""
) -> None:
    """Keep the facilitator's decision on one quote (replacing an earlier one)."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    table, source_id, digest = finding.key
    with programme.transaction():
        for row in programme.rows(
            "quote_reviews",
            "source_table = ? AND source_id = ? AND text_digest = ?",
            [table, source_id, digest],
        ):
            programme.delete("quote_reviews", row["id"])
        programme.insert(
            "quote_reviews",
            {
                "source_table": table,
                "source_id": source_id,
                "text_digest": digest,
                "decision": decision,
                "edited_text": edited_text.strip() if decision == EDIT else "",
            },
        )


def remember_purged(programme: Programme, values: list[str]) -> int:
    """Keep keyed hashes (never the values) of names and contacts about to be purged, so
    the packs still take them out of residents' words. Called inside purge's transaction.
    Returns how many new hashes were kept."""
    if "purged_hashes" not in set(programme.db.table_names()):
        return 0
    key = programme.db.execute("SELECT id, secret FROM redaction_keys ORDER BY rowid").fetchone()
    if key is None:
        key_id = programme.insert("redaction_keys", {"secret": secrets.token_hex(32)})
        secret = programme.get("redaction_keys", key_id)["secret"]
    else:
        key_id, secret = key
    known = {row[0] for row in programme.db.execute("SELECT digest FROM purged_hashes")}
    added = 0
    for value in values:
        if not isinstance(value, str) or not value.strip():
            continue
        for form in name_forms(value):
            digest = _keyed(secret, form)
            if digest in known:
                continue
            known.add(digest)
            kind = "contact" if ("@" in form or form.isdigit()) else "name"
            programme.insert("purged_hashes", {"key_id": key_id, "digest": digest, "kind": kind})
            added += 1
    return added


def personal_in(programme: Programme, text: str) -> list[Hit]:
    """What looks like a name or contact in a text that must never hold one (an access
    request): contact details, addresses, codes, the names this file knows, and
    capitalised words that are not common words or the programme's own."""
    if not (text or "").strip():
        return []
    names: list[str] = []
    for row in programme.rows("participants"):
        names.extend(split_people(row["name"]))
    words: set[str] = set()
    for vocabulary in (vocab.PROVISION_KINDS, vocab.REQUEST_OUTCOMES):
        for choice in vocabulary:
            words.update(detectors.fold_key(choice.label).split())
    policy = PrivacyPolicy(INTERNAL, known_names=names, programme_words=words)
    return sorted(policy.detect(text), key=lambda hit: hit.start)


def policy_for(
    programme: Programme,
    audience: str = PARTNER,
    extra_names: list[str] = (),
    extra_codes: list[str] = (),
) -> PrivacyPolicy:
    """The policy for one pack, knowing the names and codes held in this file (and any
    `extra_` ones a document found itself), the hashes of those purged from it, its own
    words and places, and the review decisions. Compiles one pattern."""
    check_audience(audience)
    names: list[str] = list(extra_names)
    codes: list[str] = list(extra_codes)
    for row in programme.rows("participants"):
        codes.append(row["code"])
        names.extend(split_people(row["name"]))
        if row["contact"]:
            names.append(row["contact"])
    for row in programme.rows("sessions"):
        names.extend(split_people(row["facilitators"]))
    tables = set(programme.db.table_names())
    for table, column in _CODE_COLUMNS | _NAME_COLUMNS:
        if table not in tables or column not in programme.db[table].columns_dict:
            continue
        for (value,) in programme.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}]"):
            value = (value or "").strip()
            if not value:
                continue
            if (table, column) in _CODE_COLUMNS:
                codes.append(value)
            elif _looks_like_name(value):
                names.extend(split_people(value))
    words = _programme_words(programme, tables)
    for vocabulary in (vocab.PROVISION_KINDS, vocab.INCENTIVE_KINDS, vocab.SESSION_FORMATS):
        for choice in vocabulary:
            words.update(detectors.fold_key(choice.label).split())
    # A name the file holds is never an ordinary word, even if a title or venue has it.
    words -= {detectors.fold_key(w) for n in names for w in n.split()}
    return PrivacyPolicy(
        audience=audience,
        known_names=names,
        known_codes=codes,
        programme_words=words,
        purged=_purged(programme, tables),
        reviews=load_reviews(programme),
    )


def _scope(session_id: str | None) -> tuple[str, list[str]]:
    return ("session_id = ?", [session_id]) if session_id else ("1 = 1", [])


# The sentences `left_out` says, as templates: %1 and %2 are numbers. Screens translate
# them in the shared context (see workshop.i18n) and fill the numbers in.
LEFT_OUT_LABELS: dict[str, str] = {
    "named_one": "Names and contact details of %1 participant.",
    "named": "Names and contact details of %1 participants.",
    "named_none": "Names and contact details of participants (none are recorded here).",
    "internal_names": "Even in this internal pack, names and contact details stay in the "
    "programme file and are not printed.",
    "internal_codes": "Participant codes (%1) are printed only beside incentives received.",
    "codes": "Participant codes (%1).",
    "requests_one": "The %1 individual access request: the pack gives only how many were met.",
    "requests": "The %1 individual access requests: the pack gives only how many were met.",
    "provisions": "Notes on access provisions, which can point to one person's needs.",
    "recipients_one": "Who received an incentive (%1 record); only totals are shown.",
    "recipients": "Who received an incentive (%1 records); only totals are shown.",
    "recipients_none": "Who received an incentive; only totals are shown.",
    "facilitators": "The names of facilitators.",
    "small_numbers": "Counts of 1 to %1 people in reach and access figures are shown as "
    '"fewer than %2".',
    "removed": "Email addresses, phone numbers, participant codes and known names typed into "
    "residents' words are replaced with [removed].",
}


def fill(template: str, numbers: list[int] | tuple[int, ...]) -> str:
    """`template` with %1, %2... replaced by `numbers`."""
    return re.sub(r"%(\d)", lambda m: str(numbers[int(m.group(1)) - 1]), template)


def left_out(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> list[str]:
    """Plain sentences saying what the pack will leave out, for the export dialog and the
    pack's own methods note. Counts are of what this file holds for the chosen scope."""
    return [
        fill(template, numbers)
        for template, numbers in left_out_templates(programme, audience, session_id)
    ]


def left_out_templates(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> list[tuple[str, tuple[int, ...]]]:
    """`left_out` as (English template from LEFT_OUT_LABELS, numbers) pairs, so a screen
    can translate each template and then fill the numbers in."""
    check_audience(audience)
    where, params = _scope(session_id)
    db = programme.db

    def count(table: str, extra: str = "") -> int:
        return db.execute(
            f"SELECT COUNT(*) FROM [{table}] WHERE {where} {extra}", params
        ).fetchone()[0]

    def say(key: str, *numbers: int) -> None:
        lines.append((LEFT_OUT_LABELS[key], numbers))

    def counted(key: str, number: int) -> None:
        say(f"{key}_one" if number == 1 else key, number)

    participants = count("participants")
    named = count("participants", "AND (name != '' OR contact != '')")
    requests = count("access_requests")
    recipients = count("participants", "AND incentive_id IS NOT NULL")
    facilitated = db.execute(
        "SELECT COUNT(*) FROM sessions WHERE facilitators != ''"
        + (" AND id = ?" if session_id else ""),
        [session_id] if session_id else [],
    ).fetchone()[0]
    lines: list[tuple[str, tuple[int, ...]]] = []
    if named:
        counted("named", named)
    else:
        say("named_none")
    if audience == INTERNAL:
        say("internal_names")
        if participants:
            say("internal_codes", participants)
        say("removed")
        return lines
    if participants:
        say("codes", participants)
    if requests:
        counted("requests", requests)
    say("provisions")
    if recipients:
        counted("recipients", recipients)
    else:
        say("recipients_none")
    if facilitated:
        say("facilitators")
    say("small_numbers", SMALL_NUMBER - 1, SMALL_NUMBER)
    say("removed")
    return lines


def marked(finding: Finding) -> str:
    """The quote with each thing found marked «like this», for a list on screen or in a
    terminal (the facilitator's own machine)."""
    out, pos = [], 0
    for hit in sorted(finding.hits, key=lambda h: h.start):
        if hit.start < pos:
            continue
        out += [finding.text[pos : hit.start], f"«{hit.text}»"]
        pos = hit.end
    out.append(finding.text[pos:])
    return "".join(out)
