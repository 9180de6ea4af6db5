"""The draw (抽取) tab: a plan, the seed called out before witnesses, and the result.

Drawing takes two presses on purpose: the first shows what is about to be drawn (plan,
eligible mines, seed, witnesses) for everyone in the room to hear, the second draws and
stores the record. Past draws are listed; any can be shown, verified or exported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain.draw_record import DrawRecord
from greenmine_desktop.gui.deadline_preview import provisional_text
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.gui.plan_editor import PlanEditor
from greenmine_desktop.gui.tables import fit_columns, read_only_table
from greenmine_desktop.messages import UserError, text
from greenmine_desktop.services.draw_plans import (
    export_record,
    export_record_pdf,
    list_draws,
    load_draw,
    run_plan,
    verify_stored,
)
from greenmine_desktop.services.inspector_register import inspector_names
from greenmine_desktop.services.mine_register import mine_names
from greenmine_desktop.services.public_notice import PublicNotice, export_public_notice
from greenmine_desktop.store.workspace import Workspace

SHA = Qt.ItemDataRole.UserRole


class DrawPage(QWidget):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.editor = PlanEditor(ws, lang, actor, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        self.seed = QLineEdit(self)
        self.seed.setPlaceholderText(self.tr("numbers called out, or a published lottery result"))
        self.witnesses = QLineEdit(self)
        self.witnesses.setPlaceholderText(self.tr("names, separated by commas"))
        self.operator = QLineEdit(actor, self)
        self.replaces = QComboBox(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("why the earlier draw is replaced"))
        self.draw_button = QPushButton(self.tr("Draw… (Ctrl+D)"), self)
        self.draw_button.clicked.connect(self.draw)
        self.cancel_button = QPushButton(self.tr("Back"), self)
        self.cancel_button.clicked.connect(self._disarm)
        self.moment = QLabel(self)
        self.moment.setWordWrap(True)
        self.moment.setStyleSheet("font-size: 13pt")
        box = QGroupBox(self.tr("Draw"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("&Seed"), self.seed)
        form.addRow(self.tr("&Witnesses"), self.witnesses)
        form.addRow(self.tr("&Operator"), self.operator)
        form.addRow(self.tr("Replaces"), self.replaces)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.draw_button)
        form.addRow(buttons)
        form.addRow(self.moment)

        self.result = read_only_table(self, [self.tr("No."), self.tr("Licence No."), self.tr("Mine"), self.tr("Team")])
        self.history = read_only_table(self, [self.tr("Drawn at"), self.tr("Plan"), self.tr("Mines"),
                                              self.tr("Record")])
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.itemSelectionChanged.connect(self._selection_changed)
        export = QPushButton(self.tr("Export record… (Ctrl+E)"), self)
        export.clicked.connect(self.export)
        export_pdf = QPushButton(self.tr("Export for publication (PDF)…"), self)
        export_pdf.clicked.connect(self.export_pdf)
        tasks = QPushButton(self.tr("Assignment package…"), self)
        tasks.clicked.connect(self.export_task)
        publish = QPushButton(self.tr("Results notice…"), self)
        publish.clicked.connect(self.export_public)
        verify = QPushButton(self.tr("Verify record"), self)
        verify.clicked.connect(self.verify)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(verify)
        history_buttons.addWidget(export)
        history_buttons.addWidget(export_pdf)
        history_buttons.addWidget(publish)
        history_buttons.addWidget(tasks)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(box)
        right_layout.addWidget(self.result, 3)
        right_layout.addWidget(QLabel(self.tr("Draw records"), self))
        right_layout.addWidget(self.history, 1)
        right_layout.addLayout(history_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([460, 820])
        QVBoxLayout(self).addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+D"), self, self.draw, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._armed = False
        self._disarm()
        self.reload_history()

    # ------------------------------------------------------------------ drawing
    def _disarm(self) -> None:
        self._armed = False
        self.draw_button.setText(self.tr("Draw… (Ctrl+D)"))
        self.cancel_button.hide()
        self.moment.clear()

    def draw(self) -> None:
        """First press: announce. Second press: draw and store."""
        witnesses = tuple(w.strip() for w in self.witnesses.text().replace("，", ",").split(",") if w.strip())
        replaces = self.replaces.currentData()
        if not self._armed:
            plan = self.editor.plan()
            self.editor.update_summary()
            self.moment.setText(self.tr("About to draw for plan “%1”. %2 Seed “%3”, witnesses: %4. Press Draw "
                                        "again to draw.").replace("%1", plan.name)
                                .replace("%2", self.editor.summary.text()).replace("%3", self.seed.text().strip())
                                .replace("%4", "、".join(witnesses) or "—"))
            self._armed = True
            self.draw_button.setText(self.tr("Draw now (Ctrl+D)"))
            self.cancel_button.show()
            return
        try:
            self.editor.save()
        except UserError as exc:
            self._disarm()
            self._say(error_sentence(exc, self.lang), error=True)
            return
        plan, seed, operator, reason = (self.editor.plan().name, self.seed.text().strip(),
                                        self.operator.text().strip(), self.reason.text())
        self._disarm()
        self.draw_button.setEnabled(False)
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Drawing…"),
                          lambda ws, _report: run_plan(ws, plan, seed, operator, witnesses, clock.now(),
                                                       replaces, reason),
                          Changes(draws=True), self._drawn, self._not_drawn)

    def _drawn(self, record: DrawRecord) -> None:
        self.draw_button.setEnabled(True)
        self.reload_history(select=record.record_sha256)
        self._say(self.tr("Drawn: %1 mines. Record %2.").replace("%1", str(len(record.result)))
                  .replace("%2", record.record_sha256[:16]))

    def _not_drawn(self, exc: BaseException) -> None:
        self.draw_button.setEnabled(True)
        self._say(error_sentence(exc, self.lang), error=True)

    def _say(self, message: str, error: bool = False) -> None:
        self.moment.setStyleSheet("font-size: 13pt; color: %s" % ("#b00020" if error else "#1b5e20"))
        self.moment.setText(message)

    # ------------------------------------------------------------------ records
    def reload_history(self, select: str | None = None) -> None:
        """List the records, selecting ``select`` or else the one selected before (by its
        hash, never its row), and show the selected record's mines."""
        if select is None:
            select = self._selected_sha()
        rows = list_draws(self.ws)
        self.replaces.clear()
        self.replaces.addItem(self.tr("nothing (a first draw)"), None)
        self.history.blockSignals(True)
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = self.tr(" (replaced)") if row.replaced_by else ""
            cells = [row.drawn_at[:16].replace("T", " "), row.plan, str(row.mines), row.record_sha256[:16] + state]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(SHA, row.record_sha256)
                self.history.setItem(r, c, cell)
            if not row.replaced_by:
                self.replaces.addItem(f"{cells[0]} {row.plan} {row.record_sha256[:12]}", row.record_sha256)
        fit_columns(self.history)
        self.history.blockSignals(False)
        if rows:
            shas = [row.record_sha256 for row in rows]
            self.history.selectRow(shas.index(select) if select in shas else 0)
            self._show_selected()

    def _selected_sha(self) -> str | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history.item(rows[0].row(), 0).data(SHA) if rows else None

    def selected_record(self) -> DrawRecord | None:
        sha = self._selected_sha()
        return load_draw(self.ws, sha) if sha else None

    def _selection_changed(self) -> None:
        """Another record chosen: a verification or draw message was about the previous one."""
        self.moment.clear()
        self._show_selected()

    def _show_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            self.result.setRowCount(0)
            return
        names = inspector_names(self.ws)
        mines = mine_names(self.ws)
        self.result.setRowCount(len(record.result))
        for r, row in enumerate(record.result):
            team = "、".join(f"{names.get(b, b)}（{b}）" for b in row.team)
            for c, value in enumerate([str(r + 1), row.licence_no, mines.get(row.licence_no, ""), team]):
                self.result.setItem(r, c, QTableWidgetItem(value))
        fit_columns(self.result)

    def verify(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        problems = verify_stored(self.ws, record)
        self._say("；".join(p.message(self.lang) for p in problems) if problems else
                  text("draw_verified", self.lang, seed=record.seed, mines=len(record.result)), bool(problems))

    def _save_selected(self, title: str, name: str, file_filter: str,
                       write: Callable[[DrawRecord, Path], None]) -> None:
        """Ask where the selected record's file goes (suggested in reports/, ``{sha}`` in
        ``name`` standing for the record hash) and write it there."""
        record = self.selected_record()
        if record is None:
            return
        suggested = str(self.ws.folder / "reports" / name.replace("{sha}", record.record_sha256[:12]))
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        if path:
            write(record, Path(path))

    def _operator(self) -> str | None:
        return self.operator.text().strip() or None

    def export(self) -> None:
        self._save_selected(self.tr("Export draw record"), "draw-{sha}.json", "JSON (*.json)", self.write_record)

    def export_pdf(self) -> None:
        self._save_selected(self.tr("Export draw record"), "抽取记录-{sha}.pdf", "PDF (*.pdf)", self.write_pdf)

    def write_pdf(self, record: DrawRecord, path: Path) -> None:
        self._write_record(export_record_pdf, record, path)

    def _write_record(self, export: Callable[[Workspace, str, Path, str | None], None], record: DrawRecord,
                      path: Path) -> None:
        """An operation: the export writes its audit row on the job thread's connection."""
        sha256, operator = record.record_sha256, self._operator()
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Writing the draw record…"),
                          lambda ws, _report: export(ws, sha256, path, operator), Changes(documents=True),
                          lambda _: self.window().statusBar().showMessage(
                              self.tr("Record written to %1").replace("%1", str(path)), 15_000))

    def export_task(self) -> None:
        record = self.selected_record()
        if record is not None and record.result:
            self.window().packages.choose_team_and_export(record)

    def export_public(self) -> None:
        """The results of the selected draw for publication, as PDF and CSV."""
        self._save_selected(self.tr("Results notice"), "结果公示-{sha}.pdf", "PDF (*.pdf)", self.write_public)

    def write_public(self, record: DrawRecord, path: Path) -> None:
        """Write the notice as a job (it scores every check of the draw) and say by when it
        must go out (一公开: 20 working days after the first check no earlier publication covers)."""
        sha256, operator = record.record_sha256, self._operator()

        def written(notice: PublicNotice) -> None:
            message = (self.tr("Results notice written to %1 and %2; publish it by %3") if notice.publish_by else
                       self.tr("Results notice written to %1 and %2"))
            self.window().statusBar().showMessage(message.replace("%1", str(path))
                                                  .replace("%2", notice.csv_path.name)
                                                  .replace("%3", provisional_text(notice.publish_by,
                                                                                  notice.publish_by_provisional)),
                                                  30_000)

        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Writing the results notice…"),
                          lambda ws, _report: export_public_notice(ws, sha256, path, operator),
                          Changes(documents=True), written,
                          lambda exc: self.moment.setText(error_sentence(exc, self.lang)))

    def write_record(self, record: DrawRecord, path: Path) -> None:
        self._write_record(export_record, record, path)
