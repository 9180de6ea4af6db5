"""Bringing photos into a workspace: files, whole folders (a camera's SD card), drops.

Each file is copied into ``photos/.incoming/`` off the caller's thread, read and hashed
there, flushed to disk and only then renamed to ``photos/ab/<sha256>.jpg`` (the same photo
twice is stored once; the original is never touched), so a cancel or a dead battery never
leaves half a photo under a photo's name. The database rows (photo, link, audit) follow in one
transaction per photo. A file that cannot be used gets one sentence and the batch goes on:
an unreadable original, a damaged or hostile file, even a full disk while copying or
recording one photo is that photo's result, never the end of the batch. Memory is bounded
by the reader's decode budget (``photos.reader.MEMORY_BUDGET``), shared by the workers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from greenmine_desktop.files import PARTIAL, noted, write_error
from greenmine_desktop.messages import Cancelled, Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.photos.reader import SUFFIXES, PhotoData, read_photo
from greenmine_desktop.services import Progress
from greenmine_desktop.store import audit
from greenmine_desktop.store import photos as store
from greenmine_desktop.store.inspections import inspection_status
from greenmine_desktop.store.workspace import Workspace

INCOMING = ".incoming"  # under photos/: copies not yet named by their hash
#: Files in flight at once: decoding and hashing use both cores of a field laptop, and
#: copying and flushing to disk wait on the disk, not on Python.
WORKERS = 4


@dataclass(frozen=True)
class IngestResult:
    path: Path
    status: str  # added | duplicate | refused
    sha256: str = ""
    problem: Problem | None = None


@dataclass(frozen=True)
class _Prepared:
    """A file read, checked and copied into the workspace, waiting for its database rows."""

    data: PhotoData | None
    problem: UserError | None = None
    stored_as: str = ""
    created: bool = False  # this batch wrote the file (so a cancel removes it again)
    size: int = 0  # bytes of the copy (the original may be gone by the time it is recorded)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the photo files inside folders (recursively, in name order)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return files


def _prepare(ws: Workspace, path: Path) -> _Prepared:
    """Copy the file in, then read and hash *the copy*: the name it is stored under is the
    hash of exactly the bytes stored, whatever happens to the original meanwhile. Any
    failure, the reader's or the disk's, is this file's result."""
    incoming = ws.folder / "photos" / INCOMING
    try:
        incoming.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=incoming, suffix=PARTIAL)
        os.close(handle)
    except OSError as exc:
        return _Prepared(None, write_error(exc, ws.folder / "photos" / path.name))
    temporary = Path(name)
    with noted(temporary):  # a killed import's copy is removed at the next start
        return _copy_and_read(ws, path, temporary)


def _copy_and_read(ws: Workspace, path: Path, temporary: Path) -> _Prepared:
    try:
        try:
            shutil.copyfile(path, temporary)  # the kernel copies (copy_file_range / CopyFileEx)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            if exc.filename is not None and Path(exc.filename) == path or not path.is_file():
                return _Prepared(None, UserError("photo_unreadable", reason=exc.strerror or type(exc).__name__))
            return _Prepared(None, write_error(exc, ws.folder / "photos" / path.name))
        try:
            data = read_photo(temporary)
        except UserError as exc:
            temporary.unlink()
            return _Prepared(None, exc)
        size = temporary.stat().st_size
        relative = Path("photos") / data.meta.sha256[:2] / f"{data.meta.sha256}{path.suffix.lower() or '.jpg'}"
        target = ws.folder / relative
        if target.exists():  # stored before: the same photo twice is kept once
            temporary.unlink()
            return _Prepared(data, None, relative.as_posix(), False, size)
        try:
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())  # on disk before anything refers to it
            target.parent.mkdir(exist_ok=True)
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            return _Prepared(None, write_error(exc, ws.folder / "photos" / path.name))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return _Prepared(data, None, relative.as_posix(), True, size)


def ingest(ws: Workspace, paths: Iterable[Path], inspection_id: int | None = None, item_id: str = "",
           actor: str | None = None, progress: Progress | None = None,
           cancelled: Callable[[], bool] = lambda: False) -> list[IngestResult]:
    """Import photo files, optionally linking each to an inspection (and item)."""
    if inspection_id is not None:
        if inspection_status(ws, inspection_id) != "open":
            raise UserError("inspection_frozen")
    files = expand(paths)
    results: list[IngestResult] = []
    actor = actor or login_name()
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = [pool.submit(_prepare, ws, path) for path in files]
        try:
            for done, (path, future) in enumerate(zip(files, futures, strict=True), start=1):
                if cancelled():
                    raise Cancelled()
                prepared = future.result()
                if prepared.problem is not None:
                    results.append(IngestResult(path, "refused", problem=prepared.problem.problem))
                else:
                    results.append(_keep(ws, path, prepared, inspection_id, item_id, actor))
                if progress:
                    progress(done, len(files))
        except BaseException:
            _discard(ws, futures[len(results):])
            raise
    return results


def _discard(ws: Workspace, futures: list[Future[_Prepared]]) -> None:
    """After a cancel: files this batch copied but never recorded are removed again."""
    for future in futures:
        if future.cancel():
            continue
        try:
            prepared = future.result()
        except Exception:  # noqa: BLE001 - a failed copy already removed its temporary file
            continue
        if prepared.created:
            (ws.folder / prepared.stored_as).unlink(missing_ok=True)


def _keep(ws: Workspace, path: Path, prepared: _Prepared, inspection_id: int | None, item_id: str,
          actor: str) -> IngestResult:
    """Record one prepared photo; a database that cannot take it (a full disk) refuses this
    photo only, and a file this batch stored for it is removed again."""
    data = prepared.data
    assert data is not None
    sha256 = data.meta.sha256
    try:
        with ws.transaction():
            known = store.has_photo(ws.conn, sha256)
            if not known:
                store.insert_photo(ws.conn, data.meta, data.format, prepared.stored_as, path.name, prepared.size,
                                   data.scene_hash, data.thumbnail)
                audit.append(ws.conn, actor, "import", "photo", sha256, None, None, {"file": path.name})
            linked = inspection_id is not None and store.link(ws.conn, inspection_id, sha256, item_id)
            if linked:
                audit.append(ws.conn, actor, "create", "photo_link", inspection_id, item_id or None, None, sha256)
    except UserError as exc:
        if prepared.created:
            (ws.folder / prepared.stored_as).unlink(missing_ok=True)
        return IngestResult(path, "refused", problem=exc.problem)
    return IngestResult(path, "duplicate" if known and not linked else "added", sha256)
