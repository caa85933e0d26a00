"""Places, people and acts, by hand or from a consenting case; a shredded case's identities."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.record.admissibility import consenting_case_ids
from refuge.record.fuzzydates import FuzzyDate
from refuge.record.gazetteer import place_key
from refuge.record.models import (
    Act,
    ActType,
    Event,
    Involvement,
    PerpetratorUnit,
    Person,
    Place,
    Source,
)
from refuge.record.services.common import RecordError
from refuge.record.services.keys import _envelope


def place_lookup(name: str) -> Place | None:
    """Find a place by any of its names, in Cyrillic or Latin script, in any transliteration."""
    wanted = place_key(name)
    if not wanted:
        return None
    for place in Place.objects.all():
        names = [place.name_en, place.name_ru, *place.aliases.splitlines()]
        if any(place_key(n) == wanted for n in names if n.strip()):
            return place
    return None


def _next_code() -> str:
    last = Person.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    code = f"P-{last + 1:05d}"
    while Person.objects.filter(code=code).exists():
        last += 1
        code = f"P-{last + 1:05d}"
    return code


def _origin(case: Any) -> str:
    return "" if case is None else str(case.pk)


def person_create(
    *,
    key: bytes,
    identity: dict[str, str] | None,
    sex: str = "x",
    age: int | None = None,
    confidential: bool = False,
    case: Any = None,
) -> Person:
    """Add a person under a new pseudonym code; ``identity=None`` keeps no name at all."""
    person = Person.objects.create(
        code=_next_code(),
        sex=sex,
        age=age,
        identity=b"",
        confidential=confidential,
        case=case,
        case_origin=_origin(case),
    )
    if identity is not None:
        person.identity = _envelope(key, "person", person.pk, identity)
        person.save(update_fields=["identity"])
    return person


def _set_date(obj: Any, fuzzy: FuzzyDate) -> None:
    known = fuzzy.precision != "unknown"
    obj.date_earliest = fuzzy.earliest if known else None
    obj.date_latest = fuzzy.latest if known else None
    obj.date_precision = fuzzy.precision


@transaction.atomic
def act_create(
    *,
    actor: User,
    key: bytes,
    victim: Person,
    act_type: ActType,
    when: FuzzyDate,
    place: Place | None,
    sources: list[Source],
    unit: PerpetratorUnit | None = None,
    case: Any = None,
    confidential: bool = False,
    confidential_fields: list[str] | None = None,
) -> Act:
    act = Act(
        confidential_fields=sorted(set(confidential_fields or []) & set(Act.CONFIDENTIAL_FIELDS)),
        act_type=act_type,
        victim=victim,
        place=place,
        case=case,
        case_origin=_origin(case),
        confidential=confidential,
        created_at=timezone.now(),
    )
    _set_date(act, when)
    act.save()
    act.sources.set(sources)
    if unit is not None:
        Involvement.objects.create(act=act, unit=unit)
    audit_record(
        actor=actor,
        action="record.act_created",
        target=act,
        details={"type": act_type.key, "victim": victim.code},
    )
    return act


@transaction.atomic
def event_create(
    *,
    actor: User,
    key: bytes,
    title: str,
    description: str,
    when: FuzzyDate,
    place: Place | None,
    acts: list[Act],
) -> Event:
    """Group acts into one event (a raid, a wave of detentions); its description is encrypted."""
    event = Event(title=title[:300], place=place)
    _set_date(event, when)
    event.save()
    if description:
        event.description = _envelope(key, "event", event.pk, {"description": description})
        event.save(update_fields=["description"])
    Act.objects.filter(pk__in=[act.pk for act in acts]).update(event=event)
    audit_record(
        actor=actor, action="record.event_created", target=event, details={"acts": len(acts)}
    )
    return event


def _testimony_source(case: Any) -> Source:
    """Return the case's testimony as a source of the record, made the first time."""
    source, _ = Source.objects.get_or_create(
        kind=Source.Kind.TESTIMONY,
        case=case,
        defaults={
            "case_origin": _origin(case),
            "title": f"Testimony, case {case.short_id}",
            "reliability_source": "B",
            "reliability_information": "2",
            "created_at": timezone.now(),
        },
    )
    return source


@transaction.atomic
def acts_from_case(
    *,
    actor: User,
    key: bytes,
    case: Any,
    identity: dict[str, str],
    act_type: ActType,
    when: FuzzyDate,
    place: Place | None,
) -> Act:
    """Document an act from a case's testimony — only if the case consents to it.

    The victim's name enters the record only with consent to legal use; with consent to
    anonymised statistics alone, the victim is a pseudonymous person with no identity.
    """
    legal = str(case.pk) in consenting_case_ids(use="legal")
    if not legal and str(case.pk) not in consenting_case_ids(use="statistics"):
        raise RecordError(_("This case has not consented to legal use or statistics."))
    source = _testimony_source(case)
    victim = Person.objects.filter(case=case).first()
    if victim is None:
        victim = person_create(key=key, identity=identity if legal else None, case=case)
    elif legal and not bytes(victim.identity):  # consent to legal use came later
        victim.identity = _envelope(key, "person", victim.pk, identity)
        victim.save(update_fields=["identity"])
    return act_create(
        actor=actor,
        key=key,
        victim=victim,
        act_type=act_type,
        when=when,
        place=place,
        sources=[source],
        case=case,
    )


def case_shredded(case: Any) -> None:
    """Remove what the record holds of the people of a case being shredded (a cases hook).

    Their identities (names, contacts) and the notes of the case's sources are erased; the
    pseudonymous persons, acts and sources stay, marked with the case they came from, and with
    that case gone they are never counted or exported again.
    """
    origin = _origin(case)
    persons = Person.objects.filter(Q(case=case) | Q(case_origin=origin))
    erased = persons.exclude(identity=b"").update(identity=b"")
    Source.objects.filter(Q(case=case) | Q(case_origin=origin)).update(notes=None)
    audit_record(
        actor=None,
        action="record.case_identities_erased",
        details={"case": str(case.pk)[:8], "persons": erased},
    )
