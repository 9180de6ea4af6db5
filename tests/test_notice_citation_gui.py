"""Issue 19: the notice dialog asks the clerk to confirm or write the rule of each finding
whose checklist item has no confirmed citation; an empty one is refused in one sentence."""

from __future__ import annotations

from pypdf import PdfReader

from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.notice_dialog import NoticeDialog


def test_the_dialog_offers_the_proposed_rule_and_issues_with_what_the_clerk_wrote(qtbot, inspected):
    ws, session = inspected
    dialog = NoticeDialog(ws, session.id, "zh_CN", "李科员")
    qtbot.addWidget(dialog)
    dialog.show()
    [(item_id, field)] = dialog.citations.items()
    assert item_id == "env.tidy" and field.text().startswith("《绿色矿山评价指标》")
    field.setText("  ")
    dialog.accept()
    wait_for_jobs()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "违反的规定" in dialog.error.text() and dialog.issued is None and dialog.isVisible()
    rule = "《非金属矿行业绿色矿山建设规范》（DZ/T 0312—2018）5.2"
    field.setText(rule)
    dialog.accept()
    wait_for_jobs()
    qtbot.waitUntil(lambda: dialog.issued is not None)
    text = "".join(p.extract_text().replace("\n", "") for p in PdfReader(dialog.issued.path).pages)
    assert rule in text and not dialog.isVisible()
