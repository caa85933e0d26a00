"""A paragraph that ends "Об этом говорится в докладе Human Rights Watch" reports a document,
and the next paragraph goes on reporting it: a quotation there with no source of its own is the
document owner's. Not two paragraphs on, and not where its own sentence names a speaker."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

REPORTED = (
    "Задержанных держат в секретной тюрьме. Об этом говорится в докладе Human Rights Watch, "
    "опубликованном в среду.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (REPORTED + "Их держали «в бывших казармах полка».", "Human Rights Watch"),
        (
            "Страны ОБСЕ запустили механизм. Об этом говорится в комментарии МИД РФ, размещенном "
            "на сайте ведомства.\n\nМеханизмы следят за ситуацией «к востоку от Вены».",
            "МИД РФ",
        ),
        (REPORTED + "Власти это отрицают.\n\nИх держали «в бывших казармах полка».", ""),
        (
            REPORTED + "Адвокат Иван Петров сказал, что их держали «в бывших казармах полка».",
            "Иван Петров",
        ),
    ],
)
def test_the_document_reported_goes_on(text, speaker):
    assert [s for _, s in quoted(text + "\n")] == [speaker]
