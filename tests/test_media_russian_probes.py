"""Russian figures and attributions in the usual shapes of agency copy that the extractor got
wrong (issue 16, probes of the thirtieth session): constructed sentences, one mechanism each."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "sentence",
    [
        "Как сообщил Кочетков, сеть получила 82 жалобы от жителей Чечни.",
        "Уполномоченный получил 82 жалобы от жителей Чечни.",
        "С начала года получено 82 жалобы от жителей Чечни.",
    ],
)
def test_complaints_received_from_residents_count_complaints(sentence):
    # "сеть получила 82 жалобы от жителей Чечни" counted the residents, and "получила" was
    # no word for receiving (only "получили" was).
    assert counts(f"Заголовок\n\n{sentence}\n") == {(82, "", "complaints received")}


def test_the_journalist_is_the_woman_just_named():
    # "— рассказала журналистка" after "Елена Милашина сообщила …" kept the bare noun: the
    # article never called her a journalist.
    text = (
        "Заголовок\n\n"
        "Елена Милашина сообщила, что получает угрозы. «Мне угрожают каждый день», — "
        "рассказала журналистка.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Елена Милашина"]


@pytest.mark.parametrize("cleanup", ["зачистки", "«зачистки»"])
def test_men_and_women_are_people(cleanup):
    # "порядка 40 мужчин и женщин" counted men: "и" was not read as English "and" is, by the
    # word windows nor by the parse.
    text = f"Заголовок\n\nВ результате {cleanup} были задержаны порядка 40 мужчин и женщин.\n"
    assert counts(text) == {(40, "about", "people detained")}
