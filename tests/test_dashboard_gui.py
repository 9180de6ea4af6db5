"""年度统计 in the county window on the demo year: the figures and charts, one draw
chosen, a chart exported as PNG, a publication recorded and a target changed."""

from __future__ import annotations

from datetime import date

import pytest
from PIL import Image
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import QDate, Qt

from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.services.plan_results import record_publication
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window
from tests.test_untranslated import untranslated

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, year_folder, private_home):
    ws = Workspace.open(year_folder)
    window = show_window(qtbot, ws, private_home / "settings.ini")
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    shown = window.dashboard_tab.page
    shown.year.setCurrentIndex(shown.year.findData(2026))  # the demo year, whatever year it is now
    wait_for_jobs()
    qtbot.waitUntil(lambda: shown.board is not None and shown.board.year == 2026)
    yield shown
    ws.close()


def series(box, kind):
    [found] = [s for s in box.view.chart().series() if isinstance(s, kind)]
    return found


def test_the_year_in_figures_and_charts(page):
    assert "抽取矿山 22 座，已检查 22 座" in page.figures.text() and "合格率 77%" in page.figures.text()
    assert "未结整改 7 件" in page.figures.text()
    pie = {s.label(): s.value() for s in series(page.checks_chart, QPieSeries).slices()}
    assert pie == {"合格 17": 17, "不合格 5": 5}  # every mine drawn was checked: no empty slice
    bars = series(page.findings_chart, QHorizontalBarSeries)
    findings = dict(zip(page.findings_chart.view.chart().axes()[0].categories(),
                        [bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())], strict=True))
    assert findings["矿区环境"] == 6 and findings["先决条件"] == 5
    towns = series(page.towns_chart, QBarSeries)
    assert [s.label() for s in towns.barSets()] == ["在名录内", "目标"]
    referrals = {page.referrals.item(r, 0).text(): page.referrals.item(r, 2).text()
                 for r in range(page.referrals.rowCount())}
    assert referrals == {"生态环境部门": "1", "应急管理部门": "0"}
    rows = {page.publications.item(r, 0).text(): page.publications.item(r, 5).text()
            for r in range(page.publications.rowCount())}
    assert rows["2026年第一批"].startswith("已公示") and "已逾期" in rows["2026年第二批"]
    assert page.checks_chart.view.chart().legend().isVisible()  # slices named below, never cut at the side


def test_the_status_column_fills_the_width_left_instead_of_scrolling(page, qtbot):
    place = "青岚县人民政府门户网站“双随机、一公开”专栏及县自然资源局政务公开栏"
    july = next(p for p in page.board.publications if p.plan == "2026年第二批")
    with Workspace.open(page.ws.folder) as clerk:  # the window's own connection only reads
        record_publication(clerk, july.record_sha256, date(2026, 8, 7), place, "办事员")
    window = page.window()
    window.tabs.setCurrentWidget(window.dashboard_tab)
    window.resize(1280, 800)
    page.reload()
    wait_for_jobs()
    table = page.publications

    def status():
        return next(table.item(r, 5) for r in range(table.rowCount()) if table.item(r, 0).text() == "2026年第二批")

    qtbot.waitUntil(lambda: place in status().text())
    assert status().toolTip() == status().text()  # the whole text, on hover
    qtbot.waitUntil(lambda: 0 < table.viewport().width() < 600)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)


def test_one_draw_and_a_chart_as_png(page, qtbot, tmp_path):
    page.draw.setCurrentIndex(page.draw.findText("2026年第一批", Qt.MatchFlag.MatchStartsWith))
    wait_for_jobs()
    qtbot.waitUntil(lambda: "抽取矿山 10 座" in page.figures.text())
    assert "未结整改 0 件" in page.figures.text()
    png = page.checks_chart.export_png(tmp_path / "checks.png")
    with Image.open(png) as image:
        assert image.size == (page.checks_chart.view.width() * 2, page.checks_chart.view.height() * 2)
        colours = {colour for _count, colour in image.convert("RGB").getcolors(1 << 20)}
    assert (0x2E, 0x7D, 0x32) in colours and (0xC6, 0x28, 0x28) in colours  # the passed and failed slices


def test_a_publication_is_recorded_and_the_overdue_one_clears(page, qtbot):
    july = next(r for r in range(page.publications.rowCount()) if page.publications.item(r, 0).text() == "2026年第二批")
    assert not page.publish_button.isEnabled()
    page.publications.selectRow(july)
    page.publish_button.click()
    assert not untranslated(page.form)
    page.form.day.setDate(QDate(2026, 8, 7))
    page.form._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not page.form.isVisible())
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.publications.item(july, 3).text() == "2026-08-07")
    assert page.publications.item(july, 5).text() == "已公示：本局门户网站"


def test_targets_are_entered_per_town(page, qtbot):
    page.edit_targets()
    dialog = page.targets
    assert not untranslated(dialog)
    town = dialog.table.item(0, 0).text()
    dialog.spins[town].setValue(12)
    dialog.save()
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.board is not None and any(t.town == town and t.target == 12
                                                           for t in page.board.towns))
    towns = series(page.towns_chart, QBarSeries)
    categories = page.towns_chart.view.chart().axes()[0].categories()
    assert towns.barSets()[1].at(categories.index(town)) == 12
