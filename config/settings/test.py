"""Test settings: real Argon2id and libsodium, with cheap costs so the suite stays fast."""

from __future__ import annotations

from config.env import database_from_url, env_str

from .base import *  # noqa: F403
from .base import VAR_DIR

SECRET_KEY = "test-only-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
REFUGE_SERVER_KEY = "dGVzdC1vbmx5LXNlcnZlci1rZXktMzItYnl0ZXMhISE"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {
    "default": database_from_url(
        env_str("REFUGE_DATABASE_URL"), sqlite_path=VAR_DIR / "test.sqlite3"
    )
}
# Insecure but fast: the same Argon2id, lowered only here.
PASSWORD_HASHERS = ["refuge.core.testing.FastArgon2PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
REFUGE_FILE_STORE = VAR_DIR / "test-files"
REFUGE_KDF_OPSLIMIT = 1
REFUGE_KDF_MEMLIMIT = 8 * 1024
# No persistent connections: the live-server thread must not hold the test database open.
DATABASES["default"]["CONN_MAX_AGE"] = 0
STATIC_ROOT = None  # type: ignore[assignment]  # tests serve static files from the apps
WHITENOISE_USE_FINDERS = True
REFUGE_MAT2_SANDBOX = env_str("REFUGE_MAT2_SANDBOX", "preferred")
