"""A small form dialog whose one action runs as a job (set-up, backup, restore): the
fields, a line for the error sentence, and OK/Cancel; it closes when the work is done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.jobs import Report, run_job
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.store.workspace import Workspace

ERROR_STYLE = "color: #b00020"


def buddy_label(parent: QWidget, text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic (``&x``) moves the focus to ``field``: QFormLayout does
    that by itself only when the field is a widget, not a row of them."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def chooser_row(parent: QWidget, line: QLineEdit, label: str, ask: Callable[[str], str]) -> QHBoxLayout:
    """A path field with a button that asks for the path (``ask`` gets the current text
    and returns the chosen path, empty when the user cancelled)."""
    browse = QPushButton(label, parent)

    def choose() -> None:
        chosen = ask(line.text())
        if chosen:
            line.setText(chosen)

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(line, 1)
    row.addWidget(browse)
    return row


def folder_row(parent: QWidget, title: str, line: QLineEdit, label: str) -> QHBoxLayout:
    return chooser_row(parent, line, label, lambda current: QFileDialog.getExistingDirectory(parent, title, current))


def file_row(parent: QWidget, title: str, line: QLineEdit, label: str, file_filter: str,
             save: bool = False) -> QHBoxLayout:
    ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    return chooser_row(parent, line, label, lambda current: ask(parent, title, current, file_filter)[0])


class JobFormDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setMinimumWidth(640)  # the height follows the wrapped texts
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, text: str, field: QWidget, row: QHBoxLayout) -> None:
        """A labelled row of widgets (a field and its Choose… button)."""
        self.form.addRow(buddy_label(self, text, field), row)

    def finish_form(self, action: str) -> None:
        """Call after the fields: the error line and the buttons go last."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def start(self) -> None:
        """Read the fields and :meth:`run` the work (each dialog says what)."""
        raise NotImplementedError

    def run(self, label: str, work: Callable[[Report], Any], done: Callable[[Any], None]) -> None:
        """Work that needs no workspace of the window's (a restore into a new folder)."""
        self.job = run_job(self, label, work, *self._outcome(done))

    def operate(self, folder: Path, label: str, work: Callable[[Workspace, Report], Any],
                done: Callable[[Any], None]) -> None:
        """Work on the workspace ``folder``, as an operation on its writer connection (it
        changes nothing a view lists)."""
        self.job = run_op(self, folder, self.lang, label, work, Changes(), *self._outcome(done))

    def _outcome(self, done: Callable[[Any], None]) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """The form waits while the work runs; success closes it, a failure says why in it."""
        self.error.clear()
        self.buttons.setEnabled(False)

        def succeeded(result: Any) -> None:
            done(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(error_sentence(exc, self.lang))

        return succeeded, failed
