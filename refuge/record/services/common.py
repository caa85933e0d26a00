"""Errors, envelopes under the record key, and what every part of the record shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from refuge.core.errors import UserFacingError
from refuge.record import standalone_verify

GENESIS = standalone_verify.GENESIS


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


class RecordError(UserFacingError):
    """A record action that cannot be carried out; the message is translated, for the user."""


class RecordAccessError(RecordError):
    """This user holds no copy of the record key."""


class EvidenceIntegrityError(RecordError):
    """An evidence file no longer matches the hash taken when it was received."""


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)
    line: int = 1  # the last line read
