"""Ed25519 signing keys, shared by the station (its bundles) and the district (its roll-up).

Keys travel as base64 of their 32 raw bytes. The fingerprint is what a person compares by
eye (on the monthly PDF, in the district's register): SHA-256 of the public key, the first
16 hex digits in groups of four.
"""
from __future__ import annotations

import base64
import binascii
import hashlib

# cryptography is imported where a key is used, not here: the station module (and so the
# window's start) imports this one, and cryptography's ~40 modules cost ~15 ms to load.


def new_key_pair() -> tuple[str, str]:
    """(private, public), base64."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    private_raw = private.private_bytes(encoding=serialization.Encoding.Raw,
                                        format=serialization.PrivateFormat.Raw,
                                        encryption_algorithm=serialization.NoEncryption())
    return _b64(private_raw), public_of(_b64(private_raw))


def public_of(private_b64: str) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return _b64(private.public_key().public_bytes(encoding=serialization.Encoding.Raw,
                                                  format=serialization.PublicFormat.Raw))


def sign(private_b64: str, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64)).sign(data)


def verify(public_b64: str, data: bytes, signature: bytes) -> bool:
    """True only for a good signature by that key; a malformed key or signature is False."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(public_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True


def fingerprint(public_b64: str) -> str:
    try:
        raw = base64.b64decode(public_b64, validate=True)
    except (ValueError, binascii.Error):
        raw = public_b64.encode("utf-8", "replace")
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
