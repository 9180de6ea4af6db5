"""核验文件: open or drop a PDF, an assignment or a return package and read who signed it,
when, whether it is intact and whether it chains to this county's root, and why not.
The check (services/file_check.py, the code behind ``greenmine verify``) runs as a job:
a return package with its photos takes a while to hash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.file_dialogs import open_file
from greenmine_desktop.gui.ops import run_op
from greenmine_desktop.store.workspace import Workspace

SUFFIXES = (".pdf", ".gmtask", ".gmreturn")


def checkable(paths: list[Path]) -> list[Path]:
    """The dropped files this dialog can check."""
    return [p for p in paths if p.suffix.lower() in SUFFIXES]


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    return checkable([Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]) if data.hasUrls() else []


class VerifyDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setWindowTitle(self.tr("Check a file"))
        self.setAcceptDrops(True)
        self.resize(640, 360)
        self.hint = QLabel(self.tr("Drop a signed PDF, an assignment package (.gmtask) or a return package "
                                   "(.gmreturn) here, or open one."), self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("border: 2px dashed #999; padding: 24px; color: #555")
        choose = QPushButton(self.tr("&Open a file…"), self)
        choose.clicked.connect(self.choose)
        self.file_label = QLabel(self)
        self.verdict = QLabel(self)
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(close)

    def choose(self) -> None:
        path = open_file(self, "checked_files", self.tr("Check a file"),
                         self.tr("Signed files (*.pdf *.gmtask *.gmreturn)"))
        if path:
            self.check(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.check(paths[0])

    def check(self, path: Path) -> None:
        from greenmine_desktop.services.file_check import check_file

        self.file_label.setText(str(path))
        self.verdict.setText(self.tr("Checking…"))
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.details.clear()

        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Checking %1…").replace("%1", path.name),
                          lambda ws, _report: check_file(ws, path), on_success=self._show, on_failure=self._failed)

    def _show(self, result) -> None:
        from greenmine_desktop.services.file_check import summary

        good = result.ok
        self.verdict.setText(self.tr("Genuine: intact and signed with this county's certificates") if good else
                             self.tr("Not trustworthy"))
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: %s" % ("#1b5e20" if good else "#b00020"))
        self.details.setText("\n".join(summary(result, self.lang)))

    def _failed(self, exc: BaseException) -> None:
        self.verdict.setText(self.tr("Not trustworthy"))
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b00020")
        self.details.setText(error_sentence(exc, self.lang))
