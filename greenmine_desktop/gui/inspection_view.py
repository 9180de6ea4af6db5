"""One inspection, in four steps: the items, the findings, the review, the signatures.

The view never writes through its own connection (the GUI's, read-only). An edit (an
answer, note, finding, signature, sign-off, photo) is shown at once on the view's copy of
the inspection (``InspectionSession.preview``, which checks it as the write will) and
queued as an operation on the one job thread, which loads the inspection from the writer
connection and commits the edit with its audit row; edits are written in the order they
were made, and the inspector types on meanwhile (no dialog, no focus change). A refused
write says its sentence and the view shows the inspection as stored again.

Nothing is lost when the battery dies: an edit's job is queued the moment it is made and
commits (synchronous=FULL) as soon as it runs, usually within milliseconds. Showing
another inspection and closing the window wait for the edits still queued
(:meth:`InspectionView.flush`); the jobs do not depend on the window, and the
application waits for every job before it exits.

A signed inspection stays open to read; changing anything in it first makes the next
revision (the signed one is kept, marked superseded) and carries on there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.inspection import Finding
from greenmine_desktop.domain.scoring import Answer, Score, Status, Verdict
from greenmine_desktop.geo.photo_position import unproject
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.file_dialogs import open_file, open_files
from greenmine_desktop.gui.inspection_signing import SigningPanel
from greenmine_desktop.gui.item_form import ItemForm
from greenmine_desktop.gui.jobs import Job, Report, run_quietly
from greenmine_desktop.gui.notice_dialog import NoticeDialog
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.gui.photo_panel import PhotosPanel
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.inspections import (
    Edit,
    InspectionSession,
    SetAnswer,
    SetFinding,
    SetNote,
    Sign,
    SignOff,
    newest_revision,
)
from greenmine_desktop.services.mine_register import mine_by_licence
from greenmine_desktop.services.notices import Issued, issue_referral_letters
from greenmine_desktop.services.pdf_signing import sign_document
from greenmine_desktop.services.photo_ingest import IngestResult
from greenmine_desktop.services.report_export import export_report, prepare_report_photos

STATUS_MARK = {Status.unanswered: "○", Status.passed: "✓", Status.failed: "✗", Status.na: "–", Status.noted: "✎"}
T = TypeVar("T")
VERDICT_COLOUR = {Verdict.passed: "#1b5e20", Verdict.failed: "#b00020", Verdict.incomplete: "#8a6d00"}


class InspectionView(QWidget):
    """Emits ``changed`` when it shows a new revision, so the list selects that one."""

    changed = Signal()

    def __init__(self, session: InspectionSession, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang, self.actor = session, lang, actor
        self.items = list(session.template.items)
        self.headings = {i.id: f"{g.title}{' › ' + i.section if i.section else ''}"
                         for g in session.template.groups for i in g.items}
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px")
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600")
        self.steps = QTabWidget(self)
        self.saving = QLabel(self)  # whether every edit made here is on disk yet
        self.saving.setStyleSheet("color: #555")
        self._pending, self._stale, self._revising = 0, False, False
        self._held: list[Edit] = []  # edits made while a revision is being made, shown once it is
        self._last_job: Job | None = None

        self.item_list = QListWidget(self)
        self.item_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the form
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.progress = QLabel(self)
        self.group_table = QTableWidget(0, 3, self)
        self.group_table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Points"), self.tr("Share")])
        self.group_table.verticalHeader().hide()
        self.group_table.verticalHeader().setDefaultSectionSize(24)
        self.group_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form = ItemForm(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.item_list, 3)
        left_layout.addWidget(self.group_table, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setSizes([380, 560])
        self.steps.addTab(splitter, self.tr("1 Items"))

        self.findings = QTableWidget(0, 3, self)
        self.findings.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Requirement"), self.tr("Referred to")])
        self.findings.setWordWrap(True)
        self.findings.setColumnWidth(0, 320)
        self.findings.setColumnWidth(1, 440)
        self.findings.horizontalHeader().setStretchLastSection(True)
        self._finding_order: list[str] = []
        self.steps.addTab(self.findings, self.tr("2 Findings"))

        self.review = QLabel(self)
        self.review.setTextFormat(Qt.TextFormat.RichText)
        self.review.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.review.setWordWrap(True)
        self.review.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export the record as PDF (Ctrl+Shift+E)"), self)
        self.export_button.clicked.connect(self.export_pdf)
        self.sign_pdf_button = QPushButton(self.tr("Sign the PDF…"), self)
        self.sign_pdf_button.clicked.connect(self.choose_key_and_sign)
        self.sign_pdf_button.hide()
        self.print_button = QPushButton(self.tr("Print… (Ctrl+Shift+P)"), self)
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.hide()
        self.open_button = QPushButton(self.tr("Open the PDF"), self)
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        self.review_page = review_page = QWidget(self)
        review_layout = QVBoxLayout(review_page)
        review_buttons = QHBoxLayout()
        self.notice_button = QPushButton(self.tr("Rectification notice…"), self)
        self.notice_button.clicked.connect(self.issue_notice)
        self.referral_button = QPushButton(self.tr("Referral letters"), self)
        self.referral_button.clicked.connect(self.issue_referrals)
        review_buttons.addWidget(self.notice_button)
        review_buttons.addWidget(self.referral_button)
        for button in (self.notice_button, self.referral_button):  # the bureau numbers and issues them
            button.setVisible(session.ws.kind == "county")
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.sign_pdf_button)
        review_buttons.addWidget(self.print_button)
        review_buttons.addWidget(self.open_button)
        review_buttons.addWidget(self.export_button)
        review_layout.addLayout(review_buttons)
        review_layout.addWidget(self.review, 1)
        self.steps.addTab(review_page, self.tr("3 Review"))
        self.pdf: Path | None = None

        self.signing = SigningPanel(self)
        self.steps.addTab(self.signing, self.tr("4 Signatures"))

        self.photos = PhotosPanel(session.ws, self)
        self.photos.addRequested.connect(lambda: self.choose_photos(""))
        self.photos.placed.connect(self._place)
        self.steps.addTab(self.photos, self.tr("5 Photos"))
        self.mine = mine_by_licence(session.ws, session.header.mine_licence)
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.saving)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.steps)

        self.item_list.currentRowChanged.connect(self._show_current)
        self.form.answered.connect(self.answer)
        self.form.noteEdited.connect(self.note)
        self.findings.itemChanged.connect(self._requirement_edited)
        self.signing.signRequested.connect(self.sign)
        self.signing.signOffRequested.connect(self.sign_off)
        self.steps.currentChanged.connect(lambda _: self.refresh())
        for keys, step in (("PgDown", 1), ("PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.move(s),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+U"), self, self.next_unanswered,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.sign_off,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.export_pdf,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.print_pdf,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.choose_photos(self._current_item_id()),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for index in range(5):
            QShortcut(QKeySequence(f"Alt+{index + 1}"), self, lambda i=index: self.steps.setCurrentIndex(i),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._fill_item_list()
        self._show_saving()
        self.refresh()
        self.item_list.setCurrentRow(0)

    # ------------------------------------------------------------------ display
    def _fill_item_list(self) -> None:
        self._marks: list[str] = []  # the texts shown in the list
        self._group_rows: list[tuple] = []  # the group lines shown
        self.item_list.clear()
        for item in self.items:
            QListWidgetItem(item.text, self.item_list).setToolTip(f"{self.headings[item.id]}：{item.text}")

    def refresh(self) -> None:
        """Everything derived from the session: marks, progress and scores; the findings,
        review, signatures and photos only when their step is shown (changing the step
        refreshes), so an answer typed costs the GUI thread little."""
        score = self.session.score()
        meta, header = self.session.meta, self.session.header
        self.title.setText(f"{self.session.template.title} · {header.mine_licence} · "
                           + self.tr("revision %1").replace("%1", str(meta.revision)))
        if meta.status == "signed":
            self.banner.setText(self.tr("Signed and frozen on %1. Changing anything makes a new revision; this one "
                                        "is kept.").replace("%1", (meta.signed_at or "")[:16].replace("T", " ")))
        elif meta.status == "superseded":
            self.banner.setText(self.tr("Superseded by a later revision; kept as it was signed, read only."))
        self.banner.setVisible(meta.status != "open")
        marks = [f"{STATUS_MARK[outcome.status]}  {outcome.item.text}" for outcome in score.outcomes]
        for row, text in enumerate(marks):  # only what changed: every Qt call waits for the GIL while a job runs
            if row >= len(self._marks) or self._marks[row] != text:
                self.item_list.item(row).setText(text)
        self._marks = marks
        answered = sum(o.status != Status.unanswered for o in score.outcomes)
        self.progress.setText(self.tr("%1 of %2 answered, %3 left").replace("%1", str(answered))
                              .replace("%2", str(len(score.outcomes))).replace("%3", str(len(score.unanswered))))
        self._fill_groups(score)
        shown = self.steps.currentWidget()
        if shown is self.findings:
            self._fill_findings()
        elif shown is self.review_page:
            self.review.setText(self._review_html(score))
        elif shown is self.signing:
            self.signing.show_state(self.session, self.lang)
        elif shown is self.photos:  # checking photos reads them all: only when shown
            self.photos.show_photos(self.mine, self.session.checked_photos(),
                                    {i.id: i.text for i in self.items}, meta.status == "open")
        for button in (self.notice_button, self.referral_button):
            button.setEnabled(meta.status != "open")  # documents follow a signed inspection
        for widget in (self.form, self.findings, self.signing):
            widget.setEnabled(meta.status != "superseded")

    def _fill_groups(self, score: Score) -> None:
        """The group lines, rewritten only when one of them changed."""
        rows = [(g.title, f"{g.earned:g} / {g.possible:g}", f"{g.ratio:.0%}" if g.ratio is not None else "—",
                 not g.meets_minimum and g.answered == g.items) for g in score.groups if g.possible]
        if rows == self._group_rows:
            return
        self._group_rows = rows
        self.group_table.setRowCount(len(rows))
        for row, (*cells, short) in enumerate(rows):
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if short:
                    cell.setForeground(Qt.GlobalColor.red)
                self.group_table.setItem(row, column, cell)
        self.group_table.resizeColumnsToContents()

    def _fill_findings(self) -> None:
        """Rebuilt only when findings come or go, so a combo box is never deleted while
        its own signal is being handled; otherwise only the texts are brought up to date."""
        order = [i.id for i in self.items if i.id in self.session.findings]
        self.findings.blockSignals(True)
        if order != self._finding_order:
            self._finding_order = order
            self.findings.clearContents()
            self.findings.setRowCount(len(order))
            for row, item_id in enumerate(order):
                label = QTableWidgetItem(self.session.template.item(item_id).text)
                label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                label.setData(Qt.ItemDataRole.UserRole, item_id)
                self.findings.setItem(row, 0, label)
                self.findings.setItem(row, 1, QTableWidgetItem())
                combo = QComboBox(self.findings)
                for code in vocab.DEPARTMENT:
                    combo.addItem(vocab.label(vocab.DEPARTMENT, code, self.lang), code)
                combo.currentIndexChanged.connect(lambda _=0, i=item_id, c=combo: self._department_chosen(i, c))
                self.findings.setCellWidget(row, 2, combo)
        for row, item_id in enumerate(order):
            finding = self.session.findings[item_id]
            self.findings.item(row, 1).setText(finding.requirement)
            combo = self.findings.cellWidget(row, 2)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(finding.department))
            combo.blockSignals(False)
        self.findings.resizeRowsToContents()
        self.findings.blockSignals(False)

    def _review_html(self, score: Score) -> str:
        verdict = {Verdict.passed: self.tr("Passes"), Verdict.failed: self.tr("Does not pass"),
                   Verdict.incomplete: self.tr("Incomplete")}[score.verdict]
        lines = [f"<h2 style='color:{VERDICT_COLOUR[score.verdict]}'>{verdict}</h2>"]
        if score.pass_mark is not None:
            lines.append("<p>" + self.tr("Total %1 of %2 points; %3 needed.").replace("%1", f"{score.earned:g}")
                         .replace("%2", f"{score.possible:g}").replace("%3", f"{score.pass_mark:g}") + "</p>")
            rows = "".join(
                f"<tr><td>{g.title}</td><td align=right>{g.earned:g} / {g.possible:g}</td>"
                f"<td align=right>{(g.ratio or 0):.0%}</td><td align=right>{g.min_ratio:.0%}</td>"
                f"<td>{'✓' if g.meets_minimum else '✗'}</td></tr>" for g in score.groups if g.possible)
            head = "".join(f"<th>{h}</th>" for h in (self.tr("Group"), self.tr("Points"), self.tr("Share"),
                                                      self.tr("Minimum"), ""))
            lines.append(f"<table cellpadding=4><tr>{head}</tr>{rows}</table>")
        if score.veto_failed:
            lines.append("<p><b>" + self.tr("Failed prerequisites:") + "</b> "
                         + "；".join(self.session.template.item(i).text for i in score.veto_failed) + "</p>")
        lines.append("<p>" + self.tr("%n finding(s).", "", len(self.session.findings)) + "</p>")
        if score.unanswered:
            lines.append("<p><b>" + self.tr("Not yet answered:") + "</b> "
                         + "；".join(self.session.template.item(i).text for i in score.unanswered[:12])
                         + (" …" if len(score.unanswered) > 12 else "") + "</p>")
        missing = self.session.missing_evidence()
        if missing:
            items = "；".join(f"{self.session.template.item(i).text}（{n}）" for i, n in missing.items())
            lines.append("<p><b>" + self.tr("Photos still missing:") + "</b> " + items + "</p>")
        problems = self.session.sign_off_problems() if self.session.meta.status == "open" else []
        if problems:
            lines.append("<p><b>" + self.tr("Before sign-off:") + "</b></p><ul>"
                         + "".join(f"<li>{p.message(self.lang)}</li>" for p in problems) + "</ul>")
        return "".join(lines)

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        self.form.commit_note()  # a note typed for the item being left is kept, however one leaves it
        item = self.items[row]
        outcome = self.session.score().outcomes[row]
        current = "" if outcome.status == Status.unanswered else self.tr("Recorded: %1").replace(
            "%1", STATUS_MARK[outcome.status] + " " + self._answer_text(item.id))
        self.form.show_item(item, f"{self.headings[item.id]}  ({row + 1}/{len(self.items)})",
                            self.session.answers.get(item.id), self.session.notes.get(item.id, ""),
                            self.session.thresholds.get(item.id), current)
        attached = sum(1 for i in self.session.photos.values() if i == item.id)
        self.form.photos.setText(self.tr("Photos: %1 of %2 needed (Ctrl+P adds, or drop files here)")
                                 .replace("%1", str(attached)).replace("%2", str(item.min_photos)))

    def _answer_text(self, item_id: str) -> str:
        value = self.session.answers.get(item_id)
        item = self.session.template.item(item_id)
        labels = {"pass": self.tr("Meets"), "fail": self.tr("Fails"), "na": self.tr("Not applicable")}
        labels |= {o.id: o.label for o in item.options}
        if isinstance(value, str) and item.kind.value != "text":
            return labels.get(value, value)
        return f"{value:g} {item.unit}".strip() if isinstance(value, int | float) else str(value)

    # ------------------------------------------------------------------ navigation
    def move(self, step: int) -> None:
        row = min(max(self.item_list.currentRow() + step, 0), len(self.items) - 1)
        self.item_list.setCurrentRow(row)

    def next_unanswered(self) -> None:
        unanswered = set(self.session.score().unanswered)
        start = self.item_list.currentRow()
        order = list(range(start + 1, len(self.items))) + list(range(0, start + 1))
        row = next((r for r in order if self.items[r].id in unanswered), None)
        if row is not None:
            self.item_list.setCurrentRow(row)
        else:
            self.steps.setCurrentIndex(2)

    # ------------------------------------------------------------------ changes
    def _write(self, label: str, work: Callable[[InspectionSession, Report], T], changes: Changes,
               on_success: Callable[[T], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None, progress: bool = False) -> Job:
        """Queue ``work(session, report)`` as an operation on the job thread, where
        ``session`` is the newest revision of this inspection's series loaded from the
        writer connection (so a revision queued before is where the edit lands). Edits run
        one after another in the order they were made; the screen already shows them."""
        series, folder = self.session.meta.series, self.session.ws.folder
        self._pending += 1
        self._show_saving()

        def done() -> None:
            self._pending -= 1
            if self._pending == 0 and self._stale:  # a refused edit: show what is stored
                self._stale = False
                self._reload()
            self._show_saving()

        def succeeded(result: T) -> None:
            done()
            if on_success is not None:
                on_success(result)

        def failed(exc: BaseException) -> None:
            self._stale = True
            done()
            (on_failure or self._say)(exc)

        self._last_job = run_op(self, folder, self.lang, label,
                                lambda ws, report: work(newest_revision(ws, series), report), changes,
                                succeeded, failed, progress)
        return self._last_job

    @property
    def pending(self) -> int:
        """How many writes asked for here are not yet done."""
        return self._pending

    def flush(self) -> None:
        """Wait until every edit made here is written: before another inspection is shown
        (it is read from the GUI's connection, which must see them) and when the window
        closes. Usually milliseconds; behind a slow job (a photo import) it waits for that
        job too, since there is one job thread."""
        if self._pending and self._last_job is not None:
            self._last_job.wait()

    def _show_saving(self) -> None:
        self.saving.setText(self.tr("Saving…") if self._pending else self.tr("All changes saved"))

    def _say(self, exc: BaseException) -> None:
        sentence = error_sentence(exc, self.lang)
        self.form.error.setText(sentence)
        self.signing.error.setText(sentence)
        self.window().statusBar().showMessage(sentence, 30_000)

    def _reload(self) -> None:
        """Show the inspection as stored (after a refused edit)."""
        self.session = InspectionSession(self.session.ws, self.session.id)
        self.refresh()
        self._show_current(self.item_list.currentRow())

    def _editable(self) -> bool:
        """A change to a signed inspection first makes its next revision: that is queued
        first, the change after it; the screen shows the change once the revision is loaded."""
        if self.session.meta.status == "superseded":
            return False
        if self.session.meta.status == "signed" and not self._revising:
            self._revising, actor = True, self.actor
            self._write(self.tr("Starting a new revision…"), lambda s, report: s.revise(actor).meta.revision,
                        Changes(inspections=True), self._revised, self._revision_failed)
        return True

    def _revised(self, revision: int) -> None:
        self._revising, held, self._held = False, self._held, []
        self.session = newest_revision(self.session.ws, self.session.meta.series)
        for edit in held:  # their writes were queued after the revision: some may be stored already
            try:
                self.session.preview(edit)
            except UserError:
                pass  # refused by the job too, which says so
        self.refresh()
        self._show_current(self.item_list.currentRow())
        self.window().statusBar().showMessage(self.tr("Revision %1 started; the signed revision is kept unchanged.")
                                              .replace("%1", str(revision)), 15_000)
        self.changed.emit()

    def _revision_failed(self, exc: BaseException) -> None:
        self._revising, self._held = False, []
        self._say(exc)

    def _edit(self, edit: Edit) -> bool:
        """Show ``edit`` at once and queue its write; False when it is refused (its sentence
        shown). The inspector types on while it is written."""
        if not self._editable():
            return False
        if self._revising:
            self._held.append(edit)
        else:
            try:
                if not self.session.preview(edit):
                    return True
            except UserError as exc:
                self._say(exc)
                return False
        actor = self.actor
        self._write(self.tr("Saving…"), lambda s, report: s.edit(edit, actor),
                    Changes(inspections=isinstance(edit, SignOff)))  # content edits: no other view shows them
        self.refresh()
        return True

    def answer(self, item_id: str, value: Answer | None) -> None:
        if self.session.answers.get(item_id) == value and self.session.meta.status == "open":
            self.move(1)
            return
        if self._edit(SetAnswer(item_id, value)):
            row = self.item_list.currentRow()
            self.move(1)
            if self.item_list.currentRow() == row:  # the last item: it shows what was recorded
                self._show_current(row)

    def note(self, item_id: str, text: str) -> None:
        if self.session.notes.get(item_id, "") != text:
            self._edit(SetNote(item_id, text))

    def _requirement_edited(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 1:
            return
        item_id = self.findings.item(cell.row(), 0).data(Qt.ItemDataRole.UserRole)
        old = self.session.findings[item_id]
        self._edit(SetFinding(Finding(item_id, cell.text().strip(), old.department)))

    def _department_chosen(self, item_id: str, combo: QComboBox) -> None:
        old = self.session.findings[item_id]
        self._edit(SetFinding(Finding(item_id, old.requirement, combo.currentData())))

    def sign(self, role: str, person: str, png: bytes | None, refused: bool, witness: str) -> None:
        self._edit(Sign(role, person, png, refused, witness))

    # ------------------------------------------------------------------ photos
    def _current_item_id(self) -> str:
        row = self.item_list.currentRow()
        return self.items[row].id if self.steps.currentIndex() == 0 and 0 <= row < len(self.items) else ""

    def choose_photos(self, item_id: str) -> None:
        paths = open_files(self, "photos", self.tr("Add photos"),
                           self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)"))
        if paths:
            self.add_photos(paths, item_id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_photos(paths, self._current_item_id())

    def add_photos(self, paths: list[Path], item_id: str) -> None:
        """Import in the background (progress after 0.6 s, cancellable); photos already
        stored when a cancel comes stay."""
        if not self._editable():
            return
        actor = self.actor
        self.import_job = self._write(self.tr("Importing photos…"),
                                      lambda s, report: s.add_photos(paths, item_id, actor, progress=report),
                                      Changes(inspections=True), self._photos_added, self._photos_failed, progress=True)

    def _photos_added(self, results: list[IngestResult]) -> None:
        self.session.reload_photos()
        refused = [r for r in results if r.status == "refused"]
        message = self.tr("%1 photo(s) added, %2 already there, %3 refused.") \
            .replace("%1", str(sum(r.status == "added" for r in results))) \
            .replace("%2", str(sum(r.status == "duplicate" for r in results))).replace("%3", str(len(refused)))
        if refused:
            message += " " + "；".join(f"{r.path.name}：{r.problem.message(self.lang)}" for r in refused[:3]
                                      if r.problem)
        self.window().statusBar().showMessage(message, 30_000)
        self._after_photos()

    def _photos_failed(self, exc: BaseException) -> None:
        self.session.reload_photos()
        self.window().statusBar().showMessage(error_sentence(exc, self.lang), 30_000)
        self._after_photos()

    def _after_photos(self) -> None:
        folder, inspection_id = self.session.ws.folder, self.session.id
        run_quietly(lambda: prepare_report_photos(folder, inspection_id))
        self.refresh()
        self._show_current(self.item_list.currentRow())

    def _place(self, sha256: str, easting: float, northing: float) -> None:
        if self.mine is not None and self._editable():
            lat, lon = unproject(self.mine.epsg, easting, northing)
            actor = self.actor
            self._write(self.tr("Saving…"), lambda s, report: s.place_by_hand(sha256, lat, lon, actor),
                        Changes(inspections=True), lambda _: self.refresh())

    # ------------------------------------------------------------------ the record as PDF
    def export_pdf(self) -> None:
        """Write the report into the workspace's reports/ in the background."""
        inspection_id, actor = self.session.id, self.actor
        self.export_job = run_op(self, self.session.ws.folder, self.lang, self.tr("Writing the PDF…"),
                                 lambda ws, report: export_report(ws, inspection_id, actor=actor, progress=report),
                                 Changes(documents=True), self._exported, self._say_failure)

    def _say_failure(self, exc: BaseException) -> None:
        self.window().statusBar().showMessage(error_sentence(exc, self.lang), 30_000)

    def _exported(self, path: Path) -> None:
        self.pdf = path
        self.open_button.show()
        self.print_button.show()
        self.sign_pdf_button.show()
        self.window().statusBar().showMessage(self.tr("Record written to %1").replace("%1", str(path)), 30_000)

    def issue_notice(self) -> None:
        dialog = NoticeDialog(self.session.ws, self.session.id, self.lang, self.actor, self)
        dialog.accepted.connect(lambda: dialog.issued and self._issued([dialog.issued]))
        dialog.open()
        self.notice_dialog = dialog

    def issue_referrals(self) -> None:
        inspection_id, actor = self.session.id, self.actor
        self.referral_job = run_op(self, self.session.ws.folder, self.lang, self.tr("Writing the referral letters…"),
                                   lambda ws, report: issue_referral_letters(ws, inspection_id, actor=actor),
                                   Changes(cases=True, documents=True), self._issued, self._say_failure)

    def _issued(self, documents: list[Issued]) -> None:
        """Say what was issued and where its PDF went; Open and Print act on it."""
        self.pdf = documents[-1].path
        self.open_button.show()
        self.print_button.show()
        self.window().statusBar().showMessage(
            self.tr("Issued: %1, written to %2 (Open or Print it below)")
            .replace("%1", "、".join(d.number for d in documents)).replace("%2", str(self.pdf)), 60_000)

    def choose_key_and_sign(self) -> None:
        """Ask for the inspector's certificate file, then its passphrase, and sign."""
        p12 = open_file(self, "certificate", self.tr("Your certificate file"), self.tr("Certificate (*.p12 *.pfx)"))
        if p12:
            self._ask_passphrase_and_sign(p12, tries=3)

    def _ask_passphrase_and_sign(self, p12: Path, tries: int) -> None:
        passphrase, ok = QInputDialog.getText(self, self.tr("Sign the PDF"), self.tr("Passphrase of %1:")
                                              .replace("%1", p12.name), QLineEdit.EchoMode.Password)
        if not ok:
            return

        def failed(exc: BaseException) -> None:  # a wrong passphrase asks again, the file kept
            self._say_failure(exc)
            if isinstance(exc, UserError) and exc.code == "wrong_passphrase" and tries > 1:
                self._ask_passphrase_and_sign(p12, tries - 1)

        self.sign_pdf_with(p12, passphrase, failed)

    def sign_pdf_with(self, p12: Path, passphrase: str,
                      on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Sign the PDF as an operation (pyHanko signs and timestamps off the GUI thread)."""
        if self.pdf is None:
            return
        pdf, actor = self.pdf, self.actor
        self.sign_job = run_op(self, self.session.ws.folder, self.lang, self.tr("Signing the PDF…"),
                               lambda ws, report: sign_document(ws, pdf, p12, passphrase, "现场检查记录", actor),
                               Changes(documents=True),
                               lambda _: self.window().statusBar().showMessage(
                                   self.tr("Signed: %1").replace("%1", pdf.name), 30_000),
                               on_failure or self._say_failure)

    def print_pdf(self) -> None:
        """The latest PDF of this inspection in Qt's print preview."""
        if self.pdf is not None:
            from greenmine_desktop.gui.print_preview import preview

            self.print_dialog = preview(self, self.pdf)

    def open_pdf(self) -> None:
        """In the system's PDF viewer, to read or print."""
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))

    def sign_off(self) -> None:
        if self.session.meta.status != "open" or self._revising:
            return
        if self._edit(SignOff(clock.now_iso())):
            self.window().statusBar().showMessage(self.tr("Signed off: the inspection is frozen."), 15_000)
