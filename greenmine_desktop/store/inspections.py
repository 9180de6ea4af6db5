"""Reading inspections and assignments for lists; changes go through services/inspections.
Also what travels in packages: finished inspections whole (a return package), earlier
findings of mines (an assignment package) and the assignments a field laptop opened."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from greenmine_desktop.domain.inspection import Finding, Header, Signature, TeamMember
from greenmine_desktop.domain.inspector import Inspector
from greenmine_desktop.domain.scoring import Answer
from greenmine_desktop.store.draws import latest_draw
from greenmine_desktop.store.in_lists import rows_in
from greenmine_desktop.store.mines import mine_names
from greenmine_desktop.store.workspace import Workspace, now_iso


@dataclass(frozen=True)
class InspectionRow:
    id: int
    mine_licence: str
    mine_name: str
    template: str
    revision: int
    status: str
    started_at: str
    team: tuple[str, ...]  # names


def list_inspections(ws: Workspace) -> list[InspectionRow]:
    """Every inspection, newest first, each revision on its own row."""
    rows = ws.conn.execute(
        "SELECT i.id, i.mine_licence, coalesce(m.name, ''), i.template, i.revision, i.status, i.started_at, i.team "
        "FROM inspection i LEFT JOIN mine m ON m.licence_no = i.mine_licence "
        "ORDER BY i.started_at DESC, i.series, i.revision DESC")
    return [InspectionRow(*r[:7], tuple(m["name"] for m in json.loads(r[7]))) for r in rows]


def inspection_template(ws: Workspace, uid: str) -> str:
    """The checklist template an inspection (its latest revision) was made on."""
    [key] = ws.conn.execute("SELECT template FROM inspection WHERE uid = ? ORDER BY revision DESC LIMIT 1",
                            [uid]).fetchone()
    return key


@dataclass(frozen=True)
class Assignment:
    """A mine and its team from the newest draw (mine → inspectors' badge numbers)."""

    licence_no: str
    mine_name: str
    team: tuple[str, ...]
    template: str  # the spot-check item's template id, '' if it names none


def latest_assignments(ws: Workspace) -> list[Assignment]:
    """On a field laptop, the mines of the assignments it opened; at the county office, the
    newest draw's."""
    if ws.kind == "field":
        return _opened_assignments(ws)
    latest = latest_draw(ws)
    if latest is None:
        return []
    record, template = latest
    names = mine_names(ws)
    return [Assignment(a.licence_no, names.get(a.licence_no, ""), a.team, template) for a in record.result]


def _opened_assignments(ws: Workspace) -> list[Assignment]:
    names = mine_names(ws)
    found = []
    for team, mines, template in ws.conn.execute("SELECT team, mines, template FROM assignment "
                                                 "ORDER BY opened_at DESC"):
        badges = tuple(m["badge_no"] for m in json.loads(team))
        found += [Assignment(licence, names.get(licence, ""), badges, template) for licence in json.loads(mines)]
    return found


def was_opened(ws: Workspace, package_sha256: str) -> bool:
    """Whether this laptop already opened that assignment package."""
    return ws.conn.execute("SELECT 1 FROM assignment WHERE package_sha256 = ?", [package_sha256]).fetchone() is not None


def record_opened(ws: Workspace, package_sha256: str, record_sha256: str, plan: str, template: str,
                  team: Sequence[Inspector], licences: Sequence[str], earlier: list[dict[str, Any]]) -> None:
    """Inside the caller's transaction: an assignment package this laptop opened (its team,
    its mines and the earlier findings it carried, kept as the package said them)."""
    ws.conn.execute(
        "INSERT INTO assignment (package_sha256, record_sha256, plan, template, team, mines, earlier, opened_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [package_sha256, record_sha256, plan, template,
         json.dumps([{"badge_no": p.badge_no, "name": p.name} for p in team], ensure_ascii=False),
         json.dumps(list(licences)), json.dumps(earlier, ensure_ascii=False), now_iso()])


def latest_inspection_id(ws: Workspace) -> int | None:
    """The id of the inspection stored last (the one a package just brought)."""
    return ws.conn.execute("SELECT max(id) FROM inspection").fetchone()[0]


# ------------------------------------------------------------------ one inspection, read and written
# The services' InspectionSession keeps the state in memory and calls these inside its own
# transaction; none of them commits.

@dataclass(frozen=True)
class StoredInspection:
    id: int
    uid: str
    series: str
    revision: int
    status: str  # open | signed | superseded
    signed_at: str | None
    header: Header


def _team_json(header: Header) -> str:
    return json.dumps([vars(m) for m in header.team], ensure_ascii=False)


def insert_inspection(ws: Workspace, uid: str, series: str, revision: int, header: Header) -> int:
    """A new, open inspection row; returns its id."""
    cursor = ws.conn.execute(
        "INSERT INTO inspection (uid, series, revision, mine_licence, template, status, started_at, place, team, "
        "representative, representative_title, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?) "
        "RETURNING id",  # both backends (SQLite ≥ 3.35); lastrowid is SQLite's alone
        [uid, series, revision, header.mine_licence, header.template, header.started_at, header.place,
         _team_json(header), header.representative, header.representative_title, now_iso()])
    return int(cursor.fetchone()[0])


def load_inspection(ws: Workspace, inspection_id: int) -> StoredInspection | None:
    row = ws.conn.execute(
        "SELECT uid, series, revision, status, signed_at, mine_licence, template, started_at, team, "
        "representative, representative_title, place FROM inspection WHERE id = ?", [inspection_id]).fetchone()
    if row is None:
        return None
    header = Header(row[5], row[6], row[7], tuple(TeamMember(**m) for m in json.loads(row[8])), row[9], row[10],
                    row[11])
    return StoredInspection(inspection_id, *row[:5], header)


def inspection_status(ws: Workspace, inspection_id: int) -> str | None:
    row = ws.conn.execute("SELECT status FROM inspection WHERE id = ?", [inspection_id]).fetchone()
    return row[0] if row else None


def latest_revision(ws: Workspace, uid: str) -> StoredInspection | None:
    """The newest revision of the inspection series that ``uid`` belongs to by uid."""
    row = ws.conn.execute("SELECT id FROM inspection WHERE uid = ? ORDER BY revision DESC LIMIT 1", [uid]).fetchone()
    return load_inspection(ws, row[0]) if row else None


def inspection_id(ws: Workspace, uid: str) -> int | None:
    row = ws.conn.execute("SELECT id FROM inspection WHERE uid = ? ORDER BY revision DESC LIMIT 1", [uid]).fetchone()
    return row[0] if row else None


def newest_in_series(ws: Workspace, series: str) -> int | None:
    """The id of the newest revision of an inspection series."""
    row = ws.conn.execute("SELECT id FROM inspection WHERE series = ? ORDER BY revision DESC LIMIT 1",
                          [series]).fetchone()
    return row[0] if row else None


def load_answers(ws: Workspace, inspection_id: int) -> tuple[dict[str, Answer], dict[str, str]]:
    """(answers, notes) by item id; an item with only a note has no answer."""
    answers: dict[str, Answer] = {}
    notes: dict[str, str] = {}
    for item_id, value, note in ws.conn.execute(
            "SELECT item_id, value, note FROM answer WHERE inspection_id = ?", [inspection_id]):
        if value is not None:
            answers[item_id] = json.loads(value)
        if note:
            notes[item_id] = note
    return answers, notes


def write_answer(ws: Workspace, inspection_id: int, item_id: str, value: Answer | None, note: str) -> None:
    ws.conn.execute(
        "INSERT INTO answer (inspection_id, item_id, value, note, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (inspection_id, item_id) DO UPDATE SET value = excluded.value, note = excluded.note, "
        "updated_at = excluded.updated_at",
        [inspection_id, item_id, None if value is None else json.dumps(value), note, now_iso()])


def load_findings(ws: Workspace, inspection_id: int) -> dict[str, Finding]:
    return {r[0]: Finding(*r) for r in ws.conn.execute(
        "SELECT item_id, requirement, department FROM finding WHERE inspection_id = ?", [inspection_id])}


def write_finding(ws: Workspace, inspection_id: int, finding: Finding) -> None:
    ws.conn.execute(
        "INSERT INTO finding (inspection_id, item_id, requirement, department) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (inspection_id, item_id) DO UPDATE SET requirement = excluded.requirement, "
        "department = excluded.department", [inspection_id, finding.item_id, finding.requirement, finding.department])


def delete_finding(ws: Workspace, inspection_id: int, item_id: str) -> None:
    ws.conn.execute("DELETE FROM finding WHERE inspection_id = ? AND item_id = ?", [inspection_id, item_id])


def update_header(ws: Workspace, inspection_id: int, header: Header) -> None:
    """Time, place, team and representative (mine and template are fixed)."""
    ws.conn.execute(
        "UPDATE inspection SET started_at = ?, place = ?, team = ?, representative = ?, "
        "representative_title = ? WHERE id = ?",
        [header.started_at, header.place, _team_json(header), header.representative, header.representative_title,
         inspection_id])


def load_signatures(ws: Workspace, inspection_id: int) -> list[Signature]:
    return [Signature(r[0], r[1], r[2], bool(r[3]), r[4]) for r in ws.conn.execute(
        "SELECT role, person, content_sha256, refused, witness FROM signature WHERE inspection_id = ? "
        "ORDER BY signed_at", [inspection_id])]


def put_signature(ws: Workspace, inspection_id: int, signature: Signature, image_png: bytes | None) -> None:
    """Store a signature, replacing the same person's in the same role; there is one
    representative, so a new representative replaces the old whoever it was."""
    if signature.role == "representative":
        ws.conn.execute("DELETE FROM signature WHERE inspection_id = ? AND role = 'representative'", [inspection_id])
    ws.conn.execute(
        "INSERT INTO signature (inspection_id, role, person, image, refused, witness, content_sha256, signed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (inspection_id, role, person) DO UPDATE SET "
        "image = excluded.image, refused = excluded.refused, witness = excluded.witness, "
        "content_sha256 = excluded.content_sha256, signed_at = excluded.signed_at",
        [inspection_id, signature.role, signature.person, None if signature.refused else image_png,
         int(signature.refused), signature.witness, signature.content_sha256, now_iso()])


def signature_image(ws: Workspace, inspection_id: int, role: str, person: str) -> bytes | None:
    row = ws.conn.execute("SELECT image FROM signature WHERE inspection_id = ? AND role = ? AND person = ?",
                          [inspection_id, role, person]).fetchone()
    return row[0] if row else None


def mark_signed(ws: Workspace, inspection_id: int, signed_at: str, content_sha256: str) -> None:
    ws.conn.execute("UPDATE inspection SET status = 'signed', signed_at = ?, signed_sha256 = ? WHERE id = ?",
                    [signed_at, content_sha256, inspection_id])


def carry_into_revision(ws: Workspace, from_id: int, new_id: int) -> None:
    """Copy answers, notes, findings and photo links into the next revision and mark the
    old one superseded (signatures are not carried: the new content is unsigned)."""
    ws.conn.execute(
        "INSERT INTO answer (inspection_id, item_id, value, note, updated_at) "
        "SELECT ?, item_id, value, note, updated_at FROM answer WHERE inspection_id = ?", [new_id, from_id])
    ws.conn.execute(
        "INSERT INTO finding (inspection_id, item_id, requirement, department) "
        "SELECT ?, item_id, requirement, department FROM finding WHERE inspection_id = ?", [new_id, from_id])
    ws.conn.execute(
        "INSERT INTO photo_link (inspection_id, sha256, item_id, added_at) "
        "SELECT ?, sha256, item_id, added_at FROM photo_link WHERE inspection_id = ?", [new_id, from_id])
    ws.conn.execute("UPDATE inspection SET status = 'superseded' WHERE id = ?", [from_id])


def signed_since(ws: Workspace, licence: str, since: date) -> list[tuple[int, str]]:
    """(id, uid) of a mine's signed inspections started on or after a day, oldest first."""
    return ws.conn.execute("SELECT id, uid FROM inspection WHERE mine_licence = ? AND status = 'signed' "
                           "AND started_at >= ? ORDER BY started_at, revision", [licence, since.isoformat()]).fetchall()


# ------------------------------------------------------------------ inspections in packages

@dataclass(frozen=True)
class StoredAnswer:
    item_id: str
    value: str | None  # the answer as JSON text, as stored
    note: str
    updated_at: str


@dataclass(frozen=True)
class StoredLink:
    sha256: str
    item_id: str
    added_at: str


@dataclass(frozen=True)
class StoredSignature:
    role: str
    person: str
    refused: int  # 0 or 1, as stored
    witness: str
    content_sha256: str
    signed_at: str
    image: bytes | None  # the drawn PNG; None when refused


@dataclass(frozen=True)
class FinishedInspection:
    """A signed or superseded inspection with all it holds, as stored (a return package
    carries it whole; the fields are in the order the package writes them)."""

    uid: str
    series: str
    revision: int
    mine_licence: str
    template: str
    status: str
    started_at: str
    place: str
    team: str  # JSON [{"badge_no", "name"}], as stored
    representative: str
    representative_title: str
    created_at: str
    signed_at: str | None
    signed_sha256: str | None
    answers: tuple[StoredAnswer, ...]
    findings: tuple[Finding, ...]
    photos: tuple[StoredLink, ...]
    signatures: tuple[StoredSignature, ...]


_FINISHED_COLUMNS = ("uid", "series", "revision", "mine_licence", "template", "status", "started_at", "place", "team",
                     "representative", "representative_title", "created_at", "signed_at", "signed_sha256")


def finished_inspections(ws: Workspace) -> list[FinishedInspection]:
    """Every inspection that is no longer open (all revisions), in the order they were made."""
    found = []
    for row in ws.conn.execute(f"SELECT id, {', '.join(_FINISHED_COLUMNS)} FROM inspection "  # noqa: S608 - fixed names
                               "WHERE status != 'open' ORDER BY id").fetchall():
        inspection_id = row[0]
        answers = tuple(StoredAnswer(*r) for r in ws.conn.execute(
            "SELECT item_id, value, note, updated_at FROM answer WHERE inspection_id = ? ORDER BY item_id",
            [inspection_id]))
        findings = tuple(Finding(*r) for r in ws.conn.execute(
            "SELECT item_id, requirement, department FROM finding WHERE inspection_id = ? ORDER BY item_id",
            [inspection_id]))
        links = tuple(StoredLink(*r) for r in ws.conn.execute(
            "SELECT sha256, item_id, added_at FROM photo_link WHERE inspection_id = ? ORDER BY sha256",
            [inspection_id]))
        signatures = tuple(StoredSignature(*r) for r in ws.conn.execute(
            "SELECT role, person, refused, witness, content_sha256, signed_at, image FROM signature "
            "WHERE inspection_id = ? ORDER BY role, person", [inspection_id]))
        found.append(FinishedInspection(*row[1:], answers, findings, links, signatures))  # type: ignore[arg-type]
    return found


@dataclass(frozen=True)
class EarlierFinding:
    """A finding of a mine's signed inspection, for the next team to follow up."""

    mine_licence: str
    inspection_uid: str
    started_at: str
    finding: Finding


def signed_findings(ws: Workspace, licences: Sequence[str]) -> list[EarlierFinding]:
    """The findings of these mines' signed inspections, in the order the inspections were made."""
    rows = list(rows_in(
        ws.conn, "SELECT i.id, i.mine_licence, i.uid, i.started_at, f.item_id, f.requirement, f.department "
                 "FROM finding f JOIN inspection i ON i.id = f.inspection_id WHERE i.status = 'signed' "
                 "AND i.mine_licence IN ({})", licences))
    return [EarlierFinding(r[1], r[2], r[3], Finding(*r[4:])) for r in sorted(rows, key=lambda r: (r[0], r[4]))]
