"""Results back: a field laptop signs its finished inspections into a return package
(``.gmreturn``); the county office imports it only after every check has passed.

Checks, all before anything is written: the container (packages/container.py), the shape
of its data (packages/return_data.py), the signer's certificate (this county's, in its
register, not revoked, valid today), and every inspection against the county's own
records (services/return_checks.py). Then, holding the database's write lock from the
first check to the last write (``BEGIN IMMEDIATE``), the rows go in one transaction while
the files wait in a staging folder; they move into place once it has committed
(store/staging.py). An inspection already there is left alone, so importing a package
twice changes nothing the second time; two imports at once are one after the other.
Every try is in the import log, a refusal or a failure as one sentence, and in a batch
each package is imported or refused on its own.
"""

from __future__ import annotations

import base64
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.x509.oid import NameOID

from greenmine_desktop.files import keep_private
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.packages.container import Package, read_package, write_package
from greenmine_desktop.packages.return_data import ReturnData, parse_return_data
from greenmine_desktop.paths import log_file, login_name
from greenmine_desktop.services import Progress
from greenmine_desktop.services.assignments import INSPECTOR_P12
from greenmine_desktop.services.keys import root_certificate, trust_problem
from greenmine_desktop.services.return_checks import Accepted, Files, check_files, check_inspections
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store import audit
from greenmine_desktop.store import photos as photo_store
from greenmine_desktop.store import returns as store
from greenmine_desktop.store.inspections import finished_inspections
from greenmine_desktop.store.staging import Staged
from greenmine_desktop.store.workspace import Workspace

SIGNER_PROBLEMS = {"certificate_revoked": "package_signer_revoked", "certificate_expired": "package_signer_expired",
                   "certificate_not_yet_valid": "package_signer_not_yet_valid",
                   "certificate_unknown": "package_signer_unknown", "certificate_foreign": "package_untrusted"}
WAIT_FOR_OTHER_IMPORTS = 600  # seconds: another import of a big package may hold the write lock that long
log = logging.getLogger(__name__)


def export_return(ws: Workspace, out: Path, passphrase: str, actor: str | None = None) -> Path:
    """Every signed inspection (all revisions) with answers, findings, signatures, photos,
    reports and the audit log, signed with the inspector's key."""
    key_file = keep_private(ws.folder / "keys" / INSPECTOR_P12)  # laptops set up before it was 0600
    identity, chain = from_pkcs12(key_file.read_bytes(), passphrase)
    files: dict[str, bytes] = {}
    inspections = []
    for finished in finished_inspections(ws):
        row = asdict(finished)
        for number, signature in enumerate(row["signatures"]):
            image = signature.pop("image")
            if image:
                signature["image"] = f"signatures/{row['uid']}-{number}.png"
                files[signature["image"]] = image
        inspections.append(row)
    if not inspections:
        raise UserError("package_nothing_to_return")
    photos = []
    for photo in photo_store.photo_records(ws, sorted({p["sha256"] for i in inspections for p in i["photos"]})):
        files[photo.stored_as] = (ws.folder / photo.stored_as).read_bytes()
        files[f"thumbs/{photo.sha256}.jpg"] = photo.thumbnail
        photos.append({k: v for k, v in asdict(photo).items() if k != "thumbnail"})
    for report in sorted((ws.folder / "reports").glob("*.pdf")):
        files[f"reports/{report.name}"] = report.read_bytes()
    data = {"workspace": ws.meta("id"), "inspections": inspections, "photos": photos,
            "audit": audit.entries(ws)}
    files["data.json"] = json.dumps(data, ensure_ascii=False, default=_bytes).encode("utf-8")
    badge = identity.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    path = write_package(out, "return", {"badge_no": badge, "workspace": ws.meta("id")}, files, identity, chain)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "return_package", out.name, None, None,
                     {"inspections": [i["uid"] for i in inspections], "photos": len(photos)})
    return path


def _bytes(value: object) -> str:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(type(value).__name__)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    result: str  # imported | unchanged | refused
    problem: Problem | None = None
    inspections: int = 0


@dataclass(frozen=True)
class Read:
    """A package whose container and data passed the checks that need no database."""

    package: Package
    data: ReturnData
    files: Files
    badge: str
    signer: str


def _read(path: Path, root) -> Read:
    package = read_package(path, root, "return")
    if "data.json" not in package.files:
        raise UserError("package_file_missing", file="data.json")
    data = parse_return_data(package.files["data.json"])
    try:
        badge = str(package.signer.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value)
        signer = str(package.signer.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
    except IndexError as exc:  # a root-signed package (an assignment) names no badge
        raise UserError("package_signer_unknown") from exc
    return Read(package, data, check_files(package, data), badge, signer)


def _read_or_error(path: Path, root) -> Read | Exception:
    """In the read-ahead thread: a refusal (or a bug) is handed over as that package's result."""
    try:
        return _read(path, root)
    except Exception as exc:  # noqa: BLE001 - reported as that package's failure, the batch goes on
        return exc


def _trusted(ws: Workspace, read: Read) -> Accepted:
    """The checks that need the county's register: the signer's certificate, then the
    inspections (services/return_checks.py)."""
    problem = trust_problem(ws, read.package.signer)
    if problem is not None:
        raise UserError(SIGNER_PROBLEMS[problem.code], **problem.params)
    return check_inspections(ws, read.data, read.files, read.badge)


def verify_return(ws: Workspace, path: Path) -> tuple[Package, ReturnData]:
    """The package and its data when every check passes; else the first failure."""
    read = _read(path, root_certificate(ws))
    with ws.transaction():
        _trusted(ws, read)
    return read.package, read.data


def import_returns(ws: Workspace, paths: list[Path], actor: str | None = None,
                   progress: Progress | None = None) -> list[ImportResult]:
    """Import return packages one by one; each is all or nothing, each try is logged, and
    one that fails (even with a bug) does not stop the others. The next package is read
    and hashed while this one is written (disk and CPU overlap)."""
    root = root_certificate(ws)
    results = []
    with ThreadPoolExecutor(1) as reader, ws.waiting_for_writers(WAIT_FOR_OTHER_IMPORTS):
        ahead = [reader.submit(_read_or_error, path, root) for path in paths[:1]]
        for done, path in enumerate(paths, start=1):
            read = ahead.pop(0).result()
            if done < len(paths):
                ahead.append(reader.submit(_read_or_error, paths[done], root))
            results.append(_import_logged(ws, path, read, actor or login_name()))
            if progress:
                progress(done, len(paths))
    return results


def _import_logged(ws: Workspace, path: Path, read: Read | Exception, actor: str) -> ImportResult:
    """One package imported, or its refusal (or failure) logged with its sentence."""
    sha256, signer = (read.package.sha256, read.signer) if isinstance(read, Read) else ("", "")
    try:
        if isinstance(read, Exception):
            raise read
        return _import_one(ws, path, read, actor)
    except UserError as exc:
        problem = exc.problem
    except Exception:  # noqa: BLE001 - a bug: logged with its traceback, the batch goes on
        log.exception("import of %s failed", path.name)
        problem = Problem("unexpected", {"log": log_file()})
    with ws.transaction(immediate=True):
        store.log_import(ws.conn, path.name, sha256, signer, "refused", problem.message("zh_CN"))
    return ImportResult(path, "refused", problem)


def _import_one(ws: Workspace, path: Path, read: Read, actor: str) -> ImportResult:
    """Checked and written holding the write lock; the staged files are dropped before the
    lock is let go when anything fails, and moved into place after the commit."""
    staged: Staged | None = None
    try:
        with ws.transaction(immediate=True):
            accepted = _trusted(ws, read)
            if not accepted.new:
                store.log_import(ws.conn, path.name, read.package.sha256, read.signer, "unchanged")
                return ImportResult(path, "unchanged")
            staged = Staged(ws.folder, read.package.sha256, path.name, accepted.files)
            try:
                _write(ws, read, accepted, path, actor)
            except BaseException:
                staged.discard()
                raise
    except BaseException:
        if staged is not None:  # the commit itself failed
            staged.discard()
        raise
    assert staged is not None  # set in the transaction that just committed
    staged.commit()
    return ImportResult(path, "imported", inspections=len(accepted.new))


def _write(ws: Workspace, read: Read, accepted: Accepted, path: Path, actor: str) -> None:
    """The rows of an accepted package (inside the import's transaction)."""
    for row, photo, stored_as in accepted.photos:  # as the county read it, see return_checks.check_files
        photo_store.insert_photo(ws.conn, photo.meta, photo.format, stored_as, row.original_name, row.size,
                                 photo.scene_hash, photo.thumbnail)
        if row.hand_lat is not None and row.hand_lon is not None:
            store.place_by_hand(ws.conn, row.sha256, row.hand_lat, row.hand_lon)
    for inspection in accepted.new:
        assert inspection.signed_at is not None and inspection.signed_sha256 is not None  # return_checks saw to it
        store.insert_inspection(
            ws.conn, inspection.model_dump(include=set(store.INSPECTION_COLUMNS)),
            [(a.item_id, a.value, a.note, a.updated_at) for a in inspection.answers],
            [(f.item_id, f.requirement, f.department) for f in inspection.findings],
            [(p.sha256, p.item_id, p.added_at) for p in inspection.photos],
            [(s.role, s.person, read.package.files[s.image] if s.image else None, s.refused, s.witness,
              s.content_sha256, s.signed_at) for s in inspection.signatures],
            inspection.signed_at, inspection.signed_sha256)
    store.supersede_older(ws.conn, accepted.series)
    store.keep_received_audit(ws.conn, read.package.sha256, [row.model_dump() for row in read.data.audit])
    audit.append(ws.conn, actor, "import", "return_package", read.package.sha256, None, None,
                 {"file": path.name, "signer": read.signer, "inspections": [i.uid for i in accepted.new]})
    store.log_import(ws.conn, path.name, read.package.sha256, read.signer, "imported")
