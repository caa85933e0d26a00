"""The attribution "— говорится в нём" or "в ней" after a sentence in which someone issued a
statement, an appeal or a video ("Кадыров выступил с заявлением"): the words are the issuer's,
as "— говорится в заявлении" already gave; with no document named before, no one is made up."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"


@pytest.mark.parametrize(
    ("sentence", "where", "speaker"),
    [
        ("Позже Кадыров выступил с заявлением.", "в нем", "Кадыров"),
        ("Позже Кадыров выступил с заявлением.", "в заявлении", "Кадыров"),
        ("Российская ЛГБТ-сеть опубликовала обращение к властям.", "в нём", "Russian LGBT Network"),
        # Nothing issued: no one.
        ("В Грозном прошел митинг.", "в нем", ""),
    ],
)
def test_the_statement_a_pronoun_means(sentence, where, speaker):
    text = f"{OPENING}{sentence} «Мы не позволим клеветать на наш народ», — говорится {where}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
