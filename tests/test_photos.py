"""Photo files: metadata as cameras write it, bad input refused with a reason (or kept and
flagged when only the EXIF is broken), and every check a photo can fail."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from pillow_heif import from_pillow

from greenmine_desktop.domain.photo import Flag, PhotoMeta, classify, flags_for, within_window
from greenmine_desktop.geo.photo_position import boundary_check
from greenmine_desktop.messages import UserError
from greenmine_desktop.photos.reader import read_photo
from tests.photo_factory import (
    ZONE35,
    ZONE36,
    exif_for,
    jpeg_with_broken_exif,
    lat_lon,
    picture,
    png_bomb,
    square_mine,
    write_jpeg,
)


def test_metadata_as_a_phone_writes_it(tmp_path):
    data = read_photo(write_jpeg(tmp_path / "a.jpg", lat=35.512345, lon=105.345678, alt=1234.5,
                                 make="Xiaomi", model="2211133C"))
    meta = data.meta
    assert (meta.lat, meta.lon) == (pytest.approx(35.512345, abs=1e-7), pytest.approx(105.345678, abs=1e-7))
    assert meta.alt == 1234.5 and (meta.make, meta.model) == ("Xiaomi", "2211133C")
    assert meta.taken_at == "2026-11-23T10:15:00+08:00" and meta.taken_at_has_zone
    assert meta.gps_time == "2026-11-23T02:15:00+00:00"
    assert (meta.width, meta.height) == (640, 480) and data.format == "JPEG" and len(meta.sha256) == 64


@pytest.mark.parametrize(("lat", "lon"), [(-33.8688, 151.2093), (40.4168, -3.7038), (-12.0464, -77.0428)])
def test_southern_and_western_hemispheres(tmp_path, lat, lon):
    meta = read_photo(write_jpeg(tmp_path / "a.jpg", lat=lat, lon=lon)).meta
    assert (meta.lat, meta.lon) == (pytest.approx(lat, abs=1e-7), pytest.approx(lon, abs=1e-7))


def test_gps_without_altitude_and_below_sea_level(tmp_path):
    assert read_photo(write_jpeg(tmp_path / "a.jpg", lat=35.5, lon=105.3)).meta.alt is None
    assert read_photo(write_jpeg(tmp_path / "b.jpg", lat=31.5, lon=88.3, alt=-154.2)).meta.alt == -154.2


def test_camera_time_without_zone_is_marked(tmp_path):
    meta = read_photo(write_jpeg(tmp_path / "a.jpg", offset=None)).meta
    assert meta.taken_at == "2026-11-23T10:15:00" and not meta.taken_at_has_zone
    assert Flag.camera_time in flags_for(meta, None, "2026-11-23T09:30", reused=False)


def test_the_thumbnail_is_upright(tmp_path):
    data = read_photo(write_jpeg(tmp_path / "a.jpg", size=(640, 480), orientation=6))  # phone held upright
    thumb = Image.open(io.BytesIO(data.thumbnail))
    assert thumb.height > thumb.width and data.meta.orientation == 6


def test_the_cameras_own_thumbnail_is_used_when_the_file_is_complete(tmp_path):
    embedded = read_photo(write_jpeg(tmp_path / "a.jpg", seed=9, size=(1600, 1200), orientation=6,
                                     embed_thumbnail=True))
    decoded = read_photo(write_jpeg(tmp_path / "b.jpg", seed=9, size=(1600, 1200), orientation=6))
    thumb = Image.open(io.BytesIO(embedded.thumbnail))
    assert thumb.size == (120, 160)  # the 160×120 EXIF thumbnail, turned upright
    from greenmine_desktop.photos.scene import scene_distance

    assert scene_distance(embedded.scene_hash, decoded.scene_hash) <= 6


def test_a_cut_short_file_is_refused_even_with_a_thumbnail(tmp_path):
    path = write_jpeg(tmp_path / "a.jpg", seed=9, size=(1600, 1200), embed_thumbnail=True)
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    with pytest.raises(UserError) as err:
        read_photo(path)
    assert err.value.code == "photo_truncated"


def test_png_screenshots_and_exports_are_read(tmp_path):
    picture(6).save(tmp_path / "a.png")
    data = read_photo(tmp_path / "a.png")
    assert data.format == "PNG" and not data.meta.has_gps and data.thumbnail


def test_gps_in_degrees_and_decimal_minutes(tmp_path):
    """Some cameras write 35° 30.7407′ 0″ instead of degrees, minutes, seconds."""
    path = write_jpeg(tmp_path / "a.jpg", lat=35.5, lon=105.3)
    with Image.open(path) as image:
        exif = image.getexif()
    gps = exif.get_ifd(0x8825)
    gps[2] = (IFDRational(35, 1), IFDRational(307407, 10000), IFDRational(0, 1))
    picture(1).save(path, "JPEG", exif=exif)
    assert read_photo(path).meta.lat == pytest.approx(35 + 30.7407 / 60, abs=1e-7)


def test_a_trailer_after_the_end_of_image_is_decoded_not_refused(tmp_path):
    """Samsung phones append their own block after the JPEG's end marker."""
    path = write_jpeg(tmp_path / "a.jpg", seed=8, embed_thumbnail=True, lat=35.5, lon=105.3)
    path.write_bytes(path.read_bytes() + b"SEFH" + bytes(300) + b"SEFT")
    data = read_photo(path)
    assert data.meta.lat == pytest.approx(35.5) and data.thumbnail


def test_heic_from_a_phone(tmp_path):
    path = tmp_path / "IMG_0001.HEIC"
    heif = from_pillow(picture(5))
    heif.save(path, exif=exif_for(lat=22.54, lon=114.06, make="Apple", model="iPhone 15").tobytes())
    data = read_photo(path)
    assert data.format == "HEIF" and data.meta.make == "Apple"
    assert data.meta.lat == pytest.approx(22.54, abs=1e-6)


@pytest.mark.parametrize(("make", "code"), [
    (lambda p: p.write_bytes(b""), "photo_empty"),
    (lambda p: p.write_text("这不是照片，只是改了扩展名的文本", encoding="utf-8"), "photo_not_image"),
    (lambda p: p.write_bytes(write_jpeg(p, seed=2).read_bytes()[:6000]), "photo_truncated"),
    (lambda p: png_bomb(p), "photo_too_large"),
    (lambda p: p.write_bytes(b"GIF89a" + bytes(200)), "photo_not_image"),
])
def test_bad_input_is_refused_with_one_reason(tmp_path, make, code):
    path = tmp_path / "bad.jpg"
    make(path)
    with pytest.raises(UserError) as err:
        read_photo(path)
    assert err.value.code == code
    assert err.value.message("zh_CN").endswith("。")


def test_broken_exif_keeps_the_photo_and_flags_it(tmp_path):
    data = read_photo(jpeg_with_broken_exif(tmp_path / "a.jpg"))
    assert data.meta.width == 640 and data.thumbnail
    assert data.meta.metadata_error
    assert Flag.metadata_unreadable in flags_for(data.meta, None, None, reused=False)


# ---------------------------------------------------------------- the boundary
MINE = square_mine()  # 1 km square: N 3,930,000–3,929,000, E 35,527,000–35,528,000 (zone 35)


@pytest.mark.parametrize(("east", "status", "distance"), [
    (35_527_500.0, "inside", 0.0),  # the middle
    (35_528_000.0, "inside", 0.0),  # exactly on the east edge
    (35_527_999.0, "inside", 0.0),  # just inside
    (35_528_001.0, "near", 1.0),  # just outside
    (35_528_049.0, "near", 49.0),
    (35_528_051.0, "outside", 51.0),
    (35_529_000.0, "outside", 1000.0),
])
def test_photo_points_against_the_boundary(tmp_path, east, status, distance):
    lat, lon = lat_lon(ZONE35, 3_929_500.0, east)
    meta = read_photo(write_jpeg(tmp_path / "p.jpg", lat=lat, lon=lon)).meta  # through EXIF and back
    check = boundary_check(MINE, meta.lat, meta.lon)
    assert check.status == status and check.distance_m == pytest.approx(distance, abs=0.05)


def test_a_mine_in_another_zone_is_checked_in_its_own(tmp_path):
    east_mine = square_mine(ZONE36, 36, north=3_700_000.0, east=410_000.0)
    lat, lon = lat_lon(ZONE36, 3_699_500.0, 36_410_500.0)
    assert lon > 106.5  # zone 36's meridian is 108°E
    assert boundary_check(east_mine, lat, lon).status == "inside"
    assert boundary_check(MINE, lat, lon).status == "outside"  # far away in zone 35
    lat, lon = lat_lon(ZONE36, 3_699_500.0, 36_411_051.0)
    check = boundary_check(east_mine, lat, lon)
    assert check.status == "outside" and check.distance_m == pytest.approx(51, abs=0.05)


def test_legacy_datum_boundaries_are_not_compared():
    xian80 = square_mine(2366, 35)  # Xi'an 1980 zone 35
    assert boundary_check(xian80, 35.5, 105.3).status == "unchecked"
    meta = PhotoMeta("0" * 64, 10, 10, lat=35.5, lon=105.3)
    assert Flag.boundary_unchecked in flags_for(meta, boundary_check(xian80, 35.5, 105.3), None, reused=False)


def test_the_buffer_is_configurable():
    assert classify(False, 80.0, buffer_m=100).status == "near"
    assert classify(False, 80.0).status == "outside"


# ---------------------------------------------------------------- the other flags
def _meta(**fields) -> PhotoMeta:
    return PhotoMeta("0" * 64, 640, 480, **({"taken_at": "2026-11-23T10:15:00+08:00", "taken_at_has_zone": True,
                                             "lat": 35.5, "lon": 105.3} | fields))


def test_no_gps_and_placed_by_hand():
    assert Flag.no_gps in flags_for(_meta(lat=None, lon=None), None, None, reused=False)
    flags = flags_for(_meta(lat=None, lon=None), None, None, reused=False, placed_by_hand=True)
    assert Flag.placed_by_hand in flags and Flag.no_gps not in flags


@pytest.mark.parametrize(("taken", "inside"), [
    ("2026-11-23T07:31:00+08:00", True), ("2026-11-23T07:29:00+08:00", False),
    ("2026-11-23T21:29:00", True), ("2026-11-24T10:00:00+08:00", False), ("2025-11-23T10:00:00+08:00", False),
])
def test_time_window_of_the_inspection(taken, inside):
    assert within_window(taken, "2026-11-23T09:30") is inside
    assert (Flag.outside_time in flags_for(_meta(taken_at=taken), None, "2026-11-23T09:30", reused=False)) \
        is not inside


@pytest.mark.parametrize("software", ["Adobe Photoshop 25.0 (Windows)", "Snapseed 2.0", "美图秀秀", "GIMP 2.10"])
def test_edited_by_an_editor(software):
    assert Flag.edited in flags_for(_meta(software=software), None, None, reused=False)


def test_edited_when_exif_size_contradicts_the_pixels(tmp_path):
    cropped = read_photo(write_jpeg(tmp_path / "a.jpg", size=(600, 480), exif_size=(4000, 3000))).meta
    assert Flag.edited in flags_for(cropped, None, None, reused=False)
    untouched = read_photo(write_jpeg(tmp_path / "b.jpg", size=(640, 480), exif_size=(640, 480))).meta
    rotated = read_photo(write_jpeg(tmp_path / "c.jpg", size=(640, 480), exif_size=(480, 640))).meta
    assert Flag.edited not in flags_for(untouched, None, None, reused=False)
    assert Flag.edited not in flags_for(rotated, None, None, reused=False)
    assert Flag.edited not in flags_for(_meta(software="HDR+ 1.0.5"), None, None, reused=False)


def test_the_scene_hash_survives_recompression_and_resizing(tmp_path):
    original = read_photo(write_jpeg(tmp_path / "a.jpg", seed=11, size=(1600, 1200)))
    small = picture(11, (1600, 1200)).resize((800, 600))
    small.save(tmp_path / "b.jpg", "JPEG", quality=60)
    again = read_photo(tmp_path / "b.jpg")
    other = read_photo(write_jpeg(tmp_path / "c.jpg", seed=12, size=(1600, 1200)))
    from greenmine_desktop.photos.scene import scene_distance

    assert original.meta.sha256 != again.meta.sha256
    assert scene_distance(original.scene_hash, again.scene_hash) <= 6 < scene_distance(original.scene_hash,
                                                                                        other.scene_hash)


def test_reused_is_a_flag():
    assert Flag.reused in flags_for(_meta(), None, None, reused=True)
    assert datetime.fromisoformat(_meta().taken_at).utcoffset() is not None


def test_a_point_placed_on_the_map_goes_back_to_the_same_place():
    from greenmine_desktop.geo.photo_position import project, unproject

    lat, lon = unproject(ZONE35, 35_527_250.0, 3_929_750.0)
    easting, northing = project(ZONE35, lat, lon)
    assert (easting, northing) == (pytest.approx(35_527_250.0, abs=0.001), pytest.approx(3_929_750.0, abs=0.001))
