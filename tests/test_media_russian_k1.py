"""Russian attributions from half K1 of blind set K: a quoted headline followed by "Как
Давид Истеев и ЛГБТ-сеть эвакуируют …" is the person it tells how of; natasha's "ЛГБТ-сеть"
tagged as a person is the body, never a speaker by name; and "Хеда Саратова (заявила, что
«…»)" is hers, not the sentence's first subject's."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE_QUOTE = "«Ей пришлось украсть телефон, это был последний шанс сбежать»"
BODY = "\n\n26 января в США состоялась премьера фильма.\n"


@pytest.mark.parametrize(
    "rest",
    [
        ". Как Давид Истеев и ЛГБТ-сеть эвакуируют геев из Чечни",
        ": Давид Истеев рассказал, как ЛГБТ-сеть эвакуирует геев",
        ". Давид Истеев — о том, как ЛГБТ-сеть эвакуирует геев",
    ],
)
def test_a_quoted_headline_is_the_person_it_tells_of(rest):
    assert [s for _, s in quoted(f"{HEADLINE_QUOTE}{rest}{BODY}")] == ["Давид Истеев"]


def test_how_with_no_one_named_names_no_one():
    text = f"{HEADLINE_QUOTE}. Как силовики преследуют геев в Чечне{BODY}"
    assert [s for _, s in quoted(text)] == [""]


def test_a_parenthesis_is_the_person_named_before_it():
    text = (
        "Новость\n\nПубликацию прокомментировали пресс-секретарь главы Чечни Альви Каримов (он "
        "сказал, что геев в Чечне нет) и член Совета по правам человека в Чечне Хеда Саратова "
        "(заявила, что «не стала бы даже реагировать на жалобы о задержаниях»).\n"
    )
    assert [s for _, s in quoted(text)] == ["Хеда Саратова"]
