"""The county desk's year at a glance, for one draw or all draws of a year: mines checked
against mines drawn, the pass rate, findings per checklist group, open and overdue
rectifications, referrals per department, the green-mine list per town against the
clerk's targets, and whether each draw's results went public in time.

Cases count when they follow a check in scope. The list is read from the listing events
as of the year's last day (or today, for the current year), so a past year shows the
list as it stood then, not as it stands now.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from greenmine_desktop import clock
from greenmine_desktop.domain.follow_up import FINISHED, ON_LIST, State
from greenmine_desktop.domain.scoring import Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services.draw_plans import DrawRow, list_draws, load_draw
from greenmine_desktop.services.plan_results import PlanCheck, PublicationStatus, plan_checks, publication_status
from greenmine_desktop.store import audit, listing
from greenmine_desktop.store.follow_ups import follow_ups
from greenmine_desktop.store.mines import towns as towns  # the GUI lists them through the service
from greenmine_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class TownProgress:
    town: str
    on_list: int
    target: int | None


@dataclass(frozen=True)
class Referrals:
    department: str
    waiting: int  # not sent yet
    sent: int  # sent, no answer yet
    answered: int


@dataclass(frozen=True)
class Dashboard:
    year: int
    planned: int
    checked: int
    passed: int
    findings_by_group: tuple[tuple[str, int], ...]  # most findings first
    open_rectifications: int
    overdue_rectifications: int
    referrals: tuple[Referrals, ...]
    towns: tuple[TownProgress, ...]
    publications: tuple[PublicationStatus, ...]

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.checked if self.checked else None


def draws_of_year(ws: Workspace, year: int) -> list[DrawRow]:
    """The year's draws that still stand (a redrawn one is replaced), oldest first."""
    return [d for d in reversed(list_draws(ws)) if d.drawn_at.startswith(str(year)) and d.replaced_by is None]


def years(ws: Workspace, today: date | None = None) -> list[int]:
    """Years with draws, and the current one; newest first."""
    found = {int(d.drawn_at[:4]) for d in list_draws(ws)} | {(today or clock.today()).year}
    return sorted(found, reverse=True)


def dashboard(ws: Workspace, year: int, record_sha256: str | None = None, today: date | None = None) -> Dashboard:
    today = today or clock.today()
    draws = [d for d in draws_of_year(ws, year) if record_sha256 in (None, d.record_sha256)]
    checks: list[PlanCheck] = []
    statuses = []
    for draw in draws:
        record = load_draw(ws, draw.record_sha256)
        found = plan_checks(ws, record)
        checks += found
        statuses.append(publication_status(ws, record, found))
    findings = Counter(group for check in checks for _item, group in check.findings)
    in_scope = {check.inspection_uid for check in checks}
    cases = [case for case in follow_ups(ws) if case.inspection_uid in in_scope]
    rectifications = [c for c in cases if c.kind == "rectification" and c.state not in FINISHED]
    by_department: dict[str, Counter] = {}
    for case in cases:
        if case.kind == "referral":
            by_department.setdefault(case.department, Counter())[case.state] += 1
    return Dashboard(
        year, sum(d.mines for d in draws), len(checks), sum(c.verdict == Verdict.passed for c in checks),
        tuple(findings.most_common()), len(rectifications),
        sum(c.days_overdue(today) > 0 for c in rectifications),
        tuple(Referrals(department, n[State.open], n[State.sent], n[State.answered])
              for department, n in sorted(by_department.items())),
        tuple(town_progress(ws, year, min(today, date(year, 12, 31)))), tuple(statuses))


def town_progress(ws: Workspace, year: int, as_of: date) -> list[TownProgress]:
    """Mines on the green-mine list per town as of ``as_of``, with the year's targets;
    towns with neither a listed mine nor a target are left out."""
    on_list = Counter(town for town, status in listing.statuses_by_town(ws, as_of) if status in ON_LIST)
    targets = current_targets(ws, year)
    return [TownProgress(town, on_list[town], targets.get(town)) for town in sorted(set(on_list) | set(targets))]


def current_targets(ws: Workspace, year: int) -> dict[str, int]:
    """The year's target per town: the latest the clerk entered."""
    return listing.targets(ws, year)


def set_targets(ws: Workspace, year: int, targets: dict[str, int], actor: str | None = None,
                on_day: date | None = None) -> int:
    """Record the targets that changed; returns how many did."""
    if any(value < 0 for value in targets.values()):
        raise UserError("target_negative")
    actor = actor or login_name()
    was = current_targets(ws, year)
    changed = {town: value for town, value in targets.items() if was.get(town) != value}
    set_on = on_day or clock.today()
    with ws.transaction():
        for town, value in changed.items():
            listing.add_target(ws, year, town, value, set_on, actor)
            audit.append(ws.conn, actor, "set", "listing_target", f"{year}:{town}", "target", was.get(town),
                         {"target": value, "set_on": set_on.isoformat()})
    return len(changed)
