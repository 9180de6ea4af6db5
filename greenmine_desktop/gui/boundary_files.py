"""Boundary files in and open data out, from the menus.

In: a DXF drawing, a GeoPackage with several layers or a shapefile without its ``.prj``
does not say everything the register import needs, so :class:`SourceChoice` asks for it
before the check runs: which layer, which coordinate system, and for a drawing which
registered mine it belongs to. Out: :class:`MineExports` writes the register (GeoPackage,
GeoJSON, XLSX) or a year's results (XLSX, the exchange JSON) in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.gui.errors import error_sentence, show_error
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import text
from greenmine_desktop.services.register_sources import DXF, OGR, SHAPEFILE
from greenmine_desktop.store.workspace import Workspace


def crs_choices() -> list[tuple[str, str]]:
    """(label, 坐标系 value) of every supported GK zone, CGCS2000 first; '' = as the file says."""
    choices = []
    for datum in gk.DATUMS:
        for zone in range(gk.ZONE_MIN, gk.ZONE_MAX + 1):
            for prefixed in (True, False):
                epsg = gk.epsg_for(datum, zone, prefixed)
                suffix = f"{zone}" if prefixed else f"CM {zone * 3}°E"
                choices.append((f"EPSG:{epsg} {datum.label_zh} {suffix}", f"EPSG:{epsg}"))
    return choices


class SourceOptionsDialog(QDialog):
    """Layer, coordinate system and (for a drawing) the mine, as far as the file leaves them open."""

    def __init__(self, path: Path, layers: list[str], ask_crs: bool, mines: list[tuple[str, str]] | None,
                 current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Boundary file %1").replace("%1", path.name))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The file does not say all the import needs; choose:")))
        self.layer = QComboBox()
        self.layer.addItems(layers)
        if len(layers) > 1:
            form.addRow(self.tr("Layer:"), self.layer)
        self.crs = QComboBox()
        self.crs.addItem(self.tr("From the zone prefix of the coordinates"), "")
        for label, value in crs_choices():
            self.crs.addItem(label, value)
        if ask_crs:
            form.addRow(self.tr("Coordinate system:"), self.crs)
        self.mine = QComboBox()
        for licence, name in mines or []:
            self.mine.addItem(f"{licence} {name}", licence)
        if current and (index := self.mine.findData(current)) >= 0:
            self.mine.setCurrentIndex(index)
        if mines is not None:
            form.addRow(self.tr("Mine:"), self.mine)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self):
        from greenmine_desktop.services.register_sources import SourceOptions

        return SourceOptions(layer=self.layer.currentText() or None, crs=self.crs.currentData() or None,
                             licence=self.mine.currentData())


class SourceChoice(QObject):
    """What the mine import asks before it checks a geometry file (nothing for CSV/XLSX)."""

    def __init__(self, parent: QWidget, reader: Workspace, lang: str,
                 current_licence: Callable[[], str | None]) -> None:
        """``reader`` is the window's own workspace: the register's mines are read from it."""
        super().__init__(parent)
        self._parent, self._reader, self._lang, self._current = parent, reader, lang, current_licence
        self.file_filter = self.tr("Register and boundary files (*.csv *.xlsx *.shp *.dxf *.geojson *.gpkg)")
        self.dialog: SourceOptionsDialog | None = None

    def ask(self, path: Path):
        """The options for ``path`` (asked in a dialog when the file leaves any open), or None if cancelled."""
        from greenmine_desktop.geo import feature_files
        from greenmine_desktop.messages import UserError
        from greenmine_desktop.services.register_sources import SourceOptions

        suffix = path.suffix.lower()
        if suffix not in SHAPEFILE + DXF + OGR:
            return SourceOptions()
        try:
            layers = (feature_files.dxf_layers(path) if suffix in DXF else
                      feature_files.ogr_layers(path) if suffix in OGR else [])
        except UserError as exc:
            show_error(self._parent, exc, self._lang)
            return None
        ask_crs = suffix in DXF or (suffix in SHAPEFILE and not path.with_suffix(".prj").exists())
        mines = None
        if suffix in DXF:
            mines = [(m.licence_no, m.name) for m in _registered(self._reader)]
        if len(layers) <= 1 and not ask_crs and mines is None:
            return SourceOptions()
        self.dialog = SourceOptionsDialog(path, layers, ask_crs, mines, self._current(), self._parent)
        return self.dialog.options() if self.dialog.exec() == QDialog.DialogCode.Accepted else None


def _registered(ws: Workspace):
    from greenmine_desktop.services.mine_register import iter_mines

    return iter_mines(ws)


def _format_of(path: Path, chosen: str) -> str:
    """The format the file's name asks for (a typed ``.geojson`` wins over the filter shown)."""
    return {".gpkg": "gpkg", ".geojson": "geojson", ".xlsx": "xlsx", ".json": "json"}.get(path.suffix.lower(), chosen)


class MineExports(QObject):
    """File → Export: the register for GIS and clerks, a year's results for clerks and platforms."""

    def __init__(self, window: QMainWindow, ws_folder: Path, lang: str, this_year: int) -> None:
        super().__init__(window)
        self.window, self._folder, self._lang, self._year = window, ws_folder, lang, this_year

    def choose_register(self) -> None:
        filters = {self.tr("GeoPackage (*.gpkg)"): "gpkg", self.tr("GeoJSON (*.geojson)"): "geojson",
                   self.tr("Excel workbook (*.xlsx)"): "xlsx"}
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the register"),
                                                   str(self._folder / "reports" / "mines.gpkg"),
                                                   ";;".join(filters))
        if path:
            self.run(_format_of(Path(path), filters[chosen]), Path(path), None)

    def choose_results(self) -> None:
        year, ok = QInputDialog.getInt(self.window, self.tr("Export a year's results"), self.tr("Year:"),
                                       self._year, 2000, 2100)
        if not ok:
            return
        filters = {self.tr("Excel workbook (*.xlsx)"): "xlsx", self.tr("Exchange format JSON (*.json)"): "json"}
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export a year's results"),
                                                   str(self._folder / "reports" / f"results-{year}.xlsx"),
                                                   ";;".join(filters))
        if path:
            self.run(_format_of(Path(path), filters[chosen]), Path(path), year)

    def run(self, fmt: str, out: Path, year: int | None) -> None:
        from greenmine_desktop.services.mine_export import export

        self.job = run_op(self.window, self._folder, self._lang, self.tr("Exporting…"),
                          lambda ws, _report: export(ws, fmt, out, year), Changes(),
                          lambda _: self._say(text("export_written", self._lang, path=out)),
                          lambda exc: self._say(error_sentence(exc, self._lang)))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 30_000)
