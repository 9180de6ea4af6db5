"""A file dialog opens where the same kind of file was last picked, never in the install folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from greenmine_desktop.gui import file_dialogs
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's Documents folder, in the test's own folder (not made yet)."""
    folder = tmp_path / "Documents"
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def dialogs(monkeypatch):
    """QFileDialog answered by the test: records the folder each dialog opened in."""
    opened: list[str] = []
    answers: list[list[str]] = []

    def many(_parent, _title, folder, _filter=""):
        opened.append(folder)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", many)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ((many(*a)[0] or [""])[0], ""))
    return opened, answers


def test_each_purpose_starts_in_its_last_folder_and_first_in_documents(qtbot, demo_folder, private_home, tmp_path,
                                                                       dialogs, documents, monkeypatch):
    opened, answers = dialogs
    imported: list[list[Path]] = []
    ws = Workspace.open(demo_folder)
    window = show_window(qtbot, ws, private_home / "settings.ini")
    monkeypatch.setattr(window.packages, "import_files", imported.append)
    documents.mkdir()
    stick = tmp_path / "U盘" / "回传"
    stick.mkdir(parents=True)

    answers.append([str(stick / "a.gmreturn"), str(stick / "b.gmreturn")])
    window.packages.choose_returns()
    assert opened[-1] == str(documents), "the first time: the user's Documents, not the working directory"
    assert imported == [[stick / "a.gmreturn", stick / "b.gmreturn"]]

    answers.append([])  # cancelled
    window.packages.choose_returns()
    assert opened[-1] == str(stick), "the next time: where the packages came from"

    answers.append([])
    window.importer.choose_and_run()
    assert opened[-1] == str(documents), "another purpose keeps its own folder"

    stick.rename(tmp_path / "gone")  # the stick was pulled out
    answers.append([])
    window.packages.choose_returns()
    assert opened[-1] == str(documents)
    window.close()
    ws.close()


def test_without_a_documents_folder_the_home_folder(qtbot, dialogs, documents):
    opened, answers = dialogs
    answers.append([])
    assert file_dialogs.open_file(None, "photos", "t", "") is None
    assert opened == [str(Path.home())]
