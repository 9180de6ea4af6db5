"""整改跟踪 in the county window: overdue cases counted on the main window from start-up,
listed first, and a case moved on step by step through its dated forms."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from greenmine_desktop import clock
from greenmine_desktop.domain.follow_up import FINISHED, Action, State
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.services import follow_ups as service
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import settle_jobs, show_window
from tests.test_follow_ups import CLERK, inspect, rectification

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_folder, private_home):
    ws = Workspace.open(demo_folder)
    licences = [r[0] for r in ws.conn.execute(
        "SELECT licence_no FROM mine WHERE green_status = 'listed' ORDER BY licence_no LIMIT 2")]
    late = inspect(ws, licences[0], "2026-01-05", failing=("pre.disclosure",))
    inspect(ws, licences[1], "2026-11-23", failing=("pre.disclosure", "env.enclosed"))
    service.open_follow_ups(ws, CLERK)
    service.issue_notice(ws, rectification(ws, late).id, 10, False, date(2026, 1, 6), CLERK)
    main = show_window(qtbot, ws, private_home / "settings.ini")
    yield main
    wait_for_jobs()  # the page's background refresh hands its result over before the workspace closes
    QApplication.processEvents()
    ws.close()


def test_overdue_cases_stand_out_and_a_case_is_moved_on(window, qtbot):
    assert "1 件逾期整改" in window.overdue_label.text()  # before the tab was ever opened
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.follow_up_tab.page
    wait_for_jobs()  # the page opens the cases of newly signed inspections in the background
    assert page.table.rowCount() == 3  # two rectifications and one referral
    assert int(page.table.item(0, 6).text()) > 300  # the overdue one first, days overdue shown
    assert "3 件，其中逾期 1 件" in page.summary.text()

    fresh = next(r for r, c in enumerate(page.cases) if c.kind == "rectification" and c.state == State.open)
    case_id = page.cases[fresh].id
    page.table.selectRow(fresh)
    assert page.buttons[Action.issue].isEnabled() and not page.buttons[Action.close].isEnabled()
    assert not page.buttons[Action.send].isVisible()
    page.step(Action.issue)
    page.form.days.setValue(20)
    page.form.working.setChecked(True)
    page.form.day.setDate(QDate(2026, 11, 24))
    page.form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not page.form.isVisible())
    case = next(c for c in page.cases if c.id == case_id)
    assert case.state == State.notified and case.document_number
    assert case.deadline == date(2026, 12, 22)  # 20 working days from 24 November 2026

    page.table.selectRow(page.cases.index(case))
    page.step(Action.close)  # not allowed yet: the form shows why and stays open
    page.form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: "不能销号" in page.form.error.text())
    assert page.form.isVisible()
    page.form.reject()
    page.step(Action.serve)
    page.form.text.setText("送达回证已签收")
    page.form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not page.form.isVisible())
    served = next(c for c in page.cases if c.id == case_id)
    assert served.state == State.served
    page.table.selectRow(page.cases.index(served))
    assert "登记送达 → 已送达（" in page.details.text()
    assert "按时公示勘查开采信息" in page.details.text()  # findings in words, not item ids


def test_the_year_is_listed_overdue_first_then_by_deadline_and_finished_last(qtbot, year_folder, private_home):
    with Workspace.open(year_folder) as ws:
        main = show_window(qtbot, ws, private_home / "settings.ini")
        page = main.follow_up_tab.page
        wait_for_jobs()
        QApplication.processEvents()  # the page's refresh has come back and reloaded the list
        today = clock.today()
        shown = [(case.days_overdue(today), case.state in FINISHED, case.deadline) for case in page.cases]
        main.close()
    overdue = [days for days, _finished, _deadline in shown if days]
    assert overdue == sorted(overdue, reverse=True) and shown[:len(overdue)] == [s for s in shown if s[0]]
    rest = shown[len(overdue):]
    finished = [f for _days, f, _deadline in rest]
    assert finished == sorted(finished) and True in finished and False in finished  # running ones, then finished
    running = [d for _days, f, d in rest if not f and d]
    assert running == sorted(running)


def test_the_case_stays_selected_after_a_step_reorders_the_list(window, qtbot):
    """After a notice on one row the list re-sorts; the selection follows the case, so the
    next click acts on the case the clerk chose, not on whatever took its row."""
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.follow_up_tab.page
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    row = next(r for r, c in enumerate(page.cases) if c.kind == "rectification" and c.state == State.open)
    chosen = page.cases[row].id
    page.table.selectRow(row)
    page.step(Action.issue)
    page.form.days.setValue(5)
    page.form.day.setDate(QDate(2025, 6, 2))  # long overdue at once: it moves to the top of the list
    page.form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not page.form.isVisible())
    assert [c.id for c in page.cases].index(chosen) != row  # the list did re-sort
    assert page.current().id == chosen
    assert page.table.item(page.table.currentRow(), 1).text() == page.current().mine_licence
    assert page.buttons[Action.serve].isEnabled()  # the buttons are the chosen case's


def test_the_notice_step_asks_for_the_rule_and_shows_the_provisional_deadline_whole(qtbot, demo_folder,
                                                                                   private_home):
    """Walkthrough: a finding whose item cites no confirmed rule could not be issued from
    整改跟踪 (the form said to confirm the rule and had no field for it), and a working-day
    deadline reaching a year without a schedule was clipped to one line of its sentence."""
    from pypdf import PdfReader

    ws = Workspace.open(demo_folder)
    licence = ws.conn.execute("SELECT licence_no FROM mine WHERE green_status = 'listed' ORDER BY licence_no"
                              " LIMIT 1").fetchone()[0]
    uid = inspect(ws, licence, "2026-11-23", failing=("env.tidy",))
    service.open_follow_ups(ws, CLERK)
    case_id = rectification(ws, uid).id
    main = show_window(qtbot, ws, private_home / "settings.ini")
    qtbot.keyClick(main, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = main.follow_up_tab.page
    wait_for_jobs()
    qtbot.waitUntil(lambda: any(c.id == case_id for c in page.cases))
    page.table.selectRow(next(r for r, c in enumerate(page.cases) if c.id == case_id))
    page.step(Action.issue)
    form = page.form
    qtbot.waitUntil(form.isVisible)
    [(item_id, field)] = form.citations.items()
    assert item_id == "env.tidy" and field.isVisible() and field.text().startswith("《")
    assert field.cursorPosition() == 0  # the document's title shows, not the end of the citation
    form.day.setDate(QDate(2026, 12, 1))
    form.working.setChecked(True)  # 30 working days reach 2027, whose schedule is not entered
    assert "暂定" in form.preview.text() and "2027" in form.preview.text()
    QApplication.processEvents()
    assert form.preview.height() >= form.preview.heightForWidth(form.preview.width())  # not clipped

    field.setText(" ")
    form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: "违反的规定" in form.error.text())
    QApplication.processEvents()
    assert form.isVisible() and form.error.height() >= form.error.heightForWidth(form.error.width())
    rule = "《矿山地质环境保护规定》第十六条"
    field.setText(rule)
    form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not form.isVisible())
    case = next(c for c in page.cases if c.id == case_id)
    assert case.state == State.notified and case.deadline_provisional and case.deadline.year == 2027
    notice = max((demo_folder / "reports").glob("*.pdf"), key=lambda p: p.stat().st_mtime_ns)
    text = "".join(p.extract_text().replace("\n", "") for p in PdfReader(notice).pages)
    assert case.document_number in text and rule in text and "暂定" in text
    main.close()  # before its connection: a list refreshing after the step reads through it
    settle_jobs()
    ws.close()


def test_the_last_column_still_fills_the_list_after_a_reload(window, qtbot):
    """Walkthrough: after every reload of a shown list (a step, a new draw, a certificate)
    its last column shrank to its text and left a blank strip beside the rows."""
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.follow_up_tab.page
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    for _ in range(2):
        page.reload()
        QApplication.processEvents()
    header = page.table.horizontalHeader()
    filled = sum(header.sectionSize(c) for c in range(header.count()))
    assert filled >= page.table.viewport().width() - 1


def test_a_step_the_rules_refuse_today_is_disabled_and_says_why(window, qtbot, set_today):
    """Walkthrough: 移交查处 and 销号 were enabled on a case still within its deadline, and
    said only after the clerk filled in the form that they may not happen."""
    set_today(date(2026, 12, 1))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.follow_up_tab.page
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    late = next(c for c in page.cases if c.state == State.notified)
    page.table.selectRow(page.cases.index(late))
    assert page.buttons[Action.escalate].isEnabled(), "past its deadline: the clerk may escalate"
    close = page.buttons[Action.close]
    assert not close.isEnabled() and "不能销号" in close.toolTip()

    fresh = next(c for c in page.cases if c.kind == "rectification" and c.state == State.open)
    with Workspace.open(window.ws.folder) as own:  # the window's connection only reads
        service.issue_notice(own, fresh.id, 20, True, date(2026, 11, 24), CLERK)  # deadline 22 December
    page.reload()
    page.table.selectRow(next(r for r, c in enumerate(page.cases) if c.id == fresh.id))
    escalate = page.buttons[Action.escalate]
    assert not escalate.isEnabled() and "整改期限未到" in escalate.toolTip()
    assert page.buttons[Action.serve].isEnabled() and not page.buttons[Action.serve].toolTip()

    set_today(date(2026, 12, 23))
    page.table.clearSelection()
    page.table.selectRow(next(r for r, c in enumerate(page.cases) if c.id == fresh.id))
    assert page.buttons[Action.escalate].isEnabled() and not page.buttons[Action.escalate].toolTip()
    settle_jobs()
