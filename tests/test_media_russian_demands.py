"""Words quoted from a demand or a charge are their maker's ("Российская ЛГБТ-сеть потребовала
возбудить дело «за преступления против человечности», сообщает The Guardian"), not the outlet's
that reports it; and a body's name keeps its capitals ("ЛГБТ-сеть", not "Лгбт-сеть")."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_CHARGE = "«за преступления против человечности»"


@pytest.mark.parametrize(
    ("sentence", "maker"),
    [
        (f"Российская ЛГБТ-сеть потребовала возбудить дело {_CHARGE}, сообщает The Guardian.",
         "Российская ЛГБТ-сеть"),
        (f"По данным The Guardian, правозащитники требуют возбудить дело {_CHARGE}.",
         "правозащитники"),
        ("Кадыров обвинил правозащитников в «провокации против чеченского народа».", "Кадыров"),
        ("Москалькова призвала власти «немедленно проверить все сообщения».", "Москалькова"),
    ],
)  # fmt: skip
def test_a_demand_or_charge_quotes_its_maker(sentence, maker):
    assert speakers(sentence + "\n") == [maker]


def test_a_body_that_speaks_keeps_its_capitals():
    text = "«Это преступления против человечности», — заявила Российская ЛГБТ-сеть.\n"
    assert speakers(text) == ["Российская ЛГБТ-сеть"]


def test_a_statement_filed_is_its_filers():
    text = (
        "Российская ЛГБТ-сеть подала заявление о возбуждении уголовного дела «за преступления "
        "против человечности». Об этом в воскресенье сообщила британская газета The Guardian.\n"
    )
    assert speakers(text) == ["Российская ЛГБТ-сеть"]


def test_a_demand_inside_a_press_release_is_the_releases():
    text = (
        "Amnesty International опубликовала обращение.\n\n"
        "Правозащитники требуют «осудить любые дискриминационные комментарии властей», "
        "говорится в пресс-релизе организации.\n"
    )
    assert speakers(text) == ["Amnesty International"]
