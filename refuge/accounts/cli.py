"""What the account commands share: a staff member's password read from standard input."""

from __future__ import annotations

from django.core.management.base import CommandError

from refuge.accounts.models import User
from refuge.core.secret_output import read_secret


def password_of(user: User) -> str:
    """Read ``user``'s password (hidden at a terminal, else one line of stdin); refuse a wrong
    one before anything is unlocked with it."""
    password = read_secret(f"Password of {user.username}: ")
    if not user.check_password(password):
        raise CommandError(f"That is not {user.username}'s password.")
    return password
