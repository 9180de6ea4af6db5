"""Build the Qt Designer forms of ui/ from their compiled code (gui/generated/), their
strings translated through the installed translators."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class CompiledForm(Protocol):
    """What pyside6-uic makes of a form: a class whose ``setupUi`` fills a widget."""

    def setupUi(self, form: QWidget) -> None: ...  # noqa: N802 - uic's name


def load_form(form_class: type[CompiledForm], parent: QWidget | None = None) -> QWidget:
    """A widget holding the form; its parts are found by their Designer names (``findChild``)."""
    form = QWidget(parent)
    form_class().setupUi(form)
    return form
