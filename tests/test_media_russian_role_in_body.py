"""A Russian role held in a body, opening a sentence with no name ("Представитель МВД Чечни
отверг эти сообщения. «…», — сказал он"), is whom a later "он"/"она" means, as a role held for a
named person is; the role ends before an aside ("Сотрудник полиции Грозного, пожелавший остаться
анонимным, …") and keeps an abbreviation whole ("МВД"). A bare noun ("Журналист позвонил
Руслану Алханову") and a holder the sentence names are read as before."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"


@pytest.mark.parametrize(
    ("sentence", "attribution", "speaker"),
    [
        ("Представитель МВД Чечни отверг эти сообщения.", "сказал он", "представитель МВД Чечни"),
        (
            "Сотрудник полиции Грозного, пожелавший остаться анонимным, подтвердил задержания.",
            "сказал он",
            "сотрудник полиции Грозного",
        ),
        (
            "Сотрудница прокуратуры Чечни подтвердила задержания.",
            "сказала она",
            "сотрудница прокуратуры Чечни",
        ),
        # A named holder, as before.
        (
            "Представитель МВД Чечни Ахмед Дудаев отверг эти сообщения.",
            "сказал он",
            "Ахмед Дудаев",
        ),
        # A bare noun: the one called may answer, as before.
        ("Журналист позвонил Руслану Алханову.", "сказал он", "Руслан Алханов"),
    ],
)
def test_he_after_a_role_held_in_a_body(sentence, attribution, speaker):
    text = f"{OPENING}{sentence} «Это ложь от первого до последнего слова», — {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
