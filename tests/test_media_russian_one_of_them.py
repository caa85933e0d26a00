"""The sentence "Один из них, 25-летний житель Грозного, рассказал …" brings in someone unnamed
whom a later "он" means, labelled as a direct attribution labels him ("— рассказал один из них,
25-летний житель Грозного"); "один из них" with nothing after it that says who stays no one."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"
QUOTE = " «Они каждый день требовали новые имена», — сказал он.\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Один из них, 25-летний житель Грозного, рассказал, что его били каждый день.",
            "один из них, 25-летний житель Грозного",
        ),
        (
            "Один из них, житель Аргуна, рассказал, что его били каждый день.",
            "один из них, житель Аргуна",
        ),
        # Nothing says who: as before.
        ("Один из них рассказал, что его били каждый день.", ""),
    ],
)
def test_one_of_them_with_an_apposition(sentence, speaker):
    assert [s for _, s in quoted(f"{OPENING}{sentence}{QUOTE}")] == [speaker]
