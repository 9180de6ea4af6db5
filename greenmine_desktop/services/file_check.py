"""核验文件: what someone hands in (a signed PDF, an assignment or a return package) checked
against this workspace's county root, with the same code as ``greenmine verify``.

The answer is four facts a clerk can read out: who signed it and when, whether it is
intact, whether it chains to this county's root, and the sentences saying why not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.packages.container import read_package
from greenmine_desktop.services.keys import root_certificate
from greenmine_desktop.services.pdf_signing import pdf_problems
from greenmine_desktop.services.returns import verify_return
from greenmine_desktop.store.workspace import Workspace

KINDS = {".pdf": "pdf", ".gmtask": "assignment", ".gmreturn": "return"}


@dataclass(frozen=True)
class FileCheck:
    path: Path
    kind: str  # pdf, assignment, return
    signers: tuple[str, ...] = ()  # name (badge)
    signed_at: datetime | None = None
    intact: bool = False
    chains: bool = False
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.intact and self.chains and not self.problems


def file_kind(path: Path) -> str:
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise UserError("verify_kind_unknown", file=path.name)
    return kind


def _holder(certificate: x509.Certificate) -> str:
    name = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    badge = certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return (str(name[0].value) if name else "?") + (f"（{badge[0].value!s}）" if badge else "")


def check_file(ws: Workspace, path: Path) -> FileCheck:
    """Check ``path`` against the root this workspace trusts (a field laptop: the county's
    root that came with its certificate)."""
    kind = file_kind(path)
    root = root_certificate(ws)
    if kind == "pdf":
        checks, problems = pdf_problems(path, root, ws)
        broken = {c.signer for c in checks if not c.intact}
        # a broken signature vouches for no certificate: "changed" is the whole story
        problems = [p for p in problems if not (p.code == "pdf_untrusted" and p.params.get("signer") in broken)]
        return FileCheck(path, kind, tuple(c.signer for c in checks),
                         max((c.signed_at for c in checks if c.signed_at), default=None),
                         bool(checks) and all(c.intact and c.whole_file for c in checks),
                         bool(checks) and all(c.trusted for c in checks), tuple(problems))
    package = None
    try:
        package = read_package(path, root, kind)  # signature, chain to the root, every file's hash
        if kind == "assignment" and package.signer != root:
            raise UserError("package_untrusted", file=path.name)
        if kind == "return" and ws.kind == "county":  # the county's register says who may send one
            verify_return(ws, path)
    except UserError as exc:
        # Whole (every hash checked) only when the container was read through; its signer then known.
        return FileCheck(path, kind, (_holder(package.signer),) if package else (), None, package is not None,
                         False, (exc.problem,))
    created = package.manifest.get("created_at")
    return FileCheck(path, kind, (_holder(package.signer),),
                     datetime.fromisoformat(created) if isinstance(created, str) else None, True, True, ())


def summary(check: FileCheck, lang: str) -> list[str]:
    """The result in sentences, good news first."""
    from greenmine_desktop.messages import text

    lines = []
    if check.signers:
        at = check.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if check.signed_at else "?"
        lines.append(text("verify_signed_by", lang, signer="、".join(check.signers), at=at))
    if check.intact:
        lines.append(text("verify_intact", lang))
    if check.chains:
        lines.append(text("verify_chains", lang))
    lines += [p.message(lang) for p in check.problems]
    return lines
