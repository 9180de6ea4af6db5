"""Boundaries as they come (one corner a row, shapefile, DXF, GeoJSON, GeoPackage) import
as the same mines as the register's one-cell notation."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from greenmine_desktop.messages import UserError
from greenmine_desktop.services.mine_import import apply_import, preview_import
from greenmine_desktop.services.register_sources import SourceOptions
from greenmine_desktop.store import mines as store
from greenmine_desktop.store.workspace import Workspace
from tests import boundary_files as bf


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "ws", "county") as workspace:
        yield workspace


def _only(preview):
    assert len(preview.rows) == 1, [(r.row, r.key) for r in preview.rows]
    return preview.rows[0]


def _codes(problems):
    return [p.code for p in problems]


@pytest.fixture
def from_notation(ws, tmp_path):
    """The mine as the one-cell notation gives it (the reference every format must equal)."""
    def make(prefixed: bool = True):
        row = _only(preview_import(ws, bf.write_notation_csv(tmp_path / f"notation{prefixed}.csv", prefixed)))
        assert row.record is not None, row.problems
        return row.record
    return make


def test_corner_rows_make_the_same_mine_as_the_notation(ws, tmp_path, from_notation):
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "corners.csv", bf.corner_rows())))
    assert row.record == from_notation()
    assert row.record.epsg == bf.ZONE41_PREFIXED
    assert [(p.name, p.elev_top, p.elev_bottom, [c.no for c in p.corners]) for p in row.record.parts] == [
        ("一矿段", 1800.0, 1650.0, [1, 2, 3, 4]), ("二矿段", 1700.0, 1580.0, [5, 6, 7, 8])]
    # Each open ring was closed for the user, with a note naming its last row.
    closed = [w for w in row.warnings if w.code == "corner_ring_closed"]
    assert [(w.params["part"], w.params["row"]) for w in closed] == [("一矿段", 5), ("二矿段", 9)]


def test_rings_written_closed_need_no_note(ws, tmp_path, from_notation):
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", bf.corner_rows(close=True))))
    assert row.record == from_notation()
    assert "corner_ring_closed" not in _codes(row.warnings)


def test_corner_rows_from_xlsx_with_merged_register_cells(ws, tmp_path, from_notation):
    book = Workbook()
    sheet = book.active
    sheet.append(bf.CORNER_HEADER)
    for values in bf.corner_rows():
        sheet.append([float(v) if v.replace(".", "").isdigit() and len(v) > 6 else v for v in values])
    sheet.merge_cells(start_row=2, end_row=9, start_column=1, end_column=1)
    book.save(tmp_path / "corners.xlsx")
    row = _only(preview_import(ws, tmp_path / "corners.xlsx"))
    assert row.record == from_notation()


def test_a_repeated_corner_is_refused_with_its_row(ws, tmp_path):
    rows = bf.corner_rows()
    rows[2][8] = "J2"  # the third corner written as J2 again
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", rows)))
    assert row.record is None and row.action == "refused"
    problem = row.problems[0]
    assert problem.code == "corner_repeated" and problem.params == {
        "part": "一矿段", "corner": 2, "row": 4, "first_row": 3}
    assert "第 4 行" in problem.message("zh_CN")


def test_a_missing_corner_is_refused_with_its_row(ws, tmp_path):
    rows = bf.corner_rows()
    del rows[5]  # J6 of 二矿段
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", rows)))
    assert row.record is None
    assert [(p.code, p.params.get("corner"), p.params.get("row")) for p in row.problems] == [
        ("corner_missing", 6, 7)]


def test_a_corner_without_coordinates_is_refused(ws, tmp_path):
    rows = bf.corner_rows()
    rows[1][10] = ""
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", rows)))
    assert row.record is None
    assert row.problems[0].code == "corner_missing_coordinate" and row.problems[0].params["row"] == 3


def test_two_elevations_for_one_part_are_refused(ws, tmp_path):
    rows = bf.corner_rows()
    rows[2][11], rows[2][12] = "+1900", "+1650"
    row = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", rows)))
    assert _codes(row.problems) == ["corner_part_value_conflict"]


def test_part_areas_are_checked_against_the_ellipsoid(ws, tmp_path):
    from greenmine_desktop.geo.boundary import ellipsoidal_area_km2

    reference = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "a.csv", bf.corner_rows()))).record
    first, second = (ellipsoidal_area_km2(reference.epsg, [p]) for p in reference.parts)
    good = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "b.csv", bf.corner_rows(
        (f"{first * 1.0009:.6f}", f"{second:.6f}")))))
    assert "warn_part_area_mismatch" not in _codes(good.warnings)
    # The stated parts add up to the licence's stated area, checked as a whole too.
    assert good.record.area_stated_km2 == pytest.approx(first * 1.0009 + second, abs=1e-6)
    bad = _only(preview_import(ws, bf.write_corner_csv(tmp_path / "c.csv", bf.corner_rows(
        (f"{first:.6f}", f"{second * 1.0011:.6f}")))))
    flagged = [w for w in bad.warnings if w.code == "warn_part_area_mismatch"]
    assert [w.params["part"] for w in flagged] == ["二矿段"] and flagged[0].params["percent"] == "0.11"
    assert bad.record is not None  # a warning, as for the licence's own area


@pytest.mark.parametrize(("prefixed", "epsg"), [(True, bf.ZONE41_PREFIXED), (False, bf.CM123_PLAIN)])
def test_shapefile_in_zone_41_with_and_without_the_prefix(ws, tmp_path, from_notation, prefixed, epsg):
    path = bf.write_shapefile(tmp_path / "mines.shp", prefixed, epsg)
    row = _only(preview_import(ws, path))
    assert row.record == from_notation(prefixed)
    assert row.record.epsg == epsg
    assert row.warnings == []


def test_shapefile_without_prj_falls_back_to_the_zone_prefix_or_the_given_crs(ws, tmp_path, from_notation):
    assert _only(preview_import(ws, bf.write_shapefile(tmp_path / "a.shp", True, None))).record == from_notation()
    plain = bf.write_shapefile(tmp_path / "b.shp", False, None)
    assert _codes(_only(preview_import(ws, plain)).problems) == ["coord_zone_unknown"]
    given = _only(preview_import(ws, plain, options=SourceOptions(crs="EPSG:4550")))
    assert given.record == from_notation(False)


def test_shapefile_in_xian80_is_kept_and_flagged(ws, tmp_path):
    row = _only(preview_import(ws, bf.write_shapefile(tmp_path / "x.shp", True, 2365)))
    assert row.record.epsg == 2365
    assert _codes(row.warnings) == ["warn_legacy_datum"]


def test_shapefile_attributes_in_gb18030_without_cpg(ws, tmp_path, from_notation):
    path = bf.write_shapefile(tmp_path / "gbk.shp", True, bf.ZONE41_PREFIXED, cpg=False)
    assert _only(preview_import(ws, path)).record == from_notation()


def test_utf8_shapefile_with_the_column_keys_as_field_names(ws, tmp_path, from_notation):
    path = bf.write_shapefile(tmp_path / "utf8.shp", True, bf.ZONE41_PREFIXED, encoding="utf-8")
    assert _only(preview_import(ws, path)).record == from_notation()


def test_shapefile_in_an_unsupported_system_is_refused(ws, tmp_path):
    path = bf.write_shapefile(tmp_path / "utm.shp", True, 32651)
    with pytest.raises(UserError) as caught:
        preview_import(ws, path)
    assert caught.value.code == "source_crs_unsupported"


def test_dxf_asks_for_layer_and_mine_and_replaces_the_boundary(ws, tmp_path, from_notation):
    reference = from_notation()
    moved = bf.write_notation_csv(tmp_path / "old.csv")
    moved.write_text(moved.read_text("utf-8-sig").replace("4500000.00", "4500100.00"), "utf-8-sig")
    apply_import(ws, preview_import(ws, moved))
    path = bf.write_dxf(tmp_path / "licence.dxf")
    for options, code in ((SourceOptions(licence=bf.LICENCE), "source_layer_needed"),
                          (SourceOptions(layer="矿区范围"), "dxf_licence_needed"),
                          (SourceOptions(layer="图框", licence=bf.LICENCE), "source_layer_missing"),
                          (SourceOptions(layer="矿区范围", licence="C000"), "dxf_unknown_licence")):
        with pytest.raises(UserError) as caught:
            preview_import(ws, path, options=options)
        assert caught.value.code == code
    row = _only(preview_import(ws, path, options=SourceOptions(layer="矿区范围", licence=bf.LICENCE)))
    assert row.action == "update"
    # The register's columns, parts' names and elevations stay; the corners are the drawing's.
    assert row.record.parts == reference.parts and row.record.epsg == reference.epsg
    apply_import(ws, preview_import(ws, path, options=SourceOptions(layer="矿区范围", licence=bf.LICENCE)))
    assert store.mine_by_licence(ws, bf.LICENCE).parts == reference.parts


def test_dxf_without_prefix_takes_the_crs_asked_for(ws, tmp_path, from_notation):
    apply_import(ws, preview_import(ws, bf.write_notation_csv(tmp_path / "n.csv", prefixed=False)))
    path = bf.write_dxf(tmp_path / "plain.dxf", prefixed=False)
    options = SourceOptions(layer="矿区范围", licence=bf.LICENCE)
    assert _codes(_only(preview_import(ws, path, options=options)).problems) == ["coord_zone_unknown"]
    row = _only(preview_import(ws, path, options=SourceOptions(layer="矿区范围", licence=bf.LICENCE, crs="4550")))
    assert row.record == from_notation(False)


@pytest.mark.parametrize(("suffix", "epsg"), [(".gpkg", bf.ZONE41_PREFIXED), (".gpkg", 4490), (".geojson", 4490),
                                               (".geojson", 4326)])
def test_geopackage_and_geojson_projected_or_lonlat(ws, tmp_path, from_notation, suffix, epsg):
    row = _only(preview_import(ws, bf.write_ogr(tmp_path / f"m{suffix}", epsg)))
    assert row.record == from_notation(), row.problems
    assert row.record.epsg == bf.ZONE41_PREFIXED


def test_geopackage_with_several_layers_asks_which(ws, tmp_path, from_notation):
    path = bf.write_ogr(tmp_path / "two.gpkg", 4490, layer="lonlat")
    bf.write_ogr(path, bf.ZONE41_PREFIXED, layer="gk41")
    with pytest.raises(UserError) as caught:
        preview_import(ws, path)
    assert caught.value.code == "source_layer_needed" and "gk41" in caught.value.message("en")
    assert _only(preview_import(ws, path, options=SourceOptions(layer="gk41"))).record == from_notation()


def test_a_feature_with_a_hole_is_refused_by_number(ws, tmp_path):
    import numpy as np
    import shapely
    from pyogrio import raw

    square = [(41_500_000, 4_500_000), (41_501_000, 4_500_000), (41_501_000, 4_499_000), (41_500_000, 4_499_000)]
    hole = [(41_500_400, 4_499_600), (41_500_600, 4_499_600), (41_500_600, 4_499_400)]
    geometry = np.array([shapely.to_wkb(shapely.Polygon(square, [hole]))], dtype=object)
    fields = [*bf.REGISTER_COLUMNS, "开采标高上限", "开采标高下限"]
    columns = [np.array([bf.REGISTER[c]], dtype=object) for c in bf.REGISTER_COLUMNS] + [
        np.array([1800.0]), np.array([1650.0])]
    raw.write(tmp_path / "hole.gpkg", geometry, columns, fields, geometry_type="Polygon", crs="EPSG:4529")
    row = _only(preview_import(ws, tmp_path / "hole.gpkg"))
    assert row.record is None and _codes(row.problems) == ["feature_has_hole"]
    assert row.problems[0].params == {"feature": 1}


def test_damaged_geometry_files_are_one_sentence(ws, tmp_path):
    for name in ("broken.shp", "broken.gpkg", "broken.dxf", "broken.geojson"):
        (tmp_path / name).write_bytes(b"\x00garbage" * 10)
        with pytest.raises(UserError) as caught:
            preview_import(ws, tmp_path / name, options=SourceOptions(licence=bf.LICENCE))
        assert caught.value.code in ("file_unreadable", "dxf_no_polylines"), name


def test_cli_asks_for_the_layer_and_takes_the_options(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "cli"
    with Workspace.create(folder, "county") as county:
        apply_import(county, preview_import(county, bf.write_notation_csv(tmp_path / "n.csv")))
    path = bf.write_dxf(tmp_path / "licence.dxf")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "greenmine_desktop", "mines", "import", str(path), "--workspace",
                               str(folder), *args], capture_output=True, text=True, check=False, timeout=120)

    asked = run("--licence", bf.LICENCE)
    assert asked.returncode == 1 and "有多个图层（矿区范围、道路）" in asked.stderr
    done = run("--licence", bf.LICENCE, "--layer", "矿区范围", "--crs", "CGCS2000")
    assert done.returncode == 0, done.stderr
    assert "已导入 1 行" in done.stdout
