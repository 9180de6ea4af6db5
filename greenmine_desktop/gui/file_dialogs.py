"""Where a file dialog opens: the folder last used for the same purpose.

Given no folder, Qt opens its dialogs in the process's working directory: for an app
started from the Start menu or a desktop icon that is its install folder, so a clerk
importing return packages from a USB stick began every time in ``C:\\Program Files``.
Each purpose (photos, return packages, registers, …) remembers its own last folder in
the settings file; the first time it is the user's Documents folder (their home folder if it has none).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from greenmine_desktop.gui.settings import Settings


def start_folder(purpose: str) -> str:
    folder = Settings().last_folder(purpose)
    if folder is not None and folder.is_dir():
        return str(folder)
    documents = documents_folder()
    return str(documents) if documents.is_dir() else str(Path.home())


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _remember(purpose: str, chosen: str) -> None:
    settings = Settings()
    settings.set_last_folder(purpose, Path(chosen).parent)
    settings.sync()


def open_file(parent: QWidget, purpose: str, title: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(purpose), file_filter)
    if not path:
        return None
    _remember(purpose, path)
    return Path(path)


def open_files(parent: QWidget, purpose: str, title: str, file_filter: str) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(purpose), file_filter)
    if paths:
        _remember(purpose, paths[0])
    return [Path(p) for p in paths]
