"""Results back: a field laptop signs its finished inspections into a return package
(``.gmreturn``); the county office imports it only after every check has passed.

Checks, all before the database is touched: the container (see packages/container.py),
the signer's certificate (this county's, known, not revoked, valid), the signer being on
each inspection's team, and each signed inspection's content matching the digest its
signatures were given for. Then everything goes in one transaction; an inspection already
there is left alone, so importing a package twice changes nothing the second time.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.x509.oid import NameOID

from greenmine_desktop.domain.inspection import Finding, Header, TeamMember, content_digest
from greenmine_desktop.files import keep_private, write_atomically
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.packages.container import Package, read_package, write_package
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import Progress
from greenmine_desktop.services.assignments import INSPECTOR_P12
from greenmine_desktop.services.keys import root_certificate, trust_problem
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace, now_iso

WRITERS = 8
INSPECTION_COLUMNS = ("uid", "series", "revision", "mine_licence", "template", "status", "started_at", "place", "team",
                      "representative", "representative_title", "created_at", "signed_at", "signed_sha256")
PHOTO_SKIP = ("thumbnail",)
SIGNER_PROBLEMS = {"certificate_revoked": "package_signer_revoked", "certificate_expired": "package_signer_expired",
                   "certificate_unknown": "package_signer_unknown", "certificate_foreign": "package_untrusted"}


def _rows(ws: Workspace, sql: str, params: list) -> list[dict]:
    cursor = ws.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def export_return(ws: Workspace, out: Path, passphrase: str, actor: str | None = None) -> Path:
    """Every signed inspection (all revisions) with answers, findings, signatures, photos,
    reports and the audit log, signed with the inspector's key."""
    key_file = keep_private(ws.folder / "keys" / INSPECTOR_P12)  # laptops set up before it was 0600
    identity, chain = from_pkcs12(key_file.read_bytes(), passphrase)
    files: dict[str, bytes] = {}
    inspections = []
    for row in _rows(ws, f"SELECT id, {', '.join(INSPECTION_COLUMNS)} FROM inspection "  # noqa: S608
                         "WHERE status != 'open' ORDER BY id", []):
        inspection_id = row.pop("id")
        row["answers"] = _rows(ws, "SELECT item_id, value, note, updated_at FROM answer WHERE inspection_id = ?",
                               [inspection_id])
        row["findings"] = _rows(ws, "SELECT item_id, requirement, department FROM finding WHERE inspection_id = ?",
                                [inspection_id])
        row["photos"] = _rows(ws, "SELECT sha256, item_id, added_at FROM photo_link WHERE inspection_id = ?",
                              [inspection_id])
        signatures = _rows(ws, "SELECT role, person, image, refused, witness, content_sha256, signed_at "
                               "FROM signature WHERE inspection_id = ?", [inspection_id])
        for number, signature in enumerate(signatures):
            image = signature.pop("image")
            if image:
                signature["image"] = f"signatures/{row['uid']}-{number}.png"
                files[signature["image"]] = image
        row["signatures"] = signatures
        inspections.append(row)
    if not inspections:
        raise UserError("package_nothing_to_return")
    shas = sorted({p["sha256"] for i in inspections for p in i["photos"]})
    photos = []
    for photo in _rows(ws, "SELECT * FROM photo WHERE sha256 IN (SELECT value FROM json_each(?))", [json.dumps(shas)]):
        files[photo["stored_as"]] = (ws.folder / photo["stored_as"]).read_bytes()
        files[f"thumbs/{photo['sha256']}.jpg"] = photo.pop("thumbnail")
        photos.append(photo)
    for report in sorted((ws.folder / "reports").glob("*.pdf")):
        files[f"reports/{report.name}"] = report.read_bytes()
    data = {"workspace": ws.meta("id"), "inspections": inspections, "photos": photos,
            "audit": _rows(ws, "SELECT * FROM audit_log ORDER BY seq", [])}
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


def _check_content(inspection: dict) -> None:
    """A signed inspection's answers, notes, findings and photos still give the digest
    its signatures vouch for."""
    if not inspection["signed_sha256"]:
        return
    team = tuple(TeamMember(**m) for m in json.loads(inspection["team"]))
    header = Header(inspection["mine_licence"], inspection["template"], inspection["started_at"], team,
                    inspection["representative"], inspection["representative_title"], inspection["place"])
    answers = {a["item_id"]: json.loads(a["value"]) for a in inspection["answers"] if a["value"] is not None}
    notes = {a["item_id"]: a["note"] for a in inspection["answers"] if a["note"]}
    findings = {f["item_id"]: Finding(f["item_id"], f["requirement"], f["department"]) for f in inspection["findings"]}
    photos = {p["sha256"]: p["item_id"] for p in inspection["photos"]}
    if content_digest(header, answers, notes, findings, photos) != inspection["signed_sha256"]:
        raise UserError("package_content_mismatch", uid=inspection["uid"][:8])


def verify_return(ws: Workspace, path: Path) -> tuple[Package, dict]:
    """The package and its data when every check passes; else the first failure."""
    return _verified(ws, read_package(path, root_certificate(ws), "return"), path)


def _verified(ws: Workspace, package: Package, path: Path) -> tuple[Package, dict]:
    """The checks that need the county's register: the signer, the teams, the contents."""
    problem = trust_problem(ws, package.signer)
    if problem is not None:
        raise UserError(SIGNER_PROBLEMS[problem], file=path.name)
    badge = package.signer.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    try:
        data = json.loads(package.files["data.json"])
    except (KeyError, ValueError) as exc:
        raise UserError("package_file_missing", file="data.json") from exc
    for inspection in data["inspections"]:
        if badge not in {m["badge_no"] for m in json.loads(inspection["team"])}:
            raise UserError("package_signer_not_team")
        _check_content(inspection)
    return package, data


def _read_or_error(path: Path, root) -> Package | UserError:
    try:
        return read_package(path, root, "return")
    except UserError as exc:
        return exc


def import_returns(ws: Workspace, paths: list[Path], actor: str | None = None,
                   progress: Progress | None = None) -> list[ImportResult]:
    """Import return packages one by one; each is all or nothing, and each try is logged.
    The next package is read and hashed while this one is written (disk and CPU overlap)."""
    root = root_certificate(ws)
    results = []
    with ThreadPoolExecutor(1) as reader:
        ahead = [reader.submit(_read_or_error, path, root) for path in paths[:1]]
        for done, path in enumerate(paths, start=1):
            read = ahead.pop(0).result()
            if done < len(paths):
                ahead.append(reader.submit(_read_or_error, paths[done], root))
            results.append(_import_one(ws, path, read, actor or login_name()))
            if progress:
                progress(done, len(paths))
    return results


def _log(ws: Workspace, path: Path, sha256: str, signer: str, result: str, reason: str = "") -> None:
    with ws.transaction():
        ws.conn.execute("INSERT INTO package_import (file, sha256, kind, signer, result, reason, at) "
                        "VALUES (?, ?, 'return', ?, ?, ?, ?)", [path.name, sha256, signer, result, reason, now_iso()])


def _import_one(ws: Workspace, path: Path, read: Package | UserError, actor: str) -> ImportResult:
    try:
        if isinstance(read, UserError):
            raise read
        package, data = _verified(ws, read, path)
    except UserError as exc:
        _log(ws, path, "", "", "refused", exc.message("zh_CN"))
        return ImportResult(path, "refused", exc.problem)
    signer = str(package.signer.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
    new = [i for i in data["inspections"] if not ws.conn.execute("SELECT 1 FROM inspection WHERE uid = ?",
                                                                  [i["uid"]]).fetchone()]
    superseded = [i["uid"] for i in data["inspections"] if i["status"] == "superseded"]
    stale = ws.conn.execute("SELECT count(*) FROM inspection WHERE status = 'signed' AND uid IN "
                            "(SELECT value FROM json_each(?))", [json.dumps(superseded)]).fetchone()[0]
    if not new and not stale:
        _log(ws, path, package.sha256, signer, "unchanged")
        return ImportResult(path, "unchanged")
    _store_files(ws, package)
    with ws.transaction():
        for photo in data["photos"]:
            _insert_photo(ws, photo, package.files[f"thumbs/{photo['sha256']}.jpg"])
        for inspection in new:
            _insert_inspection(ws, inspection, package)
        ws.conn.execute("UPDATE inspection SET status = 'superseded' WHERE status = 'signed' AND uid IN "
                        "(SELECT value FROM json_each(?))", [json.dumps(superseded)])
        ws.conn.executemany(
            "INSERT OR IGNORE INTO received_audit (package_sha256, seq, row) VALUES (?, ?, ?)",
            [(package.sha256, row["seq"], json.dumps(row, ensure_ascii=False)) for row in data["audit"]])
        audit.append(ws.conn, actor, "import", "return_package", package.sha256, None, None,
                     {"file": path.name, "signer": signer, "inspections": [i["uid"] for i in new]})
    _log(ws, path, package.sha256, signer, "imported")
    return ImportResult(path, "imported", inspections=len(new))


def _store_files(ws: Workspace, package: Package) -> None:
    """Photos (content-addressed) and reports go to disk before the rows that refer to them,
    several at a time: writing and flushing wait on the kernel, not on Python."""
    pending = []
    for name, data in package.files.items():
        if not name.startswith(("photos/", "reports/")):
            continue
        target = ws.folder / name
        if name.startswith("reports/") and target.exists() and target.read_bytes() != data:
            target = target.with_name(f"{target.stem}-{package.sha256[:8]}{target.suffix}")
        if not target.exists():
            pending.append((target, data))
    with ThreadPoolExecutor(WRITERS) as pool:
        list(pool.map(lambda job: write_atomically(job[0], _writer(job[1])), pending))


def _writer(data: bytes) -> Callable[[BinaryIO], object]:
    return lambda stream: stream.write(data)


def _insert_photo(ws: Workspace, photo: dict, thumbnail: bytes) -> None:
    values = {**photo, "thumbnail": thumbnail}
    ws.conn.execute(f"INSERT OR IGNORE INTO photo ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",  # noqa: S608
                    list(values.values()))


def _insert_inspection(ws: Workspace, inspection: dict, package: Package) -> None:
    """As the field made it: inserted open, filled, then given its recorded status (the
    freeze triggers allow exactly that order)."""
    values = {k: inspection[k] for k in INSPECTION_COLUMNS}
    final = {k: values.pop(k) for k in ("status", "signed_at", "signed_sha256")}
    cursor = ws.conn.execute(f"INSERT INTO inspection ({', '.join(values)}, status) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(values))}, 'open')", list(values.values()))
    new_id = cursor.lastrowid
    ws.conn.executemany("INSERT INTO answer (inspection_id, item_id, value, note, updated_at) VALUES (?, ?, ?, ?, ?)",
                        [(new_id, a["item_id"], a["value"], a["note"], a["updated_at"]) for a in inspection["answers"]])
    ws.conn.executemany("INSERT INTO finding (inspection_id, item_id, requirement, department) VALUES (?, ?, ?, ?)",
                        [(new_id, f["item_id"], f["requirement"], f["department"]) for f in inspection["findings"]])
    ws.conn.executemany("INSERT INTO photo_link (inspection_id, sha256, item_id, added_at) VALUES (?, ?, ?, ?)",
                        [(new_id, p["sha256"], p["item_id"], p["added_at"]) for p in inspection["photos"]])
    ws.conn.executemany(
        "INSERT INTO signature (inspection_id, role, person, image, refused, witness, content_sha256, signed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(new_id, s["role"], s["person"], package.files.get(s.get("image", "")), s["refused"], s["witness"],
          s["content_sha256"], s["signed_at"]) for s in inspection["signatures"]])
    ws.conn.execute("UPDATE inspection SET status = ?, signed_at = ?, signed_sha256 = ? WHERE id = ?",
                    [final["status"], final["signed_at"], final["signed_sha256"], new_id])
