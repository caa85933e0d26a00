"""Helpers used only by test settings."""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id with the lowest cost: insecure but fast, for test settings only."""

    time_cost = 1
    memory_cost = 64
    parallelism = 1
