"""Issue 19: documents a bureau can sign: Chinese dates in prose, a Chinese signature
stamp in Beijing time, no page holding only the closing note, totals that explain the
items left out, and a trial checklist that does not disown the record."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from greenmine_desktop.documents.signature_stamp import build_stamp, stamp_lines
from greenmine_desktop.domain.chinese_dates import chinese_datetime
from greenmine_desktop.services.report_export import export_report


def pages_of(path) -> list[str]:
    return [page.extract_text().replace("\n", "") for page in PdfReader(path).pages]


@pytest.mark.parametrize(("given", "expected"), [
    ("2026-11-23T09:40", "2026年11月23日9时40分"), ("2026-11-23T14:05:30", "2026年11月23日14时5分"),
    ("2026-11-23", "2026年11月23日"),
])
def test_dates_in_prose_are_chinese(given, expected):
    assert chinese_datetime(given) == expected


def test_the_signature_stamp_is_chinese_in_beijing_time():
    lines = stamp_lines("何海燕", "62990100001", datetime(2026, 11, 30, 17, 5, tzinfo=UTC))
    assert lines == ("数字签名　何海燕", "执法证号 62990100001", "2026年12月1日1时5分（北京时间）")
    text = PdfReader(io.BytesIO(build_stamp(lines, 200, 40))).pages[0].extract_text()
    assert "数字签名" in text and "北京时间" in text and "UTC" not in text


def test_the_record_reads_in_chinese_and_ends_with_its_signatures_and_note_together(inspected):
    ws, session = inspected
    pages = pages_of(export_report(ws, session.id, actor="王建国"))
    whole = "".join(pages)
    assert chinese_datetime(session.header.started_at) in whole and "T09:30" not in whole
    assert "签字" in pages[-1] and "检查表依据" in pages[-1]  # the note is not alone on a page
    assert "自拟" not in whole and "unverified" not in whole and "试行版" in whole
    assert "记录所载现场检查事实及发现的问题不受影响" in whole


def test_the_totals_explain_what_is_left_out(inspected_na):
    ws, session = inspected_na
    score = session.score()
    assert score.possible < 1000
    whole = "".join(pages_of(export_report(ws, session.id, actor="王建国")))
    assert (f"适用项满分 {score.possible:g}，按比例通过线 {score.pass_mark:g}；检查表满分 1000、通过线 800" in whole)
    assert "2 项（共" in whole and "不适用" in whole


@pytest.fixture
def inspected_na(demo_folder):
    """A signed check with two items not applicable (no processing plant)."""
    from greenmine_desktop.services.inspections import start_inspection
    from greenmine_desktop.store.workspace import Workspace
    from tests.conftest import demo_header, full_marks_answer, signature_png

    ws = Workspace.open(demo_folder)
    session = start_inspection(ws, demo_header(ws), "王建国")
    for item in session.template.items:
        session.set_answer(item.id, "na" if item.id in ("dev.processing", "use.byproducts") else
                           full_marks_answer(item), "王建国")
    for member in session.header.team:
        session.sign("inspector", member.name, signature_png(), member.name)
    session.sign("representative", session.header.representative, None, "王建国", refused=True, witness="村民")
    session.sign_off("王建国")
    yield ws, session
    ws.close()


def test_the_results_notice_has_one_line_headers_and_ends_with_bureau_date_and_seal(year_folder, tmp_path):
    from datetime import date

    from greenmine_desktop.services.dashboard import draws_of_year
    from greenmine_desktop.services.public_notice import COLUMNS, export_public_notice
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(year_folder) as ws:
        march = next(d for d in draws_of_year(ws, 2026) if d.plan == "2026年第一批")
        export_public_notice(ws, march.record_sha256, tmp_path / "公示.pdf", "李科员", date(2026, 4, 14))
    reader = PdfReader(tmp_path / "公示.pdf")
    lines = reader.pages[0].extract_text().splitlines()
    start = lines.index("序号")
    assert lines[start:start + len(COLUMNS)] == list(COLUMNS)  # each header cell one line, none broken
    last = reader.pages[-1].extract_text().splitlines()
    closing = [line.strip() for line in last if line.strip() in ("青岚县自然资源局", "2026年4月14日", "（印章）")]
    assert closing == ["青岚县自然资源局", "2026年4月14日", "（印章）"]
