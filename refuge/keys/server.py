"""Server-held keys, each derived for one purpose from REFUGE_SERVER_KEY."""

from __future__ import annotations

from functools import cache

from django.conf import settings

from refuge import crypto


@cache
def _server_master_key(encoded: str) -> bytes:
    return crypto.decode_key(encoded)


def server_subkey(purpose: str) -> bytes:
    """Return the server's key for ``purpose`` (a short ASCII label such as "totp")."""
    return crypto.derive_subkey(_server_master_key(settings.REFUGE_SERVER_KEY), purpose)


def server_subkeys(purpose: str) -> list[bytes]:
    """Return the key for ``purpose`` under REFUGE_SERVER_KEY, then under
    REFUGE_SERVER_KEY_PREVIOUS while a rotation's window is open (docs/deployment.md)."""
    keys = [server_subkey(purpose)]
    previous = getattr(settings, "REFUGE_SERVER_KEY_PREVIOUS", "")
    if previous:
        keys.append(crypto.derive_subkey(_server_master_key(previous), purpose))
    return keys


def kdf_cost() -> crypto.KdfCost:
    return crypto.KdfCost(
        opslimit=settings.REFUGE_KDF_OPSLIMIT, memlimit=settings.REFUGE_KDF_MEMLIMIT
    )
