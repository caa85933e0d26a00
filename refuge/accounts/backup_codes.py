"""One-time backup codes: ten per person, shown once, each usable once instead of a TOTP code.

A lost phone then needs no administrator at the command line. Codes are stored as a keyed
BLAKE2b hash under the server's ``backup-code`` subkey, bound to the owner's id, rather than as
Argon2id: each code is random with about 59 bits of entropy, so a slow hash would add no
protection against guessing, while checking a code against ten Argon2id hashes at 64 MiB each
would let anyone who knows a password make the server do that work on demand. Without the
server key, a database copy does not even allow testing a guess offline.
"""

from __future__ import annotations

import secrets

from django.db import transaction

from refuge import crypto
from refuge.accounts.models import BackupCode, User
from refuge.audit.services import audit_record
from refuge.keys.server import server_subkey

BACKUP_CODE_COUNT = 10
# The one-time password alphabet: no 0/o or 1/l/i look-alikes, since these are copied by hand.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_LENGTH = 12  # 31**12 is about 2**59


def _normalise(code: str) -> str:
    return "".join(ch for ch in code.strip().lower() if ch not in " -")


def _digest(user: User, code: str) -> str:
    bound = f"accounts.backupcode:{user.pk}:{_normalise(code)}".encode()
    return crypto.keyed_hash(server_subkey("backup-code"), bound).hex()


def _new_code() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
    return "-".join(chars[i : i + 4] for i in range(0, _LENGTH, 4))


def looks_like_backup_code(code: str) -> bool:
    """Return whether ``code`` has a backup code's shape (not whether it is valid)."""
    normalised = _normalise(code)
    return len(normalised) == _LENGTH and all(ch in _ALPHABET for ch in normalised)


@transaction.atomic
def backup_codes_create(*, user: User) -> list[str]:
    """Replace the user's backup codes with ten new ones and return them (shown once)."""
    codes = [_new_code() for _ in range(BACKUP_CODE_COUNT)]
    BackupCode.objects.filter(user=user).delete()
    BackupCode.objects.bulk_create(BackupCode(user=user, digest=_digest(user, c)) for c in codes)
    audit_record(
        actor=user,
        action="user.backup_codes_created",
        target=user,
        details={"count": BACKUP_CODE_COUNT},
    )
    return codes


@transaction.atomic
def backup_code_use(*, user: User, code: str) -> bool:
    """Spend ``code`` if it is one of the user's unused backup codes; return whether it was.

    Deleting the row is the check: of two requests racing with the same code, one deletes it.
    """
    if not looks_like_backup_code(code):
        return False
    deleted, _ = BackupCode.objects.filter(user=user, digest=_digest(user, code)).delete()
    if not deleted:
        return False
    audit_record(
        actor=user,
        action="user.backup_code_used",
        target=user,
        details={"remaining": backup_codes_remaining(user=user)},
    )
    return True


def backup_codes_remaining(*, user: User) -> int:
    return BackupCode.objects.filter(user=user).count()


@transaction.atomic
def backup_codes_destroy(*, user: User) -> None:
    """Remove every backup code of ``user`` (their second factor was reset)."""
    BackupCode.objects.filter(user=user).delete()
