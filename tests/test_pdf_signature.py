"""A real PDF signature on the inspection report: it verifies (intact, trusted by this
county), a one-byte change breaks it, another county's root does not trust it."""

from __future__ import annotations

import pytest

from greenmine_desktop.cli import main
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import keys
from greenmine_desktop.services.pdf_signing import pdf_problems, sign_document
from greenmine_desktop.services.report_export import export_report
from greenmine_desktop.signing.ca import create_root

ROOT_PASS, P12_PASS = "县局根证书口令2026", "inspector-pass-1"


@pytest.fixture
def signed_report(inspected, tmp_path):  # noqa: F811
    ws, session = inspected
    keys.create_county_ca(ws, ROOT_PASS)
    badge = session.header.team[0].badge_no
    keys.issue_inspector(ws, badge, ROOT_PASS, P12_PASS, tmp_path / "inspector.p12")
    pdf = export_report(ws, session.id)
    sign_document(ws, pdf, tmp_path / "inspector.p12", P12_PASS, "现场检查记录")
    return ws, session, pdf


def test_the_signed_report_verifies_and_names_its_signer(signed_report, capsys):
    ws, session, pdf = signed_report
    checks, problems = pdf_problems(pdf, keys.root_certificate(ws))
    member = session.header.team[0]
    assert problems == [] and [c.signer for c in checks] == [f"{member.name}（{member.badge_no}）"]
    assert main(["verify", str(pdf), "--workspace", str(ws.folder)]) == 0
    out = capsys.readouterr().out
    assert member.name in out and "文件完好" in out and "本县签发" in out


def test_exporting_the_signed_record_again_keeps_the_signed_file(signed_report, tmp_path):
    """Walkthrough: Ctrl+Shift+E on a signed inspection wrote an unsigned PDF over the
    digitally signed one of the same name; the frozen record's signed file is kept."""
    ws, session, pdf = signed_report
    signed = pdf.read_bytes()
    assert export_report(ws, session.id) == pdf
    assert pdf.read_bytes() == signed and pdf_problems(pdf, keys.root_certificate(ws))[1] == []
    elsewhere = export_report(ws, session.id, out=tmp_path / "copy.pdf")  # a copy asked for is still written
    assert elsewhere.read_bytes() != signed and pdf_problems(elsewhere, keys.root_certificate(ws))[1] != []
    with pytest.raises(UserError) as twice:  # pyHanko's "field filled already" reached the user as unexpected
        sign_document(ws, pdf, tmp_path / "inspector.p12", P12_PASS, "现场检查记录")
    assert twice.value.code == "pdf_signed_already" and pdf.read_bytes() == signed


def test_one_changed_byte_breaks_the_signature(signed_report, tmp_path, capsys):
    ws, _, pdf = signed_report
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the signed byte range, in the middle of the report
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    _, problems = pdf_problems(tampered, keys.root_certificate(ws))
    assert [p.code for p in problems][:1] == ["pdf_changed"]
    assert main(["verify", str(tampered), "--workspace", str(ws.folder)]) == 1
    assert "修改" in capsys.readouterr().err


def test_another_county_does_not_trust_it(signed_report, tmp_path):
    _, _, pdf = signed_report
    _, problems = pdf_problems(pdf, create_root("另一县自然资源局").certificate)
    assert [p.code for p in problems] == ["pdf_untrusted"]


def test_an_unsigned_pdf_says_so(inspected, tmp_path):  # noqa: F811
    ws, session = inspected
    keys.create_county_ca(ws, ROOT_PASS)
    _, problems = pdf_problems(export_report(ws, session.id), keys.root_certificate(ws))
    assert [p.code for p in problems] == ["pdf_unsigned"]


def test_a_revoked_signer_is_not_trusted_by_the_county_that_revoked_it(signed_report, capsys):
    """Walkthrough: 核验文件 said a report signed with a revoked certificate was fine, as
    long as the certificate chained to the county's root."""
    from greenmine_desktop.services.file_check import check_file

    ws, _session, pdf = signed_report
    [signature], _ = pdf_problems(pdf, keys.root_certificate(ws), ws)
    assert check_file(ws, pdf).ok
    keys.revoke(ws, format(signature.certificate.serial_number, "x"), "笔记本丢失")
    check = check_file(ws, pdf)
    assert not check.ok and [p.code for p in check.problems] == ["pdf_signer_distrusted"]
    assert "吊销" in check.problems[0].message("zh_CN") and signature.signer in check.problems[0].message("zh_CN")
    assert main(["verify", str(pdf), "--workspace", str(ws.folder)]) == 1
    assert "吊销" in capsys.readouterr().err
    assert pdf_problems(pdf, keys.root_certificate(ws))[1] == [], "without the register: the chain only"
