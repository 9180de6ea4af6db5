"""The county's small certificate authority (cryptography): a root key and certificate, and
one certificate per inspector, handed out as a passphrase-protected PKCS#12 file.

RSA 2048 with SHA-256: what every PDF reader and CMS implementation in use in county
offices verifies. The root key never leaves the county workspace and is stored encrypted
with the passphrase its keeper chose: standard encrypted PKCS#8 (PBES2, AES-256-CBC), but
with PBKDF2-HMAC-SHA256 at :data:`KDF_ROUNDS` iterations (OWASP's 2023 figure) instead of
the 2,048 that ``BestAvailableEncryption`` gives PKCS#8, so a stolen copy of the key file
costs an attacker 300 times more per guessed passphrase. Any PKCS#8 reader (OpenSSL,
cryptography) opens it; keys written before with fewer rounds still open.

The key is derived with :func:`hashlib.pbkdf2_hmac`, which gives the same bytes as
cryptography's PBKDF2 but lets other threads run during its 0.2 s: cryptography's PEM
loader holds the GIL for the whole derivation, which froze the window for as long while
a package was signed in the background. So this module opens its own format itself
(asn1crypto for the structure, cryptography's AES) and leaves any other key to
cryptography's loader.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from asn1crypto import algos, pem
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from greenmine_desktop import clock
from greenmine_desktop.messages import UserError

KEY_BITS = 2048
ROOT_YEARS = 10
INSPECTOR_YEARS = 3
KDF_ROUNDS = 600_000
PEM_LABEL = "ENCRYPTED PRIVATE KEY"
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning (RFC 9336)


@dataclass(frozen=True)
class Identity:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate


def _name(common: str, organisation: str, serial: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                  x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if serial:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attributes)


def create_root(bureau: str, now: datetime | None = None) -> Identity:
    now = now or clock.now()
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    name = _name(f"{bureau} GreenMine 根证书", bureau)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(key, certificate)


def issue(root: Identity, name: str, badge_no: str, now: datetime | None = None,
          years: int = INSPECTOR_YEARS) -> Identity:
    """An inspector's key and certificate, signed by the county root."""
    now = now or clock.now()
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    organisation = root.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    certificate = (
        x509.CertificateBuilder().subject_name(_name(name, str(organisation), badge_no))
        .issuer_name(root.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=False,
                                     crl_sign=False, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()), critical=False)
        .sign(root.key, hashes.SHA256())
    )
    return Identity(key, certificate)


def key_pem(identity: Identity, passphrase: str, rounds: int = KDF_ROUNDS) -> bytes:
    """The private key as encrypted PKCS#8 PEM: PBES2 with PBKDF2-HMAC-SHA256 at ``rounds``
    iterations and AES-256-CBC (RFC 8018), built with asn1crypto because cryptography's
    PKCS#8 writer does not let the iteration count be chosen."""
    salt, iv = os.urandom(16), os.urandom(16)
    secret = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, rounds, 32)
    padder = padding.PKCS7(128).padder()
    plain = padder.update(identity.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())) + padder.finalize()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    info = asn1_keys.EncryptedPrivateKeyInfo({
        "encryption_algorithm": {"algorithm": "pbes2", "parameters": {
            "key_derivation_func": {"algorithm": "pbkdf2", "parameters": {
                "salt": algos.Pbkdf2Salt(name="specified", value=salt), "iteration_count": rounds,
                "prf": {"algorithm": "sha256"}}},
            "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv}}},
        "encrypted_data": encryptor.update(plain) + encryptor.finalize(),
    })
    return pem.armor(PEM_LABEL, info.dump())


def _pbes2(key_data: bytes) -> asn1_keys.EncryptedPrivateKeyInfo | None:
    """The structure of an encrypted PKCS#8 PEM key when it is PBES2, else None."""
    try:
        _, _, der = pem.unarmor(key_data)
        info = asn1_keys.EncryptedPrivateKeyInfo.load(der)
        return info if info["encryption_algorithm"]["algorithm"].native == "pbes2" else None
    except (ValueError, TypeError, KeyError):
        return None


def _own_format(key_data: bytes) -> asn1_keys.EncryptedPrivateKeyInfo | None:
    """The key's structure when it is what :func:`key_pem` writes (PBES2, PBKDF2 with
    HMAC-SHA256, AES-256-CBC), else None."""
    info = _pbes2(key_data)
    if info is None:
        return None
    try:
        parameters = info["encryption_algorithm"]["parameters"]
        kdf, scheme = parameters["key_derivation_func"], parameters["encryption_scheme"]
        if (kdf["algorithm"].native, kdf["parameters"]["prf"]["algorithm"].native,
                scheme["algorithm"].native) != ("pbkdf2", "sha256", "aes256_cbc"):
            return None
    except (ValueError, TypeError, KeyError):
        return None
    return info


def _open_own_format(info: asn1_keys.EncryptedPrivateKeyInfo, passphrase: str) -> bytes:
    """The unencrypted PKCS#8 DER; ValueError for a wrong passphrase (the padding or the
    structure then does not hold)."""
    parameters = info["encryption_algorithm"]["parameters"]
    kdf = parameters["key_derivation_func"]["parameters"]
    secret = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), kdf["salt"].native,
                                 int(kdf["iteration_count"].native), 32)
    decryptor = Cipher(algorithms.AES(secret), modes.CBC(parameters["encryption_scheme"]["parameters"].native)
                       ).decryptor()
    padded = decryptor.update(info["encrypted_data"].native) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def key_rounds(key_data: bytes) -> int:
    """The PBKDF2 iteration count an encrypted PKCS#8 PEM key was written with (0 when it is
    not PBES2 with PBKDF2): to tell a key that should be re-encrypted."""
    info = _pbes2(key_data)
    if info is None:
        return 0
    try:
        kdf = info["encryption_algorithm"]["parameters"]["key_derivation_func"]
        return int(kdf["parameters"]["iteration_count"].native) if isinstance(kdf, algos.KdfAlgorithm) else 0
    except (ValueError, TypeError, KeyError):
        return 0


def load_identity(key_data: bytes, certificate_data: bytes, passphrase: str) -> Identity:
    """The workspace's own key (written by :func:`key_pem`, opened only with the user's
    passphrase). Its RSA validation is skipped: for a 3072-bit key it takes ~0.5 s with
    the GIL held, freezing the window while a package is signed, and a key this app
    generated and encrypted needs no check that it is well formed."""
    own = _own_format(key_data)
    try:
        if own is not None:
            key = serialization.load_der_private_key(_open_own_format(own, passphrase), None,
                                                     unsafe_skip_rsa_key_validation=True)
        else:
            key = serialization.load_pem_private_key(key_data, passphrase.encode("utf-8"),
                                                     unsafe_skip_rsa_key_validation=True)
    except (ValueError, TypeError) as exc:
        raise UserError("wrong_passphrase") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UserError("wrong_passphrase")
    return Identity(key, x509.load_pem_x509_certificate(certificate_data))


def to_pkcs12(identity: Identity, root: x509.Certificate, passphrase: str) -> bytes:
    """The inspector's key, certificate and the county root, for the field laptop."""
    name = identity.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    return pkcs12.serialize_key_and_certificates(
        str(name).encode("utf-8"), identity.key, identity.certificate, [root],
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def from_pkcs12(data: bytes, passphrase: str) -> tuple[Identity, list[x509.Certificate]]:
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise UserError("wrong_passphrase") from exc
    if not isinstance(key, rsa.RSAPrivateKey) or certificate is None:
        raise UserError("pkcs12_incomplete")
    return Identity(key, certificate), list(chain)


def issued_by(certificate: x509.Certificate, root: x509.Certificate) -> bool:
    """Whether ``certificate`` carries a valid signature of ``root`` (and names it as issuer)."""
    try:
        certificate.verify_directly_issued_by(root)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
