"""A legislature's "спикер" is its chairman: "спикер парламента Чечни Магомед Даудов" is the
"председатель парламента" who writes later, and "председатель Госдумы" the "спикер Думы"; a
ministry's "спикер" is its press secretary, never a parliament's chairman. A "парламентарий"
is the deputy the article named."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("introduced", "later", "name"),
    [
        (
            "Спикер парламента Чечни Магомед Даудов",
            "написал председатель парламента",
            "Магомед Даудов",
        ),
        ("Председатель Госдумы Вячеслав Володин", "сказал спикер Думы", "Вячеслав Володин"),
        (
            "Председатель Народного собрания Ингушетии Зялимхан Евлоев",
            "сказал спикер собрания",
            "Зялимхан Евлоев",
        ),
    ],
)
def test_the_chairman_is_the_speaker_of_the_same_legislature(introduced, later, name):
    text = f"{introduced} ответил на обвинения.\n\n«Это провокация и ложь», — {later}.\n"
    assert speakers(text) == [name]


def test_a_ministry_spokeswoman_is_no_parliament_chairman():
    text = (
        "Спикер МИД Мария Захарова прокомментировала доклад.\n\n"
        "«Это заказная кампания», — сказала председатель парламента.\n"
    )
    assert speakers(text) == ["председатель парламента"]


@pytest.mark.parametrize(
    "introduced",
    ["Депутат Госдумы Виталий Милонов заявил, что", "Милонов снова заявил, что"],
)
def test_the_parliamentarian_is_the_deputy_named_before(introduced):
    text = (
        f"{introduced} сообщения выдуманы.\n\n"
        "«Это фейк, созданный для дискредитации Чечни», — написал парламентарий.\n"
    )
    assert speakers(text) in (["Виталий Милонов"], ["Милонов"])


@pytest.mark.parametrize(
    ("introduced", "later", "name"),
    [
        ("Госсекретарь США Рекс Тиллерсон", "сказал госсекретарь", "Рекс Тиллерсон"),
        ("Премьер-министр Великобритании Тереза Мэй", "заявила премьер-министр", "Тереза Мэй"),
        ("Канцлер Германии Ангела Меркель", "отметила канцлер Германии", "Ангела Меркель"),
    ],
)
def test_a_head_of_government_named_before_is_the_role_later(introduced, later, name):
    text = f"{introduced} прокомментировал ситуацию.\n\n«Мы следим за Чечнёй», — {later}.\n"
    assert speakers(text) == [name]
