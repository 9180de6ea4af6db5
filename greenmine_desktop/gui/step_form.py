"""A small dated form for one recorded step (a follow-up step, a removal decision, a
publication): the date and whatever else the step needs. On OK the step runs as a job on
its own connection to the workspace, with what was entered read beforehand; a refusal is
shown in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.services.notices import CitationNeed
from greenmine_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Entered:
    """What the form holds when OK is pressed, for the step to use off the GUI thread."""

    on: date
    days: int
    working: bool
    choice: str
    agree: bool
    text: str
    citations: dict[str, str] = dataclass_field(default_factory=dict)


Step = Callable[[Workspace, Entered], object]


class StepForm(QDialog):
    """The date of a step and what else it needs; the step runs on OK as a job, and a
    refusal is shown in the form, which stays open. The wrapped sentences (the deadline,
    a refusal) sit below the form, not in its rows, and the dialog grows to fit them."""

    def __init__(self, parent: QWidget, reader: Workspace, lang: str, title: str, run: Step, text: str = "",
                 agree: str = "", days: bool = False, choices: list[tuple[str, str]] | None = None,
                 citations: Sequence[CitationNeed] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460 if citations else 380)
        self._folder, self._lang, self._run = reader.folder, lang, run
        column = QVBoxLayout(self)
        layout = QFormLayout()
        column.addLayout(layout)
        self.day = QDateEdit(QDate(clock.today()), self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        layout.addRow(self.tr("Date"), self.day)
        # Every field exists (the steps read them), but only the step's own are shown.
        self.days = QSpinBox(self, minimum=1, maximum=365, value=30)
        self.working = QCheckBox(self.tr("working days"), self)
        self.choice = QComboBox(self)
        for label, value in choices or []:
            self.choice.addItem(label, value)
        self.agree = QCheckBox(agree, self)
        self.text = QLineEdit(self)
        deadline = QHBoxLayout()
        deadline.addWidget(self.days)
        deadline.addWidget(self.working)
        for shown, label, field, widgets in (
                (days, self.tr("Deadline in"), deadline, (self.days, self.working)),
                (choices is not None, self.tr("Re-inspection"), self.choice, (self.choice,)),
                (bool(agree), "", self.agree, (self.agree,)), (bool(text), text, self.text, (self.text,))):
            if shown:
                layout.addRow(label, field)
            else:
                for widget in widgets:
                    widget.hide()
        self.citations = add_citation_fields(self, column, citations)
        self.preview = DeadlinePreview(reader, self) if days else None
        if self.preview:
            column.addWidget(self.preview)
            for changed in (self.day.dateChanged, self.days.valueChanged, self.working.toggled):
                changed.connect(self._preview)
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        column.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._preview()

    def _preview(self) -> None:
        if self.preview:
            self.preview.show_for(self.day.date().toPython(), self.days.value(), self.working.isChecked())
            self.adjustSize()  # a window does not grow by itself when a label's text gets longer

    def say(self, sentence: str) -> None:
        """Show why the step was refused, the dialog grown to the wrapped sentence."""
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))
        self.adjustSize()

    def entered(self) -> Entered:
        return Entered(self.day.date().toPython(), self.days.value(), self.working.isChecked(),
                       self.choice.currentData() or "", self.agree.isChecked(), self.text.text(),
                       {item_id: line.text() for item_id, line in self.citations.items()})

    def _ok(self) -> None:
        run, entered = self._run, self.entered()
        self.say("")
        self.job = run_op(self, self._folder, self._lang, self.windowTitle(), lambda ws, _report: run(ws, entered),
                          Changes(cases=True, documents=True), lambda _: self.accept(),
                          lambda exc: self.say(error_sentence(exc, self._lang)))
