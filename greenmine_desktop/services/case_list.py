"""The follow-up cases as the views read them: the main window's count of overdue cases
(at start-up), and on the 整改跟踪 page a case's history, its mine's green-mine list
status and the inspections that can be linked as its re-check.

These pass the store's readers through, so that the GUI calls services only (issue 18).
Kept apart from services/follow_ups, which acts on cases and needs the checklist and PDF
libraries: this module stays light enough for the first paint."""

from __future__ import annotations

from datetime import date

from greenmine_desktop.domain.follow_up import FollowUp
from greenmine_desktop.store import follow_ups, listing
from greenmine_desktop.store.workspace import Workspace


def overdue(ws: Workspace, today: date | None = None) -> list[tuple[FollowUp, int]]:
    """The rectification cases past their deadline with their days overdue, the most overdue first."""
    return follow_ups.overdue(ws, today)


def case_events(ws: Workspace, follow_up_id: int) -> list[tuple[str, str, str, str]]:
    """A case's steps in order: (day, who, action, state moved to)."""
    return follow_ups.case_events(ws, follow_up_id)


def recheck_candidates(ws: Workspace, licence_no: str, checked_uid: str) -> list[tuple[str, str]]:
    """(uid, started at) of the mine's signed inspections that can be linked as a case's re-check."""
    return follow_ups.recheck_candidates(ws, licence_no, checked_uid)


def listing_status(ws: Workspace, licence: str) -> str | None:
    """The mine's green-mine list status now (None: no such mine)."""
    return listing.status(ws.conn, licence)
