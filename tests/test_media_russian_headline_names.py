"""A Russian headline with no full stop does not run on into the next line for the name
tagger: "Муфтий Чечни ответил на заявление «Новой газеты» об угрозах\\n\\nМуфтий Чечни Салах
Межиев пообещал …" names Салах Межиев, and "По словам муфтия" later is his."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

WORDS = "«в любом случае ответят по букве закона Российской Федерации»"


@pytest.mark.parametrize(
    ("headline", "opening", "expected"),
    [
        (
            "Муфтий Чечни ответил на заявление «Новой газеты» об угрозах",
            "Муфтий Чечни Салах Межиев пообещал журналистам «Новой газеты» кару Аллаха.",
            "Салах Межиев",
        ),
        (
            "Муфтий Чечни ответил на заявление «Новой газеты» об угрозах",
            "Муфтий Чечни Салах-хаджи Межиев пообещал журналистам кару Аллаха.",
            "Салах-хаджи Межиев",
        ),
        (
            "Муфтий Чечни ответил журналистам об угрозах",
            "Муфтий Чечни Салах Межиев пообещал журналистам кару Аллаха.",
            "Салах Межиев",
        ),
    ],
)
def test_the_name_under_a_headline_is_found(headline, opening, expected):
    text = (
        f"{headline}\n\n{opening} По словам муфтия, журналисты оскорбили весь чеченский народ "
        f"и {WORDS}.\n"
    )
    assert speakers(text) == [expected]


def test_a_headline_with_a_full_stop_reads_as_before():
    # A control: the full stop was there already; the name is found either way.
    text = (
        "Муфтий Чечни ответил на заявление «Новой газеты» об угрозах.\n\nМуфтий Чечни Салах "
        f"Межиев пообещал журналистам кару Аллаха. По словам муфтия, журналисты {WORDS}.\n"
    )
    assert speakers(text) == ["Салах Межиев"]
