"""A new county workspace (县局), as the first start makes it: the county's name, its
six-digit code (GB/T 2260) and the bureau's name, which the root certificate and every
document carry."""

from __future__ import annotations

from pathlib import Path

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.workspace import Workspace


def create_county_workspace(folder: Path, county: str, bureau: str, county_code: str = "",
                            database: str | None = None) -> Path:
    """``database``: keep the data on the bureau's PostgreSQL server (a libpq connection
    string naming no password), in a database that is empty or that ``init_server`` made."""
    county, bureau, county_code = county.strip(), bureau.strip(), county_code.strip()
    if not county or not bureau:
        raise UserError("county_names_needed")
    if county_code and not (len(county_code) == 6 and county_code.isdigit()):
        raise UserError("county_code_invalid", area=county_code)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise UserError("workspace_exists", path=folder)
    with Workspace.create(folder, "county", database=database) as ws, ws.transaction():
        ws.set_meta({"county": county, "county_code": county_code, "bureau": bureau})
    return folder


def init_server(database: str) -> int:
    """The county schema in an empty database on the bureau's server; its version."""
    from greenmine_desktop.store.workspace import init_server as init

    return init(database)


def move_to_server(folder: Path, database: str):
    """A SQLite county workspace's data into an empty server database, checked; the
    folder then uses the server (store/server_move.py)."""
    from greenmine_desktop.store import server_move

    return server_move.move(folder, database)
