"""Setting up a field laptop from the two files the county hands out: the team's
assignment package (.gmtask) and the inspector's certificate file (.p12).

Everything is checked before a folder is made: the passphrase opens the certificate
file, the package carries a valid signature of the root that issued that certificate
and is whole, and the certificate's holder is on the package's team. Only then is the
field workspace created and the assignment opened into it (the checks of
``open_assignment``, as on the command line); if that fails, the new folder goes again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cryptography.x509.oid import NameOID

from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import read_package
from greenmine_desktop.services.assignments import create_field_workspace, open_assignment
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store.workspace import DB_NAME


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("file_unreadable", path=path.name, reason=exc.strerror or type(exc).__name__) from exc


def check_field_files(task: Path, p12: Path, passphrase: str) -> tuple[str, str]:
    """(holder's name, badge) when the two files belong together; else the reason."""
    identity, chain = from_pkcs12(_read(p12), passphrase)
    if not chain:
        raise UserError("pkcs12_incomplete")
    root = chain[-1]
    try:
        package = read_package(task, root, "assignment")
    except UserError as exc:
        if exc.code == "package_untrusted":
            raise UserError("field_root_mismatch") from exc
        raise
    if package.signer != root:
        raise UserError("field_root_mismatch")
    badge = str(identity.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value)
    name = str(identity.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
    try:
        team = {person["badge_no"] for person in json.loads(package.files["data.json"])["team"]}
    except (KeyError, ValueError, TypeError) as exc:
        raise UserError("package_file_missing", file="data.json") from exc
    if badge not in team:
        raise UserError("field_team_mismatch", badge=badge)
    return name, badge


def set_up_field_laptop(folder: Path, task: Path, p12: Path, passphrase: str) -> Path:
    """A new field workspace in ``folder`` (absent or empty) holding the assignment."""
    folder = Path(folder)
    if (folder / DB_NAME).exists() or (folder.exists() and any(folder.iterdir())):
        raise UserError("workspace_exists", path=folder)
    check_field_files(task, p12, passphrase)
    existed = folder.exists()
    try:
        with create_field_workspace(folder, p12, passphrase) as ws:
            open_assignment(ws, task)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        if existed:
            folder.mkdir()
        raise
    return folder
