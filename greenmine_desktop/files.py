"""Writing files so that a crash, a full disk or a cancel never leaves half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write through ``write`` into a temporary file beside ``target``, flush it to disk,
    then rename it into place; on any failure the temporary file is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem[:20]}-", suffix=target.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def keep_private(path: Path) -> Path:
    """Only the owner may read or write ``path`` (mode 0600), where the system has file
    modes; on Windows the user profile's ACLs do that job and modes mean nothing."""
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def write_private(target: Path, write: Callable[[BinaryIO], object]) -> Path:
    """:func:`write_atomically` for a private key: mode 0600 before it takes its name."""
    if os.name != "posix":
        return write_atomically(target, write)

    def write_and_close_group(stream: BinaryIO) -> None:
        os.fchmod(stream.fileno(), 0o600)
        write(stream)

    return write_atomically(target, write_and_close_group)
