"""Read configuration and secrets from the environment.

A secret comes from ``NAME`` or from the file named by ``NAME_FILE`` (so it can live in a
container secret or a systemd credential rather than in the process environment).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from exc


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str) -> str | None:
    """Return the secret ``name`` from the environment or ``name_FILE``, or None if unset."""
    value = os.environ.get(name)
    if value:
        return value
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={path} cannot be read: {exc}") from exc
    return None


def require_secret(name: str) -> str:
    """Return the secret ``name``; refuse to start without it (production fails closed)."""
    value = env_secret(name)
    if not value:
        raise ImproperlyConfigured(f"{name} (or {name}_FILE) must be set in production")
    return value


def database_from_url(url: str, *, sqlite_path: Path) -> dict[str, object]:
    """Return a Django DATABASES entry for ``url``; an empty url means SQLite at sqlite_path."""
    if not url:
        return sqlite_database(sqlite_path)
    parsed = urlparse(url)
    if parsed.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured("REFUGE_DATABASE_URL must be postgresql://user:pw@host:port/db")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parsed.path.lstrip("/")),
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": unquote(parsed.hostname or ""),
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "ATOMIC_REQUESTS": False,
    }


def sqlite_database(path: Path) -> dict[str, object]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            # IMMEDIATE takes the write lock when a transaction begins, so two writers queue
            # instead of one failing half-way (the audit chain relies on this).
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            # secure_delete overwrites freed pages, so deleted (shredded) rows do not linger.
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;"
                "PRAGMA secure_delete=ON;"
            ),
        },
    }


def production_env_file() -> Path:
    """Return the file whose presence marks a production host (deploy/refuge.env.example)."""
    return Path(os.environ.get("REFUGE_PRODUCTION_ENV_FILE", "/etc/refuge/refuge.env"))


# The numeric libraries' thread pools (OpenBLAS, OpenMP, MKL) start one thread per core by default.
NUMERIC_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_numeric_thread() -> None:
    """Give numpy one thread unless the operator set otherwise; call before numpy is imported.

    natasha's taggers multiply small matrices, where a second thread only spins: with one per
    core, a Russian article cost twice the CPU on two cores (docs/benchmarks.md), taken from the
    web workers and the other jobs on the machine. Nothing in Refuge gains from more.
    """
    for variable in NUMERIC_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
