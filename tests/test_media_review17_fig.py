"""Figures, review 17 (issue 16): regressions of the mend round and fix round 5, both languages.

Each test holds the reviewer's exact texts (/work/scratch/review17, part fig), whose answer on
main (a17ac24) was wrong, then near-miss controls whose answer must not change.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kadyrov's forces are believed to have killed 27 people in January 2017.",
            {(27, "", "people killed")},
        ),
        ("Police are reported to have detained 40 men in Argun.", {(40, "", "men detained")}),
        ("Kadyrov's men are said to have tortured 12 men.", {(12, "", "men tortured")}),
        ("Security forces went on to kill 27 detainees that night.", {(27, "", "people killed")}),
        ("Police then went on to detain 12 of the 40 men.", {(12, "", "men detained")}),
        (
            "Kadyrov threatened the men and then went on to detain 12 of them.",
            {(12, "", "men detained")},
        ),
        ("Police began to detain 40 men in Argun.", {(40, "", "men detained")}),
        ("Police begin to detain 40 men in Argun", {(40, "", "men detained")}),
        (
            "The police, according to witnesses, began to torture 12 detainees.",
            {(12, "", "people tortured")},
        ),
        ("The authorities used the list to detain 40 men.", {(40, "", "men detained")}),
        ("Police returned to detain 5 more men.", {(5, "", "men detained")}),
        ("Police came back to kill 3 men who had returned.", {(3, "", "men killed")}),
        ("Police moved to detain 12 men at the checkpoint.", {(12, "", "men detained")}),
        ("The gunmen may have killed 12 people.", {(12, "", "people killed")}),
        ("Полицейские начали задерживать 40 мужчин в Аргуне.", {(40, "", "men detained")}),
        ("Полицейские стали задерживать 30 мужчин по спискам.", {(30, "", "men detained")}),
        ("Силовики продолжили задерживать 15 человек.", {(15, "", "people detained")}),
        ("Полицейские приехали задерживать 3 мужчин.", {(3, "", "men detained")}),
    ],
)
def test_an_event_governed_by_to_happened(text: str, expected: set) -> None:
    """Only a threat, an intent, an order or a failure before the infinitive, or a denied or
    counterfactual form, says the event did not happen: "to have" with a participle, an
    aspectual verb ("began to", "начали"), a purpose ("used the list to") and a hedge ("may
    have killed") report it."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not known to have happened: the conservative answer is none.
        "Officers would detain 3 men every night, witnesses said.",
        "Kadyrov ordered police to detain 40 men.",
        "Кадыров приказал задержать 40 человек.",
        "Kadyrov threatened to kill 3 bloggers.",
        "Police tried to detain 12 men.",
        "Police planned to detain 40 men in Argun.",
        "Police wanted to detain 40 men.",
        "Kadyrov promised to detain 40 men.",
        "Police could have killed 3 men.",
        "Police would have killed 3 men.",
        "Police nearly killed 3 men.",
        "Police never detained 40 men.",
        "Police did not detain 40 men.",
        "Police decided not to detain 40 men.",
        "Полицейские пытались задержать 3 мужчин.",
        "Кадыров пригрозил убить 3 блогеров.",
        "Кадыров грозился убить 3 блогеров.",
        "Силовики хотели задержать 40 человек.",
        "Силовики собирались задержать 40 человек.",
        "Силовики отказались задерживать 40 человек.",
        "Силовики не смогли задержать 40 человек.",
        "Полицейские не стали задерживать 3 мужчин.",
        "Полицейские чуть не убили 3 мужчин.",
    ],
)
def test_an_event_threatened_failed_or_ordered_is_none(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police managed to detain 12 men.", {(12, "", "men detained")}),
        ("Силовикам удалось задержать 12 человек.", {(12, "", "people detained")}),
        ("Силовики смогли задержать 12 человек.", {(12, "", "people detained")}),
        ("Police detained 40 men in Argun.", {(40, "", "men detained")}),
        ("Силовики задержали 40 человек.", {(40, "", "people detained")}),
    ],
)
def test_an_event_that_happened_controls(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 12 of the attackers' relatives.", {(12, "", "relatives detained")}),
        ("Kadyrov's men detained 15 of the gunmen's relatives.", {(15, "", "relatives detained")}),
        (
            "Police detained 12 of the gunmen's relatives, Memorial said.",
            {(12, "", "relatives detained")},
        ),
        ("Силовики задержали 12 из родственников нападавших.", {(12, "", "relatives detained")}),
        ("Police detained two of the men who fled the raid.", {(2, "", "men detained")}),
        ("Police detained two of the men who fled Chechnya.", {(2, "", "men detained")}),
        ("Police detained three of the men who escaped the prison.", {(3, "", "men detained")}),
        ("Police detained three of the women who left Chechnya.", {(3, "", "women detained")}),
        ("Police detained two of the women who fled the republic.", {(2, "", "women detained")}),
        ("Силовики задержали двоих из исполнителей эстрадных песен.", {(2, "", "people detained")}),
    ],
)
def test_victims_relatives_and_helpers_are_no_doers(text: str, expected: set) -> None:
    """Only a set whose head is those who did it ("of the attackers", not "of the attackers'
    relatives"), or who did violence ("the men who beat"), is no victims of a detention."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police detained two of the volunteers who rescued the men.",
        "Police detained two of the volunteers who helped the men.",
        "Police detained two of the activists who evacuated the men.",
    ],
)
def test_helpers_detained_are_no_men_detained(text: str) -> None:
    """Two helpers were detained, not two of the men they helped (base said "2 men
    detained"): the conservative answer kept from main is no count."""
    assert counts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police detained two of the attackers.",
        "Police detained two of the men who attacked the journalist.",
        "Police detained two of the men who attacked him.",
        "Задержали двоих из убийц блогера.",
        "Силовики задержали двоих из нападавших.",
        "Силовики задержали двоих из исполнителей убийства.",
        "Police detained one of the gunmen.",
    ],
)
def test_doers_arrested_controls(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Двое полицейских получили смертельные ранения, однако выжили трое других.",
        "Двое полицейских получили смертельные ранения, но выжили остальные пассажиры.",
        "Двое полицейских получили смертельные ранения, но выжил водитель.",
        "Двое полицейских получили ранения, несовместимые с жизнью, но выжил их водитель.",
    ],
)
def test_others_surviving_leaves_the_deaths(text: str) -> None:
    """ "Выжили" with a subject of its own after it tells of others: the two still died."""
    assert counts(text) == {(2, "", "people killed")}


@pytest.mark.parametrize(
    "text",
    [
        "Трое мужчин получили ранения, несовместимые с жизнью, но выжили.",
        "Трое мужчин получили смертельные ранения, но все выжили.",
        # Main counted 3 men killed here: "они" refers back as "все" does.
        "Трое мужчин получили смертельные ранения, но они выжили.",
        "Трое мужчин получили смертельные ранения, но выжили в больнице.",
        "Трое мужчин получили смертельные ранения, однако выжили благодаря врачам.",
        "Three men suffered injuries incompatible with life but survived.",
    ],
)
def test_the_wounded_surviving_controls(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grozny, 2017\nHundred men were detained in Argun.", {(100, "", "men detained")}),
        ("In 2019 hundred people fled.", {(100, "", "people left")}),
    ],
)
def test_a_year_is_no_count_of_hundreds(text: str, expected: set) -> None:
    """A multiplier after a year, or on the next line, is a number of its own."""
    assert counts(text) == expected


def test_a_year_is_no_count_of_thousands() -> None:
    """Base and main read 2 019 000 people; a bare "thousand" is not read as a count."""
    assert counts("In 2019 thousand people fled.") <= {(1000, "", "people left")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 11 thousand people.", {(11000, "", "people detained")}),
        ("В Чечне задержали 11 тысяч человек.", {(11000, "", "people detained")}),
        ("1,5 million people fled.", {(1500000, "", "people left")}),
        ("Police detained 3 hundred men.", {(300, "", "men detained")}),
    ],
)
def test_digits_and_a_multiplier_controls(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards received wounds incompatible with life.", {(2, "", "people killed")}),
        ("Two men received wounds incompatible with life.", {(2, "", "men killed")}),
        ("Two detainees received injuries incompatible with life.", {(2, "", "people killed")}),
        ("Police received 45 messages.", {(45, "", "messages received")}),
    ],
)
def test_fatal_wounds_received_count_people(text: str, expected: set) -> None:
    """ "received" gave the count its noun "messages"; wounds one cannot survive count people."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 40 people detained, women: 3.",
            {(40, "", "people detained"), (3, "", "women detained")},
        ),
        (
            "Of the 40 detained, men: 37.",
            {(40, "", "people detained"), (37, "", "men detained")},
        ),
        (
            "Police detained 40 people, of them, women: 3.",
            {(40, "", "people detained"), (3, "", "women detained")},
        ),
    ],
)
def test_a_part_named_after_its_set_is_men_or_women(text: str, expected: set) -> None:
    """ "Of the 40 detained, women: 3" counts women, as "of them, women: 3" does."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained one of the victims' relatives.", {(1, "", "relatives detained")}),
        ("Police detained one of the victims’ relatives.", {(1, "", "relatives detained")}),
        ("Police detained one of the men's relatives.", {(1, "", "relatives detained")}),
    ],
)
def test_one_of_a_plural_owners_kin_is_the_kin(text: str, expected: set) -> None:
    """ "one of the victims' relatives" counts a relative, as "one of the men's" does."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В отделе 2 задержанных погибли, не выдержав пыток.", {(2, "", "people killed")}),
        ("В отделе 3 задержанных умерли, не дождавшись врача.", {(3, "", "people killed")}),
        ("В отделе 2 задержанных не погибли.", set()),
        ("В отделе 2 задержанных чуть не погибли.", set()),
    ],
)
def test_a_negated_gerund_denies_no_death(text: str, expected: set) -> None:
    """Only the verb's own "не" (or "чуть не") denies it, not a gerund's after it."""
    assert counts(text) == expected
