""" "New session from plan…": choose one of the ready-made agendas (sessions/*.toml) and
start a new session with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import session_plans
from workshop.core.session_plans import SessionPlan
from workshop.ui.agenda.commands import SessionFromPlan
from workshop.ui.context import AppContext
from workshop.ui.undo_commands import push_or_explain
from workshop.ui.window_geometry import FittingDialog


class PlanDialog(FittingDialog):
    def __init__(self, plans: list[SessionPlan], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session from plan"))
        self.plans = plans
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Session plans"))
        minutes = self.tr("minutes")
        for plan in plans:
            item = QListWidgetItem(f"{plan.title} — {plan.minutes} {minutes}\n{plan.description}")
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start a new session with one of these agendas:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def chosen(self) -> SessionPlan | None:
        row = self.list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None


def choose_plan(parent: QWidget | None, plans: list[SessionPlan]) -> SessionPlan | None:
    """Ask which plan to use (tests monkeypatch this)."""
    dialog = PlanDialog(plans, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_session_from_plan(ctx: AppContext, parent: QWidget | None) -> str | None:
    plan = choose_plan(parent, session_plans.available_plans())
    if plan is None:
        return None
    command = SessionFromPlan(ctx.programme, plan)
    if not push_or_explain(ctx.undo_stack, command, parent):
        return None
    window = ctx.window
    if window is not None and hasattr(window, "show_session"):
        window.show_session(command.session_id)
    return command.session_id
