"""Exporting an inspection's report (现场检查记录) as a PDF into the workspace's reports/.

The data is gathered and worded here (in Chinese: the bureau's documents are Chinese),
photos come from their print-size copies (made two at a time when missing), and the file is
written under a temporary name and renamed, so a cancel leaves no half-written report.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image

from greenmine_desktop.documents.report import (
    ChecklistRow,
    MapData,
    ReportData,
    ReportPhoto,
    SignatureEntry,
    build_report,
)
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.checklist import Kind, Template
from greenmine_desktop.domain.chinese_dates import chinese_datetime
from greenmine_desktop.domain.scoring import Score, Status, Verdict
from greenmine_desktop.files import write_atomically
from greenmine_desktop.geo.photo_position import project
from greenmine_desktop.messages import Cancelled
from greenmine_desktop.paths import login_name
from greenmine_desktop.photos.print_copy import prepare_print_copies, print_copy
from greenmine_desktop.services import Progress
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.photo_checks import CheckedPhoto
from greenmine_desktop.signing.pdf_signature import carries_signature
from greenmine_desktop.store import audit
from greenmine_desktop.store import photos as photo_store
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace

RESULT = {Status.passed: "符合", Status.failed: "不符合", Status.na: "不适用", Status.noted: "已记录",
          Status.unanswered: "未检查"}
VERDICT = {Verdict.passed: "通过", Verdict.failed: "不通过", Verdict.incomplete: "未完成（尚有未检查项）"}
BOUNDARY = {"inside": "范围内", "near": "边界附近", "outside": "范围外", "unchecked": "无法比对"}
FLAGS = {"no_gps": "无GPS", "outside": "超出矿区范围", "near": "靠近边界", "boundary_unchecked": "坐标系无法比对",
         "outside_time": "拍摄时间不在检查时段", "camera_time": "相机本地时间", "edited": "经过编辑",
         "reused": "同一场景已用于其他检查", "metadata_unreadable": "元数据无法读取", "placed_by_hand": "手动定位",
         "gps_invalid": "GPS无效"}


def report_path(ws: Workspace, session: InspectionSession) -> Path:
    date = session.header.started_at[:10]
    return ws.folder / "reports" / f"检查记录-{session.header.mine_licence}-{date}-第{session.meta.revision}版.pdf"


def export_report(ws: Workspace, inspection_id: int, out: Path | None = None, actor: str | None = None,
                  progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> Path:
    session = InspectionSession(ws, inspection_id)
    kept = report_path(ws, session)
    if out is None and session.meta.status != "open" and carries_signature(kept):
        return kept  # the frozen record, digitally signed: that file is the record, never written over
    data = report_data(ws, session, progress, cancelled)
    target = write_atomically(out or kept, lambda stream: build_report(data, stream), create_folder=out is None)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "inspection_report", session.meta.uid, None, None,
                     {"file": target.name, "content_sha256": session.digest()})
    return target


def prepare_report_photos(workspace_folder: Path, inspection_id: int,
                          cancelled: Callable[[], bool] = lambda: False) -> int:
    """Make the print-size copies of an inspection's photos ahead of its report (the GUI
    runs this quietly after photos are added); returns how many were made."""
    with Workspace.open(workspace_folder) as ws:
        stored = [photo_store.load_photo(ws, sha256) for sha256, _ in photo_store.links(ws, inspection_id)]
    return prepare_print_copies(workspace_folder, ((p.stored_as, p.meta.sha256) for p in stored if p), cancelled)


def _print_photo(ws: Workspace, checked: CheckedPhoto) -> ReportPhoto:
    jpeg = print_copy(ws.folder, checked.photo.stored_as, checked.photo.meta.sha256)
    with Image.open(io.BytesIO(jpeg)) as image:
        return ReportPhoto(jpeg, image.width, image.height, ())


def report_data(ws: Workspace, session: InspectionSession, progress: Progress | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> ReportData:
    header, meta, template = session.header, session.meta, session.template
    mine = mine_by_licence(ws, header.mine_licence)
    score = session.score()
    checked = session.checked_photos()
    photos = []
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(_print_photo, ws, c) for c in checked]
        for number, (entry, future) in enumerate(zip(checked, futures, strict=True), start=1):
            if cancelled():
                for pending in futures:
                    pending.cancel()
                raise Cancelled()
            printed = future.result()
            photos.append(ReportPhoto(printed.jpeg, printed.width, printed.height,
                                      _caption(number, entry, session)))
            if progress:
                progress(number, len(checked))
    digest = session.digest()
    status = {"open": "检查中（未签字）", "signed": "已签字", "superseded": "已被新版本取代"}[meta.status]
    rows = (
        ("矿山名称", mine.name if mine else ""), ("采矿许可证号", header.mine_licence),
        ("采矿权人", mine.company if mine else ""), ("统一社会信用代码", mine.credit_code if mine else ""),
        ("检查时间", chinese_datetime(header.started_at)), ("检查地点", header.place or "—"),
        ("检查人员", "、".join(f"{m.name}（执法证号 {m.badge_no}）" for m in header.team)),
        ("企业现场负责人", f"{header.representative} {header.representative_title}".strip()),
        ("检查表", f"{template.title}（版本 {template.version.removesuffix('-provisional')}"
                   f"{'，试行版' if template.provisional else ''}）"),
        ("记录编号", f"{meta.uid}（第 {meta.revision} 版，{status}）"),
    )
    return ReportData(
        title="现场检查记录", bureau=ws.meta("bureau") or "",
        reference=f"记录 {meta.uid[:8]} 第{meta.revision}版 · 内容摘要 {digest[:12]}",
        qr_payload=f"greenmine:inspection:{meta.uid}:r{meta.revision}:sha256:{digest}",
        header=rows, verdict=VERDICT[score.verdict], verdict_lines=_verdict_lines(score, session),
        group_rows=_group_rows(score), checklist=_checklist(score, session), findings=_findings(session),
        photos=tuple(photos), map=_map(mine, checked) if mine else None, signatures=_signatures(session),
        notes=_notes(template))


def _notes(template: Template) -> tuple[str, ...]:
    """The checklist's basis, and for a trial (provisional) checklist what that means for
    this record: its scoring awaits the official text, the facts recorded stand. (The
    reasons a template is provisional stay in the template and the app, not on paper the
    mine signs.)"""
    notes = [f"检查表依据：{template.source}"]
    if template.provisional:
        notes.append("注：本检查表为试行版，评分细则待与正式发布的文本核对后定稿；本记录所载现场检查事实"
                     "及发现的问题不受影响，整改依据以整改通知书所引规定为准。")
    return tuple(notes)


def _verdict_lines(score: Score, session: InspectionSession) -> tuple[str, ...]:
    lines = []
    scoring = session.template.scoring
    if score.pass_mark is not None and scoring is not None:
        if score.possible < scoring.total:  # items left out of the maximum; the pass mark scales with it
            reasons = []
            for status, reason in ((Status.na, "不适用"), (Status.noted, "无评分标准，只记录、不计分")):
                out = [o for o in score.outcomes if o.item.points and not o.possible and o.status == status]
                if out:
                    names = "、".join(o.item.text.split("（")[0] for o in out)
                    reasons.append(f"{names} {len(out)} 项（共 {sum(o.item.points or 0 for o in out):g} 分）{reason}")
            lines.append(f"总分 {score.earned:g} 分（适用项满分 {score.possible:g}，按比例通过线 {score.pass_mark:g}；"
                         f"检查表满分 {scoring.total:g}、通过线 {scoring.pass_total:g}；{'；'.join(reasons)}）")
        else:
            lines.append(f"总分 {score.earned:g} / {score.possible:g} 分，通过线 {score.pass_mark:g} 分")
    if score.veto_failed:
        lines.append("先决条件不符合：" + "、".join(session.template.item(i).text for i in score.veto_failed))
    lines.append(f"发现问题 {len(session.findings)} 项")
    return tuple(lines)


def _group_rows(score: Score) -> tuple[tuple[str, ...], ...]:
    scored = [g for g in score.groups if g.possible]
    if not scored:
        return ()
    return (("指标", "得分", "得分率", "最低要求", "达标"),) + tuple(
        (g.title, f"{g.earned:g} / {g.possible:g}", f"{(g.ratio or 0):.0%}", f"{g.min_ratio:.0%}",
         "是" if g.meets_minimum else "否") for g in scored)


def _value_text(session: InspectionSession, item_id: str) -> str:
    item, value = session.template.item(item_id), session.answers.get(item_id)
    if value is None or value == "na" or item.kind in (Kind.pass_fail,):
        return ""
    if item.kind == Kind.choice:
        return next((o.label for o in item.options if o.id == value), str(value))
    if item.kind == Kind.points:
        return f"{value:g} / {item.points:g} 分"
    return f"{value:g} {item.unit}" if isinstance(value, int | float) else str(value)


def _checklist(score: Score, session: InspectionSession) -> tuple[tuple[str, tuple[ChecklistRow, ...]], ...]:
    outcomes = {o.item.id: o for o in score.outcomes}
    groups, number = [], 0
    for group in session.template.groups:
        rows = []
        for item in group.items:
            number += 1
            rows.append(ChecklistRow(str(number), item.text, RESULT[outcomes[item.id].status],
                                     _value_text(session, item.id), session.notes.get(item.id, "")))
        groups.append((group.title, tuple(rows)))
    return tuple(groups)


def _findings(session: InspectionSession) -> tuple[tuple[str, str, str, str], ...]:
    order = [i.id for i in session.template.items if i.id in session.findings]
    return tuple((str(n), session.template.item(i).text, session.findings[i].requirement,
                  vocab.label(vocab.DEPARTMENT, session.findings[i].department, "zh_CN"))
                 for n, i in enumerate(order, start=1))


def _caption(number: int, checked: CheckedPhoto, session: InspectionSession) -> tuple[str, ...]:
    meta, photo = checked.photo.meta, checked.photo
    item = session.template.item(checked.item_id).text if checked.item_id else "整体情况"
    where = "无位置"
    if photo.position:
        where = f"{photo.position[0]:.6f}, {photo.position[1]:.6f}" + ("（手动定位）" if photo.placed_by_hand else "")
    boundary = BOUNDARY[checked.boundary.status] if checked.boundary else "未核对"
    if checked.boundary and checked.boundary.distance_m:
        boundary += f"，距范围 {checked.boundary.distance_m:.0f} 米"
    flags = "、".join(FLAGS[f.value] for f in checked.flags if f.value not in ("placed_by_hand",))
    taken = chinese_datetime(meta.taken_at[:16]) if meta.taken_at else "未知"
    return (f"照片 {number}　{item}", f"拍摄时间 {taken}　位置 {where}",
            f"矿区范围：{boundary}　SHA-256 {meta.sha256[:12]}" + (f"　核查：{flags}" if flags else ""))


def _map(mine, checked: list[CheckedPhoto]) -> MapData:
    parts = tuple(tuple((c.y, c.x) for c in part.corners) for part in mine.parts)
    corners = tuple((c.no, c.y, c.x) for part in mine.parts for c in part.corners)
    points = []
    for number, entry in enumerate(checked, start=1):
        if entry.photo.position and entry.boundary is not None:
            easting, northing = project(mine.epsg, *entry.photo.position)
            status = "hand" if entry.photo.placed_by_hand else entry.boundary.status
            points.append((number, easting, northing, status))
    return MapData(parts, corners, tuple(points))


def _signatures(session: InspectionSession) -> tuple[SignatureEntry, ...]:
    signed = {(s.role, s.person): s for s in session.signatures}
    entries = []
    for member in session.header.team:
        present = ("inspector", member.name) in signed
        entries.append(SignatureEntry("检查人员", f"{member.name}（{member.badge_no}）",
                                      session.signature_image("inspector", member.name) if present else None,
                                      "已签名" if present else "未签名"))
    rep = next((s for s in session.signatures if s.role == "representative"), None)
    if rep is None:
        entries.append(SignatureEntry("企业现场负责人", session.header.representative, None, "未签名"))
    elif rep.refused:
        entries.append(SignatureEntry("企业现场负责人", rep.person, None, f"拒绝签字，见证人：{rep.witness}"))
    else:
        entries.append(SignatureEntry("企业现场负责人", rep.person, session.signature_image("representative",
                                                                                           rep.person), "已签名"))
    return tuple(entries)
