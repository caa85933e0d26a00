"""Rules from half C2 of blind set C (docs/benchmarks.md), read after its blind measurement:
general constructions its misses showed, in constructed sentences, with near misses.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts, speakers

pytestmark = pytest.mark.once


def test_a_place_is_not_whom_she_means():
    text = (
        "Merkel in Sochi\n\nDuring a press conference with Putin in Sochi on the Black Sea "
        "coast, Merkel said she had received “negative reports on the way homosexuals are dealt "
        "with”.\n\n“I asked President Putin to use his influence to guarantee the rights of "
        "minorities,” she added."
    )
    assert speakers(text) == ["Merkel", "Merkel"]


@pytest.mark.parametrize(
    ("introduced", "expected"),
    [
        # "Один из активистов, Никита Сафронов," names him: "он" is Safronov.
        ("Один из активистов, Никита Сафронов, рассказал о протоколах.", "Никита Сафронов"),
        # Control: one of them, unnamed, is still whom "он" means.
        ("К ней обратился один из активистов.", "один из активистов"),
    ],
)
def test_one_of_a_group_named_in_apposition_is_that_person(introduced, expected):
    text = f"Задержания\n\n{introduced}\n\n«Нас отпускают под подписку», — сказал он."
    assert attributed(text)[-1][0] == expected


def test_the_outlet_told_inside_a_split_quotation_is_not_the_speaker():
    text = (
        "Смерть\n\n«В воскресенье еще она выходила на связь, – рассказала Радио Свобода "
        "знакомая девушки. – Дома был только старший брат»."
    )
    assert speakers(text) == ["знакомая девушки", "знакомая девушки"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Requests counted by those they came from.
        (
            "Сеть сообщает, что получены обращения от 80 человек.",
            {(80, "", "people asked for help")},
        ),
        ("В сеть поступили обращения от 50 человек.", {(50, "", "people asked for help")}),
        # Help being given, in either aspect, is an evacuation, as help given was.
        ("Сейчас 42 оказывается помощь.", {(42, "", "people evacuated")}),
        ("Сеть оказывает помощь 42 людям.", {(42, "", "people evacuated")}),
        # Control.
        ("Помощь оказана 35 из них.", {(35, "", "people evacuated")}),
    ],
)
def test_counts(text, expected):
    assert counts("Сеть\n\n" + text) == expected
