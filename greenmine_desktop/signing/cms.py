"""Detached CMS signatures over package manifests (pyHanko's general-data signing and
detached validation), checked offline against one trusted root."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from greenmine_desktop import clock
from greenmine_desktop.signing.ca import Identity
from greenmine_desktop.signing.pdf_signature import LoadedKeySigner, asn1_certificate


def sign_detached(data: bytes, identity: Identity, chain: list[x509.Certificate]) -> bytes:
    """DER of a CMS ContentInfo signing ``data`` (not included), with the signer's chain."""
    signer = LoadedKeySigner(identity, chain)
    content = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    return content.dump()


@dataclass(frozen=True)
class CmsCheck:
    intact: bool  # the signature covers exactly these bytes
    trusted: bool  # the signer chains to the root
    signer: x509.Certificate | None


def verify_detached(data: bytes, signature: bytes, root: x509.Certificate) -> CmsCheck:
    try:
        content = cms.ContentInfo.load(signature)
        signed_data = content["content"]
        if content["content_type"].native != "signed_data":
            return CmsCheck(False, False, None)
    except (ValueError, TypeError, KeyError):
        return CmsCheck(False, False, None)
    context = ValidationContext(trust_roots=[asn1_certificate(root)], allow_fetching=False,
                                moment=clock.now())  # validity as of the app's one clock
    try:
        status = asyncio.run(async_validate_detached_cms(
            data, signed_data, signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature"})))
    except Exception:  # noqa: BLE001 - any failure to parse or validate means: not a good signature
        return CmsCheck(False, False, None)
    signer = x509.load_der_x509_certificate(status.signing_cert.dump()) if status.signing_cert else None
    return CmsCheck(bool(status.intact and status.valid), bool(status.trusted), signer)
