"""One checklist item on screen, answered with the keyboard alone.

Pass/fail and choice items take a digit (1 符合, 2 不符合, … 0 不适用) and move on;
points, numbers and text take a value and Enter. The form never writes: it emits
``answered``; the inspection view shows the answer at once and has the job thread write
it (gui/inspection_view.py), while the inspector goes on to the next item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.domain.checklist import Item, Kind, Threshold
from greenmine_desktop.domain.scoring import NA, Answer


class ItemForm(QWidget):
    answered = Signal(str, object)  # item id, value (None clears)
    noteEdited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("color: #555")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.answer_row = QHBoxLayout()
        self.value = QLineEdit(self)
        self.value.returnPressed.connect(self._submit_value)
        self.points = QDoubleSpinBox(self)
        self.points.setDecimals(1)
        self.points.setSingleStep(0.5)
        self.points.lineEdit().returnPressed.connect(self._submit_value)
        self.points.installEventFilter(self)  # PgUp/PgDn move between items, not 10 points
        self.unit = QLabel(self)
        for field in self._answer_fields():  # shown only in the answer row of an item that takes them:
            field.hide()  # outside the row they sat on the heading ("0.0" on pass/fail items, a blank box)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (what was seen, where)"))
        self.note.editingFinished.connect(self.commit_note)
        self.current = QLabel(self)
        self.photos = QLabel(self)
        self.photos.setStyleSheet("color: #555")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.hint = QLabel(self.tr("PgDn next · PgUp previous · Ctrl+U next unanswered"), self)
        self.hint.setStyleSheet("color: #777")

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.text, self.how, self.rule):
            layout.addWidget(widget)
        layout.addLayout(self.answer_row)
        layout.addWidget(self.current)
        layout.addWidget(self.photos)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("&Note"), self, buddy=self.note))
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.buttons: list[tuple[str, Answer, QPushButton]] = []

    # ------------------------------------------------------------------ showing
    def show_item(self, item: Item, heading: str, answer: Answer | None, note: str,
                  threshold: Threshold | None, current: str) -> None:
        self.item = item
        self.heading.setText(heading)
        self.text.setText(item.text)
        self.how.setText(self.tr("How: %1").replace("%1", item.how) if item.how else "")
        self.rule.setText(self._rule_text(item, threshold))
        self.error.clear()
        self.note.setText(note)
        self.current.setText(current)
        self._build_answer(item, answer)

    def _rule_text(self, item: Item, threshold: Threshold | None) -> str:
        parts = []
        if item.points is not None:
            parts.append(self.tr("Up to %1 points").replace("%1", f"{item.points:g}"))
        rule = threshold or item.threshold
        if rule is not None:
            if rule.rule == "between":
                parts.append(f"{rule.low:g} – {rule.high:g} {item.unit}")
            elif rule.value is not None:
                parts.append(f"{'≥' if rule.rule == 'ge' else '≤'} {rule.value:g} {item.unit}")
            else:
                parts.append(self.tr("No minimum for this mineral: the value is recorded"))
        if item.veto:
            parts.append(self.tr("Prerequisite: failing it fails the inspection"))
        if item.min_photos:
            parts.append(self.tr("%n photo(s) as evidence", "", item.min_photos))
        return " · ".join(parts)

    def _answer_fields(self) -> tuple[QWidget, ...]:
        """The answer widgets kept from item to item (the buttons are made anew)."""
        return (self.value, self.points, self.unit)

    def _clear_answer_row(self) -> None:
        while self.answer_row.count():
            widget = self.answer_row.takeAt(0).widget()
            if widget is None:
                continue
            widget.hide()  # at once: deletion waits for the event loop
            if widget not in self._answer_fields():
                widget.deleteLater()
        for field in self._answer_fields():
            field.hide()
        self.buttons = []

    def _build_answer(self, item: Item, answer: Answer | None) -> None:
        self._clear_answer_row()
        if item.kind in (Kind.pass_fail, Kind.choice):
            options: list[tuple[str, Answer]] = (
                [(self.tr("Meets"), "pass"), (self.tr("Fails"), "fail")] if item.kind == Kind.pass_fail
                else [(o.label, o.id) for o in item.options])
            for key, (label, value) in enumerate(options, start=1):
                self._add_button(str(key), label, value, answer)
            if item.allow_na:
                self._add_button("0", self.tr("Not applicable"), NA, answer)
            self.setFocus()
            return
        field = self.points if item.kind == Kind.points else self.value
        if item.kind == Kind.points:
            self.points.setRange(0, item.points or 0)
            self.points.setValue(float(answer) if isinstance(answer, int | float) else item.points or 0)
        else:
            self.value.setValidator(QDoubleValidator(self.value) if item.kind == Kind.number else None)
            self.value.setText("" if answer is None or answer == NA and item.kind != Kind.text else str(answer))
        self.answer_row.addWidget(field)
        field.show()
        if item.kind == Kind.number:
            self.unit.setText(item.unit)
            self.answer_row.addWidget(self.unit)
            self.unit.show()
        if item.allow_na:
            self._add_button("0", self.tr("Not applicable"), NA, answer, shortcut=False)
        self.answer_row.addStretch(1)
        field.setFocus()
        (self.points.lineEdit() if field is self.points else self.value).selectAll()

    def _add_button(self, key: str, label: str, value: Answer, answer: Answer | None, shortcut: bool = True) -> None:
        button = QPushButton(f"{key}  {label}" if shortcut else label, self)
        button.setCheckable(True)
        button.setChecked(answer == value)
        button.setMinimumHeight(40)
        button.clicked.connect(lambda _=False, v=value: self._emit(v))
        self.answer_row.addWidget(button)
        self.buttons.append((key if shortcut else "", value, button))

    # ------------------------------------------------------------------ answering
    def _emit(self, value: Answer | None) -> None:
        if self.item is not None:
            self.answered.emit(self.item.id, value)

    def _submit_value(self) -> None:
        if self.item is None:
            return
        if self.item.kind == Kind.points:
            self._emit(self.points.value())
            return
        raw = self.value.text().strip()
        if self.item.kind == Kind.text:
            self._emit(raw or None)
            return
        try:
            self._emit(float(raw.replace(",", ".")) if raw else None)
        except ValueError:
            self.error.setText(self.tr("Enter a number."))

    def commit_note(self) -> None:
        """Hand on the typed note (Enter, leaving the field, or moving to another item)."""
        if self.item is not None:
            self.noteEdited.emit(self.item.id, self.note.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Keep the spin box from claiming PgUp/PgDn, so the item shortcuts get them."""
        if (event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        for key, value, _button in self.buttons:
            if key and event.text() == key:
                self._emit(value)
                return
        super().keyPressEvent(event)
