"""A body an article names before a document's words is whose they are ("Госдеп США внес
Рамзана Кадырова в «черный список». «…», — говорится в заявлении ведомства", or "на сайте
ведомства"): a person named in full, or the leader's family, is no alias of the government he
leads."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "«Госдепартамент располагает обширной достоверной информацией о нарушениях»"


@pytest.mark.parametrize(
    "document", ["в заявлении ведомства", "в сообщении организации", "на сайте ведомства"]
)
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


def test_a_page_of_a_named_body_is_still_that_body():
    text = f"{_QUOTE}, — говорится на сайте правозащитного центра «Мемориал».\n"
    assert speakers(text) == ["Memorial"]


def test_the_leaders_family_is_not_his_government():
    family = "Тот же запрет распространяется на жену главы Чечни Медни Кадырову."
    for document in ("в заявлении ведомства", "на сайте ведомства"):
        text = f"Госдеп США внес Рамзана Кадырова в «черный список». {family}\n\n"
        assert speakers(f"{text}{_QUOTE}, — говорится {document}.\n") == ["State Department"]
    # His press service is his government's.
    text = (
        "Госдеп США внес Рамзана Кадырова в «черный список». Об этом сообщили в пресс-службе "
        "главы Чечни.\n\n«Это провокация и ложь», — говорится в заявлении ведомства.\n"
    )
    assert speakers(text) == ["Chechen government"]


def test_the_same_document_again_is_its_owners_named_in_the_genitive():
    text = (
        "Госдепартамент США внес Рамзана Кадырова в «черный список».\n\n"
        "«Ведомство располагает обширной информацией», — говорится в заявлении Госдепартамента."
        "\n\nВ заявлении также отмечается, что установлены факты преследования «других граждан, "
        "которые вступали в конфликт с г-ном Кадыровым».\n"
    )
    assert speakers(text) == ["State Department", "State Department"]
    # A person's name standing for his government is still his own.
    assert speakers("«Это провокация и ложь», — говорится в сообщении Кадырова.\n") == ["Кадыров"]
