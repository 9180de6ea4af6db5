"""Issued documents (rectification notices, referral letters): their numbers, files and deadlines.

Numbers are allocated per prefix and year inside the caller's transaction, so a notice and
its number are written together or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greenmine_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class NewDocument:
    """A document about to be recorded (its number already allocated)."""

    kind: str  # rectification | referral
    prefix: str
    year: int
    seq: int
    number: str
    inspection_uid: str
    addressee: str
    deadline: date | None
    file: str  # path under the workspace, with forward slashes
    content_sha256: str
    issued_on: date
    issued_by: str
    deadline_days: int | None
    deadline_working: bool | None
    deadline_provisional: bool


@dataclass(frozen=True)
class IssuedDocument:
    number: str
    issued_on: date
    deadline: date | None
    deadline_provisional: bool
    addressee: str
    issued_by: str


def last_seq(ws: Workspace, prefix: str, year: int) -> int:
    """The highest sequence number given under a prefix in a year (0 before the first)."""
    return ws.conn.execute("SELECT coalesce(max(seq), 0) FROM issued_document WHERE prefix = ? AND year = ?",
                           [prefix, year]).fetchone()[0]


def record_document(ws: Workspace, doc: NewDocument) -> None:
    """Inside the caller's transaction."""
    ws.conn.execute(
        "INSERT INTO issued_document (kind, prefix, year, seq, number, inspection_uid, addressee, deadline, file, "
        "content_sha256, issued_on, issued_by, deadline_days, deadline_working, deadline_provisional) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc.kind, doc.prefix, doc.year, doc.seq, doc.number, doc.inspection_uid, doc.addressee,
         doc.deadline.isoformat() if doc.deadline else None, doc.file, doc.content_sha256, doc.issued_on.isoformat(),
         doc.issued_by, doc.deadline_days, None if doc.deadline_working is None else int(doc.deadline_working),
         int(doc.deadline_provisional)])


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def documents_for(ws: Workspace, kind: str, inspection_uid: str) -> list[IssuedDocument]:
    """The documents of a kind issued for an inspection, in the order they were issued."""
    return [IssuedDocument(number, date.fromisoformat(issued_on), _day(deadline), bool(provisional), addressee, by)
            for number, issued_on, deadline, provisional, addressee, by in ws.conn.execute(
                "SELECT number, issued_on, deadline, deadline_provisional, addressee, issued_by FROM issued_document "
                "WHERE kind = ? AND inspection_uid = ? ORDER BY id", [kind, inspection_uid]).fetchall()]


def notices_before(ws: Workspace, licence: str, before: date) -> list[IssuedDocument]:
    """Rectification notices issued for any inspection of a mine before a day, oldest first."""
    return [IssuedDocument(number, date.fromisoformat(issued_on), _day(deadline), bool(provisional), addressee, by)
            for number, issued_on, deadline, provisional, addressee, by in ws.conn.execute(
                "SELECT d.number, d.issued_on, d.deadline, d.deadline_provisional, d.addressee, d.issued_by "
                "FROM issued_document d JOIN inspection i ON i.uid = d.inspection_uid "
                "WHERE d.kind = 'rectification' AND i.mine_licence = ? AND d.issued_on < ? ORDER BY d.issued_on",
                [licence, before.isoformat()]).fetchall()]
