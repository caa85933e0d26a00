"""One registry of encryption contexts: what each encrypted field's associated data binds.

After Hush Line's ENCRYPTED_FIELD_CONTRACTS. Every envelope binds its ciphertext to its place
with associated data (``crypto.encrypt`` cannot be called without it); this module says, for
each kind of encrypted field, exactly which facts are bound, so that moving a ciphertext to
another row, or changing a bound fact in clear (who wrote a message, when, whether a file's
metadata was removed), makes decryption fail. A contract's earlier versions stay readable for
rows written before it changed; new rows use the latest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contract:
    name: str
    version: int
    binds: tuple[str, ...]
    template: str  # str.format over ``binds``; v1 templates reproduce the first wave's bytes

    def render(self, values: dict[str, object]) -> bytes:
        if set(values) != set(self.binds):
            raise ValueError(
                f"{self.name} v{self.version} binds {self.binds}, was given {tuple(values)}"
            )
        return self.template.format(**values).encode("utf-8")


_FIELDS: tuple[Contract, ...] = (
    # The hotline
    Contract("intake.report", 1, ("report",), "intake.report:{report}"),
    Contract("intake.receipt", 1, ("report",), "intake.receipt:{report}"),
    Contract("intake.message", 1, ("message",), "intake.message:{message}"),
    Contract(
        "intake.message",
        2,
        ("message", "report", "author", "staff", "sent_at"),
        "intake.message.v2|{message}|report={report}|author={author}|staff={staff}"
        "|sent_at={sent_at}",
    ),
    Contract("intake.attachment", 1, ("attachment",), "intake.attachment:{attachment}"),
    # Version 2 files are padded (Padmé) before encryption; version 1 files are not.
    Contract(
        "intake.attachment",
        2,
        ("attachment", "report", "message", "metadata_removed"),
        "intake.attachment.v2|{attachment}|report={report}|message={message}"
        "|metadata_removed={metadata_removed}",
    ),
    Contract(
        "intake.attachment-details", 1, ("attachment",), "intake.attachment-details:{attachment}"
    ),
    # The file exactly as the reporter sent it (kept as the evidentiary copy), bound like the
    # working copy.
    Contract(
        "intake.attachment-original",
        2,
        ("attachment", "report", "message", "metadata_removed"),
        "intake.attachment-original.v2|{attachment}|report={report}|message={message}"
        "|metadata_removed={metadata_removed}",
    ),
    Contract(
        "intake.attachment-details",
        2,
        ("attachment", "report", "message", "metadata_removed"),
        "intake.attachment-details.v2|{attachment}|report={report}|message={message}"
        "|metadata_removed={metadata_removed}",
    ),
    # Which inbox reports read like this one, under the report's own key.
    Contract("intake.similarity", 1, ("report",), "intake.similarity:{report}"),
    # What waits in a reporter's session between a POST and the page after it.
    Contract("intake.reporter-session", 1, (), "intake.reporter-session"),
    # The receipt of a staff-recorded report, between the POST and the page that shows it once.
    Contract("intake.record-flash", 1, (), "intake.record-flash"),
    # A staff member's notification address, OpenPGP key and language, bound to their owner.
    Contract("notify.field", 1, ("kind", "user"), "notify.{kind}:{user}"),
    # Casework: notes, checklist items, consent details, wrapped report keys — each bound to its
    # row and its case.
    Contract("cases.field", 1, ("kind", "object", "case"), "cases.{kind}:{object}:{case}"),
    # The record: people, acts, sources, evidence details — bound to their kind and row.
    Contract("record.field", 1, ("kind", "object"), "record.{kind}:{object}"),
    Contract("record.evidence-file", 1, ("evidence",), "record.evidence-file:{evidence}"),
    # Staff: the TOTP secret bound to its user; a staff private key bound to its owner; the
    # signed-in private key's session envelope bound to the session.
    Contract("accounts.totp", 1, ("user",), "accounts.user:{user}"),
    Contract("keys.staff-key", 1, ("user",), "accounts.staffkeypair:{user}"),
    Contract("accounts.session-key", 1, (), "accounts.session-key"),
)

CONTRACTS: dict[tuple[str, int], Contract] = {(c.name, c.version): c for c in _FIELDS}
LATEST: dict[str, int] = {}
for _contract in _FIELDS:
    LATEST[_contract.name] = max(LATEST.get(_contract.name, 0), _contract.version)


def associated_data(name: str, *, version: int | None = None, **values: object) -> bytes:
    """Return the associated data for one encrypted field, as its contract binds it."""
    contract = CONTRACTS.get((name, version or LATEST.get(name, 0)))
    if contract is None:
        raise KeyError(f"no encryption contract {name} v{version}")
    return contract.render(values)
