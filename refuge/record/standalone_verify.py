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
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64
VERIFIER_PATH = "verify.py"
FIXED_NAMES = ("manifest.json", "manifest.sig", "summary.txt", VERIFIER_PATH)
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

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(
    path: Any, *, expected_key: str | None = None, signature_valid: SignatureCheck | None = None
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
    args = parser.parse_args(argv)
    verdict = verify(args.package, expected_key=args.key)
    if verdict.signer:
        print(f"signed by key {verdict.signer}")
    for problem in verdict.problems:
        print(problem, file=sys.stderr)
    if verdict.problems:
        print(f"{len(verdict.problems)} problem(s): the package is not intact", file=sys.stderr)
        return 1
    print(f"{args.package}: intact (signature, every file, every custody chain)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
