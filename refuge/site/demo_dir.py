"""The demo's data directory: only ever one the demo made itself, with its own settings."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings

# Written by `refuge demo` into the directory it creates; without it, a directory is not a demo's.


# Written by `refuge demo` into the directory it creates; without it, a directory is not a demo's.
MARKER = ".refuge-demo"


MARKER_TEXT = "This directory holds a Refuge demo instance: invented data only.\n"


ACCOUNTS_FILE = "demo-accounts.json"


class DemoError(Exception):
    """The demo cannot run here; the message says why."""


@dataclass
class DemoAccount:
    username: str
    password: str
    totp_key: str
    role: str

    def line(self) -> str:
        return (
            f"demo account: {self.username} password: {self.password} "
            f"totp key: {self.totp_key} role: {self.role}"
        )


def demo_dir_prepare(path: Path, *, reset: bool = False) -> None:
    """Make ``path`` a demo directory, or refuse if it holds anything that is not a demo's.

    An existing directory without the marker is refused even with ``reset``: it may be a real
    instance's data. An empty directory is taken (there is nothing in it to touch).
    """
    path = path.resolve()
    if path.exists():
        if not path.is_dir():
            raise DemoError(f"{path} exists and is not a directory; the demo will not touch it.")
        if not (path / MARKER).is_file() and any(path.iterdir()):
            raise DemoError(
                f"{path} exists and is not a demo directory (no {MARKER} file): it may hold real "
                f"data, so the demo will not touch it. Choose another directory with --dir."
            )
        if reset and (path / MARKER).is_file():
            shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    marker = path / MARKER
    if not marker.exists():
        marker.write_text(MARKER_TEXT, encoding="utf-8")


def demo_settings_check() -> None:
    """Refuse unless this process runs as a demo on a demo directory, with nothing outside it."""
    var_dir = Path(settings.VAR_DIR).resolve()
    if not settings.REFUGE_DEMO:
        raise DemoError("REFUGE_DEMO is not set: this is not a demo instance.")
    if not (var_dir / MARKER).is_file():
        raise DemoError(f"{var_dir} is not a demo directory (no {MARKER} file).")
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3" or not _inside(
        Path(str(database["NAME"])), var_dir
    ):
        raise DemoError("the demo's database must be SQLite inside its own data directory.")
    if not _inside(Path(settings.REFUGE_FILE_STORE), var_dir):
        raise DemoError("the demo's file store must be inside its own data directory.")


def _inside(path: Path, directory: Path) -> bool:
    return path.resolve().is_relative_to(directory)


# Settings a demo process keeps from the caller's environment: how to serve, where RAM scratch
# is, and the file that marks a production host (where the demo then refuses to run).
KEPT_SETTINGS = {
    "HOST",
    "PORT",
    "WORKERS",
    "THREADS",
    "WORKER_CLASS",
    "RAM_TMPDIR",
    "MAT2_SANDBOX",
    "PRODUCTION_ENV_FILE",
}


def demo_environment(path: Path, environ: dict[str, str]) -> dict[str, str]:
    """Return the environment a demo process runs with: its own directory, nothing of the
    real instance's (database URL, secrets, file store, recovery pin)."""
    env = {
        name: value
        for name, value in environ.items()
        if not (name.startswith("REFUGE_") and name.removeprefix("REFUGE_") not in KEPT_SETTINGS)
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "REFUGE_VAR_DIR": str(path.resolve()),
            "REFUGE_DEMO": "1",
            "REFUGE_PORT": environ.get("REFUGE_PORT") or "8001",
        }
    )
    return env


def demo_accounts_saved(var_dir: Path) -> list[DemoAccount] | None:
    path = var_dir / ACCOUNTS_FILE
    if not path.exists():
        return None
    return [DemoAccount(**row) for row in json.loads(path.read_text(encoding="utf-8"))]


def demo_accounts_save(var_dir: Path, accounts_made: list[DemoAccount]) -> None:
    path = var_dir / ACCOUNTS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump([asdict(a) for a in accounts_made], handle, indent=1)
