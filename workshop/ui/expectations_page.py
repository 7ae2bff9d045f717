"""What the engagement can and cannot change, how feedback is used, when responses are
published, and the level of influence (GMCA value 12). Held once for the programme and
shown on every session."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from workshop.core import vocab
from workshop.ui.context import AppContext
from workshop.ui.forms import PlainTextField, RowBinder
from workshop.ui.page_layout import intro_label, page_with_scroll


class ExpectationsPage(QWidget):
    def __init__(
        self, ctx: AppContext, session_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        programme_id = ctx.programme.programme()["id"]
        labels = {
            "title": self.tr("programme title"),
            "organisation": self.tr("organisation"),
            "topic": self.tr("what it is about"),
            "can_change": self.tr("what can change"),
            "cannot_change": self.tr("what cannot change"),
            "feedback_use": self.tr("how feedback will be used"),
            "publish_when_where": self.tr("when and where responses are published"),
            "influence_level": self.tr("level of influence"),
            "responses_due": self.tr("date responses are due"),
            "feedback_url_template": self.tr("feedback address"),
            "return_phone": self.tr("phone number"),
            "return_text": self.tr("text number"),
            "return_post": self.tr("freepost address"),
            "data_controller": self.tr("data controller contact"),
            "census_form": self.tr("ethnic groups on the monitoring form"),
        }
        self.binder = RowBinder(
            ctx, "programme", lambda: programme_id, self, describe=lambda f: labels.get(f, f)
        )
        b = self.binder

        def text(field: str, name: str, placeholder: str = "") -> PlainTextField:
            box = PlainTextField()
            box.setAccessibleName(name)
            box.setObjectName(field)
            box.setPlaceholderText(placeholder)
            return b.text(box, field)

        def line(field: str, name: str, placeholder: str = "") -> QLineEdit:
            box = QLineEdit()
            box.setAccessibleName(name)
            box.setObjectName(field)
            box.setPlaceholderText(placeholder)
            return b.line(box, field)

        self.title = line("title", self.tr("Programme title"))
        self.organisation = line("organisation", self.tr("Organisation"))
        self.topic = text("topic", self.tr("What this engagement is about"))
        self.can_change = text(
            "can_change",
            self.tr("What this engagement can change"),
            self.tr("For example: which information the system may use"),
        )
        self.cannot_change = text(
            "cannot_change",
            self.tr("What it cannot change"),
            self.tr("For example: the law on who qualifies"),
        )
        self.feedback_use = text("feedback_use", self.tr("How feedback will be used"))
        self.publish = text(
            "publish_when_where", self.tr("When and where responses will be published")
        )
        self.influence = b.choice(QComboBox(), "influence_level", vocab.INFLUENCE_LEVELS)
        self.influence.setAccessibleName(self.tr("Level of influence"))
        self.influence.setObjectName("influence_level")
        self.influence_help = QLabel()
        self.influence_help.setWordWrap(True)
        self.influence_help.setObjectName("hint")
        self.influence.currentIndexChanged.connect(self._show_influence_help)
        self.responses_due = line(
            "responses_due",
            self.tr("Date responses are due"),
            self.tr("YYYY-MM-DD, for example 2027-06-30"),
        )
        self.url = line(
            "feedback_url_template",
            self.tr("Feedback address for QR cards"),
            self.tr("https://example.gov.uk/have-your-say?card={code}"),
        )
        self.phone = line("return_phone", self.tr("Phone number for feedback"))
        # The monitoring form, the returns typed in or imported and the equality appendix
        # all follow this (core.monitoring.questions).
        self.census_form = b.choice(QComboBox(), "census_form", vocab.CENSUS_FORMS)
        self.census_form.setAccessibleName(self.tr("Ethnic groups on the monitoring form"))
        self.census_form.setObjectName("census_form")
        self.text_number = line("return_text", self.tr("Text message number for feedback"))
        self.post = line("return_post", self.tr("Freepost address for feedback"))
        self.controller = line("data_controller", self.tr("Data controller contact"))

        content = QWidget()
        form = QFormLayout(content)
        if session_id is not None:
            form.addRow(
                intro_label(
                    self.tr(
                        "These expectations belong to the whole programme: changing them here "
                        "changes them for every session. Tell people these at the start."
                    )
                )
            )
        else:
            form.addRow(
                intro_label(
                    self.tr(
                        "Set clear expectations before anyone gives their time: what can change, "
                        "what cannot, and when people will hear back."
                    )
                )
            )
        form.addRow(self.tr("Programme t&itle"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("What it is a&bout"), self.topic)
        form.addRow(self.tr("What can chan&ge"), self.can_change)
        form.addRow(self.tr("What ca&nnot change"), self.cannot_change)
        form.addRow(self.tr("How feedback is &used"), self.feedback_use)
        form.addRow(self.tr("&When and where we publish"), self.publish)
        form.addRow(self.tr("&Level of influence"), self.influence)
        form.addRow("", self.influence_help)
        form.addRow(self.tr("Responses due b&y"), self.responses_due)
        # The longest label here (Welsh at 200 % would widen the page): it wraps.
        census_label = QLabel(self.tr("Ethnic groups as as&ked in England or Wales"))
        census_label.setWordWrap(True)
        census_label.setBuddy(self.census_form)
        form.addRow(census_label, self.census_form)
        form.addRow(QLabel(self.tr("<b>Ways to give feedback</b>")))
        form.addRow(self.tr("Feedback add&ress"), self.url)
        form.addRow(self.tr("Phone nu&mber"), self.phone)
        form.addRow(self.tr("Te&xt"), self.text_number)
        form.addRow(self.tr("Free&post"), self.post)
        form.addRow(self.tr("&Data controller"), self.controller)
        page_with_scroll(self, content)
        self.binder.refresh()
        self._show_influence_help()

    def _show_influence_help(self) -> None:
        key = self.influence.currentData()
        self.influence_help.setText(self.tr(vocab.INFLUENCE_LEVELS.explanation(key)))
