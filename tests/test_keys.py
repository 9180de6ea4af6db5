"""The county CA: root, inspector certificates as PKCS#12, revocation, trust."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from greenmine_desktop import clock
from greenmine_desktop.cli import main
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.services import keys
from greenmine_desktop.signing.ca import create_root, from_pkcs12, issue, issued_by
from greenmine_desktop.store.workspace import Workspace
from tests.county_backend import REFUSED

ROOT_PASS, P12_PASS = "县局根证书口令2026", "inspector-pass-1"


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def active_badge(ws) -> str:
    return ws.conn.execute("SELECT badge_no FROM inspector WHERE active = 1 ORDER BY badge_no LIMIT 1").fetchone()[0]


def test_the_root_is_made_once_with_its_key_encrypted(ws):
    root = keys.create_county_ca(ws, ROOT_PASS)
    assert root.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "青岚县自然资源局"
    key_file = (ws.folder / "keys" / keys.ROOT_KEY).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_file
    with pytest.raises(UserError) as err:
        keys.create_county_ca(ws, ROOT_PASS)
    assert err.value.code == "ca_exists"


def test_an_inspector_gets_a_pkcs12_that_chains_to_the_county(ws, tmp_path):
    keys.create_county_ca(ws, ROOT_PASS)
    badge = active_badge(ws)
    certificate = keys.issue_inspector(ws, badge, ROOT_PASS, P12_PASS, tmp_path / "inspector.p12")
    identity, chain = from_pkcs12((tmp_path / "inspector.p12").read_bytes(), P12_PASS)
    assert identity.certificate == certificate and chain == [keys.root_certificate(ws)]
    assert certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == badge
    assert keys.trust_problem(ws, certificate) is None
    with pytest.raises(UserError) as err:
        from_pkcs12((tmp_path / "inspector.p12").read_bytes(), "wrong passphrase")
    assert err.value.code == "wrong_passphrase"
    with pytest.raises(UserError) as err:
        keys.issue_inspector(ws, badge, "not the root passphrase", P12_PASS, tmp_path / "x.p12")
    assert err.value.code == "wrong_passphrase"


def test_revoked_foreign_and_expired_certificates_are_not_trusted(ws, tmp_path):
    keys.create_county_ca(ws, ROOT_PASS)
    certificate = keys.issue_inspector(ws, active_badge(ws), ROOT_PASS, P12_PASS, tmp_path / "a.p12")
    serial = format(certificate.serial_number, "x")
    expired = keys.trust_problem(ws, certificate, clock.now() + timedelta(days=365 * 4))
    ends = certificate.not_valid_after_utc.date().isoformat()
    assert expired is not None and expired.code == "certificate_expired" and ends in expired.message("zh_CN")
    early = keys.trust_problem(ws, certificate, clock.now() - timedelta(days=1))
    begins = certificate.not_valid_before_utc.date().isoformat()
    assert early is not None and early.code == "certificate_not_yet_valid" and begins in early.message("en")
    keys.revoke(ws, serial, "执法证注销")
    revoked = keys.trust_problem(ws, certificate)
    assert revoked is not None and revoked.code == "certificate_revoked"
    assert revoked.params["date"] == clock.now().date().isoformat()
    with pytest.raises(REFUSED, match="cannot be undone"):
        ws.conn.execute("UPDATE certificate SET revoked_at = NULL")
    other_county = create_root("另一县自然资源局")
    foreign = issue(other_county, "冒名者", "99999999999").certificate
    assert keys.trust_problem(ws, foreign) == Problem("certificate_foreign")
    assert not issued_by(foreign, keys.root_certificate(ws))


def test_inactive_inspectors_get_no_certificate(ws, tmp_path):
    keys.create_county_ca(ws, ROOT_PASS)
    badge = ws.conn.execute("SELECT badge_no FROM inspector WHERE active = 0 ORDER BY badge_no LIMIT 1").fetchone()[0]
    with pytest.raises(UserError) as err:
        keys.issue_inspector(ws, badge, ROOT_PASS, P12_PASS, tmp_path / "a.p12")
    assert err.value.code == "inspector_not_active"


def test_keys_commands(ws, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GREENMINE_PASSPHRASE", ROOT_PASS)
    monkeypatch.setenv("GREENMINE_P12_PASSPHRASE", P12_PASS)
    folder = str(ws.folder)
    assert main(["keys", "init", "--workspace", folder]) == 0
    assert main(["keys", "export-root", "--workspace", folder, "--out", str(tmp_path / "county.pem")]) == 0
    pem = (tmp_path / "county.pem").read_bytes()
    assert pem == keys.root_certificate(ws).public_bytes(serialization.Encoding.PEM)
    assert main(["keys", "issue", "--workspace", folder, "--badge", active_badge(ws),
                 "--out", str(tmp_path / "i.p12")]) == 0
    serial = capsys.readouterr().out.split()[-1]
    assert main(["keys", "revoke", "--workspace", folder, "--serial", serial, "--reason", "调离"]) == 0
    assert ws.conn.execute("SELECT revoke_reason FROM certificate WHERE serial = ?", [serial]).fetchone()[0] == "调离"
    monkeypatch.setenv("GREENMINE_PASSPHRASE", "short")
    with Workspace.create(tmp_path / "other", "county"):
        pass
    assert main(["keys", "init", "--workspace", str(tmp_path / "other")]) == 1
    assert "至少需要 8 个字符" in capsys.readouterr().err


# issue 20: key hygiene


def test_the_root_key_is_locked_with_600000_pbkdf2_rounds_and_only_its_owner_may_read_it(ws):
    from greenmine_desktop.signing.ca import key_rounds

    keys.create_county_ca(ws, ROOT_PASS)
    path = ws.folder / "keys" / keys.ROOT_KEY
    assert key_rounds(path.read_bytes()) >= 600_000
    # any PKCS#8 reader opens it with the passphrase, and with nothing else
    key = serialization.load_pem_private_key(path.read_bytes(), ROOT_PASS.encode())
    assert key.public_key() == keys.root_certificate(ws).public_key()
    with pytest.raises(ValueError):
        serialization.load_pem_private_key(path.read_bytes(), b"guessed passphrase")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_root_key_written_with_2048_rounds_still_opens_and_is_then_locked_harder(ws):
    from greenmine_desktop.signing.ca import key_rounds

    keys.create_county_ca(ws, ROOT_PASS)
    path = ws.folder / "keys" / keys.ROOT_KEY
    key = serialization.load_pem_private_key(path.read_bytes(), ROOT_PASS.encode())
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,  # what 0.x wrote
                            serialization.BestAvailableEncryption(ROOT_PASS.encode()))
    path.write_bytes(old)
    path.chmod(0o644)
    assert key_rounds(old) == 2048
    with pytest.raises(UserError):
        keys.unlock_root(ws, "wrong passphrase")
    assert path.read_bytes() == old  # a wrong passphrase rewrites nothing
    root = keys.unlock_root(ws, ROOT_PASS)
    assert root.key.private_numbers() == key.private_numbers()
    assert key_rounds(path.read_bytes()) >= 600_000
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.unlock_root(ws, ROOT_PASS).key.private_numbers() == key.private_numbers()


def test_the_issued_file_and_a_field_laptops_key_are_private(ws, tmp_path):
    from greenmine_desktop.services.assignments import INSPECTOR_P12, create_field_workspace

    keys.create_county_ca(ws, ROOT_PASS)
    (tmp_path / "usb").mkdir()  # the stick is plugged in: a file the clerk picks needs its folder
    keys.issue_inspector(ws, active_badge(ws), ROOT_PASS, P12_PASS, tmp_path / "usb" / "a.p12")
    field = create_field_workspace(tmp_path / "laptop", tmp_path / "usb" / "a.p12", P12_PASS)
    field.close()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "usb" / "a.p12").stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "laptop" / "keys" / INSPECTOR_P12).stat().st_mode) == 0o600
    assert (tmp_path / "laptop" / "keys" / INSPECTOR_P12).read_bytes() == (tmp_path / "usb" / "a.p12").read_bytes()


def test_the_register_lists_certificates_and_warns_30_days_before_expiry(ws, tmp_path):
    from greenmine_desktop.store.certificates import list_certificates

    keys.create_county_ca(ws, ROOT_PASS)
    badge = active_badge(ws)
    certificate = keys.issue_inspector(ws, badge, ROOT_PASS, P12_PASS, tmp_path / "a.p12")
    [listed] = list_certificates(ws)
    assert listed.serial == format(certificate.serial_number, "x") and listed.badge_no == badge
    assert listed.not_after == certificate.not_valid_after_utc
    assert listed.status(listed.not_after - timedelta(days=31)) == "valid"
    assert listed.status(listed.not_after - timedelta(days=29)) == "expiring"
    assert listed.status(listed.not_after + timedelta(seconds=1)) == "expired"
    keys.revoke(ws, listed.serial, "调离本单位")
    [revoked] = list_certificates(ws)
    assert revoked.status(revoked.not_before) == "revoked" and revoked.revoke_reason == "调离本单位"


def test_a_passphrase_with_no_terminal_to_ask_on_says_how_to_give_it(demo_folder, tmp_path):
    """export-return in a script without GREENMINE_P12_PASSPHRASE ended in "unexpected error"."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("GREENMINE_") or k == "GREENMINE_HOME"}
    result = subprocess.run([sys.executable, "-m", "greenmine_desktop", "keys", "init", "--workspace",
                             str(demo_folder)], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            env=env | {"GREENMINE_LANG": "en"}, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == ("A passphrase is needed: there is no terminal to type it in; give it in the "
                                     "environment variable GREENMINE_PASSPHRASE.")
    assert not (demo_folder / "keys" / "county-root.key").exists()


def test_the_root_key_opens_without_cryptographys_pem_loader_which_holds_the_gil(ws, monkeypatch):
    """The 0.2 s of PBKDF2 run in hashlib (other threads go on) instead of in cryptography's
    PEM loader, which held the GIL and froze the window while a package was signed."""
    keys.create_county_ca(ws, ROOT_PASS)
    expected = keys.unlock_root(ws, ROOT_PASS).key.private_numbers()

    def refuse(*_args, **_kwargs):
        raise AssertionError("cryptography's PEM loader was used")

    monkeypatch.setattr(serialization, "load_pem_private_key", refuse)
    assert keys.unlock_root(ws, ROOT_PASS).key.private_numbers() == expected
    for wrong in ("", "x", ROOT_PASS + " ", ROOT_PASS[:-1], "一二三四五六"):
        with pytest.raises(UserError) as err:
            keys.unlock_root(ws, wrong)
        assert err.value.code == "wrong_passphrase"
