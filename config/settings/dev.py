"""Local settings for `make run`: SQLite under var/, secrets generated once into var/."""

from __future__ import annotations

import json
import os
import secrets as _secrets

from config.env import env_bool, env_secret, env_str

from .base import *  # noqa: F403
from .base import VAR_DIR


def _local_secrets() -> dict[str, str]:
    """Return this checkout's generated secrets, creating var/local-secrets.json (0600) once."""
    path = VAR_DIR / "local-secrets.json"
    if path.exists():
        loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    values = {
        "REFUGE_SECRET_KEY": _secrets.token_urlsafe(50),
        "REFUGE_SERVER_KEY": _secrets.token_urlsafe(32),
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(values, handle)
    return values


_generated = _local_secrets()
SECRET_KEY = env_secret("REFUGE_SECRET_KEY") or _generated["REFUGE_SECRET_KEY"]
REFUGE_SERVER_KEY = env_secret("REFUGE_SERVER_KEY") or _generated["REFUGE_SERVER_KEY"]
REFUGE_SERVER_KEY_PREVIOUS = env_secret("REFUGE_SERVER_KEY_PREVIOUS") or ""
DEBUG = env_bool("REFUGE_DEBUG", False)
REFUGE_MAT2_SANDBOX = env_str("REFUGE_MAT2_SANDBOX", "preferred")
