"""A woman named by a first name that natasha reads as a man's genitive ("Амина" as "Амин"),
the subject of a verb in a woman's past ("Амина, 22-летняя жительница Грозного, бежала …"), is
a woman in the nominative to the register and to the memory alike, so a later "она" is her
however many sentences come between."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"
QUOTE = " «Брат сказал, что найдет меня», — рассказала она.\n"


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (
            "Амина, 22-летняя жительница Грозного, бежала в Москву в 2019 году. По ее словам, "
            "семья хотела ее убить.",
            "Амина",
        ),
        ("Амина бежала в Москву в 2019 году.", "Амина"),
    ],
)
def test_she_is_the_woman_named(sentences, speaker):
    assert [s for _, s in quoted(f"{OPENING}{sentences}{QUOTE}")] == [speaker]
