"""Setting up this computer: a new county workspace, or a field laptop from the two files
the county hands out (the assignment package and the inspector's certificate file, the
checks of ``greenmine package open``). The first start offers them with 打开已有工作区
and 演示; each dialog leaves the new workspace's folder in :attr:`folder`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.job_form import ERROR_STYLE, JobFormDialog, file_row, folder_row
from greenmine_desktop.gui.jobs import run_job


def default_home() -> Path:
    """Where new workspaces go unless the user says otherwise: ~/GreenMine."""
    return Path.home() / "GreenMine"


class CountyFields(QObject):
    """The rows of a new county workspace in a form: the county, its six-digit area code,
    the bureau (whose usual name follows the county's until the clerk types their own)
    and the folder; both set-up dialogs (on this computer, on the server) have them."""

    def __init__(self, dialog: JobFormDialog, default_folder: Path) -> None:
        super().__init__(dialog)
        self.county = QLineEdit(dialog)
        self.county.setPlaceholderText(self.tr("for example 青岚县"))
        self.code = QLineEdit(dialog)
        self.code.setPlaceholderText(self.tr("six digits, optional"))
        self.code.setMaxLength(6)
        self.bureau = QLineEdit(dialog)
        self.bureau.setPlaceholderText(self.tr("for example 青岚县自然资源局"))
        self.target = QLineEdit(str(default_folder), dialog)
        self.county.textChanged.connect(self._suggest)
        first = dialog.form.rowCount()
        dialog.form.addRow(self.tr("&County"), self.county)
        dialog.form.addRow(self.tr("Area c&ode"), self.code)
        dialog.form.addRow(self.tr("&Bureau"), self.bureau)
        dialog.add_field(self.tr("&Folder"), self.target,
                         folder_row(dialog, self.tr("Workspace folder"), self.target, self.tr("C&hoose…")))
        self.rows = range(first, dialog.form.rowCount())

    def _suggest(self, county: str) -> None:
        if not self.bureau.isModified():
            self.bureau.setText(f"{county.strip()}自然资源局" if county.strip() else "")

    def values(self) -> tuple[Path, str, str, str]:
        """The folder, the county, the bureau and the area code, as typed."""
        return Path(self.target.text().strip()), self.county.text(), self.bureau.text(), self.code.text()


class CountySetupDialog(JobFormDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("New county workspace"))
        intro = QLabel(self.tr("The county office's workspace: registers, draws, packages out and in, notices. Next, "
                               "import the mine and inspector registers and set up the root certificate "
                               "(File → Certificates)."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.fields = CountyFields(self, default_home() / "县局")
        self.finish_form(self.tr("Create"))

    def start(self) -> None:
        from greenmine_desktop.services.county_setup import create_county_workspace

        target, county, bureau, code = self.fields.values()
        self.run(self.tr("Creating the workspace…"),
                 lambda report: create_county_workspace(target, county, bureau, code), self._made)

    def _made(self, folder: Path) -> None:
        self.folder = folder


class FieldSetupDialog(JobFormDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("Set up this laptop for an inspection team"))
        intro = QLabel(self.tr("The county gives each team an assignment package (.gmtask) and each inspector a "
                               "certificate file (.p12) with its passphrase. Both are checked before anything is "
                               "made: the package must be signed by the county that issued the certificate, and "
                               "the certificate's holder must be on the team."), self)
        intro.setWordWrap(True)
        self.task = QLineEdit(self)
        self.p12 = QLineEdit(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.target = QLineEdit(str(default_home() / "检查组"), self)
        self.form.addRow(intro)
        self.add_field(self.tr("&Assignment package"), self.task, file_row(
            self, self.windowTitle(), self.task, self.tr("&Choose…"), self.tr("Assignment packages (*.gmtask)")))
        self.add_field(self.tr("C&ertificate file"), self.p12, file_row(
            self, self.windowTitle(), self.p12, self.tr("Ch&oose…"), self.tr("Certificate files (*.p12)")))
        self.form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.add_field(self.tr("&Folder"), self.target,
                       folder_row(self, self.tr("Workspace folder"), self.target, self.tr("C&hoose…")))
        self.finish_form(self.tr("Set up"))

    def start(self) -> None:
        from greenmine_desktop.services.field_setup import set_up_field_laptop

        target, task, p12, passphrase = (Path(self.target.text().strip()), Path(self.task.text().strip()),
                                         Path(self.p12.text().strip()), self.passphrase.text())
        self.run(self.tr("Checking the files and setting up…"),
                 lambda report: set_up_field_laptop(target, task, p12, passphrase), self._made)

    def _made(self, folder: Path) -> None:
        self.folder = folder


class FirstStartDialog(QDialog):
    """No workspace yet: what is this computer for? :attr:`folder` is the one to open."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.folder: Path | None = None
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Welcome to GreenMine"))
        self.setMinimumWidth(560)
        title = QLabel(self.tr("<h3>What is this computer for?</h3>"), self)
        self.county_button = QCommandLinkButton(
            self.tr("County office (new county workspace)"),
            self.tr("Registers, draws, assignment packages out and results in, notices, statistics"), self)
        self.field_button = QCommandLinkButton(
            self.tr("Inspection team (set up this computer with an assignment package and a certificate file)"),
            self.tr("Inspections offline, photos, signatures, the return package"), self)
        self.open_button = QCommandLinkButton(self.tr("Open a workspace"),
                                              self.tr("A workspace folder on this computer or a restored backup"), self)
        self.demo_button = QCommandLinkButton(self.tr("Demo"), self.tr("A made-up county with a year of spot checks, "
                                                                       "to look around"), self)
        self.county_button.clicked.connect(lambda: self._set_up(CountySetupDialog(self.lang, self)))
        self.field_button.clicked.connect(lambda: self._set_up(FieldSetupDialog(self.lang, self)))
        self.open_button.clicked.connect(self.choose_existing)
        self.demo_button.clicked.connect(self.open_demo)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        for button in (self.county_button, self.field_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self.error)

    def _set_up(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.accepted.connect(lambda: self._chosen(getattr(dialog, "folder", None)))
        dialog.open()

    def _chosen(self, folder: Path | None) -> None:
        if folder is not None:
            self.folder = folder
            self.accept()

    def choose_existing(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a workspace"), str(default_home()))
        if chosen:
            self._chosen(Path(chosen))

    def open_demo(self) -> None:
        from greenmine_desktop.paths import demo_root
        from greenmine_desktop.services.demo_loop import ensure_demo

        self.demo_button.setEnabled(False)
        self.job = run_job(self, self.tr("Making the demo county…"), lambda report: ensure_demo(demo_root()),
                           self._chosen, self._demo_failed)

    def _demo_failed(self, exc: BaseException) -> None:
        self.demo_button.setEnabled(True)
        self.error.setText(error_sentence(exc, self.lang))
