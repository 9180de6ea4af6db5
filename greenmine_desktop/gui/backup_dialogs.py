"""备份工作区 / 从备份恢复 from the File menu: the folder the clerk picks, the reminder
interval, and the work (services/backup.py) as a cancellable job."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from greenmine_desktop import clock
from greenmine_desktop.gui.job_form import JobFormDialog, folder_row
from greenmine_desktop.gui.jobs import Report
from greenmine_desktop.messages import text
from greenmine_desktop.services.backup import backup_every_days, last_backup, set_backup_every_days
from greenmine_desktop.store.workspace import Workspace


class BackupDialog(JobFormDialog):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.setWindowTitle(self.tr("Back up the workspace"))
        self.result_text = ""
        self.ws, self.actor = ws, actor
        last = last_backup(ws)
        when = (datetime.fromisoformat(last[0]).astimezone().strftime("%Y-%m-%d %H:%M") + f"（{last[1]}）"
                if last else self.tr("never"))
        intro = QLabel(self.tr("A copy of the database, photos, reports and keys, checked after writing. Choose an "
                               "empty folder on another disk or a USB stick, and keep it locked away: it holds "
                               "the county's root key (locked by its passphrase)."), self)
        intro.setWordWrap(True)
        stamp = clock.now().strftime("%Y%m%d-%H%M")
        self.folder = QLineEdit(str(ws.folder.parent / f"{ws.folder.name}-备份-{stamp}"), self)
        self.every = QSpinBox(self)
        self.every.setRange(1, 365)
        self.every.setValue(backup_every_days(ws))
        self.every.setSuffix(self.tr(" days"))
        self.form.addRow(intro)
        self.form.addRow(self.tr("Last backup"), QLabel(when, self))
        self.add_field(self.tr("Back up &into"), self.folder,
                       folder_row(self, self.tr("Backup folder"), self.folder, self.tr("&Choose…")))
        self.form.addRow(self.tr("&Remind me after"), self.every)
        self.finish_form(self.tr("Back up"))

    def start(self) -> None:
        from greenmine_desktop.services.backup import backup_workspace

        every = self.every.value() if self.every.value() != backup_every_days(self.ws) else None
        out, actor = Path(self.folder.text().strip()), self.actor

        def work(ws: Workspace, report: Report):
            if every is not None:  # the dialog's connection only reads
                set_backup_every_days(ws, every)
            return backup_workspace(ws, out, report, actor)

        def done(result) -> None:
            self.result_text = text("backup_done", self.lang, path=result.folder, files=result.files)

        self.operate(self.ws.folder, self.tr("Backing up…"), work, done)


class RestoreDialog(JobFormDialog):
    """Restore into an empty folder; :attr:`restored` is the new workspace folder."""

    def __init__(self, lang: str, start_in: Path, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.restored: Path | None = None
        self.result_text = ""
        intro = QLabel(self.tr("The backup is checked file by file, then copied into an empty folder and checked "
                               "again. Nothing existing is overwritten."), self)
        intro.setWordWrap(True)
        self.backup = QLineEdit(self)
        self.target = QLineEdit(str(start_in / "恢复的工作区"), self)
        self.form.addRow(intro)
        self.add_field(self.tr("&Backup folder"), self.backup,
                       folder_row(self, self.tr("Backup folder"), self.backup, self.tr("&Choose…")))
        self.add_field(self.tr("Restore &into"), self.target,
                       folder_row(self, self.tr("An empty folder"), self.target, self.tr("C&hoose…")))
        self.finish_form(self.tr("Restore"))

    def start(self) -> None:
        from greenmine_desktop.services.backup import restore_workspace

        backup, target = Path(self.backup.text().strip()), Path(self.target.text().strip())

        def done(path) -> None:
            self.restored = path
            self.result_text = text("restore_done", self.lang, path=path)

        self.run(self.tr("Restoring…"), lambda report: restore_workspace(backup, target, report), done)
