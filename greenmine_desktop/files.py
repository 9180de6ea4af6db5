"""Writing files so that a crash, a full disk or a cancel never leaves half of one.

Every file the app writes goes through :func:`write_atomically`: a temporary file beside
the target (named ``.<name>.<random>.partial``, so it never passes for a package or a PDF),
flushed to disk, then renamed into place. A failure removes the temporary file and
becomes a :class:`WriteFailed`: one sentence naming the path and saying that it was not
written (disk full, read-only, no permission, a missing folder or drive). A process killed
mid-write cannot remove its temporary file, so each write is noted in the app's
``pending-writes/`` folder while it runs; :func:`remove_abandoned` (at every start) deletes
the temporary files whose writer is gone.

A file the user asked for (an export to a USB stick) is written with
``create_folder=False``: its folder must exist, so an unmounted stick is named, not
silently replaced by a new folder on the laptop's own disk.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, BinaryIO

from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import data_dir

log = logging.getLogger(__name__)

PARTIAL = ".partial"
_PENDING = "pending-writes"
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_WINDOWS_WRITE_PROTECT = 19  # ERROR_WRITE_PROTECT: a locked SD card or USB stick


class WriteFailed(UserError, OSError):
    """A file could not be written: a known error with its sentence (and still an OSError
    for code that only asks whether the disk worked)."""


def write_error(exc: OSError, path: Path) -> WriteFailed:
    """The sentence for an operating-system error while writing ``path``."""
    if isinstance(exc, WriteFailed):
        return exc
    folder = path.parent
    if exc.errno in _DISK_FULL:
        return WriteFailed("write_disk_full", path=path)
    if exc.errno == errno.EROFS or getattr(exc, "winerror", None) == _WINDOWS_WRITE_PROTECT:
        return WriteFailed("write_read_only", folder=folder, path=path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return WriteFailed("write_permission", folder=folder, path=path)
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return missing_folder(path) or WriteFailed("write_failed", path=path, reason=exc.strerror or "ENOENT")
    return WriteFailed("write_failed", path=path, reason=exc.strerror or type(exc).__name__)


def missing_folder(target: Path) -> WriteFailed | None:
    """The sentence for a target whose folder does not exist, naming the first missing
    folder (or the drive), or None when the folder is there."""
    folder = target.parent
    if folder.is_dir():
        return None
    if folder.exists():
        return WriteFailed("write_not_a_folder", folder=folder, path=target)
    missing = folder
    while not missing.parent.exists() and missing.parent != missing:
        missing = missing.parent
    if missing.parent == missing or (missing.anchor and not Path(missing.anchor).exists()):
        return WriteFailed("write_drive_missing", drive=missing.anchor or missing, path=target)
    return WriteFailed("write_folder_missing", missing=missing, path=target)


def check_writable(target: Path) -> None:
    """Raise the :class:`WriteFailed` that writing ``target`` would meet now (missing folder,
    read-only, no permission), before work that must not happen without its file."""
    if (missing := missing_folder(target)) is not None:
        raise missing
    try:
        handle, probe = tempfile.mkstemp(dir=target.parent, prefix=".greenmine-probe-", suffix=PARTIAL)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise write_error(exc, target) from exc


def write_atomically(target: Path, write: Callable[[BinaryIO], object], *, create_folder: bool = True) -> Path:
    """Write through ``write`` into a temporary file beside ``target``, flush it to disk,
    then rename it into place; on any failure the temporary file is removed and an
    operating-system error becomes a :class:`WriteFailed` naming ``target``.

    ``create_folder`` makes the target's folder (the workspace's own folders); a file the
    user chose is written with ``create_folder=False`` and its folder must exist."""
    target = Path(target)
    try:
        if create_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        elif (missing := missing_folder(target)) is not None:
            raise missing
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.", suffix=PARTIAL)
    except OSError as exc:
        raise write_error(exc, target) from exc
    with noted(Path(temporary)):
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise write_error(exc, target) from exc
            raise
    return target


def keep_private(path: Path) -> Path:
    """Only the owner may read or write ``path`` (mode 0600), where the system has file
    modes; on Windows the user profile's ACLs do that job and modes mean nothing."""
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def write_private(target: Path, write: Callable[[BinaryIO], object], *, create_folder: bool = True) -> Path:
    """:func:`write_atomically` for a private key: mode 0600 before it takes its name."""
    if os.name != "posix":
        return write_atomically(target, write, create_folder=create_folder)

    def write_and_close_group(stream: BinaryIO) -> None:
        os.fchmod(stream.fileno(), 0o600)
        write(stream)

    return write_atomically(target, write_and_close_group, create_folder=create_folder)


@contextmanager
def noted(temporary: Path) -> Iterator[None]:
    """Note ``temporary`` in ``pending-writes/`` for as long as it exists, the note locked
    by this process, so that a later start can tell an abandoned file from one being
    written. Without the note (the data folder not writable) the write goes on unnoted."""
    note_path = data_dir() / _PENDING / f"{uuid.uuid4().hex}.txt"
    try:
        note_path.parent.mkdir(exist_ok=True)
        note = note_path.open("w+", encoding="utf-8")
    except OSError:
        yield
        return
    try:
        note.write(str(temporary))
        note.flush()
        _lock(note)
        yield
    finally:
        note.close()
        with suppress(OSError):
            note_path.unlink()


def remove_abandoned() -> int:
    """Delete the temporary files of writes whose process died (killed, power lost), and
    their notes; returns how many files were removed. A write still running elsewhere
    keeps its note locked and is left alone."""
    removed = 0
    folder = data_dir() / _PENDING
    for note_path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        try:
            with note_path.open("r+", encoding="utf-8") as note:
                if not _lock(note, wait=False):
                    continue  # its writer is alive
                temporary = Path(note.read().strip())
        except OSError:
            continue
        if temporary.name.endswith(PARTIAL) and temporary.is_file():
            with suppress(OSError):
                temporary.unlink()
                removed += 1
                log.info("removed the temporary file of an interrupted write: %s", temporary)
        with suppress(OSError):
            note_path.unlink()
    return removed


def _lock(note: IO[str], wait: bool = True) -> bool:
    """Lock the note's first byte for this process (released when the file is closed or
    the process dies); False when another process holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            note.seek(0)
            msvcrt.locking(note.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(note.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True
