"""A new county workspace (县局), as the first start makes it: the county's name, its
six-digit code (GB/T 2260) and the bureau's name, which the root certificate and every
document carry."""

from __future__ import annotations

from pathlib import Path

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.workspace import Workspace


def create_county_workspace(folder: Path, county: str, bureau: str, county_code: str = "") -> Path:
    county, bureau, county_code = county.strip(), bureau.strip(), county_code.strip()
    if not county or not bureau:
        raise UserError("county_names_needed")
    if county_code and not (len(county_code) == 6 and county_code.isdigit()):
        raise UserError("county_code_invalid", area=county_code)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise UserError("workspace_exists", path=folder)
    with Workspace.create(folder, "county") as ws, ws.transaction():
        ws.set_meta({"county": county, "county_code": county_code, "bureau": bureau})
    return folder
