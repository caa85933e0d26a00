"""Russian speakers named with a kinship noun, whose kin they are, then their own name:
"вдова Бакаева Мадина Исаева" (the widow, named after her late husband in the genitive) is
Madina Isaeva, the widow of Bakaev her role; the owner in the genitive never speaks."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once

WORDS = "Его забрали ночью, и больше мы его не видели"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"«{WORDS}», — рассказала вдова Бакаева Мадина Исаева.",
            ("Мадина Исаева", "вдова Бакаева"),
        ),
        (f"«{WORDS}», — сказал отец Бакаева Ахмед Бакаев.", ("Ахмед Бакаев", "отец Бакаева")),
        (f"«{WORDS}», — рассказал брат Исаевой Магомед Исаев.", ("Магомед Исаев", "брат Исаевой")),
        (
            f"«{WORDS}», — рассказала мать Зелимхана Бакаева Айна Бакаева.",
            ("Айна Бакаева", "мать Зелимхана Бакаева"),
        ),
        (
            f"«{WORDS}», — рассказал брат Мадины Исаевой Магомед Исаев.",
            ("Магомед Исаев", "брат Мадины Исаевой"),
        ),
        # A first name alone after the owner (natasha tags it apart from the owner's name).
        (
            f"«{WORDS}», — сказала мать Зелимхана Бакаева Лейла.",
            ("Лейла", "мать Зелимхана Бакаева"),
        ),
        # … or as one name with the owner's ("Зелимхана Бакаева Айна"): two people.
        (
            f"«{WORDS}», — сказала мать Зелимхана Бакаева Айна.",
            ("Айна", "мать Зелимхана Бакаева"),
        ),
        (
            f"«{WORDS}», — рассказал брат убитого Ахмед Ахмедов.",
            ("Ахмед Ахмедов", "брат убитого"),
        ),
        (f"Вдова Бакаева Мадина Исаева рассказала: «{WORDS}».", ("Мадина Исаева", "Вдова Бакаева")),
        (
            f"Мать Зелимхана Бакаева Айна Бакаева рассказала: «{WORDS}».",
            ("Айна Бакаева", "Мать Зелимхана Бакаева"),
        ),
    ],
)
def test_a_name_in_the_nominative_after_a_kins_owner_is_the_speaker(text, expected):
    # The kinship noun and its owner in the genitive are the role; the last name is hers.
    assert attributed(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Apposition after the owner, both in the genitive: still the mother's words.
        (
            f"По словам матери Зелимхана Бакаева Айны Бакаевой, «{WORDS.lower()}».",
            ("Айна Бакаева", "матери Зелимхана Бакаева"),
        ),
        (
            f"«{WORDS}», — рассказала Айна Бакаева, мать Зелимхана Бакаева.",
            ("Айна Бакаева", "мать Зелимхана Бакаева"),
        ),
        (f"«{WORDS}», — рассказала мать Зелимхана Бакаева.", ("мать Зелимхана Бакаева", "")),
        (f"«{WORDS}», — сказал адвокат Магомед Исаев.", ("Магомед Исаев", "адвокат")),
        # A role's owner, then its holder, all in the genitive: the holder, in the nominative.
        (
            f"По словам пресс-секретаря Кадырова Альви Каримова, «{WORDS.lower()}».",
            ("Альви Каримов", "пресс-секретарь Кадырова"),
        ),
    ],
)
def test_names_already_read_apart_from_their_role_stay_so(text, expected):
    assert attributed(text) == [expected]
