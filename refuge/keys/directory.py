"""The authenticated key directory: a MAC on every public key and membership, and the pin.

A database writer without the server key cannot produce a valid MAC, so a recovery key, team
key, staff key or membership they insert or alter is refused before anything is sealed to it.
The organisation's recovery public key is also pinned outside the database (a setting or a file
written at setup): even a holder of the server key cannot swap it without touching that pin.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from refuge import crypto
from refuge.keys.models import Membership, RecoveryKey, StaffKey, TeamKey
from refuge.keys.server import server_subkey, server_subkeys

logger = logging.getLogger("refuge.keys")


class KeyDirectoryError(Exception):
    """A key or membership failed its check: nothing may be sealed to it."""


def fingerprint(public_key: bytes) -> str:
    """Return a short, readable fingerprint to compare by phone: 8 groups of 4 hex digits."""
    digest = crypto.digest(b"refuge-fingerprint:" + public_key)[:16]
    text = digest.hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _message(*parts: str | bytes | int | None) -> bytes:
    return b"\x00".join(
        part if isinstance(part, bytes) else str(part).encode("utf-8") for part in parts
    )


def _digest(data: bytes | memoryview | None) -> bytes:
    return crypto.digest(bytes(data or b""))


def _staff_key_message(row: StaffKey) -> bytes:
    return _message("staff-key", row.user_id, bytes(row.public_key))


def _recovery_key_message(row: RecoveryKey) -> bytes:
    return _message("recovery-key", bytes(row.public_key), row.threshold, row.shares)


def _team_key_message(row: TeamKey) -> bytes:
    return _message(
        "team-key", row.team, row.generation, bytes(row.public_key), _digest(row.recovery_sealed)
    )


def _membership_message(row: Membership, team_key: TeamKey, staff_key: StaffKey) -> bytes:
    return _message(
        "membership",
        team_key.team,
        team_key.generation,
        row.user_id,
        bytes(staff_key.public_key),
        _digest(row.sealed_private_key),
    )


def _mac(message: bytes) -> str:
    """The MAC under the current server key (what every row is written with)."""
    return crypto.keyed_hash(server_subkey("key-directory"), message).hex()


def _valid(stored: str, message: bytes) -> bool:
    """Whether ``stored`` is the MAC of ``message`` under the current server key or, while a
    server-key rotation's window is open, the previous one (docs/deployment.md)."""
    return any(
        crypto.constant_time_equal(stored.encode(), crypto.keyed_hash(key, message).hex().encode())
        for key in server_subkeys("key-directory")
    )


def row_mac(kind: str, *parts: str | bytes | int | None) -> str:
    """Return the MAC of a row that an app above key custody keeps in the directory (partner
    keys): ``kind`` names the kind of row, ``parts`` are every field the MAC covers."""
    return _mac(_message(kind, *parts))


def row_mac_valid(stored: str, kind: str, *parts: str | bytes | int | None) -> bool:
    return _valid(stored, _message(kind, *parts))


def staff_key_mac(row: StaffKey) -> str:
    return _mac(_staff_key_message(row))


def recovery_key_mac(row: RecoveryKey) -> str:
    return _mac(_recovery_key_message(row))


def team_key_mac(row: TeamKey) -> str:
    return _mac(_team_key_message(row))


def membership_mac(row: Membership, *, team_key: TeamKey, staff_key: StaffKey) -> str:
    return _mac(_membership_message(row, team_key, staff_key))


# One predicate per kind of row: sealing refuses on it, `refuge keys check` reports it.


def _staff_key_valid(row: StaffKey) -> bool:
    return row.user_id is not None and _valid(row.mac, _staff_key_message(row))


def _team_key_valid(row: TeamKey) -> bool:
    return _valid(row.mac, _team_key_message(row))


def _membership_valid(row: Membership) -> bool:
    expected = _membership_message(row, row.team_key, row.staff_key)
    return row.staff_key.user_id == row.user_id and _valid(row.mac, expected)


def _recovery_key_valid(row: RecoveryKey) -> bool:
    return _valid(row.mac, _recovery_key_message(row))


def staff_key_verified(row: StaffKey) -> StaffKey:
    if not _staff_key_valid(row):
        _refuse(f"staff key of user {row.user_id} fails its check")
    return row


def team_key_verified(row: TeamKey) -> TeamKey:
    if not _team_key_valid(row):
        _refuse(f"{row.team} team key #{row.generation} fails its check")
    return row


def membership_verified(row: Membership) -> Membership:
    if not _membership_valid(row):
        _refuse(f"membership of user {row.user_id} in {row.team_key} fails its check")
    return row


def _refuse(problem: str) -> None:
    # Names rows, never content: this is what an operator needs to find the rogue row.
    logger.error("key directory: %s; nothing was sealed to it", problem)
    raise KeyDirectoryError(problem)


# --- The recovery key's pin, outside the database ---


def recovery_pin_path() -> Path:
    return Path(settings.REFUGE_RECOVERY_PIN_FILE)


def recovery_pin() -> bytes | None:
    """Return the pinned recovery public key, from the setting or the pin file, if any."""
    configured = getattr(settings, "REFUGE_RECOVERY_PUBLIC_KEY", "")
    if configured:
        return crypto.decode_key(configured)
    try:
        return crypto.decode_key(recovery_pin_path().read_text().strip())
    except FileNotFoundError:
        return None


def recovery_pin_write(public_key: bytes) -> Path:
    path = recovery_pin_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(crypto.encode_key(public_key) + "\n")
    path.chmod(0o644)
    return path


def recovery_key_verified() -> RecoveryKey | None:
    """Return the organisation's recovery key if it passes its MAC and matches the pin.

    None when the organisation has no recovery key yet. More than one recovery key, a bad MAC,
    a missing pin or another key in the pin are all refusals: something was written behind
    Refuge's back.
    """
    rows = list(RecoveryKey.objects.all()[:2])
    if not rows:
        return None
    if len(rows) > 1:
        _refuse("more than one recovery key is stored")
    row = rows[0]
    if not _recovery_key_valid(row):
        _refuse("the recovery key fails its check")
    pinned = recovery_pin()
    if pinned is None:
        _refuse(f"the recovery key is not pinned (no {recovery_pin_path()})")
        raise AssertionError  # unreachable: _refuse raises
    if not crypto.constant_time_equal(pinned, bytes(row.public_key)):
        _refuse("the recovery key differs from the pinned one")
    return row


# --- The whole directory, for `refuge keys check` ---

# Apps above key custody that keep rows in the directory (partner keys) register how to check
# them and which rows they keep (each with its kind and the parts its MAC covers, as for
# ``row_mac``), so that a server-key rotation rewrites them too; this module never imports them.
RowParts = tuple[object, str, tuple[str | bytes | int | None, ...]]
_problem_hooks: list[Callable[[], list[Problem]]] = []
_row_hooks: list[Callable[[], Iterable[RowParts]]] = []


def register_directory_rows(
    *, problems: Callable[[], list[Problem]], rows: Callable[[], Iterable[RowParts]]
) -> None:
    if problems not in _problem_hooks:
        _problem_hooks.append(problems)
    if rows not in _row_hooks:
        _row_hooks.append(rows)


@dataclass(frozen=True)
class Problem:
    kind: str
    row: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.row}: {self.detail}"


def directory_problems() -> list[Problem]:
    """Check every key and membership; return what fails (an empty list when intact)."""
    problems: list[Problem] = []
    for staff in StaffKey.objects.select_related("user"):
        if not _staff_key_valid(staff):
            name = staff.user.username if staff.user else "?"
            problems.append(Problem("staff key", f"#{staff.pk} ({name})", "MAC does not match"))
    recovery = list(RecoveryKey.objects.all())
    if len(recovery) > 1:
        problems.append(Problem("recovery key", "", f"{len(recovery)} rows, expected one"))
    pinned = recovery_pin()
    for row in recovery:
        if not _recovery_key_valid(row):
            problems.append(Problem("recovery key", f"#{row.pk}", "MAC does not match"))
        if pinned is None:
            problems.append(Problem("recovery key", f"#{row.pk}", "not pinned"))
        elif not crypto.constant_time_equal(pinned, bytes(row.public_key)):
            problems.append(Problem("recovery key", f"#{row.pk}", "differs from the pinned key"))
    current: dict[str, int] = {}
    for team_key in TeamKey.objects.all():
        if not _team_key_valid(team_key):
            problems.append(
                Problem("team key", f"{team_key.team} #{team_key.generation}", "MAC does not match")
            )
        if team_key.retired_at is None:
            current[team_key.team] = current.get(team_key.team, 0) + 1
    for team, count in current.items():
        if count > 1:
            problems.append(Problem("team key", team, f"{count} current generations"))
    for membership in Membership.objects.select_related("team_key", "staff_key", "user"):
        if not _membership_valid(membership):
            problems.append(
                Problem(
                    "membership",
                    f"#{membership.pk} ({membership.user.username} in "
                    f"{membership.team_key.team} #{membership.team_key.generation})",
                    "MAC does not match",
                )
            )
    for hook in _problem_hooks:
        problems += hook()
    return problems


def directory_remac() -> int:
    """Write every row's MAC under the current server key (after a server-key rotation, before
    its window closes); rows that verify under no key are left for `refuge keys check` to name.
    Return how many rows were rewritten."""
    count = 0
    rows: list[tuple[object, bytes]] = []
    rows += [(row, _staff_key_message(row)) for row in StaffKey.objects.all()]
    rows += [(row, _recovery_key_message(row)) for row in RecoveryKey.objects.all()]
    rows += [(row, _team_key_message(row)) for row in TeamKey.objects.all()]
    rows += [
        (row, _membership_message(row, row.team_key, row.staff_key))
        for row in Membership.objects.select_related("team_key", "staff_key")
    ]
    rows += [(row, _message(kind, *parts)) for hook in _row_hooks for row, kind, parts in hook()]
    for row, message in rows:
        stored = row.mac  # type: ignore[attr-defined]
        if _valid(stored, message) and stored != _mac(message):
            row.mac = _mac(message)  # type: ignore[attr-defined]
            row.save(update_fields=["mac"])  # type: ignore[attr-defined]
            count += 1
    return count
