"""Rebuild the translations: `make translations` (a build helper; not shipped with the app).

The `.ts` files in workshop/i18n/ are the only place a translator edits (Qt Linguist:
`pyside6-linguist workshop/i18n/workshop_cy.ts`). This tool never changes a translation
already there; it only adds the English of new text and drops text the code no longer has.

1. Collect the text `pyside6-lupdate` cannot find by reading the code: screen titles kept in
   lists, vocabulary labels, the core's *_LABELS and *_KINDS names, the languages' English
   names (context "shared"), and
   the core's message templates with the labels they name (context "core"). They are
   written, marked with QT_TRANSLATE_NOOP, to a scratch file under build/.
2. Run `pyside6-lupdate` over workshop/ and that file into each `.ts`.
3. Run `pyside6-lrelease` to compile the `.qm` beside it (unfinished entries included, so
   draft Welsh shows until a reviewer marks it finished).

Run from the project folder: QT_QPA_PLATFORM=offscreen python tools/i18n_build.py
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the workshop package of this checkout, not an installed one

from workshop.core.errors import WorkshopError  # noqa: E402
from workshop.core.vocab import Vocabulary  # noqa: E402
from workshop.i18n import CORE_CONTEXT, I18N_DIR, SHARED_CONTEXT  # noqa: E402

PACKAGE_DIR = ROOT / "workshop"
TS_FILES = {"cy": I18N_DIR / "workshop_cy.ts"}
SCRATCH = ROOT / "build" / "i18n" / "run_time_strings.py"


def screen_titles() -> list[str]:
    """Titles of the screens registered in lists (translated where they are shown)."""
    from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES

    return [title for title, _ in PROGRAMME_VIEWS + SESSION_PAGES]


def _modules() -> list[object]:
    import workshop.core as core
    import workshop.ui as ui

    loaded = []
    for package in (core, ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                loaded.append(importlib.import_module(module.name))
            except Exception as exc:  # noqa: BLE001 - say which module, then stop
                raise SystemExit(
                    f"Cannot import {module.name} ({exc}); fix it, then run this again, "
                    "so no screen's text is dropped from the translations."
                ) from exc
    return loaded


def vocabulary_texts(modules: list[object]) -> list[str]:
    texts: list[str] = []
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, Vocabulary):
                texts.append(value.name)
                for choice in value:
                    texts += [choice.label, choice.explanation]
            elif name.endswith(("_LABELS", "_KINDS")) and isinstance(value, dict):
                # Plain-English names kept in the core (SOURCE_KINDS, FIELD_LABELS, ...).
                texts += [v for v in value.values() if isinstance(v, str)]
    return texts


def _error_names(trees: list[ast.Module]) -> set[str]:
    """WorkshopError and every class derived from it, by name."""
    found = {WorkshopError.__name__}
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while True:
        more = {
            c.name
            for c in classes
            if c.name not in found
            and any((getattr(b, "id", None) or getattr(b, "attr", None)) in found for b in c.bases)
        }
        if not more:
            return found
        found |= more


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def core_messages() -> list[str]:
    """Every literal message template of a WorkshopError (raised, or returned by a helper
    such as `store._damaged`), and the labels it names:
    `Label("literal")`, and literals passed to a function that raises `Label(its_parameter)`
    (`require_whole_number(value, "number of cards")`)."""
    # The command line's own messages never reach a screen: its folder is left out.
    paths = [p for p in sorted(PACKAGE_DIR.rglob("*.py")) if "cli" not in p.relative_to(ROOT).parts]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    error_names = _error_names(trees)
    templates: list[str] = []
    labels: list[str] = []
    label_params: dict[str, set[int]] = {}  # function name -> positions of label parameters
    for tree in trees:
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = [a.arg for a in function.args.posonlyargs + function.args.args]
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and _called_name(node) == "Label" and node.args:
                    arg = node.args[0]
                    if isinstance(arg, ast.Name) and arg.id in params:
                        label_params.setdefault(function.name, set()).add(params.index(arg.id))
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _called_name(node)
                # Raised where it is made, or made by a helper that returns it.
                if name in error_names and node.args:
                    if (text := _literal(node.args[0])) is not None:
                        templates.append(text)
                if name == "Label" and (text := _literal(node.args[0] if node.args else None)):
                    labels.append(text)
                for position in label_params.get(name or "", ()):
                    # Methods are called without `self`: try both positions.
                    for index in (position, position - 1):
                        if 0 <= index < len(node.args) and (text := _literal(node.args[index])):
                            labels.append(text)
                            break
    return templates + labels


def _unique(texts: list[str]) -> list[str]:
    seen: set[str] = set()
    return [t for t in texts if t and not (t in seen or seen.add(t))]


def language_names() -> list[str]:
    """The English names of the languages offered (the facilitator's name for each, shown
    after its own name in the language boxes)."""
    from workshop.core.languages import LANGUAGES

    return [language.english for language in LANGUAGES]


def run_time_strings() -> tuple[list[str], list[str]]:
    """(shared, core): the text lupdate cannot find by reading the code."""
    shared = _unique(screen_titles() + vocabulary_texts(_modules()) + language_names())
    return shared, _unique(core_messages())


def write_scratch() -> tuple[int, int]:
    shared, core = run_time_strings()
    lines = [
        '"""Made by tools/i18n_build.py for pyside6-lupdate; not part of the app."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = [",
    ]
    for context, texts in ((SHARED_CONTEXT, shared), (CORE_CONTEXT, core)):
        lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for text in texts]
    lines += ["]", ""]
    SCRATCH.parent.mkdir(parents=True, exist_ok=True)
    SCRATCH.write_text("\n".join(lines), encoding="utf-8")
    return len(shared), len(core)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found. Install PySide6-Essentials in this environment.")
    return str(found)


def run_lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in PACKAGE_DIR.rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            str(SCRATCH),
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


def counts(ts: Path) -> tuple[int, int, int]:
    """(finished, unfinished with a draft, still English) entries of `ts`."""
    finished = draft = english = 0
    for translation in ET.parse(ts).getroot().iter("translation"):
        has_text = any((t.text or "").strip() for t in [translation, *translation])
        if not has_text:
            english += 1
        elif translation.get("type") == "unfinished":
            draft += 1
        else:
            finished += 1
    return finished, draft, english


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
    merged = SCRATCH.with_name(ts.stem + ".release.ts")
    with_shared_context(ts, merged)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(merged), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return qm


def main() -> int:
    shared, core = write_scratch()
    print(f"{shared} run-time strings and {core} core messages and labels -> {SCRATCH}")
    for ts in TS_FILES.values():
        run_lupdate(ts)
        finished, draft, english = counts(ts)
        qm = run_lrelease(ts)
        print(
            f"{ts.name}: {finished} reviewed, {draft} draft (unfinished), "
            f"{english} still in English -> {qm.name}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
