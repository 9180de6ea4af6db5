"""The whole loop on files: county → assignment package → field laptop → inspection with
photos and a signed report → return package → county import; and imports refused with
the county's data unchanged."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta

import pytest

from greenmine_desktop import clock
from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import write_package
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, export_assignment, open_assignment
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.draw_plans import run_plan
from greenmine_desktop.services.inspections import InspectionSession, start_inspection
from greenmine_desktop.services.pdf_signing import pdf_problems, sign_document
from greenmine_desktop.services.report_export import export_report
from greenmine_desktop.services.returns import export_return, import_returns
from greenmine_desktop.services.workspace_check import check_workspace, content_hash
from greenmine_desktop.signing.ca import create_root, from_pkcs12
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import full_marks_answer, signature_png
from tests.photo_factory import lat_lon, write_jpeg

ROOT_PASS, P12_PASS = "县局根证书口令2026", "inspector-pass-1"


@pytest.fixture
def loop(demo_folder, tmp_path):
    """County with a CA and a draw; team 1's first inspector holds a certificate."""
    county = Workspace.open(demo_folder)
    keys.create_county_ca(county, ROOT_PASS)
    record = run_plan(county, DEMO_PLAN.name, "07 12 19 23 28 31", "op", ("w",), datetime(2026, 11, 20, 9).astimezone())
    team = record.result[0].team
    p12 = tmp_path / "inspector.p12"
    keys.issue_inspector(county, team[0], ROOT_PASS, P12_PASS, p12)
    task = export_assignment(county, record.record_sha256, "1", tmp_path / "team1.gmtask", ROOT_PASS)
    yield county, record, p12, task, tmp_path
    county.close()


def finish_an_inspection(field: Workspace, tmp_path, p12, photos: int = 3, seed: int = 700) -> InspectionSession:
    assignment = latest_assignments(field)[0]
    members = tuple(TeamMember(*r) for r in field.conn.execute(
        "SELECT badge_no, name FROM inspector ORDER BY badge_no"))
    session = start_inspection(field, Header(assignment.licence_no, "green-mine-2020@2020.1-provisional",
                                             "2026-11-23T09:30", members, "赵代表"), members[0].name)
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), members[0].name)
    session.set_answer("env.tidy", 8, members[0].name)
    mine = session.ws.conn.execute("SELECT epsg FROM mine WHERE licence_no = ?", [assignment.licence_no]).fetchone()
    from greenmine_desktop.store.mines import mine_by_licence

    part = mine_by_licence(field, assignment.licence_no).parts[0]
    lat, lon = lat_lon(mine[0], sum(c.x for c in part.corners) / len(part.corners),
                       sum(c.y for c in part.corners) / len(part.corners))
    session.add_photos([write_jpeg(tmp_path / f"f{n}.jpg", seed=seed + n, lat=lat, lon=lon) for n in range(photos)],
                       "env.tidy", members[0].name)
    for member in members:
        session.sign("inspector", member.name, signature_png(1), member.name)
    session.sign("representative", "赵代表", signature_png(2), members[0].name)
    session.sign_off(members[0].name)
    report = export_report(field, session.id)
    sign_document(field, report, field.folder / "keys" / "inspector.p12", P12_PASS, "现场检查记录")
    return session


@pytest.fixture
def good_return(loop):
    """The county of ``loop`` and a valid return package from its team's finished laptop."""
    county, _, p12, task, tmp_path = loop
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    open_assignment(field, task)
    finish_an_inspection(field, tmp_path, p12)
    path = export_return(field, tmp_path / "good.gmreturn", P12_PASS)
    field.close()
    return county, path, tmp_path


def test_the_whole_loop(loop):
    county, record, p12, task, tmp_path = loop
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    assert open_assignment(field, task) is True and open_assignment(field, task) is False
    team_mines = {r.licence_no for r in record.result if r.team == record.result[0].team}
    assert {r[0] for r in field.conn.execute("SELECT licence_no FROM mine")} == team_mines  # only theirs
    assert {a.licence_no for a in latest_assignments(field)} == team_mines
    session = finish_an_inspection(field, tmp_path, p12)
    returned = export_return(field, tmp_path / "back.gmreturn", P12_PASS)
    before = content_hash(county)
    [result] = import_returns(county, [returned])
    assert result.result == "imported" and result.inspections == 1
    assert content_hash(county) != before
    imported = county.conn.execute("SELECT id, status FROM inspection WHERE uid = ?", [session.meta.uid]).fetchone()
    assert imported[1] == "signed"
    again = InspectionSession(county, imported[0])
    assert again.digest() == session.digest() and len(again.photos) == 3
    for sha in again.photos:
        stored = county.conn.execute("SELECT stored_as FROM photo WHERE sha256 = ?", [sha]).fetchone()[0]
        assert (county.folder / stored).is_file()
    [report] = (county.folder / "reports").glob("检查记录-*.pdf")
    assert pdf_problems(report, keys.root_certificate(county))[1] == []
    assert check_workspace(county)[0] == []
    # the same package again changes nothing and says so
    unchanged_hash = content_hash(county)
    assert import_returns(county, [returned])[0].result == "unchanged"
    assert content_hash(county) == unchanged_hash
    log = county.conn.execute("SELECT result FROM package_import ORDER BY id").fetchall()
    assert log == [("imported",), ("unchanged",)]
    field.close()


def test_a_revision_arrives_as_a_revision(loop):
    county, _, p12, task, tmp_path = loop
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    open_assignment(field, task)
    session = finish_an_inspection(field, tmp_path, p12)
    import_returns(county, [export_return(field, tmp_path / "one.gmreturn", P12_PASS)])
    revision = session.revise(session.header.team[0].name)
    revision.set_note("env.tidy", "复查补充", session.header.team[0].name)
    for member in revision.header.team:
        revision.sign("inspector", member.name, signature_png(3), member.name)
    revision.sign("representative", "赵代表", signature_png(3), member.name)
    revision.sign_off(member.name)
    [result] = import_returns(county, [export_return(field, tmp_path / "two.gmreturn", P12_PASS)])
    assert result.result == "imported" and result.inspections == 1
    rows = county.conn.execute("SELECT revision, status FROM inspection WHERE series = ? ORDER BY revision",
                               [session.meta.series]).fetchall()
    assert rows == [(1, "superseded"), (2, "signed")]
    field.close()


def _refused(county, package, code):
    before = content_hash(county)
    [result] = import_returns(county, [package])
    assert result.result == "refused" and result.problem.code == code
    assert content_hash(county) == before  # the bureau's data is untouched
    assert county.conn.execute("SELECT result FROM package_import ORDER BY id DESC LIMIT 1").fetchone() == ("refused",)


def test_refused_imports_leave_the_county_data_unchanged(loop, good_return):
    task = loop[3]
    county, good, tmp_path = good_return
    _refused(county, task, "package_wrong_kind")  # an assignment fed to the return import
    # tampered inside: a photo byte changed (the zip rebuilt so only the manifest can tell)
    tampered = tmp_path / "tampered.gmreturn"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("photos/"):
                data = data[:200] + bytes([data[200] ^ 1]) + data[201:]
            out.writestr(info.filename, data)
    _refused(county, tampered, "package_file_changed")
    # a revoked signer
    serial = county.conn.execute("SELECT serial FROM certificate").fetchone()[0]
    keys.revoke(county, serial, "调离")
    _refused(county, good, "package_signer_revoked")


def test_an_expired_certificate_is_refused(good_return, monkeypatch):
    county, good, _ = good_return
    later = clock.now() + timedelta(days=365 * 4)
    real = keys.trust_problem
    monkeypatch.setattr("greenmine_desktop.services.returns.trust_problem",
                        lambda ws, certificate: real(ws, certificate, later))
    _refused(county, good, "package_signer_expired")


def test_a_field_laptop_refuses_an_assignment_it_cannot_trust(loop):
    county, record, p12, task, tmp_path = loop
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    elsewhere = create_root("别县自然资源局")
    with zipfile.ZipFile(task) as archive:
        files = {n: archive.read(n) for n in archive.namelist() if n not in ("manifest.json", "manifest.sig",
                                                                               "chain.pem")}
    forged = write_package(tmp_path / "forged.gmtask", "assignment", {}, files, elsewhere, [elsewhere.certificate])
    with pytest.raises(UserError) as err:
        open_assignment(field, forged)
    assert err.value.code == "package_untrusted"
    county_badge = county.conn.execute("SELECT badge_no FROM certificate").fetchone()[0]
    keys.issue_inspector(county, county_badge, ROOT_PASS, P12_PASS, tmp_path / "again.p12")
    # an inspector of this county is trusted, but only the county itself sends tasks
    identity, chain = from_pkcs12((tmp_path / "again.p12").read_bytes(), P12_PASS)
    by_inspector = write_package(tmp_path / "by-inspector.gmtask", "assignment", {}, files, identity, chain)
    with pytest.raises(UserError) as err:
        open_assignment(field, by_inspector)
    assert err.value.code == "package_untrusted"
    with pytest.raises(UserError) as err:
        open_assignment(field, tmp_path / "nothing.gmtask")
    assert err.value.code == "file_unreadable"
    data = json.loads(files["data.json"])
    assert {m["licence_no"] for m in data["mines"]} <= {r.licence_no for r in record.result}
    assert "avoid" not in json.dumps(data)  # no avoidance lists leave the office
    field.close()


def test_package_commands(loop, monkeypatch, capsys):
    from greenmine_desktop.cli import main

    county, record, p12, _, tmp_path = loop
    monkeypatch.setenv("GREENMINE_PASSPHRASE", ROOT_PASS)
    monkeypatch.setenv("GREENMINE_P12_PASSPHRASE", P12_PASS)
    task = tmp_path / "cli.gmtask"
    assert main(["package", "export-assignment", "--workspace", str(county.folder), "--team", "1",
                 "--out", str(task)]) == 0
    field = tmp_path / "cli-field"
    assert main(["package", "open", str(task), "--workspace", str(field), "--p12", str(p12)]) == 0
    assert main(["package", "open", str(task), "--workspace", str(field)]) == 0
    assert "之前已经打开过" in capsys.readouterr().out
    with Workspace.open(field) as ws:
        finish_an_inspection(ws, tmp_path, p12)
    back = tmp_path / "cli.gmreturn"
    assert main(["package", "export-return", "--workspace", str(field), "--out", str(back)]) == 0
    assert main(["verify", str(back), "--workspace", str(county.folder)]) == 0
    assert "校验通过" in capsys.readouterr().out
    assert main(["package", "import", "--workspace", str(county.folder), str(back), str(task)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("cli.gmreturn\t已导入") and lines[1].startswith("cli.gmtask\t已拒绝")


@pytest.mark.parametrize("case", ["byte in data.json", "byte in the manifest", "a file added",
                                  "dot-dot path", "absolute path", "no signature"])
def test_every_tampered_return_leaves_the_county_unchanged(good_return, case):
    from tests.test_package_container import CASES, rewrite

    county, good, tmp_path = good_return
    edit, code = CASES[case]
    bad = rewrite(good, tmp_path / "bad.gmreturn", edit)
    _refused(county, bad, code)


def test_a_photo_or_pdf_byte_changed_in_a_real_return(good_return):
    from tests.test_package_container import flip, rewrite

    county, good, tmp_path = good_return
    with zipfile.ZipFile(good) as archive:
        names = archive.namelist()
    for prefix in ("photos/", "reports/"):
        name = next(n for n in names if n.startswith(prefix))
        bad = rewrite(good, tmp_path / f"bad-{prefix[:-1]}.gmreturn", lambda e, name=name: flip(e, name, 500))
        _refused(county, bad, "package_file_changed")
    photo = next(n for n in names if n.startswith("photos/"))
    removed = rewrite(good, tmp_path / "removed.gmreturn", lambda e: [x for x in e if x[0] != photo])
    _refused(county, removed, "package_file_missing")


def test_the_command_line_verifies_an_assignment_package_as_the_gui_does(loop, capsys):
    """Walkthrough: ``greenmine verify`` took PDFs and return packages but not the .gmtask
    a clerk sends out; it now checks it as 核验文件 does."""
    from greenmine_desktop.cli import main

    county, _record, _p12, task, tmp_path = loop
    assert main(["verify", str(task), "--workspace", str(county.folder)]) == 0
    out = capsys.readouterr().out
    assert "文件完好" in out and "本县根证书签发" in out
    data = bytearray(task.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "changed.gmtask").write_bytes(bytes(data))
    assert main(["verify", str(tmp_path / "changed.gmtask"), "--workspace", str(county.folder)]) == 1
    assert capsys.readouterr().err.strip()
    assert main(["verify", str(task)]) == 2
    assert "--workspace" in capsys.readouterr().err
