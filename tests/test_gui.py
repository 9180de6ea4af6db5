"""The GUI driven through real widgets, offscreen."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from greenmine_desktop import clock
from greenmine_desktop.domain.mine import MineFilter
from greenmine_desktop.geo.scale_bar import nice_length
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.main_window import MainWindow
from greenmine_desktop.gui.mine_table_model import MINE_ID_ROLE
from greenmine_desktop.gui.settings import Settings
from greenmine_desktop.store.mines import query_ids
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import register_row, show_window, write_csv

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_folder, private_home):
    ws = Workspace.open(demo_folder)
    yield show_window(qtbot, ws, private_home / "settings.ini")
    ws.close()


def test_interface_is_chinese_by_default(window):
    assert window.tabs.tabText(0) == "矿山名录" and window.tabs.tabText(1) == "检查人员"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.mine_page.model.headerData(0, Qt.Orientation.Horizontal) == "采矿许可证号"
    assert window.mine_page.count_label.text() == "300 座矿山"


def test_typing_in_the_filter_narrows_the_list(window, qtbot):
    page = window.mine_page
    page.filter_edit.setFocus()
    page.filter_edit.insert("砂岩")  # as an input method commits Chinese (QTest cannot type it)
    expected = query_ids(window.ws, MineFilter(text="砂岩"))
    assert 0 < page.model.rowCount() == len(expected) < 300
    assert all("砂岩" in page.model.index(r, 1).data() for r in range(page.model.rowCount()))
    assert page.count_label.text() == f"{len(expected)} 座矿山"
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 300


def test_the_selected_mine_stays_selected_while_the_filter_still_shows_it(window, qtbot):
    """Narrowing the list kept the row number, not the mine: the clerk's mine was lost or
    another one took its place."""
    page = window.mine_page
    page.table.selectRow(40)
    chosen = page.table.currentIndex().data(MINE_ID_ROLE)
    name = page.model.index(40, 1).data()
    page.filter_edit.insert(name)  # a text the chosen mine still matches: its row moves up
    assert page.model.rowCount() < 300
    assert page.table.currentIndex().data(MINE_ID_ROLE) == chosen and name in page.title_label.text()
    page.filter_edit.setText("没有这样的矿")
    assert page.model.rowCount() == 0 and not page.table.currentIndex().isValid()
    assert name not in page.title_label.text(), "the details of a mine no longer listed are gone"


def test_licence_and_company_match_the_filter_too(window, qtbot):
    page = window.mine_page
    licence = page.model.index(5, 0).data()
    company = page.model.index(7, 2).data()
    qtbot.keyClicks(page.filter_edit, licence.lower())
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [licence]
    page.filter_edit.setText(company)
    assert page.model.rowCount() >= 1
    assert all(page.model.index(r, 2).data() == company for r in range(page.model.rowCount()))


def test_combo_filters_combine_with_text(window):
    page = window.mine_page
    page.mineral_combo.setCurrentIndex(page.mineral_combo.findData("煤"))
    coal = page.model.rowCount()
    assert 0 < coal < 300 and all(page.model.index(r, 3).data() == "煤" for r in range(coal))
    page.status_combo.setCurrentIndex(page.status_combo.findData("producing"))
    assert all(page.model.index(r, 6).data() == "生产" for r in range(page.model.rowCount()))
    assert page.model.rowCount() <= coal
    page.level_combo.setCurrentIndex(page.level_combo.findData("provincial"))
    assert page.model.rowCount() == len(query_ids(window.ws, MineFilter("", "煤", "producing", "provincial")))


def test_sorting_by_a_column_orders_the_rows(window):
    page = window.mine_page
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, 1).data() for r in range(300)]
    assert names == sorted(names, reverse=True)


def test_selecting_a_mine_shows_its_detail_and_boundary(window, qtbot):
    page = window.mine_page
    page.filter_edit.setText(page.model.index(3, 0).data())
    page.table.selectRow(0)
    title = page.title_label.text()
    assert page.model.index(0, 1).data() in title
    labels = [page._detail_form.itemAt(i, page._detail_form.ItemRole.LabelRole).widget().text()
              for i in range(page._detail_form.rowCount())]
    assert "采矿许可证号" in labels and "矿区范围" in labels
    values = [page._detail_form.itemAt(i, page._detail_form.ItemRole.FieldRole).widget().text()
              for i in range(page._detail_form.rowCount())]
    assert any("EPSG:4523" in v for v in values) and any("开采标高" in v for v in values)
    scene_texts = {item.text() for item in page.boundary_view.scene().items() if hasattr(item, "text")}
    assert {"1", "2", "3", "4", "A区"} <= scene_texts
    assert page.boundary_view.metres_per_pixel() > 0


def test_an_expired_licence_says_so(window):
    page = window.mine_page
    expired = window.ws.conn.execute("SELECT licence_no FROM mine WHERE valid_to < ? ORDER BY licence_no LIMIT 1",
                                     [clock.today().isoformat()]).fetchone()[0]
    page.filter_edit.setText(expired)
    page.table.selectRow(0)
    form = page._detail_form
    values = {form.itemAt(i, form.ItemRole.LabelRole).widget().text():
              form.itemAt(i, form.ItemRole.FieldRole).widget().text() for i in range(form.rowCount())}
    assert values["许可证有效期"].endswith("已过期")


def test_scale_bar_lengths_are_round_numbers():
    assert [nice_length(v) for v in (0.7, 3, 180, 260, 999, 4300)] == [0.5, 2, 100, 200, 500, 2000]


def test_inspector_page_lists_avoidances(window):
    page = window.inspector_page
    window.tabs.setCurrentIndex(1)
    assert page.model.rowCount() == 24
    row = next(r for r, person in enumerate(page.model.inspectors) if person.avoidances)
    page.table.selectRow(row)
    person = page.model.inspectors[row]
    assert person.name in page.avoid_title.text()
    assert page.avoid_table.rowCount() == len(person.avoidances)
    assert page.avoid_table.item(0, 1).text() == person.avoidances[0].target
    named = page.avoid_table.item(0, 2).text()
    assert named.startswith("青岚县") and (named.endswith("矿") or named.endswith("公司"))


def test_ctrl_f_focuses_the_filter(window, qtbot):
    window.tabs.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is window.mine_page.filter_edit


def test_language_switch_is_remembered_and_rebuilds_in_english(window, qtbot, private_home):
    with qtbot.waitSignal(window.reopenRequested) as signal:
        window.change_language("en")
    assert signal.args == [window.ws.folder, "en"]
    assert Settings(private_home / "settings.ini").language == "en"
    install_language("en")
    english = MainWindow(window.ws, window.settings, "en")
    qtbot.addWidget(english)
    assert english.tabs.tabText(0) == "Mine register"
    assert english.mine_page.model.index(0, 6).data() in {"producing", "suspended", "under construction", "closed"}
    install_language("zh_CN")


def test_window_layout_is_remembered(window, qtbot, private_home):
    window.resize(720, 520)  # within the 800×600 offscreen screen, or restoreGeometry clamps it
    window.close()
    again = MainWindow(window.ws, Settings(private_home / "settings.ini"), "zh_CN")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)


def test_import_flow_previews_then_imports_valid_rows(window, qtbot, tmp_path):
    path = write_csv(tmp_path / "new.csv", [register_row("C9999"), register_row("", 矿山名称="无证矿")])
    window.importer.run(path)
    qtbot.waitUntil(lambda: window.importer.dialog is not None and window.importer.dialog.isVisible(), timeout=10_000)
    dialog = window.importer.dialog
    assert "新增 1 条" in dialog.summary.text() and "拒绝 1 条" in dialog.summary.text()
    assert dialog.table.rowCount() == 2 and "缺少" in dialog.table.item(1, 4).text()
    assert window.mine_page.model.rowCount() == 300  # nothing written before confirming
    dialog.refused_only.setChecked(True)
    assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(1)
    assert dialog.import_button.text() == "导入 1 条有效记录"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mine_page.model.rowCount() == 301, timeout=10_000)
    assert "已导入 1 行" in window.statusBar().currentMessage()


def _file_menu_action(window, shortcut: str):
    return next(a for a in window.menuBar().actions()[0].menu().actions() if a.shortcut() == QKeySequence(shortcut))


def test_the_import_menu_builds_its_flow_on_first_use_and_opens_the_preview(window, qtbot, tmp_path, monkeypatch):
    """The import flow (its dialog and services) is not made at start-up, but when the menu is used."""
    assert "importer" not in vars(window) and "boundary_sources" not in vars(window)
    path = write_csv(tmp_path / "new.csv", [register_row("C9999")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _file_menu_action(window, "Ctrl+I").trigger()
    qtbot.waitUntil(lambda: window.importer.dialog is not None and window.importer.dialog.isVisible(), timeout=10_000)
    dialog = window.importer.dialog
    assert dialog.windowTitle() == "导入矿山名录：预览" and "新增 1 条" in dialog.summary.text()
    assert window.importer._sources is window.boundary_sources  # the mine import asks about boundary files
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mine_page.model.rowCount() == 301, timeout=10_000)


def test_the_inspector_tab_is_built_when_first_shown(window, qtbot):
    assert not window.inspectors_tab.built
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.inspectors_tab and window.inspectors_tab.built
    page = window.inspector_page
    assert page.isVisible() and page.model.rowCount() == 24
    assert page.table.model().headerData(1, Qt.Orientation.Horizontal) == "姓名"


def test_a_window_closed_at_its_first_paint_fills_in_nothing(qtbot, demo_folder, private_home):
    """Switching workspace or language at once: the old window and its workspace are closed
    before the status bar's counts come; they must not read the closed database."""
    ws = Workspace.open(demo_folder)
    window = MainWindow(ws, Settings(private_home / "settings.ini"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    window.close()
    ws.close()
    with qtbot.assertNotEmitted(window.statusBarFilled):
        window._fill_status_bar()  # what the first paint queued, arriving after the close
    assert window.overdue_label.text() == ""


def test_import_of_a_bad_file_says_why_in_one_sentence(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("greenmine_desktop.gui.ops.show_error", lambda parent, exc, lang: shown.append(
        exc.message(lang)))
    (tmp_path / "notes.txt").write_text("hello")
    window.importer.run(tmp_path / "notes.txt")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["不支持的文件类型 .txt，请使用 CSV 或 XLSX。"]


def test_selftest_command_passes():
    result = subprocess.run([sys.executable, "-m", "greenmine_desktop", "selftest"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("selftest ok") and len(lines) >= 12
    assert all(line.startswith("ok ") for line in lines[:-1])
    for check in ("return package imported", "report signed and trusted", "report printed",
                  "interface is English on request", "working days across the National Day"):
        assert f"ok   {check}" in lines


def test_mineral_filter_offers_each_mineral_once(window):
    combo = window.mine_page.mineral_combo
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    in_register = sorted({row[0] for row in window.ws.conn.execute("SELECT mineral FROM mine")})
    assert offered == in_register


def test_inspector_import_refreshes_the_inspector_list(window, qtbot, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("执法证号,姓名,单位\nZF-100,冯十,执法大队\n", encoding="utf-8")
    window.inspector_importer.run(path)
    qtbot.waitUntil(lambda: window.inspector_importer.dialog is not None
                    and window.inspector_importer.dialog.isVisible(), timeout=10_000)
    dialog = window.inspector_importer.dialog
    assert dialog.table.horizontalHeaderItem(1).text() == "执法证号"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.inspector_page.model.rowCount() == 25, timeout=10_000)
    assert "冯十" in [p.name for p in window.inspector_page.model.inspectors]


def test_shell_remembers_the_workspace_and_rebuilds_in_the_new_language(qtbot, demo_folder, private_home, tmp_path,
                                                                          monkeypatch):
    from greenmine_desktop.gui.app import Shell, _choose_folder

    shown = []
    monkeypatch.setattr("greenmine_desktop.gui.app.show_error",
                        lambda parent, exc, lang: shown.append(exc.message(lang)))

    settings = Settings(private_home / "settings.ini")
    shell = Shell(settings)
    assert shell.open(demo_folder, "zh_CN")
    qtbot.addWidget(shell.window)
    assert shell.window.tabs.tabText(0) == "矿山名录"
    assert _choose_folder(Settings(private_home / "settings.ini"), None, demo=False) == demo_folder
    chinese = shell.window
    chinese.change_language("en")
    assert shell.window is not chinese and shell.window.tabs.tabText(0) == "Mine register"
    qtbot.addWidget(shell.window)
    assert Settings(private_home / "settings.ini").language == "en"
    english = shell.window
    assert not shell.open(tmp_path / "not-a-workspace", "en")
    assert shown == [f"No workspace found at {tmp_path / 'not-a-workspace'}."]
    assert shell.window is english  # the open window stays as it was
    shell.window.close()
    shell.ws.close()
    install_language("zh_CN")


def test_qt_file_dialogs_are_chinese_too(qtbot):
    """qtbase's own catalogue leaves "Look in:" and "Files of type:" in English."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_language("zh_CN")
    dialog = QFileDialog(None, "导入矿山名录")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"].startswith("文件名称")


def test_translations_are_compiled_when_missing_or_stale():
    import os
    from pathlib import Path

    from greenmine_desktop.gui.i18n import compile_missing_translations, translation_file

    qm = Path(translation_file("zh_CN"))
    os.utime(qm, (0, 0))  # older than its .ts: as after editing the .ts without dev.py
    compile_missing_translations()
    assert qm.stat().st_mtime > qm.with_suffix(".ts").stat().st_mtime - 1


@pytest.mark.parametrize("which, title", [("importer", "导入矿山名录：预览"),
                                          ("inspector_importer", "导入检查人员：预览")])
def test_escape_closes_an_import_preview_and_the_window_answers_again(window, qtbot, tmp_path, which, title):
    """Escape hid only the form inside the preview and left a blank modal window; the
    inspector preview was titled as the mine one."""
    importer = getattr(window, which)
    if which == "importer":
        path = write_csv(tmp_path / "new.csv", [register_row("C9999")])
    else:
        path = tmp_path / "people.csv"
        path.write_text("执法证号,姓名,单位\nZF-100,冯十,执法大队\n", encoding="utf-8")
    importer.run(path)
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog.isVisible(), timeout=10_000)
    dialog = importer.dialog
    assert dialog.windowTitle() == title
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.mine_page.model.rowCount() == 300  # nothing imported


def test_a_filter_keystroke_lays_out_nothing_but_the_list(window, qtbot):
    """The counts change on each keystroke; a count label that asked for a new layout had
    the whole window repainted (the combos, the tab bar, the list twice) at every one."""
    from PySide6.QtCore import QEvent, QObject

    class Requests(QObject):
        seen: list[str] = []

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.LayoutRequest:
                self.seen.append(type(watched).__name__)
            return False

    requests = Requests()
    page = window.mine_page
    page.filter_edit.setText("矿")  # the first text fades the edit's clear button in, once
    qtbot.wait(500)
    for widget in (page, page.form, window.statusBar()):
        widget.installEventFilter(requests)
    for text in ("宏", "宏达", "", "砂岩", "c62"):
        page.filter_edit.setText(text)
        qtbot.wait(20)
    assert page.count_label.text() == f"{page.model.rowCount()} 座矿山"
    assert window.count_label.text().startswith(f"显示 {page.model.rowCount()} ")
    assert requests.seen == [], "; ".join(requests.seen)
