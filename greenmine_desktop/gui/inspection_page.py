"""The inspections tab: every inspection in the workspace, and the one being worked on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.gui.inspection_view import InspectionView
from greenmine_desktop.gui.start_inspection_dialog import StartInspectionDialog
from greenmine_desktop.gui.tables import fit_columns
from greenmine_desktop.services.inspection_list import list_inspections
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.store.workspace import Workspace

ID = Qt.ItemDataRole.UserRole


MINE_COLUMN_PX = 190


class InspectionPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.view: InspectionView | None = None
        self.status_names = {"open": self.tr("In progress"), "signed": self.tr("Signed"),
                             "superseded": self.tr("Superseded")}
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Mine"), self.tr("Started"), self.tr("Rev."),
                                              self.tr("State"), self.tr("Team")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("New inspection… (Ctrl+N)"), self)
        self.new_button.clicked.connect(self.start_new)
        self.placeholder = QLabel(self.tr("Start an inspection with Ctrl+N, or choose one from the list."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 720])
        QVBoxLayout(self).addWidget(self.splitter)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Fill the list; the inspection shown stays selected (by its id, not its row)."""
        if select is None and self.view is not None:
            select = self.view.session.id
        rows = list_inspections(self.ws)
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.mine_name or row.mine_licence, row.started_at.replace("T", " "), str(row.revision),
                     self.status_names.get(row.status, row.status), "、".join(row.team)]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(ID, row.id)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
            if row.id == select:
                self.table.selectRow(r)
        fit_columns(self.table)
        # A long mine name is elided (its tooltip has it whole) so revision and state stay in view.
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), MINE_COLUMN_PX))
        self.table.blockSignals(False)

    def start_new(self) -> None:
        dialog = StartInspectionDialog(self.ws, self.lang, self.actor, self)
        dialog.finished.connect(lambda _: dialog.inspection_id and self.show_inspection(dialog.inspection_id))
        dialog.open()
        self.dialog = dialog

    def _open_selected(self) -> None:
        cells = self.table.selectedItems()
        if cells and (self.view is None or self.view.session.id != cells[0].data(ID)):
            self.show_inspection(cells[0].data(ID))

    def flush(self) -> None:
        """Wait for the edits of the inspection shown to be written (the window closes)."""
        if self.view is not None:
            self.view.flush()

    def show_inspection(self, inspection_id: int) -> None:
        """Show an inspection as stored, once the edits made in the one shown are written
        (reopening it must show them all)."""
        self.flush()
        self._show(InspectionSession(self.ws, inspection_id))

    def _show(self, session: InspectionSession) -> None:
        view = InspectionView(session, self.lang, self.actor, self)
        view.changed.connect(lambda: self.reload(select=view.session.id))
        old = self.splitter.widget(1)
        self.splitter.replaceWidget(1, view)
        old.hide()
        if old is not self.placeholder:
            old.deleteLater()
        self.view = view
        self.reload(select=session.id)
        view.form.setFocus()
