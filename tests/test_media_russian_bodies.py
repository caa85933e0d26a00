"""A body an article names before a document's words is whose they are ("Госдеп США внес
Рамзана Кадырова в «черный список». «…», — говорится в заявлении ведомства"): a person named
in full is no alias of the government he leads."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "«Госдепартамент располагает обширной достоверной информацией о нарушениях»"


@pytest.mark.parametrize("document", ["в заявлении ведомства", "в сообщении организации"])
def test_a_person_named_in_full_is_not_the_body_that_speaks(document):
    text = (
        f"Госдеп США внес Рамзана Кадырова в «черный список». {_QUOTE}, — говорится {document}.\n"
    )
    assert speakers(text) == ["State Department"]


def test_kadyrov_standing_for_his_government_still_does():
    text = (
        "Власти Кадырова опровергли сообщения. «Это провокация и ложь», — говорится в "
        "заявлении ведомства.\n"
    )
    assert speakers(text) == ["Власти Кадырова"]


def test_a_resolution_is_the_body_that_adopted_it():
    text = (
        "Европарламент на пленарной сессии в Страсбурге принял резолюцию о Чечне.\n\n"
        "«Европарламент призывает Еврокомиссию оказать поддержку в этом расследовании», — "
        "говорится в резолюции.\n"
    )
    assert speakers(text) == ["European Parliament"]


def test_pace_is_a_body_whose_resolution_speaks():
    text = "«Похищения в Чечне — новый вызов Совету Европы», — говорится в резолюции ПАСЕ.\n"
    assert speakers(text) == ["PACE"]
