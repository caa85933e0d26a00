#!/usr/bin/env python3
"""Check a Refuge evidence package without Refuge: Python 3.9 or later and PyNaCl.

    python3 verify.py PACKAGE.zip [--key FINGERPRINT]

This file is copied into every package as ``verify.py``; Refuge's own ``refuge evidence
verify`` runs the same code. It checks the Ed25519 signature over ``manifest.json``, the SHA-256
of every file, every chain of custody, and that nothing was added. It always prints the
fingerprint of the key that signed the manifest: compare it with the one the organisation
publishes (``refuge evidence key``), or give that fingerprint with ``--key`` and the check fails
when another key signed.

A fingerprint is the SHA-256 of the 32-byte Ed25519 public key, in hexadecimal. Exit status: 0
intact, 1 anything altered, missing, added or signed by another key.

When the organisation has a time-stamp authority, ``manifest.tsr`` is its RFC 3161 token over
the SHA-256 of ``manifest.json``: the verifier checks that the token covers this manifest and,
with the ``openssl`` command (``openssl ts -verify``), its signature against ``tsa-certs.pem``
(or the certificates given with ``--tsa-ca``). Without openssl it says the signature was not
checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
VERIFIER_PATH = "verify.py"
TOKEN_PATH = "manifest.tsr"  # noqa: S105  (a file name, not a secret)
TSA_CERTS_PATH = "tsa-certs.pem"
FIXED_NAMES = (
    "manifest.json",
    "manifest.sig",
    "summary.txt",
    VERIFIER_PATH,
    TOKEN_PATH,
    TSA_CERTS_PATH,
)
SHA256_OID = bytes.fromhex("608648016503040201")
CUSTODY_FIELDS = ("seq", "at", "actor", "action", "details")

SignatureCheck = Callable[[bytes, bytes, bytes], bool]


def fingerprint(public_key: bytes) -> str:
    """Return the fingerprint of an Ed25519 public key: its SHA-256, hexadecimal."""
    return hashlib.sha256(public_key).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """Return a fingerprint as typed (spaces, colons, capitals) in the form printed."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


def custody_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """Return the hash linking one custody entry to the one before."""
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode() + canonical.encode()).hexdigest()


def custody_problems(entries: list[dict[str, Any]], head: str | None = None) -> list[str]:
    """Check a custody chain (as stored or as exported); name the first broken link."""
    prev = GENESIS
    for expected, item in enumerate(entries, start=1):
        try:
            body = {k: item[k] for k in CUSTODY_FIELDS}
            linked, stated = item["prev_hash"], item["entry_hash"]
        except (KeyError, TypeError):
            return [f"custody entry #{expected} is incomplete"]
        if item["seq"] != expected:
            return [f"custody entry #{expected} is missing"]
        if linked != prev:
            return [f"custody entry #{expected} does not link to the one before"]
        if custody_hash(prev, body) != stated:
            return [f"custody entry #{expected} was altered"]
        prev = stated
    if head is not None and head != prev:
        return ["custody entries were removed from the end of the chain"]
    return []


def der_read(data: bytes, pos: int = 0) -> tuple[int, bytes, int]:
    """Read one DER element at ``pos``: return its tag, its content and where the next begins."""
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise ValueError("DER element runs past the end")
    return tag, data[pos : pos + length], pos + length


def der_children(content: bytes) -> list[tuple[int, bytes]]:
    """Return the (tag, content) of each element inside a constructed DER element."""
    found, pos = [], 0
    while pos < len(content):
        tag, value, pos = der_read(content, pos)
        found.append((tag, value))
    return found


@dataclass
class TokenInfo:
    """What an RFC 3161 token says: the hash it covers and when the authority signed it."""

    algorithm: bytes  # the hash algorithm's OID, DER content
    hashed: bytes
    gen_time: str  # GeneralizedTime as written, e.g. 20261130214000Z


def token_info(token: bytes) -> TokenInfo:
    """Read the TSTInfo inside a time-stamp token (CMS SignedData); raise ValueError if none."""
    try:
        content_info = der_children(der_read(token)[1])
        signed_data = der_children(der_children(content_info[1][1])[0][1])
        encapsulated = der_children(signed_data[2][1])
        tst_octets = der_children(encapsulated[1][1])[0][1]
        tst = der_children(der_read(tst_octets)[1])
        imprint = der_children(tst[2][1])
        algorithm = der_children(imprint[0][1])[0][1]
        return TokenInfo(algorithm, imprint[1][1], tst[4][1].decode("ascii"))
    except (IndexError, UnicodeDecodeError) as exc:
        raise ValueError("not an RFC 3161 time-stamp token") from exc


def format_gen_time(gen_time: str) -> str:
    """Return 20261130214000Z as 2026-11-30 21:40:00 UTC."""
    t = gen_time.rstrip("Z")
    return f"{t[0:4]}-{t[4:6]}-{t[6:8]} {t[8:10]}:{t[10:12]}:{t[12:14]} UTC"


def timestamp_check(token: bytes, message: bytes, certificates: bytes) -> tuple[list[str], str]:
    """Check an RFC 3161 token over SHA-256(``message``); return problems and a note."""
    try:
        info = token_info(token)
    except ValueError as exc:
        return [f"{TOKEN_PATH}: {exc}"], ""
    digest = hashlib.sha256(message).digest()
    if info.algorithm != SHA256_OID or info.hashed != digest:
        return [f"{TOKEN_PATH} does not cover this manifest.json"], ""
    when = format_gen_time(info.gen_time)
    openssl = shutil.which("openssl")
    if openssl is None:
        return [], f"time-stamped {when} (token signature not checked: no openssl command)"
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "token.der").write_bytes(token)
        (Path(folder) / "certs.pem").write_bytes(certificates)
        done = subprocess.run(  # noqa: S603  (fixed arguments, no shell)
            [
                openssl,
                "ts",
                "-verify",
                "-digest",
                digest.hex(),
                "-in",
                str(Path(folder) / "token.der"),
                "-token_in",
                "-CAfile",
                str(Path(folder) / "certs.pem"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    if done.returncode != 0 or "Verification: OK" not in done.stdout:
        return [f"{TOKEN_PATH}: the time-stamp authority's signature does not verify"], ""
    return [], f"time-stamped {when} (token signature checked with openssl)"


def _nacl_signature_valid(public_key: bytes, message: bytes, signature: bytes) -> bool:
    import nacl.exceptions
    import nacl.signing

    try:
        nacl.signing.VerifyKey(public_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True


@dataclass
class Verdict:
    """What a check of one package found; ``problems`` empty means intact."""

    problems: list[str] = field(default_factory=list)
    signer: str = ""  # the fingerprint of the key that signed the manifest, if it is readable
    items: int = 0
    timestamp: str = ""  # what the trusted timestamp says, or why there is none

    @property
    def intact(self) -> bool:
        return not self.problems


def _timestamp(
    package: zipfile.ZipFile,
    manifest: dict[str, Any],
    manifest_bytes: bytes,
    tsa_ca: bytes | None,
    verdict: Verdict,
) -> None:
    stamp = manifest.get("timestamp")
    names = set(package.namelist())
    if not isinstance(stamp, dict) or not stamp.get("authority"):
        if TOKEN_PATH in names:
            verdict.problems.append(f"{TOKEN_PATH} is there but the manifest names no authority")
        verdict.timestamp = "not time-stamped: " + str(
            (stamp or {}).get("note", "the manifest names no time-stamp authority")
        )
        return
    if TOKEN_PATH not in names:
        verdict.problems.append(f"{TOKEN_PATH} is missing (the manifest names an authority)")
        return
    certificates = (
        tsa_ca
        if tsa_ca is not None
        else (package.read(TSA_CERTS_PATH) if TSA_CERTS_PATH in names else b"")
    )
    problems, note = timestamp_check(package.read(TOKEN_PATH), manifest_bytes, certificates)
    verdict.problems += problems
    verdict.timestamp = f"{note} by {stamp['authority']}" if note else ""


def verify(
    path: Any,
    *,
    expected_key: str | None = None,
    signature_valid: SignatureCheck | None = None,
    tsa_ca: bytes | None = None,
) -> Verdict:
    """Check the package at ``path``; with ``expected_key``, it must be signed by that key."""
    check = signature_valid or _nacl_signature_valid
    verdict = Verdict()
    try:
        package = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        verdict.problems.append(f"not a readable ZIP file: {exc}")
        return verdict
    with package:
        names = set(package.namelist())
        try:
            manifest_bytes = package.read("manifest.json")
            signature = bytes.fromhex(package.read("manifest.sig").decode())
            manifest = json.loads(manifest_bytes)
            public_key = bytes.fromhex(manifest["signing_key"])
            items = list(manifest["items"])
        except (KeyError, ValueError, TypeError) as exc:
            verdict.problems.append(f"manifest missing or unreadable: {exc}")
            return verdict
        verdict.signer = fingerprint(public_key)
        verdict.items = len(items)
        if not check(public_key, manifest_bytes, signature):
            verdict.problems.append("manifest.json was altered (its signature does not match)")
        if expected_key is not None and normalise_fingerprint(expected_key) != verdict.signer:
            verdict.problems.append(
                f"signed by key {verdict.signer}, not by the expected key "
                f"{normalise_fingerprint(expected_key)}"
            )
        _timestamp(package, manifest, manifest_bytes, tsa_ca, verdict)
        listed = set(FIXED_NAMES)
        verifier = manifest.get("verifier")
        if (
            isinstance(verifier, dict)
            and VERIFIER_PATH in names
            and hashlib.sha256(package.read(VERIFIER_PATH)).hexdigest() != verifier.get("sha256")
        ):
            verdict.problems.append(f"{VERIFIER_PATH} differs from the one the manifest names")
        for item in items:
            try:
                name, digest, chain = item["path"], item["sha256"], item["custody"]
            except (KeyError, TypeError):
                verdict.problems.append("an item of the manifest is incomplete")
                continue
            listed.add(name)
            if name not in names:
                verdict.problems.append(f"{name} is missing")
                continue
            if hashlib.sha256(package.read(name)).hexdigest() != digest:
                verdict.problems.append(f"{name} was altered (SHA-256 differs from the manifest)")
            verdict.problems += [f"{name}: {p}" for p in custody_problems(chain)]
        verdict.problems += [
            f"{name} is not listed in the manifest" for name in sorted(names - listed)
        ]
    return verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a Refuge evidence package.")
    parser.add_argument("package")
    parser.add_argument("--key", help="the fingerprint of the organisation's signing key")
    parser.add_argument("--tsa-ca", help="PEM certificates to check the time-stamp token with")
    args = parser.parse_args(argv)
    tsa_ca = Path(args.tsa_ca).read_bytes() if args.tsa_ca else None
    verdict = verify(args.package, expected_key=args.key, tsa_ca=tsa_ca)
    if verdict.signer:
        print(f"signed by key {verdict.signer}")
    if verdict.timestamp:
        print(verdict.timestamp)
    for problem in verdict.problems:
        print(problem, file=sys.stderr)
    if verdict.problems:
        print(f"{len(verdict.problems)} problem(s): the package is not intact", file=sys.stderr)
        return 1
    print(f"{args.package}: intact (signature, every file, every custody chain)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
