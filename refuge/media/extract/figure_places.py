"""Where a figure's count was made: the place its own clause names, so the ledger can keep
"1,700 detained nationwide" apart from "400 detained in Moscow".

A place is a gazetteer key (``lexicon.PLACES``) named after "in", "across", "throughout",
"в" or "во" ("detained in Moscow", "задержаны в Грозном", "один - в Аргуне"), else after
"from" or "из" ("evacuated from Chechnya", "вывезли из Чечни"); "nationwide",
"across the country", "по всей стране" and "по России" name the country, Russia. Only the
figure's own clause counts: its words and those after it up to a clause break or the next
figure, else the words before it back to a clause break if no other figure stands there ("В
Чечне задержаны более 100 мужчин"). A figure whose clause names no place has none ("").
Regular expressions only: no model is asked, whatever the number of figures.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.model import Figure

# The country the monitor's sources report on: what "nationwide" and "по всей стране" mean.
COUNTRY = "Russia"

# Locative spellings the gazetteer lacks ("в Гудермесе"), read here only: the gazetteer's
# own list also names places in the text's mentions, which these must not change.
_LOCATIVES = {
    "Gudermes": ["Гудермесе"],
    "North Caucasus": ["Северном Кавказе"],
}


def _spellings() -> dict[str, str]:
    spellings = {alias: key for key, aliases in lexicon.PLACES.items() for alias in aliases}
    spellings |= {alias: key for key, aliases in _LOCATIVES.items() for alias in aliases}
    return spellings


_PLACE_OF = _spellings()
# Longest spellings first: "Russian Federation" before "Russia".
_NAMES = "|".join(re.escape(name) for name in sorted(_PLACE_OF, key=len, reverse=True))
# A name is capitalised as written ("in us" is no country); the preposition may open a
# sentence ("In Moscow", "В Москве"). "на Северном Кавказе": the region takes "на".
_PLACE = re.compile(
    r"(?<![\w-])(?:(?i:in|across|throughout)\s+(?:the\s+)?|(?P<russian>(?i:в|во|на))\s+"
    r"|(?P<origin>(?i:from|out\s+of)\s+(?:the\s+)?|(?i:из)\s+))"
    rf"(?P<name>{_NAMES})(?![\w-])"
    r"|(?P<country>(?i:nationwide|(?:across|throughout)\s+the\s+country|по\s+всей\s+стране"
    r"|по\s+стране|по\s+(?:всей\s+)?России))(?![\w-])"
)
# Where a clause ends: a sentence or clause mark, a line break, a bracket or quote mark, a
# comma that is no thousands separator ("1,700"). A dash does not: "один — в Грозном"; nor
# does the full stop of an initial or an abbreviation ("in the U.S.").
_BREAK = re.compile(r"[;:!?()\n«»“”\"]|(?<!\b[A-Z])\.|,(?!\d{3}\b)")
_REACH = 160  # characters either side: a clause is rarely longer


# "в Грозном" is where; "в Грозный" (the accusative, as the nominative of most towns) is where
# to: "доставлены в Грозный" were taken there, wherever they were counted. After a Russian
# preposition only a locative says where (or a name that does not decline: "в Ведено").
_LOCATIVE = re.compile(r"(?:е|ом|и|Ведено)$")


# "из Чечни", "из России": the genitive after "из".
_GENITIVE = re.compile(r"(?:и|ы|а|ого)$")


def _where(found: re.Match[str]) -> bool:
    name = found.group("name")
    if found.group("origin"):
        return not re.search(r"[А-ЯЁа-яё]", name) or bool(_GENITIVE.search(name))
    return not found.group("russian") or bool(_LOCATIVE.search(name))


def _named(words: str, *, last: bool) -> str:
    places = [m for m in _PLACE.finditer(words) if not m.group("name") or _where(m)]
    # Where people were counted comes before where they came from: "40 men from Chechnya
    # detained in Moscow" were counted in Moscow, "150 evacuated from Chechnya" in Chechnya.
    found = [m for m in places if not m.group("origin")] or places
    if not found:
        return ""
    chosen = found[-1] if last else found[0]
    return _PLACE_OF[chosen.group("name")] if chosen.group("name") else COUNTRY


def _after(text: str, figure: Figure, following: Figure | None) -> str:
    limit = min(figure.end + _REACH, following.start if following else len(text))
    words = text[figure.start : limit]  # its own words too: "один - в Грозном"
    cut = _BREAK.search(words)
    return words[: cut.start()] if cut else words


def _before(text: str, figure: Figure, previous: Figure | None) -> str:
    floor = max(figure.start - _REACH, 0)
    words = text[floor : figure.start]
    cuts = list(_BREAK.finditer(words))
    start = floor + cuts[-1].end() if cuts else floor
    if previous is not None and previous.end > start:
        return ""  # the words before belong to the figure before ("… nationwide and 400 …")
    return text[start : figure.start]


def placed(text: str, figures: list[Figure]) -> list[Figure]:
    """Give each of ``figures`` (in the order of ``text``) the place its own clause names."""
    for index, figure in enumerate(figures):
        previous = figures[index - 1] if index else None
        following = figures[index + 1] if index + 1 < len(figures) else None
        figure.place = _named(_after(text, figure, following), last=False) or _named(
            _before(text, figure, previous), last=True
        )
    return figures
