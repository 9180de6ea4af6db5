"""Packages from the menus: the county exports a team's assignment and imports return
packages (several at once, with progress); the field laptop opens assignments and exports
its results. The passphrase dialogs ask; the work runs in the background.

The package services pull in pyHanko and cryptography (~0.5 s to import), so they are
imported when a package action is used, not when the window opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.jobs import run_job
from greenmine_desktop.messages import text
from greenmine_desktop.store.workspace import Workspace


class PackageActions(QObject):
    def __init__(self, window: QMainWindow, ws: Workspace, lang: str, actor: str, done: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.ws, self.lang, self.actor, self.done = window, ws, lang, actor, done

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 30_000)
        self.done()

    def _failed(self, exc: BaseException) -> None:
        self._say(error_sentence(exc, self.lang))

    def _passphrase(self, title: str) -> str | None:
        value, ok = QInputDialog.getText(self.window, title, self.tr("Passphrase:"), QLineEdit.EchoMode.Password)
        return value if ok else None

    # ------------------------------------------------------------------ county
    def choose_returns(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import return packages"), "",
                                                self.tr("Return packages (*.gmreturn)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        from greenmine_desktop.services.returns import import_returns

        folder, actor = self.ws.folder, self.actor

        def work(report):
            with Workspace.open(folder) as ws:
                return import_returns(ws, paths, actor, progress=report)

        self.job = run_job(self.window, self.tr("Importing packages…"), work, self._imported, self._failed)

    def _imported(self, results: list) -> None:
        lines = [f"{r.path.name}：{text('package_' + r.result, self.lang)}"
                 + (f"（{r.problem.message(self.lang)}）" if r.problem else "") for r in results]
        self._say("；".join(lines))

    def choose_team_and_export(self, record: dict) -> None:
        from greenmine_desktop.services.assignments import teams

        names = dict(self.ws.conn.execute("SELECT badge_no, name FROM inspector"))
        options = []
        for number, team in enumerate(teams(record), start=1):
            count = sum(1 for r in record["result"] if tuple(r["team"]) == team)
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
        passphrase = self._passphrase(self.tr("County root key")) if out else None
        if out and passphrase is not None:
            self.export_task(record["record_sha256"], team, Path(out), passphrase)

    def export_task(self, record_sha256: str, team: str, out: Path, passphrase: str) -> None:
        from greenmine_desktop.services.assignments import export_assignment

        try:
            path = export_assignment(self.ws, record_sha256, team, out, passphrase, self.actor)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, logged when unexpected
            self._failed(exc)
            return
        self._say(self.tr("Assignment package written to %1").replace("%1", str(path)))

    # ------------------------------------------------------------------ field
    def choose_task(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open an assignment package"), "",
                                              self.tr("Assignment packages (*.gmtask)"))
        if path:
            self.open_task(Path(path))

    def open_task(self, path: Path) -> None:
        from greenmine_desktop.services.assignments import open_assignment

        try:
            opened = open_assignment(self.ws, path, self.actor)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._say(text("package_opened" if opened else "package_already_opened", self.lang, file=path.name))

    def choose_return(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the return package"),
                                             str(self.ws.folder / "reports" / "results.gmreturn"),
                                             self.tr("Return packages (*.gmreturn)"))
        passphrase = self._passphrase(self.tr("Your certificate file")) if out else None
        if out and passphrase is not None:
            self.export_results(Path(out), passphrase)

    def export_results(self, out: Path, passphrase: str) -> None:
        from greenmine_desktop.services.returns import export_return

        folder, actor = self.ws.folder, self.actor

        def work(report):
            with Workspace.open(folder) as ws:
                return export_return(ws, out, passphrase, actor)

        self.job = run_job(self.window, self.tr("Writing the return package…"), work,
                           lambda path: self._say(self.tr("Return package written to %1").replace("%1", str(path))),
                           self._failed)
