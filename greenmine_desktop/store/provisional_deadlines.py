"""Rectification deadlines reckoned while their year's holiday schedule was not entered
(暂定): found, and set again once it is, on the notice's row and its open case together."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from greenmine_desktop.domain.follow_up import FINISHED


@dataclass(frozen=True)
class ProvisionalDeadline:
    number: str
    addressee: str
    issued_on: date
    days: int
    working: bool
    deadline: date


def open_provisional(conn: sqlite3.Connection) -> list[ProvisionalDeadline]:
    """Provisional notice deadlines whose case is not finished (or not opened yet)."""
    finished = ", ".join(f"'{state.value}'" for state in sorted(FINISHED))
    rows = conn.execute(
        "SELECT d.number, d.addressee, d.issued_on, d.deadline_days, d.deadline_working, d.deadline "
        "FROM issued_document d WHERE d.kind = 'rectification' AND d.deadline_provisional = 1 "
        "AND d.deadline_days IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE "  # noqa: S608 - fixed names
        f"f.document_number = d.number AND f.state IN ({finished})) ORDER BY d.id").fetchall()
    return [ProvisionalDeadline(number, addressee, date.fromisoformat(issued_on), days, bool(working),
                                date.fromisoformat(deadline)) for number, addressee, issued_on, days, working, deadline
            in rows]


def set_deadline(conn: sqlite3.Connection, number: str, day: date, provisional: bool) -> None:
    """Inside the caller's transaction: the notice's deadline and its open case's."""
    conn.execute("UPDATE issued_document SET deadline = ?, deadline_provisional = ? WHERE number = ?",
                 [day.isoformat(), int(provisional), number])
    conn.execute("UPDATE follow_up SET deadline = ?, deadline_provisional = ? WHERE document_number = ?",
                 [day.isoformat(), int(provisional), number])
