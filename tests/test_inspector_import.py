import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from greenmine_desktop.services.inspector_import import apply_import, preview_import
from greenmine_desktop.store.inspectors import list_inspectors
from greenmine_desktop.store.mines import iter_mines
from greenmine_desktop.store.workspace import Workspace

HEADER = ["执法证号", "姓名", "单位", "在岗", "回避"]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def test_inspectors_with_avoidances_import_and_reimport_updates(ws, tmp_path):
    mine = next(iter_mines(ws))
    rows = [
        ["ZF-001", "赵一", "执法大队", "是", f"矿山:{mine.licence_no}:配偶在该矿任职；企业：{mine.credit_code}"],
        ["ZF-002", "钱二", "矿产资源股", "否", ""],
    ]
    preview = preview_import(ws, write(tmp_path / "people.csv", rows))
    assert [r.action for r in preview.rows] == ["new", "new"] and not preview.refused
    assert apply_import(ws, preview) == (2, 0)
    zhao = next(i for i in list_inspectors(ws) if i.badge_no == "ZF-001")
    assert [(a.kind, a.target, a.reason) for a in zhao.avoidances] == [
        ("mine", mine.licence_no, "配偶在该矿任职"), ("company", mine.credit_code, "")]
    assert not next(i for i in list_inspectors(ws) if i.badge_no == "ZF-002").active
    rows[0][4] = ""  # the conflict has ended
    again = preview_import(ws, write(tmp_path / "people2.csv", rows))
    assert [r.action for r in again.rows] == ["update", "unchanged"]
    assert apply_import(ws, again) == (0, 1)
    assert next(i for i in list_inspectors(ws) if i.badge_no == "ZF-001").avoidances == ()
    assert len(list_inspectors(ws)) == 26


def test_bad_inspector_rows_are_refused_with_reasons(ws, tmp_path):
    rows = [
        ["", "无证号", "", "", ""],
        ["ZF-003", "孙三", "", "也许", ""],
        ["ZF-004", "李四", "", "", "亲戚:C123"],
        ["ZF-005", "周五", "", "", "企业:91110108MA01ABCDE1"],
        ["ZF-006", "吴六", "", "", "矿山:C0000000000000000000000"],
        ["ZF-006", "吴六", "", "", ""],
    ]
    preview = preview_import(ws, write(tmp_path / "bad.csv", rows))
    codes = [[p.code for p in r.problems] for r in preview.rows]
    assert codes[:4] == [["missing_field"], ["bad_value"], ["bad_avoidance"], ["credit_code_checksum"]]
    assert preview.rows[4].action == "new" and preview.rows[4].warnings[0].code == "warn_unknown_avoidance"
    assert codes[5] == ["duplicate_badge"] and preview.rows[5].problems[0].params["first_row"] == 6


def test_cli_inspectors_import_and_list(demo_folder, tmp_path, private_home):
    path = write(tmp_path / "p.csv", [["ZF-009", "郑九", "执法大队", "", ""]])
    env = {"GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en", "PATH": ""}
    run = [sys.executable, "-m", "greenmine_desktop", "inspectors"]
    imported = subprocess.run([*run, "import", str(path), "--workspace", str(demo_folder)],
                              capture_output=True, text=True, env=env, timeout=60)
    assert imported.returncode == 0 and "1 new" in imported.stdout
    listed = subprocess.run([*run, "list", "--workspace", str(demo_folder), "--json"],
                            capture_output=True, text=True, env=env, timeout=60)
    people = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(people) == 25 and {"badge_no": "ZF-009", "name": "郑九", "unit": "执法大队", "active": True,
                                  "avoidances": []} in people
