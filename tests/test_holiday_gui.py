"""The clerk's side of the holiday schedule: the notice dialog says a deadline is
provisional before issuing (and its sentences are not clipped), the year is entered in a
dialog shown as a calendar, and the case list marks and then corrects the deadline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from greenmine_desktop import clock
from greenmine_desktop.domain.deadlines import OFF, WORK
from greenmine_desktop.gui.holiday_dialog import HolidayDialog
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.notice_dialog import NoticeDialog
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.store import holidays
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window
from tests.test_follow_ups import inspect
from tests.test_holiday_schedule import TYPED
from tests.test_untranslated import untranslated

pytestmark = pytest.mark.gui


def _wrapped_label_fits(label) -> bool:
    QApplication.processEvents()
    return label.isVisible() and label.height() >= label.heightForWidth(label.width()) > 0


def _notified_today(ws: Workspace, working_days: int):
    """A case opened from today's check of the first mine, its notice issued today."""
    uid = inspect(ws, ws.conn.execute("SELECT licence_no FROM mine ORDER BY licence_no").fetchone()[0],
                  clock.today().isoformat(), failing=("pre.disclosure",))
    fu.open_follow_ups(ws, "李科员")
    case = next(c for c in fu.follow_ups(ws, "rectification") if c.inspection_uid == uid)
    return case, fu.issue_notice(ws, case.id, working_days, working=True, actor="李科员")


def _case_list_with_a_notice(qtbot, ws: Workspace, private_home, working_days: int):
    """The main window on 整改跟踪, listing a case whose notice was issued today."""
    case, notified = _notified_today(ws, working_days)
    main = show_window(qtbot, ws, private_home / "settings.ini")
    main.tabs.setCurrentWidget(main.follow_up_tab)
    wait_for_jobs()
    QApplication.processEvents()
    return case, notified, main, main.follow_up_tab.page


def test_the_notice_dialog_says_provisional_before_issuing_and_still_issues(qtbot, inspected, set_today):
    ws, session = inspected
    set_today(date(2026, 12, 20))
    install_language("zh_CN")
    dialog = NoticeDialog(ws, session.id, "zh_CN", "王建国")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.days.setValue(10)
    assert not dialog.preview.provisional and "2026-12-30" in dialog.preview.text()
    dialog.days.setValue(15)
    dialog.working.setChecked(True)
    assert dialog.preview.provisional and "暂定" in dialog.preview.text() and "2027" in dialog.preview.text()
    assert "2027-01-08" in dialog.preview.text()  # 15 working days, Monday to Friday in 2027
    assert _wrapped_label_fits(dialog.preview)
    dialog.say("2027 年的法定节假日安排尚未收录，请改用自然日计算期限或升级程序。" * 3)
    assert _wrapped_label_fits(dialog.error)  # the sentence is not clipped at top or bottom
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    assert dialog.issued.deadline == date(2027, 1, 8) and dialog.issued.provisional


def test_a_calendar_deadline_in_the_dialog_is_marked_provisional_without_an_error(qtbot, inspected, set_today):
    ws, session = inspected
    set_today(date(2027, 9, 1))
    dialog = NoticeDialog(ws, session.id, "en", "王建国")
    qtbot.addWidget(dialog)
    dialog.days.setValue(30)  # Friday 1 October 2027: maybe National Day, not known yet
    assert dialog.preview.provisional and "2027-10-01" in dialog.preview.text() and dialog.error.text() == ""


def test_the_clerk_types_a_year_checks_the_calendar_saves_and_sees_what_moved(qtbot, demo_folder, set_today):
    set_today(date(2026, 12, 20))
    with Workspace.open(demo_folder) as ws:
        case, before = _notified_today(ws, 30)
        assert before.deadline_provisional
        install_language("zh_CN")
        dialog = HolidayDialog(ws, "zh_CN", "李科员")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.year.value() == 2027 and not dialog.save_button.isEnabled()
        assert untranslated(dialog) == []
        dialog.text.setPlainText(TYPED.replace("2027-02-14\t班", "2027-02-10\t班"))  # a Wednesday
        dialog.show_calendar()
        assert "2027-02-10" in dialog.error.text() and not dialog.save_button.isEnabled()
        dialog.text.setPlainText(TYPED)
        dialog.show_calendar()
        assert dialog.painted(date(2027, 2, 14)) == WORK and dialog.painted(date(2027, 1, 1)) == OFF
        assert dialog.painted(date(2027, 10, 7)) == OFF and dialog.painted(date(2027, 10, 8)) == ""
        assert "16" in dialog.summary.text() and dialog.save_button.isEnabled()
        dialog.text.appendPlainText("2027-05-01,休,劳动节")  # changed after the check: look again first
        assert not dialog.save_button.isEnabled()
        dialog.show_calendar()
        dialog.save()  # no notice number yet
        wait_for_jobs()
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
        assert "文号" in dialog.error.text() and dialog.entered is None
        dialog.number.setText("国办发明电〔2026〕1号")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.entered is not None, timeout=10_000)
        assert len(dialog.entered.moved) == 1 and before.document_number in dialog.moved.toPlainText()
        assert dialog.moved.isVisible() and not dialog.save_button.isVisible()
        after = fu.follow_up(ws, case.id)
        assert after.deadline > before.deadline and not after.deadline_provisional
        assert holidays.year_days(ws.conn, 2027)[1].entered_by == "李科员"


def test_the_case_list_marks_a_provisional_deadline(qtbot, demo_folder, private_home, set_today):
    set_today(date(2026, 12, 20))
    with Workspace.open(demo_folder) as ws:
        case, _notified, main, page = _case_list_with_a_notice(qtbot, ws, private_home, 15)
        row = next(n for n, c in enumerate(page.cases) if c.id == case.id)
        cells = [page.table.item(row, column).text() for column in range(page.table.columnCount())]
        assert "2027-01-08（暂定）" in cells
        main.close()


def test_a_csv_loaded_in_the_dialog_is_shown_at_once_and_a_bad_one_says_why(qtbot, demo_folder, tmp_path):
    good, bad = tmp_path / "2027.csv", tmp_path / "bad.csv"
    good.write_bytes(TYPED.encode("gb18030"))
    bad.write_text("2027-02-10,班,春节\n", encoding="utf-8")
    with Workspace.open(demo_folder) as ws:
        install_language("zh_CN")
        dialog = HolidayDialog(ws, "zh_CN", "李科员")
        qtbot.addWidget(dialog)
        dialog.load_file(bad)
        assert "调休上班日只会是周六或周日" in dialog.error.text() and not dialog.save_button.isEnabled()
        dialog.load_file(good)
        assert dialog.error.text() == "" and dialog.save_button.isEnabled()
        assert dialog.painted(date(2027, 2, 6)) == OFF and "2027-02-14,班,春节" in dialog.text.toPlainText()


def test_entering_a_year_from_the_settings_menu_corrects_the_case_list_at_once(qtbot, demo_folder, private_home,
                                                                               set_today, monkeypatch):
    """Walkthrough: closing 设置 → 节假日安排 after saving a year raised an unexpected error
    (a helper the merge had removed) and the case list kept the old provisional deadline."""
    set_today(date(2026, 12, 20))
    with Workspace.open(demo_folder) as ws:
        case, before, main, page = _case_list_with_a_notice(qtbot, ws, private_home, 15)
        qtbot.waitUntil(lambda: any(c.id == case.id for c in page.cases))

        def enter_and_close(dialog: HolidayDialog) -> int:  # what the clerk does while the dialog is up
            dialog.text.setPlainText(TYPED)
            dialog.number.setText("国办发明电〔2026〕1号")
            dialog.show_calendar()
            dialog.save()
            qtbot.waitUntil(lambda: dialog.entered is not None, timeout=10_000)
            return 0

        monkeypatch.setattr(HolidayDialog, "exec", enter_and_close)
        main.holiday_schedule()
        wait_for_jobs()
        qtbot.waitUntil(lambda: next(c for c in page.cases if c.id == case.id).deadline != before.deadline)
        row = next(n for n, c in enumerate(page.cases) if c.id == case.id)
        shown = page.table.item(row, 5).text()
        assert "暂定" not in shown and shown == fu.follow_up(ws, case.id).deadline.isoformat()
        wait_for_jobs()  # the list's own refresh ends before the workspace closes
        QApplication.processEvents()
        main.close()
