"""Trusted timestamps (RFC 3161) from the authority at ``REFUGE_TSA_URL``.

A token proves that a hash existed at the time the authority signed: on every evidence
package's manifest, and on the audit-chain head. Tokens are read and checked by the same code
the standalone verifier carries (``standalone_verify``).
"""

from __future__ import annotations

import hashlib
import secrets
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

from refuge.record.standalone_verify import (
    SHA256_OID,
    der_children,
    der_read,
    timestamp_check,
    token_info,
)

MAX_RESPONSE_BYTES = 1024 * 1024


class TimestampError(Exception):
    """The time-stamp authority could not give a valid token; the message says why."""


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def timestamp_request(digest: bytes) -> bytes:
    """Return a DER TimeStampReq for a SHA-256 ``digest``, asking for the signer's certificate."""
    algorithm = _der(0x30, _der(0x06, SHA256_OID) + b"\x05\x00")
    imprint = _der(0x30, algorithm + _der(0x04, digest))
    nonce = (secrets.randbits(62) | (1 << 62)).to_bytes(8, "big")  # positive, minimal DER
    return _der(0x30, _der(0x02, b"\x01") + imprint + _der(0x02, nonce) + _der(0x01, b"\xff"))


def timestamp_response_token(response: bytes, digest: bytes) -> bytes:
    """Return the token inside a DER TimeStampResp, after checking it was granted for ``digest``."""
    try:
        content = der_read(response)[1]
        status_info = der_children(der_read(content)[1])
        status = int.from_bytes(status_info[0][1], "big")
        token = content[der_read(content)[2] :]
        info = token_info(token)
    except (IndexError, ValueError) as exc:
        raise TimestampError("the time-stamp authority's answer is not a time-stamp") from exc
    if status not in (0, 1):  # granted, granted with modifications
        raise TimestampError(f"the time-stamp authority refused (status {status})")
    if info.hashed != digest:
        raise TimestampError("the time-stamp authority stamped another hash")
    return token


def tsa_certificates() -> bytes:
    """Return the PEM certificates tokens are checked with (REFUGE_TSA_CERT_FILE), or b""."""
    path = settings.REFUGE_TSA_CERT_FILE
    return Path(path).read_bytes() if path else b""


def timestamp_fetch(message: bytes) -> bytes | None:
    """Return a token over SHA-256(``message``) from the configured authority; None if none is.

    The token is checked before it is returned (it covers the hash; with certificates
    configured, its signature verifies).
    """
    url = settings.REFUGE_TSA_URL
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        raise TimestampError("REFUGE_TSA_URL must be an http:// or https:// address")
    digest = hashlib.sha256(message).digest()
    request = urllib.request.Request(  # noqa: S310  (scheme checked above)
        url,
        data=timestamp_request(digest),
        headers={"Content-Type": "application/timestamp-query"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(  # noqa: S310  (scheme checked above)
            request, timeout=settings.REFUGE_TSA_TIMEOUT_SECONDS
        ) as answer:
            body = answer.read(MAX_RESPONSE_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        raise TimestampError(f"the time-stamp authority did not answer: {exc}") from exc
    if len(body) > MAX_RESPONSE_BYTES:
        raise TimestampError("the time-stamp authority's answer is too large")
    token = timestamp_response_token(body, digest)
    certificates = tsa_certificates()
    if certificates:
        problems, _note = timestamp_check(token, message, certificates)
        if problems:
            raise TimestampError("; ".join(problems))
    return token
