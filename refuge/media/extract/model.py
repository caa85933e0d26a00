"""What extraction returns: quotations, figures and mentions, each with its offsets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str = ""
    speaker_role: str = ""
    affiliation: str = ""
    given_to: str = ""
    part_of: int | None = None  # index of the first part of a multi-paragraph quotation


def take_speaker(quote: Quote, source: Quote) -> None:
    """Give ``quote`` the speaker ``source`` has, with the speaker's role, affiliation and
    addressee."""
    quote.speaker, quote.speaker_role = source.speaker, source.speaker_role
    quote.affiliation, quote.given_to = source.affiliation, source.given_to


def forget_speaker(quote: Quote) -> None:
    """Leave ``quote`` without a speaker (a reading found to name no one); whom the words
    were given to stays."""
    quote.speaker = quote.speaker_role = quote.affiliation = ""


@dataclass
class Figure:
    value: int
    qualifier: str
    counted: str
    when: str
    text: str
    start: int
    end: int
    high: int | None = None  # for ranges: "from 15 to 30"
    place: str = ""  # where they were counted, a gazetteer key its clause names (figure_places)


@dataclass
class Mention:
    text: str
    value: str
    start: int
    end: int


@dataclass
class Extraction:
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "quotes": [asdict(q) for q in self.quotes],
            "figures": [asdict(f) for f in self.figures],
            "dates": [asdict(d) for d in self.dates],
            "places": [asdict(p) for p in self.places],
            "organisations": [asdict(o) for o in self.organisations],
        }
