"""Receipts and coarse times: what a reporter holds, and when Refuge says they were here.

A receipt is 25 random digits; the server keeps only a keyed tag of it (under the server key,
the previous one too while keys rotate) and the Argon2id salt and cost its key was derived
with, so raising the cost leaves old receipts working."""

from __future__ import annotations

import secrets
import unicodedata
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from refuge import crypto
from refuge.keys.server import kdf_cost, server_subkey, server_subkeys

RECEIPT_DIGITS = 25  # 25 random decimal digits: log2(10**25) = 83 bits


def coarse_now() -> datetime:
    """Return the current time truncated to REFUGE_SUBMISSION_TIME_GRANULARITY."""
    now = timezone.now()
    granularity = settings.REFUGE_SUBMISSION_TIME_GRANULARITY
    if granularity == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "minute":
        return now.replace(second=0, microsecond=0)
    return now.replace(minute=0, second=0, microsecond=0)


def receipt_generate() -> str:
    """Return a new receipt: 25 random digits in five groups of five."""
    digits = "".join(str(secrets.randbelow(10)) for _ in range(RECEIPT_DIGITS))
    return " ".join(digits[i : i + 5] for i in range(0, RECEIPT_DIGITS, 5))


def receipt_normalise(text: str) -> str | None:
    """Return the receipt's 25 digits, ignoring spaces and dashes, or None if it is not one."""
    digits = []
    for ch in text:
        if ch.isdigit():
            digits.append(str(unicodedata.digit(ch)))  # also Arabic-Indic and other digits
        elif not (ch.isspace() or ch in "-\u2013\u2014.,"):
            return None
    return "".join(digits) if len(digits) == RECEIPT_DIGITS else None


def receipt_tag(digits: str) -> str:
    return crypto.keyed_hash(server_subkey("receipt"), digits.encode("ascii")).hex()


def receipt_tags(digits: str) -> list[str]:
    """Return the receipt's tag under the current server key, then under the previous one."""
    return [
        crypto.keyed_hash(key, digits.encode("ascii")).hex() for key in server_subkeys("receipt")
    ]


# A report's receipt_salt records the Argon2id cost its receipt key was derived with, so
# raising REFUGE_KDF_* leaves old receipts working: format byte, opslimit (4 bytes), memlimit
# (8 bytes), salt. A bare salt (before the format existed) was derived at the settings' cost.
RECEIPT_KDF_FORMAT = 0x01


def receipt_kdf_pack(salt: bytes, cost: crypto.KdfCost) -> bytes:
    params = cost.opslimit.to_bytes(4, "big") + cost.memlimit.to_bytes(8, "big")
    return bytes([RECEIPT_KDF_FORMAT]) + params + salt


def receipt_kdf_unpack(stored: bytes) -> tuple[bytes, crypto.KdfCost]:
    if len(stored) == crypto.SALT_BYTES:
        return stored, kdf_cost()
    if stored[:1] != bytes([RECEIPT_KDF_FORMAT]) or len(stored) != 13 + crypto.SALT_BYTES:
        raise ValueError("unknown receipt KDF format")
    cost = crypto.KdfCost(
        opslimit=int.from_bytes(stored[1:5], "big"), memlimit=int.from_bytes(stored[5:13], "big")
    )
    return stored[13:], cost
