"""The signatures step: each inspector and the mine's representative sign in a box, or the
representative's refusal is recorded with a witness; then sign-off freezes the inspection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.domain.inspection import Signature
from greenmine_desktop.gui.signature_pad import SignaturePad
from greenmine_desktop.services.inspections import InspectionSession


class SignatureBox(QGroupBox):
    """One person's signature: the pad, its state, and Clear / Sign."""

    def __init__(self, role: str, person: str, title: str, panel: SigningPanel) -> None:
        super().__init__(title, panel)
        self.role, self.person = role, person
        self.pad = SignaturePad(self)
        self.state = QLabel(self)
        self.shown: tuple | None = None  # the stored signature the pad shows
        self.clear_button = clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(self.pad.clear)
        self.sign_button = QPushButton(self.tr("Sign"), self)
        self.sign_button.clicked.connect(lambda: panel.request_sign(self))
        self.refused = QCheckBox(self.tr("Refuses to sign"), self)
        self.witness = QLineEdit(self)
        self.witness.setPlaceholderText(self.tr("Witness to the refusal (name, unit)"))
        grid = QGridLayout(self)
        grid.addWidget(self.pad, 0, 0, 3, 1)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(clear, 1, 1)
        grid.addWidget(self.sign_button, 2, 1)
        if role == "representative":
            row = QHBoxLayout()
            row.addWidget(self.refused)
            row.addWidget(self.witness, 1)
            grid.addLayout(row, 3, 0, 1, 2)
            self.refused.toggled.connect(self.pad.setDisabled)
        else:
            self.refused.hide()
            self.witness.hide()


class SigningPanel(QWidget):
    signRequested = Signal(str, str, object, bool, str)  # role, person, PNG, refused, witness
    signOffRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[tuple[str, str], SignatureBox] = {}
        self.inner = QWidget(self)
        self.rows = QVBoxLayout(self.inner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.sign_off_button = QPushButton(self.tr("Sign off and freeze (Ctrl+Shift+S)"), self)
        self.sign_off_button.clicked.connect(self.signOffRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.sign_off_button, 0, Qt.AlignmentFlag.AlignRight)

    def _rebuild(self, people: list[tuple[str, str, str]]) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for role, person, title in people:
            box = SignatureBox(role, person, title, self)
            self.rows.addWidget(box)
            self.boxes[(role, person)] = box

    def show_state(self, session: InspectionSession, lang: str) -> None:
        header = session.header
        people = [("inspector", m.name, self.tr("Inspector %1 (%2)").replace("%1", m.name).replace("%2", m.badge_no))
                  for m in header.team]
        people.append(("representative", header.representative,
                       self.tr("Mine representative %1").replace("%1", header.representative)))
        if [(r, p) for r, p, _ in people] != list(self.boxes):
            self._rebuild(people)
        digest, open_ = session.digest(), session.meta.status == "open"
        signed = {(s.role, s.person): s for s in session.signatures}
        representative = next((s for s in session.signatures if s.role == "representative"), None)
        if representative is not None:  # whoever signed for the mine fills its one box
            signed[("representative", header.representative)] = representative
        for key, box in self.boxes.items():
            signature = signed.get(key)
            if signature is None:
                box.state.setText(self.tr("Not signed"))
            elif signature.content_sha256 != digest and open_:
                box.state.setText(self.tr("Changed since signing: sign again"))
            elif signature.refused:
                box.state.setText(self.tr("Refused; witness: %1").replace("%1", signature.witness))
            else:
                box.state.setText(self.tr("Signed ✓"))
            self._show_stored(session, box, signature)
            for control in (box.sign_button, box.clear_button, box.pad, box.refused, box.witness):
                control.setEnabled(open_)  # a frozen inspection's signatures are read, not changed
            box.pad.setEnabled(open_ and not box.refused.isChecked())
        self.sign_off_button.setEnabled(open_)
        self.error.clear()

    @staticmethod
    def _show_stored(session: InspectionSession, box: SignatureBox, signature: Signature | None) -> None:
        """The pad shows the stored signature (read once per signature, not on every edit)."""
        key = None if signature is None else (signature.role, signature.person, signature.content_sha256,
                                              signature.refused)
        if key == box.shown:
            return
        box.shown = key
        if signature is None or signature.refused:
            box.pad.show_stored(None)
            if signature is not None:
                box.refused.setChecked(True)
                box.witness.setText(signature.witness)
        else:
            box.pad.show_stored(session.signature_image(signature.role, signature.person))

    def request_sign(self, box: SignatureBox) -> None:
        refused = box.refused.isChecked()
        png = None if refused or box.pad.is_empty() else box.pad.to_png()
        self.signRequested.emit(box.role, box.person, png, refused, box.witness.text())
