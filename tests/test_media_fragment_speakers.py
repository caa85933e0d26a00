"""A few words quoted inside a narrator's sentence, and the words around them that are no
speaker (the forty-eighth session, 2026-12-07; docs/media-rules.md, "Introduced quotations and
counts named elsewhere")."""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_HEAD = "Chechnya\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The relative clause's subject calls him so, not whom it is about.
        (
            "Tumso Abdurakhmanov, a blogger, was attacked on Wednesday.\n\nAbdurakhmanov, whom "
            "Magomed Daudov, the speaker of Chechnya's parliament and a close ally of Ramzan "
            "Kadyrov, once called “a devil who will answer for every word”, has posted dozens of "
            "videos attacking the Chechen leadership.",
            "Magomed Daudov",
        ),
        # A medium and its maker before the subject; "posted by" is no one's speech.
        (
            "In a video posted by the Russian LGBT Network, Lapunov thanked his lawyers and the "
            "network's staff for “standing by me when nobody in Russia would listen”.",
            "Lapunov",
        ),
        (
            "In an interview with the state news agency RIA Novosti, Daudov spoke of “a war being "
            "waged against Chechnya through the media”.",
            "Daudov",
        ),
        # A verb with its preposition after the words names no one.
        (
            "The report, which documents “a pattern of abductions and torture carried out with "
            "total impunity”, calls on the Investigative Committee to open criminal cases.",
            "",
        ),
        # Second review: inverted order translated from Russian still names who follows.
        (
            "“Milashina is a terrorist accomplice,” wrote on his Telegram channel Ramzan Kadyrov.",
            "Ramzan Kadyrov",
        ),
        ("“I was lucky to get out alive”, has told Lapunov to several outlets.", "Lapunov"),
        (
            "The statement, which described “a campaign of terror against gay men”, calls for an "
            "independent investigation.",
            "",
        ),
        # Control: an aside closed before the main verb leaves its subject the speaker.
        (
            "The two men, whom police detained in Argun in 2017, said “we were beaten every day”.",
            "The two men",
        ),
    ],
)
def test_who_a_fragment_is_from(text: str, expected: str) -> None:
    assert speakers(_HEAD + text + "\n") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "what she called" in a sentence about someone: that someone, if the gender fits.
        (
            "Police removed Khalimat Taramova from a shelter in Makhachkala.\n\nA lawyer working "
            "with the shelter, who asked not to be named, condemned what she called “a raid "
            "carried out for a family, not for the law.”",
            "A lawyer",
        ),
        (
            "Khalimat Taramova fled Chechnya. Her mother rejected what she called “a life of "
            "fear”.",
            "Her mother",
        ),
        # Control: "Her father" is no "she".
        (
            "Khalimat Taramova fled Chechnya. Her father rejected what she called “a life of "
            "fear”.",
            "Khalimat Taramova",
        ),
    ],
)
def test_what_she_called(text: str, expected: str) -> None:
    assert speakers(_HEAD + text + "\n") == [expected]


@pytest.mark.parametrize("place", ["Dagestan", "Ingushetia"])
def test_a_region_is_no_she(place: str) -> None:
    text = (
        f"Police from Chechnya and {place} raided a shelter for women.\n\n“It was a raid "
        "carried out for a family,” she said."
    )
    assert speakers(_HEAD + text + "\n") == [""]
