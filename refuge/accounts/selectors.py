from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from refuge.accounts.models import User


def user_list() -> QuerySet[User]:
    return User.objects.order_by("username")


def user_get(*, user_id: int) -> User:
    """Return the staff account ``user_id`` or raise Http404 (callers check the role first)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise Http404
    return user


def user_get_by_username(*, username: str) -> User | None:
    return User.objects.filter(username=username.strip().lower()).first()


def user_count() -> int:
    return User.objects.count()
