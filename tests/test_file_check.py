"""核验文件 and the field laptop set-up (issue 20), on the real files of the package loop."""

from __future__ import annotations

import os
import stat

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.services import keys
from greenmine_desktop.services.field_setup import set_up_field_laptop
from greenmine_desktop.services.file_check import check_file, summary
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.workspace import Workspace
from tests.test_package_container import flip, rewrite
from tests.test_packages import P12_PASS, ROOT_PASS, good_return, loop  # noqa: F401 - fixtures

__all__ = ["good_return", "loop"]


def signed_report(tmp_path):
    [report] = (tmp_path / "field" / "reports").glob("检查记录-*.pdf")
    return report


def tampered_pdf(report, target):
    data = bytearray(report.read_bytes())
    at = data.index(b"/Contents", 200) - 40  # inside the signed byte range, before the signature
    data[at] ^= 1
    target.write_bytes(bytes(data))
    return target


def test_a_signed_report_and_its_tampered_copy(good_return):
    county, _, tmp_path = good_return
    report = signed_report(tmp_path)
    good = check_file(county, report)
    badge = county.conn.execute("SELECT badge_no FROM certificate").fetchone()[0]
    assert good.ok and good.kind == "pdf" and badge in good.signers[0] and good.signed_at is not None
    assert summary(good, "zh_CN")[1:] == ["文件完好，签名后没有改动。", "签名证书由本县根证书签发，可以信任。"]
    bad = check_file(county, tampered_pdf(report, tmp_path / "changed.pdf"))
    assert not bad.ok and not bad.intact and [p.code for p in bad.problems] == ["pdf_changed"]
    assert "签名后文件被修改过" in " ".join(summary(bad, "zh_CN"))


def test_packages_good_tampered_foreign_and_revoked(good_return):
    county, good, tmp_path = good_return
    task = tmp_path / "team1.gmtask"
    assert check_file(county, task).ok and check_file(county, good).ok
    badge = county.conn.execute("SELECT badge_no FROM certificate").fetchone()[0]
    assert check_file(county, good).signers[0].endswith(f"（{badge}）")  # the inspector signed the return
    assert "根证书" in check_file(county, task).signers[0]  # the county signed the assignment
    changed = check_file(county, rewrite(task, tmp_path / "changed.gmtask", lambda e: flip(e, "data.json")))
    assert not changed.ok and not changed.intact and changed.problems[0].code == "package_file_changed"
    with Workspace.open(tmp_path / "field") as field:  # the laptop checks against the root it came with
        assert check_file(field, task).ok
        wrong_kind = check_file(field, rewrite(good, tmp_path / "renamed.gmtask", lambda e: e))
        assert not wrong_kind.ok and wrong_kind.problems[0].code == "package_wrong_kind"
    serial = county.conn.execute("SELECT serial FROM certificate").fetchone()[0]
    keys.revoke(county, serial, "笔记本电脑遗失")
    revoked = check_file(county, good)
    assert revoked.intact and not revoked.chains and revoked.problems[0].code == "package_signer_revoked"
    assert "吊销" in summary(revoked, "zh_CN")[-1]
    with pytest.raises(UserError) as err:
        check_file(county, tmp_path / "notes.docx")
    assert err.value.code == "verify_kind_unknown"


def test_a_field_laptop_is_set_up_only_from_files_that_belong_together(loop):
    county, record, p12, task, tmp_path = loop
    with pytest.raises(UserError) as err:
        set_up_field_laptop(tmp_path / "laptop", task, p12, "wrong passphrase")
    assert err.value.code == "wrong_passphrase" and not (tmp_path / "laptop").exists()
    outsider = next(b for (b,) in county.conn.execute("SELECT badge_no FROM inspector WHERE active = 1")
                    if b not in record.result[0].team)
    keys.issue_inspector(county, outsider, ROOT_PASS, P12_PASS, tmp_path / "outsider.p12")
    with pytest.raises(UserError) as err:
        set_up_field_laptop(tmp_path / "laptop", task, tmp_path / "outsider.p12", P12_PASS)
    assert err.value.code == "field_team_mismatch" and not (tmp_path / "laptop").exists()

    other = Workspace.create(tmp_path / "other-county", "county")
    with other.transaction():
        other.set_meta({"bureau": "别县自然资源局"})
    keys.create_county_ca(other, ROOT_PASS)
    with other.transaction():
        other.insert_all("inspector", [{"badge_no": record.result[0].team[0], "name": "同号", "unit": "",
                                        "active": 1}])
    keys.issue_inspector(other, record.result[0].team[0], ROOT_PASS, P12_PASS, tmp_path / "other.p12")
    other.close()
    with pytest.raises(UserError) as err:
        set_up_field_laptop(tmp_path / "laptop", task, tmp_path / "other.p12", P12_PASS)
    assert err.value.code == "field_root_mismatch" and not (tmp_path / "laptop").exists()

    (tmp_path / "laptop").mkdir()  # an empty folder the inspector made for it is fine
    folder = set_up_field_laptop(tmp_path / "laptop", task, p12, P12_PASS)
    with Workspace.open(folder) as field:
        assert field.kind == "field" and latest_assignments(field)
        assert field.meta("inspector_badge") == record.result[0].team[0]
    with pytest.raises(UserError) as err:
        set_up_field_laptop(folder, task, p12, P12_PASS)
    assert err.value.code == "workspace_exists"


def test_a_pdf_signed_by_another_countys_inspector_is_intact_but_does_not_chain(good_return):
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from greenmine_desktop.signing.ca import create_root, issue
    from greenmine_desktop.signing.pdf_signature import sign_pdf

    county, _, tmp_path = good_return
    elsewhere = create_root("别县自然资源局")
    stranger = issue(elsewhere, "冒名者", "99999999999")
    page = io.BytesIO()
    canvas = Canvas(page, pagesize=A4)
    canvas.drawString(100, 700, "inspection record")
    canvas.save()
    forged = tmp_path / "foreign.pdf"
    forged.write_bytes(sign_pdf(page.getvalue(), stranger, [elsewhere.certificate], "现场检查记录", "别县"))
    result = check_file(county, forged)
    foreign = [c for c in result.problems if "99999999999" in c.params.get("signer", "")]
    assert result.intact and not result.chains and not result.ok
    assert [p.code for p in foreign] == ["pdf_untrusted"]
    assert "不是本县签发的" in " ".join(summary(result, "zh_CN"))


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_laptop_set_up_before_has_its_key_file_made_private_when_it_next_signs(good_return):
    from greenmine_desktop.services.returns import export_return

    _, _, tmp_path = good_return
    key_file = tmp_path / "field" / "keys" / "inspector.p12"
    key_file.chmod(0o644)  # as create_field_workspace left it before issue 20
    with Workspace.open(tmp_path / "field") as field:
        export_return(field, tmp_path / "again.gmreturn", P12_PASS)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
