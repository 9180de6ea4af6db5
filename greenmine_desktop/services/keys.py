"""The county's keys: its root certificate, the certificates it issues to inspectors (as
passphrase-protected PKCS#12 files for the field laptops), and revocations.

Root key and certificate live in the county workspace's ``keys/`` (the key encrypted with
the passphrase of whoever keeps it, PBKDF2 at 600,000 rounds, the file readable by its
owner only; a key written by an older version with fewer rounds is re-encrypted the first
time it is unlocked); the register of issued certificates is in the
database, where a revocation can be made but never undone.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from greenmine_desktop import clock
from greenmine_desktop.domain.certificate import IssuedCertificate
from greenmine_desktop.files import keep_private, write_atomically, write_private
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.signing.ca import (
    KDF_ROUNDS,
    Identity,
    create_root,
    issue,
    issued_by,
    key_pem,
    key_rounds,
    load_identity,
    to_pkcs12,
)
from greenmine_desktop.store import audit, certificates
from greenmine_desktop.store.inspectors import inspector_by_badge
from greenmine_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

ROOT_CERT = "county-root.pem"
ROOT_KEY = "county-root.key"
MIN_PASSPHRASE = 8


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("passphrase_short", minimum=MIN_PASSPHRASE)


def create_county_ca(ws: Workspace, passphrase: str, actor: str | None = None) -> x509.Certificate:
    if ws.kind != "county":
        raise UserError("ca_county_only")
    if (ws.folder / "keys" / ROOT_CERT).exists():
        raise UserError("ca_exists")
    _check_passphrase(passphrase)
    root = create_root(ws.meta("bureau") or ws.meta("county") or "县级自然资源主管部门")
    write_private(ws.folder / "keys" / ROOT_KEY, lambda s: s.write(key_pem(root, passphrase)))
    write_atomically(ws.folder / "keys" / ROOT_CERT,
                     lambda s: s.write(root.certificate.public_bytes(serialization.Encoding.PEM)))
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "create", "county_ca", format(root.certificate.serial_number, "x"))
    return root.certificate


def root_certificate(ws: Workspace) -> x509.Certificate:
    path = ws.folder / "keys" / ROOT_CERT
    if not path.is_file():
        raise UserError("ca_missing")
    return x509.load_pem_x509_certificate(path.read_bytes())


def unlock_root(ws: Workspace, passphrase: str) -> Identity:
    """The county root key and certificate, opened with the keeper's passphrase."""
    root_certificate(ws)
    folder = ws.folder / "keys"
    key_data = (folder / ROOT_KEY).read_bytes()
    root = load_identity(key_data, (folder / ROOT_CERT).read_bytes(), passphrase)
    if key_rounds(key_data) < KDF_ROUNDS:  # written by an older version: the same key, stronger lock
        write_private(folder / ROOT_KEY, lambda s: s.write(key_pem(root, passphrase)))
        log.info("root key re-encrypted with %d PBKDF2 rounds", KDF_ROUNDS)
    keep_private(folder / ROOT_KEY)
    return root


def issue_inspector(ws: Workspace, badge_no: str, root_passphrase: str, p12_passphrase: str, out: Path,
                    actor: str | None = None) -> x509.Certificate:
    """Issue a certificate to an active inspector and write their PKCS#12 file."""
    person = inspector_by_badge(ws, badge_no)
    if person is None or not person.active:
        raise UserError("inspector_not_active", badge=badge_no)
    _check_passphrase(p12_passphrase)
    root = unlock_root(ws, root_passphrase)
    identity = issue(root, person.name, badge_no)
    write_private(out, lambda s: s.write(to_pkcs12(identity, root.certificate, p12_passphrase)),
                  create_folder=False)
    certificate = identity.certificate
    serial = format(certificate.serial_number, "x")
    with ws.transaction():
        certificates.record_certificate(ws, serial, badge_no, person.name, certificate.not_valid_before_utc,
                                        certificate.not_valid_after_utc,
                                        certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"))
        audit.append(ws.conn, actor or login_name(), "issue", "certificate", serial, None, None,
                     {"badge_no": badge_no, "file": out.name})
    return certificate


def revoke(ws: Workspace, serial: str, reason: str, actor: str | None = None) -> None:
    """Revoke for good (the database refuses to undo it); the reason is part of the record."""
    if not reason.strip():
        raise UserError("revoke_reason_needed")
    reason = reason.strip()
    issued = certificates.find_certificate(ws, serial)
    if issued is None:
        raise UserError("certificate_missing", serial=serial)
    if issued.revoked_at is not None:
        return
    with ws.transaction():
        certificates.mark_revoked(ws, serial, reason)
        audit.append(ws.conn, actor or login_name(), "revoke", "certificate", serial, None, None, {"reason": reason})


def list_certificates(ws: Workspace) -> list[IssuedCertificate]:
    """The certificate dialog's list: every certificate this county issued, newest first."""
    return certificates.list_certificates(ws)


def trust_problem(ws: Workspace, certificate: x509.Certificate, at: datetime | None = None) -> Problem | None:
    """Why this county does not trust a certificate (the sentence names the day a
    revocation or the validity took effect), or None."""
    at = at or clock.now()
    if not issued_by(certificate, root_certificate(ws)):
        return Problem("certificate_foreign")
    issued = certificates.find_certificate(ws, format(certificate.serial_number, "x"))
    if issued is None:
        return Problem("certificate_unknown")
    if issued.revoked_at is not None:
        return Problem("certificate_revoked", {"date": issued.revoked_at[:10]})
    if at < certificate.not_valid_before_utc:
        return Problem("certificate_not_yet_valid", {"date": certificate.not_valid_before_utc.date().isoformat()})
    if at > certificate.not_valid_after_utc:
        return Problem("certificate_expired", {"date": certificate.not_valid_after_utc.date().isoformat()})
    return None


def export_root(ws: Workspace, out: Path) -> Path:
    """The root certificate as PEM, for PDF readers' trust lists and the field laptops."""
    certificate = root_certificate(ws)
    return write_atomically(out, lambda s: s.write(certificate.public_bytes(serialization.Encoding.PEM)),
                            create_folder=False)
