"""Russian attributions from constructed probes in the styles of small outlets: "— приводит
слова матери «Кавказский узел»" names whose words they are first and the outlet quoting them
after, as "— приводит «Интерфакс» слова Кадырова" named them the other way round; and "Как
рассказала Радио Свобода мать …" is the mother's, the outlet told no part of her."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Заголовок\n\n"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("приводит слова Рамзана Кадырова «Интерфакс»", "Рамзан Кадыров"),
        ("приводит слова матери «Кавказский узел»", "мать"),
        ("приводит «Интерфакс» слова Рамзана Кадырова", "Рамзан Кадыров"),
    ],
)
def test_whose_words_an_outlet_quotes(attribution, speaker):
    text = f"{HEADLINE}«Мой сын жив, я это знаю», — {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]


def test_the_outlet_told_after_kak():
    text = (
        f"{HEADLINE}Как рассказала Радио Свобода мать одного из пропавших, «его забрали ночью, "
        "и больше мы его не видели».\n"
    )
    assert [s for _, s in quoted(text)] == ["мать одного из пропавших"]
