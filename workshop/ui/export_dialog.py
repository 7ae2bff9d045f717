"""File > Export summary pack… and File > Export record as data… (the menu items are
`export_menu`'s; this module is imported when one is chosen).

The pack dialog lets the facilitator choose one session or the whole programme, a partner
or an internal pack, and shows what the pack will leave out before anything is written.
Building a pack takes seconds on a cheap laptop, so it runs off the UI thread (`runner`)
with a progress bar. SQLite connections belong to the thread that made them, so the worker opens
the programme file again, read-only, on a connection of its own. Files are written
atomically by the exporters: a failure leaves no half-written PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.privacy import INTERNAL, PARTNER, fill, left_out_templates
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Programme
from workshop.ui import dialogs, runner
from workshop.ui.context import AppContext
from workshop.ui.dates import short_date
from workshop.ui.quote_review import review_then
from workshop.ui.window_geometry import FittingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("export_dialog", text)


def _safe_name(text: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip()
    return re.sub(r"\s+", " ", name)[:60] or "programme"


def _documents_dir(programme: Programme) -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path(programme.path).parent


class _ExportDialog(FittingDialog):
    """What both export dialogs share: a progress bar, a status line, Export and Close
    buttons, and one export at a time off the UI thread (the dialog never closes under
    it). Every word shown comes from the subclasses (`self.tr` there), so each dialog keeps
    its own translations."""

    export_finished = Signal(list, str)  # paths written, error message ('' when it worked)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._task: runner.Task | None = None
        self.options: list[QWidget] = []  # the choices, locked while an export runs

    def _run_controls(
        self, progress_name: str, status_name: str, export: str, export_name: str, close: str
    ) -> QDialogButtonBox:
        self.progress = QProgressBar()
        self.progress.setAccessibleName(progress_name)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(status_name)
        self.export_button = QPushButton(export)
        self.export_button.setAccessibleName(export_name)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(close)
        self.close_button.setAccessibleName(close.replace("&", ""))
        # The next step once files are written: the folder they are in.
        self.show_folder_button = QPushButton(_tr("Show in &folder"))
        self.show_folder_button.setAccessibleName(_tr("Show the saved files in their folder"))
        self.show_folder_button.hide()
        self.show_folder_button.clicked.connect(self.show_folder)
        self.written: list[str] = []
        buttons = QDialogButtonBox()
        buttons.addButton(self.show_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.close_button.clicked.connect(self.reject)
        return buttons

    def choose_file_and_export(self) -> None:
        raise NotImplementedError

    def show_folder(self) -> bool:
        """Open the folder of the files just written in the system's file manager."""
        if not self.written:
            return False
        folder = Path(self.written[0]).parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def saved_text(self, paths: list[str]) -> str:
        """What the status line says once the files are written."""
        raise NotImplementedError

    def failure_title(self) -> str:
        raise NotImplementedError

    def _start(self, work: runner.Work, running_text: str) -> None:
        self._set_running(True)
        self.status.setText(running_text)
        self._task = runner.Task(
            self,
            work,
            failure_title=self.failure_title(),
            unexpected=_tr(
                "The export stopped: %s. Nothing was written; try again, or choose another folder."
            ),
        )
        self._task.progressed.connect(self._on_progress)
        self._task.succeeded.connect(self._on_success)
        self._task.failed.connect(self._on_failure)
        self._task.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.export_button, self.close_button, *self.options):
            widget.setEnabled(not running)

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)

    def _finish(self) -> None:
        self._task = None
        self._set_running(False)

    def _on_success(self, paths: list[Path]) -> None:
        self._finish()
        written = [str(p) for p in paths]
        self.written = written
        self.progress.setValue(100)
        self.status.setText(self.saved_text(written))
        self.show_folder_button.setVisible(bool(written))
        self.export_finished.emit(written, "")

    def _on_failure(self, message: str) -> None:
        # The runner shows the message in a dialog next.
        self._finish()
        self.progress.setValue(0)
        self.status.setText(message)
        self.export_finished.emit([], message)

    def reject(self) -> None:
        if self._task is not None:  # never close under a running export
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)


class ExportPackDialog(_ExportDialog):
    """Choose what to export, see what is left out, then export with a progress bar."""

    def __init__(
        self, ctx: AppContext, session_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Export summary pack"))
        self.setMinimumWidth(560)

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("What to include"))
        self.scope.addItem(self.tr("The whole programme"), None)
        for session in sessions_by_date(ctx.programme):
            when = short_date(session["starts_at"]) or self.tr("no date yet")
            self.scope.addItem(f"{session['title']} ({when})", session["id"])
        if session_id:
            index = self.scope.findData(session_id)
            if index >= 0:
                self.scope.setCurrentIndex(index)

        self.partner = QRadioButton(self.tr("&Partner pack: to share or publish"))
        self.partner.setAccessibleName(self.tr("Partner pack"))
        self.internal = QRadioButton(
            self.tr("&Internal pack: for the council only, marked INTERNAL on every page")
        )
        self.internal.setAccessibleName(self.tr("Internal pack"))
        self.partner.setChecked(True)

        self.html = QCheckBox(self.tr("Also save an accessible &HTML copy beside the PDF"))
        self.html.setAccessibleName(self.tr("Also save an accessible HTML copy"))
        self.html.setChecked(True)
        self.options = [self.scope, self.partner, self.internal, self.html]

        self.left_out_label = QLabel(self.tr("What this pack will leave out:"))
        self.left_out_list = QListWidget()
        self.left_out_list.setAccessibleName(self.tr("What this pack will leave out"))
        self.left_out_list.setWordWrap(True)
        self.left_out_label.setBuddy(self.left_out_list)

        buttons = self._run_controls(
            self.tr("Export progress"),
            self.tr("Export status"),
            self.tr("&Export…"),
            self.tr("Export the pack"),
            self.tr("Close"),
        )

        form = QFormLayout()
        scope_label = QLabel(self.tr("&Include:"))
        scope_label.setBuddy(self.scope)
        form.addRow(scope_label, self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.partner)
        layout.addWidget(self.internal)
        layout.addWidget(self.html)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.left_out_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.scope.currentIndexChanged.connect(self.refresh_left_out)
        self.partner.toggled.connect(self.refresh_left_out)
        self.refresh_left_out()

    # ----- choices ----------------------------------------------------------------------

    def session_id(self) -> str | None:
        return self.scope.currentData()

    def audience(self) -> str:
        return INTERNAL if self.internal.isChecked() else PARTNER

    def refresh_left_out(self) -> None:
        self.left_out_list.clear()
        # The core's English sentences, translated (shared context) before the numbers go in.
        templates = left_out_templates(self.ctx.programme, self.audience(), self.session_id())
        self.left_out_list.addItems([fill(self.tr(text), numbers) for text, numbers in templates])

    def suggested_path(self) -> Path:
        programme = self.ctx.programme
        title = programme.programme()["title"] or "programme"
        if self.session_id():
            session = programme.get("sessions", self.session_id()) or {}
            title = session.get("title") or title
        kind = "internal pack" if self.audience() == INTERNAL else "summary pack"
        return _documents_dir(programme) / f"{_safe_name(title)} - {kind}.pdf"

    # ----- exporting --------------------------------------------------------------------

    def choose_file_and_export(self) -> None:
        if self.audience() == INTERNAL:
            self._ask_path_and_export()
            return
        # A partner pack may be published: first the review of quotes that look personal.
        review_then(self, self.ctx.programme, PARTNER, self.session_id(), self._ask_path_and_export)

    def _ask_path_and_export(self) -> None:
        path = dialogs.ask_save_path_ending(
            self,
            self.tr("Save the summary pack"),
            str(self.suggested_path()),
            self.tr("PDF (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self.start_export(path)

    def start_export(self, out: Path) -> None:
        source = Path(self.ctx.programme.path)
        session_id, audience, html = self.session_id(), self.audience(), self.html.isChecked()

        def work(progress) -> list[Path]:
            # Runs in the worker thread: its own read-only connection to the file.
            from workshop.export.pack import write_pack

            with Programme.open(source, read_only=True) as programme:
                # Reviewed just before; a quote still undecided is left out, never printed.
                return write_pack(
                    programme,
                    out,
                    session_id,
                    audience,
                    progress,
                    html=html,
                    accept_detected=True,
                )

        self._start(work, self.tr("Exporting…"))

    def saved_text(self, paths: list[str]) -> str:
        names = ", ".join(Path(p).name for p in paths)
        folder = Path(paths[0]).parent if paths else ""
        return self.tr("Saved %1 in %2.").replace("%1", names).replace("%2", str(folder))

    def failure_title(self) -> str:
        return self.tr("Pack not exported")


class ExportRecordDialog(_ExportDialog):
    """The whole record as JSON, or a zip with a CSV per table and the board pictures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Export record as data"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr(
                "This saves everything in this programme file as data, including personal "
                "data such as participant codes and access requests. Keep it as safe as the "
                "programme file itself. To share with partners, export the summary pack."
            )
        )
        note.setWordWrap(True)
        self.zip = QRadioButton(
            self.tr("&Zip: the data, a spreadsheet (CSV) per table, and board pictures")
        )
        self.zip.setAccessibleName(self.tr("Zip with CSV files and board pictures"))
        self.json = QRadioButton(self.tr("&JSON: the data alone, one file"))
        self.json.setAccessibleName(self.tr("JSON file"))
        self.zip.setChecked(True)
        self.options = [self.zip, self.json]
        buttons = self._run_controls(
            self.tr("Export progress"),
            self.tr("Export status"),
            self.tr("&Export…"),
            self.tr("Export the record"),
            self.tr("Close"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.zip)
        layout.addWidget(self.json)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def choose_file_and_export(self) -> None:
        suffix = ".zip" if self.zip.isChecked() else ".json"
        title = self.ctx.programme.programme()["title"] or "programme"
        start = _documents_dir(self.ctx.programme) / f"{_safe_name(title)} - record{suffix}"
        kind = self.tr("Zip (*.zip)") if suffix == ".zip" else self.tr("JSON (*.json)")
        path = dialogs.ask_save_path_ending(
            self, self.tr("Save the record"), str(start), kind, suffix
        )
        if path is not None:
            self.start_export(path)

    def start_export(self, out: Path) -> None:
        source = Path(self.ctx.programme.path)

        def work(progress) -> list[Path]:
            from workshop.export.record import export_record

            with Programme.open(source, read_only=True) as programme:
                return [export_record(programme, out, progress)]

        self._start(work, self.tr("Exporting…"))

    def saved_text(self, paths: list[str]) -> str:
        return self.tr("Saved %1.").replace("%1", str(paths[0]))

    def failure_title(self) -> str:
        return self.tr("Record not exported")


def _current_session(window) -> str | None:
    screen = window.current_screen() if hasattr(window, "current_screen") else None
    return getattr(screen, "session_id", None)


def show_pack_dialog(window) -> ExportPackDialog | None:
    if window.ctx is None:
        return None
    dialog = ExportPackDialog(window.ctx, _current_session(window), window)
    window._export_dialog = dialog  # keep it alive while it is shown
    dialog.show()
    return dialog


def show_record_dialog(window) -> ExportRecordDialog | None:
    if window.ctx is None:
        return None
    dialog = ExportRecordDialog(window.ctx, window)
    window._export_dialog = dialog
    dialog.show()
    return dialog
