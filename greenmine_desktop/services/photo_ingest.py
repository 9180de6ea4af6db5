"""Bringing photos into a workspace: files, whole folders (a camera's SD card), drops.

Each file is read and checked off the caller's thread, copied into ``photos/`` under its
SHA-256 (the same photo twice is stored once; the original is never touched), written to a
temporary name, flushed to disk and only then renamed into place, so a cancel or a dead
battery never leaves half a photo. The database rows (photo, link, audit) follow in one
transaction per photo. A file that cannot be used gets one sentence and the batch goes on.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from greenmine_desktop.messages import Cancelled, Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.photos.reader import SUFFIXES, PhotoData, read_photo
from greenmine_desktop.store import audit
from greenmine_desktop.store import photos as store
from greenmine_desktop.store.workspace import Workspace

Progress = Callable[[int, int], None]
READERS = 2  # decoding and hashing release the GIL: two files at a time on a 2-core laptop


@dataclass(frozen=True)
class IngestResult:
    path: Path
    status: str  # added | duplicate | refused
    sha256: str = ""
    problem: Problem | None = None


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the photo files inside folders (recursively, in name order)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return files


def _read(path: Path) -> PhotoData | UserError:
    try:
        return read_photo(path)
    except UserError as exc:
        return exc


def _store_file(ws: Workspace, source: Path, sha256: str, suffix: str) -> str:
    """Copy into photos/ab/<sha256><suffix> atomically; returns the path relative to the workspace."""
    relative = Path("photos") / sha256[:2] / f"{sha256}{suffix}"
    target = ws.folder / relative
    if target.exists():
        return relative.as_posix()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(source.read_bytes())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return relative.as_posix()


def ingest(ws: Workspace, paths: Iterable[Path], inspection_id: int | None = None, item_id: str = "",
           actor: str | None = None, progress: Progress | None = None,
           cancelled: Callable[[], bool] = lambda: False) -> list[IngestResult]:
    """Import photo files, optionally linking each to an inspection (and item)."""
    if inspection_id is not None:
        status = ws.conn.execute("SELECT status FROM inspection WHERE id = ?", [inspection_id]).fetchone()
        if status is None or status[0] != "open":
            raise UserError("inspection_frozen")
    files = expand(paths)
    results: list[IngestResult] = []
    actor = actor or login_name()
    with ThreadPoolExecutor(READERS) as pool:
        for done, (path, data) in enumerate(zip(files, _ahead(pool, files, cancelled), strict=False), start=1):
            if isinstance(data, UserError):
                results.append(IngestResult(path, "refused", problem=data.problem))
            else:
                results.append(_keep(ws, path, data, inspection_id, item_id, actor))
            if progress:
                progress(done, len(files))
    return results


def _ahead(pool: ThreadPoolExecutor, files: list[Path],
           cancelled: Callable[[], bool]) -> Iterator[PhotoData | UserError]:
    """Read files a little ahead of storing them, in order; stop at a cancel."""
    pending = [pool.submit(_read, path) for path in files[:READERS]]
    for index in range(len(files)):
        if cancelled():
            for future in pending:
                future.cancel()
            raise Cancelled()
        if index + READERS < len(files):
            pending.append(pool.submit(_read, files[index + READERS]))
        yield pending.pop(0).result()


def _keep(ws: Workspace, path: Path, data: PhotoData, inspection_id: int | None, item_id: str,
          actor: str) -> IngestResult:
    sha256 = data.meta.sha256
    known = store.has_photo(ws.conn, sha256)
    stored_as = _store_file(ws, path, sha256, path.suffix.lower() or ".jpg")
    with ws.transaction():
        if not known:
            store.insert_photo(ws.conn, data.meta, data.format, stored_as, path.name, path.stat().st_size,
                               data.scene_hash, data.thumbnail)
            audit.append(ws.conn, actor, "import", "photo", sha256, None, None, {"file": path.name})
        linked = inspection_id is not None and store.link(ws.conn, inspection_id, sha256, item_id)
        if linked:
            audit.append(ws.conn, actor, "create", "photo_link", inspection_id, item_id or None, None, sha256)
    return IngestResult(path, "duplicate" if known and not linked else "added", sha256)
