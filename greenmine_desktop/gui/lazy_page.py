"""A tab whose real page is built the first time it is shown.

Start-up paints the mine register first; pages that pull in heavy modules (the checklist
models import pydantic, ~0.1 s) are made when someone opens them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build(self)
            self._layout.addWidget(self._page)
            self._page.show()  # now, not at the layout's queued show: shortcuts need it visible
        return self._page

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.page  # noqa: B018 - building is the point
        super().showEvent(event)
