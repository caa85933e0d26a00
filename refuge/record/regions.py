"""Which triage region a place named in a report lies in, from the gazetteer.

Casework sits below the record and cannot read the gazetteer itself: it asks through
``refuge.cases.hooks.on_region_lookup``, registered in this app's AppConfig. The answer is a
suggestion the coordinator confirms on the "open a case" page.
"""

from __future__ import annotations

import re

from refuge.record.gazetteer import place_key
from refuge.record.models import Place

# Gazetteer places whose area is a triage region (cases.models.REGIONS), by place_key of their
# English name; a place inside one (a town in Chechnya) takes its region.
_REGION_OF = {
    place_key("Chechnya"): "chechnya",
    place_key("Dagestan"): "dagestan",
    place_key("Ingushetia"): "ingushetia",
    place_key("Moscow"): "moscow",
    place_key("St Petersburg"): "st_petersburg",
    place_key("Saint Petersburg"): "st_petersburg",
    place_key("Russia"): "russia_other",
}
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _names(place: Place) -> list[str]:
    names = [place.name_en, place.name_ru, *place.aliases.splitlines()]
    return [key for key in (place_key(name) for name in names if name.strip()) if key]


def _inflected(token: str, key: str) -> bool:
    """Whether a Russian word form is the name in another case ("в Грозном" for Грозный):
    the same start, all but the last two letters at least, and no more than two letters more."""
    if len(key) < 5 or not key[:-2] or len(token) > len(key) + 2:
        return False
    common = 0
    for left, right in zip(token, key, strict=False):
        if left != right:
            break
        common += 1
    return common >= max(4, len(key) - 2)


def _region(place: Place, places: dict[int, Place]) -> str | None:
    current: Place | None = place
    seen = set()
    while current is not None and current.pk not in seen:
        seen.add(current.pk)
        region = _REGION_OF.get(current.key) or _REGION_OF.get(place_key(current.name_en))
        if region:
            return region
        current = places.get(current.parent_id) if current.parent_id else None
    return None


def region_from_text(text: str) -> str | None:
    """Return the triage region of the first gazetteer place named in ``text``; a place in a
    region named more precisely (Grozny, Chechnya) wins over the country."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    places = {place.pk: place for place in Place.objects.all()}
    keys = [(place, _names(place)) for place in places.values()]
    found: list[str] = []
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            token = place_key(phrase)
            if not token:
                continue
            cyrillic = bool(_CYRILLIC.search(phrase))
            for place, names in keys:
                if token in names or (cyrillic and any(_inflected(token, n) for n in names)):
                    region = _region(place, places)
                    if region and region != "russia_other":
                        return region
                    if region:
                        found.append(region)
    return found[0] if found else None
