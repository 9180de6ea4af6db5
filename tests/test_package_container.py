"""The package container against tampering: each case refused with its reason, before
anything uses the contents."""

from __future__ import annotations

import json
import zipfile
from contextlib import nullcontext

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import MANIFEST, SIGNATURE, read_package, write_package
from greenmine_desktop.signing.ca import create_root, issue

ROOT = create_root("青岚县自然资源局")
INSPECTOR = issue(ROOT, "黄磊", "62990100001")
FILES = {"data.json": json.dumps({"inspections": [1, 2]}).encode(), "photos/ab/abc.jpg": b"\xff\xd8" + bytes(5000),
         "reports/r.pdf": b"%PDF-1.4\n" + bytes(3000)}


def package(tmp_path, name="p.gmreturn", files=FILES, identity=INSPECTOR, kind="return"):
    return write_package(tmp_path / name, kind, {"badge_no": "62990100001"}, dict(files), identity, [ROOT.certificate])


def rewrite(source, target, edit):
    """Copy a zip entry by entry through ``edit(list of (name, bytes))`` (CRCs recomputed)."""
    with zipfile.ZipFile(source) as archive:
        entries = [(i.filename, archive.read(i.filename)) for i in archive.infolist()]
    with zipfile.ZipFile(target, "w") as out:
        for name, data in edit(entries):
            out.writestr(zipfile.ZipInfo(name), data)
    return target


def flip(entries, name, offset=3):
    return [(n, d[:offset] + bytes([d[offset] ^ 1]) + d[offset + 1:]) if n == name else (n, d) for n, d in entries]


def test_a_good_package_reads_back(tmp_path):
    read = read_package(package(tmp_path), ROOT.certificate, "return")
    assert read.files == FILES and read.manifest["kind"] == "return" and read.signer == INSPECTOR.certificate
    assert len(read.sha256) == 64


CASES = {
    "byte in data.json": (lambda e: flip(e, "data.json"), "package_file_changed"),
    "byte in a photo": (lambda e: flip(e, "photos/ab/abc.jpg", 100), "package_file_changed"),
    "byte in a PDF": (lambda e: flip(e, "reports/r.pdf", 50), "package_file_changed"),
    "byte in the manifest": (lambda e: flip(e, MANIFEST, 20), "package_signature_bad"),
    "a file removed": (lambda e: [x for x in e if x[0] != "reports/r.pdf"], "package_file_missing"),
    "a file added": (lambda e: [*e, ("photos/extra.jpg", b"x")], "package_file_added"),
    "dot-dot path": (lambda e: [*e, ("../../evil.txt", b"x")], "package_bad_path"),
    "absolute path": (lambda e: [*e, ("/etc/evil", b"x")], "package_bad_path"),
    "duplicate entry": (lambda e: [*e, ("data.json", b"{}")], "package_duplicate_entry"),
    "no signature": (lambda e: [x for x in e if x[0] != SIGNATURE], "package_incomplete"),
}


@pytest.mark.parametrize("case", CASES)
def test_tampering_is_refused_with_its_reason(tmp_path, case):
    edit, code = CASES[case]
    with pytest.warns(UserWarning) if case == "duplicate entry" else nullcontext():  # zipfile warns of duplicates
        bad = rewrite(package(tmp_path), tmp_path / "bad.gmreturn", edit)
    with pytest.raises(UserError) as err:
        read_package(bad, ROOT.certificate, "return")
    assert err.value.code == code
    assert err.value.message("zh_CN")


def test_a_signature_from_another_package_does_not_fit(tmp_path):
    good = package(tmp_path)
    other = package(tmp_path, "other.gmreturn", {**FILES, "data.json": b'{"inspections": []}'})
    with zipfile.ZipFile(other) as archive:
        other_signature = archive.read(SIGNATURE)
    bad = rewrite(good, tmp_path / "bad.gmreturn",
                  lambda e: [(n, other_signature if n == SIGNATURE else d) for n, d in e])
    with pytest.raises(UserError) as err:
        read_package(bad, ROOT.certificate, "return")
    assert err.value.code == "package_signature_bad"


def test_another_countys_signature_is_untrusted(tmp_path):
    elsewhere = create_root("别县自然资源局")
    stranger = issue(elsewhere, "冒名者", "1")
    bad = write_package(tmp_path / "x.gmreturn", "return", {}, FILES, stranger, [elsewhere.certificate])
    with pytest.raises(UserError) as err:
        read_package(bad, ROOT.certificate, "return")
    assert err.value.code == "package_untrusted"


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    bomb = tmp_path / "bomb.gmreturn"
    rewrite(package(tmp_path), bomb, lambda e: e)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("photos/bomb.bin", bytes(64 * 2**20))  # 64 MB of zeros, a few tens of KB packed
    with pytest.raises(UserError) as err:
        read_package(bomb, ROOT.certificate, "return")
    assert err.value.code == "package_zip_bomb"


def test_a_truncated_zip_and_the_wrong_kind(tmp_path):
    good = package(tmp_path)
    cut = tmp_path / "cut.gmreturn"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(UserError) as err:
        read_package(cut, ROOT.certificate, "return")
    assert err.value.code == "package_not_zip"
    assignment = package(tmp_path, "a.gmtask", kind="assignment", identity=ROOT)
    with pytest.raises(UserError) as err:
        read_package(assignment, ROOT.certificate, "return")
    assert err.value.code == "package_wrong_kind"


def test_a_newer_format_is_refused_clearly(tmp_path, monkeypatch):
    from greenmine_desktop.packages import container

    monkeypatch.setattr(container, "FORMAT", 2)
    newer = package(tmp_path)
    monkeypatch.setattr(container, "FORMAT", 1)
    with pytest.raises(UserError) as err:
        read_package(newer, ROOT.certificate, "return")
    assert err.value.code == "package_format_newer" and "升级" in err.value.message("zh_CN")


@pytest.mark.parametrize(("name", "unsafe"), [
    ("photos/ab/abc.jpg", False), ("reports/检查记录-1.pdf", False), ("reports/C:x.pdf", True), ("C:/x", True),
    ("reports/CON", True), ("reports/con.pdf", True), ("reports/LPT9.txt", True), ("reports/COM¹", True),
    ("reports/x.pdf.", True), ("reports/x ", True), ("a/../b", True), ("./a", True), ("a//b", True),
    ("a\\b", True), ("a|b", True), ("a?b", True), ("a\x01b", True), ("/etc/passwd", True), ("CONSOLE.txt", False),
])
def test_names_that_are_not_the_same_file_on_windows(name, unsafe):
    from greenmine_desktop.packages.container import unsafe_name

    assert unsafe_name(name) is unsafe


def test_a_folder_entry_and_a_damaged_member_are_refused(tmp_path):
    good = package(tmp_path)
    with zipfile.ZipFile(good, "a") as archive:
        archive.writestr(zipfile.ZipInfo("reports/"), b"")
    with pytest.raises(UserError) as err:
        read_package(good, ROOT.certificate, "return")
    assert err.value.code == "package_directory_entry"
    damaged = package(tmp_path, "d.gmreturn")
    raw = bytearray(damaged.read_bytes())
    with zipfile.ZipFile(damaged) as archive:
        info = archive.getinfo("data.json")
    raw[info.header_offset + 30 + len("data.json") + info.compress_size // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    with pytest.raises(UserError) as err:
        read_package(damaged, ROOT.certificate, "return")
    assert err.value.code == "package_file_damaged" and "data.json" in err.value.message("en")
