"""A new passphrase, typed twice, with its strength shown as the keeper types (zxcvbn:
common passwords, keyboard walks, dates and repeats count for little)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from greenmine_desktop.services.keys import MIN_PASSPHRASE

GOOD_ENOUGH = 2  # zxcvbn's score from 0 to 4: 2 means a guess needs about 10⁸ tries online, far more offline


def strength(passphrase: str) -> int:
    """zxcvbn's score (0–4); 0 below the minimum length."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    from zxcvbn import zxcvbn  # 80 ms to import its word lists: only once a passphrase is typed

    return int(zxcvbn(passphrase[:100])["score"])


class NewPassphrase(QWidget):
    """Two password fields and a strength bar; :attr:`value` is set only when both agree
    and the passphrase is strong enough."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.verdict = QLabel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        form.addRow(self.tr("Strength"), self.bar)
        form.addRow("", self.verdict)
        self._update()

    @property
    def value(self) -> str | None:
        text = self.first.text()
        return text if text == self.second.text() and strength(text) >= GOOD_ENOUGH else None

    def _update(self) -> None:
        text = self.first.text()
        score = strength(text)
        self.bar.setValue(score)
        colour = ("#b00020", "#b00020", "#e69500", "#1b5e20", "#1b5e20")[score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour} }}")
        if len(text) < MIN_PASSPHRASE:
            verdict = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        elif score < GOOD_ENOUGH:
            verdict = self.tr("Too easy to guess: use a longer phrase, not a word, date or keyboard row.")
        elif text != self.second.text():
            verdict = self.tr("Type the same passphrase again.")
        else:
            verdict = {2: self.tr("Fair"), 3: self.tr("Strong")}.get(score, self.tr("Very strong"))
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet("" if self.value is not None else "color: #b00020")
        self.changed.emit()
