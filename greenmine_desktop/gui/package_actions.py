"""Packages from the menus: the county exports a team's assignment and imports return
packages (several at once, with progress); the field laptop opens assignments and exports
its results. The passphrase dialogs ask; the work runs as operations (gui/ops.py), so
signing, verifying and hashing photos never freeze the window. A wrong passphrase asks
again, keeping the team and the file already chosen.

The package services pull in pyHanko and cryptography (~0.5 s to import), so they are
imported when a package action is used, not when the window opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.file_dialogs import open_file, open_files
from greenmine_desktop.gui.jobs import Job, Report
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import UserError, text
from greenmine_desktop.services.inspector_register import inspector_names
from greenmine_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from greenmine_desktop.domain.draw_record import DrawRecord

ASK_AGAIN = 3  # a wrong passphrase is asked for again, this many times in all

ARRIVED = Changes(mines=True, inspectors=True, inspections=True, cases=True, documents=True, packages=True)


class PackageActions(QObject):
    def __init__(self, window: QMainWindow, ws: Workspace, lang: str, actor: str) -> None:
        super().__init__(window)
        self.window, self.ws, self.lang, self.actor = window, ws, lang, actor
        self.job: Job | None = None

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 30_000)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_sentence(exc, self.lang))

    def _passphrase(self, title: str) -> str | None:
        """The title says which key (the county root or the inspector's); it is the label
        too, as the small dialog's title bar cuts it short ("您的检查… 钥口令")."""
        value, ok = QInputDialog.getText(self.window, title, title, QLineEdit.EchoMode.Password)
        return value if ok else None

    def _with_passphrase(self, title: str, run: Callable[[str, Callable[[BaseException], None]], None],
                         tries: int = ASK_AGAIN) -> None:
        """Ask for a passphrase and ``run(passphrase, on_failure)``; a wrong one asks again."""
        passphrase = self._passphrase(title)
        if passphrase is None:
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError) and exc.code == "wrong_passphrase" and tries > 1:
                self._say(exc.message(self.lang))
                self._with_passphrase(title, run, tries - 1)
            else:
                self._failed(exc)

        run(passphrase, failed)

    # ------------------------------------------------------------------ county
    def choose_returns(self) -> None:
        paths = open_files(self.window, "return_packages", self.tr("Import return packages"),
                           self.tr("Return packages (*.gmreturn)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        from greenmine_desktop.services.returns import import_returns

        actor = self.actor
        self.job = run_op(self.window, self.ws.folder, self.lang, self.tr("Importing packages…"),
                          lambda ws, report: import_returns(ws, paths, actor, progress=report), ARRIVED,
                          self._imported, self._failed)

    def _imported(self, results: list) -> None:
        lines = [f"{r.path.name}：{text('package_' + r.result, self.lang)}"
                 + (f"（{r.problem.message(self.lang)}）" if r.problem else "") for r in results]
        self._say("；".join(lines))

    def choose_team_and_export(self, record: DrawRecord) -> None:
        names = inspector_names(self.ws)
        options = []
        for number, team in enumerate(record.teams(), start=1):
            count = len(record.mines_of(team))
            options.append(self.tr("Team %1: %2 (%3 mines)").replace("%1", str(number))
                           .replace("%2", "、".join(names.get(b, b) for b in team)).replace("%3", str(count)))
        choice, ok = QInputDialog.getItem(self.window, self.tr("Assignment package"), self.tr("Team:"), options, 0,
                                          False)
        if not ok:
            return
        team = str(options.index(choice) + 1)
        out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Assignment package"),
                                             str(self.ws.folder / "reports" / f"team-{team}.gmtask"),
                                             self.tr("Assignment packages (*.gmtask)"))
        if out:
            self._with_passphrase(self.tr("County root key"), lambda passphrase, failed: self.export_task(
                record.record_sha256, team, Path(out), passphrase, failed))

    def export_task(self, record_sha256: str, team: str, out: Path, passphrase: str,
                    on_failure: Callable[[BaseException], None] | None = None) -> None:
        actor = self.actor

        def work(ws: Workspace, report: Report) -> Path:
            # Imported here, on the job thread: the package and signing modules took the GUI
            # thread 0.3 s to import on the first export of a run.
            from greenmine_desktop.services.assignments import export_assignment

            return export_assignment(ws, record_sha256, team, out, passphrase, actor)

        self.job = run_op(self.window, self.ws.folder, self.lang, self.tr("Writing the assignment package…"), work,
                          Changes(packages=True),
                          lambda path: self._say(self.tr("Assignment package written to %1").replace("%1", str(path))),
                          on_failure or self._failed)

    # ------------------------------------------------------------------ field
    def choose_task(self) -> None:
        path = open_file(self.window, "assignment_packages", self.tr("Open an assignment package"),
                         self.tr("Assignment packages (*.gmtask)"))
        if path:
            self.open_task(path)

    def open_task(self, path: Path) -> None:
        from greenmine_desktop.services.assignments import open_assignment

        actor = self.actor
        self.job = run_op(self.window, self.ws.folder, self.lang, self.tr("Opening the assignment package…"),
                          lambda ws, report: open_assignment(ws, path, actor), ARRIVED,
                          lambda opened: self._say(text("package_opened" if opened else "package_already_opened",
                                                        self.lang, file=path.name)),
                          self._failed)

    def choose_return(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the return package"),
                                             str(self.ws.folder / "reports" / "results.gmreturn"),
                                             self.tr("Return packages (*.gmreturn)"))
        if out:
            self._with_passphrase(self.tr("Passphrase of your inspector key"),
                                  lambda passphrase, failed: self.export_results(Path(out), passphrase, failed))

    def export_results(self, out: Path, passphrase: str,
                       on_failure: Callable[[BaseException], None] | None = None) -> None:
        from greenmine_desktop.services.returns import export_return

        actor = self.actor
        self.job = run_op(self.window, self.ws.folder, self.lang, self.tr("Writing the return package…"),
                          lambda ws, report: export_return(ws, out, passphrase, actor), Changes(packages=True),
                          lambda path: self._say(self.tr("Return package written to %1").replace("%1", str(path))),
                          on_failure or self._failed)
