"""Features of a geometry file as the rows of a corner-per-row register table.

A feature's attributes are mapped through the register's own column names (Chinese,
English or the keys), so a shapefile exported from the register's spreadsheet needs no
set-up. Each outer ring is a part, named by the feature's 矿段 attribute (numbered when a
feature holds several rings) or A区, B区… in order; its corners are numbered on across the
mine's parts from 1, or from the part's 起始拐点号 attribute (which the exports write).
Coordinates are written with 2 decimals, as the register keeps them, and each ring closed
on its first corner (a polygon is closed by nature: no note about closing it).
"""

from __future__ import annotations

from collections.abc import Callable

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain.boundary_text import default_part_name
from greenmine_desktop.domain.corner_rows import CORNER_COLUMNS, CornerRow
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.geo import projection
from greenmine_desktop.geo.feature_files import Feature, FeatureFile
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.register_sources import SourceOptions

#: Attribute with the number of a part's first corner (so exported numbering comes back).
FIRST_CORNER = "起始拐点号"
_ELEVATION_KEYS = ("elev_top", "elev_bottom", "part_area_km2")


def _attribute(feature: Feature, key: str) -> str:
    names = {n.casefold() for n in CORNER_COLUMNS[key]}
    return next((v for k, v in feature.attributes.items() if k.casefold() in names and v), "")


def _register_cells(mine: Mine) -> dict[str, str]:
    """A registered mine's columns as a register file would give them (for a DXF's boundary)."""
    cells = {}
    for key, value in mine.register_fields().items():
        cells[key] = ("是" if value else "否") if isinstance(value, bool) else "" if value is None else str(value)
    return cells


def _wanted_epsg(text: str) -> int | None:
    spec = gk.parse_crs(text)
    return getattr(spec, "epsg", None)


def _rings_in_gk(source: FeatureFile, feature: Feature, crs_text: str) -> tuple[list[projection.Ring], str]:
    """The feature's rings as (easting, northing) in a GK zone, and the 坐标系 cell for them."""
    if source.crs is None:
        return feature.rings, crs_text
    epsg = projection.supported_epsg(source.crs)
    if epsg is None:
        raise UserError("source_crs_unsupported", name=source.crs.name)
    if epsg not in projection.GEOGRAPHIC:
        return feature.rings, f"EPSG:{epsg}"
    target = projection.zone_epsg(epsg, feature.rings, _wanted_epsg(crs_text))
    return projection.reproject(epsg, target, feature.rings), f"EPSG:{target}"


def corner_rows(source: FeatureFile, register_of: Callable[[list[str]], dict[str, int]], options: SourceOptions,
                registered: Callable[[str], Mine | None]) -> list[CornerRow]:
    """One row a corner for every feature; a DXF's single feature takes its mine's register
    columns (and its parts' names and elevations, in order) from the register."""
    rows: list[CornerRow] = []
    next_corner: dict[str, tuple[int, int]] = {}  # licence → (next corner number, parts so far)
    for feature in source.features:
        names = list(feature.attributes)
        index = register_of(names)
        register = {key: feature.attributes[names[i]] for key, i in index.items()}
        known_parts: tuple = ()
        if source.drawing:
            if not options.licence:
                raise UserError("dxf_licence_needed")
            mine = registered(options.licence)
            if mine is None:
                raise UserError("dxf_unknown_licence", licence=options.licence)
            register, known_parts = _register_cells(mine), mine.parts
            register["crs"] = ""
        if options.crs and not register.get("crs"):
            register["crs"] = options.crs
        if feature.problems:
            rows.append(CornerRow(feature.number, register, {}, tuple(feature.problems)))
            continue
        rings, register["crs"] = _rings_in_gk(source, feature, register.get("crs", ""))
        licence = register.get("licence_no", "")
        number, part_count = next_corner.get(licence, (1, 0))
        for ring_index, ring in enumerate(rings):
            name = _attribute(feature, "part")
            if name and len(rings) > 1:
                name = f"{name}{ring_index + 1}"
            elif not name:
                name = known_parts[part_count].name if part_count < len(known_parts) else default_part_name(part_count)
            values = {key: _attribute(feature, key) for key in _ELEVATION_KEYS}
            if part_count < len(known_parts):
                values.update(elev_top=f"{known_parts[part_count].elev_top}",
                              elev_bottom=f"{known_parts[part_count].elev_bottom}")
            start = _attribute_number(feature) or number
            for offset, (easting, northing) in enumerate([*ring, ring[0]]):  # closed, as drawn
                rows.append(CornerRow(feature.number, register, {
                    "part": name, "corner": str(start + offset % len(ring)),
                    "x": f"{northing:.2f}", "y": f"{easting:.2f}", **values}))
            number, part_count = start + len(ring), part_count + 1
        next_corner[licence] = (number, part_count)
    return rows


def _attribute_number(feature: Feature) -> int | None:
    value = next((v for k, v in feature.attributes.items() if k == FIRST_CORNER), "")
    return int(value) if value.isdigit() else None
