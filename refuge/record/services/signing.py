"""The organisation's evidence-signing key, held under the record key."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.record.models import (
    SigningKey,
)
from refuge.record.services.common import RecordError
from refuge.record.standalone_verify import fingerprint


def _signing_key_context(public_key_fingerprint: str) -> bytes:
    return f"record.evidence-signing-key:{public_key_fingerprint}".encode()


def signing_key_public() -> SigningKey | None:
    """Return the evidence-signing key's public part (fingerprint, public key), if made yet."""
    return SigningKey.objects.filter(purpose="evidence").first()


def signing_key_seed(*, actor: User | None, key: bytes) -> tuple[bytes, SigningKey]:
    """Return the evidence-signing seed, opened with the record key; the first time, make it.

    The seed is random (never derived from the server key), so a seized server key does not
    sign packages, and it is kept only encrypted under the record key.
    """
    stored = signing_key_public()
    if stored is None:
        seed = crypto.random_key()
        public_key = crypto.signing_public_key(seed)
        printed = fingerprint(public_key)
        try:
            with transaction.atomic():
                stored = SigningKey.objects.create(
                    purpose="evidence",
                    encrypted_seed=crypto.encrypt(
                        key, seed, associated_data=_signing_key_context(printed)
                    ),
                    public_key=public_key,
                    fingerprint=printed,
                    created_at=timezone.now(),
                )
                audit_record(
                    actor=actor, action="evidence.signing_key_created", details={"key": printed}
                )
        except IntegrityError:  # another process made it first: use theirs
            stored = SigningKey.objects.get(purpose="evidence")
    try:
        seed = crypto.decrypt(
            key,
            bytes(stored.encrypted_seed),
            associated_data=_signing_key_context(stored.fingerprint),
        )
    except crypto.CryptoError as exc:
        raise RecordError(
            _("The evidence-signing key does not open with this record key.")
        ) from exc
    if crypto.signing_public_key(seed) != bytes(stored.public_key):
        raise RecordError(_("The evidence-signing key does not match its published public key."))
    return seed, stored
