"""文件 → 连接服务器 (issue 22): a county workspace's data on the bureau's PostgreSQL server.

Two choices, the GUI's faces of two commands: move the open SQLite county workspace onto
the server (``greenmine workspace move``), or make a new county workspace folder whose
data is there (``greenmine server init --workspace``). The server is named by host, port,
database and user, or by a libpq service name; the connection string built from them
never holds the password. A password typed here goes to libpq apart from the string: for
this session only, or kept in the system keyring when 记住密码 is ticked (disabled, saying
why, where there is no keyring). 测试连接 and the work itself run on the job thread.

A move replaces ``workspace.sqlite`` (kept under ``backups/``), which Windows refuses to
rename while a connection has it open: so before the move starts, the window lets go of
its own connection and its writer's (``let_go``), and the window is rebuilt when the
dialog closes, on the server after a move, on the SQLite file as it was otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.job_form import ERROR_STYLE, JobFormDialog
from greenmine_desktop.gui.jobs import Report, run_job
from greenmine_desktop.gui.ops import release_writer
from greenmine_desktop.gui.setup_dialogs import CountyFields
from greenmine_desktop.messages import text

DEFAULT_PORT = 5432


class ServerDialog(JobFormDialog):
    """:attr:`folder` is the workspace to open when the dialog closes (None: as it was);
    :attr:`let_go_done` says the window's connections were closed for a move."""

    def __init__(self, folder: Path, lang: str, let_go: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        from greenmine_desktop.services.county_setup import keyring_unavailable_reason

        self.workspace, self._let_go = folder, let_go
        self.folder: Path | None = None
        self.let_go_done = False
        self.result_text = ""
        self.setWindowTitle(self.tr("Connect to a server"))
        intro = QLabel(self.tr("Several clerks can work on one county desk when its data is on the bureau's "
                               "PostgreSQL server; photos, reports and keys stay in the workspace folder. Ask the "
                               "server's administrator for an empty database."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.move_choice = QRadioButton(self.tr("&Move this workspace's data onto the server"), self)
        self.new_choice = QRadioButton(self.tr("Make a &new county workspace on the server"), self)
        self.move_choice.setChecked(True)
        choices = QButtonGroup(self)
        for button in (self.move_choice, self.new_choice):
            choices.addButton(button)
            self.form.addRow(button)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("for example db.county.local or 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.service = QLineEdit(self)
        self.service.setPlaceholderText(self.tr("instead of the four above: a service of pg_service.conf"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: libpq's password file (pgpass) or the keyring"))
        self.remember = QCheckBox(self.tr("&Remember the password (kept in the system keyring)"), self)
        missing = keyring_unavailable_reason()
        if missing is not None:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no system keyring to keep it in (%1): keep the "
                                             "password in libpq's password file (pgpass) instead.").replace("%1",
                                                                                                             missing))
        self.form.addRow(self.tr("&Server"), self.host)
        self.form.addRow(self.tr("&Port"), self.port)
        self.form.addRow(self.tr("&Database"), self.database)
        self.form.addRow(self.tr("&User name"), self.user)
        self.form.addRow(self.tr("Ser&vice name"), self.service)
        self.form.addRow(self.tr("Pass&word"), self.password)
        self.form.addRow("", self.remember)
        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        self.form.addRow("", row)
        self.county_fields = CountyFields(self, folder.parent / "县局（服务器）")
        self.finish_form(self.tr("Move"))
        self.service.textChanged.connect(self._service_named)
        self.new_choice.toggled.connect(self._chosen)
        self._chosen(False)

    def _chosen(self, new: bool) -> None:
        for row in self.county_fields.rows:
            self.form.setRowVisible(row, new)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create") if new else self.tr("Move"))
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows shown (and a wrapped result line) need."""
        self.form.activate()
        self.resize(self.width(), self.form.totalHeightForWidth(self.width()))

    def _service_named(self, name: str) -> None:
        """A service names the server and the account: the fields it replaces are off."""
        for field in (self.host, self.port, self.database, self.user):
            field.setEnabled(not name.strip())

    def conninfo(self) -> str | None:
        """The connection string the fields name (never with the password), or None when
        they are not enough: the sentence why is in the form."""
        from psycopg.conninfo import make_conninfo

        service = self.service.text().strip()
        if service:
            return make_conninfo(service=service)
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        if not (host and database and user):
            self.error.setText(self.tr("Enter the server, the database and the user name, or a service name."))
            (self.host if not host else self.database if not database else self.user).setFocus()
            return None
        return make_conninfo(host=host, port=str(self.port.value()), dbname=database, user=user)

    def test_connection(self) -> None:
        from greenmine_desktop.services.county_setup import check_server

        self.error.clear()
        conninfo = self.conninfo()
        if conninfo is None:
            return
        password = self.password.text() or None
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting…"))
        self.job = run_job(self, self.tr("Connecting to the server…"), lambda report: check_server(conninfo, password),
                           self._tested, self._test_failed)

    def _tested(self, check) -> None:
        self.test_button.setEnabled(True)
        if check.unused:
            self.test_result.setText(self.tr("Connected: PostgreSQL %1; the database is ready for a county "
                                             "workspace.").replace("%1", check.version))
        else:
            self.test_result.setStyleSheet(ERROR_STYLE)
            self.test_result.setText(self.tr("Connected: PostgreSQL %1; but the database is not empty.")
                                     .replace("%1", check.version))
        self._fit()

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(ERROR_STYLE)
        self.test_result.setText(error_sentence(exc, self.lang))
        self._fit()

    def start(self) -> None:
        from greenmine_desktop.services import county_setup

        conninfo = self.conninfo()
        if conninfo is None:
            return
        password, remember = self.password.text(), self.remember.isChecked()

        def with_password() -> None:
            """A typed password is proven first, then kept (keyring or session): a failure
            here has changed nothing."""
            if password:
                county_setup.check_server(conninfo, password)
                county_setup.use_server_password(conninfo, password, remember)

        if self.new_choice.isChecked():
            target, county, bureau, code = self.county_fields.values()

            def create(report: Report) -> Path:
                with_password()
                county_setup.init_server_workspace(target, county, bureau, code, conninfo)
                return target

            self.run(self.tr("Making the workspace on the server…"), create, self._made)
            return
        if not self.let_go_done:  # the window's connections to the SQLite file close first
            self._let_go()
            release_writer(self.workspace)
            self.let_go_done = True
        folder = self.workspace

        def move(report: Report):
            with_password()
            return county_setup.move_to_server(folder, conninfo, report)

        self.run(self.tr("Moving the data onto the server…"), move, self._moved)

    def _moved(self, moved) -> None:
        self.folder = self.workspace
        self.result_text = text("move_done", self.lang, path=self.workspace, tables=len(moved.rows),
                                rows=sum(moved.rows.values()), chain=moved.audit_rows, backup=moved.backup)

    def _made(self, folder: Path) -> None:
        self.folder = folder
        self.result_text = text("server_workspace_made", self.lang, path=folder)
