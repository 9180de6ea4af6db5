"""The File menu's workspace care: 证书管理 (county), 核验文件 (also by dropping a file on
the window), 备份工作区 / 从备份恢复, 连接服务器 (county, on this computer), and the backup
reminder in the status bar."""

from __future__ import annotations

from collections.abc import Callable
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

    def server_refusal(self) -> str | None:
        """Why 连接服务器 is not offered for this workspace (None: it is)."""
        if self.ws.kind != "county":
            return self.tr("A field laptop's workspace stays on the laptop; only a county workspace can be kept on "
                           "the bureau's server.")
        if self.ws.on_server:
            return self.tr("This workspace's data is on the server already.")
        return None

    def connect_server(self, let_go: Callable[[], None]) -> None:
        """The dialog; when it closes, the window is rebuilt if it let go of its workspace
        (a move, even a failed one) or a new workspace was made (see gui/server_dialog.py)."""
        from greenmine_desktop.gui.server_dialog import ServerDialog

        dialog = ServerDialog(self.ws.folder, self.lang, let_go, self.window)
        dialog.finished.connect(lambda result: self._server_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _server_closed(self, dialog) -> None:
        folder = dialog.folder or (self.ws.folder if dialog.let_go_done else None)
        if folder is not None:
            self.openRequested.emit(folder)
