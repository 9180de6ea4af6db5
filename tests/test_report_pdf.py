"""The inspection report PDF, opened and read: Chinese text, the checklist, findings,
photos with captions, signatures or the refusal, page numbers, and its atomic writing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from greenmine_desktop.documents.fonts import cjk_fonts
from greenmine_desktop.messages import Cancelled
from greenmine_desktop.services.report_export import export_report, report_path
from greenmine_desktop.store.mines import mine_by_licence


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_report_holds_what_was_found_in_chinese(inspected):
    ws, session = inspected
    path = export_report(ws, session.id, actor="王建国")
    assert path == report_path(ws, session) and path.parent == ws.folder / "reports"
    text = text_of(path)
    mine = mine_by_licence(ws, session.header.mine_licence)
    for expected in ("现场检查记录", mine.name, mine.licence_no, mine.company, "检查结论", "破碎车间西侧未封闭",
                     session.template.item("env.enclosed").requirement, "生态环境部门",
                     "拒绝签字，见证人：村委会李主任",
                     "先决条件", session.header.team[0].badge_no, "照片 5", "范围内", session.meta.uid[:8]):
        assert expected in text, expected
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert f"第 1 页 共 {pages} 页" in reader.pages[0].extract_text()
    assert f"第 {pages} 页 共 {pages} 页" in reader.pages[-1].extract_text()
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 5 + 2  # the photos and the two drawn signatures
    assert reader.metadata.subject.endswith(session.digest()[:12])
    assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0] == 1


def test_the_font_is_embedded_so_no_empty_boxes(inspected):
    ws, session = inspected
    path = export_report(ws, session.id)
    fonts = {str(f["/BaseFont"]) for page in PdfReader(path).pages
             for f in page["/Resources"]["/Font"].values()}
    if cjk_fonts().embedded:
        assert any("+" in name for name in fonts)  # a subset (ABCDEF+Name) of a system TrueType font
    else:
        assert "/STSong-Light" in fonts


def test_a_cancelled_export_leaves_no_file(inspected):
    ws, session = inspected
    with pytest.raises(Cancelled):
        export_report(ws, session.id, cancelled=lambda: True)
    assert not list((ws.folder / "reports").glob("*.pdf")) and not list((ws.folder / "reports").glob(".report-*"))
