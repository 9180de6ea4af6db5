"""A workspace: one folder with ``workspace.sqlite`` (WAL), ``photos/``, ``reports/``, ``keys/``.

Its kind (county office or field laptop) is fixed when it is created.
Each thread that touches the database opens its own :class:`Workspace`; the GUI keeps
one for reading (:meth:`Workspace.refuse_writes`) and runs every write job on a single
worker (see gui/jobs.py).

A county workspace may keep its database on the bureau's PostgreSQL server instead
(issue 22): its folder then holds ``database.json`` (``{"backend": "postgresql",
"conninfo": "service=greenmine"}``) in place of ``workspace.sqlite``, so ``--workspace W``
opens it as before. The file names no password: libpq finds it in the user's password
file (``pgpass.conf`` / ``~/.pgpass``) or service file. Photos, reports and keys stay in
the folder, which may then be on the bureau's share: every file is written atomically
under a name of its own (photos by their SHA-256) and moves into place only after the
transaction that refers to it has committed (store/staging.py), so a clerk never sees a
database row whose file is missing. Field laptops stay SQLite only.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from greenmine_desktop import __version__, clock
from greenmine_desktop.messages import UserError
from greenmine_desktop.store import holidays
from greenmine_desktop.store.migrations import Migration, dialect_of, migrate

if TYPE_CHECKING:
    import sqlite_utils

DB_NAME = "workspace.sqlite"
DATABASE_FILE = "database.json"  # a county workspace whose database is on a server
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
    exists = ("SELECT to_regclass('holiday_day')" if dialect_of(conn) == "postgresql"
              else "SELECT 1 FROM sqlite_master WHERE name = 'holiday_day'")
    row = conn.execute(exists).fetchone()
    if row and row[0]:
        holidays.seed_from_library(conn)


def read_database_file(folder: Path) -> str:
    """The connection string of a server workspace's folder (see the module's docstring)."""
    path = folder / DATABASE_FILE
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        backend, conninfo = found["backend"], found["conninfo"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError("database_file_bad", path=path) from exc
    if backend != "postgresql" or not isinstance(conninfo, str) or not conninfo.strip():
        raise UserError("database_file_bad", path=path)
    return conninfo


def write_database_file(folder: Path, conninfo: str) -> Path:
    from greenmine_desktop.files import write_atomically

    body = json.dumps({"backend": "postgresql", "conninfo": conninfo}, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(folder / DATABASE_FILE, lambda handle: handle.write(body.encode("utf-8")))


def refuse_stored_password(conninfo: str, where: Path) -> None:
    """A connection string to be written into a workspace folder names no password."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        password = conninfo_to_dict(conninfo).get("password")
    except psycopg.ProgrammingError as exc:  # not a connection string libpq can read
        raise UserError("database_file_bad", path=where) from exc
    if password:
        raise UserError("database_password_in_file", path=where)


def _connect_server(conninfo: str, where: Path, stored: bool = True,
                    password: str | None = None) -> sqlite3.Connection:
    """A server connection, standing in for sqlite3's (the store calls ``execute`` and
    friends on either; see store/postgres.py). A password in a connection string that is
    ``stored`` in the folder is refused: it would sit in a plain file on the share.
    ``password``: one the clerk has just typed, given to libpq apart from the string."""
    import psycopg

    from greenmine_desktop.store import postgres

    try:
        if stored:
            refuse_stored_password(conninfo, where)
        return cast(sqlite3.Connection, postgres.connect(conninfo, password))
    except psycopg.OperationalError as exc:
        raise UserError("server_unreachable", reason=str(exc).strip().splitlines()[0] if str(exc) else "",
                        path=where) from exc
    except psycopg.ProgrammingError as exc:  # not a connection string libpq can read
        raise UserError("database_file_bad", path=where) from exc


def init_server(conninfo: str) -> int:
    """Give an empty server database the county schema (``greenmine server init``); a
    database with anything in it is refused. Returns the schema version made."""
    from greenmine_desktop.store import postgres
    from greenmine_desktop.store.migrations import available_migrations

    conn = _connect_server(conninfo, Path(conninfo), stored=False)
    try:
        if not postgres.is_empty(cast(postgres.Connection, conn)):
            raise UserError("server_not_empty")
        migrate(conn, Path(conninfo))
        _seed_holidays(conn)
    finally:
        conn.close()
    return available_migrations(dialect="postgresql")[-1].version


def probe_server(conninfo: str, password: str | None = None) -> tuple[str, bool]:
    """The server's version, and whether its database can take a county workspace (empty,
    or with the schema ``init_server`` made and no workspace yet): a connection test."""
    from greenmine_desktop.store import postgres

    conn = cast(postgres.Connection, _connect_server(conninfo, Path(conninfo), stored=False, password=password))
    try:
        return str(conn.raw.info.parameter_status("server_version") or ""), postgres.is_unused(conn)
    finally:
        conn.close()


def try_write_lock(conn: sqlite3.Connection) -> bool:
    """Begin a transaction holding the write lock if no one else holds it now; False
    (and no transaction) when another writer does: an opening never waits for one."""
    if dialect_of(conn) == "postgresql":
        from greenmine_desktop.store import postgres

        conn.execute("BEGIN")
        if conn.execute("SELECT pg_try_advisory_xact_lock(?)", [postgres.WRITER_LOCK]).fetchone()[0]:
            return True
        conn.execute("ROLLBACK")
        return False
    before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}")
    return True


class Workspace:
    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self._savepoints = itertools.count(1)

    @property
    def dialect(self) -> str:
        """"sqlite", or "postgresql" for a county workspace on the bureau's server."""
        return dialect_of(self.conn)

    @property
    def on_server(self) -> bool:
        return self.dialect == "postgresql"

    def rows(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Rows of a query as dicts by column name, on either backend."""
        if self.on_server:
            yield from cast(Any, self.conn).rows(sql, params)
        else:
            yield from self.db.query(sql, params)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, made on first use: importing it costs
        120 ms, and the GUI's start-up only reads through ``conn``. SQLite only."""
        if self.on_server:
            raise RuntimeError("sqlite-utils works on SQLite only; this workspace is on a server")
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @classmethod
    def create(cls, folder: Path, kind: str, migrations: list[Migration] | None = None,
               database: str | None = None) -> Workspace:
        """A new workspace in ``folder``; a county one may keep its database on a server
        (``database``: a libpq connection string to an empty database, or to one that
        ``greenmine server init`` gave the schema and no workspace yet)."""
        if kind not in KINDS:
            raise UserError("bad_kind")
        folder = Path(folder)
        if (folder / DB_NAME).exists() or (folder / DATABASE_FILE).exists():
            raise UserError("workspace_exists", path=folder)
        if database is not None and kind != "county":
            raise UserError("server_field_workspace")
        if database is not None:
            conn = _connect_server(database, folder)
            from greenmine_desktop.store import postgres

            if not postgres.is_unused(cast(postgres.Connection, conn)):
                conn.close()
                raise UserError("server_not_empty")
        if database is None:
            _refuse_network_share(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SUBFOLDERS:
            (folder / name).mkdir(exist_ok=True)
        import uuid  # here, not at the top: it imports platform, and opening needs neither

        if database is None:
            conn = _connect(folder / DB_NAME)
        migrate(conn, folder / DB_NAME, migrations)
        _seed_holidays(conn)
        workspace = cls(folder, conn)
        with workspace.transaction():
            workspace.conn.executemany("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [
                ("kind", kind), ("id", str(uuid.uuid4())), ("created_at", now_iso()),
                ("created_by_version", __version__)])
        if database is not None:
            write_database_file(folder, database)
        return workspace

    @classmethod
    def open(cls, folder: Path, migrations: list[Migration] | None = None) -> Workspace:
        folder = Path(folder)
        if folder.name in (DB_NAME, DATABASE_FILE):
            folder = folder.parent
        db_path = folder / DB_NAME
        on_server = (folder / DATABASE_FILE).is_file()
        if not on_server and not db_path.is_file():
            raise UserError("workspace_missing", path=folder)
        if not on_server:
            _refuse_network_share(folder)
        conn = _connect_server(read_database_file(folder), folder / DATABASE_FILE) if on_server else _connect(db_path)
        try:
            migrate(conn, folder / DATABASE_FILE if on_server else db_path, migrations)
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

    @staticmethod
    def is_in(folder: Path) -> bool:
        """The folder holds a workspace: its SQLite file, or the file naming its server database."""
        return (Path(folder) / DB_NAME).is_file() or (Path(folder) / DATABASE_FILE).is_file()

    def refuse_writes(self) -> None:
        """Make this connection read-only (SQLite's ``query_only``, a server session's
        read-only transactions): the GUI's own connection, on which any write left on the
        GUI thread fails loudly instead of running there. Every write of the GUI is an
        operation on the job thread's writer (gui/ops.py)."""
        if self.on_server:
            self.conn.execute("SET default_transaction_read_only = on")
        else:
            self.conn.execute("PRAGMA query_only = ON")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM workspace_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, values: Mapping[str, str]) -> None:
        """Inside the caller's transaction: settings of the workspace, each replacing its old value."""
        self.conn.executemany("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", list(values.items()))

    def upsert_all(self, table: str, key: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
        """Inside the caller's transaction: insert rows, updating the columns given of those
        whose ``key`` exists (the same SQL on both backends). ``table`` and the columns
        (the first row's keys) are the store's own names, never user input."""
        rows = list(rows)
        if not rows:
            return
        columns = list(rows[0])
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "  # noqa: S608
            f"ON CONFLICT ({', '.join(key)}) {action}", [tuple(row[c] for c in columns) for row in rows])

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Inside the caller's transaction: insert rows (names as for :meth:`upsert_all`)."""
        rows = list(rows)
        if rows:
            columns = list(rows[0])
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",  # noqa: S608
                [tuple(row[c] for c in columns) for row in rows])

    def integrity_problems(self) -> list[str]:
        """The database engine's own check of its file: empty when it is sound. On a
        server, the data pages whose checksum failed in this database (the server reads
        its own files; none counted when the cluster was made without checksums)."""
        if self.on_server:
            failures = self.conn.execute("SELECT checksum_failures FROM pg_stat_database "
                                         "WHERE datname = current_database()").fetchone()
            return [f"{failures[0]} data page checksum failures"] if failures and failures[0] else []
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
        and the write it allows are one step. Another writer waits (the busy timeout).

        On a server every transaction is ``immediate``: it takes the bureau's one writer
        lock first (store/postgres.py), as SQLite has one writer; readers never wait."""
        if self.on_server:
            with self._server_transaction():
                yield cast("sqlite_utils.Database", None)  # sqlite-utils has no server backend
            return
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
    def _server_transaction(self) -> Iterator[None]:
        from greenmine_desktop.store import postgres

        errors = postgres.errors()
        try:
            if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils' atomic() makes
                name = f"greenmine_{next(self._savepoints)}"
                self.conn.execute(f"SAVEPOINT {name}")
                try:
                    yield
                except BaseException:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    raise
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except (errors.DiskFull, errors.OutOfMemory) as exc:
            raise UserError("disk_full") from exc
        except errors.LockNotAvailable as exc:  # the wait for another clerk's write ran out
            raise UserError("workspace_locked") from exc

    @contextmanager
    def waiting_for_writers(self, seconds: float) -> Iterator[None]:
        """How long a write waits for another process's write to finish before giving
        up (``timeout`` of the connection otherwise), for the length of the block."""
        if self.on_server:
            server = cast(Any, self.conn)
            before_ms = server.lock_timeout_ms
            server.lock_timeout_ms = max(1, int(seconds * 1000))  # 0 would mean "wait for ever"
            try:
                yield
            finally:
                server.lock_timeout_ms = before_ms
            return
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
