"""Issuing the documents of a signed inspection: the rectification notice (with its
deadline in calendar or working days) and the referral letters."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.jobs import run_job
from greenmine_desktop.services.notices import Issued, issue_rectification_notice
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
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Days to rectify"), self.days)
        form.addRow("", self.working)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        """Issue in the background; the dialog closes when the notice is written."""
        folder, inspection_id, days, working, actor = (self.ws.folder, self.inspection_id, self.days.value(),
                                                       self.working.isChecked(), self.actor)

        def work(report):
            with Workspace.open(folder) as ws:
                return issue_rectification_notice(ws, inspection_id, days, working, actor=actor)

        self.job = run_job(self, self.tr("Writing the notice…"), work, self._issued,
                           lambda exc: self.error.setText(error_sentence(exc, self.lang)))

    def _issued(self, issued: Issued) -> None:
        self.issued = issued
        super().accept()
