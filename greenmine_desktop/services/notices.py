"""Issuing the documents that follow a signed inspection: the rectification notice
(限期整改通知书) for the findings that are this bureau's, and one referral letter (移送函)
per other department for the rest.

Each gets the next number of its kind for the bureau and year (prefix〔year〕seq号), kept in
``issued_document`` where a number is never deleted or changed, so never reused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from greenmine_desktop import clock
from greenmine_desktop.documents.official import OfficialLetter, build_letter
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.chinese_dates import chinese_date, chinese_datetime
from greenmine_desktop.domain.deadlines import Deadline
from greenmine_desktop.domain.legal import Province
from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.legal_basis import order_province
from greenmine_desktop.services.working_days import deadline_by_schedule
from greenmine_desktop.store import audit, documents
from greenmine_desktop.store.citations import confirmed_citations, put_citation
from greenmine_desktop.store.documents import NewDocument
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace, now_iso

KIND_SUFFIX = {"rectification": "责改", "referral": "移"}
DEPARTMENT_BUREAU = {"emergency_management": "应急管理局", "ecology_environment": "生态环境局",
                     "water_resources": "水利局", "forestry_grassland": "林业和草原局"}
APPEAL = ("如不服本通知，可以自收到本通知书之日起六十日内依法申请行政复议，或者自收到本通知书之日起六个月内"
          "依法向人民法院提起行政诉讼。")


def consequence(basis: Province) -> str:
    """What follows a missed deadline, with the province's clause on removal from the list."""
    removal = basis.removal_basis()
    late = "逾期未整改或者整改不到位的，我局将依法将你单位列入矿业权人异常名录，并依法予以处理"
    return f"{late}；属于绿色矿山名录内矿山的，{removal}，提请移出绿色矿山名录。" if removal else f"{late}。"


@dataclass(frozen=True)
class Issued:
    number: str
    path: Path
    deadline: date | None = None
    provisional: bool = False  # the deadline reaches a year whose holiday schedule is not entered yet


def _deadline_words(last_day: Deadline) -> str:
    """The notice's deadline; a provisional one says so and on what it rests."""
    if not last_day.provisional:
        return chinese_date(last_day.day)
    return (f"{chinese_date(last_day.day)}（暂定：{last_day.day.year}年工作日按周一至周五计算，"
            "以国务院办公厅公布的节假日安排为准）")


def _prefix(ws: Workspace, kind: str) -> str:
    base = ws.meta("doc_prefix") or (ws.meta("county") or "").removesuffix("县").removesuffix("市") + "自然资"
    return base + KIND_SUFFIX[kind]


def _next_number(ws: Workspace, prefix: str, year: int) -> tuple[int, str]:
    """Inside the caller's transaction: the next sequence number of a prefix and year."""
    seq = documents.last_seq(ws, prefix, year) + 1
    return seq, f"{prefix}〔{year}〕{seq}号"


def _signed_session(ws: Workspace, inspection_id: int) -> InspectionSession:
    """The signed inspection a document is issued for, in a county workspace: the bureau
    numbers its documents per year, and a field laptop's own count would give a number
    the county's register already holds (or will)."""
    if ws.kind != "county":
        raise UserError("notice_county_only")
    session = InspectionSession(ws, inspection_id)
    if session.meta.status == "open":
        raise UserError("notice_not_signed")
    return session


def _issue(ws: Workspace, session: InspectionSession, kind: str, addressee: str, issued_on: date,
           letter_for: Callable[[str], OfficialLetter], due: tuple[Deadline, int, bool] | None,
           actor: str | None) -> Issued:
    """Allocate the number, write the PDF under it and record both in one transaction."""
    prefix = _prefix(ws, kind)
    last_day, days, working = due if due else (None, None, None)
    with ws.transaction():
        seq, number = _next_number(ws, prefix, issued_on.year)
        target = write_atomically(ws.folder / "reports" / f"{number}.pdf",
                                  lambda stream: build_letter(letter_for(number), stream))
        documents.record_document(ws, NewDocument(
            kind, prefix, issued_on.year, seq, number, session.meta.uid, addressee,
            last_day.day if last_day else None, target.relative_to(ws.folder).as_posix(), session.digest(),
            issued_on, actor or login_name(), days, working, bool(last_day and last_day.provisional)))
        audit.append(ws.conn, actor or login_name(), "issue", kind, number, None, None,
                     {"inspection": session.meta.uid, "file": target.name, "issued_at": now_iso()})
    return Issued(number, target, last_day.day if last_day else None, bool(last_day and last_day.provisional))


def _visit(session: InspectionSession, mine_name: str) -> str:
    header = session.header
    when = chinese_datetime(header.started_at)
    team = "、".join(f"{m.name}（执法证号{m.badge_no}）" for m in header.team)
    return (f"{when}，我局执法检查人员{team}对{mine_name}（采矿许可证号：{header.mine_licence}）{header.place}"
            "依法进行了现场检查。")


def _own_findings(session: InspectionSession) -> list[str]:
    """The item ids of the findings that are this bureau's, in checklist order."""
    return [i.id for i in session.template.items if i.id in session.findings and not session.findings[i.id].department]


@dataclass(frozen=True)
class CitationNeed:
    """A finding the notice cannot cite yet: its item, and the citation proposed for it."""

    item_id: str
    text: str
    proposed: str
    note: str


def rules_broken(ws: Workspace, session: InspectionSession) -> tuple[dict[str, str], list[CitationNeed]]:
    """For each of the bureau's findings the rule the notice cites (the clerk's confirmed
    citation, else the item's own confirmed one), and the findings that have neither."""
    clerk = confirmed_citations(ws, session.meta.uid)
    rules: dict[str, str] = {}
    needs = []
    for item_id in _own_findings(session):
        item = session.template.item(item_id)
        if item_id in clerk:
            rules[item_id] = clerk[item_id]
        elif item.citation and item.citation.confirmed:
            rules[item_id] = item.citation.text
        else:
            needs.append(CitationNeed(item_id, item.text, item.citation.text if item.citation else "",
                                      item.citation.note if item.citation else ""))
    return rules, needs


def citation_needs(ws: Workspace, inspection_id: int) -> list[CitationNeed]:
    """What the clerk must write or confirm before the inspection's notice can be issued."""
    return rules_broken(ws, _signed_session(ws, inspection_id))[1]


def confirm_citation(ws: Workspace, inspection_id: int, item_id: str, citation: str, actor: str | None = None) -> None:
    """The clerk writes, or confirms as it stands, the rule one finding breaks."""
    session = _signed_session(ws, inspection_id)
    citation = " ".join(citation.split())
    if not citation:
        raise UserError("citation_empty")
    if item_id not in _own_findings(session):
        raise UserError("citation_no_finding", item=item_id)
    actor = actor or login_name()
    with ws.transaction():
        was = put_citation(ws, session.meta.uid, item_id, citation, actor)
        audit.append(ws.conn, actor, "confirm", "finding_citation", f"{session.meta.uid}:{item_id}", "citation", was,
                     citation)


def issue_rectification_notice(ws: Workspace, inspection_id: int, days: int, working: bool,
                               issued_on: date | None = None, actor: str | None = None) -> Issued:
    session = _signed_session(ws, inspection_id)
    own = _own_findings(session)
    if not own:
        raise UserError("notice_nothing_to_rectify")
    rules, needs = rules_broken(ws, session)
    if needs:
        raise UserError("notice_citation_needed", items="；".join(n.text for n in needs))
    basis = order_province(ws)
    issued_on = issued_on or clock.today()
    last_day = deadline_by_schedule(ws, issued_on, days, working)
    mine = mine_by_licence(ws, session.header.mine_licence)
    company = mine.company if mine else session.header.mine_licence
    rows: list[tuple[str, ...]] = [("序号", "存在的问题", "违反的规定", "整改要求")]
    for n, item_id in enumerate(own, start=1):
        item = session.template.item(item_id)
        fact = item.text + (f"（{session.notes[item_id]}）" if session.notes.get(item_id) else "")
        rows.append((str(n), fact, rules[item_id], session.findings[item_id].requirement))
    unit = "个工作日" if working else "日"
    bureau = ws.meta("bureau") or ""

    def letter(number: str) -> OfficialLetter:
        return OfficialLetter(
            title="限期整改通知书", number=number, addressee=f"{company}：",
            paragraphs=(f"统一社会信用代码：{mine.credit_code if mine else ''}"
                        f"　法定代表人：{mine.legal_rep if mine else ''}　地址：{mine.address if mine else ''}",
                        _visit(session, mine.name if mine else company) + "经查，你单位存在以下问题："),
            table=tuple(rows),
            closing=(f"{basis.order_basis()}，现责令你单位自收到本通知书之日起{days}{unit}内，即于"
                     f"{_deadline_words(last_day)}前完成整改，并将整改情况书面报送我局。", consequence(basis), APPEAL),
            bureau=bureau, date=chinese_date(issued_on),
            qr_payload=f"greenmine:notice:{number}:inspection:{session.meta.uid}:sha256:{session.digest()}",
            service_slip=(("送达文书名称及文号", f"限期整改通知书 {number}"), ("受送达人", company),
                          ("送达地点", mine.address if mine else ""), ("送达方式", ""), ("受送达人签名或盖章", ""),
                          ("签收日期", "　　年　　月　　日"), ("送达人", ""), ("见证人", ""), ("备注", "")))

    return _issue(ws, session, "rectification", company, issued_on, letter, (last_day, days, working), actor)


def issue_referral_letters(ws: Workspace, inspection_id: int, issued_on: date | None = None,
                           actor: str | None = None) -> list[Issued]:
    """One letter for each department that owns a finding."""
    session = _signed_session(ws, inspection_id)
    by_department: dict[str, list[str]] = {}
    for item in session.template.items:
        finding = session.findings.get(item.id)
        if finding and finding.department:
            by_department.setdefault(finding.department, []).append(item.id)
    if not by_department:
        raise UserError("referral_nothing")
    issued_on = issued_on or clock.today()
    mine = mine_by_licence(ws, session.header.mine_licence)
    mine_name = mine.name if mine else session.header.mine_licence
    county, bureau = ws.meta("county") or "", ws.meta("bureau") or ""
    referral = order_province(ws).referral_basis()
    issued = []
    for department, item_ids in sorted(by_department.items()):
        addressee = county + DEPARTMENT_BUREAU[department]
        rows: list[tuple[str, ...]] = [("序号", "发现的问题", "现场情况", "照片")]
        for n, item_id in enumerate(item_ids, start=1):
            photos = sum(1 for i in session.photos.values() if i == item_id)
            rows.append((str(n), session.template.item(item_id).text, session.notes.get(item_id, "—"), f"{photos} 张"))

        def letter(number: str, addressee: str = addressee, rows: tuple = tuple(rows),
                   department: str = department) -> OfficialLetter:
            label = vocab.label(vocab.DEPARTMENT, department, "zh_CN")
            return OfficialLetter(
                title="移送函", number=number, addressee=f"{addressee}：",
                paragraphs=(_visit(session, mine_name) + f"检查中发现以下问题属于{label}职责范围。"
                            + (f"{referral}，现移送贵单位依法处理：" if referral else "现移送贵单位依法处理："),),
                table=rows, closing=("现场检查记录及照片可向我局调取。请依法处理，并将处理结果函告我局。",),
                bureau=bureau, date=chinese_date(issued_on),
                qr_payload=f"greenmine:referral:{number}:inspection:{session.meta.uid}:sha256:{session.digest()}")

        issued.append(_issue(ws, session, "referral", addressee, issued_on, letter, None, actor))
    return issued
