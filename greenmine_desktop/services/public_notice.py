"""The public results notice (抽查结果公示) of a draw: for each drawn mine, when it was
checked, by whom, the result, the rectification ordered, and the follow-up of earlier
orders. As a PDF and as a CSV for the publicity platforms.

"One public" publishes no personal data beyond the inspectors' names and badge numbers:
the mines' legal representatives, on-site representatives and witnesses stay out.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from greenmine_desktop import clock
from greenmine_desktop.documents.public_notice import PublicNoticeDoc, build_public_notice
from greenmine_desktop.domain.chinese_dates import chinese_date
from greenmine_desktop.domain.draw_record import DrawRecord
from greenmine_desktop.files import WriteFailed, write_atomically
from greenmine_desktop.paths import login_name
from greenmine_desktop.services.draw_plans import load_draw
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.plan_results import checked_sessions, plan_check, publication_status
from greenmine_desktop.store import audit
from greenmine_desktop.store.documents import documents_for, notices_before
from greenmine_desktop.store.inspectors import inspector_names
from greenmine_desktop.store.mines import mine_party
from greenmine_desktop.store.workspace import Workspace
from greenmine_desktop.tabular import safe_row

COLUMNS = ("序号", "矿山名称", "采矿许可证号", "采矿权人", "检查日期", "检查人员", "检查结果", "发现问题",
           "整改通知书", "整改期限", "以往整改情况")
VERDICT = {"pass": "合格", "fail": "不合格", "incomplete": "检查未完成"}


@dataclass(frozen=True)
class PublicRow:
    values: tuple[str, ...]  # in COLUMNS order


@dataclass(frozen=True)
class PublicNotice:
    csv_path: Path
    publish_by: date | None  # 20 working days after the first check no publication covers yet
    publish_by_provisional: bool = False  # reaches a year whose holiday schedule is not entered yet


def public_rows(ws: Workspace, record: DrawRecord, sessions: list[InspectionSession]) -> list[PublicRow]:
    """One row per drawn mine, with its check (``sessions``, as the statistics count them:
    the first one after the draw; a re-inspection of a rectification is not a new check)."""
    names = inspector_names(ws)
    checks = {session.header.mine_licence: session for session in sessions}
    rows = []
    for number, result in enumerate(record.result, start=1):
        licence = result.licence_no
        mine = mine_party(ws, licence)
        team = "、".join(f"{names.get(b, b)}（{b}）" for b in result.team)
        checked, verdict, findings, notice, deadline = "—", "尚未检查", "—", "—", "—"
        session = checks.get(licence)
        if session is not None:
            checked = session.header.started_at[:10]
            team = "、".join(f"{m.name}（{m.badge_no}）" for m in session.header.team)
            verdict = VERDICT[session.score().verdict.value]
            findings = f"{len(session.findings)} 项"
            issued = documents_for(ws, "rectification", session.meta.uid)
            if issued:
                last = issued[-1]
                notice = last.number
                deadline = (last.deadline.isoformat() if last.deadline else "—") + (
                    "（暂定）" if last.deadline_provisional else "")
        earlier = notices_before(ws, licence, record.drawn_on)
        follow_up = "；".join(f"{d.number}（期限 {d.deadline}）" for d in earlier) or "—"
        rows.append(PublicRow((str(number), mine.name if mine else "", licence, mine.company if mine else "",
                               checked, team, verdict, findings, notice, deadline, follow_up)))
    return rows


def export_public_notice(ws: Workspace, record_sha256: str, pdf_path: Path,
                         actor: str | None = None, written_on: date | None = None) -> PublicNotice:
    """Write the notice as ``pdf_path`` and the same table beside it as CSV (UTF-8 with a
    byte-order mark, as Excel in China opens it); returns the CSV's path and the day the
    notice must be out by."""
    record = load_draw(ws, record_sha256)
    sessions = checked_sessions(ws, record)
    rows = public_rows(ws, record, sessions)
    bureau = ws.meta("bureau") or ""
    title = f"{bureau}双随机抽查结果公示"
    drawn = chinese_date(record.drawn_on)
    lead = (f"根据“双随机、一公开”监管要求，我局于{drawn}按抽查计划“{record.plan}”"
            f"随机抽取矿山 {len(rows)} 座及检查人员开展检查（抽取记录哈希 {record_sha256[:16]}），结果公示如下：")
    written_on = written_on or clock.today()
    doc = PublicNoticeDoc(title, bureau, lead, COLUMNS, tuple(r.values for r in rows), record_sha256,
                          chinese_date(written_on))
    write_atomically(pdf_path, lambda stream: build_public_notice(doc, stream), create_folder=False)
    csv_path = pdf_path.with_suffix(".csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(safe_row(r.values) for r in rows)  # a mine name "=…" must not become a formula
    try:
        write_atomically(csv_path, lambda stream: stream.write(buffer.getvalue().encode("utf-8-sig")),
                         create_folder=False)
    except WriteFailed as exc:  # the PDF is there: say so, and what is missing
        raise WriteFailed("notice_csv_not_written", pdf=pdf_path, reason=exc.message("zh_CN"),
                          reason_en=exc.message("en")) from exc
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "public_notice", record_sha256, None, None,
                     {"pdf": pdf_path.name, "csv": csv_path.name, "mines": len(rows)})
    status = publication_status(ws, record, [plan_check(s) for s in sessions])
    return PublicNotice(csv_path, status.due, status.due_provisional)
