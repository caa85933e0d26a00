"""What the partner commands share: the member named by --user, their key unlocked."""

from __future__ import annotations

from django.core.management.base import CommandError

from refuge import crypto
from refuge.accounts import selectors
from refuge.accounts.cli import password_of
from refuge.accounts.models import User
from refuge.accounts.services import staff_keypair_unlock


def member_unlocked(username: str) -> tuple[User, crypto.KeyPair]:
    """Return the staff member and their unlocked keypair (password from standard input)."""
    user = user_named(username)
    password = password_of(user)
    keypair = staff_keypair_unlock(user=user, password=password)
    if keypair is None:
        raise CommandError(f"{username} has no key yet: they must sign in once first.")
    return user, keypair


def user_named(username: str) -> User:
    user = selectors.user_get_by_username(username=username)
    if user is None or not user.is_active:
        raise CommandError(f"No active staff account named {username!r}.")
    return user
