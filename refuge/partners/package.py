"""The two files organisations exchange: a public key file and a signed, encrypted package.

Public key file (text, shared out of band, compared by fingerprint over the phone)::

    REFUGE-PARTNER-KEY 1
    encryption: <X25519 public key, URL-safe base64>
    signing: <Ed25519 public key, URL-safe base64>
    fingerprint: XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX

Package (a referral, or a status update about one)::

    REFUGE-PACKAGE 1
    to: <the recipient's fingerprint>
    <base64 of a sealed box to the recipient's encryption key>

The sealed box holds ``signature(64) || message``, the signature being the sender's Ed25519
signature of ``SIGNED_PREFIX || message``; the message is JSON with the kind, a unique id, the
time, sender and recipient (both public keys of each) and the body. Signing inside the
encryption, with the recipient named in what is signed, means a package re-encrypted to someone
else still names its real recipient; only the fingerprint in the clear header is shown to
anyone who holds the file, so a package says nothing else about who sent it.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from refuge import crypto
from refuge.partners.directory import fingerprint

KEY_HEADER = "REFUGE-PARTNER-KEY 1"
PACKAGE_HEADER = "REFUGE-PACKAGE 1"
SIGNED_PREFIX = b"refuge-package-v1\x00"
SIGNATURE_BYTES = 64
MAX_PACKAGE_BYTES = 20 * 1024 * 1024


class PackageError(Exception):
    """A key file or package that is refused; the message says why, for the operator."""


@dataclass(frozen=True)
class PublicKeys:
    encryption: bytes
    signing: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(encryption_public=self.encryption, signing_public=self.signing)

    def as_json(self) -> dict[str, str]:
        return {
            "encryption": crypto.encode_key(self.encryption),
            "signing": crypto.encode_key(self.signing),
        }


def key_file_write(keys: PublicKeys) -> str:
    return (
        f"{KEY_HEADER}\n"
        f"encryption: {crypto.encode_key(keys.encryption)}\n"
        f"signing: {crypto.encode_key(keys.signing)}\n"
        f"fingerprint: {keys.fingerprint}\n"
    )


def key_file_read(text: str) -> PublicKeys:
    """Return the keys of a public key file, or raise PackageError."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or lines[0] != KEY_HEADER:
        raise PackageError("not a Refuge partner key file (first line must be " + KEY_HEADER + ")")
    fields = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    fields = {name.strip(): value.strip() for name, value in fields.items()}
    try:
        keys = PublicKeys(
            encryption=crypto.decode_key(fields["encryption"]),
            signing=crypto.decode_key(fields["signing"]),
        )
    except (KeyError, ValueError, binascii.Error) as exc:
        raise PackageError("the key file needs an encryption and a signing key") from exc
    stated = fields.get("fingerprint")
    if stated is not None and stated != keys.fingerprint:
        raise PackageError("the key file's fingerprint does not match its keys")
    return keys


def _keys_from_json(value: Any) -> PublicKeys:
    return PublicKeys(
        encryption=crypto.decode_key(value["encryption"]),
        signing=crypto.decode_key(value["signing"]),
    )


@dataclass(frozen=True)
class Message:
    kind: str
    id: uuid.UUID
    created_at: datetime
    sender: PublicKeys
    recipient: PublicKeys
    body: dict[str, Any]
    signed: bytes  # the exact bytes the signature covers (without the prefix)
    signature: bytes


def package_write(
    *,
    kind: str,
    package_id: uuid.UUID,
    created_at: datetime,
    sender: PublicKeys,
    signing_seed: bytes,
    recipient: PublicKeys,
    body: dict[str, Any],
) -> bytes:
    """Return a package: signed with ``signing_seed``, sealed to ``recipient``."""
    message = json.dumps(
        {
            "kind": kind,
            "id": str(package_id),
            "created_at": created_at.isoformat(),
            "from": sender.as_json(),
            "to": recipient.as_json(),
            "body": body,
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    signature = crypto.sign(signing_seed, SIGNED_PREFIX + message)
    sealed = crypto.seal(recipient.encryption, signature + message)
    encoded = base64.b64encode(sealed).decode("ascii")
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    return (f"{PACKAGE_HEADER}\nto: {recipient.fingerprint}\n" + "\n".join(lines) + "\n").encode(
        "ascii"
    )


def package_recipient(data: bytes) -> tuple[str, bytes]:
    """Return the fingerprint in a package's header and its sealed box, or raise PackageError."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError("the file is too large to be a package")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise PackageError("not a Refuge package") from exc
    lines = text.strip().splitlines()
    if len(lines) < 3 or lines[0].strip() != PACKAGE_HEADER or not lines[1].startswith("to:"):
        raise PackageError("not a Refuge package (first line must be " + PACKAGE_HEADER + ")")
    try:
        sealed = base64.b64decode("".join(line.strip() for line in lines[2:]), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackageError("the package is damaged: its body is not base64") from exc
    return lines[1][3:].strip(), sealed


def package_open(sealed: bytes, keypair: crypto.KeyPair) -> Message:
    """Open a package's sealed box with our encryption key; the signature is NOT checked yet
    (the caller looks up the sender's key in the directory first)."""
    try:
        opened = crypto.unseal(keypair, sealed)
    except crypto.CryptoError as exc:
        raise PackageError(
            "the package was altered or damaged: it does not open with our key"
        ) from exc
    signature, signed = opened[:SIGNATURE_BYTES], opened[SIGNATURE_BYTES:]
    try:
        fields = json.loads(signed.decode("utf-8"))
        return Message(
            kind=str(fields["kind"]),
            id=uuid.UUID(fields["id"]),
            created_at=datetime.fromisoformat(fields["created_at"]),
            sender=_keys_from_json(fields["from"]),
            recipient=_keys_from_json(fields["to"]),
            body=dict(fields["body"]),
            signed=signed,
            signature=signature,
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise PackageError("the package was altered or damaged: its content is malformed") from exc


def signature_valid(message: Message, signing_public: bytes) -> bool:
    return crypto.signature_valid(signing_public, SIGNED_PREFIX + message.signed, message.signature)
