"""The language residents' words are in: a note, a card response, a question, returned
feedback and the copy of them a point keeps.

A language is a BCP 47 tag ("cy", "ur", "pl", "en-GB"), or "" for not set (every row
written before languages were kept, and Latin-script words nobody has said the language
of). The facilitator chooses it in the entry box; when they have not, it is proposed from
the letters: Arabic script is Urdu when one of the letters only Urdu uses appears, else
Arabic; a few scripts used by one language here are that language. Latin script is never
guessed: Welsh, Polish, Romanian, Somali and English all share it, and a wrong guess would
make a screen reader read Welsh with English rules, which is worse than no guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from workshop.core.errors import ValidationError

NOT_SET = ""


@dataclass(frozen=True)
class Language:
    code: str
    english: str  # the name in English, for the facilitator's list
    own: str  # the name in the language itself, as residents know it
    rtl: bool = False


# The languages offered first in the entry boxes; any other well-formed tag is accepted.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("cy", "Welsh", "Cymraeg"),
    Language("pl", "Polish", "Polski"),
    Language("ro", "Romanian", "Română"),
    Language("so", "Somali", "Soomaali"),
    Language("ur", "Urdu", "اردو", rtl=True),
    Language("ar", "Arabic", "العربية", rtl=True),
    Language("bn", "Bengali", "বাংলা"),
    Language("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    Language("gu", "Gujarati", "ગુજરાતી"),
    Language("fa", "Persian", "فارسی", rtl=True),
    Language("ps", "Pashto", "پښتو", rtl=True),
    Language("ku", "Kurdish", "Kurdî"),
    Language("ti", "Tigrinya", "ትግርኛ"),
    Language("uk", "Ukrainian", "Українська"),
    Language("zh", "Chinese", "中文"),
)
_BY_CODE = {language.code: language for language in LANGUAGES}

# Letters Urdu uses and Arabic does not (Persian and Pashto share some; among the
# languages heard here, they mark Urdu).
URDU_ONLY = frozenset("ےہھ۔ٹڈڑ")
# Scripts that, among the languages offered, belong to one language.
_SCRIPT_LANGUAGE = {
    "BENGALI": "bn",
    "GURMUKHI": "pa",
    "GUJARATI": "gu",
    "ETHIOPIC": "ti",
    "HEBREW": "he",
    "GREEK": "el",
    "TAMIL": "ta",
}
# Right-to-left languages by their primary subtag, for text with no letter to tell.
_RTL_PRIMARY = {"ar", "ur", "fa", "ps", "he", "yi", "ckb", "sd", "ug", "dv", "syr"}

# BCP 47 as people write it: a 2–3 letter language, then optional script, region or
# variant subtags ("cy", "en-GB", "pa-Arab", "sr-Latn-RS").
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split()[0]


def propose(text: str) -> str:
    """The language the letters of `text` suggest, or NOT_SET when they cannot tell
    (Latin script, digits only, nothing typed)."""
    for ch in text or "":
        if not ch.isalpha():
            continue
        script = _script(ch)
        if script == "ARABIC":
            return "ur" if any(c in URDU_ONLY for c in text) else "ar"
        if script in _SCRIPT_LANGUAGE:
            return _SCRIPT_LANGUAGE[script]
        if script == "LATIN":
            continue  # another letter further on may be in a script that tells
    return NOT_SET


def normalise(tag: str) -> str:
    """'CY' -> 'cy', 'en_gb' -> 'en-GB': BCP 47's usual case, '-' between subtags."""
    parts = (tag or "").strip().replace("_", "-").split("-")
    if not parts[0]:
        return NOT_SET
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())  # a region
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())  # a script
        else:
            out.append(part.lower())
    return "-".join(out)


def is_language_tag(tag: str) -> bool:
    return tag == NOT_SET or bool(_TAG.match(tag))


def require_language(row: dict[str, Any]) -> None:
    """The rule every table with a `language` column shares: empty, or a BCP 47 tag."""
    tag = row.get("language") or NOT_SET
    if not isinstance(tag, str) or not is_language_tag(tag):
        raise ValidationError(
            "'{tag}' is not a language code. Use a short code such as cy for Welsh or "
            "ur for Urdu, or leave the language not set.",
            tag=tag,
        )


def primary(tag: str) -> str:
    return (tag or "").split("-")[0].lower()


def is_right_to_left_language(tag: str) -> bool:
    """True for Arabic, Urdu, Persian… (whatever region or variant follows)."""
    parts = (tag or "").split("-")
    if any(p.lower() == "arab" for p in parts[1:]):
        return True
    return primary(tag) in _RTL_PRIMARY


def name(tag: str) -> str:
    """'ur' -> 'Urdu'; a tag not offered is shown as itself."""
    if not tag:
        return "Not set"
    language = _BY_CODE.get(primary(tag))
    return language.english if language else tag


def parse_list(text: str) -> list[str]:
    """'en, CY' -> ['en', 'cy']: the languages a document prints in, in order, without
    repeats. Raises ValidationError naming a code that is not a language code."""
    out: list[str] = []
    for part in (text or "").split(","):
        tag = normalise(part)
        if not tag:
            continue
        if not is_language_tag(tag):
            raise ValidationError(
                "'{tag}' is not a language code. List codes separated by commas, "
                "such as en,cy for English and Welsh.",
                tag=part.strip(),
            )
        if tag not in out:
            out.append(tag)
    return out


def require_print_languages(row: dict[str, Any]) -> None:
    parse_list(row.get("print_languages") or "")


def text_direction(text: str) -> str:
    """ "rtl" or "ltr" from the first strong letter of `text` (UAX #9 P2–P3), or "" when
    it has none (digits, punctuation, an emoji)."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""


def direction(text: str, tag: str = NOT_SET) -> str:
    """The direction to set `text` in: its first strong letter's, else its language's
    ("rtl" for an Urdu "۱۲" or "؟"), else "ltr"."""
    return text_direction(text) or ("rtl" if is_right_to_left_language(tag) else "ltr")
