"""The mine register as the views read it: the register page's list (its columns, the ids
a filter keeps in the chosen order, a page of rows, one mine), the choices of the filters
there and in the plan editor, and the mines and names other pages show.

These pass the store's readers through, so that the GUI calls services only (issue 18).
Light on purpose: the main window imports it at start-up."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from greenmine_desktop.domain.mine import Mine, MineFilter
from greenmine_desktop.store import mines
from greenmine_desktop.store.workspace import Workspace

#: Columns of the register list, in display order.
LIST_COLUMNS = mines.LIST_COLUMNS


def query_ids(ws: Workspace, mine_filter: MineFilter, order_by: str = "licence_no",
              descending: bool = False) -> list[int]:
    """The register list: the ids of the mines the filter keeps, in the chosen order."""
    return mines.query_ids(ws, mine_filter, order_by, descending)


def list_head(ws: Workspace, order_by: str, descending: bool, rows: int) -> tuple[list[int], int]:
    """The start of the unfiltered list and its length (the window's first paint)."""
    return mines.list_head(ws, order_by, descending, rows)


def fetch_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, tuple]:
    """A page of the register list: its columns (:data:`LIST_COLUMNS`) by mine id."""
    return mines.fetch_rows(ws, ids)


def distinct_values(ws: Workspace, column: str) -> list[str]:
    """The choices of a filter (the register's mineral filter, the plan editor's fields)."""
    return mines.distinct_values(ws, column)


def load_mine(ws: Workspace, mine_id: int) -> Mine | None:
    """The mine selected in the register list, whole."""
    return mines.load_mine(ws, mine_id)


def mine_by_licence(ws: Workspace, licence_no: str) -> Mine | None:
    """The mine an inspection is of, whole (its boundary for the photo checks and the map)."""
    return mines.mine_by_licence(ws, licence_no)


def iter_mines(ws: Workspace) -> Iterator[Mine]:
    """Every mine, whole, in licence order (a boundary export of the whole register)."""
    return mines.iter_mines(ws)


def open_mines(ws: Workspace) -> list[tuple[str, str]]:
    """(licence, name) of the mines an inspection can be started for (not closed), by name."""
    return mines.open_mines(ws)


def mine_names(ws: Workspace) -> dict[str, str]:
    """Every mine's name by licence number (a draw's result shows names)."""
    return mines.mine_names(ws)
