"""Kin the article names by a first name alone ("His sister, Elita, has been searching") are
that person when "she" or "his sister" speaks later, as is a first name opening a sentence
with its kin after it ("Kheda, the mother of …") or "one of the" ("Marko, one of the many who
have fled"); kin it names by no name stay the role."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_MISSING = "Zelimkhan Bakaev disappeared in Grozny in August 2017. "
_QUOTE = '"We went to every police station in the city. Nobody would tell us anything,"'


@pytest.mark.parametrize(
    ("introduced", "speaks", "name"),
    [
        ("His sister, Elita, has been searching for him.", "she said", "Elita"),
        ("His sister Elita has been searching for him.", "she said", "Elita"),
        ("His mother, Zhanna, has been searching for him.", "his mother said", "Zhanna"),
    ],
)
def test_kin_named_by_first_name_speak_by_it(introduced, speaks, name):
    assert speakers(f"{_MISSING}{introduced}\n\n{_QUOTE} {speaks}.\n") == [name]


@pytest.mark.parametrize(
    "introduced",
    [
        "His mother in Grozny has been searching for him.",
        "His mother has been searching for him.",
    ],
)
def test_kin_named_by_no_name_stay_the_role(introduced):
    assert speakers(f"{_MISSING}{introduced}\n\n{_QUOTE} she said.\n") == ["His mother"]


@pytest.mark.parametrize(("name", "kin"), [("Kheda", "mother"), ("Zalina", "sister")])
def test_a_first_name_opening_a_sentence_with_its_kin_after_it_speaks(name, kin):
    text = (
        f"{name}, the {kin} of one of the missing men, spoke to reporters in Grozny.\n\n"
        f"{_QUOTE} she said.\n"
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize("opener", ["Meanwhile", "Earlier"])
def test_a_word_opening_a_sentence_is_no_first_name(opener):
    text = f"{opener}, the mother of one of the missing men, spoke.\n\n{_QUOTE} she said.\n"
    assert speakers(text) == [""]


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        ("But that was not the case for Marko, one of the many who have fled.", "Marko"),
        ("Chechnya, one of the poorest regions of Russia, has seen many arrests.", ""),
    ],
)
def test_one_of_the_many_gives_a_name_not_a_place(introduced, speaker):
    assert speakers(f"{introduced}\n\n{_QUOTE} she said.\n") == [speaker]


def test_i_is_no_speaker():
    assert speakers("I asked him: “Do you need medical help from the doctors?”\n") == [""]
