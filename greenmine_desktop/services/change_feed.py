"""What changed in a workspace since a point, read from its audit log (issue 22).

Another clerk on the same county desk (or a script importing packages beside the open
app) changes data this window shows. Every change writes exactly one audit row in the
transaction that makes it (store/audit.py), so the log is a complete, ordered feed:
the window polls its newest sequence number and, when it grew, refreshes the kinds of
data the new rows name. Polling rather than PostgreSQL's LISTEN/NOTIFY: it works the
same for two processes on one SQLite file, needs no connection held open for notices,
and one indexed ``max(seq)`` every few seconds costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace

# The kinds of data a view shows (gui/ops.py's Changes fields) that each audited entity touches.
KINDS_OF_ENTITY: dict[str, frozenset[str]] = {
    "mine_register": frozenset({"mines"}),
    "mine": frozenset({"mines", "cases"}),
    "listing_target": frozenset({"mines"}),
    "inspector_register": frozenset({"inspectors"}),
    "certificate": frozenset({"certificates", "inspectors"}),
    "county_ca": frozenset({"certificates"}),
    "spot_check_plan": frozenset({"plans"}),
    "spot_check_item": frozenset({"plans"}),
    "draw_record": frozenset({"draws"}),
    "inspection": frozenset({"inspections"}),
    "answer": frozenset({"inspections"}),
    "note": frozenset({"inspections"}),
    "finding": frozenset({"inspections"}),
    "signature": frozenset({"inspections"}),
    "photo": frozenset({"inspections"}),
    "photo_link": frozenset({"inspections"}),
    "finding_citation": frozenset({"inspections", "cases"}),
    "pdf": frozenset({"inspections", "documents"}),
    "inspection_report": frozenset({"inspections", "documents"}),
    "return_package": frozenset({"inspections", "cases", "packages"}),
    "assignment": frozenset({"packages", "inspections"}),
    "issued_document": frozenset({"cases", "documents"}),
    "public_notice": frozenset({"draws", "documents"}),
    "holiday_year": frozenset({"cases"}),
}
# A restore, a setting, or an entity added later without a line above: refresh everything.
EVERY_KIND = frozenset({"mines", "inspectors", "plans", "draws", "inspections", "cases", "documents",
                        "certificates", "packages"})


@dataclass(frozen=True)
class Feed:
    seq: int  # the newest audit row read; the next poll asks for what came after it
    kinds: frozenset[str]  # what the rows after the previous point touched


def newest(ws: Workspace) -> int:
    return audit.last_seq(ws.conn)


def since(ws: Workspace, seq: int, except_actor: str | None = None, except_until: int = 0) -> Feed:
    """The kinds changed after ``seq``. Rows of ``except_actor`` up to ``except_until``
    are this window's own operations, already refreshed for; another clerk's rows are
    never skipped."""
    rows = audit.entities_since(ws.conn, seq)
    kinds: set[str] = set()
    for row_seq, actor, entity in rows:
        if actor == except_actor and row_seq <= except_until:
            continue
        kinds |= kinds_of(entity)
    return Feed(rows[-1][0] if rows else seq, frozenset(kinds))


def kinds_of(entity: str) -> frozenset[str]:
    if entity.startswith("follow_up_"):
        return frozenset({"cases"})
    return KINDS_OF_ENTITY.get(entity, EVERY_KIND)
