"""The languages the public "You said, we did" and the feedback cards print in.

Our own printed words (headings, labels, sentences around residents' words) are written
in English in the code; every other language is one file, `assets/print-languages/<code>.toml`,
holding each English string and its translation. Adding a language is adding that file
(docs/print-languages.md says what a translator does). Residents' words, and what the
council wrote (decisions, reasons), are printed as they were typed, never translated.

A file whose `status` is "draft" has not yet been checked by a speaker of the language:
everything printed with it carries its `draft_mark` ("Drafft — i'w adolygu").
A string missing from a file prints in the other languages only, and is listed in
`Wording.missing` so a test (or a translator) can see what is left to do.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from workshop.core import languages
from workshop.core.errors import ValidationError

LANGUAGES_DIR = Path(__file__).resolve().parents[2] / "assets" / "print-languages"
ENGLISH = "en"
_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()


class Day(str):
    """An ISO date among a string's values: printed with each language's month names."""


class Ours(str):
    """One of our own strings among another's values ("fewer than 5" in a sentence):
    translated with the sentence it sits in."""


@dataclass(frozen=True)
class PrintLanguage:
    code: str
    name: str  # its own name ("Cymraeg")
    english_name: str
    draft: bool
    draft_mark: str
    months: tuple[str, ...]
    strings: dict[str, str] = field(default_factory=dict)

    def text(self, english: str) -> str | None:
        """The translation of `english` (a template), or None when the file lacks it."""
        if self.code == ENGLISH:
            return english
        return self.strings.get(english)

    def long_date(self, iso: str) -> str:
        try:
            day = date.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso
        return f"{day.day} {self.months[day.month - 1]} {day.year}"


ENGLISH_LANGUAGE = PrintLanguage(ENGLISH, "English", "English", False, "", tuple(_ENGLISH_MONTHS))


def available() -> list[str]:
    """The codes a document can print in: English and every file in the folder."""
    return [ENGLISH] + sorted(p.stem for p in LANGUAGES_DIR.glob("*.toml") if p.stem != ENGLISH)


@cache
def load(code: str) -> PrintLanguage:
    """The printed wording in `code`; raises ValidationError when there is no file for it."""
    code = languages.normalise(code)
    if languages.primary(code) == ENGLISH:
        return ENGLISH_LANGUAGE
    path = LANGUAGES_DIR / f"{code}.toml"
    if not path.is_file():
        path = LANGUAGES_DIR / f"{languages.primary(code)}.toml"
    if not path.is_file():
        raise ValidationError(
            "There is no printed wording in '{code}' yet. Choose one of {known}, or add "
            "assets/print-languages/{code}.toml (docs/print-languages.md says how).",
            code=code,
            known=", ".join(available()),
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(
            "The printed wording file {file} could not be read: {problem}.",
            file=path.name,
            problem=exc,
        ) from exc
    about = data.get("language", {})
    months = tuple(about.get("months") or _ENGLISH_MONTHS)
    if len(months) != 12:
        raise ValidationError(
            "{file} must list 12 month names under [language] months.", file=path.name
        )
    return PrintLanguage(
        code=str(about.get("code") or code),
        name=str(about.get("name") or code),
        english_name=str(about.get("english_name") or code),
        draft=str(about.get("status", "draft")) != "reviewed",
        draft_mark=str(about.get("draft_mark") or "Draft: to be reviewed"),
        months=months,
        strings={str(k): str(v) for k, v in data.get("strings", {}).items()},
    )


class Wording:
    """Our printed strings in each of a document's languages, in the order chosen."""

    def __init__(self, codes: list[str] | None = None) -> None:
        codes = codes or [ENGLISH]
        self.languages = [load(code) for code in codes]
        self.missing: set[tuple[str, str]] = set()  # (code, English string)

    @property
    def first(self) -> PrintLanguage:
        return self.languages[0]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def document_lang(self) -> str:
        return "en-GB" if self.first.code == ENGLISH else self.first.code

    def draft_marks(self) -> list[str]:
        return [lang.draft_mark for lang in self.languages if lang.draft]

    def lines(self, english: str, **values: object) -> list[tuple[str, str]]:
        """(language code, text) for each language that has `english`, values filled in."""
        out = []
        for language in self.languages:
            template = language.text(english)
            if template is None:
                self.missing.add((language.code, english))
                continue
            filled = {k: self._value(language, v) for k, v in values.items()}
            out.append((language.code, template.format(**filled)))
        return out

    def _value(self, language: PrintLanguage, value: object) -> object:
        if isinstance(value, Day):
            return language.long_date(value)
        if isinstance(value, Ours):
            text = language.text(value)
            if text is None:
                self.missing.add((language.code, str(value)))
            return str(value) if text is None else text
        return value

    def joined(self, english: str, sep: str = " / ", **values: object) -> str:
        """Every language's text on one line ("Phone: / Ffôn:"), for headings and labels."""
        texts: list[str] = []
        for _, text in self.lines(english, **values):
            if text not in texts:
                texts.append(text)
        return sep.join(texts)

    def lang_of(self, code: str) -> str:
        """The `lang` to mark a line in `code` with: "" for the document's own language."""
        return "" if code == self.first.code else code


def codes_for(programme_row: dict, chosen: list[str] | None = None) -> list[str]:
    """The languages to print in: `chosen` (a CLI flag), else the programme's
    `print_languages` setting, else English. Raises ValidationError for a code that is not
    a language code; `Wording` then refuses one with no wording file."""
    codes = chosen or languages.parse_list(programme_row.get("print_languages") or "")
    return codes or [ENGLISH]
