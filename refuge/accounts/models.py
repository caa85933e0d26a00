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


class SignInStep(models.TextChoices):
    PASSWORD = "password", _("Password")
    CODE = "code", _("Two-factor code")


class LoginThrottle(models.Model):
    """Failed sign-in attempts at one step for one username, keyed by a keyed hash of it.

    Counting per username rather than per address means no IP address is ever stored, and the
    same counter applies whether or not the username exists. The password and the two-factor
    code have separate rows: wrong passwords (which anyone can send) never lock the code step,
    and wrong codes (which need the password) back off exponentially and end in a hard lock.
    """

    step = models.CharField(max_length=10, choices=SignInStep.choices, default=SignInStep.PASSWORD)
    key = models.CharField(max_length=64)
    failures = models.PositiveIntegerField(default=0)
    # Lockouts in a row without a successful attempt in between; sets the next lock's length.
    lockouts = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    # Locked until an administrator unlocks it (`refuge users unlock`, the staff page).
    hard_locked = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["step", "key"], name="accounts_throttle_step_key")
        ]

    def __str__(self) -> str:
        return f"throttle {self.step} {self.key[:8]}"


class BackupCode(models.Model):
    """One unused one-time backup code, stored as a keyed hash bound to its owner.

    A code has about 59 bits of entropy, so a slow hash would add nothing against guessing; the
    keyed hash (BLAKE2b under the server's ``backup-code`` subkey) means a database alone does
    not even allow checking a guess. A used code's row is deleted.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="backup_codes")
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "digest"], name="accounts_backupcode_unique")
        ]

    def __str__(self) -> str:
        return f"backup code of {self.user_id}"
