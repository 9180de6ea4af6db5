"""Load the Qt Designer forms shipped in ui/ (translated through the installed translators)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from greenmine_desktop.assets import get_asset
from greenmine_desktop.gui.boundary_view import BoundaryView


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    loader = QUiLoader()
    loader.registerCustomWidget(BoundaryView)
    file = QFile(str(get_asset(f"ui/{name}.ui")))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name} not found")
    try:
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"form {name}: {loader.errorString()}")
    return form
