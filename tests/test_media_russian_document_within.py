"""A document someone tells about is what speaks the words quoted from it ("По ее словам, в
ответе СК говорится, что … «…»"): the words are the document's owner's, not the teller's,
whose own words ("По словам Москальковой, «…»") stay hers."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_TOLD = (
    "Уполномоченный по правам человека Татьяна Москалькова заявила о получении ответа от "
    "Следственного комитета.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("По ее словам, в полученном ответе СК говорится, что", "СК"),
        ("По словам Москальковой, в докладе Human Rights Watch сказано, что", "Human Rights Watch"),
    ],
)
def test_the_document_told_about_speaks_its_words(sentence, owner):
    text = f"{_TOLD}{sentence} у следствия отсутствуют «конкретные данные по этим гражданам».\n"
    assert speakers(text) == [owner]


def test_the_tellers_own_words_stay_hers():
    text = f"{_TOLD}По словам Москальковой, «проверка на этом не считается законченной».\n"
    assert speakers(text) == ["Татьяна Москалькова"]
    # A reply whose sender the article does not name: the teller still.
    text = (
        "Москалькова получила ответ из прокуратуры.\n\nПо ее словам, в ответе говорится, что у "
        "следствия отсутствуют «конкретные данные по этим гражданам».\n"
    )
    assert speakers(text) == ["Москалькова"]
