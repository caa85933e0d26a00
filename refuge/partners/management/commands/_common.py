"""What the partner commands share: the member named by --user, their key unlocked, the
partner and the case named on the command line, the parts listed."""

from __future__ import annotations

import uuid

from django.core.management.base import CommandError
from django.http import Http404

from refuge import crypto
from refuge.accounts import selectors
from refuge.accounts.cli import password_of
from refuge.accounts.models import User
from refuge.accounts.services import staff_keypair_unlock
from refuge.cases.models import Case
from refuge.partners import selectors as partner_selectors
from refuge.partners.access import access_case_to_refer
from refuge.partners.models import Partner


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


def partner_named(name: str) -> Partner:
    partner = partner_selectors.partner_by_name(name)
    if partner is None:
        raise CommandError(f"No partner named {name!r}.")
    return partner


def case_to_refer(user: User, case_id: str) -> Case:
    """Return the case ``user`` may refer; the same answer for a bad id and a case not theirs."""
    try:
        return access_case_to_refer(user=user, case_id=uuid.UUID(case_id))
    except (ValueError, Http404) as exc:
        raise CommandError(f"No case {case_id} that {user.username} coordinates.") from exc


def parts_listed(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
