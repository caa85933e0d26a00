"""A Russian speaker called back by what they are ("— рассказывает молодой человек", "—
говорит 30-летняя женщина") after the paragraph named someone of that gender as a subject is
that person, as "the young man" is in English; someone of the other gender, or no one named,
leaves the description as it was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"


@pytest.mark.parametrize(
    ("sentence", "attribution", "speaker"),
    [
        (
            "Максим Лапунов, которого держали в Грозном 12 дней, обратился в СК.",
            "рассказывает молодой человек",
            "Максим Лапунов",
        ),
        ("Максим Лапунов обратился в СК.", "рассказывает 30-летний мужчина", "Максим Лапунов"),
        ("Халимат Тарамова уехала из Чечни.", "говорит молодая женщина", "Халимат Тарамова"),
        # The other gender, or no one named: the description.
        ("Халимат Тарамова уехала из Чечни.", "говорит мужчина", "мужчина"),
        ("Полиция провела рейд.", "рассказывает молодой человек", "молодой человек"),
    ],
)
def test_a_description_calls_back_the_one_named(sentence, attribution, speaker):
    text = f"{OPENING}{sentence} «Меня били палками каждый день», — {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
