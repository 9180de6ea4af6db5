"""Is a folder on a network share? A SQLite workspace there is refused (issue 22).

SQLite's own documentation ("How To Corrupt An SQLite Database File", §2.1) says file
locks on network filesystems do not behave as advertised and WAL does not work over
them: two clerks on one shared workspace folder would corrupt it. A bureau with several
clerks keeps its county desk on a PostgreSQL server instead; only the photos, reports
and keys may then sit on the share.

How each system tells us, cheaply enough to run on every open before the first paint:

- **Windows**, the main platform: a UNC path (``\\\\server\\share``, ``\\\\?\\UNC\\…``) is
  remote by its form; a drive letter is asked of the system (``GetDriveTypeW`` returns
  ``DRIVE_REMOTE`` for a mapped network drive).
- **Linux** (Kylin, UOS): the kernel's mount table ``/proc/self/mounts`` names the
  filesystem type of the longest mount point above the folder (cifs, smb3, nfs, sshfs,
  …). A share opened in the desktop's file manager is a ``gvfsd-fuse`` mount whose
  folder names the protocol (``smb-share:server=…``). psutil reads the same table but
  costs 25–40 ms to import, which the start-up budget (issue 23) cannot spare.
- **Elsewhere** (macOS, BSD): psutil's ``disk_partitions``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PureWindowsPath

# Filesystem types that live on another machine, as Linux, macOS and BSD name them.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "afpfs", "ncpfs", "9p", "ceph", "glusterfs",
    "fuse.glusterfs", "fuse.sshfs", "sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "webdav", "lustre", "gpfs",
    "ocfs2", "gfs2",
})
# A gvfs mount's folder names its protocol: "smb-share:server=10.0.0.2,share=kuangguan".
_GVFS_REMOTE = re.compile(r"^(smb-share|nfs|sftp|dav|davs|ftp|afp-volume|afc):", re.IGNORECASE)
_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive
_MOUNTS = Path("/proc/self/mounts")

Mount = tuple[str, str]  # (mount point, filesystem type)


def network_kind(folder: Path) -> str | None:
    """What kind of network share holds ``folder`` ("UNC path", "mapped network drive",
    "cifs", …), or None when it is on a local disk (or the system cannot tell)."""
    if os.name == "nt":
        return windows_network_kind(str(folder), _windows_drive_type)
    path = os.path.realpath(folder)
    if sys.platform.startswith("linux") and _MOUNTS.is_file():
        return mounted_network_kind(path, _linux_mounts())
    return mounted_network_kind(path, _psutil_mounts())


def windows_network_kind(path: str, drive_type: Callable[[str], int]) -> str | None:
    """The Windows rule on a path's text: UNC by form, a drive letter by the system's answer."""
    upper = path.upper().replace("/", "\\")
    if upper.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return "UNC path"
    if upper.startswith(("\\\\?\\", "\\\\.\\")):  # a device path naming a drive: \\?\C:\…
        path = path[4:]
    pure = PureWindowsPath(path)
    if pure.drive.startswith("\\\\"):
        return "UNC path"
    if pure.drive and drive_type(pure.drive + "\\") == _DRIVE_REMOTE:
        return "mapped network drive"
    return None


def mounted_network_kind(path: str, mounts: Iterable[Mount]) -> str | None:
    """The filesystem type of the longest mount point above ``path`` when it is a
    network one; a gvfs mount by the protocol its folder names."""
    best: Mount | None = None
    for point, fstype in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    if best is None:
        return None
    point, fstype = best
    if fstype.lower() in NETWORK_FILESYSTEMS:
        return fstype
    if fstype == "fuse.gvfsd-fuse":
        below = path[len(point):].lstrip("/").split("/", 1)[0]
        return below.split(":", 1)[0] if _GVFS_REMOTE.match(below) else None
    return None


def parse_mount_table(text: str) -> list[Mount]:
    """Mount points and types from ``/proc/self/mounts`` (fstab format: a space in a
    mount point is written ``\\040``)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def _linux_mounts() -> list[Mount]:
    try:
        return parse_mount_table(_MOUNTS.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def _psutil_mounts() -> list[Mount]:
    import psutil

    return [(p.mountpoint, p.fstype) for p in psutil.disk_partitions(all=True)]


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
