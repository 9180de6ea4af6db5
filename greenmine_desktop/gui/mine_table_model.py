"""The mine register as a table model that stays fast at 50,000 mines.

Filtering and sorting run in SQL and keep only the ordered list of ids; rows are
fetched a page at a time when the view asks for them, so a filter keystroke costs
one query plus the few rows on screen.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.mine import MineFilter
from greenmine_desktop.services import mine_register as register
from greenmine_desktop.store.workspace import Workspace

PAGE_SIZE = 64
MAX_PAGES = 64
_CODED = {
    "mining_method": vocab.MINING_METHOD, "scale": vocab.SCALE, "status": vocab.STATUS,
    "green_level": vocab.GREEN_LEVEL, "green_status": vocab.GREEN_STATUS,
}
_LABELS = tuple(_CODED.get(column) for column in register.LIST_COLUMNS)  # per column: its vocabulary, if coded
_ABNORMAL = register.LIST_COLUMNS.index("abnormal")
_AREA_FLAG = register.LIST_COLUMNS.index("area_flag")
MINE_ID_ROLE = Qt.ItemDataRole.UserRole
# The view asks each painted cell for seven roles: compared as plain ints, not enum members.
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole)
_MINE_ID = int(MINE_ID_ROLE)
_Index = QModelIndex | QPersistentModelIndex


class MineTableModel(QAbstractTableModel):
    def __init__(self, ws: Workspace, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._lang = lang
        self._filter = MineFilter()
        self._order = ("licence_no", False)
        self._ids: list[int] = []
        self._rows = 0  # what rowCount says: len(self._ids), but for the first paint's head of the list
        self._complete = True
        self._pages: OrderedDict[int, dict[int, tuple[str, ...]]] = OrderedDict()
        self._headers = {
            "licence_no": self.tr("Licence No."), "name": self.tr("Mine"), "company": self.tr("Company"),
            "mineral": self.tr("Mineral"), "mining_method": self.tr("Method"), "scale": self.tr("Scale"),
            "status": self.tr("Status"), "town": self.tr("Town"), "green_level": self.tr("Green list"),
            "green_status": self.tr("List status"), "abnormal": self.tr("Abnormal"),
            "area_flag": self.tr("Area check"),
        }
        self._yes, self._area_warning = self.tr("Yes"), self.tr("Differs")
        self._warning = QBrush(QColor("#b3261e"))
        self._start()

    # -- queries -------------------------------------------------------------
    def _start(self) -> None:
        """The window's first paint shows the first page of the whole register, so only
        that page's ids and the register's size are read now; the other ids come with
        :meth:`complete`, just after the paint or when a later row is wanted first."""
        self._ids, self._rows = register.list_head(self._ws, *self._order, PAGE_SIZE)
        self._complete = len(self._ids) == self._rows

    def complete(self) -> None:
        """Every id of the list. Should another clerk have changed the register since the
        first page was read, the list is shown again as it is now (a reset, queued: this
        may run while the view paints)."""
        if self._complete:
            return
        ids = register.query_ids(self._ws, self._filter, *self._order)
        changed = len(ids) != self._rows or ids[:len(self._ids)] != self._ids
        self._ids, self._complete = ids, True
        if changed:
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = register.query_ids(self._ws, self._filter, *self._order)
        self._rows, self._complete = len(self._ids), True
        self._pages.clear()
        self.endResetModel()

    def row_of(self, mine_id: int) -> int | None:
        """The row showing ``mine_id`` now, or None when the filter hides it."""
        self.complete()
        try:
            return self._ids.index(mine_id)
        except ValueError:
            return None

    def set_filter(self, mine_filter: MineFilter) -> None:
        if mine_filter != self._filter:
            self._filter = mine_filter
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (register.LIST_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._order:  # the view re-announces the current order when it starts
            return
        self._order = wanted
        self.layoutAboutToBeChanged.emit()
        self._ids = register.query_ids(self._ws, self._filter, *self._order)
        self._rows, self._complete = len(self._ids), True
        self._pages.clear()
        self.layoutChanged.emit()

    def _row(self, row: int) -> tuple[str, ...]:
        """The row's texts as shown, from its page (fetched and labelled once, when first painted)."""
        if self._id_at(row) is None:  # gone since the list was counted; the queued reset will show it
            return ("",) * len(register.LIST_COLUMNS)
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            fetched = register.fetch_rows(self._ws, self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE])
            page = self._pages[page_no] = {mine_id: self._shown(values) for mine_id, values in fetched.items()}
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[self._ids[row]]

    def _id_at(self, row: int) -> int | None:
        if row >= len(self._ids):
            self.complete()
        return self._ids[row] if row < len(self._ids) else None

    def _shown(self, values: tuple) -> tuple[str, ...]:
        shown = [vocab.label(labels, value, self._lang) if labels else value for labels, value in zip(
            _LABELS, values, strict=True)]
        shown[_ABNORMAL] = self._yes if values[_ABNORMAL] else ""
        shown[_AREA_FLAG] = self._area_warning if values[_AREA_FLAG] else ""
        return tuple(shown)

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(register.LIST_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[register.LIST_COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        if role == _DISPLAY:
            return self._row(index.row())[index.column()] if index.isValid() else None
        if role == _FOREGROUND:
            return self._warning if index.column() in (_ABNORMAL, _AREA_FLAG) else None
        if role == _MINE_ID:
            return self._id_at(index.row()) if index.isValid() else None
        return None
