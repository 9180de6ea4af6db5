"""The fields in which the clerk confirms or writes the rule each finding breaks, for the
findings whose checklist item has no confirmed citation (issue 19). Both places that issue
a notice show them: the inspection's notice dialog and the 整改跟踪 step form, so a clerk
is never told to confirm a rule in a dialog that has nowhere to write it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from greenmine_desktop.services.notices import CitationNeed


def add_citation_fields(parent: QWidget, layout: QVBoxLayout, needs: Sequence[CitationNeed]) -> dict[str, QLineEdit]:
    """One field per finding, filled with the proposed rule, by item id. The wrapped
    sentences sit in the column, not in form rows, where they were clipped to one line."""
    fields: dict[str, QLineEdit] = {}
    if not needs:
        return fields
    intro = QLabel(QCoreApplication.translate(
        "CitationFields", "These findings cite no confirmed rule yet. Check the proposed rule against the "
        "published text, then confirm or rewrite it:"), parent)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = QFormLayout()
    layout.addLayout(form)
    for need in needs:
        field = QLineEdit(need.proposed, parent)
        field.setCursorPosition(0)  # the document's title first, not the end of a long citation
        field.setPlaceholderText(QCoreApplication.translate("CitationFields",
                                                            "Document in 《》 and its article or clause"))
        field.setToolTip(need.note)
        label = QLabel(need.text, parent)
        label.setWordWrap(True)
        form.addRow(label, field)
        fields[need.item_id] = field
    return fields
