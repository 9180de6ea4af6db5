"""Numbered SQL migrations from db/, applied in order and recorded in ``schema_version``.

Each step runs in its own transaction, so a failed step leaves the database at the
previous version. Before an existing database is migrated, a backup copy is taken.

A county workspace on PostgreSQL has its own history in db/postgresql/ (the same
tables, keys and guarantees; tests/test_postgres_schema.py keeps the two equal). The
server keeps its own backups, so none is taken there; two clerks opening a workspace
that needs migrating take turns on the bureau's writer lock.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from greenmine_desktop import clock
from greenmine_desktop.assets import get_asset
from greenmine_desktop.messages import UserError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path


def available_migrations(folder: Path | None = None, dialect: str = "sqlite") -> list[Migration]:
    folder = folder or (get_asset("db") / "postgresql" if dialect == "postgresql" else get_asset("db"))
    found = [Migration(int(m.group(1)), p) for p in folder.iterdir() if (m := _NAME.match(p.name))]
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations in {folder} are not numbered 1..n without gaps")
    return found


def current_version(conn: sqlite3.Connection) -> int:
    if dialect_of(conn) == "postgresql":
        from greenmine_desktop.store import postgres

        tables = postgres.tables(conn)  # type: ignore[arg-type]
    else:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in tables:
        return -1 if tables else 0  # -1: some other database
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def backup(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    """Copy the database (consistently, through SQLite's backup API) before migrating it."""
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{db_path.stem}.v{version}.{stamp}.sqlite"
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def migrate(conn: sqlite3.Connection, db_path: Path, migrations: list[Migration] | None = None) -> int:
    """Bring the database to the newest schema; returns the version it started at."""
    if dialect_of(conn) == "postgresql":
        return _migrate_server(conn, db_path, migrations)
    migrations = migrations if migrations is not None else available_migrations()
    latest = migrations[-1].version if migrations else 0
    found = current_version(conn)
    if found < 0:
        raise UserError("workspace_not_greenmine", path=db_path)
    if found > latest:
        raise UserError("workspace_too_new", found=found, supported=latest)
    pending = [m for m in migrations if m.version > found]
    if pending and found > 0:
        backup(conn, db_path, found)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    for migration in pending:
        script = migration.path.read_text(encoding="utf-8")
        applied = clock.now_iso()
        try:
            conn.executescript(
                f"BEGIN;\n{script}\n;INSERT INTO schema_version VALUES ({migration.version}, '{applied}');\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found


def dialect_of(conn: object) -> str:
    """"sqlite" or "postgresql": which SQL the connection speaks (store/postgres.py)."""
    return getattr(conn, "dialect", "sqlite")


def _migrate_server(conn: object, where: Path, migrations: list[Migration] | None) -> int:
    from greenmine_desktop.store import postgres

    assert isinstance(conn, postgres.Connection)
    migrations = migrations if migrations is not None else available_migrations(dialect="postgresql")
    latest = migrations[-1].version if migrations else 0
    found = current_version(conn)  # type: ignore[arg-type]
    if found < 0:
        raise UserError("workspace_not_greenmine", path=where)
    if found > latest:
        raise UserError("workspace_too_new", found=found, supported=latest)
    if found == latest:
        return found
    with conn.raw.transaction():
        conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", [postgres.WRITER_LOCK])
        conn.raw.execute("CREATE TABLE IF NOT EXISTS schema_version "
                         "(version bigint PRIMARY KEY, applied_at text NOT NULL)")
        done = conn.raw.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
        for migration in (m for m in migrations if m.version > done):  # another clerk may have migrated meanwhile
            conn.raw.execute(migration.path.read_text(encoding="utf-8").encode("utf-8"), prepare=False)
            conn.raw.execute("INSERT INTO schema_version VALUES (%s, %s)", [migration.version, clock.now_iso()])
    return found
