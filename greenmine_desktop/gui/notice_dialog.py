"""Issuing the documents of a signed inspection: the rectification notice (with its
deadline in calendar or working days) and the referral letters."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.gui.citation_fields import add_citation_fields
from greenmine_desktop.gui.deadline_preview import DeadlinePreview
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.jobs import Report
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.notices import Issued, citation_needs, confirm_citation, issue_rectification_notice
from greenmine_desktop.store.workspace import Workspace


class NoticeDialog(QDialog):
    def __init__(self, ws: Workspace, inspection_id: int, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.inspection_id, self.lang, self.actor = ws, inspection_id, lang, actor
        self.issued: Issued | None = None
        self.setWindowTitle(self.tr("Rectification notice"))
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.working = QCheckBox(self.tr("Count working days (holidays and adjusted days by the official schedule)"),
                                 self)
        self.preview = DeadlinePreview(ws, self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The sentences sit below the form, not in its rows: a wrapped label in a form row
        # got the height of one line and was clipped. The dialog grows to fit them.
        form = QFormLayout()
        form.addRow(self.tr("&Days to rectify"), self.days)
        form.addRow("", self.working)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.citations = self._citation_fields(layout)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.days.valueChanged.connect(self._preview)
        self.working.toggled.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        self.error.clear()
        self.error.hide()
        self.preview.show_for(clock.today(), self.days.value(), self.working.isChecked())
        self.adjustSize()

    def say(self, sentence: str) -> None:
        """Show why the notice was not issued; the dialog grows to the wrapped sentence
        (a window does not grow by itself when a label's text gets longer)."""
        self.error.setText(sentence)
        self.error.show()
        self.adjustSize()

    def _citation_fields(self, layout: QVBoxLayout) -> dict[str, QLineEdit]:
        try:
            needs = citation_needs(self.ws, self.inspection_id)
        except UserError:  # not signed: issuing says so in its own sentence
            needs = []
        return add_citation_fields(self, layout, needs)

    def accept(self) -> None:
        """Issue in the background; the dialog closes when the notice is written."""
        folder, inspection_id, days, working, actor = (self.ws.folder, self.inspection_id, self.days.value(),
                                                       self.working.isChecked(), self.actor)
        citations = {item_id: field.text() for item_id, field in self.citations.items()}

        def work(ws: Workspace, report: Report) -> Issued:
            for item_id, citation in citations.items():
                confirm_citation(ws, inspection_id, item_id, citation, actor)
            return issue_rectification_notice(ws, inspection_id, days, working, actor=actor)

        self.job = run_op(self, folder, self.lang, self.tr("Writing the notice…"), work,
                          Changes(cases=True, documents=True), self._issued,
                          lambda exc: self.say(error_sentence(exc, self.lang)))

    def _issued(self, issued: Issued) -> None:
        self.issued = issued
        super().accept()
