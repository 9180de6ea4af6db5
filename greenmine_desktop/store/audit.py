"""The append-only audit log: who did what and when, as a hash chain.

Each row's hash covers its own fields and the previous row's hash, so editing, deleting
or reordering any row (with a tool that bypasses the log's triggers) breaks the chain
from that row on. :func:`verify_chain` finds the first broken row.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from greenmine_desktop.store.workspace import Workspace, now_iso

GENESIS = "0" * 64
FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "field", "old", "new")
COLUMNS = (*FIELDS, "prev_hash", "hash")


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    body = json.dumps([prev_hash, *(row[name] for name in FIELDS)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def append(conn: sqlite3.Connection, actor: str, action: str, entity: str, entity_id: object,
           field: str | None = None, old: Any = None, new: Any = None) -> None:
    """Add a row; call it inside the transaction that makes the change it records, so the
    change and its record are committed together or not at all."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row = {"seq": seq, "at": now_iso(), "actor": actor, "action": action, "entity": entity,
           "entity_id": str(entity_id), "field": field, "old": _json(old), "new": _json(new)}
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, field, old, new, prev_hash, hash) "
        "VALUES (:seq, :at, :actor, :action, :entity, :entity_id, :field, :old, :new, :prev_hash, :hash)",
        row | {"prev_hash": prev_hash, "hash": _digest(prev_hash, row)})


def last_seq(conn: sqlite3.Connection) -> int:
    """The number of the newest row (0 for an empty log): every change writes one, so it
    grows exactly when the workspace changed."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])


def entities_since(conn: sqlite3.Connection, seq: int) -> list[tuple[int, str, str]]:
    """(seq, actor, entity) of every row after ``seq``, oldest first."""
    return [(int(s), actor, entity) for s, actor, entity in
            conn.execute("SELECT seq, actor, entity FROM audit_log WHERE seq > ? ORDER BY seq", [seq])]


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    first_broken: int | None  # seq of the first row that does not verify
    reason: str = ""  # "hash" (row edited), "link" (a row before it missing or edited), "gap"

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for values in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY seq"):  # noqa: S608
        yield dict(zip(COLUMNS, values, strict=True))


def verify_chain(conn: sqlite3.Connection) -> ChainCheck:
    return verify_rows(_rows(conn))


def entries(ws: Workspace) -> list[dict[str, Any]]:
    """The whole log, oldest first, each row by :data:`COLUMNS` as :func:`verify_rows`
    takes them (a return package carries the field laptop's log so)."""
    return list(_rows(ws.conn))


def verify_rows(rows: Iterable[dict[str, Any]]) -> ChainCheck:
    """The chain check over audit rows in order (a workspace's, or a field laptop's as
    they arrive in a return package)."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        if row["seq"] != expected_seq:
            return ChainCheck(count, expected_seq, "gap")
        if row["prev_hash"] != prev_hash:
            return ChainCheck(count, row["seq"], "link")
        if _digest(prev_hash, row) != row["hash"]:
            return ChainCheck(count, row["seq"], "hash")
        prev_hash, expected_seq = row["hash"], expected_seq + 1
    return ChainCheck(count, None)
