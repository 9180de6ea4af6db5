"""证书管理: the county's root and the certificates it issues, without a terminal.

First the root is set up (its passphrase typed twice, its strength shown); then the
clerk issues an inspector's certificate file (to a USB stick, with its own passphrase),
sees every certificate with its holder, serial, expiry and revocation, is warned 30 days
before one expires, revokes one with a reason (a revocation cannot be undone), and
exports the root certificate for PDF readers. All of it calls services/keys.py; the slow
parts (key generation, the 600,000-round key derivation) run as jobs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cryptography.x509.oid import NameOID
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain.certificate import EXPIRY_WARNING_DAYS, IssuedCertificate
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.job_form import buddy_label, file_row
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.gui.passphrase_fields import NewPassphrase
from greenmine_desktop.gui.tables import fit_columns, read_only_table
from greenmine_desktop.messages import text
from greenmine_desktop.services import keys
from greenmine_desktop.services.inspector_register import list_inspectors
from greenmine_desktop.store.workspace import Workspace

ERROR_STYLE = "color: #b00020"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _common_name(certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class IssueDialog(QDialog):
    """Whom to issue for, where the file goes, its passphrase, and the root's passphrase."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue a certificate"))
        self.setMinimumWidth(600)
        self.inspector = QComboBox(self)
        for person in list_inspectors(ws):
            if person.active:
                self.inspector.addItem(f"{person.name}（{person.badge_no}）", person.badge_no)
        self.out = QLineEdit(self)
        self.out.setPlaceholderText(self.tr("for example E:\\inspector.p12 on a USB stick"))
        where = file_row(self, self.tr("Certificate file"), self.out, self.tr("&Choose…"),
                         self.tr("Certificate files (*.p12)"), save=True)
        self.file_passphrase = NewPassphrase(self)
        self.root_passphrase = _password_field(self)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Inspector"), self.inspector)
        form.addRow(buddy_label(self, self.tr("Certificate &file"), self.out), where)
        form.addRow(QLabel(self.tr("The file's own passphrase (the inspector types it to sign):"), self))
        form.addRow(self.file_passphrase)
        form.addRow(self.tr("&Root key passphrase"), self.root_passphrase)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.file_passphrase.changed.connect(self._update)
        self.out.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = bool(self.out.text().strip()) and self.file_passphrase.value is not None and self.inspector.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


class RevokeDialog(QDialog):
    """The reason, and a plain warning that this cannot be undone: the confirmation."""

    def __init__(self, certificate: IssuedCertificate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke a certificate"))
        self.setMinimumWidth(520)
        warning = QLabel(self.tr("Revoke the certificate of %1 (serial %2)? From now on every package and PDF this "
                                 "certificate signs is refused. A revocation cannot be undone.")
                         .replace("%1", f"{certificate.name}（{certificate.badge_no}）")
                         .replace("%2", certificate.serial), self)
        warning.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("for example: laptop lost, left the bureau"))
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Revoke for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.reason.textChanged.connect(
            lambda value: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(value.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)


class CertificateDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Certificates"))
        self.resize(900, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._manage_page())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    # ------------------------------------------------------------------ pages
    def _setup_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("<p>The county needs its root certificate before it can sign assignment packages and "
                               "issue certificates to its inspectors. Its key stays in this workspace, locked with "
                               "the passphrase you choose now.</p><p>Keep the passphrase where the bureau keeps its "
                               "seals: without it no package can be signed, and it cannot be recovered.</p>"), page)
        intro.setWordWrap(True)
        self.root_passphrase = NewPassphrase(page)
        self.create_button = QPushButton(self.tr("&Create the root certificate"), page)
        self.create_button.clicked.connect(self.create_root)
        self.root_passphrase.changed.connect(
            lambda: self.create_button.setEnabled(self.root_passphrase.value is not None))
        self.create_button.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.root_passphrase)
        layout.addWidget(self.create_button)
        layout.addStretch(1)
        return page

    def _manage_page(self) -> QWidget:
        page = QWidget(self)
        self.root_label = QLabel(page)
        self.root_label.setWordWrap(True)
        self.warnings = QLabel(page)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a15c00; font-weight: bold")
        self.table = read_only_table(page, [self.tr("Holder"), self.tr("Badge No."), self.tr("Serial"),
                                            self.tr("Valid until"), self.tr("Status")])
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.issue_button = QPushButton(self.tr("&Issue a certificate…"), page)
        self.issue_button.clicked.connect(self.ask_issue)
        self.revoke_button = QPushButton(self.tr("&Revoke…"), page)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.export_button = QPushButton(self.tr("&Export the root certificate…"), page)
        self.export_button.clicked.connect(self.ask_export)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.revoke_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.root_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    def refresh(self) -> None:
        has_root = (self.ws.folder / "keys" / keys.ROOT_CERT).is_file()
        self.pages.setCurrentIndex(1 if has_root else 0)
        if not has_root:
            return
        root = keys.root_certificate(self.ws)
        self.root_label.setText(self.tr("Root certificate: %1, serial %2, valid until %3.")
                                .replace("%1", _common_name(root))
                                .replace("%2", format(root.serial_number, "x"))
                                .replace("%3", root.not_valid_after_utc.astimezone().strftime("%Y-%m-%d")))
        self.certificates = keys.list_certificates(self.ws)
        now = clock.now()
        self.table.setRowCount(len(self.certificates))
        soon = []
        for row, certificate in enumerate(self.certificates):
            status = certificate.status(now)
            until = certificate.not_after.astimezone().strftime("%Y-%m-%d")
            if status == "expiring":
                soon.append(text("certificate_expires_soon", self.lang, name=certificate.name,
                                 badge=certificate.badge_no, day=until))
            cells = [certificate.name, certificate.badge_no, certificate.serial, until,
                     self._status_text(certificate, status)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if status in ("revoked", "expired"):
                    item.setForeground(QColor("#777777"))
                elif status == "expiring":
                    item.setForeground(QColor("#a15c00"))
                self.table.setItem(row, column, item)
        fit_columns(self.table)
        self.warnings.setText("\n".join(soon))
        self.warnings.setVisible(bool(soon))
        self._selection_changed()

    def _status_text(self, certificate: IssuedCertificate, status: str) -> str:
        if status == "revoked":
            when = datetime.fromisoformat(certificate.revoked_at or "").astimezone().strftime("%Y-%m-%d %H:%M")
            return self.tr("Revoked %1: %2").replace("%1", when).replace("%2", certificate.revoke_reason)
        if status == "expiring":
            return self.tr("Valid, expires within %1 days").replace("%1", str(EXPIRY_WARNING_DAYS))
        return self.tr("Expired") if status == "expired" else self.tr("Valid")

    def selected(self) -> IssuedCertificate | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.certificates[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_at is None)

    def _say(self, message: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20")
        self.message.setText(message)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_sentence(exc, self.lang), error=True)

    def _run(self, label: str, work, done) -> None:
        """A write as an operation (off the GUI thread, on the writer connection); then the
        list is read again."""

        def succeeded(result) -> None:
            self.refresh()
            done(result)

        self.job = run_op(self, self.ws.folder, self.lang, label, lambda ws, _report: work(ws),
                          Changes(certificates=True, inspectors=True), succeeded, self._failed)

    # ------------------------------------------------------------------ actions
    def create_root(self) -> None:
        passphrase, actor = self.root_passphrase.value, self.actor
        if passphrase is None:
            return
        self._run(self.tr("Creating the root certificate…"), lambda ws: keys.create_county_ca(ws, passphrase, actor),
                  lambda root: self._say(self.tr("The root certificate is set up (serial %1).")
                                         .replace("%1", format(root.serial_number, "x"))))

    def ask_issue(self) -> None:
        dialog = IssueDialog(self.ws, self)
        dialog.accepted.connect(lambda: self.issue(dialog.inspector.currentData(), Path(dialog.out.text().strip()),
                                                   dialog.file_passphrase.value or "", dialog.root_passphrase.text()))
        self.child = dialog
        dialog.open()

    def issue(self, badge: str, out: Path, file_passphrase: str, root_passphrase: str) -> None:
        actor = self.actor
        self._run(self.tr("Issuing the certificate…"),
                  lambda ws: keys.issue_inspector(ws, badge, root_passphrase, file_passphrase, out, actor),
                  lambda certificate: self._say(self.tr("Certificate %1 written to %2. Hand the file and its "
                                                        "passphrase to the inspector separately.")
                                                .replace("%1", format(certificate.serial_number, "x"))
                                                .replace("%2", str(out))))

    def ask_revoke(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.revoked_at is not None:
            return
        dialog = RevokeDialog(chosen, self)
        dialog.accepted.connect(lambda: self.revoke(chosen.serial, dialog.reason.text()))
        self.child = dialog
        dialog.open()

    def revoke(self, serial: str, reason: str) -> None:
        actor = self.actor
        self._run(self.tr("Revoking…"), lambda ws: keys.revoke(ws, serial, reason, actor),
                  lambda _: self._say(self.tr("Certificate %1 is revoked.").replace("%1", serial)))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the root certificate"),
                                              str(self.ws.folder / "reports" / "county-root.pem"),
                                              self.tr("Certificates (*.pem)"))
        if path:
            self.export_root(Path(path))

    def export_root(self, path: Path) -> None:
        try:
            keys.export_root(self.ws, path)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, logged when unexpected
            self._failed(exc)
            return
        self._say(self.tr("Root certificate written to %1. Add it to the trusted certificates of the PDF reader "
                          "(Adobe Acrobat: Preferences → Signatures → Identities & Trusted Certificates).")
                  .replace("%1", str(path)))
