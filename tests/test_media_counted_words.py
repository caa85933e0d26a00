"""What a count is of, read as annotators who never met agree (the forty-sixth session,
2026-12-07): asking for asylum is asking for help, its granting the evacuation
(docs/media-rules.md, "What annotators call a count")."""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("11 человек попросили политического убежища.", {(11, "", "people asked for help")}),
        (
            "86 граждан подали прошения о предоставлении убежища.",
            {(86, "", "people asked for help")},
        ),
        ("30 человек запросили убежище в Германии.", {(30, "", "people asked for help")}),
        ("More than 40 Chechens applied for asylum.", {(40, "more than", "people asked for help")}),
        ("At least 12 men asked for asylum in Germany.", {(12, "at least", "men asked for help")}),
        ("The two men requested asylum in Germany.", {(2, "", "men asked for help")}),
        # Granted, asylum stays where an evacuation ends; a petition for a pardon counts nothing.
        ("31 из них получил убежище в Канаде.", {(31, "", "people evacuated")}),
        ("Canada has granted asylum to 22 gay men.", {(22, "", "men evacuated")}),
        ("Germany gave asylum to 3 men who applied for asylum.", {(3, "", "men evacuated")}),
        ("20 человек подали прошения о помиловании.", set()),
        # Review: "for asylum" after another verb is where they were brought, not a request;
        # an asking only hoped for is no count.
        ("Canada has brought in 22 people for asylum.", {(22, "", "people evacuated")}),
        ("Only 14 of the men were approved for asylum.", {(14, "", "men evacuated")}),
        ("Around 50 people are hoping to apply for asylum in France.", set()),
    ],
)
def test_asking_for_asylum_is_asking_for_help(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Canada aided 31 gay men fleeing from Chechnya.", {(31, "", "men evacuated")}),
        ("The network has aided 150 people to leave the region.", {(150, "", "people evacuated")}),
        # Aid as a noun helps no one flee, nor aid with no flight after it.
        ("The charity provided aid to 40 people who fled.", {(40, "", "people left")}),
        ("Police said 7 men had aided and abetted militants.", set()),
        ("The group aided 25 people in Chechnya with legal advice.", set()),
    ],
)
def test_those_aided_to_flee_were_evacuated(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок\n\n{sentence}\n") == expected
