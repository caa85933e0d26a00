"""Russian aides' roles ("помощник", "советник") hold a name after their verb as any role does:
"…, сообщил помощник главы Чечни Рамзана Кадырова Альви Каримов" makes Karimov the subject,
and a later "— написал помощник Кадырова" is his."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("помощник", "Альви Каримов"),
        ("советник", "Альви Каримов"),
        ("помощник", "Ислам Дудаев"),
    ],
)
def test_the_aide_named_after_the_verb_speaks_for_his_role_later(role, name):
    text = (
        f"Задержания опровергают, сообщил {role} главы Чечни Рамзана Кадырова {name}.\n\n"
        f"«Никого не задерживали», — написал {role} Кадырова в Telegram.\n"
    )
    assert speakers(text) == [name]


def test_an_aide_named_for_no_one_stays_a_role():
    assert speakers("Помощник адвоката рассказал: «Никого не задерживали».") == [
        "Помощник адвоката"
    ]
