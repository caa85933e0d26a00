"""Consistent snapshots of the database and file store, and restoring them.

A backup is a folder: ``manifest.json`` (format, engine, SHA-256 of every file), the database
(``database.sqlite3`` taken with SQLite's online backup API, or ``database.pgdump`` from
``pg_dump``, each a consistent snapshot while the service runs) and ``files/``, a copy of the
file store. Everything in the database and file store that must stay secret is already
encrypted; the backup holds no server secrets, which must be kept separately.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from refuge.audit.services import audit_record_standalone

FORMAT = 1
MANIFEST = "manifest.json"


class BackupError(Exception):
    """The backup could not be written or restored; the message says why."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    engine: str
    files: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pg_env() -> dict[str, str]:
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        PGHOST=str(db.get("HOST") or ""),
        PGPORT=str(db.get("PORT") or ""),
        PGUSER=str(db.get("USER") or ""),
        PGPASSWORD=str(db.get("PASSWORD") or ""),
        PGDATABASE=str(db["NAME"]),
    )
    return env


def _run(argv: list[str], env: dict[str, str]) -> None:
    try:
        subprocess.run(argv, env=env, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as exc:
        raise BackupError(f"{argv[0]} is not installed") from exc
    except subprocess.CalledProcessError as exc:
        raise BackupError(f"{argv[0]} failed: {exc.stderr.strip()}") from exc


def _file_store() -> Path:
    store: Path = settings.REFUGE_FILE_STORE
    return store


def backup_create(*, dest: Path, actor: Any | None = None) -> BackupSummary:
    """Write a snapshot to ``dest`` (which must not exist yet); all or nothing."""
    dest = dest.resolve()
    if dest.exists():
        raise BackupError(f"{dest} already exists; choose a new folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    audit_record_standalone(actor=actor, action="backup.created")
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    try:
        engine = connection.vendor
        if engine == "sqlite":
            database_file = work / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(database_file)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        elif engine == "postgresql":
            database_file = work / "database.pgdump"
            _run(["pg_dump", "--format=custom", "--no-owner", f"--file={database_file}"], _pg_env())
        else:
            raise BackupError(f"backups of {engine} databases are not supported")

        files = []
        store = _file_store()
        if store.exists():
            for source in sorted(p for p in store.rglob("*") if p.is_file()):
                relative = source.relative_to(store)
                copy = work / "files" / relative
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, copy)
                files.append({"path": relative.as_posix(), "sha256": _sha256(copy)})
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "engine": engine,
            "database": {"path": database_file.name, "sha256": _sha256(database_file)},
            "files": files,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        os.chmod(work, 0o700)
        work.rename(dest)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return BackupSummary(path=dest, engine=engine, files=len(files))


def backup_read_manifest(source: Path) -> dict[str, Any]:
    """Return the manifest of the backup at ``source`` after checking every file's hash."""
    try:
        manifest: dict[str, Any] = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"{source} is not a Refuge backup: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    entries = [(manifest["database"]["path"], manifest["database"]["sha256"])]
    entries += [(f"files/{item['path']}", item["sha256"]) for item in manifest["files"]]
    for relative, expected in entries:
        path = source / relative
        if not path.is_file():
            raise BackupError(f"{relative} is missing from the backup")
        if _sha256(path) != expected:
            raise BackupError(f"{relative} was altered or damaged (SHA-256 differs)")
    return manifest


def backup_restore(*, source: Path) -> BackupSummary:
    """Replace the database and file store with the backup at ``source``.

    Every hash is checked before anything is touched. Stop the service first.
    """
    source = source.resolve()
    manifest = backup_read_manifest(source)
    engine = connection.vendor
    if manifest["engine"] != engine:
        raise BackupError(f"this backup is of a {manifest['engine']} database, not {engine}")
    database_file = source / manifest["database"]["path"]
    if engine == "sqlite":
        connection.ensure_connection()
        snapshot = sqlite3.connect(database_file)
        try:
            snapshot.backup(connection.connection)
        finally:
            snapshot.close()
    else:
        connection.close()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={connection.settings_dict['NAME']}",
                str(database_file),
            ],
            _pg_env(),
        )
    _restore_file_store(source / "files", manifest["files"])
    return BackupSummary(path=source, engine=engine, files=len(manifest["files"]))


def _restore_file_store(files: Path, items: list[dict[str, str]]) -> None:
    store = _file_store()
    store.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{store.name}.restore-", dir=store.parent))
    for item in items:
        target = staged / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(files / item["path"], target)
    old = store.with_name(f".{store.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if store.exists():
        store.rename(old)
    staged.rename(store)
    shutil.rmtree(old, ignore_errors=True)
