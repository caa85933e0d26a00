"""Russian quotations told to an outlet named in capitals between the verb and the speaker:
"— заявила "МБХ медиа" представитель … Вероника Лапина". The parse gives the outlet back
recased ("Мбх медиа"); it is still the outlet told, and the person after it spoke."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

OPENING = "Полиция отказалась возбуждать дело.\n\n"
WORDS = "Полиция не хочет расследовать такие дела вообще"


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        (
            f'"{WORDS}", - заявила "МБХ медиа" представитель "Российской ЛГБТ-сети" '
            "Вероника Лапина.",
            "Вероника Лапина",
        ),
        (f"«{WORDS}», — сообщила «ДОЖДЬ» юрист Анна Смирнова.", "Анна Смирнова"),
        (f'"{WORDS}", - рассказал "РБК" адвокат Игорь Петров.', "Игорь Петров"),
    ],
)
def test_the_person_after_an_outlet_in_capitals_speaks(attribution, expected):
    assert speakers(OPENING + attribution) == [expected]


def test_an_outlet_in_capitals_alone_is_still_the_source():
    # Nobody named after it: the outlet stays the speaker, as before.
    assert speakers(OPENING + f'"{WORDS}", - заявила "МБХ медиа".') == ["МБХ медиа"]
