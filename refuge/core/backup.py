"""Consistent snapshots of the database and file store, and restoring them.

A backup is a folder: ``manifest.json`` (format, engine, SHA-256 of every file, and a MAC over
all of it under the server's "backup" subkey), the database (``database.sqlite3`` taken with
SQLite's online backup API, or ``database.pgdump`` from ``pg_dump``, each a consistent snapshot
while the service runs) and ``files/``, a copy of the file store. Everything in the database and
file store that must stay secret is already encrypted; the backup holds no server secrets, which
must be kept separately.

Whoever alters a backup cannot fix the hashes: the manifest's MAC needs REFUGE_SERVER_KEY.
Restore refuses any path that is not canonical (no ``..``, no absolute path). Expired sessions
are purged first, and files are copied without their times. With ``encrypt_to`` (an offline
X25519 public key) every file is encrypted under a fresh key sealed to it, so a stolen backup
is ciphertext only; restoring it needs the offline private key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from refuge import crypto
from refuge.audit.services import audit_record_standalone
from refuge.keys.server import server_subkeys

FORMAT = 2
MANIFEST = "manifest.json"
DATABASE_NAMES = {"database.sqlite3", "database.pgdump"}
_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


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


def _canonical(relative: str) -> bool:
    """Return whether ``relative`` is a plain relative path: no .., no /, no odd characters."""
    parts = relative.split("/")
    return 0 < len(parts) <= 3 and all(_PART.fullmatch(part) for part in parts)


def _manifest_mac(manifest: dict[str, Any], key: bytes) -> str:
    body = json.dumps({k: v for k, v in manifest.items() if k != "mac"}, sort_keys=True)
    return crypto.keyed_hash(key, body.encode()).hex()


def _seal_file(path: Path, file_key: bytes | None, relative: str) -> None:
    if file_key is not None:
        data = crypto.encrypt(file_key, path.read_bytes(), associated_data=relative.encode())
        path.write_bytes(data)


def backup_create(
    *, dest: Path, actor: Any | None = None, encrypt_to: bytes | None = None
) -> BackupSummary:
    """Write a snapshot to ``dest`` (which must not exist yet); all or nothing.

    ``encrypt_to``: an offline X25519 public key; every file is then encrypted.
    """
    dest = dest.resolve()
    if dest.exists():
        raise BackupError(f"{dest} already exists; choose a new folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Expired sessions do not go into the snapshot.
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    audit_record_standalone(actor=actor, action="backup.created")
    file_key = crypto.random_key() if encrypt_to is not None else None
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    # An encrypted backup's database snapshot is taken in RAM, then only its ciphertext is
    # written to the backup's disk.
    ram = Path(tempfile.mkdtemp(prefix="refuge-backup-", dir=settings.REFUGE_RAM_TMPDIR))
    snapshot_dir = ram if file_key is not None else work
    try:
        engine = connection.vendor
        if engine == "sqlite":
            database_file = snapshot_dir / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(database_file)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        elif engine == "postgresql":
            database_file = snapshot_dir / "database.pgdump"
            _run(["pg_dump", "--format=custom", "--no-owner", f"--file={database_file}"], _pg_env())
        else:
            raise BackupError(f"backups of {engine} databases are not supported")

        if file_key is not None:
            _seal_file(database_file, file_key, database_file.name)
            database_file = Path(shutil.move(database_file, work / database_file.name))
        files = []
        store = _file_store()
        if store.exists():
            for source in sorted(p for p in store.rglob("*") if p.is_file()):
                relative = source.relative_to(store).as_posix()
                if source.suffix == ".partial" or not _canonical(relative):
                    continue  # a write in progress, or nothing Refuge wrote
                copy = work / "files" / relative
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, copy)  # contents only: no exact times
                _seal_file(copy, file_key, relative)
                files.append({"path": relative, "sha256": _sha256(copy)})
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "created_at": timezone.now().strftime("%Y-%m-%d"),
            "engine": engine,
            "database": {"path": database_file.name, "sha256": _sha256(database_file)},
            "files": files,
        }
        if encrypt_to is not None and file_key is not None:
            sealed = crypto.seal(encrypt_to, file_key)
            manifest["encrypted_to"] = {
                "public_key": crypto.encode_key(encrypt_to),
                "sealed_key": base64.b64encode(sealed).decode("ascii"),
            }
        manifest["mac"] = _manifest_mac(manifest, server_subkeys("backup")[0])
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        os.chmod(work, 0o700)
        work.rename(dest)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(ram, ignore_errors=True)
    return BackupSummary(path=dest, engine=engine, files=len(files))


def backup_read_manifest(source: Path) -> dict[str, Any]:
    """Return the manifest of the backup at ``source`` after checking every file's hash."""
    try:
        manifest: dict[str, Any] = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"{source} is not a Refuge backup: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    mac = str(manifest.get("mac", ""))
    if not any(
        crypto.constant_time_equal(mac.encode(), _manifest_mac(manifest, key).encode())
        for key in server_subkeys("backup")
    ):
        raise BackupError(
            "the manifest is not authenticated by this server's key: the backup was altered, "
            "or it comes from another instance"
        )
    if manifest["database"]["path"] not in DATABASE_NAMES:
        raise BackupError(f"{manifest['database']['path']!r} is not a database file name")
    for item in manifest["files"]:
        if not _canonical(str(item["path"])):
            raise BackupError(f"{item['path']!r} is not a canonical path; refusing the backup")
    entries = [(manifest["database"]["path"], manifest["database"]["sha256"])]
    entries += [(f"files/{item['path']}", item["sha256"]) for item in manifest["files"]]
    for relative, expected in entries:
        path = source / relative
        if not path.is_file():
            raise BackupError(f"{relative} is missing from the backup")
        if _sha256(path) != expected:
            raise BackupError(f"{relative} was altered or damaged (SHA-256 differs)")
    return manifest


def _file_key(manifest: dict[str, Any], offline_private_key: bytes | None) -> bytes | None:
    sealed = manifest.get("encrypted_to")
    if sealed is None:
        return None
    if offline_private_key is None:
        raise BackupError("this backup is encrypted: give the offline private key")
    keypair = crypto.keypair_from_private(offline_private_key)
    try:
        return crypto.unseal(keypair, base64.b64decode(sealed["sealed_key"]))
    except (crypto.CryptoError, ValueError) as exc:
        raise BackupError("the offline private key does not open this backup") from exc


def _plain(path: Path, file_key: bytes | None, relative: str) -> bytes:
    data = path.read_bytes()
    if file_key is None:
        return data
    try:
        return crypto.decrypt(file_key, data, associated_data=relative.encode())
    except crypto.CryptoError as exc:
        raise BackupError(f"{relative} does not decrypt") from exc


def backup_restore(*, source: Path, offline_private_key: bytes | None = None) -> BackupSummary:
    """Replace the database and file store with the backup at ``source``.

    Every hash and the manifest's MAC are checked before anything is touched. Stop the
    service first. An encrypted backup needs ``offline_private_key``; its database is
    decrypted into the RAM directory only.
    """
    source = source.resolve()
    manifest = backup_read_manifest(source)
    engine = connection.vendor
    if manifest["engine"] != engine:
        raise BackupError(f"this backup is of a {manifest['engine']} database, not {engine}")
    file_key = _file_key(manifest, offline_private_key)
    ram = Path(tempfile.mkdtemp(prefix="refuge-restore-", dir=settings.REFUGE_RAM_TMPDIR))
    try:
        return _restore(source, manifest, engine, file_key, ram)
    finally:
        shutil.rmtree(ram, ignore_errors=True)


def _restore(
    source: Path, manifest: dict[str, Any], engine: str, file_key: bytes | None, ram: Path
) -> BackupSummary:
    database_file = source / manifest["database"]["path"]
    if file_key is not None:
        plain = ram / database_file.name
        plain.write_bytes(_plain(database_file, file_key, database_file.name))
        database_file = plain
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
    _restore_file_store(source / "files", manifest["files"], file_key)
    return BackupSummary(path=source, engine=engine, files=len(manifest["files"]))


def _restore_file_store(files: Path, items: list[dict[str, str]], file_key: bytes | None) -> None:
    store = _file_store()
    store.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{store.name}.restore-", dir=store.parent))
    for item in items:
        target = staged / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_plain(files / item["path"], file_key, item["path"]))
    old = store.with_name(f".{store.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if store.exists():
        store.rename(old)
    staged.rename(store)
    shutil.rmtree(old, ignore_errors=True)
