"""Whether a folder is on a network filesystem, where a SQLite workspace must not live.

SQLite's own documentation ("How To Corrupt An SQLite Database File", §2.1) says file
locks on network filesystems do not behave as advertised and WAL does not work there at
all: two clerks sharing ``workspace.sqlite`` on the bureau's share corrupt it. Such a
workspace is refused with a sentence that names the server option instead (issue 22).

Detected without shelling out: on Windows a UNC path (``\\\\server\\share``) or a drive
letter that ``GetDriveTypeW`` calls remote (a mapped network drive); on Linux the type of
the filesystem holding the folder in ``/proc/mounts``; on macOS ``statfs``'s flag that a
filesystem is local.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

#: Linux filesystem types that are a network share (FUSE ones carry the "fuse." prefix).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gfs2",
    "ocfs2", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs", "fuse.s3fs", "fuse.rclone",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
MNT_LOCAL = 0x1000  # macOS statfs f_flags


def on_network_filesystem(folder: Path) -> bool:
    """True when ``folder`` (or the nearest folder above it that exists) is on a share."""
    path = Path(os.path.abspath(folder))
    if os.name == "nt":
        return _windows_remote(str(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    if sys.platform == "darwin":
        return _macos_remote(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return linux_type(path.resolve(), mounts) in NETWORK_TYPES


def linux_type(path: Path, mounts: str) -> str:
    """The filesystem type of the longest mount point holding ``path``, from /proc/mounts."""
    best, found = -1, ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        if (path == Path(point) or Path(point) in path.parents) and len(point) > best:
            best, found = len(point), fields[2]
    return found


def is_unc(path: str) -> bool:
    """A Windows UNC path: \\\\server\\share\\… (or //server/share/…), but not a device path
    such as \\\\?\\C:\\ or \\\\.\\, which name local drives."""
    if not (path.startswith("\\\\") or path.startswith("//")):
        return False
    rest = path[2:]
    if rest[:2] in ("?\\", "./", ".\\", "?/"):
        return rest[2:].upper().startswith("UNC")
    return True


def _windows_remote(path: str) -> bool:
    if is_unc(path):
        return True
    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive + "\\")) == DRIVE_REMOTE)


class _StatFs(ctypes.Structure):
    """macOS's struct statfs (64-bit inode layout), up to the fields read here."""

    _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
                ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
                ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]


def _macos_remote(path: Path) -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    found = _StatFs()
    if statfs(os.fsencode(path), ctypes.byref(found)) != 0:
        return False
    return not found.f_flags & MNT_LOCAL
