from hypothesis import given
from hypothesis import strategies as st

from greenmine_desktop.domain.boundary_text import format_boundary, parse_boundary
from greenmine_desktop.messages import Problem


def test_two_parts_with_elevations():
    parts = parse_boundary("A区[+124.9,+12.3]: 1,1.00,2.00; 2,3,4 | B区[-5~-50]: 3,5,6")
    assert [p.name for p in parts] == ["A区", "B区"]
    assert parts[0].elevation == (124.9, 12.3) and parts[1].elevation == (-5.0, -50.0)
    assert parts[0].corners == ((1, "1.00", "2.00"), (2, "3", "4"))


def test_full_width_punctuation_from_chinese_input_is_accepted():
    parts = parse_boundary("A区［+100，+50］：1，3930000.00，35527000.00；2，3930001.00，35527000.00")
    assert parts[0].elevation == (100.0, 50.0)
    assert parts[0].corners[1] == (2, "3930001.00", "35527000.00")


def test_part_name_defaults_by_position():
    parts = parse_boundary("1,1,2; 2,3,4 | 3,5,6")
    assert [p.name for p in parts] == ["A区", "B区"] and parts[0].elevation is None


def test_malformed_corner_is_a_syntax_problem():
    result = parse_boundary("A区[+1,+0]: 1,2")
    assert isinstance(result, Problem) and result.code == "boundary_syntax"
    assert parse_boundary("  ").code == "missing_field"


corner = st.tuples(st.integers(1, 99), st.integers(1_000_000, 9_999_999), st.integers(10_000_000, 45_999_999))


@given(st.lists(st.tuples(st.sampled_from(["A区", "B区", "一区"]), st.integers(-500, 3000), st.integers(-500, 3000),
                          st.lists(corner, min_size=3, max_size=8)), min_size=1, max_size=3))
def test_format_then_parse_round_trips(parts):
    spec = [(name, float(top), float(bottom), [(no, x / 100, y / 100) for no, x, y in ring])
            for name, top, bottom, ring in parts]
    parsed = parse_boundary(format_boundary(spec))
    assert [p.name for p in parsed] == [s[0] for s in spec]
    for raw, (_, top, bottom, ring) in zip(parsed, spec, strict=True):
        assert raw.elevation == (top, bottom)
        closed = [*ring, ring[0]]
        assert [(no, float(x), float(y)) for no, x, y in raw.corners] == [(no, round(x, 2), round(y, 2))
                                                                           for no, x, y in closed]
