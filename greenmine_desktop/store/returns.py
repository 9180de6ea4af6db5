"""What the county's own records say about a return package's inspections, and writing
an accepted package in (services/returns.py holds the rules; this is the SQL).

Columns are this module's own lists; values from a package are always parameters.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from greenmine_desktop.store.workspace import now_iso

INSPECTION_COLUMNS = ("uid", "series", "revision", "mine_licence", "template", "started_at", "place", "team",
                      "representative", "representative_title", "created_at")


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


def assigned_teams(conn: sqlite3.Connection, licence: str) -> list[frozenset[str]]:
    """The teams the county sent to this mine: in a draw that was not redrawn, or in a
    re-inspection task it assigned (recorded in the audit log when the task was signed)."""
    drawn = conn.execute(
        "SELECT json_extract(r.value, '$.team') FROM draw_record d, json_each(d.record, '$.result') r "
        "WHERE json_extract(r.value, '$.licence_no') = ? AND d.record_sha256 NOT IN "
        "(SELECT json_extract(record, '$.replaces') FROM draw_record WHERE json_extract(record, '$.replaces') "
        "IS NOT NULL)", [licence])
    tasks = conn.execute(
        "SELECT json_extract(a.new, '$.team') FROM audit_log a, json_each(a.new, '$.mines') m "
        "WHERE a.action = 'export' AND a.entity = 'assignment' AND a.entity_id LIKE 'follow_up:%' AND m.value = ?",
        [licence])
    return [frozenset(json.loads(row[0])) for row in [*drawn, *tasks] if row[0]]


def register_names(conn: sqlite3.Connection, badges: list[str]) -> dict[str, str]:
    """Badge number → name, for the badges in the inspector register."""
    return dict(conn.execute("SELECT badge_no, name FROM inspector WHERE badge_no IN (SELECT value FROM json_each(?))",
                             [json.dumps(badges)]).fetchall())


def _brought(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT j.value FROM audit_log a, json_each(a.new, '$.inspections') j "
                        "WHERE a.action = 'import' AND a.entity = 'return_package'")
    return {r[0] for r in rows}


def stored_inspections(conn: sqlite3.Connection, uids: list[str], series: list[str]) -> list[StoredInspection]:
    """The county's inspections with one of these uids or in one of these series."""
    rows = conn.execute(
        "SELECT uid, series, revision, mine_licence, template, team, signed_sha256 FROM inspection "
        "WHERE uid IN (SELECT value FROM json_each(?)) OR series IN (SELECT value FROM json_each(?))",
        [json.dumps(uids), json.dumps(series)]).fetchall()
    brought = _brought(conn) if rows else set()
    return [StoredInspection(r[0], r[1], r[2], r[3], r[4], frozenset(m["badge_no"] for m in json.loads(r[5])), r[6],
                             r[0] in brought) for r in rows]


def known_photos(conn: sqlite3.Connection, shas: list[str]) -> set[str]:
    return {r[0] for r in conn.execute("SELECT sha256 FROM photo WHERE sha256 IN (SELECT value FROM json_each(?))",
                                       [json.dumps(shas)])}


def place_by_hand(conn: sqlite3.Connection, sha256: str, lat: float, lon: float) -> None:
    """A position the inspector placed by hand on the map (never passed off as GPS)."""
    conn.execute("UPDATE photo SET hand_lat = ?, hand_lon = ? WHERE sha256 = ?", [lat, lon, sha256])


def insert_inspection(conn: sqlite3.Connection, values: dict[str, Any], answers: list[tuple], findings: list[tuple],
                      links: list[tuple], signatures: list[tuple], signed_at: str, signed_sha256: str) -> None:
    """As the field made it: inserted open, filled, then signed (the freeze triggers allow
    exactly that order). Which revision is current is the county's to say: see
    :func:`supersede_older`."""
    cursor = conn.execute(f"INSERT INTO inspection ({', '.join(INSPECTION_COLUMNS)}, status) "  # noqa: S608
                          f"VALUES ({', '.join('?' * len(INSPECTION_COLUMNS))}, 'open')",
                          [values[c] for c in INSPECTION_COLUMNS])
    new_id = cursor.lastrowid
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
    conn.execute("UPDATE inspection SET status = 'superseded' WHERE status = 'signed' AND series IN "
                 "(SELECT value FROM json_each(?)) AND revision < (SELECT max(revision) FROM inspection newer "
                 "WHERE newer.series = inspection.series AND newer.status != 'open')", [json.dumps(series)])


def keep_received_audit(conn: sqlite3.Connection, package_sha256: str, rows: list[dict[str, Any]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO received_audit (package_sha256, seq, row) VALUES (?, ?, ?)",
                     [(package_sha256, row["seq"], json.dumps(row, ensure_ascii=False)) for row in rows])


def log_import(conn: sqlite3.Connection, file: str, sha256: str, signer: str, result: str, reason: str = "") -> None:
    """One row of the import log: every try, whatever became of it."""
    conn.execute("INSERT INTO package_import (file, sha256, kind, signer, result, reason, at) "
                 "VALUES (?, ?, 'return', ?, ?, ?, ?)", [file, sha256, signer, result, reason, now_iso()])


def was_imported(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM package_import WHERE sha256 = ? AND result = 'imported'",
                        [sha256]).fetchone() is not None
