"""Where a register file's rows come from: the file type decides the reader, and a table
with one corner a row (or a geometry file) is put together into the register's rows.

Whatever the source, the mine import sees the rows of a register table, header first, with
the boundary in the one-cell notation, and checks them all alike; what was noticed while
the corners were put together (an open ring closed, a corner repeated or skipped, the
parts' stated areas) is added to each mine's row of the preview afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from greenmine_desktop.domain.boundary_text import default_part_name
from greenmine_desktop.domain.corner_rows import CORNER_COLUMNS, IDENTIFYING, CornerRow, GroupedMine, group_corner_rows
from greenmine_desktop.domain.mine import Mine, area_mismatch
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.services.row_import import Column, ImportPreview, header_map
from greenmine_desktop.services.table_files import read_rows

if TYPE_CHECKING:
    from greenmine_desktop.geo.feature_files import FeatureFile

Rows = list[tuple[int, list[str]]]
#: Geometry files, read by ``geo/feature_files.py`` (shapely, pyproj, GDAL: imported only for them).
SHAPEFILE, DXF, OGR = (".shp",), (".dxf",), (".geojson", ".gpkg")


@dataclass(frozen=True)
class SourceOptions:
    """What a file may not say for itself: asked in the import dialog or given on the command line."""

    layer: str | None = None  # DXF layer or GeoPackage layer
    crs: str | None = None  # the coordinate system when the file does not state one (as the 坐标系 column)
    licence: str | None = None  # DXF: the mine whose boundary the drawing holds


@dataclass
class RegisterTable:
    rows: Rows  # header first, as table_files.read_rows gives them
    grouped: dict[int, GroupedMine]  # by the row number of the mine's first row

    def annotate(self, preview: ImportPreview[Mine]) -> ImportPreview[Mine]:
        """Add what the grouping found to each mine's preview row and check the parts' stated areas."""
        from greenmine_desktop.geo.boundary import ellipsoidal_area_km2  # pyproj is slow to import

        for result in preview.rows:
            mine = self.grouped.get(result.row)
            if mine is None:
                continue
            if mine.problems:
                result.problems[:] = mine.problems + [p for p in result.problems if p.params.get("field") != "拐点坐标"]
                result.record, result.action = None, "refused"
            result.warnings[:0] = mine.warnings
            if result.record is None:
                continue
            for part in result.record.parts:
                stated = mine.part_areas.get(part.name)
                computed = ellipsoidal_area_km2(result.record.epsg, [part])
                if stated is not None and (mismatch := area_mismatch(stated, computed)) is not None:
                    result.warnings.append(Problem("warn_part_area_mismatch", {
                        "part": part.name, "stated": f"{stated:.4f}", "computed": f"{computed:.4f}",
                        "percent": f"{mismatch * 100:.2f}"}))
        return preview


def _optional(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    return tuple(dataclasses.replace(c, required=False) for c in columns)


def _corner_index(header: list[str]) -> dict[str, int]:
    by_name = {name.casefold(): key for key, names in CORNER_COLUMNS.items() for name in names}
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = by_name.get(name.strip().casefold())
        if key and key not in found:
            found[key] = index
    return found


def _grouped_table(columns: tuple[Column, ...], corner_rows: list[CornerRow]) -> RegisterTable:
    header = [c.key for c in columns]
    grouped = group_corner_rows(corner_rows, default_part_name(0))
    rows: Rows = [(0, header)] + [(m.row, [m.cells.get(key, "") for key in header]) for m in grouped]
    return RegisterTable(rows, {m.row: m for m in grouped})


def _from_table(rows: Rows, columns: tuple[Column, ...], aliases: dict[str, str]) -> RegisterTable:
    """A register table as read; a corner-per-row one put together first."""
    if not rows:
        raise UserError("file_empty")
    header = rows[0][1]
    corner_index = _corner_index(header)
    if "boundary" in header_map(header, _optional(columns), aliases) or not all(
            k in corner_index for k in IDENTIFYING):
        return RegisterTable(rows, {})
    register_index = header_map(header, tuple(c for c in columns if c.key != "boundary"), aliases)

    def cells(values: list[str], index: dict[str, int]) -> dict[str, str]:
        return {key: values[i].strip() if i < len(values) else "" for key, i in index.items()}

    return _grouped_table(columns, [CornerRow(number, cells(values, register_index), cells(values, corner_index))
                                    for number, values in rows[1:]])


def _expand_short_names(source: FeatureFile, columns: tuple[Column, ...],
                        aliases: dict[str, str]) -> None:
    """A shapefile's field names are cut to 10 bytes (采矿许可证号 is 采矿许可证 in GB18030): a
    name that is not a column's but begins exactly one column name is read as that column."""
    names = {n for c in columns for n in (c.zh, c.en, c.key)} | set(aliases)
    names |= {n for group in CORNER_COLUMNS.values() for n in group}
    for feature in source.features:
        renamed = {}
        for name, value in feature.attributes.items():
            matches = {n for n in names if n.casefold().startswith(name.casefold())} if name not in names else set()
            renamed[matches.pop() if len(matches) == 1 else name] = value
        feature.attributes = renamed


def read_register(path: Path, columns: tuple[Column, ...], aliases: dict[str, str], options: SourceOptions,
                  registered: Callable[[str], Mine | None]) -> RegisterTable:
    """The register rows of a CSV, XLSX, shapefile, DXF, GeoJSON or GeoPackage file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SHAPEFILE + DXF + OGR:
        return _from_table(read_rows(path), columns, aliases)
    from greenmine_desktop.geo import feature_files
    from greenmine_desktop.services import feature_rows

    if suffix in SHAPEFILE:
        source = feature_files.read_shapefile(path)
    elif suffix in DXF:
        source = feature_files.read_dxf(path, options.layer)
    else:
        source = feature_files.read_ogr(path, options.layer)
    if source.short_names:
        _expand_short_names(source, columns, aliases)
    corner_rows = feature_rows.corner_rows(source, lambda names: header_map(names, _optional(columns), aliases),
                                           options, registered)
    return _grouped_table(columns, corner_rows)
