"""Sign-in throttling: one counter for passwords, another for two-factor codes; no addresses.

Each step counts failures per username under a keyed hash of it. After
``REFUGE_LOGIN_MAX_FAILURES`` failures the step locks; each lockout in a row lasts twice the one
before (``REFUGE_LOGIN_LOCKOUT_SECONDS``, doubled, at most ``REFUGE_LOGIN_LOCKOUT_MAX_SECONDS``).

- The password step is open to anyone who knows a username, so it never locks for good: a hard
  lock there would let a stranger shut every colleague out until an administrator steps in.
- The code step is reached only with the right password. Wrong codes there lock only the code
  step, and the ``REFUGE_TWO_FACTOR_HARD_LOCK_AFTER``-th lockout in a row locks it until an
  administrator unlocks it: by then someone who knows the password is guessing codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from refuge import crypto
from refuge.accounts.models import LoginThrottle, SignInStep, User
from refuge.audit.services import JsonValue, audit_record
from refuge.keys.server import server_subkey

T = TypeVar("T")


@dataclass(frozen=True)
class LockState:
    """Whether a sign-in step is locked for a username, and until when."""

    locked: bool = False
    hard: bool = False
    until: datetime | None = None


def _normalise(username: str) -> str:
    return username.strip().lower()


def _throttle_key(username: str) -> str:
    return crypto.keyed_hash(
        server_subkey("login-throttle"), _normalise(username).encode("utf-8")
    ).hex()


def _state(throttle: LoginThrottle | None, now: datetime) -> LockState:
    if throttle is None:
        return LockState()
    if throttle.hard_locked:
        return LockState(locked=True, hard=True)
    if throttle.locked_until is not None and throttle.locked_until > now:
        return LockState(locked=True, until=throttle.locked_until)
    return LockState()


def lockout_seconds(*, lockout: int) -> int:
    """Return how long the ``lockout``-th lockout in a row lasts (1, 2, 4… times the first)."""
    first = settings.REFUGE_LOGIN_LOCKOUT_SECONDS
    return int(min(first * 2 ** min(lockout - 1, 32), settings.REFUGE_LOGIN_LOCKOUT_MAX_SECONDS))


def login_lock_state(*, step: str, username: str) -> LockState:
    throttle = LoginThrottle.objects.filter(step=step, key=_throttle_key(username)).first()
    return _state(throttle, timezone.now())


def login_is_locked(*, step: str, username: str) -> bool:
    return login_lock_state(step=step, username=username).locked


@transaction.atomic
def login_failure_register(*, step: str, username: str) -> LockState:
    """Count a wrong password or code for ``username`` at ``step``; return the lock it is now in."""
    throttle, _created = LoginThrottle.objects.select_for_update().get_or_create(
        step=step, key=_throttle_key(username)
    )
    return _count_failure(throttle, step, username)


@transaction.atomic
def login_attempt(
    *, step: str, username: str, check: Callable[[], T | None]
) -> tuple[T | None, LockState]:
    """Run ``check`` unless ``step`` is locked, holding the counter's row lock throughout.

    ``check`` returns None for a wrong attempt. Return its result (None if the step was locked)
    and the lock the step is in afterwards. Checking the lock,
    the code and counting the failure under one row lock means that requests sent in parallel
    are taken one at a time: they cannot all pass the check before the first failure counts.
    Meant for cheap checks (two-factor codes); a password's Argon2id would hold the lock.
    """
    throttle, _created = LoginThrottle.objects.select_for_update().get_or_create(
        step=step, key=_throttle_key(username)
    )
    state = _state(throttle, timezone.now())
    if state.locked:
        return None, state
    result = check()
    if result is not None:
        throttle.delete()
        return result, LockState()
    return None, _count_failure(throttle, step, username)


def _count_failure(throttle: LoginThrottle, step: str, username: str) -> LockState:
    now = timezone.now()
    state = _state(throttle, now)
    if state.locked:
        return state  # attempts while locked are refused before checking, and not counted
    throttle.failures += 1
    if throttle.failures < settings.REFUGE_LOGIN_MAX_FAILURES:
        throttle.save(update_fields=["failures"])
        return state
    throttle.failures = 0
    throttle.lockouts += 1
    seconds = lockout_seconds(lockout=throttle.lockouts)
    if step == SignInStep.CODE and throttle.lockouts >= settings.REFUGE_TWO_FACTOR_HARD_LOCK_AFTER:
        throttle.hard_locked = True
        throttle.locked_until = None
    else:
        throttle.locked_until = now + timedelta(seconds=seconds)
    throttle.save(update_fields=["failures", "lockouts", "locked_until", "hard_locked"])
    user = User.objects.filter(username=_normalise(username)).first()
    # Unknown usernames are not logged: a mistyped username may be someone's password.
    if user is not None:
        details: dict[str, JsonValue] = {"step": step, "lockout": throttle.lockouts}
        if throttle.hard_locked:
            audit_record(actor=None, action="user.hard_locked", target=user, details=details)
        else:
            details["seconds"] = seconds
            audit_record(actor=None, action="user.locked_out", target=user, details=details)
    return _state(throttle, now)


@transaction.atomic
def login_success_register(*, step: str, user: User) -> None:
    """Forget the failures at ``step``: the lockouts that follow start short again."""
    LoginThrottle.objects.filter(step=step, key=_throttle_key(user.username)).delete()


@transaction.atomic
def sign_in_finish(*, user: User) -> None:
    """Record a sign-in that passed both factors: wrong codes before it are forgiven."""
    login_success_register(step=SignInStep.CODE, user=user)
    audit_record(actor=user, action="user.signed_in", target=user)


@transaction.atomic
def login_unlock(*, actor: User | None, user: User) -> bool:
    """Lift every sign-in lock on ``user`` (hard or not); return whether there was one."""
    now = timezone.now()
    throttles = list(
        LoginThrottle.objects.select_for_update().filter(key=_throttle_key(user.username))
    )
    was_locked = sorted(t.step for t in throttles if _state(t, now).locked)
    LoginThrottle.objects.filter(pk__in=[t.pk for t in throttles]).delete()
    audit_record(actor=actor, action="user.unlocked", target=user, details={"steps": was_locked})
    return bool(was_locked)
