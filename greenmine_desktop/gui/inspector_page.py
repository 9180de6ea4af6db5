"""The inspector register page: who may be drawn, and the mines or companies each must avoid."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.inspector import Inspector
from greenmine_desktop.services.inspector_register import avoidance_target_names, list_inspectors
from greenmine_desktop.store.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class InspectorTableModel(QAbstractTableModel):
    def __init__(self, inspectors: list[Inspector], parent=None) -> None:
        super().__init__(parent)
        self.inspectors = inspectors
        self._headers = (self.tr("Badge No."), self.tr("Name"), self.tr("Unit"), self.tr("Active"),
                         self.tr("Avoidances"))
        self._yes, self._no = self.tr("Yes"), self.tr("No")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.inspectors)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.inspectors[index.row()]
        values = (person.badge_no, person.name, person.unit, self._yes if person.active else self._no,
                  str(len(person.avoidances)) if person.avoidances else "")
        return values[index.column()]


class InspectorPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang, self._ws = lang, ws
        self.model = InspectorTableModel(list_inspectors(ws), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 90, 260, 60)):
            self.table.setColumnWidth(column, width)
        self.avoid_title = QLabel(self.tr("Avoidance list (回避): select an inspector."))
        self.avoid_table = QTableWidget(0, 4)
        self.avoid_table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Mine licence or credit code"),
                                                    self.tr("Mine or company"), self.tr("Reason")])
        self.avoid_table.horizontalHeader().setStretchLastSection(True)
        self.avoid_table.verticalHeader().hide()
        self.avoid_table.setColumnWidth(1, 240)
        self.avoid_table.setColumnWidth(2, 320)
        self.avoid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.avoid_title)
        lower_layout.addWidget(self.avoid_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._show_avoidances)

    def reload(self) -> None:
        self.model.beginResetModel()
        self.model.inspectors = list_inspectors(self._ws)
        self.model.endResetModel()
        self.avoid_table.setRowCount(0)

    def _show_avoidances(self, current, _previous) -> None:
        person = self.model.inspectors[current.row()]
        self.avoid_title.setText(self.tr("Avoidance list (回避) of %1").replace("%1", person.name))
        self.avoid_table.setRowCount(len(person.avoidances))
        names = avoidance_target_names(self._ws, person.avoidances)
        for row, avoidance in enumerate(person.avoidances):
            kind = vocab.label(vocab.AVOIDANCE_KIND, avoidance.kind, self._lang)
            cells = (kind, avoidance.target, names[avoidance], avoidance.reason)
            for column, value in enumerate(cells):
                self.avoid_table.setItem(row, column, QTableWidgetItem(value))
