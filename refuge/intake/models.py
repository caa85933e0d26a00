"""The hotline: reports, their messages and attachments — all content encrypted per report.

What is stored in clear here: ids, coarse times (see REFUGE_SUBMISSION_TIME_GRANULARITY),
status, the reporter's answer to "Are you safe now?" as a level (docs/adr/0006), sizes of
ciphertexts, whether metadata was removed, the receipt's keyed lookup tag and salt, and which
staff hold a sealed copy of the report key. Everything a reporter wrote or sent is inside
envelopes under the report key.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from refuge.core.pseudonyms import Pseudonym, pseudonym


class Question(models.Model):
    """One question of the hotline questionnaire, editable by administrators. Its wording is
    in ``QuestionText`` rows, one per language: adding a language needs no schema change."""

    class Kind(models.TextChoices):
        SHORT = "short", _("Short answer")
        LONG = "long", _("Long answer")
        CHOICE = "choice", _("One of several choices")

    key = models.SlugField(max_length=40, unique=True)
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SHORT)
    required = models.BooleanField(default=False)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.key

    def text(self, language: str | None = None) -> QuestionText | None:
        """Return the wording in ``language`` (default: the active one), else in the site's
        default language, else any. Reads prefetched ``texts`` when there are."""
        texts = {text.language: text for text in self.texts.all() if text.label}
        code = (language or get_language() or settings.LANGUAGE_CODE).lower()
        for candidate in (code, code.split("-")[0], settings.LANGUAGE_CODE):
            if candidate in texts:
                return texts[candidate]
        return next(iter(texts.values()), None)

    @property
    def label(self) -> str:
        text = self.text()
        return text.label if text else self.key

    @property
    def help_text(self) -> str:
        text = self.text()
        return text.help if text else ""

    @property
    def choices(self) -> list[str]:
        text = self.text()
        return text.choice_list() if text else []


class QuestionText(models.Model):
    """A question's wording in one language."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=16)
    label = models.CharField(max_length=300)
    help = models.CharField(max_length=500, blank=True)
    # For choices: one per line, the same number of lines in every language.
    choices = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "language"], name="one_text_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.question_id}:{self.language}"

    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class QuestionLanguage(models.Model):
    """A language the questionnaire is written in beyond the interface's own (LANGUAGES), added
    by an administrator, e.g. Chechen ("ce")."""

    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=64)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Report(models.Model):
    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("report status", "New")
        OPEN = "open", pgettext_lazy("report status", "Open")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    submitted_at = models.DateTimeField()  # coarsened
    last_reporter_activity_at = models.DateTimeField()  # coarsened
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    receipt_tag = models.CharField(max_length=64, unique=True)
    receipt_salt = models.BinaryField()
    content = models.BinaryField()  # envelope: JSON of the account and answers
    # Casework: the case this report belongs to, and the report key wrapped under its key.
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    case_wrapped_key = models.BinaryField(null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    receipt_revoked_at = models.DateTimeField(null=True, blank=True)
    # answers.Danger from the "safe now" answer, kept in clear so that the inbox can put people
    # in danger first across pages (docs/adr/0007-danger-in-clear.md); None: not answered, or
    # a report from before (set when staff first open it).
    danger = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-last_reporter_activity_at", "-submitted_at"]
        indexes = [
            models.Index(fields=["case", "danger", "last_reporter_activity_at"], name="inbox_order")
        ]

    def __str__(self) -> str:
        return f"report {self.short_id}"

    @property
    def short_id(self) -> str:
        return str(self.id)[:8]

    @property
    def pseudonym(self) -> Pseudonym:
        """The two-word name staff say and see instead of the id (refuge/core/pseudonyms.py)."""
        return pseudonym(self.id)

    @property
    def case_pseudonym(self) -> Pseudonym | None:
        """The case's two-word name, without loading the case."""
        return pseudonym(self.case_id) if self.case_id else None


class SealedReportKey(models.Model):
    """One sealed copy of a report's key: to the intake team, the receipt, or recovery.

    ``staff`` copies are from before key custody (sealed to one person each); they are moved
    to the intake team the first time one of their holders unlocks their key, and go with the
    staff key they were sealed to.
    """

    class Holder(models.TextChoices):
        TEAM = "team"
        STAFF = "staff"
        RECEIPT = "receipt"
        RECOVERY = "recovery"

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sealed_keys")
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
                fields=["report", "holder", "user"], name="one_sealed_key_per_holder"
            ),
            models.UniqueConstraint(
                fields=["report", "holder"],
                condition=models.Q(user__isnull=True),
                name="one_receipt_and_recovery_key_per_report",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.holder} key for {self.report_id}"


class Message(models.Model):
    class Author(models.TextChoices):
        REPORTER = "reporter"
        STAFF = "staff"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    sent_at = models.DateTimeField()  # coarsened
    body = models.BinaryField()  # envelope
    # Which encryption contract the body's associated data follows (refuge.crypto.contexts):
    # 2 binds report, author and time; 1 (rows from before) only the message's id.
    context_version = models.PositiveSmallIntegerField(default=2)

    class Meta:
        ordering = ["sent_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author} message on {self.report_id}"


class Attachment(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    blob_name = models.CharField(max_length=64, unique=True)  # random; the file store's name
    ciphertext_size = models.PositiveBigIntegerField()
    metadata_removed = models.BooleanField()
    # envelope: JSON of filename, content type, the SHA-256 of the file as the reporter sent it
    # (before metadata removal) and the cleaner that made the working copy ("mat2 0.13.4")
    details = models.BinaryField()
    # 2 binds the file and its details to report, message and the metadata flag; 1 (rows from
    # before) only to the attachment's id.
    context_version = models.PositiveSmallIntegerField(default=2)
    # The file as sent, before metadata removal: hashed at intake (keyed, so a seized database
    # cannot be tested against a photo the state already holds) and, for reporter files whose
    # metadata was removed, kept encrypted as the evidentiary copy — for good if the reporter
    # asked ("keep my file unchanged as evidence"), otherwise until the case is triaged.
    original_fingerprint = models.CharField(max_length=64, blank=True)
    original_blob_name = models.CharField(max_length=64, blank=True)
    original_requested = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"attachment {self.id}"


class SimilarityCache(models.Model):
    """Which inbox reports read like this one, encrypted under the report's own key
    (refuge/intake/similarity.py): computed once, not on every view."""

    report = models.OneToOneField(
        Report, on_delete=models.CASCADE, primary_key=True, related_name="similarity"
    )
    sealed = models.BinaryField()

    def __str__(self) -> str:
        return f"similar reports of {self.report_id}"
