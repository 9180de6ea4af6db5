"""What the county's own records say about a return package's inspections, and writing
an accepted package in (services/returns.py holds the rules; this is the SQL).

Columns are this module's own lists; values from a package are always parameters. The
same SQL runs on SQLite and PostgreSQL: lists go as ``IN (?, …)`` in chunks, and the
JSON inside a column (a draw record, an audit row's values) is read here in Python, after
SQL has narrowed the rows to those that can matter (by action and entity, and by a
``LIKE`` on the text they must contain), since every import runs these reads.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from greenmine_desktop.store.in_lists import in_chunks, rows_in
from greenmine_desktop.store.mine_search import like_pattern
from greenmine_desktop.store.workspace import now_iso

INSPECTION_COLUMNS = ("uid", "series", "revision", "mine_licence", "template", "started_at", "place", "team",
                      "representative", "representative_title", "created_at")
_CONTAINING = "LIKE ? ESCAPE '\\'"


@dataclass(frozen=True)
class StoredInspection:
    uid: str
    series: str
    revision: int
    mine_licence: str
    template: str
    badges: frozenset[str]
    signed_sha256: str | None
    from_package: bool  # brought by a return package (not made in this workspace)


def _spelled(value: str) -> str:
    """A LIKE pattern for JSON text holding the string ``value``, or one matching every
    text when its JSON spelling may vary (non-ASCII, quotes, backslashes, control
    characters: written escaped or not); the rows found are parsed and checked anyway."""
    quoted = json.dumps(value)
    return like_pattern(quoted) if quoted == f'"{value}"' else "%"


def assigned_teams(conn: sqlite3.Connection, licence: str) -> list[frozenset[str]]:
    """The teams the county sent to this mine: in a draw that was not redrawn, or in a
    re-inspection task it assigned (recorded in the audit log when the task was signed)."""
    teams = []
    for sha256, text in conn.execute(f"SELECT record_sha256, record FROM draw_record WHERE record {_CONTAINING}",  # noqa: S608
                                     [_spelled(licence)]).fetchall():
        drawn = [r.get("team") for r in json.loads(text).get("result") or [] if r.get("licence_no") == licence]
        if drawn and not _redrawn(conn, sha256):
            teams += drawn
    for (text,) in conn.execute(
            f"SELECT new FROM audit_log WHERE action = 'export' AND entity = 'assignment' "  # noqa: S608
            f"AND entity_id LIKE 'follow_up:%' AND new {_CONTAINING}", [_spelled(licence)]):
        task = json.loads(text)
        if licence in (task.get("mines") or []):
            teams.append(task.get("team"))
    return [frozenset(team) for team in teams if team is not None]


def _redrawn(conn: sqlite3.Connection, record_sha256: str) -> bool:
    """Whether another draw record replaces this one."""
    return any(json.loads(text).get("replaces") == record_sha256 for (text,) in conn.execute(
        f"SELECT record FROM draw_record WHERE record_sha256 != ? AND record {_CONTAINING}",  # noqa: S608
        [record_sha256, like_pattern(record_sha256)]))


def register_names(conn: sqlite3.Connection, badges: list[str]) -> dict[str, str]:
    """Badge number → name, for the badges in the inspector register."""
    return dict(rows_in(conn, "SELECT badge_no, name FROM inspector WHERE badge_no IN ({})", badges))


def _brought(conn: sqlite3.Connection, uids: list[str]) -> set[str]:
    """Those of ``uids`` that an earlier import's audit row names (brought by a package)."""
    brought = set()
    for _, chunk in in_chunks(uids):
        mentions = " OR ".join([f"new {_CONTAINING}"] * len(chunk))
        for (text,) in conn.execute(f"SELECT new FROM audit_log WHERE action = 'import' "  # noqa: S608
                                    f"AND entity = 'return_package' AND ({mentions})",
                                    [_spelled(uid) for uid in chunk]):
            brought.update(set(json.loads(text).get("inspections") or []) & set(chunk))
    return brought


def stored_inspections(conn: sqlite3.Connection, uids: list[str], series: list[str]) -> list[StoredInspection]:
    """The county's inspections with one of these uids or in one of these series."""
    rows: dict[str, tuple] = {}
    for column, values in (("uid", uids), ("series", series)):
        for row in rows_in(conn, "SELECT uid, series, revision, mine_licence, template, team, signed_sha256 "
                                 f"FROM inspection WHERE {column} IN ({{}})", values):
            rows[row[0]] = row
    brought = _brought(conn, sorted(rows))
    return [StoredInspection(r[0], r[1], r[2], r[3], r[4], frozenset(m["badge_no"] for m in json.loads(r[5])), r[6],
                             r[0] in brought) for r in rows.values()]


def known_photos(conn: sqlite3.Connection, shas: list[str]) -> set[str]:
    return {r[0] for r in rows_in(conn, "SELECT sha256 FROM photo WHERE sha256 IN ({})", shas)}


def place_by_hand(conn: sqlite3.Connection, sha256: str, lat: float, lon: float) -> None:
    """A position the inspector placed by hand on the map (never passed off as GPS)."""
    conn.execute("UPDATE photo SET hand_lat = ?, hand_lon = ? WHERE sha256 = ?", [lat, lon, sha256])


def insert_inspection(conn: sqlite3.Connection, values: dict[str, Any], answers: list[tuple], findings: list[tuple],
                      links: list[tuple], signatures: list[tuple], signed_at: str, signed_sha256: str) -> None:
    """As the field made it: inserted open, filled, then signed (the freeze triggers allow
    exactly that order). Which revision is current is the county's to say: see
    :func:`supersede_older`."""
    new_id = conn.execute(f"INSERT INTO inspection ({', '.join(INSPECTION_COLUMNS)}, status) "  # noqa: S608
                          f"VALUES ({', '.join('?' * len(INSPECTION_COLUMNS))}, 'open') RETURNING id",
                          [values[c] for c in INSPECTION_COLUMNS]).fetchone()[0]
    conn.executemany("INSERT INTO answer (inspection_id, item_id, value, note, updated_at) VALUES (?, ?, ?, ?, ?)",
                     [(new_id, *a) for a in answers])
    conn.executemany("INSERT INTO finding (inspection_id, item_id, requirement, department) VALUES (?, ?, ?, ?)",
                     [(new_id, *f) for f in findings])
    conn.executemany("INSERT INTO photo_link (inspection_id, sha256, item_id, added_at) VALUES (?, ?, ?, ?)",
                     [(new_id, *p) for p in links])
    conn.executemany("INSERT INTO signature (inspection_id, role, person, image, refused, witness, content_sha256, "
                     "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(new_id, *s) for s in signatures])
    conn.execute("UPDATE inspection SET status = 'signed', signed_at = ?, signed_sha256 = ? WHERE id = ?",
                 [signed_at, signed_sha256, new_id])


def supersede_older(conn: sqlite3.Connection, series: list[str]) -> None:
    """In each series only the highest signed revision stays signed."""
    for marks, chunk in in_chunks(series):
        conn.execute("UPDATE inspection SET status = 'superseded' WHERE status = 'signed' "  # noqa: S608
                     f"AND series IN ({marks}) AND revision < (SELECT max(revision) FROM inspection newer "
                     "WHERE newer.series = inspection.series AND newer.status != 'open')", chunk)


def keep_received_audit(conn: sqlite3.Connection, package_sha256: str, rows: list[dict[str, Any]]) -> None:
    conn.executemany("INSERT INTO received_audit (package_sha256, seq, row) VALUES (?, ?, ?) "
                     "ON CONFLICT DO NOTHING",
                     [(package_sha256, row["seq"], json.dumps(row, ensure_ascii=False)) for row in rows])


def log_import(conn: sqlite3.Connection, file: str, sha256: str, signer: str, result: str, reason: str = "") -> None:
    """One row of the import log: every try, whatever became of it."""
    conn.execute("INSERT INTO package_import (file, sha256, kind, signer, result, reason, at) "
                 "VALUES (?, ?, 'return', ?, ?, ?, ?)", [file, sha256, signer, result, reason, now_iso()])


def was_imported(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM package_import WHERE sha256 = ? AND result = 'imported'",
                        [sha256]).fetchone() is not None
