"""整改跟踪 (county workspaces): the rectification and referral cases, overdue ones first,
each step recorded through a small dated form, and the decision on proposed removals
from the green-mine list.

Steps and the opening of new cases run as jobs (a notice is a PDF to write), each on its
own connection to the workspace, with what was entered read from the form beforehand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop import clock
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.follow_up import FINISHED, TRANSITIONS, Action, FollowUp, Listing, refusal
from greenmine_desktop.gui.deadline_preview import provisional_text
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.gui.step_form import Step, StepForm
from greenmine_desktop.gui.tables import fit_columns
from greenmine_desktop.services import follow_ups as service
from greenmine_desktop.services.case_list import case_events, listing_status, recheck_candidates
from greenmine_desktop.store.workspace import Workspace


def _order(case: FollowUp, today: date) -> tuple:
    """The most overdue first, then what is still running by its deadline, finished cases last."""
    return (-case.days_overdue(today), case.state in FINISHED, case.deadline or date.max, case.id)


class FollowUpPage(QWidget):
    overdueChanged = Signal(int)

    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.cases: list[FollowUp] = []
        self.show_filter = QComboBox(self)
        for label, value in ((self.tr("All cases"), "all"), (self.tr("Overdue"), "overdue"),
                             (self.tr("Not finished"), "open"), (self.tr("Referrals"), "referral")):
            self.show_filter.addItem(label, value)
        self.show_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([self.tr("Mine"), self.tr("Licence No."), self.tr("Case"),
                                              self.tr("State"), self.tr("Document"), self.tr("Deadline"),
                                              self.tr("Days overdue")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QLabel(self, wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[Action, QPushButton] = {}
        steps = QVBoxLayout()
        for action, label in ((Action.issue, self.tr("Issue the notice…")), (Action.serve, self.tr("Served…")),
                              (Action.report, self.tr("Report received…")), (Action.recheck, self.tr("Re-check…")),
                              (Action.close, self.tr("Close…")), (Action.escalate, self.tr("Escalate…")),
                              (Action.send, self.tr("Send the referral…")), (Action.answer, self.tr("Answer…"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, a=action: self.step(a))
            steps.addWidget(button)
            self.buttons[action] = button
        self.recheck_task_button = QPushButton(self.tr("Assign a re-inspection…"), self)
        self.recheck_task_button.setToolTip(self.tr("A re-inspection package for a team you choose (not drawn)"))
        self.recheck_task_button.clicked.connect(self.assign_recheck)
        steps.addWidget(self.recheck_task_button)
        self.removal_button = QPushButton(self.tr("Decide on removal…"), self)
        self.removal_button.clicked.connect(self.decide_removal)
        steps.addWidget(self.removal_button)
        steps.addStretch()
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.addWidget(self.details, 1)
        side_layout.addLayout(steps)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        top = QHBoxLayout()
        top.addWidget(self.show_filter)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.refresh()

    # ------------------------------------------------------------------ the list
    def refresh(self) -> None:
        """Show the list, open the cases of inspections signed or imported since, and show
        the list again."""
        self.reload()
        actor = self.actor
        self.refresh_job = run_op(self, self.ws.folder, self.lang, self.tr("Opening cases…"),
                                  lambda ws, _report: service.open_follow_ups(ws, actor), Changes(),
                                  lambda _: self.reload(),
                                  lambda exc: self.summary.setText(error_sentence(exc, self.lang)))

    def reload(self) -> None:
        """Fill the list again; the case selected before stays selected (by its id: the
        order changes with every step)."""
        chosen = self.current()
        today = clock.today()
        shown = self.show_filter.currentData()
        every = service.follow_ups(self.ws)
        late = sum(1 for case in every if case.days_overdue(today))
        keep = {"all": lambda c: True, "overdue": lambda c: c.days_overdue(today) > 0,
                "open": lambda c: c.state not in FINISHED,
                "referral": lambda c: c.kind == "referral"}[shown]
        self.cases = sorted((c for c in every if keep(c)), key=lambda c: _order(c, today))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            what = self.tr("Rectification") if case.kind == "rectification" else \
                self.tr("Referral: %1").replace("%1", vocab.label(vocab.DEPARTMENT, case.department, self.lang))
            days = case.days_overdue(today)
            for column, text in enumerate((case.mine_name, case.mine_licence, what,
                                           vocab.label(vocab.FOLLOW_UP_STATE, case.state.value, self.lang),
                                           case.document_number or "",
                                           provisional_text(case.deadline, case.deadline_provisional),
                                           str(days) if days else "")):
                item = QTableWidgetItem(text)
                if days:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        fit_columns(self.table)
        ids = [case.id for case in self.cases]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self.table.blockSignals(False)
        self.summary.setText(self.tr("%1 case(s), %2 overdue").replace("%1", str(len(every)))
                             .replace("%2", str(late)))
        self.overdueChanged.emit(late)
        self._selected()

    def current(self) -> FollowUp | None:
        row = self.table.currentRow()
        return self.cases[row] if self.table.selectedItems() and 0 <= row < len(self.cases) else None

    def _selected(self) -> None:
        case = self.current()
        allowed = TRANSITIONS[case.kind] if case else {}
        today = clock.today()
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            refused = refusal(case.case, action, today) if case and action in allowed else None
            button.setEnabled(bool(case) and refused is None)
            button.setToolTip(refused.message(self.lang) if refused else "")
        rechecks = TRANSITIONS["rectification"][Action.recheck][0]
        self.recheck_task_button.setVisible(bool(case) and case.kind == "rectification")
        self.recheck_task_button.setEnabled(bool(case) and case.state in rechecks)
        status = listing_status(self.ws, case.mine_licence) if case else None
        self.removal_button.setVisible(status == Listing.removal_proposed)
        self.details.setText(self._history(case, status) if case else self.tr("Choose a case to see its steps."))

    def _history(self, case: FollowUp, status: str | None) -> str:
        items = "；".join(service.finding_texts(self.ws, case))
        lines = [self.tr("Inspection %1, findings: %2").replace("%1", case.inspection_uid[:8]).replace("%2", items)]
        for on_day, actor, action, to_state in case_events(self.ws, case.id):
            lines.append(f"{on_day}  {vocab.label(vocab.FOLLOW_UP_ACTION, action, self.lang)} → "
                         f"{vocab.label(vocab.FOLLOW_UP_STATE, to_state, self.lang)}（{actor}）")
        if case.note:
            lines.append(case.note)
        if status and status != Listing.none:
            lines.append(self.tr("Green-mine list: %1").replace("%1", vocab.label(vocab.GREEN_STATUS, status,
                                                                                  self.lang)))
        return "\n".join(lines)

    # ------------------------------------------------------------------ the steps
    def step(self, action: Action) -> None:
        case = self.current()
        if case is None:
            return
        title = vocab.label(vocab.FOLLOW_UP_ACTION, action.value, self.lang)
        actor, cid = self.actor, case.id
        steps: dict[Action, tuple[Step, dict]] = {
            Action.issue: (lambda ws, e: service.issue_notice(ws, cid, e.days, e.working, e.on, actor, e.citations),
                           {"days": True}),
            Action.serve: (lambda ws, e: service.serve(ws, cid, e.on, e.text, actor),
                           {"text": self.tr("Proof of service")}),
            Action.report: (lambda ws, e: service.receive_report(ws, cid, e.on, e.agree, e.text, actor),
                            {"agree": self.tr("The report is accepted"), "text": self.tr("Note")}),
            Action.recheck: (lambda ws, e: service.link_recheck(ws, cid, e.choice, actor),
                             {"choices": self._rechecks(case)}),
            Action.close: (lambda ws, e: service.close(ws, cid, e.on, actor), {}),
            Action.escalate: (lambda ws, e: service.escalate(ws, cid, e.on, e.text, actor),
                              {"text": self.tr("Reason")}),
            Action.send: (lambda ws, e: service.send_referral(ws, cid, e.on, actor), {}),
            Action.answer: (lambda ws, e: service.record_answer(ws, cid, e.on, e.text, actor),
                            {"text": self.tr("Answer")}),
        }
        run, fields = steps[action]
        if action is Action.issue:  # the rules to confirm are asked in the same form
            fields["citations"] = service.citation_needs(self.ws, cid)
        self._open_form(title, run, **fields)

    def _open_form(self, title: str, run: Step, **fields) -> None:
        self.form = StepForm(self, self.ws, self.lang, title, run, **fields)
        self.form.accepted.connect(self.reload)
        self.form.open()

    def _rechecks(self, case: FollowUp) -> list[tuple[str, str]]:
        return [(f"{started[:16].replace('T', ' ')}（{uid[:8]}）", uid)
                for uid, started in recheck_candidates(self.ws, case.mine_licence, case.inspection_uid)]

    def assign_recheck(self) -> None:
        from greenmine_desktop.gui.recheck_task_dialog import RecheckTaskDialog

        case = self.current()
        if case is None:
            return
        self.task_dialog = RecheckTaskDialog(self, self.ws, case, self.lang, self.actor)
        self.task_dialog.accepted.connect(lambda: self.summary.setText(
            self.tr("Re-inspection package written to %1").replace("%1", str(self.task_dialog.written))))
        self.task_dialog.open()

    def decide_removal(self) -> None:
        case = self.current()
        if case is None:
            return
        actor, licence = self.actor, case.mine_licence
        self._open_form(self.tr("Removal from the green-mine list"),
                        lambda ws, e: service.decide_removal(ws, licence, e.agree, e.on, e.text, actor),
                        text=self.tr("Reason"), agree=self.tr("Remove the mine from the list"))
