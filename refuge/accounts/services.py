"""Writes for staff accounts: creation, passwords, two-factor, sessions. All audited."""

from __future__ import annotations

import secrets
import time

import pyotp
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.backup_codes import backup_codes_destroy
from refuge.accounts.models import Role, StaffKeypair, User
from refuge.audit.services import audit_record
from refuge.core.keys import kdf_cost, server_subkey

# No 0/o or 1/l/i look-alikes: these are read aloud and typed by hand.
ONE_TIME_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # noqa: S105
TOTP_PERIOD = 30


class AccountError(Exception):
    """A request about an account that cannot be carried out; the message is for the user."""


def one_time_password() -> str:
    """Return a 20-character password (about 99 bits) in groups of four, easy to copy by hand."""
    chars = "".join(secrets.choice(ONE_TIME_PASSWORD_ALPHABET) for _ in range(20))
    return "-".join(chars[i : i + 4] for i in range(0, 20, 4))


def _normalise_username(username: str) -> str:
    return username.strip().lower()


@transaction.atomic
def user_create(
    *, actor: User | None, username: str, role: str, on_intake_rota: bool = False
) -> tuple[User, str]:
    """Create a staff account and return it with its one-time password (shown once)."""
    username = _normalise_username(username)
    if role not in Role.values:
        raise AccountError(_("Unknown role: %(role)s") % {"role": role})
    if (
        not username
        or len(username) > 150
        or not username.replace(".", "").replace("-", "").replace("_", "").isalnum()
    ):
        raise AccountError(_("A username may use letters, digits, dots, dashes and underscores."))
    if User.objects.filter(username=username).exists():
        raise AccountError(_("That username is taken."))
    password = one_time_password()
    if on_intake_rota and role == Role.ANALYST:
        raise AccountError(_("Analysts cannot be on the intake rota."))
    user = User.objects.create_user(
        username, password, role=role, must_change_password=True, on_intake_rota=on_intake_rota
    )
    audit_record(
        actor=actor,
        action="user.created",
        target=user,
        details={"role": role, "intake_rota": on_intake_rota},
    )
    return user, password


@transaction.atomic
def user_reset_password(*, actor: User | None, user: User) -> str:
    """Replace the user's password with a one-time password they must change at next sign-in.

    Their private key was wrapped with the old password and cannot be recovered: the keypair
    and every key sealed to it are destroyed. `refuge recovery reseal` gives access back.
    """
    password = one_time_password()
    user.set_password(password)
    user.must_change_password = True
    user.save(update_fields=["password", "must_change_password"])
    _keypair_retire(user)
    audit_record(actor=actor, action="user.password_reset", target=user)
    sessions_end_for_user(user=user)
    return password


@transaction.atomic
def user_change_password(
    *, user: User, new_password: str, old_password: str | None = None
) -> crypto.KeyPair:
    """Set the user's own password and return their keypair, rewrapped under it.

    With ``old_password`` the existing private key is unwrapped and kept; without it (first
    sign-in with a one-time password) a new keypair is made.
    """
    user.set_password(new_password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password"])
    keypair = None
    if old_password is not None:
        keypair = staff_keypair_unlock(user=user, password=old_password)
    if keypair is None:
        _keypair_retire(user)
        keypair = crypto.generate_keypair()
    _keypair_store(user, keypair, new_password)
    audit_record(actor=user, action="user.password_changed", target=user)
    return keypair


# --- Staff keypairs: private keys wrapped with the password (Argon2id) ---


def _wrap_context(user: User) -> bytes:
    return f"accounts.staffkeypair:{user.pk}".encode()


def _keypair_store(user: User, keypair: crypto.KeyPair, password: str) -> None:
    cost = kdf_cost()
    salt = crypto.random_salt()
    wrapping_key = crypto.derive_key_from_secret(password, salt, cost)
    StaffKeypair.objects.update_or_create(
        user=user,
        defaults={
            "public_key": keypair.public_key,
            "wrapped_private_key": crypto.encrypt(
                wrapping_key, keypair.private_key, associated_data=_wrap_context(user)
            ),
            "salt": salt,
            "opslimit": cost.opslimit,
            "memlimit": cost.memlimit,
            "created_at": timezone.now(),
        },
    )


def _keypair_retire(user: User) -> None:
    """Destroy the user's keypair and every key sealed to it (it can never be opened again)."""
    from refuge.cases.services import case_keys_destroy_for
    from refuge.intake.services import sealed_copies_destroy_for

    sealed = sealed_copies_destroy_for(user=user) + case_keys_destroy_for(user=user)
    deleted, _ = StaffKeypair.objects.filter(user=user).delete()
    if deleted:
        audit_record(
            actor=None, action="user.keypair_retired", target=user, details={"sealed_keys": sealed}
        )


def staff_keypair_unlock(*, user: User, password: str) -> crypto.KeyPair | None:
    """Return the user's keypair unwrapped with ``password``, or None if they have none."""
    stored = StaffKeypair.objects.filter(user=user).first()
    if stored is None:
        return None
    cost = crypto.KdfCost(opslimit=stored.opslimit, memlimit=stored.memlimit)
    wrapping_key = crypto.derive_key_from_secret(password, bytes(stored.salt), cost)
    private_key = crypto.decrypt(
        wrapping_key, bytes(stored.wrapped_private_key), associated_data=_wrap_context(user)
    )
    return crypto.keypair_from_private(private_key)


@transaction.atomic
def staff_keypair_unlock_or_create(*, user: User, password: str) -> crypto.KeyPair:
    """Return the user's keypair, creating one (wrapped with ``password``) if they have none."""
    keypair = staff_keypair_unlock(user=user, password=password)
    if keypair is None:
        keypair = crypto.generate_keypair()
        _keypair_store(user, keypair, password)
        audit_record(actor=user, action="user.keypair_created", target=user)
    return keypair


@transaction.atomic
def user_set_intake_rota(*, actor: User | None, user: User, on_rota: bool) -> None:
    """Put the user on (or take them off) the rota whose members receive new reports."""
    if on_rota and user.role == Role.ANALYST:
        raise AccountError(_("Analysts cannot be on the intake rota."))
    user.on_intake_rota = on_rota
    user.save(update_fields=["on_intake_rota"])
    audit_record(
        actor=actor, action="user.rota_joined" if on_rota else "user.rota_left", target=user
    )


@transaction.atomic
def user_reset_two_factor(*, actor: User | None, user: User) -> None:
    """Forget the user's authenticator and backup codes and end their sessions.

    They must enrol a new authenticator at next sign-in; whoever held the old one, or a session
    opened with it, is out.
    """
    user.totp_secret_encrypted = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    user.save(update_fields=["totp_secret_encrypted", "totp_confirmed_at", "totp_last_step"])
    backup_codes_destroy(user=user)
    audit_record(actor=actor, action="user.two_factor_reset", target=user)
    sessions_end_for_user(user=user)


@transaction.atomic
def sessions_end_for_user(*, user: User) -> int:
    """Delete every stored session signed in as ``user`` and return how many there were.

    Sessions hold only signed data, so each row is decoded to find its owner; reporters' and
    other staff's sessions are left alone. Audited when any session ended.
    """
    owner = str(user.pk)
    ended = [
        session.session_key
        for session in Session.objects.iterator(chunk_size=500)
        if session.get_decoded().get(SESSION_KEY) == owner
    ]
    if ended:
        Session.objects.filter(session_key__in=ended).delete()
        audit_record(
            actor=None, action="user.sessions_ended", target=user, details={"sessions": len(ended)}
        )
    return len(ended)


def _other_active_administrators(user: User) -> bool:
    return User.objects.filter(role=Role.ADMINISTRATOR, is_active=True).exclude(pk=user.pk).exists()


@transaction.atomic
def user_set_active(*, actor: User | None, user: User, active: bool) -> None:
    if not active and user.role == Role.ADMINISTRATOR and not _other_active_administrators(user):
        raise AccountError(_("The last active administrator cannot be deactivated."))
    user.is_active = active
    user.save(update_fields=["is_active"])
    audit_record(
        actor=actor, action="user.activated" if active else "user.deactivated", target=user
    )


@transaction.atomic
def user_set_role(*, actor: User | None, user: User, role: str) -> None:
    if role not in Role.values:
        raise AccountError(_("Unknown role: %(role)s") % {"role": role})
    if (
        user.role == Role.ADMINISTRATOR
        and role != Role.ADMINISTRATOR
        and not _other_active_administrators(user)
    ):
        raise AccountError(_("The last active administrator must keep that role."))
    old_role = user.role
    user.role = role
    user.save(update_fields=["role"])
    audit_record(
        actor=actor, action="user.role_changed", target=user, details={"from": old_role, "to": role}
    )


# --- Two-factor (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1 for authenticator apps) ---


def _totp_key_for(user: User) -> tuple[bytes, bytes]:
    return server_subkey("totp"), f"accounts.user:{user.pk}".encode()


def _totp_secret(user: User) -> str:
    if user.totp_secret_encrypted is None:
        raise AccountError(_("No authenticator is enrolled."))
    key, bound_to = _totp_key_for(user)
    return crypto.decrypt(key, bytes(user.totp_secret_encrypted), associated_data=bound_to).decode(
        "ascii"
    )


@transaction.atomic
def totp_enrolment_secret(*, user: User) -> str:
    """Return the secret being enrolled, creating one if the user has none pending."""
    if user.has_two_factor:
        raise AccountError(_("An authenticator is already enrolled."))
    if user.totp_secret_encrypted is not None:
        return _totp_secret(user)
    secret = pyotp.random_base32(32)
    key, bound_to = _totp_key_for(user)
    user.totp_secret_encrypted = crypto.encrypt(
        key, secret.encode("ascii"), associated_data=bound_to
    )
    user.save(update_fields=["totp_secret_encrypted"])
    audit_record(actor=user, action="user.two_factor_enrolment_started", target=user)
    return secret


def totp_provisioning_uri(*, user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(
        name=user.username, issuer_name=settings.REFUGE_TOTP_ISSUER
    )


def _matching_step(secret: str, code: str, now: float) -> int | None:
    """Return the time step (now, or one either side for clock drift) whose code is ``code``."""
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = int(now // TOTP_PERIOD)
    for step in (current - 1, current, current + 1):
        if crypto.constant_time_equal(totp.at(step * TOTP_PERIOD).encode(), code.encode()):
            return step
    return None


@transaction.atomic
def totp_verify(*, user: User, code: str, now: float | None = None) -> bool:
    """Return whether ``code`` is valid and unused for ``user``; confirm a pending enrolment.

    The row is locked so that two requests racing with the same code cannot both succeed.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.totp_secret_encrypted is None:
        return False
    step = _matching_step(_totp_secret(user), code, time.time() if now is None else now)
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    fields = ["totp_last_step"]
    if user.totp_confirmed_at is None:
        user.totp_confirmed_at = timezone.now()
        fields.append("totp_confirmed_at")
        audit_record(actor=user, action="user.two_factor_enrolled", target=user)
    user.save(update_fields=fields)
    return True
