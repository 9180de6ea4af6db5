"""The county trusts its own records, never a return package's claims (issue 15).

Each attack is a package a hostile inspector builds: team 1's real data, changed, and
signed again with team 1's real, valid inspector key. Each must be refused with its
sentence, leave every table but the import log as it was, and leave no file behind.
"""

from __future__ import annotations

import copy
import json
import uuid
import zipfile
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from greenmine_desktop import clock
from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import write_package
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, open_assignment
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.services.workspace_check import check_workspace
from greenmine_desktop.signing import ca
from greenmine_desktop.store.workspace import Workspace
from tests.return_factory import (
    P12_PASS,
    ROOT_PASS,
    build_world,
    data_of,
    dump,
    files_in,
    reseal,
    signed,
    with_data,
)


@pytest.fixture(scope="module")
def world(demo_template, tmp_path_factory):
    return build_world(demo_template, tmp_path_factory.mktemp("world"))


@pytest.fixture
def county(world, tmp_path):
    return world.county(tmp_path / "county")


def refused(county_folder, package, code, *words):
    """Import ``package``: refused with ``code`` (its sentence holding ``words``), the
    county's data and files as they were, the try in the import log with that sentence."""
    before, files = dump(county_folder), files_in(county_folder)
    with Workspace.open(county_folder) as ws:
        [result] = import_returns(ws, [package])
        log = ws.conn.execute("SELECT result, reason FROM package_import ORDER BY id DESC LIMIT 1").fetchone()
    assert result.result == "refused", result
    assert result.problem.code == code, result.problem
    sentence = result.problem.message("zh_CN")
    assert all(word in sentence for word in words), sentence
    assert log == ("refused", sentence)
    assert dump(county_folder) == before
    assert files_in(county_folder) == files
    return result.problem


def changed(world, tmp_path, edit, name="bad.gmreturn"):
    """Team 1's package with ``edit(inspection, data)`` applied to its data, signed again."""
    data = data_of(world.files)
    edit(data["inspections"][0], data)
    return signed(world, tmp_path / name, with_data(world.files, data))


def other_inspection(world):
    with zipfile.ZipFile(world.other) as archive:
        return json.loads(archive.read("data.json"))["inspections"][0]


def test_the_good_package_imports_and_a_second_time_changes_nothing(world, county):
    with Workspace.open(county) as ws:
        [first] = import_returns(ws, [world.good])
        assert first.result == "imported" and first.inspections == 1
        before = dump(county)
        assert import_returns(ws, [world.good])[0].result == "unchanged"
        assert dump(county) == before
        assert check_workspace(ws)[0] == []
        stored = ws.conn.execute("SELECT stored_as FROM photo").fetchall()
    assert stored and all((county / s).is_file() for (s,) in stored)
    assert not (county / "staging").exists() or not any((county / "staging").iterdir())


# --------------------------------------------------------------------------- signed, hostile


def test_another_teams_inspection_cannot_be_marked_superseded(world, county, tmp_path):
    victim = other_inspection(world)

    def supersede(inspection, data):
        hidden = copy.deepcopy(victim)
        hidden["status"] = "superseded"
        for signature in hidden["signatures"]:
            signature.pop("image", None)
        data["inspections"].append(hidden)

    refused(county, changed(world, tmp_path, supersede), "return_signer_not_team", victim["uid"][:8])
    with Workspace.open(county) as ws:
        assert ws.conn.execute("SELECT status FROM inspection WHERE uid = ?", [victim["uid"]]).fetchone() == ("signed",)


def test_another_teams_inspection_cannot_be_claimed_for_this_team(world, county, tmp_path):
    victim = other_inspection(world)
    mine = data_of(world.files)["inspections"][0]

    def claim(inspection, data):
        hidden = copy.deepcopy(victim)
        hidden["team"] = mine["team"]  # the signer put on the other team's record
        hidden["status"] = "superseded"
        for signature in hidden["signatures"]:
            signature.pop("image", None)
        data["inspections"].append(hidden)

    refused(county, changed(world, tmp_path, claim), "return_differs", victim["uid"][:8])


def test_a_revision_of_another_teams_series_is_refused(world, county, tmp_path):
    victim = other_inspection(world)

    def revise(inspection, data):
        inspection["uid"], inspection["series"], inspection["revision"] = str(uuid.uuid4()), victim["series"], 2
        reseal(inspection)

    refused(county, changed(world, tmp_path, revise), "return_series_foreign")
    with Workspace.open(county) as ws:
        assert ws.conn.execute("SELECT status FROM inspection WHERE uid = ?", [victim["uid"]]).fetchone() == ("signed",)


def test_signed_without_a_signed_digest_is_refused(world, county, tmp_path):
    def no_digest(inspection, data):
        inspection["signed_sha256"] = None

    refused(county, changed(world, tmp_path, no_digest), "return_bad_status", "signed")


@pytest.mark.parametrize("status", ["open", "approved"])
def test_a_status_the_field_cannot_set_is_refused(world, county, tmp_path, status):
    def set_status(inspection, data):
        inspection["status"] = status

    refused(county, changed(world, tmp_path, set_status), "return_bad_status", status)


def test_a_mine_never_assigned_to_the_team_is_refused(world, county, tmp_path):
    theirs = other_inspection(world)["mine_licence"]

    def elsewhere(inspection, data):
        inspection["mine_licence"] = theirs
        reseal(inspection)

    refused(county, changed(world, tmp_path, elsewhere), "return_not_assigned", theirs)


def test_a_co_inspector_who_never_signed_is_refused(world, county, tmp_path):
    second = json.loads(data_of(world.files)["inspections"][0]["team"])[1]["name"]

    data = data_of(world.files)
    inspection = data["inspections"][0]
    [gone] = [s for s in inspection["signatures"] if s["person"] == second]
    inspection["signatures"].remove(gone)
    reseal(inspection)
    files = {k: v for k, v in with_data(world.files, data).items() if k != gone["image"]}
    refused(county, signed(world, tmp_path / "u.gmreturn", files), "return_signature_missing", second)


def test_a_signature_for_other_content_is_refused(world, county, tmp_path):
    def stale(inspection, data):
        reseal(inspection)
        inspection["signatures"][0]["content_sha256"] = "0" * 64

    refused(county, changed(world, tmp_path, stale), "return_signature_missing")


def test_a_licence_not_in_the_register_is_refused(world, county, tmp_path):
    def unknown(inspection, data):
        inspection["mine_licence"] = "C6200002099010000000000"
        reseal(inspection)

    refused(county, changed(world, tmp_path, unknown), "return_mine_unknown", "C6200002099010000000000")


def test_a_team_member_the_register_does_not_know_is_refused(world, county, tmp_path):
    def stranger(inspection, data):
        team = json.loads(inspection["team"])
        team[1]["name"] = "冒名者"
        inspection["team"] = json.dumps(team, ensure_ascii=False)
        reseal(inspection)

    refused(county, changed(world, tmp_path, stranger), "return_member_unknown")


@pytest.mark.parametrize(("value", "item_kind"), [("0", "pass_fail"), ('"pass"', "points"), ("1e9", "points"),
                                                  ('"nope"', "choice")])
def test_an_answer_that_does_not_fit_its_item_is_refused(world, county, tmp_path, value, item_kind):
    from greenmine_desktop.services.checklists import find_template

    def wrong(inspection, data):
        template = find_template(inspection["template"])
        item = next(i for i in template.items if i.kind == item_kind)
        answer = next(a for a in inspection["answers"] if a["item_id"] == item.id)
        answer["value"] = value
        reseal(inspection)

    problem = refused(county, changed(world, tmp_path, wrong), "return_bad_answer")
    assert problem.params["value"] == str(json.loads(value))


def test_an_unknown_template_or_item_is_refused(world, county, tmp_path):
    def template(inspection, data):
        inspection["template"] = "green-mine-2020@2099.1"
        reseal(inspection)

    refused(county, changed(world, tmp_path, template), "return_template_unknown", "2099.1")

    def item(inspection, data):
        inspection["answers"].append({"item_id": "made.up", "value": '"pass"', "note": "", "updated_at": "x"})
        reseal(inspection)

    refused(county, changed(world, tmp_path, item, "item.gmreturn"), "return_unknown_item", "made.up")


def test_a_finding_on_a_passed_item_is_refused(world, county, tmp_path):
    def finding(inspection, data):
        passed = next(a["item_id"] for a in inspection["answers"] if a["value"] == '"pass"')
        inspection["findings"].append({"item_id": passed, "requirement": "整改", "department": ""})
        reseal(inspection)

    refused(county, changed(world, tmp_path, finding), "return_bad_finding")


def test_photo_keys_never_become_sql(world, county, tmp_path):
    def inject(inspection, data):
        data["photos"][0]["software) SELECT group_concat(target) FROM inspector_avoidance --"] = "x"

    refused(county, changed(world, tmp_path, inject), "return_data_bad", "photos.0")


def test_wrong_types_in_the_data_are_refused(world, county, tmp_path):
    def text_revision(inspection, data):
        inspection["revision"] = "1"

    refused(county, changed(world, tmp_path, text_revision), "return_data_bad", "inspections.0.revision")
    not_json = signed(world, tmp_path / "nj.gmreturn", {**world.files, "data.json": b"{not json"})
    refused(county, not_json, "return_data_bad")
    no_list = signed(world, tmp_path / "nl.gmreturn", {**world.files, "data.json": b'{"inspections": 5}'})
    refused(county, no_list, "return_data_bad")


def test_a_planted_file_under_photos_is_refused(world, county, tmp_path):
    sha = data_of(world.files)["photos"][0]["sha256"]
    planted = signed(world, tmp_path / "p.gmreturn", {**world.files, f"photos/{sha[:2]}/readme.exe": b"MZ\x90\x00"})
    refused(county, planted, "return_file_unused", "readme.exe")


def test_a_photo_filed_under_a_hash_its_bytes_do_not_have(world, county, tmp_path):
    data = data_of(world.files)
    photo = data["photos"][0]
    fake = "f" * 64
    files = dict(world.files)
    files[f"photos/ff/{fake}.jpg"] = files.pop(photo["stored_as"])
    files[f"thumbs/{fake}.jpg"] = files.pop(f"thumbs/{photo['sha256']}.jpg")
    for link in data["inspections"][0]["photos"]:
        if link["sha256"] == photo["sha256"]:
            link["sha256"] = fake
    photo["sha256"], photo["stored_as"] = fake, f"photos/ff/{fake}.jpg"
    reseal(data["inspections"][0])
    refused(county, signed(world, tmp_path / "h.gmreturn", with_data(files, data)), "return_photo_hash", fake[:12])


def test_a_stored_as_path_from_the_package_is_refused(world, county, tmp_path):
    def escape(inspection, data):
        data["photos"][0]["stored_as"] = "../../../../etc/passwd"

    refused(county, changed(world, tmp_path, escape), "return_photo_name")


@pytest.mark.parametrize("name", ["reports/C:x.pdf", "reports/CON.pdf", "reports/aux", "reports/x.pdf.",
                                  "reports/a|b.pdf", "../x.pdf"])
def test_names_unsafe_on_windows_are_refused(world, county, tmp_path, name):
    package = signed(world, tmp_path / "w.gmreturn", {**world.files, name: b"%PDF-1.4\n"})
    refused(county, package, "package_bad_path", name)


def test_a_folder_entry_is_refused(world, county, tmp_path):
    package = signed(world, tmp_path / "d.gmreturn", {**world.files, "reports/": b""})
    refused(county, package, "package_directory_entry", "reports/")


def test_reports_are_stored_under_names_the_county_makes(world, county, tmp_path):
    files = {k: v for k, v in world.files.items() if not k.startswith("reports/")}
    report = next(v for k, v in world.files.items() if k.startswith("reports/"))
    package = signed(world, tmp_path / "r.gmreturn", {**files, "reports/..恶意名称 .pdf.pdf": report})
    with Workspace.open(county) as ws:
        assert import_returns(ws, [package])[0].result == "imported"
    names = sorted(p.name for p in (county / "reports").iterdir())
    assert names and all(n.startswith("检查记录-") and len(n) == len("检查记录-") + 16 + 4 for n in names)
    not_pdf = signed(world, tmp_path / "np.gmreturn", {**files, "reports/a.pdf": b"MZ"})
    refused(county, not_pdf, "return_report_not_pdf")


# --------------------------------------------------------------------------- without a key


def flip_inside(path, member, out):
    """One byte changed inside ``member``'s compressed data, the zip otherwise intact."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    name_length, extra_length = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little"), \
        int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    raw[start + info.compress_size // 2] ^= 0x55
    out.write_bytes(bytes(raw))
    return out


def test_a_corrupt_compressed_member_is_one_refusal_and_the_batch_goes_on(world, county, tmp_path):
    bad = flip_inside(world.good, "data.json", tmp_path / "corrupt.gmreturn")
    refused(county, bad, "package_file_damaged", "data.json")
    with Workspace.open(county) as ws:
        results = import_returns(ws, [bad, world.good])
    assert [r.result for r in results] == ["refused", "imported"]


def test_a_corrupt_assignment_package_is_refused_on_the_laptop(world, tmp_path):
    bad = flip_inside(world.folder / "team1.gmtask", "data.json", tmp_path / "corrupt.gmtask")
    with create_field_workspace(tmp_path / "laptop", world.folder / "inspector-1.p12", P12_PASS) as field:
        with pytest.raises(UserError) as err:
            open_assignment(field, bad)
    assert err.value.code == "package_file_damaged"


def test_the_command_line_imports_each_package_on_its_own(world, county, tmp_path, capsys):
    from greenmine_desktop.cli import main

    bad = flip_inside(world.good, "data.json", tmp_path / "corrupt.gmreturn")
    assert main(["package", "import", "--workspace", str(county), str(bad), str(world.good)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("corrupt.gmreturn\t已拒绝\t") and "已损坏" in lines[0]
    assert lines[1].startswith("team1.gmreturn\t已导入")
    assert "意外" not in out + err


def _issued_at(county, world, tmp_path, monkeypatch, now):
    """Team 1's inspector again, with a certificate made as if issued at ``now``."""
    badge = world.identity.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    monkeypatch.setattr(keys, "issue", lambda root, name, badge_no: ca.issue(root, name, badge_no, now=now))
    with Workspace.open(county) as ws:
        keys.issue_inspector(ws, badge, ROOT_PASS, P12_PASS, tmp_path / "dated.p12")
    identity, _ = ca.from_pkcs12((tmp_path / "dated.p12").read_bytes(), P12_PASS)
    return identity


def test_an_expired_certificate_says_when_it_expired(world, county, tmp_path, monkeypatch):
    identity = _issued_at(county, world, tmp_path, monkeypatch, clock.now() - timedelta(days=365 * 4))
    package = signed(world, tmp_path / "e.gmreturn", world.files, identity)
    ended = identity.certificate.not_valid_after_utc.date().isoformat()
    refused(county, package, "package_signer_expired", ended, "过期")


def test_a_certificate_not_yet_valid_says_from_when(world, county, tmp_path, monkeypatch):
    identity = _issued_at(county, world, tmp_path, monkeypatch, clock.now() + timedelta(days=30))
    package = signed(world, tmp_path / "f.gmreturn", world.files, identity)
    begins = identity.certificate.not_valid_before_utc.date().isoformat()
    refused(county, package, "package_signer_not_yet_valid", begins, "生效")


def test_a_revoked_certificate_says_when(world, county, tmp_path):
    with Workspace.open(county) as ws:
        serial = format(world.identity.certificate.serial_number, "x")
        keys.revoke(ws, serial, "笔记本电脑丢失")
        day = ws.conn.execute("SELECT revoked_at FROM certificate WHERE serial = ?", [serial]).fetchone()[0][:10]
    refused(county, world.good, "package_signer_revoked", day, "吊销")


def test_another_countys_certificate_says_so(world, county, tmp_path):
    elsewhere = ca.create_root("别县自然资源局")
    stranger = ca.issue(elsewhere, "冒名者", "62990100009")
    package = write_package(tmp_path / "x.gmreturn", "return", {}, world.files, stranger, [elsewhere.certificate])
    refused(county, package, "package_untrusted", "别的县")


def test_garbage_in_chain_pem_is_refused(world, county, tmp_path):
    from tests.test_package_container import rewrite

    package = rewrite(world.good, tmp_path / "c.gmreturn",
                      lambda e: [(n, b"garbage" if n == "chain.pem" else d) for n, d in e])
    refused(county, package, "package_chain_unknown", "chain.pem")
    other = ca.create_root("别县自然资源局").certificate
    swapped = rewrite(world.good, tmp_path / "s.gmreturn",
                      lambda e: [(n, other.public_bytes(serialization.Encoding.PEM) if n == "chain.pem" else d)
                                 for n, d in e])
    refused(county, swapped, "package_chain_unknown", "chain.pem")


def test_a_foreign_certificate_in_the_signatures_set_is_refused(world, county, tmp_path):
    from tests.test_package_container import rewrite

    other = ca.create_root("别县自然资源局").certificate
    carrying = write_package(tmp_path / "k.gmreturn", "return", {}, world.files, world.identity, [other])
    with zipfile.ZipFile(world.good) as archive:
        good_chain = archive.read("chain.pem")
    package = rewrite(carrying, tmp_path / "k2.gmreturn",
                      lambda e: [(n, good_chain if n == "chain.pem" else d) for n, d in e])
    refused(county, package, "package_chain_unknown", "manifest.sig")


def test_a_laptop_refuses_another_teams_assignment(world, tmp_path):
    with create_field_workspace(tmp_path / "laptop", world.folder / "inspector-1.p12", P12_PASS) as field:
        before = dump(field.folder)
        with pytest.raises(UserError) as err:
            open_assignment(field, world.folder / "team2.gmtask")
        assert err.value.code == "assignment_not_my_team"
        assert dump(field.folder) == before
        assert open_assignment(field, world.folder / "team1.gmtask") is True


# --------------------------------------------------------------------------- crashes


def test_a_failure_while_writing_leaves_nothing_behind(world, county, monkeypatch):
    from greenmine_desktop.store import returns as store

    def broken(*args, **kwargs):
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(store, "insert_inspection", broken)
    problem = refused(county, world.good, "unexpected")
    assert "日志" in problem.message("zh_CN")


def test_a_crash_before_the_commit_is_cleaned_up_at_the_next_open(world, county):
    from greenmine_desktop.store.staging import STAGING, Staged

    photo = data_of(world.files)["photos"][0]
    Staged(county, "a" * 64, "crashed.gmreturn", {photo["stored_as"]: world.files[photo["stored_as"]]})
    assert any((county / STAGING).iterdir())
    with Workspace.open(county) as ws:
        log = ws.conn.execute("SELECT file, result, reason FROM package_import").fetchall()
    assert log == [("team2.gmreturn", "imported", ""), ("crashed.gmreturn", "refused", log[-1][2])]
    assert "中断" in log[-1][2]
    assert not any((county / STAGING).iterdir())
    assert not (county / photo["stored_as"]).exists()


def test_a_crash_after_the_commit_finishes_the_move_at_the_next_open(world, county, monkeypatch):
    from greenmine_desktop.store.staging import STAGING, Staged

    monkeypatch.setattr(Staged, "commit", lambda self: None)  # the process dies right after COMMIT
    with Workspace.open(county) as ws:
        assert import_returns(ws, [world.good])[0].result == "imported"
        stored = [r[0] for r in ws.conn.execute("SELECT stored_as FROM photo")]
    assert not all((county / s).exists() for s in stored)
    monkeypatch.undo()
    Workspace.open(county).close()
    assert all((county / s).exists() for s in stored)
    assert not any((county / STAGING).iterdir())


def test_what_a_photo_says_about_itself_is_read_by_the_county(world, county, tmp_path):
    truth = data_of(world.files)["photos"][0]

    def lie(inspection, data):
        data["photos"][0].update(lat=1.0, lon=2.0, taken_at="2020-01-01T00:00:00", make="伪造", scene_hash="0" * 16,
                                 hand_lat=35.5, hand_lon=105.5)

    with Workspace.open(county) as ws:
        assert import_returns(ws, [changed(world, tmp_path, lie)])[0].result == "imported"
        stored = ws.conn.execute("SELECT lat, lon, taken_at, make, scene_hash, hand_lat, hand_lon FROM photo "
                                 "WHERE sha256 = ?", [truth["sha256"]]).fetchone()
    assert stored[:5] == (truth["lat"], truth["lon"], truth["taken_at"], truth["make"], truth["scene_hash"])
    assert stored[5:] == (35.5, 105.5)  # placed by hand: the inspector's to say, and marked as such


def test_an_edited_field_audit_log_is_refused(world, county, tmp_path):
    def rewrite_history(inspection, data):
        data["audit"][2]["actor"] = "别人"

    refused(county, changed(world, tmp_path, rewrite_history), "return_audit_broken", "3")

    def drop_a_row(inspection, data):
        del data["audit"][1]

    refused(county, changed(world, tmp_path, drop_a_row, "drop.gmreturn"), "return_audit_broken", "2")


def test_a_staging_folder_another_process_finished_first_is_no_error(tmp_path):
    from greenmine_desktop.store.staging import Staged

    staged = Staged(tmp_path, "b" * 64, "x.gmreturn", {"photos/ab/x.jpg": b"\xff\xd8\xff"})
    staged.discard()  # the other process, recovering at its opening, moved or removed it all
    staged.commit()
    assert not (tmp_path / "photos" / "ab" / "x.jpg").exists()
