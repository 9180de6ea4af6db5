"""Inspections and assignments as the lists read them: the inspection page's list, the
assignments a new inspection can be started from, and (for the self-test) the inspection
a return package just brought.

These pass the store's readers through, so that the GUI calls services only (issue 18);
services/inspections opens and changes one inspection."""

from __future__ import annotations

from greenmine_desktop.store import inspections
from greenmine_desktop.store.inspections import Assignment, InspectionRow
from greenmine_desktop.store.workspace import Workspace


def list_inspections(ws: Workspace) -> list[InspectionRow]:
    """Every inspection, newest first, each revision on its own row."""
    return inspections.list_inspections(ws)


def latest_assignments(ws: Workspace) -> list[Assignment]:
    """The mines a new inspection is usually of, with their team: on a field laptop those of
    the assignments it opened, at the county office the newest draw's."""
    return inspections.latest_assignments(ws)


def latest_inspection_id(ws: Workspace) -> int | None:
    """The id of the inspection stored last (the one a package just brought)."""
    return inspections.latest_inspection_id(ws)
