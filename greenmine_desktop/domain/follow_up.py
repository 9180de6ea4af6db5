"""What follows a check: rectification and referral cases, and the green-mine list status.

Pure rules, no storage. A rectification case (限期整改) goes

    open → notified (notice issued, with its deadline) → served (送达回证)
         → reported (the mine's rectification report, accepted or not)
         → rechecked (a re-inspection linked to the case, passed or failed)
         → closed, or escalated (立案查处, abnormal list, removal from the green-mine list)

and may be closed only on an accepted report or a passed re-inspection, escalated only
when the deadline has passed or a re-inspection failed. A case still open (no notice yet)
whose inspection the clerk links as an earlier case's re-check is closed as merged: its
findings go on in that case. A referral (移送) is open → sent
→ answered. A listed green mine that fails a check is put under rectification; failing
the re-check after the deadline proposes its removal (6 months in the 2024 rules: the
deadline is the notice's), and only the clerk's confirmation removes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from greenmine_desktop.domain import vocab
from greenmine_desktop.messages import UserError


class State(StrEnum):
    open = "open"
    notified = "notified"
    served = "served"
    reported = "reported"
    rechecked = "rechecked"
    closed = "closed"
    escalated = "escalated"
    sent = "sent"  # referrals
    answered = "answered"


class Action(StrEnum):
    issue = "issue"
    serve = "serve"
    report = "report"
    recheck = "recheck"
    close = "close"
    escalate = "escalate"
    send = "send"
    answer = "answer"
    merge = "merge"  # the case's inspection was linked as another case's re-check


#: For each kind and action, the states it may start from and the state it leads to.
TRANSITIONS: dict[str, dict[Action, tuple[frozenset[State], State]]] = {
    "rectification": {
        Action.issue: (frozenset({State.open}), State.notified),
        Action.serve: (frozenset({State.notified}), State.served),
        Action.report: (frozenset({State.served, State.rechecked}), State.reported),
        Action.recheck: (frozenset({State.served, State.reported, State.rechecked}), State.rechecked),
        Action.close: (frozenset({State.reported, State.rechecked}), State.closed),
        Action.escalate: (frozenset({State.notified, State.served, State.reported, State.rechecked}),
                          State.escalated),
        Action.merge: (frozenset({State.open}), State.closed),
    },
    "referral": {
        Action.send: (frozenset({State.open}), State.sent),
        Action.answer: (frozenset({State.sent}), State.answered),
    },
}
FINISHED = frozenset({State.closed, State.escalated, State.answered})


@dataclass(frozen=True)
class Case:
    kind: str
    state: State
    deadline: date | None = None
    report_accepted: bool | None = None
    recheck_on: date | None = None
    recheck_passed: bool | None = None

    def days_overdue(self, today: date) -> int:
        """Days past the deadline while the mine has not reported and no re-check passed."""
        if self.kind != "rectification" or self.deadline is None or self.state in FINISHED:
            return 0
        if self.report_accepted or self.recheck_passed:
            return 0
        return max(0, (today - self.deadline).days)

    def rechecked_after_deadline_and_failed(self) -> bool:
        return (self.recheck_passed is False and self.deadline is not None and self.recheck_on is not None
                and self.recheck_on > self.deadline)


@dataclass(frozen=True)
class FollowUp:
    """A case as the county keeps it: its mine, its findings, each step's day and outcome."""

    id: int
    kind: str
    inspection_uid: str
    mine_licence: str
    mine_name: str
    department: str
    findings: tuple[str, ...]
    state: State
    document_number: str | None
    issued_on: date | None
    deadline: date | None
    served_on: date | None
    report_on: date | None
    report_accepted: bool | None
    recheck_uid: str | None
    recheck_on: date | None
    recheck_passed: bool | None
    note: str
    deadline_provisional: bool = False  # reckoned Monday to Friday in a year whose schedule is not entered

    @property
    def case(self) -> Case:
        return Case(self.kind, self.state, self.deadline, self.report_accepted, self.recheck_on, self.recheck_passed)

    def days_overdue(self, today: date) -> int:
        return self.case.days_overdue(today)


def refusal(case: Case, action: Action, on: date) -> UserError | None:
    """Why ``action`` may not happen to ``case`` on ``on``, or None when it may (the GUI
    disables a step's button with this sentence as its tooltip)."""
    allowed = TRANSITIONS[case.kind].get(action)
    if allowed is None or case.state not in allowed[0]:
        return UserError("follow_up_wrong_state", **{
            f"{what}_{lang}": vocab.label(labels, code, lang) for what, labels, code in (
                ("action", vocab.FOLLOW_UP_ACTION, action.value), ("state", vocab.FOLLOW_UP_STATE, case.state.value))
            for lang in ("zh", "en")})
    if action == Action.close and not (case.report_accepted or case.recheck_passed):
        return UserError("follow_up_close_unproven")
    if action == Action.escalate and not (case.recheck_passed is False
                                          or (case.deadline is not None and on > case.deadline)):
        return UserError("follow_up_escalate_early")
    return None


def next_state(case: Case, action: Action, on: date) -> State:
    """The state ``action`` leads to, or a :class:`UserError` saying why it may not happen."""
    refused = refusal(case, action, on)
    if refused is not None:
        raise refused
    return TRANSITIONS[case.kind][action][1]


# ---------------------------------------------------------------- the green-mine list

class Listing(StrEnum):
    none = "none"
    listed = "listed"
    rectifying = "rectifying"
    removal_proposed = "removal_proposed"
    removed = "removed"


#: The statuses under which a mine is still on the green-mine list.
ON_LIST = frozenset({Listing.listed, Listing.rectifying, Listing.removal_proposed})


def listing_after_check(status: str, passed: bool) -> Listing | None:
    """The list status a first check's verdict leads to (None: no change)."""
    if status == Listing.listed and not passed:
        return Listing.rectifying
    return None


def listing_after_recheck(status: str, case: Case) -> Listing | None:
    """A re-check of a mine under rectification: passed puts it back on the list; failed
    after the deadline proposes its removal; failed before the deadline changes nothing."""
    if status != Listing.rectifying:
        return None
    if case.recheck_passed:
        return Listing.listed
    if case.rechecked_after_deadline_and_failed():
        return Listing.removal_proposed
    return None


def confirm_removal(status: str, remove: bool) -> Listing:
    """The clerk's decision on a proposed removal: removed, or kept under rectification."""
    if status != Listing.removal_proposed:
        raise UserError("listing_no_proposal")
    return Listing.removed if remove else Listing.rectifying
