"""Casework: a case gathers reports from one person and carries them to safety.

Each case has its own random key. Notes, checklist items and consent details are encrypted under
it, and the keys of its reports are wrapped under it, so whoever holds the case key can read the
whole case. The case key is stored only sealed: to the coordinators team, to each assigned
caseworker, and to the organisation's recovery key. Unassigning destroys that caseworker's
sealed copy.

Stored in clear, for the triage queue: urgency, risk flags, language, coarse region, stage,
status, legal hold, times, who is assigned.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from refuge.core.pseudonyms import Pseudonym, pseudonym


class Stage(models.Model):
    """One stage of the evacuation workflow, editable by administrators. Its name and starting
    checklist are kept per language in ``texts`` ({"en": {"name": ..., "checklist": ...}}), so
    a language is added without a schema change and without a query per stage."""

    key = models.SlugField(max_length=40, unique=True)
    position = models.PositiveIntegerField(default=0)
    texts = models.JSONField(default=dict)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.key

    def text(self, language: str | None = None) -> dict[str, str]:
        """Return the name and checklist in ``language`` (default: the active one), else in
        the site's default language, else any."""
        texts = {code: text for code, text in (self.texts or {}).items() if text.get("name")}
        code = (language or get_language() or settings.LANGUAGE_CODE).lower()
        for candidate in (code, code.split("-")[0], settings.LANGUAGE_CODE):
            if candidate in texts:
                return dict(texts[candidate])
        return dict(next(iter(texts.values()), {}))

    @property
    def name(self) -> str:
        return self.text().get("name") or self.key

    @property
    def checklist_text(self) -> str:
        return self.text().get("checklist", "")

    def checklist(self, language: str) -> list[str]:
        text = self.text(language).get("checklist", "")
        return [line.strip() for line in text.splitlines() if line.strip()]


class Urgency(models.TextChoices):
    IMMEDIATE = "immediate", _("In immediate danger")
    HIGH = "high", _("High")
    NORMAL = "normal", _("Normal")


URGENCY_ORDER = {Urgency.IMMEDIATE: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2}

RISK_FLAGS = [
    ("detained", _("Detained or held")),
    ("injured", _("Injured or needs medical care")),
    ("outed", _("Outed to family or community")),
    ("phone_seized", _("Phone seized")),
    ("documents_taken", _("Documents taken")),
    ("minor", _("Minor")),
    ("family_threat", _("Threatened by family")),
]

REGIONS = [
    ("chechnya", _("Chechnya")),
    ("dagestan", _("Dagestan")),
    ("ingushetia", _("Ingushetia")),
    ("north_caucasus_other", _("North Caucasus, elsewhere")),
    ("moscow", _("Moscow")),
    ("st_petersburg", _("St Petersburg")),
    ("russia_other", _("Russia, elsewhere")),
    ("abroad", _("Abroad")),
    ("unknown", _("Unknown")),
]


# The languages a case is worked in, as the triage form offers them.
CASE_LANGUAGES = [("ru", _("Russian")), ("en", _("English")), ("other", _("Other"))]

# "Open" the status is not "Open" the verb (Russian: "Открыто", not "Открыть"). The field's own
# choices keep their labels so that no migration is needed; pages show these.
STATUS_LABELS = {
    "open": pgettext_lazy("case status", "Open"),
    "closed": pgettext_lazy("case status", "Closed"),
}

CASE_FLAGS = {
    "revoked_receipt_tried": _("A revoked receipt was used to try to open this case's report."),
}


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    opened_at = models.DateTimeField()
    urgency = models.CharField(max_length=10, choices=Urgency.choices, default=Urgency.NORMAL)
    urgency_rank = models.PositiveSmallIntegerField(default=2)  # for sorting
    risk_flags = models.JSONField(default=list)
    language = models.CharField(max_length=10, default="ru")
    region = models.CharField(max_length=30, choices=REGIONS, default="unknown")
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True)
    legal_hold = models.BooleanField(default=False)
    # A code from CASE_FLAGS (never a sentence: the page shows it in the reader's language).
    flag = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1)  # optimistic concurrency
    # Who told us (intake.answers.Relationship: self, relative, friend, witness, other), from
    # the report the case was opened from: an envelope under the case key, like the answers it
    # comes from (cases.triage.case_relationship reads it). Empty: not said.
    relationship = models.BinaryField(default=b"", blank=True)

    class Meta:
        ordering = ["urgency_rank", "-opened_at"]
        indexes = [
            models.Index(fields=["status", "urgency_rank", "opened_at"]),
            models.Index(fields=["stage"]),
        ]

    def __str__(self) -> str:
        return f"case {self.short_id}"

    @property
    def short_id(self) -> str:
        return str(self.id)[:8]

    @property
    def pseudonym(self) -> Pseudonym:
        """The two-word name staff say and see instead of the id (refuge/core/pseudonyms.py)."""
        return pseudonym(self.id)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS.get(self.status, self.status))

    @property
    def language_label(self) -> str:
        return str(dict(CASE_LANGUAGES).get(self.language, self.language))

    @property
    def region_label(self) -> str:
        return str(dict(REGIONS).get(self.region, self.region))

    @property
    def flag_label(self) -> str:
        return str(CASE_FLAGS.get(self.flag, self.flag))

    @property
    def risk_labels(self) -> list[str]:
        labels = dict(RISK_FLAGS)
        return [str(labels.get(flag, flag)) for flag in self.risk_flags]


class CaseKey(models.Model):
    """One sealed copy of a case key: to the coordinators team, an assigned caseworker, or
    recovery. A copy sealed to a staff key goes with that key."""

    class Holder(models.TextChoices):
        TEAM = "team"
        STAFF = "staff"
        RECOVERY = "recovery"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="keys")
    holder = models.CharField(max_length=10, choices=Holder.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    team_key = models.ForeignKey(
        "keys.TeamKey", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    staff_key = models.ForeignKey(
        "keys.StaffKey", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sealed = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["case", "holder", "user"], name="one_case_key_per_holder"
            ),
        ]
        indexes = [models.Index(fields=["user", "case"])]

    def __str__(self) -> str:
        return f"{self.holder} key for {self.case_id}"


class Assignment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    assigned_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="assigned_once")]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.case_id}"


class ChecklistItem(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checklist")
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT)
    position = models.PositiveIntegerField(default=0)
    text = models.BinaryField()  # envelope under the case key
    done = models.BooleanField(default=False)
    # The due date is encrypted under the case key ("departure abroad, due 14 May" dates an
    # evacuation) and sorted in memory. ``due`` is the clear column of rows written before;
    # the server cannot encrypt those (it holds no case key): the next change seals and clears it.
    due_sealed = models.BinaryField(default=b"", blank=True)
    due = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["stage__position", "position", "pk"]

    def __str__(self) -> str:
        return f"item {self.pk} of {self.case_id}"


class Note(models.Model):
    """An internal note (never shown to the reporter), optionally about one stage."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    stage = models.ForeignKey(Stage, null=True, blank=True, on_delete=models.PROTECT)
    created_at = models.DateTimeField()
    body = models.BinaryField()  # envelope under the case key

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"note {self.pk} on {self.case_id}"


class Consent(models.Model):
    """One recorded consent decision; the latest per kind is in force, older ones are history."""

    class Kind(models.TextChoices):
        JOURNALISTS = "journalists", _("Contact by journalists")
        PARTNERS = "partners", _("Sharing with named partner organisations")
        LEGAL = "legal", _("Use in legal proceedings")
        STATISTICS = "statistics", _("Inclusion in anonymised statistics")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    granted = models.BooleanField()
    details = models.BinaryField(null=True, blank=True)  # envelope: e.g. the partners' names
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["kind", "-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind}={self.granted} on {self.case_id}"
