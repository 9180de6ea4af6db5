"""The mine register page: live filter, sortable list, and the selected mine's detail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from greenmine_desktop import clock
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.mine import Mine, MineFilter
from greenmine_desktop.gui.forms import load_form
from greenmine_desktop.gui.generated.ui_mine_register import Ui_MineRegisterPage
from greenmine_desktop.gui.mine_table_model import MINE_ID_ROLE, MineTableModel
from greenmine_desktop.gui.steady_label import keep_size
from greenmine_desktop.services import mine_register as register
from greenmine_desktop.store.workspace import Workspace

#: The most mines the count labels make room for (a province's register would fit).
LARGEST_REGISTER = 8_888_888


class MineRegisterPage(QWidget):
    countChanged = Signal(int)

    def __init__(self, ws: Workspace, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._lang = lang
        self.form = load_form(Ui_MineRegisterPage, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        f = self.form
        self.filter_edit = f.findChild(QObject, "filterEdit")
        self.mineral_combo: QComboBox = f.findChild(QComboBox, "mineralCombo")
        self.status_combo: QComboBox = f.findChild(QComboBox, "statusCombo")
        self.level_combo: QComboBox = f.findChild(QComboBox, "levelCombo")
        self.count_label: QLabel = f.findChild(QLabel, "countLabel")
        # Room for the largest register, clear of the window's edge (it was clipped at 1280 px).
        keep_size(self.count_label, self.tr("%n mine(s)", "", LARGEST_REGISTER), margin=12)
        self.table = f.findChild(QObject, "mineTable")
        self.splitter = f.findChild(QObject, "splitter")
        self.title_label: QLabel = f.findChild(QLabel, "titleLabel")
        self.boundary_view = f.findChild(QObject, "boundaryView")
        self.boundary_view.basemap_folder = ws.folder
        self._detail_form = f.findChild(QObject, "detailForm")

        self.model = MineTableModel(ws, lang, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        widths = (200, 300, 260, 110, 80, 60, 60, 80, 70, 80, 50, 70)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self._fill_combos()
        self.filter_edit.textChanged.connect(self.apply_filter)
        for combo in (self.mineral_combo, self.status_combo, self.level_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _fill_combos(self) -> None:
        self.mineral_combo.addItem(self.tr("All minerals"), "")
        for mineral in register.distinct_values(self._ws, "mineral"):
            self.mineral_combo.addItem(mineral, mineral)
        self.status_combo.addItem(self.tr("All statuses"), "")
        for code in vocab.STATUS:
            self.status_combo.addItem(vocab.label(vocab.STATUS, code, self._lang), code)
        self.level_combo.addItem(self.tr("All list levels"), "")
        for code in vocab.GREEN_LEVEL:
            self.level_combo.addItem(vocab.label(vocab.GREEN_LEVEL, code, self._lang), code)

    def reload(self) -> None:
        """After an import (this clerk's or another's): new minerals in the combo, new rows
        in the list, and the mine that was selected still selected, wherever it now sits."""
        mineral = self.mineral_combo.currentData()
        self.mineral_combo.blockSignals(True)
        self.mineral_combo.clear()
        self.mineral_combo.addItem(self.tr("All minerals"), "")
        for value in register.distinct_values(self._ws, "mineral"):
            self.mineral_combo.addItem(value, value)
        self.mineral_combo.setCurrentIndex(max(0, self.mineral_combo.findData(mineral)))
        self.mineral_combo.blockSignals(False)
        self._keeping_selection(self.model.refresh)

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """``change`` the list and select the mine that was selected, wherever it now sits;
        when the list no longer shows it, its details go too."""
        current = self.table.currentIndex()
        selected = current.data(MINE_ID_ROLE) if current.isValid() else None
        change()
        if selected is None:
            return
        row = self.model.row_of(selected)
        if row is None:
            self._show_mine(None)
        else:
            self.table.selectRow(row)

    def current_filter(self) -> MineFilter:
        return MineFilter(
            text=self.filter_edit.text(),
            mineral=self.mineral_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            green_level=self.level_combo.currentData() or "",
        )

    def apply_filter(self) -> None:
        self._keeping_selection(lambda: self.model.set_filter(self.current_filter()))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%n mine(s)", "", shown))
        self.countChanged.emit(shown)
        if shown == 0:
            self._show_mine(None)

    def _show_current(self, current, _previous) -> None:
        mine_id = current.data(MINE_ID_ROLE) if current.isValid() else None
        self._show_mine(register.load_mine(self._ws, mine_id) if mine_id is not None else None)

    def _show_mine(self, mine: Mine | None) -> None:
        while self._detail_form.rowCount():
            self._detail_form.removeRow(0)
        self.boundary_view.set_mine(mine)
        if mine is None:
            self.title_label.setText(self.tr("Select a mine to see its licence and boundary."))
            return
        self.title_label.setText(f"<b>{mine.name}</b>")
        for label, value in self._detail_rows(mine):
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._detail_form.addRow(label, field)

    def _detail_rows(self, mine: Mine) -> list[tuple[str, str]]:
        from greenmine_desktop.domain import gauss_kruger as gk  # the first paint shows no mine

        lang = self._lang
        described = gk.describe_epsg(mine.epsg)
        datum = (described[0].label_zh if lang == "zh_CN" else described[0].label_en) if described else "?"
        area = self.tr("%1 km² stated, %2 km² on the ellipsoid").replace("%1", _km2(mine.area_stated_km2)).replace(
            "%2", _km2(mine.area_computed_km2))
        if mine.area_flagged:
            area += " — " + self.tr("differs by more than 0.1%")
        validity = f"{mine.valid_from or '?'} — {mine.valid_to or '?'}"
        if mine.licence_expired(clock.today()):
            validity += " — " + self.tr("expired")
        parts = "\n".join(
            self.tr("%1: %2 corners, mining elevation %3 m to %4 m")
            .replace("%1", p.name).replace("%2", str(len(p.corners)))
            .replace("%3", f"{p.elev_top:+g}").replace("%4", f"{p.elev_bottom:+g}")
            for p in mine.parts
        )
        green = vocab.label(vocab.GREEN_LEVEL, mine.green_level, lang)
        if mine.green_level != "none":
            green += " · " + vocab.label(vocab.GREEN_STATUS, mine.green_status, lang)
        return [
            (self.tr("Licence No."), mine.licence_no),
            (self.tr("Company"), mine.company),
            (self.tr("Credit code"), mine.credit_code),
            (self.tr("Legal representative"), mine.legal_rep),
            (self.tr("Mineral"), mine.mineral),
            (self.tr("Method / scale"), f"{vocab.label(vocab.MINING_METHOD, mine.mining_method, lang)} · "
                                   f"{vocab.label(vocab.SCALE, mine.scale, lang)}"),
            (self.tr("Status"), vocab.label(vocab.STATUS, mine.status, lang)),
            (self.tr("Location"), f"{mine.county_code} {mine.address}"),
            (self.tr("Licence valid"), validity),
            (self.tr("Green list"), green),
            (self.tr("Abnormal list"), self.tr("Yes") if mine.abnormal else self.tr("No")),
            (self.tr("Coordinates"), f"{datum} · EPSG:{mine.epsg}"),
            (self.tr("Area"), area),
            (self.tr("Parts"), parts),
        ]


def _km2(value: float | None) -> str:
    return "—" if value is None else f"{value:.4f}"
