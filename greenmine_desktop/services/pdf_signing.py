"""Signing an exported PDF with an inspector's PKCS#12 key, and checking a signed PDF
against the county's root."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from greenmine_desktop import clock
from greenmine_desktop.documents.signature_stamp import build_stamp, stamp_lines
from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.signing.pdf_signature import BOX, PdfSignatureCheck, carries_signature, check_pdf, sign_pdf
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace


def sign_document(ws: Workspace, pdf: Path, p12: Path, passphrase: str, reason: str,
                  actor: str | None = None) -> Path:
    """Sign ``pdf`` in place (the signed file replaces it atomically); a PDF signed already
    is refused in one sentence (pyHanko's own error was an unexpected one to the user)."""
    if carries_signature(pdf):
        raise UserError("pdf_signed_already", file=pdf.name)
    try:
        p12_data = p12.read_bytes()
    except OSError as exc:
        raise UserError("file_unreadable", path=p12.name, reason=exc.strerror or type(exc).__name__) from exc
    identity, chain = from_pkcs12(p12_data, passphrase)
    subject = identity.certificate.subject
    badge = subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    name = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    lines = stamp_lines(str(name[0].value) if name else "", str(badge[0].value) if badge else "",
                        clock.now())
    stamp = build_stamp(lines, BOX[2] - BOX[0], BOX[3] - BOX[1])
    signed = sign_pdf(pdf.read_bytes(), identity, chain, reason, ws.meta("county") or "", stamp)
    write_atomically(pdf, lambda stream: stream.write(signed))
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "sign", "pdf", pdf.name, None, None,
                     {"certificate": format(identity.certificate.serial_number, "x")})
    return pdf


def pdf_problems(path: Path, root: x509.Certificate,
                 county: Workspace | None = None) -> tuple[list[PdfSignatureCheck], list[Problem]]:
    """The signatures of a PDF and what is wrong with them (nothing when all hold).

    Given the county workspace, a certificate that chains to its root must also stand in
    its register: issued there and not revoked (a field laptop, without the register,
    checks the chain only). Validity is checked as of now, like the chain: the signing
    time a PDF states is the signer's own claim."""
    checks = check_pdf(path, [root])
    problems = [] if checks else [Problem("pdf_unsigned")]
    for check in checks:
        if not check.intact:
            problems.append(Problem("pdf_changed", {"signer": check.signer}))
        elif not check.whole_file:
            problems.append(Problem("pdf_added_after", {"signer": check.signer}))
        if not check.trusted:
            problems.append(Problem("pdf_untrusted", {"signer": check.signer}))
        elif county is not None and county.kind == "county" and check.certificate is not None:
            from greenmine_desktop.services.keys import trust_problem

            distrust = trust_problem(county, check.certificate)  # validity as of now, as the chain was checked
            if distrust is not None:
                problems.append(Problem("pdf_signer_distrusted", {
                    "signer": check.signer, "why_zh": distrust.message("zh_CN"), "why_en": distrust.message("en")}))
    return checks, problems
