"""The record: who did what to whom, when, where, and on what evidence (after HURIDOCS events).

Identifying data (names, contacts, descriptions, source notes, evidence files and file names)
is encrypted under the record key, which is sealed to each analyst and coordinator given
access and to the organisation's recovery key. In clear, for statistics: pseudonym codes, roles,
sex and age band, act types, places from the gazetteer, fuzzy dates, reliability grades,
confidentiality flags and evidence hashes.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# What "case_origin" means on a person, act, source or evidence item: the id of the case it came
# from, kept when that case is deleted ("unknown" when it was lost before this field existed).
# Empty means "not from a case". From a case that no longer exists means: no consent.
CASE_ORIGIN_HELP = "the case it came from; survives the case's deletion"
UNKNOWN_CASE = "unknown"


class Place(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        REPUBLIC = "republic", _("Republic or region")
        DISTRICT = "district", _("District")
        TOWN = "town", _("Town")
        SITE = "site", _("Site")

    name_en = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    aliases = models.TextField(blank=True)  # other spellings, one per line
    key = models.CharField(max_length=200, db_index=True)  # gazetteer.place_key(name_en)

    class Meta:
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_ru if (get_language() or "en").startswith("ru") else self.name_en

    @property
    def path(self) -> str:
        parts: list[str] = []
        place: Place | None = self
        while place is not None:
            parts.insert(0, place.name)
            place = place.parent
        return " → ".join(parts)


class ActType(models.Model):
    """The vocabulary of acts; administrators extend it."""

    key = models.SlugField(max_length=40, unique=True)
    label_en = models.CharField(max_length=100)
    label_ru = models.CharField(max_length=100)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.label_ru if (get_language() or "en").startswith("ru") else self.label_en


class FuzzyDateFields(models.Model):
    date_earliest = models.DateField(null=True, blank=True)
    date_latest = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, default="unknown")

    class Meta:
        abstract = True


class Person(models.Model):
    class Sex(models.TextChoices):
        MALE = "m", _("male")
        FEMALE = "f", _("female")
        OTHER = "x", _("other or not stated")

    code = models.CharField(max_length=20, unique=True)  # a pseudonym code: P-00042
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.OTHER)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    # Envelope {"name", "aliases", "contacts", "notes"}; empty when there is no identity: a
    # person from a case without consent to legal use, or whose case was shredded.
    identity = models.BinaryField()
    confidential = models.BooleanField(default=False)  # the whole person
    confidential_fields = models.JSONField(default=list, blank=True)  # "sex", "age"
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.SET_NULL)
    case_origin = models.CharField(max_length=36, blank=True)  # see CASE_ORIGIN_HELP

    CONFIDENTIAL_FIELDS = ("sex", "age")

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class PerpetratorUnit(models.Model):
    """A unit or organisation of perpetrators (e.g. a police department): public, in clear."""

    name = models.CharField(max_length=300, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT)

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    class Kind(models.TextChoices):
        TESTIMONY = "testimony", _("Testimony from a case")
        PARTNER_LIST = "partner_list", _("Partner's list")
        MEDIA = "media", _("Media article")
        OFFICIAL = "official", _("Official statement")

    # The Admiralty code: how reliable the source is (A–F), how credible the information (1–6).
    SOURCE_RELIABILITY = [(c, c) for c in "ABCDEF"]
    INFORMATION_RELIABILITY = [(str(n), str(n)) for n in range(1, 7)]

    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    reliability_source = models.CharField(max_length=1, choices=SOURCE_RELIABILITY, default="F")
    reliability_information = models.CharField(
        max_length=1, choices=INFORMATION_RELIABILITY, default="6"
    )
    notes = models.BinaryField(null=True, blank=True)  # envelope
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.SET_NULL)
    case_origin = models.CharField(max_length=36, blank=True)  # see CASE_ORIGIN_HELP
    media_article = models.ForeignKey(
        "media.MediaArticle",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="record_sources",
    )
    confidential = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.title


class Event(FuzzyDateFields):
    title = models.CharField(max_length=300)
    description = models.BinaryField(null=True, blank=True)  # envelope
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.PROTECT)
    confidential = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.title


class Act(FuzzyDateFields):
    """One act against one victim: detained, tortured, killed, …"""

    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="acts"
    )
    act_type = models.ForeignKey(ActType, on_delete=models.PROTECT)
    victim = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="acts_suffered")
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.PROTECT)
    sources = models.ManyToManyField(Source, related_name="acts")
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.SET_NULL)
    case_origin = models.CharField(max_length=36, blank=True)  # see CASE_ORIGIN_HELP
    confidential = models.BooleanField(default=False)  # the whole act
    # Single fields withheld from every statistic and export: "date", "place", "perpetrators".
    confidential_fields = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()

    CONFIDENTIAL_FIELDS = ("date", "place", "perpetrators")

    class Meta:
        ordering = ["date_earliest", "pk"]
        indexes = [models.Index(fields=["act_type", "date_earliest"])]

    def __str__(self) -> str:
        return f"{self.act_type.key} of {self.victim.code}"


class Involvement(models.Model):
    """Who else took part in an act: perpetrators (people or units) and witnesses."""

    class Role(models.TextChoices):
        DIRECT = "direct", _("Carried it out")
        COMMAND = "command", _("Ordered or commanded")
        PRESENT = "present", _("Was present")
        WITNESS = "witness", _("Witnessed it")

    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="involvements")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT)
    unit = models.ForeignKey(PerpetratorUnit, null=True, blank=True, on_delete=models.PROTECT)
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.DIRECT)

    def __str__(self) -> str:
        return f"{self.role} in {self.act_id}"


class RecordKey(models.Model):
    """A sealed copy of the record key: to the record team, or to the recovery key.

    Copies with ``user`` set are from before key custody (one per person); they move to the
    record team the first time one of their holders opens the record.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    recovery = models.BooleanField(default=False)
    team_key = models.ForeignKey(
        "keys.TeamKey", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    staff_key = models.ForeignKey(
        "keys.StaffKey", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sealed = models.BinaryField()

    def __str__(self) -> str:
        if self.recovery:
            return "recovery"
        return f"record key of team key {self.team_key_id}" if self.team_key_id else "legacy"


class SigningKey(models.Model):
    """The organisation's evidence-signing key (Ed25519), made once at random.

    Its seed is encrypted under the record key (associated data naming its purpose and its
    public key), so only holders of the record key sign packages; the public key and its
    fingerprint are in clear, to be published and shown to staff.
    """

    purpose = models.CharField(max_length=20, unique=True, default="evidence")
    encrypted_seed = models.BinaryField()
    public_key = models.BinaryField()
    fingerprint = models.CharField(max_length=64, unique=True)  # SHA-256 of the public key
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.purpose} signing key {self.fingerprint[:16]}"


class Evidence(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Keyed hash (BLAKE2b under a server subkey) of the file's SHA-256, taken at intake: a seized
    # database cannot be tested against a file the state already holds. The plain SHA-256 is
    # computed again from the file, after this check, and appears only inside packages.
    fingerprint = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField()  # rounded up to its padding bucket (Padmé)
    blob_name = models.CharField(max_length=64, unique=True)
    details = models.BinaryField()  # envelope: {"filename", "content_type", "description"}
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)
    acts = models.ManyToManyField(Act, related_name="evidence", blank=True)
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.SET_NULL)
    case_origin = models.CharField(max_length=36, blank=True)  # see CASE_ORIGIN_HELP
    # The hotline attachment it was sent from (its id), so it is not sent twice.
    attachment_origin = models.CharField(max_length=36, blank=True, db_index=True)
    # A working copy names the item it was made from (the original as the reporter sent it).
    derived_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="derived"
    )
    received_at = models.DateTimeField()
    custody_head = models.CharField(max_length=64, default="0" * 64)
    # Destroyed: the file is gone; the row and its chain of custody remain as the record of it.
    destroyed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"evidence {str(self.id)[:8]}"


class CustodyEntry(models.Model):
    """One step in an item's chain of custody, hash-chained like the audit log."""

    evidence = models.ForeignKey(Evidence, on_delete=models.CASCADE, related_name="custody")
    seq = models.PositiveIntegerField()
    at = models.DateTimeField()
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=40)
    details = models.JSONField(default=dict)  # only in entries made before sealed_details
    # The details (hashes of the file and its original, who and how), encrypted under the record
    # key; the chain hash covers them in clear, so checking a chain needs the record key.
    sealed_details = models.BinaryField(null=True, blank=True)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["evidence", "seq"]
        constraints = [models.UniqueConstraint(fields=["evidence", "seq"], name="custody_seq_once")]

    def __str__(self) -> str:
        return f"{self.action} #{self.seq}"


class AuditStamp(models.Model):
    """An RFC 3161 token over the audit chain's head: the chain up to ``seq`` existed by then."""

    seq = models.PositiveBigIntegerField()
    entry_hash = models.CharField(max_length=64)
    authority = models.CharField(max_length=300)
    token = models.BinaryField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["seq", "pk"]

    def __str__(self) -> str:
        return f"audit head #{self.seq} stamped"

    @property
    def message(self) -> bytes:
        """The bytes whose SHA-256 the token covers."""
        return f"refuge audit head {self.seq} {self.entry_hash}".encode()
