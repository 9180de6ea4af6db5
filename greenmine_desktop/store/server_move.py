"""Moving a SQLite county workspace's data into a PostgreSQL database (issue 22):
``greenmine workspace move W --database …``.

Every table is copied row by row, with its ids, in one server transaction, while the
SQLite workspace is held under its write lock (nothing changes there meanwhile). The
copied rows are history that the triggers would refuse to write again (answers of a
signed inspection, say), so the copy writes them with the tables' own triggers disabled,
inside that same transaction: if anything fails, the server is left as it was, triggers
included. Before the commit every table's row count is compared, the audit chain is
verified on the server and the bureau's data fingerprint (store/content.py) must be the
same on both sides. Only then does the folder switch: ``workspace.sqlite`` goes to
``backups/`` (kept, never deleted) and ``database.json`` names the server.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any, cast

from greenmine_desktop import clock
from greenmine_desktop.messages import UserError
from greenmine_desktop.store import audit, content, postgres
from greenmine_desktop.store.migrations import migrate
from greenmine_desktop.store.workspace import (
    DATABASE_FILE,
    DB_NAME,
    Workspace,
    _connect_server,
    write_database_file,
)

BATCH = 1000
#: Tables the server's schema fills itself (FTS5's own tables are SQLite's index, which
#: the server's trigram index replaces; schema_version is each history's own).
NOT_COPIED = ("schema_version",)


@dataclass(frozen=True)
class Moved:
    rows: dict[str, int]  # table → rows copied (equal on both sides)
    audit_rows: int
    backup: Path  # where the SQLite file now is


def _tables(ws: Workspace) -> list[str]:
    """The SQLite workspace's tables, each after the tables its foreign keys point at."""
    names = [r[0] for r in ws.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'mine_search_%' ORDER BY name")]
    names = [n for n in names if n not in NOT_COPIED]
    needs = {n: {r[2] for r in ws.conn.execute(f"PRAGMA foreign_key_list({n})")} - {n} for n in names}
    ordered: list[str] = []
    while needs:
        ready = sorted(n for n, wanted in needs.items() if wanted <= set(ordered))
        ordered += ready
        for name in ready:
            del needs[name]
    return ordered


def _columns(ws: Workspace, table: str) -> list[str]:
    return [r[1] for r in ws.conn.execute(f"PRAGMA table_info({table})")]


def move(folder: Path, conninfo: str, report: Callable[[int, int], None] | None = None) -> Moved:
    """Move the county workspace at ``folder`` (SQLite) into the empty server database
    ``conninfo`` names; see the module's docstring. ``report(tables copied, tables)`` after
    each table (a cancel it raises rolls the whole copy back)."""
    folder = Path(folder)
    with Workspace.open(folder) as ws:
        if ws.on_server:
            raise UserError("move_already_on_server", path=folder)
        if ws.kind != "county":
            raise UserError("server_field_workspace")
        server = cast(postgres.Connection, _connect_server(conninfo, folder / DATABASE_FILE))
        try:
            if not postgres.is_unused(server):
                raise UserError("server_not_empty")
            migrate(server, folder / DATABASE_FILE)  # type: ignore[arg-type]
            with ws.transaction(immediate=True):  # the clerks' writes wait until the copy is done
                rows = _copy(ws, server, report or (lambda done, total: None))
        finally:
            server.close()
    backup = _retire_sqlite(folder)
    write_database_file(folder, conninfo)
    return Moved(rows["tables"], rows["audit"], backup)


def _copy(ws: Workspace, server: postgres.Connection, report: Callable[[int, int], None]) -> dict[str, Any]:
    tables = _tables(ws)
    counts: dict[str, int] = {}
    with server.raw.transaction():
        server.raw.execute("SELECT pg_advisory_xact_lock(%s)", [postgres.WRITER_LOCK])
        for table in tables:
            server.raw.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        server.raw.execute("DELETE FROM workspace_meta")  # the workspace's own identity and salt come along
        server.raw.execute("DELETE FROM holiday_day")  # and the schedule the clerk entered
        for table in tables:
            columns = _columns(ws, table)
            insert = (f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - the schema's names
                      f"VALUES ({', '.join(['%s'] * len(columns))})")
            cursor = ws.conn.execute(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
            counts[table] = 0
            while batch := cursor.fetchmany(BATCH):
                with server.raw.cursor() as out:
                    out.executemany(insert, batch)
                counts[table] += len(batch)
            report(len(counts), len(tables))
        for table in tables:
            server.raw.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            if "id" in _columns(ws, table):  # generated ids go on after the copied ones
                server.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"GREATEST((SELECT max(id) FROM {table}), 1), "
                                   f"(SELECT max(id) FROM {table}) IS NOT NULL)")
        _verify(ws, server, counts)
    return {"tables": counts, "audit": counts.get("audit_log", 0)}


def _verify(ws: Workspace, server: postgres.Connection, counts: dict[str, int]) -> None:
    """Inside the server transaction: a mismatch rolls the whole copy back."""
    for table, copied in counts.items():
        there = server.raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        here = ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        if not here == copied == there:
            raise UserError("move_count_differs", table=table, here=here, there=there)
    chain = audit.verify_chain(cast(Any, server))
    if not chain.ok or chain.rows != counts.get("audit_log", 0):
        raise UserError("move_chain_broken", seq=chain.first_broken or chain.rows)
    copied_ws = Workspace(ws.folder, cast(Any, server))
    if content.content_hash(copied_ws) != content.content_hash(ws):
        raise UserError("move_content_differs")


def _retire_sqlite(folder: Path) -> Path:
    """``workspace.sqlite`` (with its WAL files) into ``backups/``: kept, out of the way."""
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    target = backups / f"workspace.before-server.{stamp}.sqlite"
    for suffix in ("-wal", "-shm"):  # a cleanly closed database has folded its WAL back in
        leftover = folder / f"{DB_NAME}{suffix}"
        if leftover.exists():
            os.replace(leftover, target.with_name(target.name + suffix))
    os.replace(folder / DB_NAME, target)
    return target
