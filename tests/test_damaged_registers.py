"""Fifty bad register files, made here: each is read or refused with one sentence (and the
row where there is one), never "unexpected error"; limits are enforced and stated."""

from __future__ import annotations

import csv
import io
import math
import random
import zipfile
from collections.abc import Callable

import pytest
from openpyxl import Workbook

from greenmine_desktop.cli import main
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import table_files
from greenmine_desktop.services.inspector_import import preview_import as preview_inspectors
from greenmine_desktop.services.mine_import import apply_import, preview_import
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import HEADER, SQUARE, register_row
from tests.test_damaged_photos import one_sentence

CORNER_1 = "1,3930000.00,35527000.00"


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig", header: list[str] = HEADER,
              line_end: str = "\r\n") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def ring(corners: int, numbers: list[int] | None = None) -> str:
    """A closed boundary of ``corners`` corners on a circle of 400 m (numbers as given)."""
    numbers = numbers or list(range(1, corners + 1))
    angles = [2 * math.pi * i / corners for i in range(corners)]
    points = [(3929500 + 400 * math.cos(a), 35527500 + 400 * math.sin(a)) for a in angles]
    body = "; ".join(f"{no},{x:.2f},{y:.2f}" for no, (x, y) in zip(numbers, points, strict=True))
    return f"A区[+1800,+1650]: {body}; {numbers[0]},{points[0][0]:.2f},{points[0][1]:.2f}"


def xlsx_bytes(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The workbook with each part passed through ``change(name, content)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info)))
    return out.getvalue()


def with_dtd(part: str, dtd: bytes) -> Callable[[str, bytes], bytes]:
    def change(name: str, content: bytes) -> bytes:
        if name != part:
            return content
        head, _, rest = content.partition(b"?>")
        return head + b"?>" + dtd + rest
    return change


LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
GOOD_XLSX = xlsx_bytes([register_row("X1")])
rng = random.Random(16)

#: name → (file bytes, what must come of it): a file-level code, row codes, or "accepted".
CASES: dict[str, tuple[Callable[[], bytes], str | tuple[str, ...]]] = {
    "empty.csv": (lambda: b"", "file_empty"),
    "bom-only.csv": (lambda: b"\xef\xbb\xbf", "file_empty"),
    "header-only.csv": (lambda: csv_bytes([]), "file_empty"),
    "binary.csv": (lambda: bytes([0xFF, 0x80, 0x00, 0xFE]) * 300, "file_encoding"),
    "big5.csv": (lambda: csv_bytes([["採礦許可證號"]], "big5", header=["採礦許可證號", "礦山名稱", "採礦權人"]),
                 "no_header_big5"),
    "wrong-headers.csv": (lambda: csv_bytes([["1", "2"]], header=["a", "b"]), "no_header"),
    "semicolons.csv": (lambda: ";".join(HEADER).encode() + b"\n" + ";".join(register_row()).encode(), "no_header"),
    "utf16.csv": (lambda: csv_bytes([register_row("U1")], "utf-16"), "accepted"),
    "gb18030.csv": (lambda: csv_bytes([register_row("G1")], "gb18030"), "accepted"),
    "utf8-no-bom.csv": (lambda: csv_bytes([register_row("N1")], "utf-8"), "accepted"),
    "cr-only.csv": (lambda: csv_bytes([register_row("R1"), register_row("R2")], line_end="\r"), "accepted"),
    "lf-only.csv": (lambda: csv_bytes([register_row("L1")], line_end="\n"), "accepted"),
    "mixed-line-ends.csv": (lambda: csv_bytes([register_row("M1")], line_end="\r") + b"\n"
                            + csv_bytes([register_row("M2")], "utf-8", line_end="\n").split(b"\n", 1)[1], "accepted"),
    "10000-corners.csv": (lambda: csv_bytes([register_row("K1", 拐点坐标=ring(10_000))]), "accepted"),
    "200k-name.csv": (lambda: csv_bytes([register_row("B1", 矿山名称="矿" * 200_000)]), ("cell_too_long",)),
    "32k-name.csv": (lambda: csv_bytes([register_row("B2", 矿山名称="名" * 32_768)]), ("cell_too_long",)),
    "nul-in-name.csv": (lambda: csv_bytes([register_row("B3", 矿山名称="测试\0矿")]), ("cell_control_character",)),
    "escape-in-company.csv": (lambda: csv_bytes([register_row("B4", 采矿权人="公司\x1b[31m")]),
                              ("cell_control_character",)),
    "corners-1-2-2-4.csv": (lambda: csv_bytes([register_row("D1", 拐点坐标=ring(4, [1, 2, 2, 4]))]),
                            ("boundary_corner_repeated",)),
    "corner-10e30.csv": (lambda: csv_bytes([register_row("D2", 拐点坐标=ring(4, [1, 2, 10**30, 4]))]),
                         ("boundary_corner_number",)),
    "corner-0.csv": (lambda: csv_bytes([register_row("D3", 拐点坐标=ring(4, [0, 1, 2, 3]))]),
                     ("boundary_corner_number",)),
    "corner-5000-digits.csv": (lambda: csv_bytes([register_row("D4", 拐点坐标=SQUARE.replace(
        "2,3930000", "9" * 5000 + ",3930000"))]), ("boundary_corner_number",)),
    "101-parts.csv": (lambda: csv_bytes([register_row("D5", 拐点坐标=" | ".join([SQUARE] * 101))]),
                      ("boundary_too_many_parts",)),
    "100001-corners.csv": (lambda: csv_bytes([register_row("D6", 拐点坐标="A区[+1,+0]: " + "; ".join(
        [CORNER_1] * 100_001))]), ("boundary_too_many_corners",)),
    "coordinate-nan.csv": (lambda: csv_bytes([register_row("D7", 拐点坐标=SQUARE.replace("3929000.00", "nan"))]),
                           ("coord_not_number",)),
    "elevation-1e999.csv": (lambda: csv_bytes([register_row("D8", 拐点坐标=SQUARE.replace("+1800", "+1e999"))]),
                            ("boundary_syntax",)),
    "area-nan.csv": (lambda: csv_bytes([register_row("E1", **{"矿区面积(km²)": "nan"})]), ("bad_number",)),
    "area-inf.csv": (lambda: csv_bytes([register_row("E2", **{"矿区面积(km²)": "inf"})]), ("bad_number",)),
    "complaints-superscript.csv": (lambda: csv_bytes([register_row("E3", 投诉件数="²")]), ("bad_number",)),
    "complaints-huge.csv": (lambda: csv_bytes([register_row("E4", 投诉件数="9" * 5000)]), ("cell_too_long",)),
    "complaints-million.csv": (lambda: csv_bytes([register_row("E7", 投诉件数="9" * 20)]), ("bad_number",)),
    "date-9999-99-99.csv": (lambda: csv_bytes([register_row("E5", 有效期起="9999-99-99")]), ("bad_date",)),
    "unclosed-quote.csv": (lambda: csv_bytes([register_row("E6")]) + b'"C7,"unclosed', ("missing_field",)),
    "extra-cells.csv": (lambda: csv_bytes([register_row("E8") + ["x", "y", "z"]]), "accepted"),
    "formula-name.csv": (lambda: csv_bytes([register_row("E9", 矿山名称="=cmd|' /C calc'!A0")]), "accepted"),
    "dtd-in-sheet.xlsx": (lambda: rezip(GOOD_XLSX, with_dtd("xl/worksheets/sheet1.xml", LAUGHS)), "file_xlsx_dtd"),
    "xxe-in-workbook.xlsx": (lambda: rezip(GOOD_XLSX, with_dtd("xl/workbook.xml", XXE)), "file_xlsx_dtd"),
    "dtd-in-content-types.xlsx": (lambda: rezip(GOOD_XLSX, with_dtd("[Content_Types].xml", XXE)), "file_xlsx_dtd"),
    "dtd-lowercase.xlsx": (lambda: rezip(GOOD_XLSX, with_dtd("xl/worksheets/sheet1.xml", XXE.lower())),
                           "file_xlsx_dtd"),
    "empty.xlsx": (lambda: b"", "file_xlsx_not_zip"),
    "csv-renamed.xlsx": (lambda: csv_bytes([register_row()]), "file_xlsx_not_zip"),
    "png-renamed.xlsx": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(500), "file_xlsx_not_zip"),
    "cut-in-half.xlsx": (lambda: GOOD_XLSX[: len(GOOD_XLSX) // 2], "file_xlsx_not_zip"),
    "zip-without-workbook.xlsx": (lambda: _zip({"readme.txt": b"hello"}), "file_xlsx_damaged"),
    "malformed-sheet.xlsx": (lambda: rezip(GOOD_XLSX, lambda n, c: c[:len(c) // 2] if "sheet1" in n else c),
                             "file_xlsx_damaged"),
    "no-rows.xlsx": (lambda: xlsx_bytes([], header=[]), "file_empty"),
    "duplicate-corners.xlsx": (lambda: xlsx_bytes([register_row("X2", 拐点坐标=ring(4, [1, 2, 2, 4]))]),
                               ("boundary_corner_repeated",)),
    "good.xlsx": (lambda: GOOD_XLSX, "accepted"),
    "notes.txt": (lambda: b"hello", "file_type"),
    "old-excel.xls": (lambda: b"\xd0\xcf\x11\xe0" + bytes(500), "file_type"),
    **{f"bitflip-{n}.xlsx": (lambda n=n: _flip(GOOD_XLSX, n), "any") for n in range(6)},
    **{f"bitflip-{n}.csv": (lambda n=n: _flip(csv_bytes([register_row("F1")], "gb18030"), n), "any")
       for n in range(4)},
}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _flip(data: bytes, seed: int) -> bytes:
    flipped = bytearray(data)
    chooser = random.Random(seed)
    for _ in range(1 + seed % 5):
        flipped[chooser.randrange(len(flipped))] ^= 1 << chooser.randrange(8)
    return bytes(flipped)


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def test_there_are_at_least_forty_bad_files():
    assert sum(expected != "accepted" for _, expected in CASES.values()) >= 40


@pytest.mark.parametrize("name", CASES)
def test_each_bad_register_file_gets_its_sentence(ws, tmp_path, name):
    make, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    try:
        preview = preview_import(ws, path)
    except UserError as exc:
        one_sentence(exc.message("zh_CN"), exc.message("en"))
        assert expected in (exc.code, "any"), exc.code
        return
    assert not isinstance(expected, str) or expected in ("accepted", "any"), expected
    if expected == "accepted":
        assert preview.rows and not preview.refused, [p.code for r in preview.refused for p in r.problems]
        return
    for row in preview.refused:
        assert row.row >= 2 and row.problems
        for problem in row.problems:
            one_sentence(problem.message("zh_CN"), problem.message("en"))
    if expected != "any":
        codes = {p.code for r in preview.refused for p in r.problems}
        assert set(expected) <= codes, codes


@pytest.mark.parametrize("name", ["dtd-in-sheet.xlsx", "binary.csv", "cr-only.csv", "200k-name.csv",
                                  "malformed-sheet.xlsx", "nul-in-name.csv"])
def test_the_command_line_never_says_unexpected(demo_folder, tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(CASES[name][0]())
    for register in ("mines", "inspectors"):
        main([register, "import", str(path), "--workspace", str(demo_folder), "--check"])
        err = capsys.readouterr().err
        assert "意外" not in err and "unexpected" not in err.lower()


def test_openpyxl_never_sees_a_dtd(ws, tmp_path, monkeypatch):
    """The zip is checked before openpyxl is asked to open it."""
    opened = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(a))
    path = tmp_path / "a.xlsx"
    path.write_bytes(rezip(GOOD_XLSX, with_dtd("xl/workbook.xml", LAUGHS)))
    with pytest.raises(UserError):
        preview_import(ws, path)
    assert opened == []


def test_a_zip_bomb_workbook_is_refused_before_unpacking(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(table_files, "MAX_XLSX_UNPACKED", 1_000_000)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(rezip(GOOD_XLSX, lambda n, c: c + b" " * 2_000_000 if n.endswith("sheet1.xml") else c))
    with pytest.raises(UserError) as err:
        preview_import(ws, path)
    assert err.value.code == "file_xlsx_too_large"


def test_a_register_file_over_the_size_limit_is_refused_unread(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(table_files, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_bytes(csv_bytes([register_row()]))
    with pytest.raises(UserError) as err:
        preview_import(ws, path)
    assert err.value.code == "file_too_large"


def test_the_inspector_register_shares_the_limits(ws, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(csv_bytes([["ZF-9", "赵\0九", "", "", ""], ["ZF-10", "钱" * 600, "", "", ""]],
                               header=["执法证号", "姓名", "单位", "在岗", "回避"]))
    preview = preview_inspectors(ws, path)
    assert [p.code for r in preview.rows for p in r.problems] == ["cell_control_character", "cell_too_long"]


def test_an_identical_reimport_is_reported_unchanged(demo_folder, tmp_path, capsys):
    path = tmp_path / "same.csv"
    path.write_bytes(csv_bytes([register_row("S1"), register_row("S2")]))
    args = ["mines", "import", str(path), "--workspace", str(demo_folder)]
    assert main(args) == 0
    assert "新增 2" in capsys.readouterr().out
    assert main(args) == 0
    assert "新增 0，更新 0，未变 2" in capsys.readouterr().out
    path.write_bytes(csv_bytes([register_row("S1"), register_row("S2", 矿山名称="改了名字")]))
    assert main(args) == 0
    assert "更新 1，未变 1" in capsys.readouterr().out


def test_a_ten_thousand_corner_boundary_is_kept_whole(ws, tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(csv_bytes([register_row("K1", 拐点坐标=ring(10_000))]))
    preview = preview_import(ws, path)
    assert len(preview.rows[0].record.parts[0].corners) == 10_000
    assert apply_import(ws, preview) == (1, 0)
