"""The draw tab: live eligible counts, the two-press moment of drawing, the result table,
verifying, exporting and a redraw that names what it replaces."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from greenmine_desktop.cli import main
from greenmine_desktop.domain.draw import sample_size
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.messages import text
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.draw_plans import draw_inputs, list_draws, load_draw, load_plan
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, demo_folder, private_home):
    ws = Workspace.open(demo_folder)
    window = show_window(qtbot, ws, private_home / "settings.ini")
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.tabs.currentWidget() is window.draw_tab
    yield window.draw_tab.page
    window.close()
    ws.close()


def drawn(page, qtbot) -> None:
    """Wait for the draw that the second press started (it runs as an operation)."""
    wait_for_jobs()
    qtbot.waitUntil(page.draw_button.isEnabled, timeout=20_000)


def draw_twice(page, qtbot) -> None:
    page.draw()
    page.draw()
    drawn(page, qtbot)


def test_the_editor_counts_eligible_mines_as_the_plan_changes(page, qtbot):
    editor = page.editor
    inputs = draw_inputs(page.ws, load_plan(page.ws, DEMO_PLAN.name))
    assert editor.plan() == load_plan(page.ws, DEMO_PLAN.name)
    summary = editor.summary.text()
    assert f"{len(inputs.candidates)} 座" in summary and f"抽取 {sample_size(inputs)} 座" in summary
    editor.ratio.setValue(50)
    qtbot.waitUntil(lambda: f"抽取 {-(-len(inputs.candidates) // 2)} 座" in editor.summary.text())
    minerals = editor.filters["mineral"]
    minerals.item(0).setCheckState(Qt.CheckState.Checked)
    narrowed = draw_inputs(page.ws, editor.plan())
    qtbot.waitUntil(lambda: f"符合条件的矿山 {len(narrowed.candidates)} 座" in editor.summary.text())
    assert len(narrowed.candidates) < len(inputs.candidates)
    # Changed while another tab shows: no count runs behind the user's back, the tab counts when shown.
    window = page.window()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    editor.ratio.setValue(10)
    assert not editor._recount.isActive()
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert f"抽取 {-(-len(narrowed.candidates) // 10)} 座" in editor.summary.text()


def test_draw_takes_two_presses_then_shows_verifies_and_exports(page, qtbot, tmp_path, capsys):
    qtbot.keyClicks(page.seed, "07 12 19 23 28 31")
    qtbot.keyClicks(page.witnesses, "Li, Wang")
    qtbot.keyClick(page.seed, Qt.Key.Key_D, CTRL)
    assert "07 12 19 23 28 31" in page.moment.text() and list_draws(page.ws) == []  # announced, not drawn
    qtbot.keyClick(page.seed, Qt.Key.Key_D, CTRL)
    drawn(page, qtbot)
    [row] = list_draws(page.ws)
    record = page.selected_record()
    assert record.record_sha256 == row.record_sha256 and record.witnesses == ("Li", "Wang")
    assert page.result.rowCount() == len(record.result) == row.mines > 0
    assert page.result.item(0, 1).text() == record.result[0].licence_no
    assert row.record_sha256[:16] in page.moment.text()
    page.verify()
    assert "抽取记录完好" in page.moment.text()
    out = tmp_path / "record.json"
    page.write_record(record, out)
    wait_for_jobs()  # an operation: its audit row is written on the job thread
    assert main(["draw", "verify", str(out)]) == 0
    assert page.ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0] == 1
    pdf = tmp_path / "record.pdf"
    page.write_pdf(record, pdf)
    wait_for_jobs()
    text = "".join(p.extract_text().replace("\n", "") for p in PdfReader(pdf).pages)
    first = record.result[0]
    for expected in ("双随机抽查抽取记录", record.seed, record.record_sha256, record.inputs_sha256,
                     first.licence_no, first.team[0], "Li、Wang", "第 1 页"):
        assert expected in text, expected
    page.write_public(record, tmp_path / "public.pdf")
    wait_for_jobs()  # written as a job: it scores every check of the draw
    qtbot.waitUntil(lambda: "public.csv" in page.window().statusBar().currentMessage())
    assert (tmp_path / "public.csv").read_text(encoding="utf-8-sig").count(first.licence_no) == 1


def test_a_redraw_needs_a_reason_and_names_the_one_it_replaces(page, qtbot):
    qtbot.keyClicks(page.seed, "first")
    draw_twice(page, qtbot)
    first = list_draws(page.ws)[0].record_sha256
    page.seed.setText("second")
    page.replaces.setCurrentIndex(page.replaces.findData(first))
    draw_twice(page, qtbot)
    assert "原因" in page.moment.text() and len(list_draws(page.ws)) == 1
    page.replaces.setCurrentIndex(page.replaces.findData(first))
    qtbot.keyClicks(page.reason, "unrecorded conflict")
    draw_twice(page, qtbot)
    newest, old = list_draws(page.ws)
    assert newest.replaces == first and old.replaced_by == newest.record_sha256
    assert "（已被替换）" in page.history.item(1, 3).text()
    assert json.loads(page.ws.conn.execute("SELECT record FROM draw_record WHERE record_sha256 = ?",
                                           [newest.record_sha256]).fetchone()[0])["replace_reason"] \
        == "unrecorded conflict"


def test_spot_check_items_are_kept_in_the_list(page, qtbot):
    page.editor.edit_items()
    dialog = page.editor.item_dialog
    assert dialog.legal_basis.text().startswith("《关于进一步加强绿色矿山建设的通知》")
    dialog.name.setEditText("土地复垦方案实施情况抽查")
    dialog.legal_basis.setText("《土地复垦条例》")
    dialog.template.setCurrentIndex(dialog.template.findData("restoration-plan"))
    dialog.proportion.setValue(30)
    dialog.frequency.setText("每年一次")
    dialog.save()
    wait_for_jobs()  # saved by an operation; the dialog says so
    qtbot.waitUntil(lambda: dialog.error.text() == dialog.tr("Saved."))
    dialog.close()
    assert page.editor.item.findText("土地复垦方案实施情况抽查") >= 0
    from greenmine_desktop.services.draw_plans import load_item

    saved = load_item(page.ws, "土地复垦方案实施情况抽查")
    assert (saved.template, saved.proportion, saved.legal_basis) == ("restoration-plan", 0.3, "《土地复垦条例》")


def test_the_results_notice_says_by_when_to_publish(qtbot, year_folder, private_home, tmp_path):
    with Workspace.open(year_folder) as ws:
        window = show_window(qtbot, ws, private_home / "settings.ini")
        wait_for_jobs()
        july = next(load_draw(ws, d.record_sha256) for d in list_draws(ws) if d.plan == "2026年第二批")
        window.draw_tab.page.write_public(july, tmp_path / "公示.pdf")
        wait_for_jobs()
        qtbot.waitUntil(lambda: "公示.csv" in window.statusBar().currentMessage())
        message = window.statusBar().currentMessage()
        window.close()
    # The July checks began on Monday 13 July: 20 working days after it is Monday 10 August.
    assert "请于 2026-08-10 前公示" in message


def test_a_results_notice_that_cannot_be_written_says_why(page, qtbot, tmp_path):
    qtbot.keyClicks(page.seed, "1 2 3")
    draw_twice(page, qtbot)
    record = page.selected_record()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    page.write_public(record, blocked / "公示.pdf")
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.moment.text() == text("write_not_a_folder", "zh_CN", folder=blocked,
                                                       path=blocked / "公示.pdf"))
    assert "公示" not in page.window().statusBar().currentMessage()


def test_a_new_draw_shows_its_own_mines_and_keeps_the_record_selected(page, qtbot):
    """The table listed the previous draw's mines until the new record was clicked."""
    page.editor.ratio.setValue(5)
    qtbot.keyClicks(page.seed, "first")
    draw_twice(page, qtbot)
    first = page.selected_record()
    page.verify()
    assert "抽取记录完好" in page.moment.text()
    page.editor.ratio.setValue(3)
    page.seed.setText("second")
    page.replaces.setCurrentIndex(page.replaces.findData(first.record_sha256))  # the plan is drawn: a redraw
    page.reason.setText("检查人员回避未登记")
    draw_twice(page, qtbot)
    second = page.selected_record()
    assert second.record_sha256 != first.record_sha256 and len(second.result) != len(first.result)
    assert f"抽取完成：{len(second.result)} 座矿山" in page.moment.text()
    assert page.result.rowCount() == len(second.result)
    assert [page.result.item(r, 1).text() for r in range(page.result.rowCount())] == \
        [r.licence_no for r in second.result]
    # Another record chosen by hand: its mines, and the message about the new draw is gone.
    old_row = next(r for r in range(page.history.rowCount())
                   if page.history.item(r, 0).data(Qt.ItemDataRole.UserRole) == first.record_sha256)
    qtbot.mouseClick(page.history.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.history.visualItemRect(page.history.item(old_row, 1)).center())
    assert page.selected_record().record_sha256 == first.record_sha256
    assert page.result.rowCount() == len(first.result) and page.moment.text() == ""
    page.verify()
    page.window().tabs.setCurrentIndex(0)
    page.reload_history()  # as after any change: the same record stays selected, by its hash
    assert page.selected_record().record_sha256 == first.record_sha256


def test_the_plan_editor_fits_its_pane_in_english(qtbot, demo_folder, private_home):
    """In English the editor was wider than its pane ("Num", "Always include mines on the ab…"),
    and "抽查事项(&I)" showed its "&"."""
    from PySide6.QtWidgets import QLabel

    from greenmine_desktop.gui.i18n import install_language
    from greenmine_desktop.gui.main_window import MainWindow
    from greenmine_desktop.gui.settings import Settings

    with Workspace.open(demo_folder) as ws:
        install_language("en")
        window = MainWindow(ws, Settings(private_home / "en.ini"), "en")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.tabs.setCurrentWidget(window.draw_tab)
        editor = window.draw_tab.page.editor
        scroll = editor.parentWidget().parentWidget()
        qtbot.waitUntil(lambda: scroll.viewport().width() > 100)
        assert editor.minimumSizeHint().width() <= scroll.viewport().width()
        assert not scroll.horizontalScrollBar().isVisible()
        label = next(w for w in editor.findChildren(QLabel) if w.buddy() is editor.item)
        assert label.text() == "Spot-check &item"
        window.close()
    install_language("zh_CN")
