"""Files that arrive with a package wait in ``staging/`` inside the workspace and move
into place only after the transaction that refers to them has committed.

A staging folder is named ``<package sha256>-<random>`` and is made only while its
import holds the database's write lock, so whoever next holds that lock and finds a
folder knows its import is over: if the package is in the import log as imported, the
files are moved into place (the commit happened, the move did not); otherwise they are
deleted and the try is logged as interrupted. Moving is idempotent (a file whose target
exists is dropped), so two processes finishing the same folder do no harm.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import text
from greenmine_desktop.store.returns import log_import, was_imported
from greenmine_desktop.store.workspace import try_write_lock

STAGING = "staging"
TRY = "try.json"  # which file this try was importing, for the log if it never finishes
WRITERS = 8  # writing and flushing wait on the kernel, not on Python


class Staged:
    """Files for one import, written into their own staging folder."""

    def __init__(self, workspace: Path, package_sha256: str, file_name: str, files: dict[str, bytes]) -> None:
        self.workspace = workspace
        self.folder = workspace / STAGING / f"{package_sha256}-{secrets.token_hex(4)}"
        self.folder.mkdir(parents=True)
        try:
            (self.folder / TRY).write_text(json.dumps({"file": file_name}, ensure_ascii=False), encoding="utf-8")
            pending = [(self.folder / name, data) for name, data in files.items() if not (workspace / name).exists()]
            with ThreadPoolExecutor(WRITERS) as pool:
                list(pool.map(lambda job: write_atomically(job[0], _writer(job[1])), pending))
        except BaseException:  # a full disk: nothing of this try stays
            self.discard()
            raise

    def commit(self) -> None:
        _move_into_place(self.folder, self.workspace)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _writer(data: bytes) -> Callable[[BinaryIO], object]:
    return lambda stream: stream.write(data)


def _move_into_place(folder: Path, workspace: Path) -> None:
    try:
        staged_files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != TRY)
    except OSError:  # another process finishing this folder removed it while it was listed
        return
    for staged in staged_files:
        target = workspace / staged.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            if target.exists():
                staged.unlink()
            else:
                os.replace(staged, target)
        except FileNotFoundError:  # another process finishing this folder moved it first
            pass
    shutil.rmtree(folder, ignore_errors=True)


def recover(workspace: Path, conn: sqlite3.Connection) -> None:
    """Finish what a crashed import left in ``staging/`` (see the module's docstring);
    nothing to do, and no lock taken, when the folder is empty. When another import holds
    the lock, the next opening does it."""
    root = workspace / STAGING
    if not root.is_dir() or not any(root.iterdir()):
        return
    if not try_write_lock(conn):  # busy: the import holding the lock cleans up after itself
        return
    try:
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            if was_imported(conn, folder.name.partition("-")[0]):
                _move_into_place(folder, workspace)
                continue
            try:
                file = str(json.loads((folder / TRY).read_text(encoding="utf-8"))["file"])
            except (OSError, ValueError, KeyError, TypeError):
                file = folder.name
            log_import(conn, file, folder.name.partition("-")[0], "", "refused", text("package_interrupted"))
            shutil.rmtree(folder, ignore_errors=True)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
