"""Padding before encryption, so that stored sizes say little about the files.

Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
PURBs", PETS 2019): a length L is rounded up so that only its top bits vary, which leaks
O(log log L) bits and costs at most about 12 % of space. Nothing is smaller than MIN_BUCKET.
The padded form is ``length (8 bytes, big-endian) || data || zeros``.
"""

from __future__ import annotations

MIN_BUCKET = 4096
_LENGTH_BYTES = 8


class PaddingError(ValueError):
    """The bytes are not padded data (or were altered)."""


def padme(length: int) -> int:
    """Return the Padmé bucket for ``length`` bytes (never below MIN_BUCKET)."""
    if length <= MIN_BUCKET:
        return MIN_BUCKET
    exponent = length.bit_length() - 1  # floor(log2(L))
    size_bits = exponent.bit_length()  # floor(log2(E)) + 1
    mask = (1 << (exponent - size_bits)) - 1
    return (length + mask) & ~mask


def pad(data: bytes) -> bytes:
    """Return ``data`` with its length in front and zeros to the end of its bucket."""
    body = len(data).to_bytes(_LENGTH_BYTES, "big") + data
    return body + bytes(padme(len(body)) - len(body))


def unpad(padded: bytes) -> bytes:
    """Return the data inside ``pad``'s output."""
    if len(padded) < _LENGTH_BYTES:
        raise PaddingError("too short to be padded data")
    length = int.from_bytes(padded[:_LENGTH_BYTES], "big")
    if length > len(padded) - _LENGTH_BYTES:
        raise PaddingError("the stated length runs past the end")
    return padded[_LENGTH_BYTES : _LENGTH_BYTES + length]
