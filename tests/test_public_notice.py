"""The public results notice of a draw: one row per drawn mine with the check, the result
and the rectification ordered; no personal data beyond inspectors' names and badges."""

from __future__ import annotations

import csv
from datetime import date, datetime

from pypdf import PdfReader

from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.dashboard import draws_of_year
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.draw_plans import load_draw, run_plan
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.notices import issue_rectification_notice
from greenmine_desktop.services.plan_results import plan_checks
from greenmine_desktop.services.public_notice import COLUMNS, VERDICT, export_public_notice
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import confirm_citations, full_marks_answer


def test_public_notice_lists_drawn_mines_results_and_orders(demo_folder, tmp_path):
    with Workspace.open(demo_folder) as ws:
        record = run_plan(ws, DEMO_PLAN.name, "07 12 19 23 28 31", "op", ("w",), datetime(2026, 11, 2, 9).astimezone())
        first = record.result[0]
        team = tuple(TeamMember(*ws.conn.execute("SELECT badge_no, name FROM inspector WHERE badge_no = ?",
                                                 [b]).fetchone()) for b in first.team)
        header = Header(first.licence_no, find_template("green-mine-2020").key, "2026-11-05T09:30", team,
                        "周代表", "矿长", "采场")
        session = start_inspection(ws, header, "王建国")
        for item in session.template.items:
            session.set_answer(item.id, full_marks_answer(item), "王建国")
        session.set_answer("env.tidy", 2, "王建国")
        for member in team:
            session.sign("inspector", member.name, b"\x89PNG", member.name)
        session.sign("representative", "周代表", None, "王建国", refused=True, witness="村民 钱某")
        session.sign_off("王建国")
        confirm_citations(ws, session.id)
        notice = issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 6))
        written = export_public_notice(ws, record.record_sha256, tmp_path / "公示.pdf")
        mine = mine_by_licence(ws, first.licence_no)
    csv_path = written.csv_path
    assert written.publish_by == date(2026, 12, 3)  # 20 working days after the check on Thursday 5 November
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert tuple(table[0]) == COLUMNS and len(table) == len(record.result) + 1
    row = dict(zip(COLUMNS, table[1], strict=True))
    assert row["采矿许可证号"] == first.licence_no and row["检查日期"] == "2026-11-05"
    assert row["检查结果"] == "合格" and row["整改通知书"] == notice.number and row["发现问题"] == "1 项"
    assert all(member.badge_no in row["检查人员"] for member in team)
    assert dict(zip(COLUMNS, table[2], strict=True))["检查结果"] == "尚未检查"
    text = "".join(p.extract_text().replace("\n", "") for p in PdfReader(tmp_path / "公示.pdf").pages)
    assert "双随机抽查结果公示" in text and notice.number in text and mine.name in text
    lines = PdfReader(tmp_path / "公示.pdf").pages[0].extract_text().splitlines()
    for whole in ("2026-11-05", notice.deadline.isoformat(), first.licence_no):  # none broken over two lines
        assert any(whole in line for line in lines), whole
    for personal in ("周代表", "钱某", mine.legal_rep):  # only inspectors' names and badges are published
        assert personal not in text and personal not in csv_path.read_text(encoding="utf-8-sig")


def test_public_notice_shows_the_check_the_statistics_count(year_folder, tmp_path):
    """Not a re-inspection of an order, nor the check of a later draw: the March notice
    shows the March checks, though some of its mines were inspected again since."""
    with Workspace.open(year_folder) as ws:
        record = next(load_draw(ws, d.record_sha256) for d in draws_of_year(ws, 2026) if d.plan == "2026年第一批")
        checks = {c.licence: c for c in plan_checks(ws, record)}
        inspected_since = {licence for licence, check in checks.items() if ws.conn.execute(
            "SELECT count(*) FROM inspection WHERE mine_licence = ? AND status = 'signed' AND started_at > ?",
            [licence, check.checked_on.isoformat() + "T23:59"]).fetchone()[0]}
        csv_path = export_public_notice(ws, record.record_sha256, tmp_path / "公示.pdf").csv_path
    assert len(inspected_since) >= 2, "the demo year inspects some March mines again"
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [dict(zip(COLUMNS, r, strict=True)) for r in list(csv.reader(handle))[1:]]
    assert [row["采矿许可证号"] for row in rows] == list(checks)
    for row in rows:
        check = checks[row["采矿许可证号"]]
        assert row["检查日期"] == check.checked_on.isoformat()
        assert row["检查结果"] == VERDICT[check.verdict.value]
        assert row["发现问题"] == f"{len(check.findings)} 项"
