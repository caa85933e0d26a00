"""Partner keys and the organisation's identity as rows of the authenticated key directory.

Each MAC covers every field that decides what is sent where: a partner's name, both public
keys and who verified it when; the identity's public keys, the team key its private half is
sealed to, and a digest of that sealed copy. A row written or altered straight in the database
fails here, before anything is encrypted to it or verified against it.
"""

from __future__ import annotations

from collections.abc import Iterator

from refuge import crypto
from refuge.keys import directory
from refuge.keys.directory import KeyDirectoryError, Problem
from refuge.partners.models import OrgIdentity, Partner

PARTNER = "partner-key"
IDENTITY = "partner-identity"


def _partner_parts(row: Partner) -> tuple[str | bytes | int | None, ...]:
    return (
        row.name,
        bytes(row.encryption_public),
        bytes(row.signing_public),
        row.verified_at.isoformat() if row.verified_at else "",
        row.verified_by_id,
    )


def _identity_parts(row: OrgIdentity) -> tuple[str | bytes | int | None, ...]:
    return (
        bytes(row.encryption_public),
        bytes(row.signing_public),
        row.team_key_id,
        crypto.digest(bytes(row.sealed_private)),
        crypto.digest(bytes(row.recovery_sealed or b"")),
    )


def fingerprint(*, encryption_public: bytes, signing_public: bytes) -> str:
    """One fingerprint for both keys, to read out by phone (8 groups of 4 hex digits)."""
    return directory.fingerprint(encryption_public + signing_public)


def partner_mac(row: Partner) -> str:
    return directory.row_mac(PARTNER, *_partner_parts(row))


def identity_mac(row: OrgIdentity) -> str:
    return directory.row_mac(IDENTITY, *_identity_parts(row))


def _partner_valid(row: Partner) -> bool:
    expected = fingerprint(
        encryption_public=bytes(row.encryption_public), signing_public=bytes(row.signing_public)
    )
    return row.fingerprint == expected and directory.row_mac_valid(
        row.mac, PARTNER, *_partner_parts(row)
    )


def partner_verified_row(row: Partner) -> Partner:
    """Return ``row`` if it passes its MAC, else raise KeyDirectoryError."""
    if not _partner_valid(row):
        raise KeyDirectoryError(f"partner key #{row.pk} ({row.name}) fails its check")
    return row


def identity_verified_row(row: OrgIdentity) -> OrgIdentity:
    if not directory.row_mac_valid(row.mac, IDENTITY, *_identity_parts(row)):
        raise KeyDirectoryError("the organisation's partner identity fails its check")
    return row


def partner_problems() -> list[Problem]:
    """Every partner or identity row that fails its MAC (for `refuge keys check`)."""
    problems = [
        Problem("partner key", f"#{row.pk} ({row.name})", "MAC does not match")
        for row in Partner.objects.all()
        if not _partner_valid(row)
    ]
    identities = list(OrgIdentity.objects.all())
    if len(identities) > 1:
        problems.append(Problem("partner identity", "", f"{len(identities)} rows, expected one"))
    for identity in identities:
        if not directory.row_mac_valid(identity.mac, IDENTITY, *_identity_parts(identity)):
            problems.append(Problem("partner identity", f"#{identity.pk}", "MAC does not match"))
    return problems


def directory_rows() -> Iterator[directory.RowParts]:
    """Every partner and identity row with what its MAC covers (rewritten by `keys remac`)."""
    for row in Partner.objects.all():
        yield row, PARTNER, _partner_parts(row)
    for identity in OrgIdentity.objects.all():
        yield identity, IDENTITY, _identity_parts(identity)
