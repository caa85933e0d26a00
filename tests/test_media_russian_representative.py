"""A role held for someone named in the genitive ("Пресс-секретарь главы Чечни Рамзана
Кадырова опроверг …") is the subject a later "он" means, not the person it is held for; a
"представитель" of a head is never that head."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_DENIAL = "опроверг информацию о преследовании геев."


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        (
            "Пресс-секретарь главы Чечни Рамзана Кадырова",
            "пресс-секретарь главы Чечни Рамзана Кадырова",
        ),
        (
            "Официальный представитель главы Чечни Рамзана Кадырова",
            "официальный представитель главы Чечни Рамзана Кадырова",
        ),
    ],
)
@pytest.mark.parametrize(
    "quoted",
    [
        "«Это абсолютная ложь и дезинформация», — сказал он.",
        "Подобные сообщения он назвал «попыткой очернить Чеченскую Республику».",
    ],
)
def test_he_is_the_one_who_holds_the_role(subject, label, quoted):
    assert speakers(f"{subject} {_DENIAL} {quoted}\n") == [label]


def test_the_head_named_is_no_representative_of_himself():
    text = (
        "Глава Чечни Рамзан Кадыров прокомментировал доклад. "
        "«Это абсолютная ложь», — сказал представитель главы Чечни.\n"
    )
    assert speakers(text) == ["представитель главы Чечни"]


def test_a_holder_named_in_the_nominative_still_speaks():
    text = f"Глава МВД Чечни Руслан Алханов {_DENIAL} «Это абсолютная ложь», — сказал он.\n"
    assert speakers(text) == ["Руслан Алханов"]
