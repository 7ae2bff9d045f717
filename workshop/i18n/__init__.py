"""The app's languages: English (the source text) and a draft Welsh translation.

`install_translator(app, code)` is called once at start (from `workshop.ui.app`, with the
language chosen in Preferences, which `workshop.ui.settings` keeps) and again when the choice
changes. Compiled translations (`workshop_cy.qm`)
sit next to this file; `make translations` rebuilds them from the `.ts` sources.

Strings whose English text is decided at run time (screen titles registered in lists,
plain-English vocabulary labels) are looked up in their caller's context first and then in
the "shared" context, so they need translating only once (`tools/i18n_build.py` marks them
for the translator). Messages raised by the core are English templates, translated in the
"core" context when a screen shows them (`error_text`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from workshop.core.errors import WorkshopError

I18N_DIR = Path(__file__).resolve().parent
# Language code -> its name in that language (as the Preferences dialog lists them).
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
LOCALES = {"en": "en_GB", "cy": "cy_GB"}
SHARED_CONTEXT = "shared"
# Where the core's message templates (and the labels they name) are translated.
CORE_CONTEXT = "core"

_installed: QTranslator | None = None


def qm_path(code: str) -> Path:
    return I18N_DIR / f"workshop_{code}.qm"


class WorkshopTranslator(QTranslator):
    """A compiled translation that falls back to the shared context for run-time text."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context != SHARED_CONTEXT:
            found = super().translate(SHARED_CONTEXT, source_text, disambiguation, n)
        # None (a null string) tells Qt "not translated here": it then shows the English.
        # An empty string would be taken as the translation and show nothing at all.
        return found or None


def install_translator(app: QCoreApplication | None = None, code: str = "en") -> str:
    """Install the translator for `code`. Returns the language actually in use ("en" when
    the code is unknown or its translation cannot be loaded)."""
    global _installed
    app = app or QCoreApplication.instance()
    code = code if code in LANGUAGES else "en"
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    if code != "en":
        translator = WorkshopTranslator(app)
        if translator.load(str(qm_path(code))):
            QCoreApplication.installTranslator(translator)
            _installed = translator
        else:
            code = "en"
    # Dates and numbers follow the language; English keeps the system's own locale (and
    # going back to English from Welsh must undo the Welsh dates too).
    QLocale.setDefault(QLocale(LOCALES[code]) if code != "en" else QLocale.system())
    return code


def installed_translator() -> QTranslator | None:
    return _installed


def core_tr(text: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, text)


def error_text(error: BaseException) -> str:
    """The message to show for `error`: a core message in the chosen language (English
    where no translation exists yet), anything else as Python wrote it."""
    if isinstance(error, WorkshopError):
        return error.translated(core_tr)
    return str(error)
