"""Rectification notices and referral letters: numbers per bureau and year never reused,
deadlines in working days across national holidays, and the PDFs read back."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from greenmine_desktop.domain.deadlines import Deadline, HolidaySchedule, deadline, reckon
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.notices import issue_rectification_notice, issue_referral_letters
from greenmine_desktop.store.holidays import library_days
from greenmine_desktop.store.mines import mine_by_licence
from tests.conftest import confirm_citations
from tests.county_backend import REFUSED
from tests.test_packages import loop  # noqa: F401 - fixture

SEEDED = HolidaySchedule.of(day for days in library_days()[1].values() for day in days)


@pytest.mark.parametrize(("start", "days", "working", "expected"), [
    # National Day and Mid-Autumn 2025: 1–8 Oct off, Sat 11 Oct an adjusted working day.
    (date(2025, 9, 29), 5, True, date(2025, 10, 13)),
    (date(2025, 9, 30), 1, True, date(2025, 10, 9)),
    (date(2025, 10, 9), 2, True, date(2025, 10, 11)),  # the Saturday counts
    # Spring Festival 2026: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb working days.
    (date(2026, 2, 12), 3, True, date(2026, 2, 24)),
    # Calendar days ending on a day off move to the next working day.
    (date(2025, 9, 25), 7, False, date(2025, 10, 9)),
    (date(2026, 11, 23), 30, False, date(2026, 12, 23)),
])
def test_deadlines_cross_national_holidays(start, days, working, expected):
    assert deadline(start, days, working, SEEDED.is_workday) == expected
    assert reckon(start, days, working, SEEDED).provisional is False


@pytest.mark.parametrize(("start", "days", "working", "expected", "provisional"), [
    (date(2026, 12, 20), 60, True, date(2027, 3, 12), True),  # Monday to Friday in 2027
    (date(2026, 12, 1), 15, True, date(2026, 12, 22), False),  # all in 2026
    (date(2026, 12, 28), 3, True, date(2026, 12, 31), False),
    (date(2026, 12, 28), 4, True, date(2027, 1, 1), True),  # New Year's Day is not known yet
    (date(2026, 12, 20), 20, False, date(2027, 1, 11), True),  # calendar days landing on a Saturday of 2027
    (date(2026, 12, 1), 30, False, date(2026, 12, 31), False),
])
def test_a_year_without_a_schedule_counts_monday_to_friday_and_is_provisional(start, days, working, expected,
                                                                              provisional):
    assert reckon(start, days, working, SEEDED) == Deadline(expected, provisional)


def text_of(path) -> str:
    """The text with line breaks removed (a long sentence wraps anywhere in Chinese)."""
    return "".join(page.extract_text().replace("\n", "") for page in PdfReader(path).pages)


def test_the_rectification_notice_reads_as_an_official_document(inspected):
    ws, session = inspected
    confirm_citations(ws, session.id)
    issued = issue_rectification_notice(ws, session.id, 5, working=True, issued_on=date(2025, 9, 29), actor="王建国")
    assert issued.number == "青岚自然资责改〔2025〕1号" and issued.deadline == date(2025, 10, 13)
    text = text_of(issued.path)
    mine = mine_by_licence(ws, session.header.mine_licence)
    for expected in ("限期整改通知书", issued.number, mine.company, mine.credit_code, mine.legal_rep,
                     "废旧设备沿进场道路随意堆放", session.findings["env.tidy"].requirement, "5个工作日",
                     "2025年10月13日",
                     "行政复议", "行政诉讼", "异常名录", "青岚县自然资源局", "2025年9月29日", "送达回证", "受送达人"):
        assert expected in text, expected
    reader = PdfReader(issued.path)
    assert "送达回证" in reader.pages[-1].extract_text() and len(reader.pages) >= 2
    assert "破碎车间西侧未封闭" not in text  # referred to ecology and environment, not ordered here


def test_numbers_count_per_year_and_are_never_reused(inspected):
    ws, session = inspected
    confirm_citations(ws, session.id)
    numbers = [issue_rectification_notice(ws, session.id, 30, working=False, issued_on=day).number
               for day in (date(2025, 3, 3), date(2025, 5, 6), date(2026, 1, 5))]
    assert numbers == ["青岚自然资责改〔2025〕1号", "青岚自然资责改〔2025〕2号", "青岚自然资责改〔2026〕1号"]
    with pytest.raises(REFUSED, match="never"):
        ws.conn.execute("DELETE FROM issued_document WHERE number = ?", [numbers[1]])
    with pytest.raises(REFUSED, match="never"):
        ws.conn.execute("UPDATE issued_document SET seq = 9")
    assert issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2025, 6, 3)).number \
        == "青岚自然资责改〔2025〕3号"


def test_referrals_go_one_letter_per_department(inspected):
    ws, session = inspected  # env.enclosed is referred to ecology and environment by the template
    [letter] = issue_referral_letters(ws, session.id, issued_on=date(2026, 11, 24))
    assert letter.number == "青岚自然资移〔2026〕1号"
    text = text_of(letter.path)
    for expected in ("移送函", "青岚县生态环境局", "破碎车间西侧未封闭", "2 张", "2026年11月24日"):
        assert expected in text, expected


def test_an_unsigned_inspection_gets_no_documents(demo_folder):
    from greenmine_desktop.services.inspections import start_inspection
    from greenmine_desktop.store.workspace import Workspace
    from tests.conftest import demo_header

    with Workspace.open(demo_folder) as ws:
        session = start_inspection(ws, demo_header(ws), "王建国")
        with pytest.raises(UserError) as err:
            issue_rectification_notice(ws, session.id, 30, working=False)
        assert err.value.code == "notice_not_signed"


@pytest.mark.gui
def test_a_field_laptop_issues_no_numbered_documents(loop, qtbot):  # noqa: F811 - the fixture
    """Walkthrough: the field laptop offered 出具整改通知书 and numbered it from its own
    count, a number the county's register held for another mine's notice."""
    from greenmine_desktop.gui.inspection_view import InspectionView
    from greenmine_desktop.services.assignments import create_field_workspace, open_assignment
    from tests.test_packages import P12_PASS, finish_an_inspection

    _county, _record, p12, task, tmp_path = loop
    with create_field_workspace(tmp_path / "field", p12, P12_PASS) as field:
        open_assignment(field, task)
        session = finish_an_inspection(field, tmp_path, p12)
        before = sorted((field.folder / "reports").iterdir())
        for issue in (lambda: issue_rectification_notice(field, session.id, 15, False, date(2026, 11, 24)),
                      lambda: issue_referral_letters(field, session.id, issued_on=date(2026, 11, 24))):
            with pytest.raises(UserError) as refused:
                issue()
            assert refused.value.code == "notice_county_only" and "回传包" in refused.value.message()
        assert sorted((field.folder / "reports").iterdir()) == before, "no PDF written"
        view = InspectionView(session, "zh_CN", "王建国")
        qtbot.addWidget(view)
        assert view.notice_button.isHidden() and view.referral_button.isHidden()
