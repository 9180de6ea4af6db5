"""The report at its limits: long names, 100 findings, 80 photos. Nothing may run off the
page: every piece of text is placed inside the page's margins."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from greenmine_desktop.domain.checklist import Group, Item, Kind, Template
from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.services import checklists
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.report_export import export_report
from greenmine_desktop.store.workspace import Workspace
from tests.photo_factory import write_jpeg

LONG = "青岚县宏达建材矿产品开发有限责任公司石门镇柳树湾村东北侧第二采区建筑石料用灰岩露天开采矿山"


def hundred_items() -> Template:
    groups = tuple(Group(id=f"g{g}", title=f"第{g}组：{LONG[:12]}", points=200, items=tuple(
        Item(id=f"g{g}.i{i}", text=f"{LONG}（第 {g}-{i} 项检查内容，条文较长时应当换行而不超出表格）",
             kind=Kind.points, points=10, requirement=f"{LONG}：限期完成整改并报送整改报告（{g}-{i}）",
             refer_to="ecology_environment" if i % 3 == 0 else None)
        for i in range(20))) for g in range(5))
    return Template(id="stress-100", version="1", title=f"压力测试 {LONG}", source="test",
                    scoring={"total": 1000, "pass_total": 800, "group_min_ratio": 0.75}, groups=groups)


@pytest.fixture
def stressed(demo_folder, tmp_path, monkeypatch):
    template = hundred_items()
    monkeypatch.setattr(checklists, "shipped_templates", lambda: {template.id: template})
    ws = Workspace.open(demo_folder)
    licence = ws.conn.execute("SELECT licence_no FROM mine LIMIT 1").fetchone()[0]
    ws.conn.execute("UPDATE mine SET name = ?, company = ?, address = ? WHERE licence_no = ?",
                    [LONG, LONG + "集团", LONG + "附近", licence])
    team = tuple(TeamMember(*r) for r in ws.conn.execute(
        "SELECT badge_no, name FROM inspector WHERE active = 1 ORDER BY badge_no LIMIT 5"))
    header = Header(licence, template.key, "2026-11-23T09:30", team, LONG[:20], LONG[:10], LONG)
    session = start_inspection(ws, header, "王建国")
    for item in template.items:
        session.set_answer(item.id, 3.0, "王建国")
        session.set_note(item.id, LONG, "王建国")
    photos = [write_jpeg(tmp_path / f"p{n:02d}.jpg", seed=1000 + n, size=(800, 600) if n % 2 else (600, 800))
              for n in range(80)]
    session.add_photos(photos[:40], "g0.i1", "王建国")
    session.add_photos(photos[40:], "", "王建国")
    yield ws, session
    ws.close()


def off_page_text(path) -> list[tuple[int, int, int, str]]:
    """Text placed outside its page (page number, x, y, the text), from the PDF itself."""
    outside = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            if text.strip() and not (0 <= x <= width - 20 and 0 <= y <= height):
                outside.append((number, round(x), round(y), text[:10]))

        page.extract_text(visitor_text=visit)
    return outside


def test_nothing_runs_off_the_page(stressed):
    ws, session = stressed
    assert len(session.findings) == 100
    path = export_report(ws, session.id)
    reader = PdfReader(path)
    assert 20 <= len(reader.pages) <= 60
    assert off_page_text(path) == []
    text = "".join(p.extract_text().replace("\n", "") for p in reader.pages)
    assert "照片 80" in text and "第 1 页 共" in text and text.count(LONG[:8]) > 100


def test_notices_with_long_names_and_many_findings_stay_on_the_page(stressed):
    from datetime import date

    from greenmine_desktop.services.notices import issue_rectification_notice, issue_referral_letters
    from tests.conftest import confirm_citations, signature_png

    ws, session = stressed
    for n, member in enumerate(session.header.team):
        session.sign("inspector", member.name, signature_png(n), member.name)
    session.sign("representative", session.header.representative, signature_png(9), "x")
    session.sign_off("王建国")
    confirm_citations(ws, session.id)
    notice = issue_rectification_notice(ws, session.id, 30, working=True, issued_on=date(2026, 3, 2))
    letters = issue_referral_letters(ws, session.id, issued_on=date(2026, 3, 2))
    for path in [notice.path, *(letter.path for letter in letters)]:
        assert off_page_text(path) == [], path.name
    assert len(PdfReader(notice.path).pages) >= 3  # 66 findings of the bureau's own, then the service slip
