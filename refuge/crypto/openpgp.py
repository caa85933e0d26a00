"""OpenPGP encryption to a staff member's public key, through GnuPG (python-gnupg).

Every call works in a fresh, throw-away GnuPG home on RAM (REFUGE_RAM_TMPDIR): nothing is
kept in a keyring between calls, and nothing touches the persistent disk.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import gnupg
from django.conf import settings

MAX_KEY_LENGTH = 64 * 1024


class OpenPGPError(Exception):
    """The key cannot be used, or GnuPG failed; the message names no key material."""


@contextmanager
def _gpg() -> Iterator[gnupg.GPG]:
    home = tempfile.mkdtemp(prefix="refuge-gpg-", dir=settings.REFUGE_RAM_TMPDIR)
    try:
        yield gnupg.GPG(gnupghome=home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _import(gpg: gnupg.GPG, armored: str) -> str:
    if not armored.strip() or len(armored) > MAX_KEY_LENGTH:
        raise OpenPGPError("not one OpenPGP public key")
    result = gpg.import_keys(armored)
    keys = gpg.list_keys()
    if len(result.fingerprints) != 1 or len(keys) != 1 or gpg.list_keys(secret=True):
        raise OpenPGPError("not one OpenPGP public key")
    key = keys[0]
    capabilities = key.get("cap", "") + "".join(sub[1] for sub in key.get("subkeys", []))
    if "e" not in capabilities.lower() or key.get("trust") in {"r", "e"}:
        raise OpenPGPError("the key cannot encrypt (revoked, expired or signing only)")
    return str(result.fingerprints[0])


def public_key_fingerprint(armored: str) -> str:
    """Return the fingerprint of the one public key in ``armored``, or raise OpenPGPError."""
    with _gpg() as gpg:
        return _import(gpg, armored)


def encrypt_to(armored: str, text: str) -> str:
    """Return ``text`` encrypted to the public key ``armored``, ASCII-armoured."""
    with _gpg() as gpg:
        fingerprint = _import(gpg, armored)
        result = gpg.encrypt(text, [fingerprint], always_trust=True, armor=True)
        if not result.ok:
            raise OpenPGPError("GnuPG could not encrypt")
        return str(result)
