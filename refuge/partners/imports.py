"""Importing a package from a partner: a referral that opens a case here, or a status update.

Every check runs before anything is written, and all of it in one transaction: a refused
package (wrongly addressed, tampered, replayed, from an unknown or unverified signer) leaves
nothing behind (docs/referrals.md)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.cases import services as case_services
from refuge.cases.models import REGIONS, Case, Urgency
from refuge.intake import recording
from refuge.intake import services as intake_services
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Team
from refuge.partners import directory
from refuge.partners.models import (
    Partner,
    ReceivedPackage,
    Referral,
)
from refuge.partners.package import (
    Message,
    PackageError,
    package_open,
    package_recipient,
    signature_valid,
)
from refuge.partners.services import (
    STATUSES,
    PartnerError,
    identity_get,
    identity_open,
    public_keys,
)


@dataclass(frozen=True)
class Imported:
    kind: str
    package_id: uuid.UUID
    partner: Partner
    case: Case | None
    status: str = ""


def _refuse(reason: str) -> PackageError:
    return PackageError(reason.rstrip(".") + ". Nothing was imported.")


def _check_sender(message: Message) -> Partner:
    partner = Partner.objects.filter(signing_public=message.sender.signing).first()
    if partner is None:
        raise _refuse("Signed by an organisation that is not in the partner directory.")
    try:
        directory.partner_verified_row(partner)
    except KeyDirectoryError as exc:
        raise _refuse(f"The directory entry of {partner.name} fails its check.") from exc
    if not partner.verified:
        raise _refuse(f"Signed by {partner.name}, whose key has not been verified yet.")
    if bytes(partner.encryption_public) != message.sender.encryption:
        raise _refuse(f"The package names another encryption key for {partner.name}.")
    if not signature_valid(message, bytes(partner.signing_public)):
        raise _refuse("The signature does not verify: the package was altered.")
    return partner


def package_import(*, actor: User, keypair: crypto.KeyPair, data: bytes) -> Imported:
    """Check a package from a partner and import it: a referral opens a case, a status update
    shows on the referring case. Raise PackageError, importing nothing, if it is not a package,
    is addressed to someone else, was altered, comes from an unknown or unverified partner, or
    was imported before."""
    try:
        to, sealed = package_recipient(data)
    except PackageError as exc:
        raise _refuse(str(exc)) from exc
    identity = identity_get()
    if identity is None:
        raise _refuse("This organisation has no partner identity yet.")
    ours = public_keys(identity)
    if to != ours.fingerprint:
        raise _refuse(f"Addressed to another organisation ({to}), not to us ({ours.fingerprint}).")
    try:
        opened = identity_open(user=actor, keypair=keypair)
    except PartnerError as exc:
        raise PackageError(str(exc)) from exc
    try:
        message = package_open(sealed, opened.encryption)
    except PackageError as exc:
        raise _refuse(str(exc)) from exc
    partner = _check_sender(message)
    if message.recipient != ours:
        raise _refuse("The signed recipient is another organisation: the package was forwarded.")
    if message.kind not in ReceivedPackage.Kind.values:
        raise _refuse(f"Unknown kind of package: {message.kind}.")
    try:
        with transaction.atomic():
            if ReceivedPackage.objects.filter(pk=message.id).exists():
                raise _refuse(f"Package {message.id} was imported before: this is a replay.")
            received = ReceivedPackage.objects.create(
                id=message.id, kind=message.kind, partner=partner, received_at=timezone.now()
            )
            if message.kind == ReceivedPackage.Kind.REFERRAL:
                received.case = _referral_open_case(actor, keypair, partner, message)
                received.save(update_fields=["case"])
                audit_record(
                    actor=actor,
                    action="referral.received",
                    target=received.case,
                    details={
                        "referral": str(message.id),
                        "partner": partner.name,
                        "parts": list(message.body.get("parts", [])),
                    },
                )
                return Imported(message.kind, message.id, partner, received.case)
            referral = _status_apply(actor, partner, message)
            return Imported(message.kind, message.id, partner, referral.case, referral.status)
    except IntegrityError as exc:  # the same package imported at the same moment
        raise _refuse(f"Package {message.id} was imported before: this is a replay.") from exc


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _referral_open_case(
    actor: User, keypair: crypto.KeyPair, partner: Partner, message: Message
) -> Case:
    if not custody.is_member(user=actor, team=Team.INTAKE):
        raise _refuse("Importing a referral opens a case: it needs a member of the intake team.")
    body = message.body
    answers: list[dict[str, str]] = []
    if _text(body.get("needs")):
        answers.append({"key": "referral_needs", "question": "Needs", "answer": body["needs"]})
    for number, report in enumerate(body.get("reports") or [], start=1):
        answers.append(
            {
                "key": f"referral_account_{number}",
                "question": "Account",
                "answer": _text(report.get("account")),
            }
        )
        for answer in report.get("answers") or []:
            answers.append({key: _text(answer.get(key)) for key in ("key", "question", "answer")})
    thread = "\n\n".join(
        f"[{_text(m.get('from'))} {_text(m.get('sent_at'))}]\n{_text(m.get('body'))}"
        for m in body.get("thread") or []
    )
    if thread:
        answers.append({"key": "referral_thread", "question": "Conversation", "answer": thread})
    triage = body.get("triage") or {}
    language = "en" if triage.get("language") == "en" else "ru"
    account = _text(body.get("summary")) or f"Referral from {partner.name}"
    try:
        report, _receipt, _files = recording.report_record(
            actor=actor,
            channel=recording.Channel.PARTNER,
            relationship=recording.Relationship.OTHER,
            account=account,
            answers=answers,
            files=[],
            language=language,
        )
        opened_report = intake_services.report_open_for_staff(
            report=report, user=actor, keypair=keypair
        )
        opened = case_services.case_open_from_report(
            actor=actor, report=opened_report, language=language
        )
    except (intake_services.IntakeError, case_services.CaseError) as exc:
        raise PackageError(f"{exc} Nothing was imported.") from exc
    if triage:
        flags = [f for f in triage.get("risk_flags") or [] if isinstance(f, str)]
        urgency = _text(triage.get("urgency"))
        region = _text(triage.get("region"))
        opened.case = case_services.case_triage(
            actor=actor,
            case=opened.case,
            version=opened.case.version,
            urgency=urgency if urgency in Urgency.values else Urgency.NORMAL,
            risk_flags=flags,
            language=language,
            region=region if region in dict(REGIONS) else "unknown",
        )
    for item in body.get("checklist") or []:
        text = _text(item.get("text"))
        if text:
            mark = "✓ " if item.get("done") else ""
            due = f" ({item['due']})" if item.get("due") else ""
            case_services.checklist_add(
                actor=actor, opened=opened, text=mark + text + due, due=None
            )
    return opened.case


def _status_apply(actor: User, partner: Partner, message: Message) -> Referral:
    try:
        referral_id = uuid.UUID(_text(message.body.get("referral")))
    except ValueError as exc:
        raise _refuse("The status names no referral.") from exc
    status = message.body.get("status")
    if status not in STATUSES:
        raise _refuse(f"Unknown status: {status}.")
    referral = Referral.objects.select_for_update().filter(pk=referral_id, partner=partner).first()
    if referral is None:
        raise _refuse(f"{partner.name} sent a status about a referral we never sent to them.")
    referral.status = status
    referral.status_at = message.created_at
    referral.save(update_fields=["status", "status_at"])
    audit_record(
        actor=actor,
        action="referral.status_received",
        target=referral.case,
        details={
            "referral": str(referral.pk),
            "package": str(message.id),
            "partner": partner.name,
            "status": status,
        },
    )
    return referral
