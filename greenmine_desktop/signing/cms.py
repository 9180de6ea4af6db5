"""Detached CMS signatures over package manifests (pyHanko's general-data signing), checked
offline: here only that the signature is intact and whose certificate made it; whether the
county trusts that certificate (issued by its root, in its register, not revoked, valid
today) is decided by the caller, so each refusal can say what is wrong."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from pyhanko.sign.validation.generic_cms import validate_sig_integrity

from greenmine_desktop.signing.ca import Identity
from greenmine_desktop.signing.pdf_signature import LoadedKeySigner


def sign_detached(data: bytes, identity: Identity, chain: list[x509.Certificate]) -> bytes:
    """DER of a CMS ContentInfo signing ``data`` (not included), carrying the signer's
    certificate and ``chain`` (packages pass none: the reader trusts its own root)."""
    signer = LoadedKeySigner(identity, chain)
    content = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    return content.dump()


@dataclass(frozen=True)
class CmsCheck:
    intact: bool  # one signer, whose certificate's key signed exactly these bytes
    signer: x509.Certificate | None
    carried: tuple[x509.Certificate, ...] = ()  # every certificate in the signature's set


def verify_detached(data: bytes, signature: bytes) -> CmsCheck:
    try:
        content = cms.ContentInfo.load(signature)
        if content["content_type"].native != "signed_data":
            return CmsCheck(False, None)
        signed_data = content["content"]
        [signer_info] = signed_data["signer_infos"]
        carried = [c.chosen for c in signed_data["certificates"] or []]
        sid = signer_info["sid"].chosen
        signer = next(c for c in carried if isinstance(sid, cms.IssuerAndSerialNumber)
                      and c.issuer == sid["issuer"] and c.serial_number == sid["serial_number"].native)
        algorithm = signer_info["digest_algorithm"]["algorithm"].native
        intact, valid = validate_sig_integrity(signer_info, signer, "data", hashlib.new(algorithm, data).digest())
        certificates = tuple(x509.load_der_x509_certificate(c.dump()) for c in carried)
        found = x509.load_der_x509_certificate(signer.dump())
    except Exception:  # noqa: BLE001 - anything that does not parse or check is not a good signature
        return CmsCheck(False, None)
    return CmsCheck(bool(intact and valid), found, certificates)
