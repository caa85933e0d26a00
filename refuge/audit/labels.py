"""Human words for audit action codes and target types, in the reader's language.

The log stores stable codes (``user.signed_in``); pages show a short phrase ("signed in").
Russian uses noun phrases ("вход в систему") so a sentence needs no grammatical gender for the
person who acted. An unknown code still reads as a phrase, with the code kept for searching.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

ACTION_LABELS: dict[str, Promise] = {
    "attachment.downloaded": _("downloaded an attachment"),
    "audit.head_stamped": _("time-stamped the audit log's head"),
    "backup.created": _("made a backup"),
    "case.assigned": _("assigned a case"),
    "case.checklist_added": _("added a checklist item"),
    "case.checklist_changed": _("updated a checklist item"),
    "case.closed": _("closed a case"),
    "case.consent_recorded": _("recorded consent"),
    "case.flag_cleared": _("cleared a flag"),
    "case.legal_hold_lifted": _("lifted a legal hold"),
    "case.legal_hold_set": _("set a legal hold"),
    "case.note_added": _("added a note"),
    "case.opened": _("opened a case"),
    "case.read": _("read a case"),
    "case.receipt_revoked": _("revoked a reporter's receipt"),
    "case.reopened": _("reopened a case"),
    "case.report_linked": _("linked a report to a case"),
    "case.revoked_receipt_tried": _("a revoked receipt was tried"),
    "case.shredded": _("erased an expired case"),
    "case.stage_changed": _("moved a case to another stage"),
    "case.triaged": _("triaged a case"),
    "case.unassigned": _("removed someone from a case"),
    "evidence.destroyed": _("destroyed an evidence file"),
    "evidence.package_exported": _("exported an evidence package"),
    "evidence.received": _("received evidence"),
    "evidence.signing_key_created": _("created the evidence-signing key"),
    "filestore.swept": _("cleaned up the file store"),
    "findings.pair_reviewed": _("reviewed a possible match"),
    "findings.people_linked": _("ran record linkage"),
    "keys.copies_moved_to_teams": _("moved key copies to teams"),
    "keys.remacked": _("re-sealed the key directory"),
    "media.article_ingested": _("added a media article"),
    "media.article_reingested": _("added a media article again"),
    "media.article_reread": _("read a media article again with a newer extractor"),
    "media.article_deleted": _("deleted a media article"),
    "media.item_reviewed": _("reviewed a quotation or figure of a media article"),
    "media.review_withdrawn": _("withdrew a review of a media article"),
    "notify.address_removed": _("removed a notification address"),
    "notify.address_set": _("set a notification address"),
    "question.changed": _("changed a hotline question"),
    "question.created": _("added a hotline question"),
    "question.language_added": _("added a hotline language"),
    "record.act_created": _("documented an act"),
    "record.act_type_added": _("added an act type"),
    "record.case_identities_erased": _("erased a case's identities from the record"),
    "record.event_created": _("documented an event"),
    "record.key_created": _("created the record key"),
    "record.list_imported": _("imported a partner list"),
    "record.place_added": _("added a place"),
    "recovery.cases_resealed": _("re-granted cases with the recovery key"),
    "recovery_key.created": _("created the recovery key"),
    "recovery_key.split": _("re-split the recovery key"),
    "report.read": _("read a hotline report"),
    "report.replied": _("replied to a reporter"),
    "report.reporter_message": _("a reporter wrote again"),
    "report.submitted": _("a hotline report arrived"),
    "stage.changed": _("changed an evacuation stage"),
    "stage.created": _("added an evacuation stage"),
    "team.founded": _("founded the organisation's teams"),
    "team.granted": _("gave a team key"),
    "team.granted_with_recovery": _("gave a team key with the recovery key"),
    "team.revoked": _("took back a team key"),
    "user.activated": _("reactivated an account"),
    "user.backup_code_used": _("signed in with a backup code"),
    "user.backup_codes_created": _("made new backup codes"),
    "user.created": _("created an account"),
    "user.deactivated": _("deactivated an account"),
    "user.hard_locked": _("an account was locked after many failed sign-ins"),
    "user.keypair_created": _("created a personal key"),
    "user.keypair_retired": _("retired a personal key"),
    "user.keypair_rotated": _("replaced a personal key"),
    "user.locked_out": _("an account was locked for a while after failed sign-ins"),
    "user.password_changed": _("changed a password"),
    "user.password_reset": _("reset a password"),
    "user.role_changed": _("changed a role"),
    "user.sessions_ended": _("ended sessions"),
    "user.signed_in": _("signed in"),
    "user.two_factor_enrolled": _("set up two-factor sign-in"),
    "user.two_factor_enrolment_started": _("began setting up two-factor sign-in"),
    "user.two_factor_reset": _("reset two-factor sign-in"),
    "user.unlocked": _("unlocked an account"),
    "case.referral_consent_recorded": _("recorded consent to refer a case"),
    "case.referred": _("referred a case to a partner"),
    "partner.added": _("added a partner organisation"),
    "partner.verified": _("verified a partner's key"),
    "partners.identity_created": _("created the organisation's partner keys"),
    "referral.received": _("received a referral"),
    "referral.status_received": _("received a referral's status"),
    "referral.status_sent": _("sent a referral's status"),
    "search.run": _("searched"),
}

TARGET_LABELS: dict[str, Promise] = {
    "user": pgettext_lazy("audit target", "account"),
    "case": pgettext_lazy("audit target", "case"),
    "report": pgettext_lazy("audit target", "report"),
    "stage": pgettext_lazy("audit target", "stage"),
    "question": pgettext_lazy("audit target", "question"),
    "evidence": pgettext_lazy("audit target", "evidence"),
    "mediaarticle": pgettext_lazy("audit target", "media article"),
    "team": pgettext_lazy("audit target", "team"),
    "teammembership": pgettext_lazy("audit target", "team key"),
    "event": pgettext_lazy("audit target", "event"),
    "act": pgettext_lazy("audit target", "act"),
    "acttype": pgettext_lazy("audit target", "act type"),
    "place": pgettext_lazy("audit target", "place"),
    "source": pgettext_lazy("audit target", "source"),
    "linkreview": pgettext_lazy("audit target", "possible match"),
    "attachment": pgettext_lazy("audit target", "attachment"),
    "recoverykey": pgettext_lazy("audit target", "recovery key"),
    "checklistitem": pgettext_lazy("audit target", "checklist item"),
}


def action_label(code: str) -> str:
    """Return what the action means, in the active language; unknown codes stay readable."""
    label = ACTION_LABELS.get(code)
    if label is not None:
        return str(label)
    return pgettext("audit action", "other action (%(code)s)") % {"code": code}


def target_label(kind: str) -> str:
    """Return the name of what an entry is about (``cases.case`` → "case"); an unknown model
    is shown by its own name."""
    model = kind.lower().rsplit(".", 1)[-1]
    label = TARGET_LABELS.get(model)
    return str(label) if label is not None else model
