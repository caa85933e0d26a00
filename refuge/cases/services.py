"""Writes for casework. Every change is audited in its own transaction; every change to a case
checks the version the person saw, so a stale form never overwrites someone else's change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import Role, User
from refuge.audit.services import audit_record
from refuge.cases.models import (
    URGENCY_ORDER,
    Assignment,
    Case,
    CaseKey,
    ChecklistItem,
    Consent,
    Note,
    Stage,
    Urgency,
)
from refuge.core.errors import UserFacingError
from refuge.crypto.contexts import associated_data
from refuge.intake.answers import Relationship
from refuge.intake.models import Report, SealedReportKey
from refuge.intake.services import (
    OpenedReport,
    attachment_originals_release,
    report_key_withdraw_from_intake,
)
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Team, TeamKey
from refuge.notify.models import Notice
from refuge.notify.services import notice_queue


class CaseError(UserFacingError):
    """A case action that cannot be carried out; the message is for the staff member."""


class StaleCaseError(CaseError):
    """The case changed since the form was shown; nothing was saved."""


@dataclass
class OpenedCase:
    case: Case
    key: bytes = field(repr=False)


def envelope_context(kind: str, object_id: Any, case: Case) -> bytes:
    return associated_data("cases.field", kind=kind, object=object_id, case=case.pk)


def _encrypt(opened: OpenedCase, kind: str, object_id: Any, text: str) -> bytes:
    return crypto.encrypt(
        opened.key, text.encode(), associated_data=envelope_context(kind, object_id, opened.case)
    )


def decrypt_text(
    opened: OpenedCase, kind: str, object_id: Any, envelope: bytes | memoryview
) -> str:
    return crypto.decrypt(
        opened.key, bytes(envelope), associated_data=envelope_context(kind, object_id, opened.case)
    ).decode()


def _seal_due(opened: OpenedCase, item_id: int, due: date | None) -> bytes:
    return _encrypt(opened, "checklist_due", item_id, due.isoformat()) if due else b""


def checklist_due(opened: OpenedCase, item: ChecklistItem) -> date | None:
    """Return a checklist item's due date (sealed, or a clear one written before sealing)."""
    if bytes(item.due_sealed):
        return date.fromisoformat(decrypt_text(opened, "checklist_due", item.pk, item.due_sealed))
    return item.due


def seal_case_key_to(case: Case, case_key: bytes, user: User) -> None:
    try:
        staff_key, sealed = custody.seal_to_staff(user=user, secret=case_key)
    except custody.CustodyError as exc:
        raise CaseError(
            _("%(user)s has not signed in yet, so has no key to share the case with.")
            % {"user": user.username}
        ) from exc
    except KeyDirectoryError as exc:
        raise CaseError(
            _("%(user)s's key failed its check: the case was not shared.") % {"user": user.username}
        ) from exc
    CaseKey.objects.update_or_create(
        case=case,
        holder=CaseKey.Holder.STAFF,
        user=user,
        defaults={"sealed": sealed, "staff_key": staff_key},
    )


def case_locked(case: Case, version: int | None) -> Case:
    """Lock the case row; refuse if it changed since ``version`` was read."""
    current = Case.objects.select_for_update().get(pk=case.pk)
    if version is not None and current.version != version:
        raise StaleCaseError(
            _(
                "Someone else changed this case while you were editing it. Your change was not "
                "saved: look at the case again and repeat it if it is still needed."
            )
        )
    return current


def _bump(case: Case, *fields: str) -> None:
    case.version += 1
    case.save(update_fields=["version", *fields])


def _add_stage_checklist(opened: OpenedCase, stage: Stage) -> None:
    if ChecklistItem.objects.filter(case=opened.case, stage=stage).exists():
        return
    for position, text in enumerate(stage.checklist(opened.case.language), start=1):
        item = ChecklistItem.objects.create(
            case=opened.case, stage=stage, position=position, text=b""
        )
        item.text = _encrypt(opened, "checklist", item.pk, text)
        item.save(update_fields=["text"])


def _wrap_report_key(opened: OpenedCase, report: Report, report_key: bytes) -> None:
    report.case = opened.case
    report.case_wrapped_key = crypto.encrypt(
        opened.key,
        report_key,
        associated_data=envelope_context("report-key", report.pk, opened.case),
    )
    # From now on the case's holders read the report, not every member of the intake team.
    report_key_withdraw_from_intake(report=report)


@dataclass(frozen=True)
class OpeningTriage:
    """What the coordinator confirmed on the "open a case" page (cases.triage proposes it)."""

    urgency: str = Urgency.NORMAL
    region: str = "unknown"
    risk_flags: list[str] = field(default_factory=list)
    relationship: str = ""  # intake.answers.Relationship value, or "" when not said


@transaction.atomic
def case_open_from_report(
    *, actor: User, report: OpenedReport, language: str, triage: OpeningTriage | None = None
) -> OpenedCase:
    """Open a case for the person behind ``report`` and share it with the coordinators team,
    with the urgency, region, risks and relationship the coordinator confirmed."""
    triage = triage or OpeningTriage()
    locked = Report.objects.select_for_update().get(pk=report.report.pk)
    if locked.case_id is not None:
        raise CaseError(_("This report already belongs to a case."))
    stage = Stage.objects.order_by("position", "pk").first()
    if stage is None:
        raise CaseError(_("The evacuation workflow has no stages."))
    case = Case.objects.create(
        opened_at=timezone.now(),
        stage=stage,
        language="ru" if language.startswith("ru") else "en",
        urgency=triage.urgency,
        urgency_rank=URGENCY_ORDER[Urgency(triage.urgency)],
        region=triage.region,
        risk_flags=sorted(triage.risk_flags),
    )
    opened = OpenedCase(case, crypto.random_key())
    if triage.relationship in Relationship.values:
        case.relationship = _encrypt(opened, "relationship", case.pk, triage.relationship)
        case.save(update_fields=["relationship"])
    _wrap_report_key(opened, locked, report.key)
    locked.save(update_fields=["case", "case_wrapped_key"])
    try:
        team_key, sealed = custody.seal_to_team(team=Team.COORDINATORS, secret=opened.key)
        recovery = custody.recovery_seal(opened.key)
    except KeyDirectoryError as exc:
        raise CaseError(_("A key failed its check: the case was not opened.")) from exc
    CaseKey.objects.create(case=case, holder=CaseKey.Holder.TEAM, team_key=team_key, sealed=sealed)
    if recovery is not None:
        CaseKey.objects.create(case=case, holder=CaseKey.Holder.RECOVERY, sealed=recovery)
    if actor.role == Role.CASEWORKER:
        seal_case_key_to(case, opened.key, actor)
        Assignment.objects.create(case=case, user=actor, assigned_at=timezone.now())
    elif not custody.is_member(user=actor, team=Team.COORDINATORS):
        seal_case_key_to(case, opened.key, actor)
    _add_stage_checklist(opened, stage)
    audit_record(
        actor=actor,
        action="case.opened",
        target=case,
        details={
            "report": locked.short_id,
            "urgency": case.urgency,
            "region": case.region,
            "risk_flags": case.risk_flags,
        },
    )
    return opened


@transaction.atomic
def case_add_report(
    *, actor: User, opened: OpenedCase, report: OpenedReport, duplicate: bool
) -> None:
    """Put another report of the same person (or a duplicate of one) into the case."""
    locked = Report.objects.select_for_update().get(pk=report.report.pk)
    if locked.case_id is not None:
        raise CaseError(_("This report already belongs to a case."))
    _wrap_report_key(opened, locked, report.key)
    if duplicate:
        locked.duplicate_of = (
            Report.objects.filter(case=opened.case, duplicate_of__isnull=True)
            .order_by("submitted_at")
            .first()
        )
    locked.save(update_fields=["case", "case_wrapped_key", "duplicate_of"])
    audit_record(
        actor=actor,
        action="case.report_linked",
        target=opened.case,
        details={"report": locked.short_id, "duplicate": duplicate},
    )


def case_open_for_staff(*, case: Case, user: User, keypair: crypto.KeyPair) -> OpenedCase:
    """Unseal the case key through the user's own copy or their coordinators membership."""
    own = CaseKey.objects.filter(case=case, holder=CaseKey.Holder.STAFF, user=user).first()
    try:
        if own is not None:
            key = crypto.unseal(keypair, bytes(own.sealed))
            if not _assigned(case, user) and custody.is_member(user=user, team=Team.COORDINATORS):
                legacy_copy_move(case, key)
            return OpenedCase(case, key)
        team_copy = (
            CaseKey.objects.select_related("team_key")
            .filter(case=case, holder=CaseKey.Holder.TEAM)
            .first()
        )
        if team_copy is None or team_copy.team_key is None:
            raise CaseError(_("This case is not shared with you."))
        key = custody.open_team_sealed(
            user=user, keypair=keypair, team_key=team_copy.team_key, sealed=team_copy.sealed
        )
    except (custody.CustodyError, KeyDirectoryError) as exc:
        raise CaseError(_("This case is not shared with you.")) from exc
    return OpenedCase(case, key)


def cases_open_for_staff(
    *, cases: list[Case], user: User, keypair: crypto.KeyPair
) -> list[OpenedCase]:
    """Open many cases at once for reading (home page, search): each generation of the
    coordinators team key is unsealed once, and cases whose key does not open are left out.
    A few queries, whatever the number of cases; rows are read as tuples (search opens a
    thousand cases per request)."""
    ids = [case.pk for case in cases]
    own = dict(
        CaseKey.objects.filter(case_id__in=ids, holder=CaseKey.Holder.STAFF, user=user).values_list(
            "case_id", "sealed"
        )
    )
    team = {
        case_id: (team_key_id, sealed)
        for case_id, team_key_id, sealed in CaseKey.objects.filter(
            case_id__in=[i for i in ids if i not in own], holder=CaseKey.Holder.TEAM
        ).values_list("case_id", "team_key_id", "sealed")
        if team_key_id is not None
    }
    team_keys: dict[int, crypto.KeyPair | None] = {}
    for team_key in TeamKey.objects.filter(pk__in={pair[0] for pair in team.values()}):
        try:
            team_keys[team_key.pk] = custody.team_keypair(
                user=user, keypair=keypair, team_key=team_key
            )
        except (custody.CustodyError, KeyDirectoryError, crypto.CryptoError):
            team_keys[team_key.pk] = None
    opened = []
    for case in cases:
        try:
            if case.pk in own:
                opened.append(OpenedCase(case, crypto.unseal(keypair, bytes(own[case.pk]))))
                continue
            if case.pk not in team:
                continue
            team_key_id, sealed = team[case.pk]
            team_private = team_keys.get(team_key_id)
            if team_private is not None:
                opened.append(OpenedCase(case, crypto.unseal(team_private, bytes(sealed))))
        except crypto.CryptoError:
            continue  # an altered row opens nothing; the case page says so when opened
    return opened


def _assigned(case: Case, user: User) -> bool:
    return Assignment.objects.filter(case=case, user=user).exists()


@transaction.atomic
def legacy_copy_move(case: Case, case_key: bytes) -> None:
    """Seal a case held per coordinator (before key custody) to the coordinators team, and
    drop the per-person copies of the team's members who are not assigned to it."""
    if not CaseKey.objects.filter(case=case, holder=CaseKey.Holder.TEAM).exists():
        team_key, sealed = custody.seal_to_team(team=Team.COORDINATORS, secret=case_key)
        CaseKey.objects.create(
            case=case, holder=CaseKey.Holder.TEAM, team_key=team_key, sealed=sealed
        )
    assigned = Assignment.objects.filter(case=case).values_list("user_id", flat=True)
    CaseKey.objects.filter(
        case=case,
        holder=CaseKey.Holder.STAFF,
        user_id__in=custody.team_member_ids(Team.COORDINATORS),
    ).exclude(user_id__in=assigned).delete()


def case_report(opened: OpenedCase, report: Report) -> OpenedReport:
    """Return one of the case's reports with its key, unwrapped with the case key."""
    if report.case_id != opened.case.pk or report.case_wrapped_key is None:
        raise CaseError(_("This report is not part of the case."))
    key = crypto.decrypt(
        opened.key,
        bytes(report.case_wrapped_key),
        associated_data=envelope_context("report-key", report.pk, opened.case),
    )
    return OpenedReport(report, key)


@transaction.atomic
def case_record_read(*, actor: User, case: Case) -> None:
    audit_record(actor=actor, action="case.read", target=case)


@transaction.atomic
def case_triage(
    *,
    actor: User,
    case: Case,
    version: int,
    urgency: str,
    risk_flags: list[str],
    language: str,
    region: str,
) -> Case:
    locked = case_locked(case, version)
    before = {"urgency": locked.urgency, "risk_flags": locked.risk_flags, "region": locked.region}
    locked.urgency = urgency
    locked.urgency_rank = URGENCY_ORDER[Urgency(urgency)]
    locked.risk_flags = sorted(risk_flags)
    locked.language = language
    locked.region = region
    _bump(locked, "urgency", "urgency_rank", "risk_flags", "language", "region")
    # Triage has decided: originals the reporter did not ask us to keep are deleted now.
    released = attachment_originals_release(reports=list(Report.objects.filter(case=locked)))
    audit_record(
        actor=actor,
        action="case.triaged",
        target=locked,
        details={
            "from": before,
            "to": {"urgency": urgency, "risk_flags": locked.risk_flags, "region": region},
            "originals_released": released,
        },
    )
    return locked


@transaction.atomic
def case_set_stage(*, actor: User, opened: OpenedCase, version: int, stage: Stage) -> None:
    locked = case_locked(opened.case, version)
    previous = locked.stage.key
    locked.stage = stage
    _bump(locked, "stage")
    opened.case = locked
    _add_stage_checklist(opened, stage)
    audit_record(
        actor=actor,
        action="case.stage_changed",
        target=locked,
        details={"from": previous, "to": stage.key},
    )


@transaction.atomic
def case_assign(*, actor: User, opened: OpenedCase, version: int, user: User) -> None:
    """Assign a caseworker: seal the case key to their public key."""
    if user.role != Role.CASEWORKER or not user.is_active:
        raise CaseError(_("Only active caseworkers can be assigned."))
    locked = case_locked(opened.case, version)
    seal_case_key_to(locked, opened.key, user)
    Assignment.objects.get_or_create(
        case=locked, user=user, defaults={"assigned_at": timezone.now()}
    )
    _bump(locked)
    audit_record(
        actor=actor, action="case.assigned", target=locked, details={"user": user.username}
    )
    transaction.on_commit(partial(notice_queue, user_id=user.pk, kind=Notice.Kind.ASSIGNED))


@transaction.atomic
def case_unassign(*, actor: User, case: Case, version: int, user: User) -> None:
    """Unassign a caseworker and destroy their sealed copy of the case key."""
    locked = case_locked(case, version)
    Assignment.objects.filter(case=locked, user=user).delete()
    if user.role == Role.CASEWORKER:
        CaseKey.objects.filter(case=locked, holder=CaseKey.Holder.STAFF, user=user).delete()
    _bump(locked)
    audit_record(
        actor=actor, action="case.unassigned", target=locked, details={"user": user.username}
    )


@transaction.atomic
def checklist_add(*, actor: User, opened: OpenedCase, text: str, due: date | None) -> None:
    case = opened.case
    position = ChecklistItem.objects.filter(case=case, stage=case.stage).count() + 1
    item = ChecklistItem.objects.create(case=case, stage=case.stage, position=position, text=b"")
    item.text = _encrypt(opened, "checklist", item.pk, text)
    item.due_sealed = _seal_due(opened, item.pk, due)
    item.save(update_fields=["text", "due_sealed"])
    audit_record(actor=actor, action="case.checklist_added", target=case, details={"item": item.pk})


@transaction.atomic
def checklist_update(
    *, actor: User, opened: OpenedCase, version: int, item_id: int, done: bool, due: date | None
) -> None:
    locked = case_locked(opened.case, version)
    item = ChecklistItem.objects.filter(case=locked, pk=item_id).first()
    if item is None:
        raise CaseError(_("That checklist item does not exist."))
    item.done = done
    item.due_sealed = _seal_due(opened, item.pk, due)
    item.due = None  # a clear date written before sealing goes
    item.save(update_fields=["done", "due_sealed", "due"])
    _bump(locked)
    audit_record(
        actor=actor,
        action="case.checklist_changed",
        target=locked,
        details={"item": item.pk, "done": done, "due_set": due is not None},
    )


@transaction.atomic
def note_add(*, actor: User, opened: OpenedCase, body: str) -> None:
    note = Note.objects.create(
        case=opened.case, author=actor, stage=opened.case.stage, created_at=timezone.now(), body=b""
    )
    note.body = _encrypt(opened, "note", note.pk, body)
    note.save(update_fields=["body"])
    audit_record(
        actor=actor, action="case.note_added", target=opened.case, details={"note": note.pk}
    )


@transaction.atomic
def consent_record(
    *, actor: User, opened: OpenedCase, kind: str, granted: bool, details: str
) -> None:
    consent = Consent.objects.create(
        case=opened.case,
        kind=kind,
        granted=granted,
        recorded_by=actor,
        recorded_at=timezone.now(),
    )
    if details:
        consent.details = _encrypt(opened, "consent", consent.pk, details)
        consent.save(update_fields=["details"])
    audit_record(
        actor=actor,
        action="case.consent_recorded",
        target=opened.case,
        details={"kind": kind, "granted": granted},
    )


@transaction.atomic
def receipt_revoke(*, actor: User, case: Case, report: Report) -> None:
    """Revoke a reporter's receipt (say their phone was seized): it opens nothing any more."""
    if report.case_id != case.pk:
        raise CaseError(_("This report is not part of the case."))
    SealedReportKey.objects.filter(report=report, holder=SealedReportKey.Holder.RECEIPT).delete()
    report.receipt_revoked_at = timezone.now()
    report.save(update_fields=["receipt_revoked_at"])
    audit_record(
        actor=actor, action="case.receipt_revoked", target=case, details={"report": report.short_id}
    )


@transaction.atomic
def case_flag_revoked_receipt_used(*, report: Report) -> None:
    """Someone tried a revoked receipt: flag the case for its caseworkers."""
    if report.case_id is None:
        return
    Case.objects.filter(pk=report.case_id).update(flag="revoked_receipt_tried")
    audit_record(
        actor=None,
        action="case.revoked_receipt_tried",
        target=report.case,
        details={"report": report.short_id},
    )


@transaction.atomic
def case_clear_flag(*, actor: User, case: Case, version: int) -> None:
    locked = case_locked(case, version)
    locked.flag = ""
    _bump(locked, "flag")
    audit_record(actor=actor, action="case.flag_cleared", target=locked)


@transaction.atomic
def case_set_status(*, actor: User, case: Case, version: int, closed: bool) -> None:
    locked = case_locked(case, version)
    locked.status = Case.Status.CLOSED if closed else Case.Status.OPEN
    locked.closed_at = timezone.now() if closed else None
    _bump(locked, "status", "closed_at")
    audit_record(actor=actor, action="case.closed" if closed else "case.reopened", target=locked)


@transaction.atomic
def case_set_legal_hold(*, actor: User, case: Case, version: int, hold: bool) -> None:
    locked = case_locked(case, version)
    locked.legal_hold = hold
    _bump(locked, "legal_hold")
    audit_record(
        actor=actor,
        action="case.legal_hold_set" if hold else "case.legal_hold_lifted",
        target=locked,
    )


@transaction.atomic
def stage_save(*, actor: User, stage: Stage, created: bool) -> Stage:
    stage.save()
    audit_record(
        actor=actor,
        action="stage.created" if created else "stage.changed",
        target=stage,
        details={"key": stage.key},
    )
    return stage


def reporter_follow_up_notify(report: Report) -> None:
    """Intake hook: a reporter wrote on a report in a case; tell its assigned caseworkers."""
    if report.case_id is None:
        return
    for user_id in Assignment.objects.filter(case_id=report.case_id).values_list(
        "user_id", flat=True
    ):
        notice_queue(user_id=user_id, kind=Notice.Kind.FOLLOW_UP)
