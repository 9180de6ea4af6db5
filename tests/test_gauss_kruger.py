import pytest
from hypothesis import given
from hypothesis import strategies as st

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.messages import Problem


@pytest.mark.parametrize(("epsg", "datum", "zone", "prefixed"), [
    (4513, "cgcs2000", 25, True), (4523, "cgcs2000", 35, True), (4533, "cgcs2000", 45, True),
    (4534, "cgcs2000", 25, False), (4544, "cgcs2000", 35, False), (4554, "cgcs2000", 45, False),
    (2359, "xian80", 35, True), (2380, "xian80", 35, False), (2411, "beijing54", 35, True),
])
def test_epsg_codes_are_described_and_rebuilt(epsg, datum, zone, prefixed):
    described_datum, described_zone, described_prefixed = gk.describe_epsg(epsg)
    assert (described_datum.code, described_zone, described_prefixed) == (datum, zone, prefixed)
    assert gk.epsg_for(described_datum, zone, prefixed) == epsg


def test_unrelated_epsg_is_not_a_gk_zone():
    assert gk.describe_epsg(4326) is None and gk.describe_epsg(4555) is None


@pytest.mark.parametrize(("x", "y", "code"), [
    ("3930000.00", "35527000.00", None),
    ("3930000.123", "35527000.00", "coord_decimals"),
    ("393000.00", "35527000.00", "coord_x_digits"),
    ("3930000.00", "3552700.00", "coord_y_digits"),
    ("3930000.00", "52527000.00", "coord_zone"),
    ("39x0000.00", "35527000.00", "coord_not_number"),
])
def test_coordinate_rules(x, y, code):
    result = gk.parse_coordinate("A区", 1, x, y)
    if code is None:
        assert result == gk.GkCoordinate(3930000.0, 35527000.0, 35)
    else:
        assert isinstance(result, Problem) and result.code == code


def test_plain_easting_has_no_zone():
    assert gk.parse_coordinate("A区", 1, "3930000.00", "527000.00").zone is None


@pytest.mark.parametrize(("crs", "zones", "expected"), [
    ("", {35}, 4523),
    ("CGCS2000", {35}, 4523),
    ("EPSG:4523", {35}, 4523),
    ("4544", {None}, 4544),
    ("西安80", {35}, 2359),
    ("北京54", {35}, 2411),
    ("", {None}, "coord_zone_unknown"),
    ("", {35, 36}, "coord_mixed_zones"),
    ("EPSG:4524", {35}, "coord_epsg_mismatch"),
    ("EPSG:4544", {35}, "coord_epsg_mismatch"),
])
def test_resolve_epsg(crs, zones, expected):
    spec = gk.parse_crs(crs)
    result = gk.resolve_epsg(spec, zones)
    if isinstance(expected, int):
        assert result == expected
    else:
        assert isinstance(result, Problem) and result.code == expected


def test_unknown_crs_is_a_problem():
    result = gk.parse_crs("WGS84")
    assert isinstance(result, Problem) and result.code == "coord_bad_crs"


@given(st.integers(25, 45), st.integers(1_000_000, 9_999_999), st.integers(100_000, 999_999))
def test_prefixed_coordinates_round_trip_their_zone(zone, northing_m, easting_m):
    y = zone * 1_000_000 + easting_m
    result = gk.parse_coordinate("A区", 1, f"{northing_m}.25", f"{y}.5")
    assert result.zone == zone
    assert gk.resolve_epsg(gk.parse_crs(""), {result.zone}) == 4513 + zone - 25
