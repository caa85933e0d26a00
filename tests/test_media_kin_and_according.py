"""A sentence opening with someone known through their kin ("Maxim Lapunov's mother, who lives
in Omsk, said …"; "Zelimkhan Bakaev's sister, Elita, has been searching …") or with "According
to Milashina, …" makes that person the subject a later "she said" means; and a headline's last
word is never the first word of a name that opens the body ("Chain\\n\\nPeskov was asked …");
kin named in the plural ("Ruslan's parents", "His family") are whom a later "they said" means."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "The search goes on\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Maxim Lapunov's mother, who lives in Omsk, said she had not heard from him.",
            "Maxim Lapunov's mother",
        ),
        ("Lapunov’s mother said she had not heard from him.", "Lapunov’s mother"),
        ("Zelimkhan Bakaev's sister, Elita, has been searching for him since August.", "Elita"),
        ("According to Milashina, the detainees were held in a former barracks.", "Milashina"),
    ],
)
def test_she_is_the_one_the_sentence_before_opens_with(sentence, speaker):
    text = f"{HEADLINE}{sentence} “We just want to know where he is,” she told reporters.\n"
    assert [s for _, s in quoted(text)] == [speaker]


def test_a_kin_of_no_one_named_is_no_subject():
    # "Russia's mother" names no person: "she" is still the woman named before.
    text = (
        f"{HEADLINE}Tatyana Moskalkova visited Grozny. Russia's father of the nation was not "
        "there. “Nobody has complained,” she said.\n"
    )
    assert [s for _, s in quoted(text)] == ["Tatyana Moskalkova"]


def test_a_headline_word_does_not_join_the_name_opening_the_body():
    text = (
        "Chain\n\nPeskov was asked whether the Kremlin would look into it. "
        "“We cannot interfere,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == ["Peskov"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ruslan's parents learned about the raids.", "Ruslan's parents"),
        ("His parents learned about the raids from neighbours.", "His parents"),
        ("Police detained Ruslan in March. His family has not heard from him since.", "His family"),
    ],
)
def test_they_are_the_kin_who_open_the_sentence_before(sentence, speaker):
    text = f"{HEADLINE}{sentence} “We were afraid for him every day,” they said.\n"
    assert [s for _, s in quoted(text)] == [speaker]
