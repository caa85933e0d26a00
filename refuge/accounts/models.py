"""Staff accounts: roles, mandatory two-factor, and login throttling."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    CASEWORKER = "caseworker", _("Caseworker")
    ANALYST = "analyst", _("Analyst")


class UserManager(BaseUserManager["User"]):
    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(username=(username or "").strip().lower())

    def create_user(self, username: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(username=username.strip().lower(), **extra)
        user.set_password(password)
        user.save()
        return user


class User(AbstractBaseUser):
    """A member of staff. Usernames are handles, not legal names: they are stored in clear."""

    username = models.CharField(max_length=150, unique=True)
    role = models.CharField(max_length=20, choices=Role.choices)
    is_active = models.BooleanField(default=True)
    must_change_password = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # The TOTP secret, encrypted under the server's "totp" subkey, bound to this user's id.
    totp_secret_encrypted = models.BinaryField(null=True, blank=True, editable=False)
    totp_confirmed_at = models.DateTimeField(null=True, blank=True)
    # The last accepted TOTP time step: a code is accepted once, never replayed.
    totp_last_step = models.BigIntegerField(null=True, blank=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "username"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        ordering = ["username"]

    def __str__(self) -> str:
        return self.username

    @property
    def has_two_factor(self) -> bool:
        return self.totp_confirmed_at is not None


class LoginThrottle(models.Model):
    """Failed sign-in attempts for one username, keyed by a keyed hash of the username.

    Counting per username rather than per address means no IP address is ever stored, and the
    same counter applies whether or not the username exists.
    """

    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"throttle {self.key[:8]}"
