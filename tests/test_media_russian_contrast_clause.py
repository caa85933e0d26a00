"""Whom "он"/"она" goes on with after a sentence of two clauses "а" or "но" sets against each
other, each with its own subject: "Алханов промолчал, а Кадыров заявил …. «…», — сказал он".
The sentence ends on the second subject, and the pronoun goes on with it, in its gender."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Глава МВД Чечни Руслан Алханов промолчал, а Кадыров заявил журналистам, что "
            "наведет порядок. «Мы наведем порядок», — сказал он.",
            "Кадыров",
        ),
        (
            "Руслан Алханов отказался от комментариев, но Магомед Даудов позже рассказал о "
            "задержаниях. «Мы наведем порядок», — сказал он.",
            "Магомед Даудов",
        ),
        (
            "Омбудсмен Татьяна Москалькова промолчала, а Элла Памфилова заявила журналистам, "
            "что проверит сообщения. «Мы разберемся», — сказала она.",
            "Элла Памфилова",
        ),
        # The quotation in the sentence itself, after a colon: the clause's own subject.
        (
            "Глава МВД Чечни Руслан Алханов промолчал, а Кадыров заявил журналистам: "
            "«Мы наведем порядок», — сказал он.",
            "Кадыров",
        ),
    ],
)
def test_the_pronoun_goes_on_with_the_contrasted_clauses_subject(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The second subject is of the other gender: the pronoun's is the first clause's.
        (
            "Руслан Алханов промолчал, а Татьяна Москалькова заявила журналистам, что "
            "проверит сообщения. «Мы разберемся», — сказал он.",
            "Руслан Алханов",
        ),
        (
            "Татьяна Москалькова промолчала, а Руслан Алханов заявил журналистам, что "
            "проверит сообщения. «Мы разберемся», — сказала она.",
            "Татьяна Москалькова",
        ),
        # A clause the first one governs is not set against it.
        (
            "Пресс-секретарь Кадырова Альви Каримов заявил, что Кадыров ничего не знал. "
            "«Это ложь», — сказал он.",
            "Альви Каримов",
        ),
    ],
)
def test_gender_and_subordination_keep_the_first_subject(text, expected):
    assert speakers(text) == [expected]
