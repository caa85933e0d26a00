"""Notifications without content: staff addresses, the outbox, and sending it.

A message says only that there is something to read ("There is new activity on the hotline.
Sign in to read it."), never a pseudonym, an id or a word of a report: an e-mail provider, a
seized mailbox or a colleague reading over a shoulder learns that much and no more. Notices
wait in the database (``Notice``) until an SMTP server accepts them, so a server that is down
loses nothing: the next ``refuge notify`` sends them.

Hotline activity is read from the audit log (new ``report.submitted`` and
``report.reporter_message`` entries since the last run), so the hotline itself needs no hook.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.audit.models import AuditEntry
from refuge.audit.services import audit_record
from refuge.crypto import openpgp
from refuge.crypto.contexts import associated_data
from refuge.keys import custody
from refuge.keys.models import Team
from refuge.keys.server import server_subkey
from refuge.notify.models import Notice, NotifyState, StaffContact

logger = logging.getLogger("refuge.notify")

ACTIVITY_ACTIONS = ("report.submitted", "report.reporter_message")
MAX_ADDRESS_LENGTH = 254


class NotifyError(Exception):
    """The address or language cannot be used; the message is for the administrator."""


@dataclass(frozen=True)
class NotifyRun:
    """What one run did: notices queued and sent, those left waiting, the step that failed."""

    queued: int
    sent: int
    waiting: int
    failed_step: str | None = None


# --- Addresses ---


def _context(user_id: int, kind: str) -> bytes:
    """Bind an encrypted address or key to its owner and to what it is."""
    return associated_data("notify.field", kind=kind, user=user_id)


def address_clean(address: str) -> str:
    """Return the address trimmed, or raise NotifyError if it is not one plain address."""
    address = address.strip()
    if not address or len(address) > MAX_ADDRESS_LENGTH or any(c.isspace() for c in address):
        raise NotifyError(_("Enter one valid e-mail address."))
    try:
        validate_email(address)
    except ValidationError as exc:
        raise NotifyError(_("Enter one valid e-mail address.")) from exc
    return address


def language_clean(language: str) -> str:
    codes = [code for code, _name in settings.LANGUAGES]
    if language not in codes:
        raise NotifyError(
            _("Choose one of these languages: %(codes)s.") % {"codes": ", ".join(codes)}
        )
    return language


def _seal(user_id: int, kind: str, text: str) -> bytes:
    return crypto.encrypt(
        server_subkey("notify-address"), text.encode(), associated_data=_context(user_id, kind)
    )


def _address_keys() -> list[bytes]:
    """The "notify-address" key under REFUGE_SERVER_KEY, then under REFUGE_SERVER_KEY_PREVIOUS
    while a server-key rotation's window is open (docs/deployment.md)."""
    keys = [server_subkey("notify-address")]
    previous = getattr(settings, "REFUGE_SERVER_KEY_PREVIOUS", "")
    if previous:
        keys.append(crypto.derive_subkey(crypto.decode_key(previous), "notify-address"))
    return keys


def _unseal(user_id: int, kind: str, envelope: bytes) -> tuple[str, bool]:
    """Return the plaintext, and whether it was sealed under the previous server key."""
    keys = _address_keys()
    for position, key in enumerate(keys):
        try:
            text = crypto.decrypt(key, envelope, associated_data=_context(user_id, kind))
        except crypto.CryptoError:
            if position == len(keys) - 1:
                raise
            continue
        return text.decode(), position > 0
    raise crypto.CryptoError("no key")  # unreachable: there is always one key


def _reseal_under_current(contact: StaffContact) -> None:
    """After a server-key rotation, seal the address and key again under the current key."""
    address, _old = _unseal(contact.user_id, "address", bytes(contact.address_encrypted))
    contact.address_encrypted = _seal(contact.user_id, "address", address)
    fields = ["address_encrypted"]
    if contact.openpgp_key_encrypted:
        key, _old = _unseal(contact.user_id, "openpgp-key", bytes(contact.openpgp_key_encrypted))
        contact.openpgp_key_encrypted = _seal(contact.user_id, "openpgp-key", key)
        fields.append("openpgp_key_encrypted")
    contact.save(update_fields=fields)


@transaction.atomic
def contact_set(
    *,
    actor: Any | None,
    user: Any,
    address: str,
    language: str,
    openpgp_key: str | None = None,
) -> StaffContact:
    """Store ``user``'s address and OpenPGP key (encrypted under a server subkey) and language.

    ``openpgp_key``: None keeps the current key, "" removes it, otherwise one public key that
    can encrypt (refused otherwise).
    """
    address = address_clean(address)
    language = language_clean(language)
    defaults: dict[str, Any] = {
        "address_encrypted": _seal(user.pk, "address", address),
        "language": language,
    }
    fingerprint = None
    if openpgp_key is not None and openpgp_key.strip():
        try:
            fingerprint = openpgp.public_key_fingerprint(openpgp_key)
        except openpgp.OpenPGPError as exc:
            raise NotifyError(_("This is not one OpenPGP public key that can encrypt.")) from exc
        defaults["openpgp_key_encrypted"] = _seal(user.pk, "openpgp-key", openpgp_key.strip())
    elif openpgp_key is not None:
        defaults["openpgp_key_encrypted"] = None
    contact, _created = StaffContact.objects.update_or_create(user=user, defaults=defaults)
    audit_record(
        actor=actor,
        action="notify.address_set",
        target=user,
        details={"language": language, "openpgp": fingerprint},
    )
    return contact


@transaction.atomic
def contact_remove(*, actor: Any | None, user: Any) -> bool:
    """Forget ``user``'s address and every notice waiting for them."""
    deleted, _detail = StaffContact.objects.filter(user=user).delete()
    Notice.objects.filter(user=user).delete()
    if deleted:
        audit_record(actor=actor, action="notify.address_removed", target=user)
    return bool(deleted)


def contact_address(contact: StaffContact) -> str:
    """Return the decrypted address (in memory, to send or to show to an administrator)."""
    address, previous = _unseal(contact.user_id, "address", bytes(contact.address_encrypted))
    if previous:
        _reseal_under_current(contact)
    return address


def contact_openpgp_key(contact: StaffContact) -> str:
    """Return the decrypted OpenPGP public key, or "" if none was given."""
    if not contact.openpgp_key_encrypted:
        return ""
    key, previous = _unseal(contact.user_id, "openpgp-key", bytes(contact.openpgp_key_encrypted))
    if previous:
        _reseal_under_current(contact)
    return key


def contact_for(*, user: Any) -> StaffContact | None:
    return StaffContact.objects.filter(user=user).first()


# --- The outbox ---


def notice_queue(*, user_id: int, kind: str) -> bool:
    """Queue ``kind`` for the user if they gave an address; one waiting notice per kind."""
    if not StaffContact.objects.filter(user_id=user_id, user__is_active=True).exists():
        return False
    try:
        with transaction.atomic():
            _notice, created = Notice.objects.get_or_create(user_id=user_id, kind=kind)
    except IntegrityError:  # another process queued the same notice at the same moment
        return False
    return created


def activity_collect() -> int:
    """Queue a digest for every intake member with an address if the hotline saw activity
    since the last run (or always, with REFUGE_NOTIFY_ALWAYS); return how many were queued."""
    with transaction.atomic():
        state, _created = NotifyState.objects.select_for_update().get_or_create(pk=1)
        newer = AuditEntry.objects.filter(seq__gt=state.audit_seq)
        active = newer.filter(action__in=ACTIVITY_ACTIONS).exists()
        state.audit_seq = newer.aggregate(last=Max("seq"))["last"] or state.audit_seq
        state.save(update_fields=["audit_seq"])
        if not (active or settings.REFUGE_NOTIFY_ALWAYS):
            return 0
        members = StaffContact.objects.filter(
            user_id__in=custody.team_member_ids(Team.INTAKE), user__is_active=True
        ).values_list("user_id", flat=True)
        return sum(notice_queue(user_id=user_id, kind=Notice.Kind.DIGEST) for user_id in members)


# --- Sending ---


def _body(kind: str) -> str:
    if kind == Notice.Kind.ASSIGNED:
        return _("A case was assigned to you. Sign in to read it.")
    if kind == Notice.Kind.FOLLOW_UP:
        return _("A reporter wrote on a case assigned to you. Sign in to read it.")
    return _("There is new activity on the hotline. Sign in to read it.")


def sender_domain() -> str:
    return settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip("> ") or "localhost"


def message_build(*, notice: Notice, contact: StaffContact, connection: Any) -> EmailMessage:
    """Return the message for ``notice``, in the staff member's language, with no content."""
    with translation.override(contact.language):
        subject = _("Notification")
        body = _body(notice.kind)
    key = contact_openpgp_key(contact)
    if key:
        body = openpgp.encrypt_to(key, body)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[contact_address(contact)],
        connection=connection,
        # Django's default Message-ID names this machine's host name: use the sender's domain.
        headers={"Message-ID": make_msgid(domain=sender_domain())},
    )


def _failure(step: str, exc: BaseException) -> None:
    # Never the exception's text: SMTP errors quote addresses back.
    code = getattr(exc, "smtp_code", None)
    logger.warning(
        "refuge notify: step %r failed (%s%s); the notices stay queued for the next run",
        step,
        type(exc).__name__,
        f" {code}" if code else "",
    )


def notices_deliver() -> tuple[int, int, str | None]:
    """Send every waiting notice; return (sent, still waiting, the step that failed)."""
    pending = list(Notice.objects.select_related("user", "user__notify_contact").order_by("pk"))
    if not pending:
        return 0, 0, None
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
    except (OSError, smtplib.SMTPException) as exc:
        _failure("connect", exc)
        return 0, len(pending), "connect"
    sent = 0
    failed_step = None
    try:
        for notice in pending:
            contact = getattr(notice.user, "notify_contact", None)
            if contact is None or not notice.user.is_active:
                notice.delete()
                continue
            try:
                message = message_build(notice=notice, contact=contact, connection=connection)
            except crypto.CryptoError as exc:
                _failure("decrypt address", exc)
                failed_step = "decrypt address"
                continue
            except openpgp.OpenPGPError as exc:
                _failure("encrypt", exc)
                failed_step = "encrypt"
                continue
            try:
                message.send()
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
                # This message was refused; the next one may go through.
                _failure("send", exc)
                failed_step = "send"
                Notice.objects.filter(pk=notice.pk).update(attempts=notice.attempts + 1)
                continue
            except (OSError, smtplib.SMTPException) as exc:
                _failure("send", exc)  # the connection is gone: the rest wait for next run
                failed_step = "send"
                break
            notice.delete()
            sent += 1
    finally:
        try:
            connection.close()
        except (OSError, smtplib.SMTPException) as exc:
            _failure("close", exc)
    return sent, Notice.objects.count(), failed_step


def notify_run() -> NotifyRun:
    """Collect hotline activity into the outbox, then send the outbox."""
    queued = activity_collect()
    if not settings.EMAIL_HOST and Notice.objects.exists():
        logger.warning("refuge notify: REFUGE_EMAIL_HOST is not set; the notices stay queued")
        return NotifyRun(
            queued=queued, sent=0, waiting=Notice.objects.count(), failed_step="connect"
        )
    sent, waiting, failed_step = notices_deliver()
    return NotifyRun(queued=queued, sent=sent, waiting=waiting, failed_step=failed_step)
