"""A new county workspace (县局), as the first start makes it: the county's name, its
six-digit code (GB/T 2260) and the bureau's name, which the root certificate and every
document carry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.workspace import Workspace

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class ServerCheck:
    version: str  # the server's, as it says it ("15.8")
    unused: bool  # its database is empty, or made by server init with no workspace yet


def create_county_workspace(folder: Path, county: str, bureau: str, county_code: str = "",
                            database: str | None = None) -> Path:
    """``database``: keep the data on the bureau's PostgreSQL server (a libpq connection
    string naming no password), in a database that is empty or that ``init_server`` made."""
    county, bureau, county_code = _checked_county(folder, county, bureau, county_code)
    with Workspace.create(Path(folder), "county", database=database) as ws, ws.transaction():
        ws.set_meta({"county": county, "county_code": county_code, "bureau": bureau})
    return Path(folder)


def _checked_county(folder: Path, county: str, bureau: str, county_code: str) -> tuple[str, str, str]:
    """The county's names and area code as a new workspace keeps them (trimmed), once they
    and the folder (empty or new) are fit for one."""
    county, bureau, county_code = county.strip(), bureau.strip(), county_code.strip()
    if not county or not bureau:
        raise UserError("county_names_needed")
    if county_code and not (len(county_code) == 6 and county_code.isdigit()):
        raise UserError("county_code_invalid", area=county_code)
    if Path(folder).exists() and any(Path(folder).iterdir()):
        raise UserError("workspace_exists", path=folder)
    return county, bureau, county_code


def init_server(database: str) -> int:
    """The county schema in an empty database on the bureau's server; its version."""
    from greenmine_desktop.store.workspace import init_server as init

    return init(database)


def init_server_workspace(folder: Path, county: str, bureau: str, county_code: str, database: str) -> int:
    """``server init --workspace``: the schema in an empty server database and a county
    workspace folder on it; the schema's version. The folder and what it will say (the
    names, the area code, a connection string without a password) are checked before the
    server is touched: a schema made for a folder that cannot be made would leave the
    database refusing the next try as not empty."""
    from greenmine_desktop.store.workspace import DATABASE_FILE, refuse_stored_password

    _checked_county(folder, county, bureau, county_code)
    refuse_stored_password(database, Path(folder) / DATABASE_FILE)
    version = init_server(database)
    create_county_workspace(folder, county, bureau, county_code, database=database)
    return version


def move_to_server(folder: Path, database: str, report: Report | None = None):
    """A SQLite county workspace's data into an empty server database, checked; the
    folder then uses the server (store/server_move.py)."""
    from greenmine_desktop.store import server_move

    return server_move.move(folder, database, report)


def check_server(database: str, password: str | None = None) -> ServerCheck:
    """测试连接: the server answers (with ``password``, one just typed, if given) and says
    whether its database can take a county workspace."""
    from greenmine_desktop.store.workspace import probe_server

    version, unused = probe_server(database, password)
    return ServerCheck(version, unused)


def use_server_password(database: str, password: str, remember: bool) -> None:
    """A password typed for the server: kept in the system keyring when ``remember``,
    else for this session only; never in a file (store/server_password.py)."""
    from greenmine_desktop.store import server_password

    if remember:
        server_password.remember(database, password)
    else:
        server_password.use_for_session(database, password)


def keyring_unavailable_reason() -> str | None:
    """Why no server password can be remembered on this computer; None when it can."""
    from greenmine_desktop.store.server_password import unavailable_reason

    return unavailable_reason()
