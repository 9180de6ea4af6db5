"""The package file: a zip with ``manifest.json`` (every file with its size and SHA-256),
``manifest.sig`` (a detached CMS signature of the manifest) and ``chain.pem`` (the signer's
certificate and the county root, for a person looking at the file). The reader trusts
only its own root, so every certificate a package carries, in ``chain.pem`` or in the
signature's certificate set, must be the signer's or that root: a changed byte in either
is refused, never ignored.

Reading checks everything before anyone uses the contents: the zip itself (paths that are
safe on Windows and Linux alike, no links, directories or duplicates, sizes and
compression ratios against zip bombs, entries that decompress and match their CRC), the
signature (intact, made with a certificate the root issued), the format and kind, and
every file against the manifest (none missing, none added, every size and hash). The
first failure is one sentence naming the check and the file.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from greenmine_desktop import clock
from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import UserError
from greenmine_desktop.signing.ca import Identity, issued_by
from greenmine_desktop.signing.cms import CmsCheck, sign_detached, verify_detached

FORMAT = 1
MANIFEST, SIGNATURE, CHAIN = "manifest.json", "manifest.sig", "chain.pem"
CONTROL = {MANIFEST, SIGNATURE, CHAIN}
REQUIRED = {MANIFEST, SIGNATURE}  # chain.pem is for people; when present it is checked
MAX_ENTRIES = 50_000
MAX_TOTAL = 8 * 2**30  # uncompressed bytes in one package
MAX_RATIO = 200  # uncompressed : compressed, per entry
HASHERS = 2
STORED = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".pdf")  # already compressed


@dataclass(frozen=True)
class Package:
    path: Path
    sha256: str  # of its manifest, which lists every file's hash: the package's identity
    manifest: dict[str, Any]
    signer: x509.Certificate
    files: dict[str, bytes]


def _canonical(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_package(out: Path, kind: str, creator: dict[str, Any], files: dict[str, bytes],
                  identity: Identity, chain: list[x509.Certificate]) -> Path:
    """Write a signed package; the zip appears under its name only when complete."""
    listed = [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
              for name, data in sorted(files.items())]
    manifest = _canonical({"format": FORMAT, "kind": kind, "creator": creator,
                           "created_at": clock.now_iso(), "files": listed})
    signature = sign_detached(manifest, identity, chain)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [identity.certificate, *chain])

    def write(stream) -> None:
        with zipfile.ZipFile(stream, "w") as archive:
            for name, data in ((MANIFEST, manifest), (SIGNATURE, signature), (CHAIN, pem), *sorted(files.items())):
                method = zipfile.ZIP_STORED if name.lower().endswith(STORED) else zipfile.ZIP_DEFLATED
                archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, compress_type=method)

    return write_atomically(out, write, create_folder=False)  # out is the user's choice: its folder must exist


def _fail(code: str, file: str = "") -> UserError:
    return UserError(code, file=file)


#: What a damaged zip raises while it is opened or an entry is read: a bad CRC or header
#: (BadZipFile), cut short (EOFError, OSError), a corrupt deflate stream (zlib.error), an
#: unknown compression method (NotImplementedError), an encrypted entry (RuntimeError),
#: header fields that do not decode (ValueError, struct.error).
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error, NotImplementedError,
              RuntimeError, ValueError, struct.error)
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³")}
WINDOWS_FORBIDDEN = set('<>:"|?*\\') | {chr(c) for c in range(32)}


def unsafe_name(name: str) -> bool:
    """Whether a path inside a package could not be the same file on Windows and Linux:
    absolute, with ``..``, a drive or stream (``:``), a reserved device name (``CON``,
    ``aux.txt``), a part ending in a dot or space, or characters Windows forbids."""
    parts = name.split("/")
    return any(not part or part in (".", "..") or part[-1] in ". " or set(part) & WINDOWS_FORBIDDEN
               or part.split(".")[0].upper() in WINDOWS_RESERVED for part in parts)


def _check_entries(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _fail("package_too_large")
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name.casefold() in names:  # Windows folds case: two names, one file
            raise _fail("package_duplicate_entry", name)
        names.add(name.casefold())
        if info.is_dir() or stat.S_ISDIR(info.external_attr >> 16):
            raise _fail("package_directory_entry", name)
        if unsafe_name(name) or PurePosixPath(name).is_absolute():
            raise _fail("package_bad_path", name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _fail("package_link", name)
        total += info.file_size
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 2**20:
            raise _fail("package_zip_bomb", name)
    if total > MAX_TOTAL:
        raise _fail("package_too_large")


def _read(archive: zipfile.ZipFile, name: str, size: int) -> bytes:
    """At most ``size`` + 1 bytes of an entry (never what a lying header claims)."""
    try:
        with archive.open(name) as entry:
            return entry.read(size + 1)
    except ZIP_ERRORS as exc:
        raise _fail("package_file_damaged", name) from exc


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_carried(check: CmsCheck, chain_pem: bytes | None, root: x509.Certificate) -> None:
    """Every certificate the package carries is the signer's or the trusted root."""
    allowed = {check.signer, root}
    if any(c not in allowed for c in check.carried):
        raise _fail("package_chain_unknown", SIGNATURE)
    if chain_pem is not None:
        try:
            carried = x509.load_pem_x509_certificates(chain_pem)
        except ValueError as exc:
            raise _fail("package_chain_unknown", CHAIN) from exc
        if any(c not in allowed for c in carried):
            raise _fail("package_chain_unknown", CHAIN)


def read_package(path: Path, root: x509.Certificate, kind: str) -> Package:
    """The verified contents of a package, or a :class:`UserError` saying what failed where."""
    if not path.is_file():
        raise UserError("file_unreadable", path=path.name, reason="not found")
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS as exc:
        raise _fail("package_not_zip", path.name) from exc
    with archive:
        _check_entries(archive)
        names = set(archive.namelist())
        if not REQUIRED <= names:
            raise _fail("package_incomplete", ", ".join(sorted(REQUIRED - names)))
        manifest_bytes = _read(archive, MANIFEST, 16 * 2**20)
        check = verify_detached(manifest_bytes, _read(archive, SIGNATURE, 2**20))
        if not check.intact or check.signer is None:
            raise _fail("package_signature_bad", MANIFEST)
        if check.signer != root and not issued_by(check.signer, root):
            raise _fail("package_untrusted", MANIFEST)
        _check_carried(check, _read(archive, CHAIN, 2**20) if CHAIN in names else None, root)
        try:
            manifest = json.loads(manifest_bytes)
            listed = {str(f["path"]): (int(f["size"]), str(f["sha256"])) for f in manifest["files"]}
            version, found_kind = int(manifest["format"]), str(manifest["kind"])
        except (ValueError, KeyError, TypeError) as exc:
            raise _fail("package_signature_bad", MANIFEST) from exc
        if version > FORMAT:
            raise UserError("package_format_newer", found=version, supported=FORMAT)
        if found_kind != kind:
            raise UserError("package_wrong_kind", found=found_kind, expected=kind)
        if extra := sorted(names - CONTROL - set(listed)):
            raise _fail("package_file_added", extra[0])
        if missing := sorted(set(listed) - names):
            raise _fail("package_file_missing", missing[0])
        if control := sorted(set(listed) & CONTROL):
            raise _fail("package_file_added", control[0])
        files: dict[str, bytes] = {}
        digests: dict[str, Future[str]] = {}
        with ThreadPoolExecutor(HASHERS) as pool:  # hashing releases the GIL: it runs while the next file is read
            for name, (size, _) in sorted(listed.items()):
                files[name] = _read(archive, name, size)
                digests[name] = pool.submit(_sha256, files[name])
    for name, (size, digest) in sorted(listed.items()):
        if len(files[name]) != size or digests[name].result() != digest:
            raise _fail("package_file_changed", name)
    return Package(path, hashlib.sha256(manifest_bytes).hexdigest(), manifest, check.signer, files)
