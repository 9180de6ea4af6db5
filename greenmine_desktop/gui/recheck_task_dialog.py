"""派复查任务: a re-inspection package for one rectification case, assigned directly to a
team the clerk ticks (not drawn). Written as a job (signing with the county root key);
a refusal (a team of one, an inspector who must avoid the mine, a wrong passphrase)
is shown in the dialog, which stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain.follow_up import FollowUp
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.services.inspector_register import list_inspectors
from greenmine_desktop.store.workspace import Workspace


class RecheckTaskDialog(QDialog):
    def __init__(self, parent: QWidget, ws: Workspace, case: FollowUp, lang: str, actor: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-inspection package: %1").replace("%1", case.mine_name))
        self.setMinimumWidth(460)
        self._folder, self._case_id, self._lang, self._actor = ws.folder, case.id, lang, actor
        self.team = QListWidget(self)
        for person in list_inspectors(ws):
            if person.active:
                item = QListWidgetItem(f"{person.name}（{person.badge_no}，{person.unit}）", self.team)
                item.setData(Qt.ItemDataRole.UserRole, person.badge_no)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.path = QLineEdit(str(ws.folder / "reports" / f"复查-{case.mine_licence}-{clock.today()}.gmtask"), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Team (two or more)"), self.team)
        layout.addRow(self.tr("Package file"), where)
        layout.addRow(self.tr("County root key passphrase"), self.passphrase)
        layout.addRow(self.error)
        layout.addRow(buttons)
        self.written: Path | None = None

    def ticked(self) -> list[str]:
        return [self.team.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.team.count())
                if self.team.item(row).checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              self.tr("Assignment packages (*.gmtask)"))
        if name:
            self.path.setText(name)

    def _ok(self) -> None:
        from greenmine_desktop.services.assignments import export_recheck

        folder, case_id, badges, actor = self._folder, self._case_id, self.ticked(), self._actor
        out, passphrase = Path(self.path.text()), self.passphrase.text()

        def done(path: Path) -> None:
            self.written = path
            self.accept()

        self.error.clear()
        self.job = run_op(self, folder, self._lang, self.windowTitle(),
                          lambda ws, _report: export_recheck(ws, case_id, badges, out, passphrase, actor),
                          Changes(packages=True), done, lambda exc: self.error.setText(error_sentence(exc, self._lang)))
