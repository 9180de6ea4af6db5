"""The offline basemap: clipped around a team's mines into its assignment package, kept
by the laptop, drawn under the boundary of the field map; never a tile from the network."""

from __future__ import annotations

import io
import socket
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from greenmine_desktop.geo import tiles as tile_math
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import basemap
from greenmine_desktop.services.mine_import import preview_import
from greenmine_desktop.store import mbtiles
from greenmine_desktop.store.workspace import Workspace
from tests import boundary_files as bf

ZOOMS = (13, 14, 15, 16)


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, "PNG")
    return buffer.getvalue()


def write_basemap(path: Path, bounds: tuple[float, float, float, float], zooms=ZOOMS) -> Path:
    """An MBTiles file whose tiles cover ``bounds``, one colour a zoom level."""
    rows = [(z, x, tile_math.tms_row(y, z), _png((40 * i, 120, 200 - 40 * i)))
            for i, z in enumerate(zooms) for x, y in tile_math.tiles_covering(bounds, z)]
    path.parent.mkdir(parents=True, exist_ok=True)
    mbtiles.write(path, {"name": "test", "format": "png"}, rows)
    return path


@pytest.fixture
def mine(tmp_path):
    with Workspace.create(tmp_path / "ws", "county") as ws:
        row = preview_import(ws, bf.write_notation_csv(tmp_path / "n.csv")).rows[0]
    return row.record


def _tile_set(bounds, zoom):
    return {(x, tile_math.tms_row(y, zoom)) for x, y in tile_math.tiles_covering(bounds, zoom)}


def test_clip_keeps_only_the_tiles_around_the_mines(tmp_path, mine):
    county = write_basemap(tmp_path / "county.mbtiles", basemap.mine_bounds(mine, 5000))
    clipped = tmp_path / "clip.mbtiles"
    clipped.write_bytes(basemap.clip(county, [mine], margin_m=300))
    assert mbtiles.zoom_levels(clipped) == list(ZOOMS)
    near = basemap.mine_bounds(mine, 300)
    for zoom in ZOOMS:
        kept = set(mbtiles.read_tiles(clipped, zoom, _tile_set(basemap.mine_bounds(mine, 5000), zoom)))
        assert kept == _tile_set(near, zoom)  # what the margin needs, nothing beyond it
    assert clipped.stat().st_size < county.stat().st_size / 5
    meta = mbtiles.metadata(clipped)
    assert meta["minzoom"] == "13" and meta["maxzoom"] == "16" and meta["format"] == "png"
    west, south, east, north = (float(v) for v in meta["bounds"].split(","))
    assert (west, south, east, north) == pytest.approx(near, abs=1e-6)


def test_no_basemap_where_the_county_has_none_or_the_datum_is_legacy(tmp_path, mine):
    from dataclasses import replace

    elsewhere = write_basemap(tmp_path / "far.mbtiles", (100.0, 30.0, 100.05, 30.05), zooms=(14,))
    assert basemap.clip(elsewhere, [mine]) is None
    assert basemap.package_files(tmp_path, [mine]) == {}  # no basemap/county.mbtiles
    write_basemap(tmp_path / "basemap" / "county.mbtiles", basemap.mine_bounds(mine, 2000))
    legacy = replace(mine, epsg=2365)  # Xi'an 80 zone 41: the offset to WGS 84 tiles is not guessed
    assert basemap.package_files(tmp_path, [legacy]) == {}
    assert basemap.view_tiles(tmp_path, legacy, 300, 2.0) == []
    assert set(basemap.package_files(tmp_path, [mine])) == {basemap.PACKAGE_FILE}


def test_view_tiles_cover_the_mine_at_the_level_that_suits_the_view(tmp_path, mine):
    import shapely

    write_basemap(tmp_path / "basemap" / "a.mbtiles", basemap.mine_bounds(mine, 2000))
    fine = basemap.view_tiles(tmp_path, mine, 300, 1.5)
    coarse = basemap.view_tiles(tmp_path, mine, 300, 12.0)
    assert len(fine) > len(coarse) > 0
    assert Image.open(io.BytesIO(fine[0].data)).getpixel((5, 5)) == (120, 120, 80)  # zoom 16's colour
    covered = shapely.union_all([shapely.Polygon(t.corners) for t in fine])
    for part in mine.parts:
        assert covered.contains(shapely.Polygon([(c.y, c.x) for c in part.corners]).buffer(250))


def test_assignment_package_carries_the_basemap_and_the_laptop_keeps_it(demo_folder, tmp_path):
    from greenmine_desktop.services import keys
    from greenmine_desktop.services.assignments import create_field_workspace, export_assignment, open_assignment
    from greenmine_desktop.services.demo import DEMO_PLAN
    from greenmine_desktop.services.draw_plans import run_plan
    from greenmine_desktop.store.mines import mine_by_licence

    with Workspace.open(demo_folder) as county:
        keys.create_county_ca(county, "passphrase-1", "clerk")
        record = run_plan(county, DEMO_PLAN.name, "1 2 3", "clerk", ("w",), datetime(2026, 11, 20, 9).astimezone())
        team = [r for r in record.result if r.team == record.result[0].team]
        mines = [mine_by_licence(county, r.licence_no) for r in team]
        others = [mine_by_licence(county, r.licence_no) for r in record.result if r not in team]
        west, south, east, north = zip(*(basemap.mine_bounds(m, 3000) for m in mines + others), strict=True)
        write_basemap(county.folder / "basemap" / "county.mbtiles", (min(west), min(south), max(east), max(north)))
        badge = team[0].team[0]
        keys.issue_inspector(county, badge, "passphrase-1", "passphrase-1", tmp_path / "i.p12", "clerk")
        task = export_assignment(county, record.record_sha256, "1", tmp_path / "team.gmtask", "passphrase-1",
                                 "clerk")
    with create_field_workspace(tmp_path / "field", tmp_path / "i.p12", "passphrase-1") as field:
        assert open_assignment(field, task, "inspector")
        [kept] = basemap.basemaps(field.folder)
        for zoom in ZOOMS:
            wanted = set().union(*(_tile_set(basemap.mine_bounds(m, basemap.PACKAGE_MARGIN_M), zoom) for m in mines))
            assert set(mbtiles.read_tiles(kept, zoom, wanted)) == wanted
            if others:  # another team's mines far off are not carried
                far = _tile_set(basemap.mine_bounds(others[0], 0), zoom) - wanted
                assert far and not mbtiles.read_tiles(kept, zoom, far)
        assert basemap.view_tiles(field.folder, mines[0], 300, 2.0)


def test_a_damaged_basemap_is_one_sentence_and_not_kept(tmp_path):
    with pytest.raises(UserError) as caught:
        basemap.keep_from_package(tmp_path, "ab" * 32, {basemap.PACKAGE_FILE: b"not sqlite at all" * 100})
    assert caught.value.code == "basemap_unreadable"
    assert basemap.basemaps(tmp_path) == []
    (tmp_path / "basemap").mkdir(exist_ok=True)
    (tmp_path / "basemap" / "x.mbtiles").write_bytes(b"junk")
    assert basemap.view_tiles(tmp_path, _square_mine(), 300, 2.0) == []  # the map goes on without it


def _square_mine():
    from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine

    corners = (Corner(1, 3930000, 35527000), Corner(2, 3930000, 35528000), Corner(3, 3929000, 35528000))
    return Mine("C1", "m", "c", "", "", "砂", "open_pit", "small", "producing", "", "", "", None, None, "none",
                "none", False, 4523, (BoundaryPart("A区", corners, 100, 50),), None)


@pytest.mark.gui
def test_field_map_draws_the_basemap_under_boundary_and_photos_offline(qtbot, tmp_path, mine, monkeypatch):
    from greenmine_desktop.gui.boundary_view import BASEMAP_Z
    from greenmine_desktop.gui.photo_map import PhotoMap

    def no_network(*args, **kwargs):
        raise AssertionError("the map asked the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    view = PhotoMap()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show_photos(mine, [])
    bare = view.transform().m11()
    assert view.basemap_tiles == 0
    write_basemap(tmp_path / "basemap" / "a.mbtiles", basemap.mine_bounds(mine, 2000))
    view.basemap_folder = tmp_path
    view.show_photos(mine, [])
    tiles = [i for i in view.scene().items() if i.zValue() == BASEMAP_Z]
    assert view.basemap_tiles == len(tiles) > 4
    assert all(i.zValue() < min(o.zValue() for o in view.scene().items() if o not in tiles) for i in tiles)
    assert view.transform().m11() == pytest.approx(bare)  # the view still fits the boundary, not the tiles


@pytest.mark.gui
def test_the_inspector_stands_at_the_latest_gps_fix(qtbot, mine):
    from greenmine_desktop.domain.photo import BoundaryCheck, PhotoMeta
    from greenmine_desktop.geo.boundary import to_lonlat
    from greenmine_desktop.geo.photo_position import project
    from greenmine_desktop.gui.photo_map import PhotoMap
    from greenmine_desktop.services.photo_checks import CheckedPhoto
    from greenmine_desktop.store.photos import StoredPhoto

    corner = mine.parts[0].corners[0]
    lons, lats = to_lonlat(mine.epsg, [corner.y + 200, corner.y + 400], [corner.x - 200, corner.x - 400])

    def photo(name, lat, lon, gps_time, hand=False):
        meta = PhotoMeta(name * 32, 100, 100, lat=None if hand else lat, lon=None if hand else lon, gps_time=gps_time)
        stored = StoredPhoto(meta, "jpeg", "x.jpg", f"{name}.jpg", "", lat if hand else None, lon if hand else None)
        return CheckedPhoto(stored, "item", BoundaryCheck("inside", 0.0), (), ())

    photos = [photo("a", lats[1], lons[1], "2026-11-23T10:40:00Z"),
              photo("b", lats[0], lons[0], "2026-11-23T10:05:00Z"), photo("c", lats[0], lons[1], None, hand=True)]
    view = PhotoMap()
    qtbot.addWidget(view)
    view.show_photos(mine, photos)
    assert view.here is not None and "a.jpg" in view.here.toolTip()
    easting, northing = project(mine.epsg, lats[1], lons[1])
    assert (view.here.pos().x(), -view.here.pos().y()) == pytest.approx((easting, northing))
    view.show_photos(mine, photos[2:])  # placed by hand only: no position of the inspector
    assert view.here is None
