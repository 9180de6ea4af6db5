"""A SQLite workspace on a network share is refused with a sentence naming the server
option (issue 22): SQLite's locks do not work over SMB/CIFS/NFS and WAL not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.store import network_drive
from greenmine_desktop.store.network_drive import is_unc, linux_type
from greenmine_desktop.store.workspace import DB_NAME, Workspace

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//nas/矿管 /mnt/share cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /srv/nfs/local\\040disk ext4 rw 0 0
sshfs#clerk@host: /home/clerk/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/clerk/county", "ext4"), ("/tmp/x", "tmpfs"), ("/mnt/share/县局/county", "cifs"),
    ("/mnt/shared", "ext4"), ("/srv/nfs/county", "nfs4"), ("/srv/nfs/local disk/county", "ext4"),
    ("/home/clerk/remote/county", "fuse.sshfs"), ("/mnt/share", "cifs"),
])
def test_the_filesystem_holding_a_folder_is_read_from_the_mount_table(path, kind):
    assert linux_type(Path(path), MOUNTS) == kind


@pytest.mark.parametrize(("path", "unc"), [
    ("\\\\nas\\矿管\\county", True), ("//nas/share/county", True), ("\\\\?\\UNC\\nas\\share", True),
    ("\\\\?\\C:\\county", False), ("\\\\.\\C:\\county", False), ("C:\\county", False), ("D:/county", False),
])
def test_a_windows_unc_path_is_a_share_and_a_device_path_is_not(path, unc):
    assert is_unc(path) is unc


def test_the_folders_here_are_local():
    assert not network_drive.on_network_filesystem(Path.cwd())
    assert not network_drive.on_network_filesystem(Path.cwd() / "not" / "made" / "yet")


@pytest.fixture
def on_a_share(monkeypatch, tmp_path):
    """This test's folder as if on the bureau's SMB share (the mount table says so)."""
    share = tmp_path / "share"
    share.mkdir()
    real = Path.read_text

    def read_text(self, *args, **kwargs):
        if str(self) == "/proc/mounts":
            return real(self, *args, **kwargs) + f"//nas/share {share} cifs rw 0 0\n"
        return real(self, *args, **kwargs)

    monkeypatch.setattr(network_drive.os, "name", "posix")
    monkeypatch.setattr(network_drive.sys, "platform", "linux")
    monkeypatch.setattr(Path, "read_text", read_text)
    return share


@pytest.mark.skipif(not Path("/proc/mounts").is_file(), reason="reads a Linux mount table")
def test_a_sqlite_workspace_on_a_share_is_neither_made_nor_opened(on_a_share, tmp_path):
    with pytest.raises(UserError) as err:
        Workspace.create(on_a_share / "county", "county")
    assert err.value.code == "workspace_on_network" and not (on_a_share / "county").exists()
    assert "greenmine server init" in err.value.problem.message("en")
    (on_a_share / "copied").mkdir()
    (on_a_share / "copied" / DB_NAME).write_bytes(b"")  # whatever is there is not touched
    with pytest.raises(UserError) as err:
        Workspace.open(on_a_share / "copied")
    assert err.value.code == "workspace_on_network"
    assert (on_a_share / "copied" / DB_NAME).read_bytes() == b""
    Workspace.create(tmp_path / "local", "county").close()  # beside the share, on the local disk: fine
