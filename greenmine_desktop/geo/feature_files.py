"""Read boundary polygons and their attributes from GIS and CAD files.

Each reader gives the same :class:`FeatureFile`: features numbered from 1, their attributes
as text, their polygons' outer rings as (easting, northing) or (longitude, latitude), and the
file's coordinate system when it states one. Turning features into register rows is the
register import's job (``services/feature_rows.py``), so every format is checked alike.

- Esri shapefile through pyshp, with its ``.prj`` (WKT) and ``.cpg`` (attribute encoding;
  without one UTF-8, else GB18030 as Chinese ArcGIS writes);
- AutoCAD DXF through ezdxf: each closed polyline of the chosen layer is one part of one
  mine; a DXF states its system only in a GEODATA object, which few have;
- GeoJSON and GeoPackage through pyogrio (GDAL, shipped in its wheel): one well-kept reader
  for both and for the exports, where fiona would bring the same GDAL with a slower,
  per-feature Python API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shapely
from pyproj import CRS
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from greenmine_desktop.geo.projection import Ring, file_crs
from greenmine_desktop.messages import Problem, UserError


@dataclass
class Feature:
    number: int
    attributes: dict[str, str]
    rings: list[Ring]
    problems: list[Problem] = field(default_factory=list)


@dataclass
class FeatureFile:
    features: list[Feature]
    crs: CRS | None  # None: the file does not say
    drawing: bool = False  # a CAD drawing: geometry only, the mine's columns come from the register
    short_names: bool = False  # dBASE cuts field names to 10 bytes (a shapefile)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _feature(number: int, attributes: dict[str, object], geometry: BaseGeometry | None) -> Feature:
    """A feature's outer rings, without the closing repeat; a hole or a line is refused."""
    feature = Feature(number, {str(k): _text(v) for k, v in attributes.items()}, [])
    polygons = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    for polygon in polygons:
        if not isinstance(polygon, Polygon) or polygon.is_empty:
            feature.problems.append(Problem("feature_not_polygon", {"feature": number}))
            return feature
        if polygon.interiors:
            feature.problems.append(Problem("feature_has_hole", {"feature": number}))
            return feature
        feature.rings.append([(float(x), float(y)) for x, y, *_ in polygon.exterior.coords[:-1]])
    return feature


def _unreadable(path: Path, exc: BaseException) -> UserError:
    return UserError("file_unreadable", path=path.name, reason=type(exc).__name__)


def read_shapefile(path: Path) -> FeatureFile:
    import shapefile  # pyshp

    prj, cpg = path.with_suffix(".prj"), path.with_suffix(".cpg")
    encodings = [cpg.read_text("ascii", "replace").strip()] if cpg.exists() else ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            with shapefile.Reader(path, encoding=encoding) as reader:
                names = [f[0] for f in reader.fields[1:]]
                features = [_feature(number, dict(zip(names, record, strict=True)),
                                     shapely.geometry.shape(shape.__geo_interface__) if shape.points else None)
                            for number, (shape, record) in enumerate(
                                zip(reader.iterShapes(), reader.iterRecords(), strict=True), start=1)]
            break
        except Exception as exc:  # pyshp raises struct, value, decoding and its own errors
            if encoding == encodings[-1]:
                raise _unreadable(path, exc) from exc
    crs = file_crs(prj.read_text("utf-8", "replace"), prj.name) if prj.exists() else None
    return FeatureFile(features, crs, short_names=True)


def dxf_layers(path: Path) -> list[str]:
    """Layers that hold at least one closed polyline, in name order."""
    return sorted({e.dxf.layer for e in _closed_polylines(_read_dxf(path))})


def _read_dxf(path: Path):
    import ezdxf
    from ezdxf import recover

    try:
        document, _ = recover.readfile(path)
    except (OSError, ezdxf.DXFError) as exc:
        raise _unreadable(path, exc) from exc
    return document


def _closed_polylines(document) -> list:
    return [e for e in document.modelspace().query("LWPOLYLINE POLYLINE") if e.is_closed]


def read_dxf(path: Path, layer: str | None) -> FeatureFile:
    """The closed polylines of one layer (asked for when the file has several) as one
    feature whose rings are the mine's parts, in drawing order."""
    document = _read_dxf(path)
    polylines = _closed_polylines(document)
    layers = sorted({e.dxf.layer for e in polylines})
    if not layers:
        raise UserError("dxf_no_polylines", path=path.name)
    if layer is None and len(layers) > 1:
        raise UserError("source_layer_needed", path=path.name, layers="、".join(layers))
    chosen = layer or layers[0]
    if chosen not in layers:
        raise UserError("source_layer_missing", layer=chosen, layers="、".join(layers))
    rings = []
    for entity in polylines:
        if entity.dxf.layer == chosen:
            points = [(float(p[0]), float(p[1])) for p in (
                entity.get_points("xy") if entity.dxftype() == "LWPOLYLINE" else
                (v.dxf.location for v in entity.vertices))]
            if len(points) > 1 and points[0] == points[-1]:
                points.pop()
            rings.append(points)
    geodata = document.modelspace().get_geodata()
    epsg = geodata.get_crs()[0] if geodata is not None else None
    crs = CRS.from_epsg(epsg) if epsg else None
    return FeatureFile([Feature(1, {}, rings)], crs, drawing=True)


def ogr_layers(path: Path) -> list[str]:
    import pyogrio

    try:
        return [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:  # pyogrio raises its DataSourceError and others for a damaged file
        raise _unreadable(path, exc) from exc


def read_ogr(path: Path, layer: str | None) -> FeatureFile:
    """A GeoJSON or GeoPackage layer (asked for when a GeoPackage has several)."""
    from pyogrio import raw

    layers = ogr_layers(path)
    if layer is None and len(layers) > 1:
        raise UserError("source_layer_needed", path=path.name, layers="、".join(layers))
    if layer is not None and layer not in layers:
        raise UserError("source_layer_missing", layer=layer, layers="、".join(layers))
    try:
        meta, _, geometries, columns = raw.read(path, layer=layer or layers[0])
    except Exception as exc:  # as above
        raise _unreadable(path, exc) from exc
    names = [str(n) for n in meta["fields"]]
    features = []
    for index, wkb in enumerate(geometries):
        attributes = {name: column[index] for name, column in zip(names, columns, strict=True)}
        features.append(_feature(index + 1, attributes, shapely.from_wkb(wkb) if wkb is not None else None))
    crs = file_crs(meta["crs"], path.name) if meta.get("crs") else None
    return FeatureFile(features, crs)
