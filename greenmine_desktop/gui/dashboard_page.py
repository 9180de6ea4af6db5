"""年度统计 (county workspaces): the dashboard for a chosen year and draw, with charts that
export as PNG, the referrals per department, the publication of each draw's results, and
the forms for the year's listing targets and for recording a publication.

The figures are worked out as a job on the page's own connection (a big county has
hundreds of inspections to score)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain import vocab
from greenmine_desktop.gui.charts import BAD, GOOD, NEUTRAL, TARGET, ChartBox, bar_chart, pie_chart
from greenmine_desktop.gui.deadline_preview import provisional_text
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.gui.step_form import StepForm
from greenmine_desktop.gui.tables import read_only_table
from greenmine_desktop.services import dashboard as service
from greenmine_desktop.services.plan_results import PublicationStatus, record_publication
from greenmine_desktop.store.workspace import Workspace


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """One row at a time: a publication is recorded for the chosen draw."""
    table = read_only_table(parent, headers)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], late: set[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a narrow column cuts it
            if late and row in late:
                item.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(row, column, item)
    for column in range(table.columnCount() - 1):  # the last fills what is left, cut if it must
        table.resizeColumnToContents(column)


class TargetsDialog(QDialog):
    """The year's green-mine listing target of each town, as the province set them."""

    def __init__(self, parent: QWidget, ws: Workspace, year: int, actor: str, lang: str) -> None:
        super().__init__(parent)
        self.ws, self.year, self.actor, self.lang = ws, year, actor, lang
        self.setWindowTitle(self.tr("Listing targets for %1").replace("%1", str(year)))
        targets = service.current_targets(ws, year)
        self.spins: dict[str, QSpinBox] = {}
        self.table = _table(self, [self.tr("Town"), self.tr("Target (mines on the list)")])
        towns = service.towns(ws)
        self.table.setRowCount(len(towns))
        for row, town in enumerate(towns):
            self.table.setItem(row, 0, QTableWidgetItem(town))
            spin = QSpinBox(self, minimum=0, maximum=999, value=targets.get(town, 0))
            self.table.setCellWidget(row, 1, spin)
            self.spins[town] = spin
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def save(self) -> None:
        """An operation; the dialog closes once the targets are stored (an error is its sentence)."""
        year, targets, actor = self.year, {t: s.value() for t, s in self.spins.items()}, self.actor
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Saving the targets…"),
                          lambda ws, _report: service.set_targets(ws, year, targets, actor), Changes(),
                          lambda _: self.accept())


class DashboardPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.board: service.Dashboard | None = None
        self.year = QComboBox(self)
        for year in service.years(ws):
            self.year.addItem(str(year), year)
        self.draw = QComboBox(self)
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.draw.currentIndexChanged.connect(lambda _: self.reload())
        self.targets_button = QPushButton(self.tr("Listing targets…"), self)
        self.targets_button.clicked.connect(self.edit_targets)
        self.publish_button = QPushButton(self.tr("Record publication…"), self)
        self.publish_button.clicked.connect(self.record_publication)
        self.figures = QLabel(self, wordWrap=True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.checks_chart = ChartBox(self.tr("Mines checked"), self)
        self.findings_chart = ChartBox(self.tr("Findings per checklist group"), self)
        self.towns_chart = ChartBox(self.tr("Green-mine list per town"), self)
        self.referrals = _table(self, [self.tr("Department"), self.tr("Not sent"), self.tr("Sent, no answer"),
                                       self.tr("Answered")])
        self.publications = _table(self, [self.tr("Draw"), self.tr("Drawn on"), self.tr("Checked"),
                                          self.tr("Published"), self.tr("Due by"), self.tr("Status")])
        self.publications.itemSelectionChanged.connect(self._publication_chosen)
        top = QHBoxLayout()
        for label, widget in ((self.tr("Year"), self.year), (self.tr("Draw"), self.draw)):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.targets_button)
        top.addWidget(self.publish_button)
        grid = QGridLayout()
        grid.addWidget(self.checks_chart, 0, 0)
        grid.addWidget(self.findings_chart, 0, 1)
        grid.addWidget(self.towns_chart, 1, 0, 1, 2)
        side = QVBoxLayout()
        for title, table in ((self.tr("Referrals per department"), self.referrals),
                             (self.tr("Publication of results (within 20 working days of the check)"),
                              self.publications)):
            side.addWidget(QLabel(f"<b>{title}</b>", self))
            side.addWidget(table, 1)
        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addLayout(body, 1)
        self._year_chosen()

    # ------------------------------------------------------------------ choosing
    def _year_chosen(self) -> None:
        self.draw.blockSignals(True)
        self.draw.clear()
        self.draw.addItem(self.tr("All draws"), None)
        for row in service.draws_of_year(self.ws, self.year.currentData()):
            self.draw.addItem(f"{row.plan}（{row.drawn_at[:10]}）", row.record_sha256)
        self.draw.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        year, record = self.year.currentData(), self.draw.currentData()
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Counting…"),
                          lambda ws, _report: service.dashboard(ws, year, record), Changes(), self.show_board,
                          lambda exc: self.figures.setText(error_sentence(exc, self.lang)))

    # ------------------------------------------------------------------ showing
    def show_board(self, board: service.Dashboard) -> None:
        self.board = board
        rate = f"{board.pass_rate:.0%}" if board.pass_rate is not None else "—"
        late = self.tr("%1 overdue").replace("%1", str(board.overdue_rectifications))
        overdue = f"<span style='color:#b00020'>{late}</span>" if board.overdue_rectifications else \
            self.tr("none overdue")
        self.figures.setText(
            self.tr("Checked %1 of %2 mines drawn · pass rate %3 · open rectifications %4 (%5)")
            .replace("%1", str(board.checked)).replace("%2", str(board.planned)).replace("%3", rate)
            .replace("%4", str(board.open_rectifications)).replace("%5", overdue))
        failed = board.checked - board.passed
        scope = f"{board.year} · {self.draw.currentText()}"
        self.checks_chart.show_chart(pie_chart([(self.tr("Passed"), board.passed, GOOD),
                                                (self.tr("Failed"), failed, BAD),
                                                (self.tr("Not checked yet"), board.planned - board.checked, NEUTRAL)]),
                                     scope)
        groups = list(reversed(board.findings_by_group))  # the most findings at the top
        self.findings_chart.show_chart(bar_chart([g for g, _ in groups], [(self.tr("Findings"), [n for _, n in groups],
                                                                             BAD)], horizontal=True), scope)
        towns = board.towns
        self.towns_chart.show_chart(bar_chart([t.town for t in towns], [
            (self.tr("On the list"), [t.on_list for t in towns], GOOD),
            (self.tr("Target"), [t.target or 0 for t in towns], TARGET)]), str(board.year))
        _fill(self.referrals, [(vocab.label(vocab.DEPARTMENT, r.department, self.lang), str(r.waiting), str(r.sent),
                                str(r.answered)) for r in board.referrals])
        today = clock.today()
        _fill(self.publications, [self._publication_row(p, today) for p in board.publications],
              {n for n, p in enumerate(board.publications) if p.overdue_days(today)})
        self._publication_chosen()

    def _publication_row(self, status: PublicationStatus, today: date) -> tuple[str, ...]:
        late = status.overdue_days(today)
        if late:
            state = self.tr("%1 day(s) overdue").replace("%1", str(late))
        elif status.due:
            state = self.tr("To publish")
        elif status.last:
            state = self.tr("Published: %1").replace("%1", status.last.place)
        else:
            state = self.tr("Not checked yet")
        published = str(status.last.published_on) if status.last else "—"
        return (status.plan, str(status.drawn_on), f"{status.checked}/{status.planned}", published,
                provisional_text(status.due, status.due_provisional) or "—", state)

    # ------------------------------------------------------------------ recording
    def _publication_chosen(self) -> None:
        self.publish_button.setEnabled(bool(self.publications.selectedItems()))

    def edit_targets(self) -> None:
        self.targets = TargetsDialog(self, self.ws, self.year.currentData(), self.actor, self.lang)
        self.targets.accepted.connect(self.reload)
        self.targets.open()

    def record_publication(self) -> None:
        row = self.publications.currentRow()
        if self.board is None or not 0 <= row < len(self.board.publications):
            return
        status, actor = self.board.publications[row], self.actor
        self.form = StepForm(self, self.ws, self.lang,
                             self.tr("Publication of %1").replace("%1", status.plan),
                             lambda ws, e: record_publication(ws, status.record_sha256, e.on, e.text, actor),
                             text=self.tr("Where"))
        self.form.text.setText(self.tr("The bureau's website"))
        self.form.accepted.connect(self.reload)
        self.form.open()
