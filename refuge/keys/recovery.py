"""The organisation's recovery key, split into K-of-N shares with Shamir's secret sharing.

The recovery private key is never stored. At creation it is split with pycryptodome's Shamir
implementation (GF(2^128), so the 32-byte key is shared as two 16-byte halves under the same
share indices) and each share is given to a different person. Any K shares rebuild the key;
fewer reveal nothing about it.

A share is written for paper: ``RS1-`` then base32 in groups of four, carrying the threshold,
the share count, its index, a tag of the recovery public key it belongs to and a checksum, so a
mistyped share or one from another organisation is named as such rather than silently
rebuilding a wrong key.
"""

from __future__ import annotations

import base64
import struct

from Crypto.Protocol.SecretSharing import Shamir

from refuge import crypto
from refuge.keys import directory
from refuge.keys.models import RecoveryKey

SHARE_PREFIX = "RS1-"
_HALF = 16
_LAYOUT = struct.Struct(">BBB4s16s16s")  # threshold, shares, index, key tag, two halves
MAX_SHARES = 255


class RecoveryError(Exception):
    """The shares or key given cannot be used; the message says why."""


def _key_tag(public_key: bytes) -> bytes:
    return crypto.digest(b"refuge-recovery-tag:" + public_key)[:4]


def _encode_share(threshold: int, shares: int, index: int, tag: bytes, data: bytes) -> str:
    body = _LAYOUT.pack(threshold, shares, index, tag, data[:_HALF], data[_HALF:])
    raw = body + crypto.digest(body)[:4]
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return SHARE_PREFIX + "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _decode_share(text: str) -> tuple[int, int, int, bytes, bytes]:
    cleaned = "".join(text.split()).upper()
    if not cleaned.startswith(SHARE_PREFIX):
        raise RecoveryError("this is not a recovery share (it should start with RS1-)")
    letters = cleaned[len(SHARE_PREFIX) :].replace("-", "")
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError as exc:
        raise RecoveryError("a recovery share has a character that does not belong") from exc
    if len(raw) != _LAYOUT.size + 4 or crypto.digest(raw[:-4])[:4] != raw[-4:]:
        raise RecoveryError("a recovery share is mistyped or incomplete (its checksum fails)")
    threshold, shares, index, tag, first, second = _LAYOUT.unpack(raw[:-4])
    return threshold, shares, index, tag, first + second


def split(private_key: bytes, *, threshold: int, shares: int, public_key: bytes) -> list[str]:
    """Split a 32-byte private key into ``shares`` shares, any ``threshold`` of which rebuild it."""
    if not 1 <= threshold <= shares <= MAX_SHARES:
        raise RecoveryError("the threshold must be at least 1 and at most the number of shares")
    tag = _key_tag(public_key)
    if threshold == 1:
        # Shamir with one share needed is the key itself; the share format still names it.
        return [_encode_share(1, shares, i, tag, private_key) for i in range(1, shares + 1)]
    first = Shamir.split(threshold, shares, private_key[:_HALF])
    second = dict(Shamir.split(threshold, shares, private_key[_HALF:]))
    return [
        _encode_share(threshold, shares, index, tag, part + second[index]) for index, part in first
    ]


def combine(lines: list[str], *, public_key: bytes) -> crypto.KeyPair:
    """Rebuild the recovery keypair from share lines (or one legacy key line), or raise."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) == 1 and not texts[0].upper().startswith(SHARE_PREFIX):
        return _from_legacy_key(texts[0], public_key)
    if not texts:
        raise RecoveryError("no recovery shares were given")
    parts: dict[int, bytes] = {}
    threshold = 0
    for text in texts:
        needed, _count, index, tag, data = _decode_share(text)
        if tag != _key_tag(public_key):
            raise RecoveryError(f"share {index} belongs to another recovery key")
        threshold = needed
        parts[index] = data
    if len(parts) < threshold:
        raise RecoveryError(
            f"{threshold} different shares are needed; {len(parts)} were given. Nothing was done."
        )
    chosen = sorted(parts.items())[:threshold]
    if threshold == 1:
        private_key = chosen[0][1]
    else:
        private_key = Shamir.combine([(i, d[:_HALF]) for i, d in chosen]) + Shamir.combine(
            [(i, d[_HALF:]) for i, d in chosen]
        )
    keypair = crypto.keypair_from_private(private_key)
    if keypair.public_key != public_key:
        raise RecoveryError("these shares do not rebuild the organisation's recovery key")
    return keypair


def _from_legacy_key(text: str, public_key: bytes) -> crypto.KeyPair:
    try:
        keypair = crypto.keypair_from_private(crypto.decode_key(text))
    except ValueError as exc:
        raise RecoveryError(f"not a recovery key or share: {exc}") from exc
    if keypair.public_key != public_key:
        raise RecoveryError("this is not the organisation's recovery key")
    return keypair


def recovery_key_create(*, threshold: int, shares: int) -> tuple[RecoveryKey, list[str]]:
    """Create the recovery keypair, pin its public key, and return its shares (shown once)."""
    if RecoveryKey.objects.exists():
        raise RecoveryError("a recovery key exists already")
    keypair = crypto.generate_keypair()
    texts = split(
        keypair.private_key, threshold=threshold, shares=shares, public_key=keypair.public_key
    )
    row = RecoveryKey(public_key=keypair.public_key, threshold=threshold, shares=shares)
    row.mac = directory.recovery_key_mac(row)
    row.save()
    directory.recovery_pin_write(keypair.public_key)
    return row, texts


def recovery_keypair(lines: list[str]) -> crypto.KeyPair:
    """Return the recovery keypair rebuilt from K shares, checked against the pinned key."""
    try:
        row = directory.recovery_key_verified()
    except directory.KeyDirectoryError as exc:
        raise RecoveryError(f"the stored recovery key cannot be trusted: {exc}") from exc
    if row is None:
        raise RecoveryError("this organisation has no recovery key: run `refuge recovery init`")
    return combine(lines, public_key=bytes(row.public_key))


def recovery_resplit(lines: list[str], *, threshold: int, shares: int) -> list[str]:
    """Split the existing recovery key (given as a key or K shares) into new shares."""
    keypair = recovery_keypair(lines)
    row = RecoveryKey.objects.get()
    texts = split(
        keypair.private_key, threshold=threshold, shares=shares, public_key=keypair.public_key
    )
    row.threshold, row.shares = threshold, shares
    row.mac = directory.recovery_key_mac(row)
    row.save(update_fields=["threshold", "shares", "mac"])
    return texts
