"""Which province's documents a county's notices stand on, and the county's own copy of
the legal basis (``legal/provinces.json`` in the workspace, made from the shipped one by
:func:`editable_copy`), which wins over the shipped file once it exists.

The province is a workspace setting (``province``); until the county chooses, it follows
the first two digits of the county's code (青岚县 629901: 甘肃省).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pydantic import ValidationError

from greenmine_desktop.assets import get_asset
from greenmine_desktop.domain.legal import LegalBasis, Province
from greenmine_desktop.messages import UserError
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace

SHIPPED = "resources/legal/provinces.json"
COPY = Path("legal") / "provinces.json"
SETTING = "province"


def _read(path: Path) -> LegalBasis:
    try:
        return LegalBasis.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("legal_invalid", file=path.name, problem=exc.__class__.__name__) from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(step) for step in error["loc"])
        raise UserError("legal_invalid", file=path.name,
                        problem=f"{where}: {error['msg'].removeprefix('Value error, ')}") from exc


def legal_basis(ws: Workspace) -> LegalBasis:
    """The county's copy when it has one, else the shipped file."""
    own = ws.folder / COPY
    return _read(own if own.exists() else get_asset(SHIPPED))


def province(ws: Workspace) -> Province:
    """The chosen province, or the one the county's code belongs to."""
    basis = legal_basis(ws)
    chosen = ws.meta(SETTING)
    found = basis.province(chosen) if chosen else basis.for_code(ws.meta("county_code") or "")
    if found is None:
        raise UserError("legal_unknown_province", province=chosen or ws.meta("county_code") or "—")
    return found


def order_province(ws: Workspace) -> Province:
    """The province, refused when its empowering document has no 文号 to cite."""
    chosen = province(ws)
    if not chosen.order_document.number:
        raise UserError("legal_no_number", province=chosen.name, title=chosen.order_document.title)
    return chosen


def set_province(ws: Workspace, province_id: str, actor: str) -> Province:
    chosen = legal_basis(ws).province(province_id)
    if chosen is None:
        raise UserError("legal_unknown_province", province=province_id)
    with ws.transaction():
        was = ws.meta(SETTING)
        ws.set_meta({SETTING: chosen.id})
        audit.append(ws.conn, actor, "update", "workspace_meta", SETTING, SETTING, was, {SETTING: chosen.id})
    return chosen


def editable_copy(ws: Workspace) -> Path:
    """The county's own copy of the legal basis, made from the shipped one if it has none."""
    own = ws.folder / COPY
    if not own.exists():
        own.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(get_asset(SHIPPED), own)
    return own
