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
from refuge.accounts.models import Role, User
from refuge.audit.services import audit_record
from refuge.crypto.contexts import associated_data
from refuge.keys import custody
from refuge.keys.server import server_subkey

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
def user_create(*, actor: User | None, username: str, role: str) -> tuple[User, str]:
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
    user = User.objects.create_user(username, password, role=role, must_change_password=True)
    audit_record(actor=actor, action="user.created", target=user, details={"role": role})
    return user, password


@transaction.atomic
def user_reset_password(*, actor: User | None, user: User) -> str:
    """Replace the user's password with a one-time password they must change at next sign-in.

    Their private key was wrapped with the old password and cannot be recovered: the keypair,
    their team memberships and every key sealed to it are destroyed, and their sessions end. A
    team member grants the teams again after the person's next sign-in.
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
    *,
    user: User,
    new_password: str,
    old_password: str | None = None,
    unlocked: crypto.KeyPair | None = None,
) -> crypto.KeyPair:
    """Set the user's own password and return their new keypair.

    With the current keypair (``unlocked``, or unwrapped with ``old_password``) the person is
    re-keyed: a new keypair, every membership and sealed copy moved to it, so an old password
    with an old backup opens nothing stored from now on. Without it (first sign-in after an
    administrator's reset) a fresh keypair is made.
    """
    user.set_password(new_password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password"])
    old = unlocked
    if old is None and old_password is not None:
        old = staff_keypair_unlock(user=user, password=old_password)
    if old is None:
        _keypair_retire(user)
        keypair = crypto.generate_keypair()
        custody.staff_key_store(user=user, keypair=keypair, password=new_password)
        audit_record(actor=user, action="user.keypair_created", target=user)
    else:
        keypair, resealed = custody.staff_key_replace(user=user, old=old, password=new_password)
        audit_record(
            actor=user, action="user.keypair_rotated", target=user, details={"copies": resealed}
        )
    audit_record(actor=user, action="user.password_changed", target=user)
    return keypair


@transaction.atomic
def user_rotate_keypair(*, actor: User | None, user: User, password: str) -> int:
    """Re-key a person with their password (after a suspected compromise of their key)."""
    try:
        _keypair, resealed = custody.staff_key_rotate(user=user, password=password)
    except (crypto.CryptoError, custody.CustodyError) as exc:
        raise AccountError(_("The key could not be unlocked with that password.")) from exc
    sessions_end_for_user(user=user)
    audit_record(
        actor=actor, action="user.keypair_rotated", target=user, details={"copies": resealed}
    )
    return resealed


# --- Staff keypairs: private keys wrapped with the password and the server pepper ---


def _keypair_retire(user: User) -> None:
    """Destroy the user's keypair and every key sealed to it (it can never be opened again)."""
    memberships = custody.staff_key_retire(user=user)
    if memberships is not None:
        audit_record(
            actor=None,
            action="user.keypair_retired",
            target=user,
            details={"memberships": memberships},
        )


def staff_keypair_unlock(*, user: User, password: str) -> crypto.KeyPair | None:
    """Return the user's keypair unwrapped with ``password``, or None if they have none."""
    return custody.staff_key_unlock(user=user, password=password)


@transaction.atomic
def staff_keypair_unlock_or_create(*, user: User, password: str) -> crypto.KeyPair:
    """Return the user's keypair, creating one (wrapped with ``password``) if they have none.

    Unlocking also moves what was sealed to this person alone, before key custody, to their
    teams.
    """
    keypair = staff_keypair_unlock(user=user, password=password)
    if keypair is None:
        keypair = crypto.generate_keypair()
        custody.staff_key_store(user=user, keypair=keypair, password=password)
        audit_record(actor=user, action="user.keypair_created", target=user)
    elif moved := custody.unlock_hooks_run(user=user, keypair=keypair):
        audit_record(
            actor=user, action="keys.copies_moved_to_teams", target=user, details={"copies": moved}
        )
    return keypair


@transaction.atomic
def user_reset_two_factor(
    *, actor: User | None, user: User, approved_by: User | None = None, with_recovery: bool = False
) -> None:
    """Forget the user's authenticator; they must enrol a new one at next sign-in.

    For a team member this is half of a takeover (the password is the other half), so another
    member of one of their teams must approve (``approved_by``), or the recovery quorum
    (``with_recovery``, the caller having checked the shares). Their sessions end.
    """
    teams = custody.teams_of(user=user)
    if teams and not with_recovery:
        approver_teams = set(custody.teams_of(user=approved_by)) if approved_by else set()
        if approved_by is None or approved_by.pk == user.pk or not approver_teams & set(teams):
            raise AccountError(
                _(
                    "%(user)s holds team keys (%(teams)s): another member of one of those teams "
                    "must approve a two-factor reset, or the recovery quorum."
                )
                % {"user": user.username, "teams": ", ".join(teams)}
            )
    user.totp_secret_encrypted = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    user.save(update_fields=["totp_secret_encrypted", "totp_confirmed_at", "totp_last_step"])
    backup_codes_destroy(user=user)
    sessions_end_for_user(user=user)
    audit_record(
        actor=actor,
        action="user.two_factor_reset",
        target=user,
        details={
            "approved_by": approved_by.username if approved_by else None,
            "recovery": with_recovery,
        },
    )


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
    revoked = []
    if not active:
        # A person who leaves takes nothing with them: every team key they held is withdrawn
        # and rotated, and their sessions end.
        revoked = [
            team
            for team in custody.TEAM_ROLES
            if custody.membership_revoke(team=team, user=user) is not None
        ]
        sessions_end_for_user(user=user)
    audit_record(
        actor=actor,
        action="user.activated" if active else "user.deactivated",
        target=user,
        details={"teams_revoked": revoked} if revoked else None,
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
    # In the same transaction: every team the new role may not hold is revoked (and rotated).
    revoked = [
        team
        for team in custody.TEAM_ROLES
        if role not in custody.TEAM_ROLES[team]
        and custody.membership_revoke(team=team, user=user) is not None
    ]
    sessions_end_for_user(user=user)
    audit_record(
        actor=actor,
        action="user.role_changed",
        target=user,
        details={"from": old_role, "to": role, "teams_revoked": revoked},
    )


# --- Two-factor (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1 for authenticator apps) ---


def _totp_key_for(user: User) -> tuple[bytes, bytes]:
    return server_subkey("totp"), associated_data("accounts.totp", user=user.pk)


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
