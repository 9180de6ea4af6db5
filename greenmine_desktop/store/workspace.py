"""A workspace: one folder with ``workspace.sqlite`` (WAL), ``photos/``, ``reports/``, ``keys/``.

Its kind (county office or field laptop) is fixed when it is created.
Each thread that touches the database opens its own :class:`Workspace`; the GUI keeps
one for reading (:meth:`Workspace.refuse_writes`) and runs every write job on a single
worker (see gui/jobs.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from greenmine_desktop import __version__, clock
from greenmine_desktop.messages import UserError
from greenmine_desktop.store import holidays
from greenmine_desktop.store.migrations import Migration, migrate

if TYPE_CHECKING:
    import sqlite_utils

DB_NAME = "workspace.sqlite"
SUBFOLDERS = ("photos", "reports", "keys")
KINDS = ("county", "field")


def now_iso() -> str:
    """Now in UTC to the second, from the app's one clock (kept here: the store's callers use it)."""
    return clock.now_iso()


def _connect(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:  # not a database at all, or no room for its journal
        conn.close()
        if "full" in str(exc).lower():
            raise UserError("workspace_disk_full", path=db_path.parent) from exc
        raise UserError("workspace_not_greenmine", path=db_path) from exc
    conn.execute("PRAGMA synchronous = FULL")  # a committed edit survives a dead battery
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _refuse_network_share(folder: Path) -> None:
    """A SQLite workspace on a network share would be corrupted by its shared locks and
    WAL (see network_share.py); the sentence names the server option instead."""
    from greenmine_desktop.network_share import network_kind

    kind = network_kind(folder)
    if kind:
        raise UserError("workspace_on_network_share", path=folder, kind=kind)


def _seed_holidays(conn: sqlite3.Connection) -> None:
    """The years chinese-calendar knows, into a workspace that lacks them (a newer
    release brings its year to every workspace on open). Skipped for a test's partial
    schema that has no holiday table."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'holiday_day'").fetchone():
        holidays.seed_from_library(conn)


class Workspace:
    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self.conn = conn
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, made on first use: importing it costs
        120 ms, and the GUI's start-up only reads through ``conn``."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @classmethod
    def create(cls, folder: Path, kind: str, migrations: list[Migration] | None = None) -> Workspace:
        if kind not in KINDS:
            raise UserError("bad_kind")
        folder = Path(folder)
        if (folder / DB_NAME).exists():
            raise UserError("workspace_exists", path=folder)
        _refuse_network_share(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SUBFOLDERS:
            (folder / name).mkdir(exist_ok=True)
        import uuid  # here, not at the top: it imports platform, and opening needs neither

        conn = _connect(folder / DB_NAME)
        migrate(conn, folder / DB_NAME, migrations)
        _seed_holidays(conn)
        workspace = cls(folder, conn)
        with workspace.transaction():
            workspace.conn.executemany("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [
                ("kind", kind), ("id", str(uuid.uuid4())), ("created_at", now_iso()),
                ("created_by_version", __version__)])
        return workspace

    @classmethod
    def open(cls, folder: Path, migrations: list[Migration] | None = None) -> Workspace:
        folder = Path(folder)
        if folder.name == DB_NAME:
            folder = folder.parent
        db_path = folder / DB_NAME
        if not db_path.is_file():
            raise UserError("workspace_missing", path=folder)
        _refuse_network_share(folder)
        conn = _connect(db_path)
        try:
            migrate(conn, db_path, migrations)
            _seed_holidays(conn)
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc):
                raise UserError("workspace_locked") from exc
            if "full" in str(exc).lower():
                raise UserError("workspace_disk_full", path=folder) from exc
            raise
        except BaseException:
            conn.close()
            raise
        staged = folder / "staging"
        if staged.is_dir() and any(staged.iterdir()):  # files an import left when it was cut short
            from greenmine_desktop.store import staging  # it needs the store's queries, which need this module

            staging.recover(folder, conn)
        return cls(folder, conn)

    def refuse_writes(self) -> None:
        """Make this connection read-only (``PRAGMA query_only``): the GUI's own connection,
        on which any write left on the GUI thread fails loudly instead of running there.
        Every write of the GUI is an operation on the job thread's writer (gui/ops.py)."""
        self.conn.execute("PRAGMA query_only = ON")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM workspace_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, values: Mapping[str, str]) -> None:
        """Inside the caller's transaction: settings of the workspace, each replacing its old value."""
        self.conn.executemany("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", list(values.items()))

    def integrity_problems(self) -> list[str]:
        """The database engine's own check of its file: empty when it is sound."""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    @property
    def kind(self) -> str:
        return self.meta("kind") or ""

    @contextmanager
    def transaction(self, immediate: bool = False) -> Iterator[sqlite_utils.Database]:
        """All or nothing; a full disk becomes a sentence the user can act on.

        ``immediate`` takes the write lock at the start (``BEGIN IMMEDIATE``), so what is
        read inside cannot be changed by another process before this one writes: a check
        and the write it allows are one step. Another writer waits (the busy timeout)."""
        try:
            if immediate and not self.conn.in_transaction:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
            else:
                with self.db.atomic() as db:
                    yield db
        except sqlite3.OperationalError as exc:
            if "full" in str(exc).lower():
                raise UserError("disk_full") from exc
            if immediate and "locked" in str(exc).lower():  # the wait for the lock ran out
                raise UserError("workspace_locked") from exc
            raise

    @contextmanager
    def waiting_for_writers(self, seconds: float) -> Iterator[None]:
        """How long a write waits for another process's write to finish before giving
        up (``timeout`` of the connection otherwise), for the length of the block."""
        before = self.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(before)}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
