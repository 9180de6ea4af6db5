"""Real PDF signatures (PAdES baseline B, pyHanko) with an inspector's key, and checking them.

The signature is visible on the first page (a small box a PDF reader shows as a
signature); the signer's name in the reader's panel comes from the certificate. Checking
never fetches anything: the trusted root is the county's own certificate.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.stamp import BaseStampStyle, StaticStampStyle, TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from greenmine_desktop import clock
from greenmine_desktop.signing.ca import Identity

FIELD = "GreenMineSignature"
BOX = (51, 797, 251, 837)  # the top margin of an A4 first page, left of the QR code


def asn1_certificate(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


class LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's ``SimpleSigner`` reads its key back from DER for every signature, and
    cryptography validates an RSA key on each load: 0.1–0.5 s with the GIL held, during
    which the window froze. This one signs with the key already loaded."""

    def __init__(self, identity: Identity, chain: list[x509.Certificate]) -> None:
        key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        super().__init__(signing_cert=asn1_certificate(identity.certificate), signing_key=key,
                         cert_registry=SimpleCertificateStore.from_certs([asn1_certificate(c) for c in chain]))
        self._key = identity.key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        if self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo != "rsassa_pkcs1v15":
            return super().sign_raw(data, digest_algorithm)
        return self._key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))


def sign_pdf(data: bytes, identity: Identity, chain: list[x509.Certificate], reason: str, location: str,
             stamp: bytes | None = None) -> bytes:
    """The PDF with an incremental update holding the signature; ``stamp`` is a one-page
    PDF shown in the signature box (else a plain text stamp)."""
    signer = LoadedKeySigner(identity, chain)
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256", reason=reason, location=location,
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as scratch:  # pyHanko imports a stamp page from a file
        style: BaseStampStyle = TextStampStyle(stamp_text="%(ts)s", border_width=1)
        if stamp is not None:
            page = Path(scratch) / "stamp.pdf"
            page.write_bytes(stamp)
            style = StaticStampStyle.from_pdf_file(str(page), border_width=1)
        signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=fields.SigFieldSpec(
            FIELD, on_page=0, box=BOX)).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)), output=out)
    return out.getvalue()


@dataclass(frozen=True)
class PdfSignatureCheck:
    signer: str  # common name (and badge number) from the certificate
    intact: bool  # the signed bytes are unchanged
    trusted: bool  # the signer chains to the given root
    whole_file: bool  # nothing was added after signing
    signed_at: datetime | None
    certificate: x509.Certificate | None = None  # the signer's, for the county's own register

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.whole_file


def carries_signature(path: Path) -> bool:
    """Whether the file is a PDF holding a digital signature (checked or not); a missing or
    unreadable file holds none."""
    try:
        with path.open("rb") as handle:
            return bool(PdfFileReader(handle, strict=False).embedded_signatures)
    except (OSError, PdfReadError):
        return False


def check_pdf(path: Path, roots: list[x509.Certificate]) -> list[PdfSignatureCheck]:
    """Every signature in the file, checked against ``roots`` (no network)."""
    context = ValidationContext(trust_roots=[asn1_certificate(r) for r in roots], allow_fetching=False,
                                moment=clock.now())  # validity as of the app's one clock
    results = []
    with path.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        for embedded in reader.embedded_signatures:
            try:
                status = validate_pdf_signature(embedded, context)
            except SignatureValidationError:
                results.append(PdfSignatureCheck("?", False, False, False, None))
                continue
            subject = status.signing_cert.subject.native
            signer = subject.get("common_name", "?") + (f"（{subject['serial_number']}）"
                                                         if subject.get("serial_number") else "")
            results.append(PdfSignatureCheck(signer, status.intact and status.valid, status.trusted,
                                             status.coverage.name == "ENTIRE_FILE", status.signer_reported_dt,
                                             x509.load_der_x509_certificate(status.signing_cert.dump())))
    return results
