"""A SQLite workspace on a network share is refused with a sentence naming the server option (issue 22)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from greenmine_desktop import network_share
from greenmine_desktop.cli import main
from greenmine_desktop.messages import UserError
from greenmine_desktop.network_share import (
    mounted_network_kind,
    network_kind,
    parse_mount_table,
    windows_network_kind,
)
from greenmine_desktop.store.workspace import Workspace

LOCAL_DRIVE, REMOTE_DRIVE = 3, 4  # GetDriveTypeW: DRIVE_FIXED, DRIVE_REMOTE


def _drive_types(remote: set[str]):
    return lambda root: REMOTE_DRIVE if root.upper() in remote else LOCAL_DRIVE


@pytest.mark.parametrize(("path", "kind"), [
    (r"\\fileserver\kuangguan\县级工作区", "UNC path"),
    (r"\\?\UNC\fileserver\kuangguan\ws", "UNC path"),
    ("//fileserver/kuangguan/ws", "UNC path"),
    (r"Z:\矿管\工作区", "mapped network drive"),
    (r"z:\ws", "mapped network drive"),
    (r"C:\Users\李科员\GreenMine\county", None),
    (r"\\?\C:\Users\李科员\county", None),  # a long-path device name of a local drive
    (r"\\.\D:\ws", None),
    (r"\\?\Z:\ws", "mapped network drive"),
    (r"D:\ws", None),
])
def test_windows_paths_by_their_form_and_the_drive_type(path, kind):
    assert windows_network_kind(path, _drive_types({"Z:\\"})) == kind


MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//10.0.0.2/kuangguan /mnt/kuangguan cifs rw,vers=3.0 0 0
nas:/export /srv/nas nfs4 rw 0 0
/dev/sdb1 /srv/nas/local\040disk ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/kuangguan/县级工作区", "cifs"),
    ("/mnt/kuangguan", "cifs"),
    ("/srv/nas/ws", "nfs4"),
    ("/srv/nas/local disk/ws", None),  # a local disk mounted below a share: the longest mount point wins
    ("/mnt/kuangguan2/ws", None),  # a name that only starts like a share's mount point
    ("/home/li/GreenMine/county", None),
    ("/tmp/ws", None),
    ("/run/user/1000/gvfs/smb-share:server=10.0.0.2,share=kuangguan/ws", "smb-share"),
    ("/run/user/1000/gvfs/mtp:host=phone/DCIM", None),  # a phone on USB is local
])
def test_linux_mounts_by_the_filesystem_type_of_the_nearest_mount_point(path, kind):
    assert mounted_network_kind(path, parse_mount_table(MOUNTS)) == kind


def test_this_machines_own_disk_is_not_a_share(tmp_path):
    assert network_kind(tmp_path) is None


@pytest.fixture
def shared_folder(tmp_path, monkeypatch) -> Path:
    """tmp_path as if it sat on an SMB share: the mount table (Linux) or the drive type
    (Windows) says so, read through the same code as on a real machine."""
    if os.name == "nt":
        drive = Path(tmp_path).drive.upper() + "\\"
        monkeypatch.setattr(network_share, "_windows_drive_type", _drive_types({drive}))
    else:
        table = tmp_path.parent / "mounts"
        table.write_text(MOUNTS + f"//10.0.0.2/share {os.path.realpath(tmp_path)} cifs rw 0 0\n", encoding="utf-8")
        monkeypatch.setattr(network_share, "_MOUNTS", table)
        monkeypatch.setattr(network_share.sys, "platform", "linux")
    return tmp_path


def test_a_county_workspace_is_not_created_on_a_share(shared_folder):
    with pytest.raises(UserError) as refused:
        Workspace.create(shared_folder / "county", "county")
    assert refused.value.code == "workspace_on_network_share"
    assert "PostgreSQL" in refused.value.message("zh_CN") and "greenmine workspace move" in refused.value.message()
    assert not (shared_folder / "county").exists(), "nothing was made on the share"


def test_a_workspace_moved_onto_a_share_is_not_opened(tmp_path, monkeypatch):
    Workspace.create(tmp_path / "county", "county").close()
    before = (tmp_path / "county" / "workspace.sqlite").read_bytes()
    table = tmp_path / "mounts"
    table.write_text(f"//10.0.0.2/share {os.path.realpath(tmp_path)} smb3 rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network_share, "_MOUNTS", table)
    monkeypatch.setattr(network_share.sys, "platform", "linux")
    monkeypatch.setattr(network_share.os, "name", "posix")
    with pytest.raises(UserError, match="network share"):
        Workspace.open(tmp_path / "county")
    assert (tmp_path / "county" / "workspace.sqlite").read_bytes() == before, "the refused file was not touched"
    assert not (tmp_path / "county" / "workspace.sqlite-wal").exists()


def test_the_cli_says_the_one_sentence(shared_folder, capsys):
    assert main(["demo-workspace", str(shared_folder / "demo")]) == 1
    err = capsys.readouterr().err
    assert "网络共享" in err and "PostgreSQL" in err and "Traceback" not in err
