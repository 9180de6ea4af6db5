"""2026 so far, in the demo county: two earlier draws, their checks, and what followed.

So that the follow-up list and the dashboard have something real to show, the demo's
county workspace gets the year a clerk would have behind them by late November: a draw
in March and one in July, each drawn mine checked (signed inspections, written straight
into the county workspace as if their return packages had come in, without photos), and
the cases that followed taken through every state a case can be in: open, notice issued,
served, report received (accepted or not), re-checked (passed or failed), closed,
escalated, and referrals open, sent and answered. The green-mine list moves with them:
under rectification, removal proposed, removed. The March results were published, the
July ones not yet (overdue). Everything is dated in 2026 and deterministic.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime

from PIL import Image, ImageDraw

from greenmine_desktop.domain.draw import SampleRule
from greenmine_desktop.domain.draw_record import DrawnMine
from greenmine_desktop.domain.follow_up import Listing
from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.domain.scoring import Answer, full_marks
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.services import notices
from greenmine_desktop.services.dashboard import set_targets, town_progress
from greenmine_desktop.services.demo import CLERK, DEMO_ITEM, REGISTER_DAY
from greenmine_desktop.services.draw_plans import Plan, run_plan, save_plan
from greenmine_desktop.services.inspections import InspectionSession, start_inspection
from greenmine_desktop.services.plan_results import record_publication
from greenmine_desktop.services.working_days import next_working_day
from greenmine_desktop.store import listing
from greenmine_desktop.store.follow_ups import cases_of
from greenmine_desktop.store.inspections import inspection_id
from greenmine_desktop.store.inspectors import inspector_names
from greenmine_desktop.store.mines import mine_party
from greenmine_desktop.store.workspace import Workspace

TEMPLATE = "green-mine-2020@2020.1-provisional"
TARGETS_DAY = date(2026, 2, 24)
WEBSITE = "青岚县人民政府门户网站"
#: Answers that fail a prerequisite: the check fails whatever the points.
FAIL = {"pre.disclosure": "fail"}


def signature_png(name: str) -> bytes:
    """A drawn-looking signature stroke, different for each name."""
    image = Image.new("RGB", (640, 200), "white")
    points = [(40 + 45 * i, 100 + (((ord(name[i % len(name)]) * (i + 3)) % 90) - 45)) for i in range(13)]
    ImageDraw.Draw(image).line(points, fill=(20, 40, 120), width=7, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class Step:
    """One dated thing the clerk did about a check: ``action`` is a follow-up step (issue,
    serve, report, recheck, close, escalate, send, answer) or ``remove`` (the clerk's
    removal decision)."""
    action: str
    on: date
    days: int = 30  # issue: deadline in working days
    accepted: bool = True  # report
    answers: dict[str, Answer] = field(default_factory=dict)  # recheck: its answers other than full marks
    text: str = ""  # escalate, answer, remove: reason or answer
    department: str = ""  # answer


@dataclass(frozen=True)
class Story:
    answers: dict[str, Answer]  # the check's answers other than full marks
    steps: tuple[Step, ...] = ()


def _d(text: str) -> date:
    return date.fromisoformat(text)


#: The stories of the March draw's first three listed mines; the rest pass.
MARCH = (
    Story({**FAIL, "env.tidy": 12}, (  # closed on an accepted report and a passed re-check
        Step("issue", _d("2026-04-01")), Step("serve", _d("2026-04-03")),
        Step("report", _d("2026-05-06")), Step("recheck", _d("2026-05-20")), Step("close", _d("2026-05-22")))),
    Story({**FAIL, "dev.restore": 10}, (  # failed the re-check after the deadline: escalated and removed
        Step("issue", _d("2026-04-01"), days=20), Step("serve", _d("2026-04-03")),
        Step("recheck", _d("2026-06-10"), answers={**FAIL, "dev.restore": 10}),
        Step("escalate", _d("2026-06-12"), text="逾期未完成整改，移交执法部门立案查处"),
        Step("remove", _d("2026-06-19"), text="整改期满复查仍不合格，报市局确认移出名录"))),
    Story({"env.enclosed": 18, "env.dumps": 20}, (  # referrals, both answered
        Step("send", _d("2026-04-01")),
        Step("answer", _d("2026-04-24"), text="已责令企业完成物料封闭，并复核", department="ecology_environment"),
        Step("answer", _d("2026-05-08"), text="排土场已完成安全评估", department="emergency_management"))),
)
#: The stories of the July draw's first eight listed mines; the rest pass.
JULY = (
    Story(dict(FAIL), (  # report received and accepted, re-check still to come
        Step("issue", _d("2026-08-03"), days=60), Step("serve", _d("2026-08-05")),
        Step("report", _d("2026-10-28")))),
    Story({"env.tidy": 10}, (  # re-checked and passed, not closed yet
        Step("issue", _d("2026-08-03")), Step("serve", _d("2026-08-05")), Step("recheck", _d("2026-09-10")))),
    Story({**FAIL, "save.dust": 20}, (  # served and overdue; its referral sent, no answer yet
        Step("issue", _d("2026-08-03")), Step("serve", _d("2026-08-06")), Step("send", _d("2026-08-03")))),
    Story({"env.signs": 10}, (Step("issue", _d("2026-11-16")),)),  # notice issued, not served yet
    Story(dict(FAIL), (  # failed the re-check after the deadline: removal proposed, the clerk to decide
        Step("issue", _d("2026-08-03"), days=20), Step("serve", _d("2026-08-04")),
        Step("recheck", _d("2026-09-21"), answers=dict(FAIL)))),
    Story({"dev.monitor": 15}),  # case open: no notice yet
    Story({"mgmt.training": 10}, (  # report not accepted, past the deadline
        Step("issue", _d("2026-08-03")), Step("serve", _d("2026-08-05")),
        Step("report", _d("2026-09-10"), accepted=False, text="整改报告缺少培训记录"))),
    Story({"env.dumps": 25}),  # referral open: letter not sent yet
)
PLANS = (
    (Plan("2026年第一批", DEMO_ITEM.name, SampleRule(ratio=0.3, team_size=2, max_load=2),
          {"green_level": ["national", "provincial", "city"]}),
     datetime(2026, 3, 16, 9, 30), "16 03 21 27 30 33", _d("2026-03-23"), MARCH, _d("2026-04-14")),
    (Plan("2026年第二批", DEMO_ITEM.name, SampleRule(ratio=0.4, team_size=2, max_load=2),
          {"green_level": ["national", "provincial", "city"]}, exclude_checked_months=3),
     datetime(2026, 7, 6, 9, 30), "02 09 14 22 25 31", _d("2026-07-13"), JULY, None),
)


def create_demo_year(ws: Workspace) -> None:
    """Add the year to the demo county workspace (made by ``create_demo_county``)."""
    targets = {p.town: p.on_list + (1 if n % 2 else 0) for n, p in enumerate(town_progress(ws, 2026, REGISTER_DAY))}
    set_targets(ws, 2026, targets, CLERK, TARGETS_DAY)
    for plan, drawn_at, seed, first_day, stories, published_on in PLANS:
        save_plan(ws, plan, actor=CLERK)
        record = run_plan(ws, plan.name, seed, CLERK, ("见证人 甲", "见证人 乙"), drawn_at.astimezone())
        day = first_day
        told = iter(stories)
        for result in record.result:
            listed = listing.status(ws.conn, result.licence_no) == Listing.listed
            story = next(told, Story({})) if listed else Story({})
            uid = _check(ws, result.licence_no, result.team, day, story.answers).meta.uid
            fu.open_follow_ups(ws, CLERK, day)
            for step in story.steps:
                _play(ws, uid, result, step)
            day = next_working_day(ws, day)
        if published_on:
            record_publication(ws, record.record_sha256, published_on, WEBSITE, CLERK)


def team_members(ws: Workspace, badges: list[str] | tuple[str, ...]) -> tuple[TeamMember, ...]:
    """The drawn team as an inspection header names it, in badge-number order."""
    names = inspector_names(ws)
    return tuple(TeamMember(badge, names[badge]) for badge in sorted(set(badges)) if badge in names)


def _check(ws: Workspace, licence: str, team: tuple[str, ...], day: date,
           answers: dict[str, Answer]) -> InspectionSession:
    """A signed inspection of the mine on ``day``: full marks but for ``answers``."""
    members = team_members(ws, team)
    mine = mine_party(ws, licence)
    assert mine is not None, licence  # drawn from the register
    representative = mine.legal_rep
    session = start_inspection(ws, Header(licence, TEMPLATE, f"{day.isoformat()}T09:30", members, representative,
                                          "法定代表人", "矿区"), members[0].name)
    for item in session.template.items:
        session.set_answer(item.id, answers.get(item.id, full_marks(item)), members[0].name)
    for member in members:
        session.sign("inspector", member.name, signature_png(member.name), members[0].name)
    session.sign("representative", representative, signature_png(representative), members[0].name)
    session.sign_off(members[0].name)
    return session


def confirm_proposed_citations(ws: Workspace, uid: str) -> None:
    """The demo clerk confirms the checklist's proposed citation of each finding that has
    no confirmed one (a real clerk checks it against the published text first)."""
    found = inspection_id(ws, uid)
    assert found is not None, uid
    for need in notices.citation_needs(ws, found):
        notices.confirm_citation(ws, found, need.item_id, need.proposed, CLERK)


def _play(ws: Workspace, uid: str, drawn: DrawnMine, step: Step) -> None:
    def case(kind: str, department: str = "") -> int:
        return next(c.id for c in cases_of(ws, uid) if c.kind == kind and department in ("", c.department))

    match step.action:
        case "remove":
            fu.decide_removal(ws, drawn.licence_no, True, step.on, step.text, CLERK)
        case "send":  # one letter per department, all sent together
            fu.send_referral(ws, case("referral"), step.on, CLERK)
        case "answer":
            fu.record_answer(ws, case("referral", step.department), step.on, step.text, CLERK)
        case "issue":
            confirm_proposed_citations(ws, uid)
            fu.issue_notice(ws, case("rectification"), step.days, True, step.on, CLERK)
        case "serve":
            fu.serve(ws, case("rectification"), step.on, "送达回证（法定代表人签收）", CLERK)
        case "report":
            fu.receive_report(ws, case("rectification"), step.on, step.accepted, step.text, CLERK)
        case "recheck":
            recheck = _check(ws, drawn.licence_no, drawn.team, step.on, step.answers)
            fu.link_recheck(ws, case("rectification"), recheck.meta.uid, CLERK)
        case "close":
            fu.close(ws, case("rectification"), step.on, CLERK)
        case "escalate":
            fu.escalate(ws, case("rectification"), step.on, step.text, CLERK)
