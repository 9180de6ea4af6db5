"""The inspector register as the views read it: the inspector page (people and the mines
or companies each must avoid), the choice of a team for a re-check or a certificate, the
inspection header's team, and names where a team is shown by badge numbers.

These pass the store's readers through, so that the GUI calls services only (issue 18).
Light on purpose: the main window imports it at start-up."""

from __future__ import annotations

from collections.abc import Sequence

from greenmine_desktop.domain.inspector import Avoidance, Inspector
from greenmine_desktop.store import inspectors
from greenmine_desktop.store.workspace import Workspace


def list_inspectors(ws: Workspace) -> list[Inspector]:
    """Every inspector with their avoidance list, by badge number."""
    return inspectors.list_inspectors(ws)


def avoidance_target_names(ws: Workspace, avoidances: Sequence[Avoidance]) -> dict[Avoidance, str]:
    """The mine or company each avoidance points at, as the register names it ('' if unknown)."""
    return inspectors.avoidance_target_names(ws, avoidances)


def inspector_names(ws: Workspace) -> dict[str, str]:
    """Every inspector's name by badge number (teams are stored as badge numbers)."""
    return inspectors.inspector_names(ws)


def active_inspectors(ws: Workspace) -> list[tuple[str, str, str]]:
    """(badge, name, unit) of the inspectors who can be on an inspection's team, by badge number."""
    return inspectors.active_inspectors(ws)
