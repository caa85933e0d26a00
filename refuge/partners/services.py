"""Writes for partners and referrals: the identity, the directory, consent, packages.

Every change is audited in its own transaction; every disclosure (a referral written, a status
sent back) is audited with what went to whom under which consent, in the transaction that
records it. Nothing is encrypted to a partner whose row fails its MAC or is not verified, and
nothing is imported from one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.cases import selectors as case_selectors
from refuge.cases import services as case_services
from refuge.cases.models import Case, Consent
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Team
from refuge.partners import directory
from refuge.partners.models import (
    OrgIdentity,
    Part,
    Partner,
    ReceivedPackage,
    Referral,
    ReferralConsent,
)
from refuge.partners.package import (
    PackageError,
    PublicKeys,
    key_file_read,
    package_write,
)

STATUSES = (Referral.Status.ACCEPTED, Referral.Status.DECLINED, Referral.Status.CLOSED)


class PartnerError(Exception):
    """A partner or referral action that cannot be carried out; the message is for the user."""


# --- The organisation's identity ---


def identity_get() -> OrgIdentity | None:
    """Return the organisation's identity if it passes its MAC (None if there is none)."""
    rows = list(OrgIdentity.objects.all()[:2])
    if not rows:
        return None
    if len(rows) > 1:
        raise KeyDirectoryError("more than one partner identity is stored")
    return directory.identity_verified_row(rows[0])


def public_keys(row: OrgIdentity | Partner) -> PublicKeys:
    """The public keys of our own identity or of a partner, as packages use them."""
    return PublicKeys(bytes(row.encryption_public), bytes(row.signing_public))


@transaction.atomic
def identity_ensure(*, actor: User | None) -> OrgIdentity:
    """Return the organisation's identity, creating it (sealed to the coordinators team) once."""
    existing = identity_get()
    if existing is not None:
        return existing
    if not custody.team_member_ids(Team.COORDINATORS):
        # Sealed to a team nobody holds, the identity could be opened only with the recovery
        # shares (and `refuge setup` would start the team afresh without it).
        raise PartnerError(
            _("The coordinators team has no member yet to hold the organisation's keys.")
        )
    seed = crypto.random_key()
    encryption = crypto.generate_keypair()
    secret = seed + encryption.private_key
    team_key, sealed = custody.seal_to_team(team=Team.COORDINATORS, secret=secret)
    row = OrgIdentity(
        encryption_public=encryption.public_key,
        signing_public=crypto.signing_public_key(seed),
        team_key=team_key,
        sealed_private=sealed,
        recovery_sealed=custody.recovery_seal(secret),
        created_at=timezone.now(),
    )
    row.mac = directory.identity_mac(row)
    row.save()
    audit_record(
        actor=actor,
        action="partners.identity_created",
        details={"fingerprint": public_keys(row).fingerprint},
    )
    return row


@dataclass(frozen=True)
class OpenedIdentity:
    keys: PublicKeys
    signing_seed: bytes
    encryption: crypto.KeyPair


def identity_open(*, user: User, keypair: crypto.KeyPair) -> OpenedIdentity:
    """Open the identity's private halves through the user's coordinators membership."""
    identity = identity_get()
    if identity is None:
        raise PartnerError(_("This organisation has no partner identity yet."))
    try:
        secret = custody.open_team_sealed(
            user=user, keypair=keypair, team_key=identity.team_key, sealed=identity.sealed_private
        )
    except (custody.CustodyError, crypto.CryptoError) as exc:
        raise PartnerError(
            _("Only a member of the coordinators team can sign or open partner packages.")
        ) from exc
    seed, private = secret[: crypto.KEY_BYTES], secret[crypto.KEY_BYTES :]
    encryption = crypto.keypair_from_private(private)
    keys = public_keys(identity)
    if encryption.public_key != keys.encryption or crypto.signing_public_key(seed) != keys.signing:
        raise KeyDirectoryError("the partner identity opens other keys than it claims")
    return OpenedIdentity(keys=keys, signing_seed=seed, encryption=encryption)


# --- The partner directory ---


@transaction.atomic
def partner_add(*, actor: User | None, name: str, key_file: str) -> Partner:
    name = name.strip()
    if not name:
        raise PartnerError(_("Give the partner a name."))
    try:
        keys = key_file_read(key_file)
    except PackageError as exc:
        raise PartnerError(str(exc)) from exc
    if Partner.objects.filter(name=name).exists():
        raise PartnerError(_("There is already a partner with this name."))
    ours = identity_get()
    if ours is not None and public_keys(ours) == keys:
        raise PartnerError(_("This is our own key, not a partner's."))
    if Partner.objects.filter(signing_public=keys.signing).exists():
        raise PartnerError(_("Another partner already has this key."))
    row = Partner(
        name=name,
        encryption_public=keys.encryption,
        signing_public=keys.signing,
        fingerprint=keys.fingerprint,
        added_at=timezone.now(),
    )
    row.mac = directory.partner_mac(row)
    row.save()
    audit_record(
        actor=actor,
        action="partner.added",
        details={"partner": name, "fingerprint": row.fingerprint},
    )
    return row


@transaction.atomic
def partner_verify(*, actor: User, partner: Partner) -> Partner:
    """Mark the partner's keys verified (their fingerprint was compared out of band)."""
    locked = directory.partner_verified_row(Partner.objects.select_for_update().get(pk=partner.pk))
    locked.verified_at = timezone.now()
    locked.verified_by = actor
    locked.mac = directory.partner_mac(locked)
    locked.save(update_fields=["verified_at", "verified_by", "mac"])
    audit_record(
        actor=actor,
        action="partner.verified",
        details={"partner": locked.name, "fingerprint": locked.fingerprint},
    )
    return locked


def _partner_usable(partner: Partner) -> Partner:
    """Return the partner if its row checks out and its key is verified, else refuse."""
    try:
        directory.partner_verified_row(partner)
    except KeyDirectoryError as exc:
        raise PartnerError(
            _("The key of %(partner)s failed its check: nothing was sent.")
            % {"partner": partner.name}
        ) from exc
    if not partner.verified:
        raise PartnerError(
            _("The key of %(partner)s has not been verified: nothing is sent to it.")
            % {"partner": partner.name}
        )
    return partner


# --- Consent to refer ---


@transaction.atomic
def referral_consent_record(
    *, actor: User, case: Case, partner: Partner, granted: bool, parts: list[str]
) -> ReferralConsent:
    unknown = set(parts) - set(Part.values)
    if unknown:
        raise PartnerError(_("Unknown parts: %(parts)s") % {"parts": ", ".join(sorted(unknown))})
    consent = ReferralConsent.objects.create(
        case=case,
        partner=partner,
        granted=granted,
        parts=sorted(parts) if granted else [],
        recorded_by=actor,
        recorded_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="case.referral_consent_recorded",
        target=case,
        details={
            "partner": partner.name,
            "granted": granted,
            "parts": consent.parts,
            "consent": consent.pk,
        },
    )
    return consent


def referral_consent_in_force(*, case: Case, partner: Partner) -> ReferralConsent | None:
    """The consent to refer this case to this partner now in force, or None.

    Both the case's consent to sharing with named partners and the latest consent for this
    partner must be given.
    """
    if (
        not case_selectors.cases_with_consent(kind=Consent.Kind.PARTNERS)
        .filter(pk=case.pk)
        .exists()
    ):
        return None
    latest = ReferralConsent.objects.filter(case=case, partner=partner).first()
    return latest if latest is not None and latest.granted else None


# --- Writing a referral ---


def _referral_body(
    opened: case_services.OpenedCase, parts: set[str], summary: str, needs: str
) -> dict[str, Any]:
    """Return exactly the selected parts of the case, decrypted in memory for the package."""
    body: dict[str, Any] = {"parts": sorted(parts)}
    if Part.SUMMARY in parts:
        body["summary"] = summary
    if Part.NEEDS in parts:
        body["needs"] = needs
    case = opened.case
    if Part.TRIAGE in parts:
        body["triage"] = {
            "urgency": case.urgency,
            "risk_flags": list(case.risk_flags),
            "language": case.language,
            "region": case.region,
        }
    if parts & {Part.CHECKLIST, Part.REPORT, Part.THREAD}:
        # Only what the package carries is decrypted.
        wanted = {case_selectors.CHECKLIST} if Part.CHECKLIST in parts else set()
        if parts & {Part.REPORT, Part.THREAD}:
            wanted.add(case_selectors.REPORTS)
        view = case_selectors.case_decrypt(opened=opened, parts=frozenset(wanted))
        if Part.CHECKLIST in parts:
            body["checklist"] = [
                {
                    "text": item.text,
                    "done": item.done,
                    "due": item.due.isoformat() if item.due else None,
                }
                for item in view.checklist
            ]
        if Part.REPORT in parts:
            body["reports"] = [
                {"account": report.account, "answers": report.answers}
                for _report, report in view.reports
            ]
        if Part.THREAD in parts:
            body["thread"] = [
                {
                    "from": "reporter" if message.author == "reporter" else "staff",
                    "sent_at": message.sent_at.isoformat(),
                    "body": message.body,
                }
                for _report, report in view.reports
                for message in report.messages
            ]
    return body


def referral_create(
    *,
    actor: User,
    keypair: crypto.KeyPair,
    case: Case,
    partner: Partner,
    parts: list[str],
    summary: str = "",
    needs: str = "",
) -> tuple[Referral, bytes]:
    """Write a referral package of ``case`` to ``partner``; return the referral and the file.

    Refuses a partner that fails its check or is not verified, a part the consent in force does
    not allow, and an empty selection. The disclosure is audited in the same transaction.
    """
    _partner_usable(partner)
    chosen = set(parts)
    if not chosen:
        raise PartnerError(_("Choose at least one part to send."))
    if chosen - set(Part.values):
        raise PartnerError(
            _("Unknown parts: %(parts)s") % {"parts": ", ".join(sorted(chosen - set(Part.values)))}
        )
    if Part.SUMMARY in chosen and not summary.strip():
        raise PartnerError(_("Write the summary for the partner."))
    if Part.NEEDS in chosen and not needs.strip():
        raise PartnerError(_("Write what the person needs."))
    consent = referral_consent_in_force(case=case, partner=partner)
    if consent is None:
        raise PartnerError(
            _(
                "The person has not consented to sharing this case with %(partner)s: "
                "nothing was sent."
            )
            % {"partner": partner.name}
        )
    beyond = chosen - set(consent.parts)
    if beyond:
        raise PartnerError(
            _("The consent does not cover: %(parts)s. Nothing was sent.")
            % {"parts": ", ".join(str(Part(part).label) for part in sorted(beyond))}
        )
    try:
        opened = case_services.case_open_for_staff(case=case, user=actor, keypair=keypair)
    except case_services.CaseError as exc:
        raise PartnerError(str(exc)) from exc
    identity = identity_open(user=actor, keypair=keypair)
    recipient = public_keys(partner)
    now = timezone.now()
    with transaction.atomic():
        referral = Referral.objects.create(
            case=case,
            partner=partner,
            consent=consent,
            parts=sorted(chosen),
            created_by=actor,
            created_at=now,
        )
        data = package_write(
            kind=ReceivedPackage.Kind.REFERRAL,
            package_id=referral.pk,
            created_at=now,
            sender=identity.keys,
            signing_seed=identity.signing_seed,
            recipient=recipient,
            body=_referral_body(opened, chosen, summary.strip(), needs.strip()),
        )
        audit_record(
            actor=actor,
            action="case.referred",
            target=case,
            details={
                "referral": str(referral.pk),
                "partner": partner.name,
                "fingerprint": partner.fingerprint,
                "parts": referral.parts,
                "consent": consent.pk,
                "consent_recorded_at": consent.recorded_at.isoformat(),
            },
        )
    return referral, data


def status_create(
    *, actor: User, keypair: crypto.KeyPair, package_id: uuid.UUID, status: str
) -> bytes:
    """Write a signed status update about a referral we imported, for the partner who sent it."""
    if status not in STATUSES:
        raise PartnerError(_("The status must be accepted, declined or closed."))
    received = (
        ReceivedPackage.objects.select_related("partner")
        .filter(pk=package_id, kind=ReceivedPackage.Kind.REFERRAL)
        .first()
    )
    if received is None:
        raise PartnerError(_("No referral with this id was imported here."))
    partner = _partner_usable(received.partner)
    identity = identity_open(user=actor, keypair=keypair)
    now = timezone.now()
    with transaction.atomic():
        received.status = status
        received.save(update_fields=["status"])
        status_id = uuid.uuid4()
        data = package_write(
            kind=ReceivedPackage.Kind.STATUS,
            package_id=status_id,
            created_at=now,
            sender=identity.keys,
            signing_seed=identity.signing_seed,
            recipient=public_keys(partner),
            body={"referral": str(package_id), "status": status},
        )
        audit_record(
            actor=actor,
            action="referral.status_sent",
            target=received.case,
            details={
                "referral": str(package_id),
                "package": str(status_id),
                "partner": partner.name,
                "status": status,
            },
        )
    return data


# --- Importing a package ---
