"""What the app remembers between runs: language, last workspace, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from greenmine_desktop.messages import DEFAULT_LANGUAGE, LANGUAGES
from greenmine_desktop.paths import login_name, settings_file


class Settings:
    """A thin typed wrapper over an INI file (never the Windows registry, so a
    portable copy and the tests keep their settings to themselves)."""

    def __init__(self, path: Path | None = None) -> None:
        self._q = QSettings(str(path or settings_file()), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def last_workspace(self) -> Path | None:
        value = self._q.value("workspace/last", "")
        return Path(str(value)) if value else None

    @last_workspace.setter
    def last_workspace(self, path: Path) -> None:
        self._q.setValue("workspace/last", str(path))

    @property
    def operator(self) -> str:
        """Who the audit log names for changes made in this app: the login name unless set."""
        return str(self._q.value("user/operator", "") or "") or login_name()

    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._q.value("window/geometry"), self._q.value("window/state")

    def save_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._q.value(f"window/splitter_{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self._q.setValue(f"window/splitter_{name}", state)

    def last_folder(self, purpose: str) -> Path | None:
        """The folder a file dialog for ``purpose`` last picked from (gui/file_dialogs.py)."""
        value = self._q.value(f"dialogs/{purpose}", "")
        return Path(str(value)) if value else None

    def set_last_folder(self, purpose: str, folder: Path) -> None:
        self._q.setValue(f"dialogs/{purpose}", str(folder))

    def sync(self) -> None:
        self._q.sync()
