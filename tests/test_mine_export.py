"""Open data out: GeoPackage, GeoJSON, XLSX and the JSON exchange format, each opened and
checked, and the geometry files imported again into an empty county as the same mines."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from openpyxl import load_workbook

from greenmine_desktop.messages import UserError
from greenmine_desktop.services.mine_export import exchange_schema, export, validate_exchange
from greenmine_desktop.services.mine_import import apply_import, preview_import
from greenmine_desktop.services.register_sources import SourceOptions
from greenmine_desktop.store.draws import all_draws
from greenmine_desktop.store.mines import iter_mines
from greenmine_desktop.store.workspace import Workspace


@pytest.fixture
def year_ws(year_folder):
    with Workspace.open(year_folder) as ws:
        yield ws


def _reimported(tmp_path, path, layer=None):
    with Workspace.create(tmp_path / f"empty-{path.suffix[1:]}-{layer}", "county") as empty:
        preview = preview_import(empty, path, options=SourceOptions(layer=layer))
        assert preview.refused == [], [(r.row, r.key, r.problems) for r in preview.refused[:3]]
        apply_import(empty, preview)
        return list(iter_mines(empty))


@pytest.mark.parametrize(("fmt", "layer"), [("gpkg", "boundaries_4523"), ("gpkg", "boundaries_lonlat"),
                                            ("geojson", None), ("xlsx", None)])
def test_round_trip_into_an_empty_county(year_ws, tmp_path, fmt, layer):
    original = list(iter_mines(year_ws))
    out = tmp_path / f"register.{fmt}"
    export(year_ws, fmt, out)
    again = _reimported(tmp_path, out, layer)
    assert len(again) == len(original) == 300
    assert again == original  # every column, every part, corner numbers, elevations and zone


def test_geopackage_layers_open_in_gdal_with_their_crs_and_map_columns(year_ws, tmp_path):
    import pyogrio

    out = tmp_path / "mines.gpkg"
    summary = export(year_ws, "gpkg", out)
    assert summary["layers"] == ["boundaries_lonlat", "boundaries_4523"]
    layers = dict(pyogrio.list_layers(out))
    assert layers == {"boundaries_lonlat": "Polygon", "boundaries_4523": "Polygon"}
    lonlat = pyogrio.read_info(out, layer="boundaries_lonlat")
    assert lonlat["crs"] == "EPSG:4490" and lonlat["features"] == sum(len(m.parts) for m in iter_mines(year_ws))
    assert pyogrio.read_info(out, layer="boundaries_4523")["crs"] == "EPSG:4523"
    meta, _, geometry, columns = pyogrio.raw.read(out, layer="boundaries_lonlat")
    values = dict(zip(meta["fields"], columns, strict=True))
    # The map's own columns: list status and the latest check of each mine.
    checked = {licence for licence, day in zip(values["采矿许可证号"], values["最近检查日期"], strict=True) if day}
    assert checked and set(values["最近检查结论"]) >= {"通过", "不通过"}
    import shapely
    lon, lat = shapely.from_wkb(geometry[0]).exterior.coords[0]
    assert 100 < lon < 110 and 30 < lat < 45  # lon/lat, not GK metres


def test_legacy_datum_mines_are_left_out_of_lonlat_only(ws_with_legacy, tmp_path):
    import pyogrio

    out = tmp_path / "legacy.gpkg"
    summary = export(ws_with_legacy, "gpkg", out)
    assert summary["left_out_of_lonlat"] == 1 and summary["layers"] == ["boundaries_2365"]
    assert pyogrio.read_info(out, layer="boundaries_2365")["features"] == 2


@pytest.fixture
def ws_with_legacy(tmp_path):
    from tests import boundary_files as bf

    with Workspace.create(tmp_path / "legacy", "county") as ws:
        apply_import(ws, preview_import(ws, bf.write_shapefile(tmp_path / "x.shp", True, 2365)))
        yield ws


def test_register_xlsx_has_the_register_and_its_corners(year_ws, tmp_path):
    out = tmp_path / "register.xlsx"
    export(year_ws, "xlsx", out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["名录", "拐点"]
    rows = list(book["拐点"].iter_rows(values_only=True))
    book.close()  # a read-only workbook keeps its file open: left to the collector, it warns in a later test
    mines = list(iter_mines(year_ws))
    assert len(rows) - 1 == sum(len(p.corners) for m in mines for p in m.parts)
    first = mines[0].parts[0].corners[0]
    assert rows[1][:6] == (mines[0].licence_no, mines[0].name, mines[0].parts[0].name, f"J{first.no}",
                           f"{first.x:.2f}", f"{first.y:.2f}")


def test_year_results_xlsx_lists_each_signed_check(year_ws, tmp_path):
    out = tmp_path / "results.xlsx"
    summary = export(year_ws, "xlsx", out, year=2026)
    signed = year_ws.conn.execute("SELECT count(*) FROM inspection WHERE status = 'signed' "
                                  "AND started_at LIKE '2026-%'").fetchone()[0]
    assert summary["checks"] == signed > 0
    book = load_workbook(out, read_only=True)
    rows = list(book["2026年检查结果"].iter_rows(values_only=True))
    book.close()
    assert len(rows) == signed + 1 and {r[4] for r in rows[1:]} <= {"通过", "不通过"}
    assert export(year_ws, "xlsx", tmp_path / "none.xlsx", year=2019)["checks"] == 0


def test_json_export_of_the_demo_year_validates_against_the_shipped_schema(year_ws, tmp_path):
    out = tmp_path / "year.json"
    summary = export(year_ws, "json", out, year=2026)
    document = json.loads(out.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(exchange_schema())
    jsonschema.Draft202012Validator(exchange_schema(), format_checker=jsonschema.FormatChecker()).validate(document)
    assert (document["format"], document["version"], document["year"]) == ("greenmine-exchange", 1, 2026)
    assert summary == {"mines": 300, "checks": len(document["checks"]), "cases": len(document["cases"])}
    assert document["checks"] and document["cases"] and document["publications"]
    plans = {d.record_sha256: d.plan for d in all_draws(year_ws)}
    assert all(p["plan"] == plans[p["record_sha256"]] != "" for p in document["publications"])
    failed = next(c for c in document["checks"] if c["verdict"] == "fail")
    assert failed["findings"] and failed["groups"] and failed["earned"] < failed["possible"]
    case = document["cases"][0]
    assert case["steps"] and case["inspection_uid"] in {c["uid"] for c in document["checks"]}


@pytest.mark.parametrize(("path", "value"), [
    (("mines", 0, "parts", 0, "corners", 0), [1, 3930000.0]),
    (("checks", 0, "verdict"), "maybe"),
    (("publications", 0, "record_sha256"), "not-a-digest"),
    (("version",), 2),
])
def test_schema_refuses_a_broken_document(year_ws, path, value):
    from greenmine_desktop.services.mine_export import exchange_document

    document = exchange_document(year_ws, 2026)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate_exchange(document)


@pytest.mark.parametrize("fmt", ["json", "gpkg", "xlsx"])
def test_a_full_disk_leaves_the_previous_export(year_ws, tmp_path, monkeypatch, fmt):
    import errno
    import os

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"export.{fmt}"
    out.write_bytes(b"the previous export")

    def full(_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError) as caught:
        export(year_ws, fmt, out, year=2026 if fmt == "json" else None)
    assert caught.value.code == "write_disk_full" and str(out) in caught.value.message("en")
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary or scratch file left


def test_a_folder_in_the_way_is_one_sentence(year_ws, tmp_path):
    (tmp_path / "taken.json").mkdir()
    with pytest.raises(UserError) as caught:
        export(year_ws, "json", tmp_path / "taken.json", year=2026)
    assert caught.value.code == "write_failed" and "taken.json" in caught.value.message("zh_CN")
    assert [p.name for p in tmp_path.iterdir() if p.name != "county"] == ["taken.json"]


def test_unknown_format_is_one_sentence(year_ws, tmp_path):
    with pytest.raises(UserError) as caught:
        export(year_ws, "kml", tmp_path / "x.kml")
    assert caught.value.code == "export_format"


def test_cli_export(year_folder, tmp_path):
    out = tmp_path / "mines.geojson"
    done = subprocess.run([sys.executable, "-m", "greenmine_desktop", "mines", "export", "--workspace",
                           str(year_folder), "--format", "geojson", "--out", str(out), "--json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mines"] == 300 and out.stat().st_size > 10_000
    bad = subprocess.run([sys.executable, "-m", "greenmine_desktop", "mines", "export", "--workspace",
                          str(year_folder), "--format", "json", "--year", "20x6", "--out", str(out)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2
