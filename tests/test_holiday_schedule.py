"""The holiday schedule as workspace data: seeded from chinese-calendar, a year entered by
the clerk (typed, CSV, command line), provisional deadlines for a year not entered yet and
their reckoning again once it is, the schedule in assignment packages, and the one clock."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from greenmine_desktop import clock
from greenmine_desktop.cli import main
from greenmine_desktop.domain.deadlines import OFF, WORK, HolidayDay, deadline
from greenmine_desktop.domain.follow_up import FINISHED
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.services import holiday_schedule as hs
from greenmine_desktop.services.dashboard import dashboard
from greenmine_desktop.services.draw_plans import load_plan, run_plan, save_plan
from greenmine_desktop.services.plan_results import plan_checks, publication_status
from greenmine_desktop.services.working_days import deadline_by_schedule
from greenmine_desktop.store import holidays
from greenmine_desktop.store.audit import verify_chain
from greenmine_desktop.store.workspace import Workspace
from tests.test_follow_ups import CLERK, inspect

MUST_SHOW_DAYS = [date(2026, 12, 20), date(2027, 7, 1), date(2031, 1, 2)]


def monday_to_friday(day: date) -> bool:
    return day.weekday() < 5


@pytest.fixture
def county(tmp_path):
    with Workspace.create(tmp_path / "county", "county") as ws:
        yield ws


# ------------------------------------------------------------------ the one clock

def test_the_clock_set_to_a_day_is_what_services_and_rows_read(set_today, county):
    set_today(date(2031, 1, 2))
    assert clock.today() == date(2031, 1, 2) and clock.now().hour == 9
    first, second = clock.now_iso(), clock.now_iso()
    assert first.startswith("2031-01-02T") and first <= second  # the time of day runs on, in order
    from greenmine_desktop.store.workspace import now_iso
    assert now_iso().startswith("2031-01-02T")


def test_no_production_code_reads_the_wall_clock_but_the_clock():
    package = Path(clock.__file__).parent
    reads = re.compile(r"date\.today\(\)|datetime\.(now|utcnow|today)\(|QDate\.currentDate\(|"
                       r"QDateTime\.currentDateTime\(|time\.localtime\(")
    found = [f"{path.relative_to(package)}:{n}" for path in package.rglob("*.py") if path.name != "clock.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if reads.search(line)]
    assert found == []


def test_the_environment_sets_the_clock_and_a_bad_value_falls_back(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT, "2027-03-01")
    assert clock.Clock.from_environment().today() == date(2027, 3, 1)
    monkeypatch.setenv(clock.ENVIRONMENT, "next year")
    assert clock.Clock.from_environment().set_to is None


# ------------------------------------------------------------------ the schedule as data

def test_a_new_workspace_holds_the_years_chinese_calendar_knows_with_their_source(county):
    years = holidays.known_years(county.conn)
    assert years[0] == 2004 and years[-1] == 2026 and 2027 not in years
    days, source = holidays.year_days(county.conn, 2026)
    assert HolidayDay(date(2026, 10, 1), OFF, "国庆节") in days
    assert HolidayDay(date(2026, 2, 14), WORK, "春节") in days  # Saturday, an adjusted working day
    assert source.title == "国务院办公厅关于2026年部分节假日安排的通知"
    assert source.entered_by.startswith("chinese-calendar ")


def test_the_schedule_is_read_from_the_workspace_not_the_library(county):
    """A day the clerk's data makes a day off is one, whatever chinese-calendar says."""
    hs.enter_year(county, 2026, [HolidayDay(date(2026, 12, 2), OFF, "测试")], "测试〔2026〕1号", replace=True)
    assert deadline_by_schedule(county, date(2026, 12, 1), 1, True).day == date(2026, 12, 3)
    assert deadline_by_schedule(county, date(2026, 9, 30), 3, True).day == date(2026, 10, 5)  # no National Day now


def test_a_seeded_year_is_kept_when_the_clerk_entered_it(tmp_path):
    with Workspace.create(tmp_path / "w", "county") as ws:
        hs.enter_year(ws, 2026, [HolidayDay(date(2026, 1, 1), OFF, "元旦")], "国办发明电〔2025〕7号", replace=True)
    with Workspace.open(tmp_path / "w") as ws:  # opening seeds only what is missing
        days, source = holidays.year_days(ws.conn, 2026)
        assert len(days) == 1 and source.number == "国办发明电〔2025〕7号"


def test_opening_a_workspace_that_holds_every_library_year_reads_no_library_days(tmp_path, monkeypatch):
    """Every opening but the first after a chinese-calendar update has nothing to seed: it
    compares years only (the days of 20 years cost the first paint 5 ms)."""
    Workspace.create(tmp_path / "w", "county").close()
    monkeypatch.setattr(holidays, "library_days", lambda: pytest.fail("the days were read with nothing to seed"))
    with Workspace.open(tmp_path / "w") as ws:
        assert set(holidays.known_years(ws.conn)) == holidays.library_years()
    monkeypatch.undo()
    with Workspace.open(tmp_path / "w") as ws:  # a year gone missing (a newer release's) is seeded again
        ws.conn.execute("DELETE FROM holiday_day WHERE year = 2026")
    with Workspace.open(tmp_path / "w") as ws:
        assert 2026 in holidays.known_years(ws.conn)


TYPED = """日期,类型,名称
2027-01-01,休,元旦
2027-02-06 ~ 2027-02-13，休，春节
# the Sunday before is worked
2027-02-14\t班\t春节
2027-10-01~2027-10-07 off National Day
2027-10-09,work,国庆节
"""


def test_typed_lines_read_runs_full_width_commas_tabs_and_a_header():
    days = hs.parse_days(TYPED, 2027)
    assert [d.day for d in days][:3] == [date(2027, 1, 1), date(2027, 2, 6), date(2027, 2, 7)]
    assert len([d for d in days if d.kind == OFF]) == 1 + 8 + 7
    assert HolidayDay(date(2027, 2, 14), WORK, "春节") in days
    assert HolidayDay(date(2027, 10, 7), OFF, "National Day") in days


@pytest.mark.parametrize(("text", "code"), [
    ("2028-01-01,休,元旦", "calendar_wrong_year"),
    ("2027-01-01,休,元旦\n2027-01-01,休,元旦", "calendar_duplicate"),
    ("2027-02-10,班,春节", "calendar_work_on_weekday"),  # a Wednesday
    ("2027-01-01,假,元旦", "calendar_bad_kind"),
    ("2027-13-01,休,元旦", "calendar_bad_date"),
    ("2027-10-07~2027-10-01,休,国庆节", "calendar_bad_date"),
    ("2027-01-01", "calendar_bad_line"),
    ("日期,类型,名称\n", "calendar_empty"),
    ("2027-01-01,休\nrubbish", "calendar_bad_line"),
    ("2027-01-01,休\nrubbish text", "calendar_bad_date"),
])
def test_a_careless_line_is_refused_with_its_line(text, code):
    with pytest.raises(UserError) as refused:
        hs.parse_days(text, 2027)
    assert refused.value.code == code
    assert "\n" not in refused.value.message() and refused.value.message("en")


def test_a_csv_saved_by_excel_in_gb18030_reads_and_a_huge_file_is_refused(tmp_path):
    path = tmp_path / "2027.csv"
    path.write_bytes(TYPED.encode("gb18030"))
    assert len(hs.read_days_file(path, 2027)) == 18
    path.write_bytes(b"2027-01-01,\xe4\xbc\x91,x\n" * 10_000)
    with pytest.raises(UserError):
        hs.read_days_file(path, 2027)


def test_a_year_needs_the_notice_number_and_is_not_overwritten_by_accident(county):
    days = hs.parse_days(TYPED, 2027)
    with pytest.raises(UserError) as refused:
        hs.enter_year(county, 2027, days, "  ")
    assert refused.value.code == "calendar_number_needed"
    hs.enter_year(county, 2027, days, "国办发明电〔2026〕1号", actor=CLERK)
    with pytest.raises(UserError) as again:
        hs.enter_year(county, 2027, days[:1], "国办发明电〔2026〕2号")
    assert again.value.code == "calendar_year_known"
    days_2027, source = holidays.year_days(county.conn, 2027)
    assert len(days_2027) == 18 and source.number == "国办发明电〔2026〕1号" and source.entered_by == CLERK
    assert source.title == "国务院办公厅关于2027年部分节假日安排的通知"
    hs.enter_year(county, 2027, days[:1], "国办发明电〔2026〕2号", replace=True)
    assert len(holidays.year_days(county.conn, 2027)[0]) == 1
    entries = county.conn.execute("SELECT action, entity_id FROM audit_log WHERE entity = 'holiday_year'").fetchall()
    assert entries == [("enter", "2027"), ("replace", "2027")] and verify_chain(county.conn).ok


# ------------------------------------------------------------------ must show: three days of the year

def _days_off_in(year: int, after: date, count: int) -> list[HolidayDay]:
    """A made-up schedule for ``year``: its first ``count`` weekdays after ``after`` off."""
    days, day = [], max(after, date(year, 1, 1) - timedelta(days=1))
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() < 5 and day.year == year:
            days.append(HolidayDay(day, OFF, "测试假日"))
    return days


@pytest.mark.parametrize("today", MUST_SHOW_DAYS, ids=str)
def test_a_year_not_entered_opens_the_statistics_issues_a_provisional_notice_and_is_reckoned_again(
        year_folder, set_today, today):
    set_today(today)
    with Workspace.open(year_folder) as ws:
        # a draw of a new plan and its first check today, with a finding: a case to notify
        save_plan(ws, dataclasses.replace(load_plan(ws, "2026年第二批"), name="今天的一批"), actor=CLERK)
        record = run_plan(ws, "今天的一批", "11 22 33", CLERK, ("见证人 甲", "见证人 乙"), clock.now())
        under_order = {c.mine_licence for c in fu.follow_ups(ws, "rectification") if c.state not in FINISHED}
        licence = next(r.licence_no for r in record.result if r.licence_no not in under_order)
        uid = inspect(ws, licence, today.isoformat(), failing=("pre.disclosure",))
        fu.open_follow_ups(ws, CLERK)
        board = dashboard(ws, today.year)  # the statistics for the year open
        assert board.checked >= 1
        status = next(p for p in board.publications if p.record_sha256 == record.record_sha256)
        assert status.due == deadline(today, 20, True, monday_to_friday) and status.due_provisional

        case = next(c for c in fu.follow_ups(ws, "rectification") if c.inspection_uid == uid)
        notified = fu.issue_notice(ws, case.id, 15, working=True, actor=CLERK)  # issued today
        provisional = deadline(today, 15, True, monday_to_friday)
        assert notified.deadline == provisional and notified.deadline_provisional
        text = "".join(p.extract_text().replace("\n", "") for p in PdfReader(
            ws.folder / "reports" / f"{notified.document_number}.pdf").pages)
        assert f"{provisional.year}年{provisional.month}月{provisional.day}日（暂定" in text

        # the year's schedule comes: three weekdays off inside the notice's fifteen
        year = provisional.year
        entered = hs.enter_year(ws, year, _days_off_in(year, today, 3), f"国办发明电〔{year - 1}〕9号", actor=CLERK)
        after = fu.follow_up(ws, case.id)
        expected = deadline(today, 15, True, lambda d: d.weekday() < 5 and d not in
                            {x.day for x in _days_off_in(year, today, 3)})
        assert after.deadline == expected > provisional and not after.deadline_provisional
        assert [(m.number, m.before, m.after, m.still_provisional) for m in entered.moved] == [
            (notified.document_number, provisional, expected, False)]
        # the publication due date follows, and is no longer provisional
        again = publication_status(ws, record, plan_checks(ws, record))
        assert again.due > status.due and not again.due_provisional
        assert dashboard(ws, today.year).checked == board.checked
        assert verify_chain(ws.conn).ok


def test_a_calendar_deadline_on_a_day_off_of_an_unknown_year_does_not_raise(county):
    due = deadline_by_schedule(county, date(2027, 9, 1), 30, False)  # Friday 1 October 2027
    assert (due.day, due.provisional) == (date(2027, 10, 1), True)
    hs.enter_year(county, 2027, hs.parse_days(TYPED, 2027), "国办发明电〔2026〕1号")
    assert deadline_by_schedule(county, date(2027, 9, 1), 30, False).day == date(2027, 10, 8)


def test_a_deadline_still_short_of_a_year_stays_provisional_and_finished_cases_are_left(year_folder, set_today):
    set_today(date(2028, 12, 20))
    with Workspace.open(year_folder) as ws:
        under_order = {c.mine_licence for c in fu.follow_ups(ws, "rectification") if c.state not in FINISHED}
        licence = next(row[0] for row in ws.conn.execute("SELECT licence_no FROM mine ORDER BY licence_no")
                       if row[0] not in under_order)
        uid = inspect(ws, licence, "2028-12-20", failing=("pre.disclosure",))
        fu.open_follow_ups(ws, CLERK)
        case = next(c for c in fu.follow_ups(ws, "rectification") if c.inspection_uid == uid)
        before = fu.issue_notice(ws, case.id, 30, working=True, actor=CLERK)
        entered = hs.enter_year(ws, 2027, hs.parse_days(TYPED, 2027), "国办发明电〔2026〕1号")
        assert entered.moved == [] and entered.rechecked == 1  # 2029 is still not known
        assert fu.follow_up(ws, case.id).deadline_provisional and fu.follow_up(ws, case.id) == before


# ------------------------------------------------------------------ the command line

def test_calendar_commands_show_add_and_list_what_moved(county, tmp_path, capsys, set_today):
    set_today(date(2026, 12, 20))
    csv_path = tmp_path / "2027.csv"
    csv_path.write_text(TYPED, encoding="utf-8-sig")
    folder = str(county.folder)
    assert main(["calendar", "show", "2027", "--workspace", folder]) == 1
    assert "2027 年的节假日安排尚未录入" in capsys.readouterr().err
    assert main(["calendar", "add-year", "2027", str(csv_path), "--workspace", folder, "--check"]) == 0
    shown = capsys.readouterr().out
    assert "2027-02-14 班 春节" in shown and " 1休" in shown and holidays.year_days(county.conn, 2027)[1] is None
    assert main(["calendar", "add-year", "2027", str(csv_path), "--workspace", folder]) == 1
    assert "文号" in capsys.readouterr().err
    assert main(["calendar", "add-year", "2027", str(csv_path), "--workspace", folder,
                 "--number", "国办发明电〔2026〕1号"]) == 0
    assert "已录入 2027 年节假日安排（18 天）" in capsys.readouterr().out
    assert main(["calendar", "show", "2027", "--workspace", folder, "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["number"] == "国办发明电〔2026〕1号" and len(lines) == 19
    assert {"day": "2027-10-09", "kind": "work", "name": "国庆节"} in lines
    csv_path.write_text("2027-02-10,班,春节\n", encoding="utf-8")
    assert main(["calendar", "add-year", "2027", str(csv_path), "--workspace", folder, "--replace",
                 "--number", "x"]) == 1
    assert "第 1 行" in capsys.readouterr().err


# ------------------------------------------------------------------ to the field laptops

def test_a_year_seeded_on_both_sides_at_different_times_is_not_replaced(county, tmp_path):
    """The same days from the same source are the same schedule: a laptop seeded from
    chinese-calendar a minute after the county was is not told its 2026 changed (the full
    suite failed on this whenever the two seedings fell in different minutes)."""
    entries = hs.for_package(county, 2026)
    with Workspace.create(tmp_path / "field", "field") as field:
        field.conn.execute("UPDATE holiday_day SET entered_at = '2001-01-01T00:00' WHERE year = 2026")
        with field.transaction():
            assert hs.from_package(field, entries) == []


def test_a_package_brings_the_countys_schedule_and_a_malformed_one_is_refused(county, tmp_path, set_today):
    hs.enter_year(county, 2027, hs.parse_days(TYPED, 2027), "国办发明电〔2026〕1号", actor=CLERK)
    entries = hs.for_package(county, 2026)
    assert [e["year"] for e in entries] == [2026, 2027]
    json.dumps(entries)  # travels inside data.json
    set_today(clock.today() + timedelta(days=3))  # the laptop seeds 2026 from the library on another day
    with Workspace.create(tmp_path / "field", "field") as field:
        with field.transaction():
            assert hs.from_package(field, entries) == [2027]
        assert holidays.year_days(field.conn, 2027) == holidays.year_days(county.conn, 2027)
        with field.transaction():
            assert hs.from_package(field, entries) == []  # the same package twice changes nothing
        for bad in ({"year": 2028}, [{"year": "x", "days": []}],
                    [{**entries[1], "days": [["2027-02-10", "work", "x"]]}],
                    [{**entries[1], "days": [["2028-01-01", "off", "x"]]}], [42]):
            with pytest.raises(UserError) as refused:
                with field.transaction():
                    hs.from_package(field, bad)
            assert refused.value.code == "package_holidays_bad"
        assert holidays.year_days(field.conn, 2027) == holidays.year_days(county.conn, 2027)


# ------------------------------------------------------------------ the whole process in another year

@pytest.mark.skipif(shutil.which("faketime") is None, reason="libfaketime (Debian's faketime) is not installed")
def test_the_selftest_passes_with_the_whole_process_in_2027():
    """Every clock of the process (Qt's, pyHanko's, SQLite's) in 2027, not only the app's."""
    env = {k: v for k, v in os.environ.items() if k != clock.ENVIRONMENT}
    result = subprocess.run(["faketime", "2027-03-01", sys.executable, "-m", "greenmine_desktop", "selftest"],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   a year without a schedule is provisional" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("selftest ok")
