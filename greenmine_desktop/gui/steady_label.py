"""A label whose text changes often but whose size never does.

A label that may change size when its text changes (a count, on each filter keystroke)
asks its layout to lay out again, and the layout, up to the main window's, repaints every
widget in it: the filter's combos, the tab bar, the list a second time. A label fixed in
both directions asks for nothing (QLabel checks), so only the label itself is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def keep_size(label: QLabel, widest: str, margin: int = 0) -> None:
    """Fix ``label`` to the size of one line of ``widest`` (plus ``margin`` pixels wide),
    its text at the right."""
    label.setFixedSize(label.fontMetrics().horizontalAdvance(widest) + margin, label.sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
