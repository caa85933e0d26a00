"""Russian speakers named only by a kinship noun and whose kin they are: "сестры Бакаева"
are his sisters, a role-only speaker as "родственники Бакаева" is, plural kept; the surname in
the genitive is not a person who spoke, nor "Сестра Бакаев" one."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once

WORDS = "Его забрали ночью, и больше мы его не видели"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Сестры Бакаева рассказали: «{WORDS}».", "Сестры Бакаева"),
        (f"Сестры Бакаева рассказали, что «{WORDS.lower()}».", "Сестры Бакаева"),
        (f"«{WORDS}», — рассказали сестры Бакаева.", "сестры Бакаева"),
        (f"Братья Исаева рассказали: «{WORDS}».", "Братья Исаева"),
        (f"Сестры Зелимхана Бакаева рассказали: «{WORDS}».", "Сестры Зелимхана Бакаева"),
        (f"По словам сестер Бакаева, «{WORDS.lower()}».", "сёстры Бакаева"),
        (f"По словам сестры Бакаева, «{WORDS.lower()}».", "сестра Бакаева"),
        (f"Мать Бакаева рассказала: «{WORDS}».", "Мать Бакаева"),
    ],
)
def test_kin_named_by_whose_kin_they_are_speak_as_that_role(text, expected):
    # A role-only speaker (as "родственники Бакаева"), the plural kept; never Bakaev himself,
    # nor a person "Сестра Бакаев" natasha makes of a kinship noun opening a sentence.
    assert attributed(text) == [(expected, "")]
