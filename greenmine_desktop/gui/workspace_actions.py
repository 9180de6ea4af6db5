"""The File menu's workspace care: 证书管理 (county), 核验文件 (also by dropping a file on
the window), 备份工作区 / 从备份恢复, and the backup reminder in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from greenmine_desktop.store.workspace import Workspace


class WorkspaceActions(QObject):
    #: A restored workspace the user chose to open now.
    openRequested = Signal(object)

    def __init__(self, window: QMainWindow, ws: Workspace, lang: str, actor: str) -> None:
        super().__init__(window)
        self.window, self.ws, self.lang, self.actor = window, ws, lang, actor
        self.dialog = None
        self.reminder = QLabel(window)
        self.reminder.setStyleSheet("color: #a15c00")
        window.statusBar().addPermanentWidget(self.reminder)

    def show_reminder(self) -> None:
        """Called by the window once it is painted (its query need not delay the first paint)."""
        from greenmine_desktop.services.backup import backup_reminder

        due = backup_reminder(self.ws)
        self.reminder.setText(due.message(self.lang) if due else "")

    def certificates(self) -> None:
        from greenmine_desktop.gui.certificate_dialog import CertificateDialog

        self.dialog = CertificateDialog(self.ws, self.lang, self.actor, self.window)
        self.dialog.open()

    def check_file(self, path: Path | None = None) -> None:
        from greenmine_desktop.gui.verify_dialog import VerifyDialog

        self.dialog = VerifyDialog(self.ws, self.lang, self.window)
        self.dialog.open()
        if path is not None:
            self.dialog.check(path)

    def back_up(self) -> None:
        from greenmine_desktop.gui.backup_dialogs import BackupDialog

        dialog = BackupDialog(self.ws, self.lang, self.actor, self.window)
        dialog.accepted.connect(lambda: self._backed_up(dialog.result_text))
        self.dialog = dialog
        dialog.open()

    def _backed_up(self, message: str) -> None:
        self.show_reminder()
        self.window.statusBar().showMessage(message, 30_000)

    def restore(self) -> None:
        from greenmine_desktop.gui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.lang, self.ws.folder.parent, self.window)
        dialog.accepted.connect(lambda: self._restored(dialog.restored, dialog.result_text))
        self.dialog = dialog
        dialog.open()

    def _restored(self, folder: Path | None, message: str) -> None:
        self.window.statusBar().showMessage(message, 30_000)
        if folder is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "GreenMine", message + "\n\n" + self.tr(
            "Open the restored workspace now?"), QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self.window)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(lambda: self.openRequested.emit(folder))
        self.dialog = box
        box.open()
