import hashlib
import json
import subprocess
import sys

import pytest
from openpyxl import Workbook

from greenmine_desktop.services.mine_import import apply_import, preview_import
from greenmine_desktop.store import mines as store
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import HEADER, SQUARE, register_row, write_csv

# Corners of a bow-tie (the ring crosses itself).
BOW_TIE = "A区[+100,+50]: 1,3930000.00,35527000.00; 2,3929000.00,35528000.00; 3,3930000.00,35528000.00; " \
          "4,3929000.00,35527000.00; 1,3930000.00,35527000.00"
OVERLAPPING = SQUARE + " | " + SQUARE.replace("A区", "B区").replace("3930000.00", "3929500.00")


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "ws", "county") as workspace:
        yield workspace


def _codes(preview, row_number):
    row = next(r for r in preview.rows if r.row == row_number)
    return [p.code for p in row.problems]


BAD_ROWS = [
    ({"采矿许可证号": ""}, "missing_field"),
    ({"拐点坐标": SQUARE.replace("35527000.00", "35527000.001")}, "coord_decimals"),
    ({"拐点坐标": SQUARE.replace("3929000.00", "392900.00")}, "coord_x_digits"),
    ({"拐点坐标": SQUARE.replace("3,3929000.00,35528000.00", "3,3929000.00,36528000.00")}, "coord_mixed_zones"),
    ({"拐点坐标": SQUARE.replace("35", "")}, "coord_zone_unknown"),
    ({"坐标系": "EPSG:4524"}, "coord_epsg_mismatch"),
    ({"坐标系": "WGS84"}, "coord_bad_crs"),
    ({"拐点坐标": SQUARE.rsplit(";", 1)[0]}, "boundary_not_closed"),
    ({"拐点坐标": BOW_TIE}, "boundary_self_intersecting"),
    ({"拐点坐标": OVERLAPPING}, "boundary_parts_overlap"),
    ({"拐点坐标": SQUARE.replace("[+1800,+1650]", "")}, "boundary_missing_elevation"),
    ({"拐点坐标": "A区[+1,+0]: 1,2"}, "boundary_syntax"),
    ({"开采方式": "挖"}, "bad_value"),
    ({"有效期止": "2030-13-01"}, "bad_date"),
    ({"统一社会信用代码": "91110108MA01ABCDE1"}, "credit_code_checksum"),
    ({"统一社会信用代码": "9111"}, "credit_code_length"),
    ({"矿区面积(km²)": "一平方公里"}, "bad_number"),
]


def test_every_kind_of_bad_row_is_reported_with_its_row_number(ws, tmp_path):
    rows = [register_row(f"C62990120200100000001{i:02d}", **dict(change)) for i, (change, _) in enumerate(BAD_ROWS)]
    rows.append(register_row("C6299012020010000000999"))
    rows.append(register_row("C6299012020010000000999", 矿山名称="重复的矿"))  # duplicate licence
    preview = preview_import(ws, write_csv(tmp_path / "bad.csv", rows))
    for index, (_, code) in enumerate(BAD_ROWS):
        assert code in _codes(preview, index + 2), (index + 2, code, _codes(preview, index + 2))
    duplicate = preview.rows[-1]
    assert duplicate.row == len(rows) + 1 and duplicate.action == "refused"
    assert duplicate.problems[0].code == "duplicate_licence"
    assert duplicate.problems[0].params["first_row"] == len(rows)
    assert "重复" in duplicate.problems[0].message("zh_CN")
    assert [r.row for r in preview.accepted] == [len(rows)]


def test_a_crossing_ring_says_where_in_register_coordinates(ws, tmp_path):
    preview = preview_import(ws, write_csv(tmp_path / "bow.csv", [register_row("C1", 拐点坐标=BOW_TIE)]))
    problem = preview.rows[0].problems[0]
    assert problem.params == {"part": "A区", "x": "3929500.00", "y": "35527500.00"}  # X is the northing
    assert problem.message("zh_CN") == "A区的边界自相交，交叉点约在 X=3929500.00，Y=35527500.00。"


def test_nothing_is_written_before_apply_and_refused_rows_never(ws, tmp_path):
    path = write_csv(tmp_path / "mixed.csv", [register_row("C1"), register_row("C2", 开采方式="挖")])
    preview = preview_import(ws, path)
    assert store.count(ws) == 0
    assert apply_import(ws, preview, actor="李会计") == (1, 0)
    assert store.existing_licences(ws) == {"C1"}
    # the audit log says who imported which file (by its hash) and what it did
    actor, action, entity, new = ws.conn.execute("SELECT actor, action, entity, new FROM audit_log").fetchone()
    assert (actor, action, entity) == ("李会计", "import", "mine_register")
    assert json.loads(new) == {"file": "mixed.csv", "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                               "new": 1, "updated": 0, "unchanged": 0, "refused": 1}


def test_reimport_updates_and_never_duplicates(ws, tmp_path):
    path = write_csv(tmp_path / "a.csv", [register_row("C1"), register_row("C2")])
    assert apply_import(ws, preview_import(ws, path)) == (2, 0)
    first = [json.dumps(m.__dict__, default=str) for m in store.iter_mines(ws)]
    preview = preview_import(ws, path)
    assert [r.action for r in preview.rows] == ["unchanged", "unchanged"]  # the same file again changes nothing
    assert apply_import(ws, preview) == (0, 0)
    assert json.loads(ws.conn.execute("SELECT new FROM audit_log ORDER BY rowid DESC LIMIT 1").fetchone()[0])[
        "unchanged"] == 2
    assert [json.dumps(m.__dict__, default=str) for m in store.iter_mines(ws)] == first
    assert ws.conn.execute("SELECT COUNT(*) FROM mine_part").fetchone()[0] == 2
    changed = write_csv(tmp_path / "b.csv", [register_row("C1", 矿山名称="改名后的矿")])
    apply_import(ws, preview_import(ws, changed))
    assert store.count(ws) == 2
    assert next(m for m in store.iter_mines(ws) if m.licence_no == "C1").name == "改名后的矿"


def test_area_is_computed_on_the_ellipsoid_and_mismatch_flagged(ws, tmp_path):
    far_east = SQUARE.replace("355270", "356770").replace("355280", "356780")  # 177.5 km east of the meridian
    rows = [register_row("C1", **{"矿区面积(km²)": "1.0000"}),
            register_row("C2", **{"矿区面积(km²)": "1.0000", "拐点坐标": far_east}),
            register_row("C3", **{"矿区面积(km²)": "1.0020"})]
    preview = preview_import(ws, write_csv(tmp_path / "areas.csv", rows))
    near, far, off = (r.record for r in preview.rows)
    assert near.area_computed_km2 == pytest.approx(1.0, abs=0.0002)
    # Planar 1 km², shrunk on the ellipsoid by the GK scale factor squared, k² ≈ 1 + (177.5 km / R)².
    assert far.area_computed_km2 == pytest.approx(1 / (1 + (177.5 / 6371) ** 2), abs=0.0001)
    assert not near.area_flagged and not preview.rows[0].warnings
    assert not far.area_flagged  # 0.08 % is within the 0.1 % tolerance
    assert off.area_flagged and preview.rows[2].warnings[0].code == "warn_area_mismatch"
    assert preview.rows[2].warnings[0].params["percent"] == "0.20"
    assert "1.0020 km²" in preview.rows[2].warnings[0].message("zh_CN")


def test_legacy_datum_is_kept_and_flagged_never_converted(ws, tmp_path):
    preview = preview_import(ws, write_csv(tmp_path / "old.csv", [register_row("C1", 坐标系="西安80")]))
    row = preview.rows[0]
    assert row.record.epsg == 2359 and row.record.parts[0].corners[0].x == 3930000.0
    assert row.warnings[0].code == "warn_legacy_datum"


def test_xlsx_and_gb18030_csv_read_like_utf8(ws, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(register_row("C1"))
    book.save(tmp_path / "register.xlsx")
    gbk = write_csv(tmp_path / "gbk.csv", [register_row("C1")], encoding="gb18030")
    for path in (tmp_path / "register.xlsx", gbk):
        preview = preview_import(ws, path)
        assert [r.action for r in preview.rows] == ["new"], path
        assert preview.rows[0].record.name == "测试砂岩矿"


def test_file_level_errors(ws, tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "nohead.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_text(",".join(HEADER) + "\n", encoding="utf-8")
    for name, code in (("a.txt", "file_type"), ("nohead.csv", "no_header"), ("empty.csv", "file_empty"),
                       ("absent.csv", "file_unreadable")):
        with pytest.raises(Exception) as err:
            preview_import(ws, tmp_path / name)
        assert err.value.code == code


def _cli(*args, env_home):
    return subprocess.run([sys.executable, "-m", "greenmine_desktop", *args], capture_output=True, text=True,
                          env={"GREENMINE_HOME": str(env_home), "GREENMINE_LANG": "en", "PATH": ""}, timeout=60)


def test_cli_import_reports_rows_and_exits_1_when_any_refused(tmp_path, private_home):
    Workspace.create(tmp_path / "ws", "county").close()
    good = write_csv(tmp_path / "good.csv", [register_row("C1")])
    bad = write_csv(tmp_path / "bad.csv", [register_row("C2"), register_row("", 矿山名称="无证")])
    result = _cli("mines", "import", str(good), "--workspace", str(tmp_path / "ws"), env_home=private_home)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    result = _cli("mines", "import", str(bad), "--workspace", str(tmp_path / "ws"), env_home=private_home)
    assert result.returncode == 1
    assert "bad.csv:3" in result.stderr and "missing" in result.stderr
    listed = _cli("mines", "list", "--workspace", str(tmp_path / "ws"), "--json", env_home=private_home)
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["licence_no"] for r in records] == ["C1", "C2"]
    assert records[0]["parts"][0]["corners"][0] == [1, 3930000.0, 35527000.0]
    assert records[0]["area_computed_km2"] == pytest.approx(1.0, abs=0.0002)


def test_cli_refuses_missing_workspace_in_one_sentence(tmp_path, private_home):
    result = _cli("mines", "list", "--workspace", str(tmp_path / "none"), env_home=private_home)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "No workspace" in result.stderr
    assert _cli("mines", "frobnicate", env_home=private_home).returncode == 2


def test_complaints_are_counted_and_must_be_a_number(ws, tmp_path):
    path = write_csv(tmp_path / "c.csv", [register_row("C1", 投诉件数="2"), register_row("C2", 投诉件数="两件")])
    preview = preview_import(ws, path)
    assert preview.rows[0].record.complaints == 2
    assert [p.code for p in preview.rows[1].problems] == ["bad_number"]
