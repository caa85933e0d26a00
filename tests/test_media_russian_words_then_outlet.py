"""Russian attributions from constructed probes in the styles of small outlets: "— приводит
слова матери «Кавказский узел»" names whose words they are first and the outlet quoting them
after, as "— приводит «Интерфакс» слова Кадырова" named them the other way round."""

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
