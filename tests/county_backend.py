"""The county side's tests on PostgreSQL too (issue 22).

``pytest --backend postgresql`` runs the suite with every county workspace a test makes
(through ``Workspace.create``, the demo's included) kept in a fresh database of the test
server named by ``GREENMINE_TEST_POSTGRES`` (a libpq connection string; ``dev.py test``
starts a throwaway cluster and sets it). Field workspaces stay on SQLite, as on a laptop.
A second pass with one option, rather than a parametrised fixture, because the county
workspace is made deep inside fixtures and helpers (the demo, the return-package world,
the year so far): one switch reaches them all, and the SQLite pass stays as it was.

Each test's database is a copy of one already migrated (``CREATE DATABASE … TEMPLATE``,
a file copy on the server), and a copied workspace folder (:func:`copy_workspace`) gets a
copy of its database too, so tests never share one. Tests known to fail on PostgreSQL
are listed with their reason in ``postgres_pending.txt`` and expected to fail there
(strictly: one that passes must leave the list, so it only shrinks).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest

ENVIRONMENT = "GREENMINE_TEST_POSTGRES"
INSTALL = ("PostgreSQL is not installed or not running for the tests: install it (Debian/Ubuntu: "
           "apt-get install postgresql) and run python3 dev.py test, which starts a throwaway server "
           f"and sets {ENVIRONMENT}")
PENDING = Path(__file__).with_name("postgres_pending.txt")
#: The fixtures that make a county workspace: a test using one (directly or through
#: another fixture) is county-side, and runs in the PostgreSQL pass.
COUNTY_FIXTURES = frozenset({"demo_template", "year_template", "demo_folder", "year_folder", "world", "loop_template"})


class TestServer:
    """The throwaway server: new databases for tests, each from a migrated template."""

    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo
        self.admin = psycopg.connect(conninfo, autocommit=True)
        self._empty: str | None = None

    def conninfo_for(self, database: str) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(self.conninfo, dbname=database)

    def copy(self, template: str | None = None) -> str:
        """A new database, a copy of ``template`` (an empty, migrated one by default)."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or self.empty()}"')
        return name

    def empty(self) -> str:
        """An empty database with the county schema, made once per test run."""
        if self._empty is None:
            from greenmine_desktop.store import postgres
            from greenmine_desktop.store.migrations import migrate

            name = f"empty_{uuid.uuid4().hex[:12]}"
            self.admin.execute(f'CREATE DATABASE "{name}"')
            conn = postgres.connect(self.conninfo_for(name))
            try:
                migrate(conn, Path(name))  # type: ignore[arg-type]
            finally:
                conn.close()
            self._empty = name
        return self._empty

    def blank(self) -> str:
        """A new database with nothing in it (what a server administrator hands over)."""
        name = f"b_{uuid.uuid4().hex[:16]}"
        self.admin.execute(f'CREATE DATABASE "{name}"')
        return name

    def unused(self, name: str) -> bool:
        return bool(self.admin.execute("SELECT count(*) = 0 FROM pg_stat_activity WHERE datname = %s",
                                       [name]).fetchone()[0])

    def drop(self, name: str) -> None:
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.admin.close()


def server_or_skip() -> TestServer:
    conninfo = os.environ.get(ENVIRONMENT)
    if not conninfo:
        pytest.skip(INSTALL)
    try:
        return TestServer(conninfo)
    except Exception as exc:  # noqa: BLE001 - any failure to reach it is the same advice
        pytest.skip(f"{INSTALL} ({exc})")


def database_of(folder: Path) -> str | None:
    """The database name of a server workspace's folder (None: a SQLite workspace)."""
    from psycopg.conninfo import conninfo_to_dict

    from greenmine_desktop.store.workspace import DATABASE_FILE, read_database_file

    if not (folder / DATABASE_FILE).is_file():
        return None
    return str(conninfo_to_dict(read_database_file(folder))["dbname"])


#: What either backend raises when one of the schema's guarantees (a trigger, a
#: constraint) refuses a statement.
REFUSED = (sqlite3.IntegrityError, psycopg.IntegrityError)

_current: TestServer | None = None
#: (database, workspace folder) of every database made for a workspace in this run.
_made: list[tuple[str, Path]] = []


def new_county_database(folder: Path, template: str | None = None) -> str:
    """The connection string of a new database for the county workspace at ``folder``."""
    assert _current is not None
    name = _current.copy(template)
    _made.append((name, Path(folder).resolve()))
    return _current.conninfo_for(name)


#: Databases of finished tests still waiting to be dropped.
_finished: list[str] = []


def drop_under(folder: Path) -> None:
    """Drop the databases of the workspaces made under ``folder`` (a test's tmp_path),
    and of earlier tests: a cluster that kept one per test would fill the disk. A database
    still in use (a window's last refresh may come after its test) is dropped later."""
    if _current is None:
        return
    root = Path(folder).resolve()
    for entry in [e for e in _made if e[1].is_relative_to(root)]:
        _finished.append(entry[0])
        _made.remove(entry)
    for name in list(_finished):
        if _current.unused(name):
            _current.drop(name)
            _finished.remove(name)


def copy_on_server(server: TestServer, source: Path, target: Path) -> str:
    """A copy at ``target`` of the server workspace folder ``source`` (closed), with its own
    copy of the database; the copy's database name (to drop it after)."""
    from greenmine_desktop.store.workspace import write_database_file

    name = server.copy(database_of(source))
    shutil.copytree(source, target)
    write_database_file(target, server.conninfo_for(name))
    return name


def copy_workspace(source: Path, target: Path) -> Path:
    """A copy of a folder holding workspaces (or of one); each server workspace's copy gets
    its own copy of the database (the source must be closed: PostgreSQL copies only a
    database nobody uses)."""
    from greenmine_desktop.store.workspace import DATABASE_FILE, write_database_file

    shutil.copytree(source, target)
    for found in sorted(Path(target).rglob(DATABASE_FILE)):
        name = database_of(found.parent)
        if name is not None:
            write_database_file(found.parent, new_county_database(found.parent, name))
    return target


def is_county_side(item: pytest.Item) -> bool:
    """A test that works on a county workspace from the shared fixtures. The server's own
    tests (test_postgres_*) run in the SQLite pass already, on the same server."""
    if Path(str(item.fspath)).name.startswith("test_postgres_"):
        return False
    return bool(COUNTY_FIXTURES & set(getattr(item, "fixturenames", ())))


def install(server: TestServer | None) -> None:
    global _current
    _current = server


def pending() -> dict[str, str]:
    """Node ids known to fail on PostgreSQL, with their reason (``node id | reason``)."""
    found = {}
    for line in PENDING.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            node, _, reason = line.partition(" | ")
            found[node.strip()] = reason.strip()
    return found


def drop_triggers(ws, table: str, triggers: list[str]) -> None:
    """Drop a table's triggers by their SQLite names, as an administrator with a database
    tool could; on PostgreSQL, every trigger of the table that refuses changes."""
    if ws.on_server:
        ws.conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        return
    for trigger in triggers:
        ws.conn.execute(f"DROP TRIGGER {trigger}")
