"""Photos into a workspace: folders, duplicates, originals untouched, cancel leaving nothing
half-copied, links to inspections, checks in context, and the photos command."""

from __future__ import annotations

import json
import os

import pytest

from greenmine_desktop.cli import main
from greenmine_desktop.domain.photo import Flag
from greenmine_desktop.messages import Cancelled, UserError
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.photo_ingest import ingest
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header, full_marks_answer
from tests.photo_factory import lat_lon, write_jpeg

PNG = b"\x89PNG\r\n\x1a\n signature"


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def sd_card(root, count=3, **exif):
    folder = root / "DCIM" / "100MEDIA"
    folder.mkdir(parents=True)
    for n in range(count):
        write_jpeg(folder / f"IMG_{n:04d}.JPG", seed=n, **exif)
    (folder / "MVI_0001.MOV").write_bytes(b"not a photo, not imported")
    (folder / "IMG_9999.JPG").write_text("a text file renamed", encoding="utf-8")
    return root


def test_a_camera_card_is_imported_and_originals_are_untouched(ws, tmp_path):
    card = sd_card(tmp_path / "card")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in card.rglob("*.JPG")}
    results = ingest(ws, [card], actor="王建国")
    assert [r.status for r in results] == ["added", "added", "added", "refused"]
    assert results[-1].problem.code == "photo_not_image"
    for result in results[:3]:
        stored = ws.folder / "photos" / result.sha256[:2] / f"{result.sha256}.jpg"
        assert stored.read_bytes() == result.path.read_bytes()
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in card.rglob("*.JPG")} == before
    assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'photo'").fetchone()[0] == 3


def test_the_same_photo_twice_is_stored_once(ws, tmp_path):
    first = write_jpeg(tmp_path / "a.jpg", seed=4)
    copy = tmp_path / "copy of a.jpg"
    copy.write_bytes(first.read_bytes())
    results = ingest(ws, [first, copy])
    assert [r.status for r in results] == ["added", "duplicate"]
    assert ws.conn.execute("SELECT count(*) FROM photo").fetchone()[0] == 1
    assert len(list((ws.folder / "photos").rglob("*.jpg"))) == 1


def test_cancel_leaves_no_half_copied_photo(ws, tmp_path):
    card = sd_card(tmp_path / "card", count=6)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        ingest(ws, [card], cancelled=cancelled)
    assert not list((ws.folder / "photos" / ".incoming").iterdir())
    files = [p for p in (ws.folder / "photos").rglob("*") if p.is_file()]
    assert len(files) == 3 == ws.conn.execute("SELECT count(*) FROM photo").fetchone()[0]
    import hashlib
    assert all(hashlib.sha256(p.read_bytes()).hexdigest() == p.stem for p in files)


def _inspection(ws):
    return start_inspection(ws, demo_header(ws), "王建国")


def _inside_point(ws, licence):
    mine = mine_by_licence(ws, licence)
    part = mine.parts[0]
    north = sum(c.x for c in part.corners) / len(part.corners)
    east = sum(c.y for c in part.corners) / len(part.corners)
    return mine, lat_lon(mine.epsg, north, east)


def test_photos_as_evidence_in_an_inspection(ws, tmp_path):
    session = _inspection(ws)
    mine, (lat, lon) = _inside_point(ws, session.header.mine_licence)
    inside = write_jpeg(tmp_path / "in.jpg", seed=21, lat=lat, lon=lon, taken=None)
    far = write_jpeg(tmp_path / "far.jpg", seed=22, lat=lat + 0.1, lon=lon)
    no_gps = write_jpeg(tmp_path / "nogps.jpg", seed=23)
    assert session.missing_evidence()["env.dumps"] == 2
    digest = session.digest()
    session.add_photos([inside, far], "env.dumps", "王建国")
    session.add_photos([no_gps], "", "王建国")
    assert session.digest() != digest  # photos are part of what is signed
    assert "env.dumps" not in session.missing_evidence()
    checked = {c.photo.original_name: c for c in session.checked_photos()}
    assert checked["in.jpg"].boundary.status == "inside" and Flag.outside not in checked["in.jpg"].flags
    assert checked["far.jpg"].boundary.status == "outside" and checked["far.jpg"].boundary.distance_m > 5000
    assert Flag.outside in checked["far.jpg"].flags
    assert Flag.no_gps in checked["nogps.jpg"].flags and checked["nogps.jpg"].boundary is None
    sha = checked["nogps.jpg"].photo.meta.sha256
    session.place_by_hand(sha, lat, lon, "王建国")
    placed = {c.photo.original_name: c for c in session.checked_photos()}["nogps.jpg"]
    assert Flag.placed_by_hand in placed.flags and Flag.no_gps not in placed.flags
    assert placed.boundary.status == "inside" and placed.photo.meta.lat is None  # never passed off as GPS


def test_the_same_scene_at_another_inspection_is_flagged_reused(ws, tmp_path):
    first = _inspection(ws)
    first.add_photos([write_jpeg(tmp_path / "a.jpg", seed=31, size=(1600, 1200))], "", "王建国")
    other_header = demo_header(ws)
    other_licence = ws.conn.execute("SELECT licence_no FROM mine ORDER BY licence_no LIMIT 1 OFFSET 7").fetchone()[0]
    second = start_inspection(ws, type(other_header)(**{**other_header.to_data(), "team": other_header.team,
                                                        "mine_licence": other_licence}), "王建国")
    from tests.photo_factory import picture

    picture(31, (1600, 1200)).resize((1200, 900)).save(tmp_path / "b.jpg", "JPEG", quality=70)  # re-saved copy
    second.add_photos([tmp_path / "b.jpg", write_jpeg(tmp_path / "c.jpg", seed=32)], "", "李志强")
    flags = {c.photo.original_name: c for c in second.checked_photos()}
    assert Flag.reused in flags["b.jpg"].flags and flags["b.jpg"].reused_from == (first.header.mine_licence,)
    assert Flag.reused not in flags["c.jpg"].flags


def test_signed_inspections_take_no_photos_and_revisions_keep_them(ws, tmp_path):
    session = _inspection(ws)
    session.add_photos([write_jpeg(tmp_path / "a.jpg", seed=41)], "", "王建国")
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), "王建国")
    for member in session.header.team:
        session.sign("inspector", member.name, PNG, member.name)
    session.sign("representative", session.header.representative, PNG, "x")
    session.sign_off("王建国")
    with pytest.raises(UserError) as err:
        session.add_photos([write_jpeg(tmp_path / "b.jpg", seed=42)], "", "王建国")
    assert err.value.code == "inspection_frozen"
    revision = session.revise("王建国")
    assert revision.photos == session.photos


def test_photos_inspect_command(ws, tmp_path, capsys):
    mine, (lat, lon) = _inside_point(ws, ws.conn.execute("SELECT licence_no FROM mine LIMIT 1").fetchone()[0])
    good = write_jpeg(tmp_path / "good.jpg", lat=lat, lon=lon, alt=1520.0)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    code = main(["photos", "inspect", str(good), str(empty), "--json", "--mine", mine.licence_no,
                 "--workspace", str(ws.folder)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1 and len(lines) == 2
    assert lines[0]["boundary"] == "inside" and lines[0]["alt"] == 1520.0 and lines[0]["error"] is None
    assert set(lines[0]) >= {"path", "sha256", "taken_at", "lat", "lon", "alt", "make", "model", "orientation",
                             "width", "height", "error"}
    assert lines[1]["sha256"] is None and "0 字节" in lines[1]["error"]
    assert main(["photos", "inspect", str(good)]) == 0
    assert os.path.basename(good) in capsys.readouterr().out
