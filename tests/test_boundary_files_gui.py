"""The boundary-file dialog (layer, CRS, mine) before a DXF or GeoPackage import, and the
exports from the File menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from greenmine_desktop.gui.boundary_files import SourceOptionsDialog
from greenmine_desktop.services.register_sources import SourceOptions
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace
from tests import boundary_files as bf

pytestmark = pytest.mark.gui


@pytest.fixture
def window(inspection_window):
    return inspection_window


def test_dialog_offers_layers_zones_and_mines(qtbot, tmp_path):
    dialog = SourceOptionsDialog(tmp_path / "a.dxf", ["道路", "矿区范围"], True, [("C1", "一矿"), ("C2", "二矿")],
                                 "C2", None)
    qtbot.addWidget(dialog)
    assert dialog.mine.currentData() == "C2"  # the mine shown in the register comes first
    assert dialog.crs.currentData() == "" and dialog.crs.findData("EPSG:4529") > 0
    dialog.layer.setCurrentText("矿区范围")
    dialog.crs.setCurrentIndex(dialog.crs.findData("EPSG:4550"))
    assert dialog.options() == SourceOptions(layer="矿区范围", crs="EPSG:4550", licence="C2")


def test_csv_and_a_shapefile_with_its_prj_ask_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(SourceOptionsDialog, "exec", lambda self: pytest.fail("asked"))
    assert window.boundary_sources.ask(tmp_path / "x.csv") == SourceOptions()
    shp = bf.write_shapefile(tmp_path / "m.shp", True, bf.ZONE41_PREFIXED)
    assert window.boundary_sources.ask(shp) == SourceOptions()


def test_dxf_import_asks_then_previews_the_chosen_layer_for_the_chosen_mine(window, qtbot, tmp_path, monkeypatch):
    from greenmine_desktop.services.mine_import import apply_import, preview_import

    with Workspace.open(window.ws.folder) as ws:
        apply_import(ws, preview_import(ws, bf.write_notation_csv(tmp_path / "n.csv")))
    path = bf.write_dxf(tmp_path / "licence.dxf")

    def choose(dialog):
        assert [dialog.layer.itemText(i) for i in range(dialog.layer.count())] == ["矿区范围", "道路"]
        dialog.mine.setCurrentIndex(dialog.mine.findData(bf.LICENCE))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SourceOptionsDialog, "exec", choose)
    window.importer.run(path)
    qtbot.waitUntil(lambda: window.importer.dialog is not None and window.importer.dialog.isVisible(), timeout=10_000)
    dialog = window.importer.dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == bf.LICENCE
    assert "未变 1 条" in dialog.summary.text()  # the drawing holds the boundary the CSV gave: nothing to write


def test_cancelling_the_dialog_checks_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(SourceOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.importer.run(bf.write_dxf(tmp_path / "licence.dxf"))
    assert window.importer.dialog is None


def test_register_export_from_the_menu(window, qtbot, tmp_path):
    import pyogrio

    out = tmp_path / "mines.gpkg"
    window.exports.run("gpkg", out, None)
    qtbot.waitUntil(lambda: "已写入" in window.statusBar().currentMessage(), timeout=20_000)
    assert pyogrio.read_info(out, layer="boundaries_lonlat")["features"] >= 300
    licence = pyogrio.raw.read(out, layer="boundaries_4523", columns=["采矿许可证号"])[3][0][0]
    assert mine_by_licence(window.ws, licence) is not None


def test_the_export_dialogs_start_in_the_workspace_reports_not_where_the_program_was_started(window, monkeypatch):
    """Walkthrough: the save dialogs opened in the current directory (on Windows, where a
    shortcut starts the program: its install folder), not beside the workspace's reports."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args[2]) or ("", ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, True))
    window.exports.choose_register()
    window.exports.choose_results()
    reports = window.ws.folder / "reports"
    assert offered == [str(reports / "mines.gpkg"), str(reports / "results-2026.xlsx")]


def test_results_export_failure_is_one_sentence(window, qtbot, tmp_path):
    (tmp_path / "taken").mkdir()
    window.exports.run("json", tmp_path / "taken", 2026)  # a folder stands where the file would go
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != str(window.ws.folder), timeout=20_000)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"无法写入 {tmp_path / 'taken'}") and message.endswith("该文件未写入。")


def test_the_typed_file_name_decides_the_format():
    from pathlib import Path

    from greenmine_desktop.gui.boundary_files import _format_of

    assert _format_of(Path("m.geojson"), "gpkg") == "geojson"
    assert _format_of(Path("m.GPKG"), "xlsx") == "gpkg"
    assert _format_of(Path("mines"), "xlsx") == "xlsx"
