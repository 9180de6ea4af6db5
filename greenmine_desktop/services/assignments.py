"""Assignments out: the county signs a package for one drawn team (``.gmtask``), or for a
re-inspection it assigns directly to a team it chooses; the team's laptop opens it into
a field workspace after checking the county's signature.

A field workspace is made from the inspector's PKCS#12 file: the key stays in
``keys/inspector.p12`` (opened with its passphrase only when signing) and the county root
that came with it is the one root the laptop trusts.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from greenmine_desktop import clock
from greenmine_desktop.domain.draw import PoolInspector
from greenmine_desktop.domain.follow_up import TRANSITIONS, Action
from greenmine_desktop.domain.inspector import Inspector
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.files import write_atomically, write_private
from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import read_package, write_package
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import basemap, holiday_schedule
from greenmine_desktop.services.checklists import find_template, template_folder
from greenmine_desktop.services.draw_plans import load_record
from greenmine_desktop.services.keys import ROOT_CERT, root_certificate, unlock_root
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store import audit
from greenmine_desktop.store.documents import documents_for
from greenmine_desktop.store.draws import plan_template
from greenmine_desktop.store.follow_ups import add_recheck_task, follow_up
from greenmine_desktop.store.inspections import inspection_template, record_opened, signed_findings, was_opened
from greenmine_desktop.store.inspectors import list_inspectors, upsert_inspectors
from greenmine_desktop.store.mines import mine_by_licence, upsert_mines
from greenmine_desktop.store.workspace import Workspace, now_iso

INSPECTOR_P12 = "inspector.p12"


def teams(record: dict) -> list[tuple[str, ...]]:
    """The distinct teams of a draw, in the order they first appear (team 1, 2, …)."""
    seen: list[tuple[str, ...]] = []
    for row in record["result"]:
        team = tuple(row["team"])
        if team not in seen:
            seen.append(team)
    return seen


def _team(record: dict, team: str) -> tuple[str, ...]:
    """``team`` is a team number from :func:`teams` or its badge numbers, comma-separated."""
    known = teams(record)
    if team.isdigit() and 1 <= int(team) <= len(known):
        return known[int(team) - 1]
    wanted = tuple(sorted(b.strip() for b in team.split(",") if b.strip()))
    match = next((t for t in known if tuple(sorted(t)) == wanted), None)
    if match is None:
        raise UserError("package_no_team", team=team)
    return match


def _earlier(ws: Workspace, licences: list[str]) -> list[dict]:
    """Earlier findings and rectification orders of these mines, for the team to follow up."""
    earlier = signed_findings(ws, licences)
    orders = {}
    for uid in {e.inspection_uid for e in earlier}:
        if notices := documents_for(ws, "rectification", uid):
            last = notices[-1]
            orders[uid] = f"{last.number}，期限 {last.deadline.isoformat() if last.deadline else '—'}"
    return [{"licence_no": e.mine_licence, "inspection": e.inspection_uid, "checked_on": e.started_at[:10],
             "item_id": e.finding.item_id, "requirement": e.finding.requirement, "department": e.finding.department,
             "order": orders.get(e.inspection_uid, "")} for e in earlier]


def export_assignment(ws: Workspace, record_sha256: str, team: str, out: Path, root_passphrase: str,
                      actor: str | None = None) -> Path:
    """Sign and write the package for one team of a draw: its mines only, the team, the
    checklist template, earlier findings of those mines, and the county's certificate."""
    record = load_record(ws, record_sha256)
    badges = _team(record, team)
    licences = [r["licence_no"] for r in record["result"] if tuple(r["team"]) == badges]
    template = find_template(plan_template(ws, record["plan"]) or "green-mine-2020")
    draw = {"record_sha256": record_sha256, "plan": record["plan"], "drawn_at": record["drawn_at"]}
    return _write_assignment(ws, draw, badges, licences, template.key, out, root_passphrase, actor or login_name(),
                             record_sha256)


def export_recheck(ws: Workspace, follow_up_id: int, badges: list[str], out: Path, root_passphrase: str,
                   actor: str | None = None) -> Path:
    """Sign and write a re-inspection package for a rectification case, assigned directly
    (not drawn): the case's mine, a team the clerk chose (two or more active inspectors,
    none of whom must avoid the mine or its company), the checklist of the first check.
    The signed re-inspection comes back in a return package and is linked to the case."""
    case = follow_up(ws, follow_up_id)
    if case.kind != "rectification" or case.state not in TRANSITIONS["rectification"][Action.recheck][0]:
        raise UserError("recheck_not_due")
    mine = mine_by_licence(ws, case.mine_licence)
    if mine is None:
        raise UserError("follow_up_no_mine", licence=case.mine_licence)
    team = {p.badge_no: p for p in list_inspectors(ws) if p.badge_no in badges and p.active}
    if len(team) < 2 or len(team) != len(set(badges)):
        raise UserError("recheck_team_small")
    for person in team.values():
        pool = PoolInspector.from_inspector(person)
        if mine.licence_no in pool.avoid_mines or mine.credit_code in pool.avoid_companies:
            raise UserError("recheck_avoidance", name=person.name, badge=person.badge_no)
    written_at = now_iso()
    draw = {"record_sha256": "", "plan": f"复查：{case.document_number or case.mine_name}", "drawn_at": written_at,
            "recheck_of": case.id}
    template = inspection_template(ws, case.inspection_uid)
    path = _write_assignment(ws, draw, tuple(sorted(team)), [mine.licence_no], template, out, root_passphrase,
                             actor or login_name(), f"follow_up:{case.id}")
    with ws.transaction():  # the task says so: its inspection comes back as this case's re-check
        add_recheck_task(ws, case.id, mine.licence_no, sorted(team), find_template(template).key, written_at)
    return path


def _write_assignment(ws: Workspace, draw: dict, badges: tuple[str, ...], licences: list[str], template_key: str,
                      out: Path, root_passphrase: str, actor: str, basis: str) -> Path:
    mines = [m.to_data() for m in (mine_by_licence(ws, licence) for licence in licences) if m]
    people = [{"badge_no": p.badge_no, "name": p.name, "unit": p.unit} for p in list_inspectors(ws)
              if p.badge_no in badges]
    template = find_template(template_key)
    data = {"county": {k: ws.meta(k) for k in ("county", "county_code", "bureau", "id")}, "draw": draw,
            "template": template.key, "team": people, "mines": mines, "earlier": _earlier(ws, licences),
            "holidays": holiday_schedule.for_package(ws, clock.today().year - 1)}
    template_file = template_folder() / f"{template.id}.json"
    root = unlock_root(ws, root_passphrase)
    path = write_package(out, "assignment", {"county": ws.meta("county"), "team": list(badges)},
                         {"data.json": json.dumps(data, ensure_ascii=False).encode("utf-8"),
                          f"templates/{template.id}.json": template_file.read_bytes(),
                          **basemap.package_files(ws.folder, [Mine.from_data(m) for m in mines])},
                         root, [root.certificate])
    with ws.transaction():
        audit.append(ws.conn, actor, "export", "assignment", basis, None, None,
                     {"file": out.name, "team": list(badges), "mines": licences})
    return path


def create_field_workspace(folder: Path, p12: Path, passphrase: str) -> Workspace:
    """A field workspace for the holder of ``p12``: their key and the county root."""
    identity, chain = from_pkcs12(p12.read_bytes(), passphrase)
    if not chain:
        raise UserError("pkcs12_incomplete")
    ws = Workspace.create(folder, "field")
    key_file = p12.read_bytes()
    write_private(ws.folder / "keys" / INSPECTOR_P12, lambda stream: stream.write(key_file))
    root_pem = chain[-1].public_bytes(serialization.Encoding.PEM)
    write_atomically(ws.folder / "keys" / ROOT_CERT, lambda stream: stream.write(root_pem))
    badge = identity.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    with ws.transaction():
        ws.set_meta({"inspector_badge": str(badge)})
    return ws


def open_assignment(ws: Workspace, path: Path, actor: str | None = None) -> bool:
    """Check the county's signature and bring the assignment in; False when it already was."""
    root = root_certificate(ws)
    package = read_package(path, root, "assignment")
    if package.signer != root:
        raise UserError("package_untrusted", file=path.name)
    if was_opened(ws, package.sha256):
        return False
    try:
        data = json.loads(package.files["data.json"])
        mines = [Mine.from_data(m) for m in data["mines"]]
        team = [Inspector(p["badge_no"], p["name"], p["unit"]) for p in data["team"]]
        record_sha256, plan, template = str(data["draw"]["record_sha256"]), str(data["draw"]["plan"]), \
            str(data["template"])
        earlier, county = data["earlier"], {str(k): str(v) for k, v in dict(data["county"]).items() if v}
    except (KeyError, ValueError, TypeError, AttributeError) as exc:  # signed by the county, but not what we write
        raise UserError("assignment_data_bad", problem=f"{type(exc).__name__} {exc}"[:80]) from exc
    holder = ws.meta("inspector_badge")
    if holder and holder not in {p.badge_no for p in team}:
        raise UserError("assignment_not_my_team", team="、".join(p.name for p in team), badge=holder)
    find_template(template)  # this program must carry the checklist the county chose
    with ws.transaction():
        upsert_mines(ws, mines, actor or login_name(), f"任务包 {path.name}")
        upsert_inspectors(ws, team)
        record_opened(ws, package.sha256, record_sha256, plan, template.partition("@")[0], team,
                      [m.licence_no for m in mines], earlier)
        holiday_schedule.from_package(ws, data.get("holidays", []))  # issue 17: the county's holiday schedule
        ws.set_meta({key: value for key, value in county.items() if key != "id"})
        audit.append(ws.conn, actor or login_name(), "import", "assignment", package.sha256, None, None,
                     {"file": path.name, "mines": [m.licence_no for m in mines]})
    basemap.keep_from_package(ws.folder, package.sha256, package.files)
    return True
