"""Rebuild the translations: `make translations` (or `python -m workshop.i18n.build`).

1. Write `extra_strings.py`: text decided at run time (screen titles registered in lists,
   the plain-English labels of every vocabulary, the core's *_LABELS and *_KINDS names)
   marked with QT_TRANSLATE_NOOP in the "shared" context, so lupdate finds it.
2. Run `pyside6-lupdate` over `workshop/` into `workshop_cy.ts` (new strings are added,
   translations already there — a reviewer's included — are kept).
3. Fill Welsh translations from the draft word list in `cy_draft.py`. Everything it fills
   stays marked "unfinished" so a Welsh speaker reviewing in Qt Linguist
   (`pyside6-linguist workshop/i18n/workshop_cy.ts`) can confirm each one; once an entry is
   marked finished there, the build never changes it again.
4. Run `pyside6-lrelease` to compile `workshop_cy.qm` (unfinished entries included).
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

from workshop.i18n import I18N_DIR, SHARED_CONTEXT

PACKAGE_DIR = I18N_DIR.parent
TS_FILES = {"cy": I18N_DIR / "workshop_cy.ts"}
EXTRA = I18N_DIR / "extra_strings.py"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found. Install PySide6-Essentials in this environment.")
    return str(found)


def run_time_strings() -> list[str]:
    """Screen titles and vocabulary text, in a stable order without repeats."""
    from workshop.core.vocab import Vocabulary
    from workshop.ui.main_window import PROGRAMME_VIEWS
    from workshop.ui.session_editor import SESSION_PAGES

    texts: list[str] = [title for title, _ in PROGRAMME_VIEWS + SESSION_PAGES]
    import workshop.core as core
    import workshop.ui as ui

    for package in (core, ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                loaded = importlib.import_module(module.name)
            except Exception as exc:  # noqa: BLE001 - say which module, then stop
                raise SystemExit(
                    f"Cannot import {module.name} ({exc}); fix it, then run this again, "
                    "so no screen's text is dropped from the translations."
                ) from exc
            for name, value in vars(loaded).items():
                if isinstance(value, Vocabulary):
                    texts.append(value.name)
                    for choice in value:
                        texts += [choice.label, choice.explanation]
                elif name.endswith(("_LABELS", "_KINDS")) and isinstance(value, dict):
                    # Plain-English names kept in the core (SOURCE_KINDS, FIELD_LABELS, ...).
                    texts += [v for v in value.values() if isinstance(v, str)]
    seen: set[str] = set()
    return [t for t in texts if t and not (t in seen or seen.add(t))]


def write_extra_strings() -> int:
    texts = run_time_strings()
    lines = [
        '"""Made by `python -m workshop.i18n.build`: do not edit. Text the app decides at run',
        'time (screen titles, vocabulary labels), marked so lupdate puts it in the .ts files."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = [",
    ]
    for text in texts:
        lines.append(f"    QT_TRANSLATE_NOOP({SHARED_CONTEXT!r}, {text!r}),")
    lines += ["]", ""]
    EXTRA.write_text("\n".join(lines), encoding="utf-8")
    return len(texts)


def run_lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in PACKAGE_DIR.rglob("*.py") if "i18n" not in p.parts)
    sources.append(str(EXTRA))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            # Modules outside classes use a `_tr(text)` helper around
            # QCoreApplication.translate("module", text): collect those strings too.
            "-tr-function-alias",
            "tr+=_tr",
            "-locations",
            "relative",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fill(ts: Path, words: dict[str, str]) -> tuple[int, int]:
    """Fill translations from `words` where none is reviewed yet; returns (filled or
    changed now, still empty)."""
    tree = ET.parse(ts)
    filled = empty = 0
    messages = [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")  # "%n found": one text per plural form
        slots = forms or [translation]
        has_text = any((slot.text or "").strip() for slot in slots)
        # A reviewer's wording is kept once marked finished in Linguist; entries still
        # marked unfinished follow the draft.
        if has_text and translation.get("type") != "unfinished":
            continue
        # "Context|English" in the draft words a text for one screen only (the same English
        # can need different Welsh: a session is feminine, a count is plural).
        welsh = words.get(f"{context}|{source}") or words.get(source)
        if welsh:
            if any(slot.text != welsh for slot in slots):
                filled += 1
            for slot in slots:
                slot.text = welsh
            translation.set("type", "unfinished")
        elif not has_text:
            empty += 1
    tree.getroot().set("language", "cy_GB")
    tree.getroot().set("sourcelanguage", "en_GB")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return filled, empty


def with_shared_context(ts: Path, out: Path) -> None:
    """A copy of `ts` where every translated text is also in the shared context.

    At run time a string is looked up in its caller's context (a class name, or a module's
    name for `_tr` helpers, which lupdate cannot know) and then in "shared", so this makes
    every translation findable whatever context the code used."""
    tree = ET.parse(ts)
    root = tree.getroot()
    shared = next((c for c in root.iter("context") if c.findtext("name") == SHARED_CONTEXT), None)
    if shared is None:
        shared = ET.SubElement(root, "context")
        ET.SubElement(shared, "name").text = SHARED_CONTEXT
    have = {m.findtext("source") for m in shared.iter("message")}
    for context in list(root.iter("context")):
        if context is shared:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in have or translation is None:
                continue
            if not any((t.text or "").strip() for t in [translation, *translation]):
                continue
            copy = ET.SubElement(shared, "message", dict(message.attrib))
            ET.SubElement(copy, "source").text = source
            copy.append(deepcopy(translation))
            have.add(source)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def run_lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    merged = ts.with_name(ts.stem + ".release.ts")
    try:
        with_shared_context(ts, merged)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(merged), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        merged.unlink(missing_ok=True)
    return qm


def main() -> int:
    from workshop.i18n.cy_draft import WELSH

    count = write_extra_strings()
    print(f"{count} run-time strings written to {EXTRA.name}")
    for code, ts in TS_FILES.items():
        run_lupdate(ts)
        filled, empty = fill(ts, WELSH if code == "cy" else {})
        qm = run_lrelease(ts)
        print(f"{ts.name}: {filled} filled from the draft, {empty} still in English -> {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
