"""Starting an inspection: the mine, the checklist, when and where, who is present.

Mines drawn in the newest draw come first with their team ticked; the team must have at
least two inspectors and the mine's representative must be named, and the dialog says
so in one sentence instead of closing.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.checklists import shipped_templates
from greenmine_desktop.services.inspection_list import latest_assignments
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.inspector_register import active_inspectors
from greenmine_desktop.services.mine_register import open_mines
from greenmine_desktop.store.workspace import Workspace

BADGE = Qt.ItemDataRole.UserRole


class StartInspectionDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.inspection_id: int | None = None  # once started
        self.setWindowTitle(self.tr("Start an inspection"))
        self.assignments = {a.licence_no: a for a in latest_assignments(ws)}

        self.mine = QComboBox(self)
        self.mine.setEditable(True)
        self.mine.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        drawn = self.tr("(drawn)")
        for a in self.assignments.values():
            self.mine.addItem(f"{a.mine_name}  {a.licence_no}  {drawn}", a.licence_no)
        for licence, name in open_mines(ws):
            if licence not in self.assignments:
                self.mine.addItem(f"{name}  {licence}", licence)
        self.mine.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.template = QComboBox(self)
        for template in shipped_templates().values():
            self.template.addItem(template.title, template.key)
        self.when = QDateTimeEdit(QDateTime(clock.now().replace(tzinfo=None, second=0, microsecond=0)), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. open pit, processing plant"))
        self.team = QListWidget(self)
        for badge, name, unit in active_inspectors(ws):
            item = QListWidgetItem(f"{name}  {badge}  {unit}", self.team)
            item.setData(BADGE, (badge, name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.representative = QLineEdit(self)
        self.representative_title = QLineEdit(self)
        self.representative_title.setPlaceholderText(self.tr("e.g. mine manager"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&Mine"), self.mine)
        form.addRow(self.tr("&Checklist"), self.template)
        form.addRow(self.tr("&Time"), self.when)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("T&eam present (at least two)"), self.team)
        form.addRow(self.tr("Mine &representative"), self.representative)
        form.addRow(self.tr("Representative's &title"), self.representative_title)
        form.addRow(self.error)
        form.addRow(buttons)
        self.mine.currentIndexChanged.connect(self._mine_chosen)
        self._mine_chosen()
        self.resize(560, 620)

    def _mine_chosen(self) -> None:
        """Tick the drawn team and choose the spot-check item's checklist."""
        assignment = self.assignments.get(self.mine.currentData())
        if assignment is None:
            return
        for row in range(self.team.count()):
            item = self.team.item(row)
            ticked = item.data(BADGE)[0] in assignment.team
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        index = next((i for i in range(self.template.count())
                      if self.template.itemData(i).startswith(f"{assignment.template}@")), -1)
        if index >= 0:
            self.template.setCurrentIndex(index)

    def header(self) -> Header:
        team = tuple(TeamMember(*self.team.item(r).data(BADGE)) for r in range(self.team.count())
                     if self.team.item(r).checkState() == Qt.CheckState.Checked)
        return Header(self.mine.currentData() or "", self.template.currentData(),
                      self.when.dateTime().toString("yyyy-MM-ddTHH:mm"), team, self.representative.text().strip(),
                      self.representative_title.text().strip(), self.place.text().strip())

    def accept(self) -> None:
        """Start it as an operation; the dialog closes once it is stored, or says why not."""
        if not self.start_button.isEnabled():
            return
        try:
            header, actor = self.header(), self.actor
        except UserError as exc:  # the header's own rules: said at once
            self.error.setText(error_sentence(exc, self.lang))
            return
        self.start_button.setEnabled(False)  # one inspection for one press, however quick the hand
        self.error.clear()
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Starting the inspection…"),
                          lambda ws, report: start_inspection(ws, header, actor).id, Changes(inspections=True),
                          self._started, self._refused)

    def _started(self, inspection_id: int) -> None:
        self.inspection_id = inspection_id
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.error.setText(error_sentence(exc, self.lang))
