"""Backing a workspace up to a folder the clerk picks, and restoring it from there.

The county workspace holds the root key: without a copy, a dead disk means no more
packages and no report that can still be verified. A backup is a plain folder:

- ``workspace.sqlite``, a consistent copy through SQLite's online backup API (the GUI
  may go on writing; the copy is the database as of one moment, WAL included);
- ``photos/``, ``reports/``, ``keys/`` copied file by file (keys stay 0600);
- ``greenmine-backup.json``: which workspace, when, and every file's size and SHA-256.

The copy is built in a hidden folder beside the target and renamed into place only
after it opened, passed ``verify`` (integrity check and audit chain) and every file was
read back against its hash, so a cancelled, failed or full-disk backup leaves no folder
that looks like a backup. Restoring checks the backup the same way before anything is
copied, writes only into an empty folder, and checks the restored workspace again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from greenmine_desktop import clock
from greenmine_desktop.files import keep_private
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import Progress
from greenmine_desktop.services.workspace_check import check_workspace
from greenmine_desktop.store import audit, backups
from greenmine_desktop.store.backups import copy_database, record_backup
from greenmine_desktop.store.workspace import DB_NAME, SUBFOLDERS, Workspace, now_iso

MANIFEST = "greenmine-backup.json"
FORMAT = 1
CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    files: int  # besides the database
    bytes: int


def _is_empty_or_absent(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _copy(source: Path, target: Path) -> str:
    """Copy one file, returning the SHA-256 of what was read."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with source.open("rb") as reader, target.open("wb") as writer:
        while block := reader.read(CHUNK):
            digest.update(block)
            writer.write(block)
    shutil.copystat(source, target)
    return digest.hexdigest()


def _workspace_files(folder: Path) -> list[Path]:
    """The files of photos/, reports/ and keys/, relative to the workspace, skipping the
    half-written temporaries of work in progress (``.name-xxxx``, ``photos/.incoming/``)."""
    found = []
    for name in SUBFOLDERS:
        for path in sorted((folder / name).rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                found.append(relative)
    return found


def _partial(target: Path) -> Path:
    return target.parent / f".{target.name}.partial"


def _move_into_place(partial: Path, target: Path) -> None:
    if target.exists():
        target.rmdir()  # empty, checked before the work began
    partial.rename(target)


def _check_files(folder: Path, files: dict[str, dict]) -> None:
    """Every listed file reads back to its size and hash."""
    for name, entry in files.items():
        path = folder / name
        if not path.is_file() or path.stat().st_size != entry["size"] or _sha256(path) != entry["sha256"]:
            raise UserError("backup_file_changed", file=name)


def _check_database(folder: Path) -> None:
    """The copy opens as a workspace and passes ``greenmine verify`` (integrity, audit chain)."""
    try:
        with Workspace.open(folder) as copy:
            problems, _ = check_workspace(copy)
    except sqlite3.DatabaseError as exc:
        raise UserError("backup_check_failed", detail=str(exc)) from exc
    if problems:
        raise UserError(problems[0].code, **problems[0].params)


def backup_workspace(ws: Workspace, out: Path, report: Progress | None = None,
                     actor: str | None = None) -> BackupResult:
    """Copy ``ws`` into ``out`` (absent or empty), check the copy, and log the backup."""
    out = Path(out).absolute()
    if not _is_empty_or_absent(out):
        raise UserError("backup_target_not_empty", path=out)
    if out.resolve().is_relative_to(ws.folder.resolve()):
        raise UserError("backup_inside_workspace", path=out)
    partial = _partial(out)
    shutil.rmtree(partial, ignore_errors=True)  # left by a killed earlier attempt
    partial.mkdir(parents=True)
    try:
        sources = _workspace_files(ws.folder)
        total = len(sources) + 1
        copy_database(ws, partial / DB_NAME)
        _check_database(partial)  # before hashing: opening it may set its journal mode
        if report:
            report(1, total)
        files: dict[str, dict] = {DB_NAME: {"size": (partial / DB_NAME).stat().st_size,
                                            "sha256": _sha256(partial / DB_NAME)}}
        for done, relative in enumerate(sources, 2):
            target = partial / relative
            files[relative.as_posix()] = {"sha256": _copy(ws.folder / relative, target),
                                          "size": target.stat().st_size}
            if relative.parts[0] == "keys":
                keep_private(target)
            if report:
                report(done, total)
        created_at = now_iso()
        manifest = {"format": FORMAT, "workspace_id": ws.meta("id"), "kind": ws.kind, "county": ws.meta("county"),
                    "created_at": created_at, "files": files}
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        _check_files(partial, files)
        _move_into_place(partial, out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    with ws.transaction():
        record_backup(ws, created_at, str(out))
        audit.append(ws.conn, actor or login_name(), "backup", "workspace", ws.meta("id"), None, None,
                     {"to": str(out), "files": len(files)})
    return BackupResult(out, len(files) - 1, sum(entry["size"] for entry in files.values()))


def read_backup(folder: Path) -> dict:
    """The manifest of a backup folder (its files are checked against it as they are copied)."""
    folder = Path(folder)
    for needed in (MANIFEST, DB_NAME):
        if not (folder / needed).is_file():
            raise UserError("backup_not_a_backup", path=folder, file=needed)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        if not isinstance(files, dict) or DB_NAME not in files:
            raise ValueError("no database in the list")
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError("backup_not_a_backup", path=folder, file=MANIFEST) from exc
    for name in files:
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts:  # a doctored list must not reach outside
            raise UserError("backup_file_changed", file=name)
    return manifest


def restore_workspace(backup: Path, target: Path, report: Progress | None = None, actor: str | None = None) -> Path:
    """Restore a backup into ``target`` (absent or empty): checked before and after."""
    backup, target = Path(backup).absolute(), Path(target).absolute()
    if not _is_empty_or_absent(target):
        raise UserError("restore_target_not_empty", path=target)
    manifest = read_backup(backup)
    files: dict[str, dict] = manifest["files"]
    partial = _partial(target)
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        for done, (name, entry) in enumerate(sorted(files.items()), 1):
            if _copy(backup / name, partial / name) != entry["sha256"]:
                raise UserError("backup_file_changed", file=name)
            if Path(name).parts[0] == "keys":
                keep_private(partial / name)
            if report:
                report(done, len(files))
        for name in SUBFOLDERS:
            (partial / name).mkdir(exist_ok=True)
        _check_database(partial)
        with Workspace.open(partial) as restored, restored.transaction():
            audit.append(restored.conn, actor or login_name(), "restore", "workspace", restored.meta("id"), None,
                         None, {"from": str(backup), "backup_created_at": manifest.get("created_at")})
        _move_into_place(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def last_backup(ws: Workspace) -> tuple[str, str] | None:
    """(when, where to) of the last backup, or None: the backup dialog says it."""
    return backups.last_backup(ws)


def backup_every_days(ws: Workspace) -> int:
    """How often the workspace should be backed up, in days (the reminder's setting)."""
    return backups.backup_every_days(ws)


def set_backup_every_days(ws: Workspace, days: int) -> None:
    """The reminder's setting, as the backup dialog changes it."""
    backups.set_backup_every_days(ws, days)


def backup_reminder(ws: Workspace, now: datetime | None = None) -> Problem | None:
    """A reminder when the workspace was never backed up or not within its interval."""
    last = last_backup(ws)
    if last is None:
        return Problem("backup_never")
    days = backup_every_days(ws)
    now = now or clock.now()
    at = datetime.fromisoformat(last[0])
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    if now - at > timedelta(days=days):
        return Problem("backup_due", {"days": days, "last": at.astimezone().strftime("%Y-%m-%d %H:%M")})
    return None
