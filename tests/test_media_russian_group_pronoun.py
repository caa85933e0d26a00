"""A Russian "они" after a group spoke is the group: "«…», — заявили эксперты ООН. «…», —
добавили они" is the experts again, not the United Nations the words "эксперты ООН" name; after
one person or once another body was named, "они" stays as it was. A group that opens a sentence
as the subject of a speech or demand verb ("Эксперты ООН потребовали …") is "они" too. And "—
отметил юрист" after "адвокат X" is X, as "защитник" already was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "«Мы требуем расследования», — заявили эксперты ООН. «Власти должны прекратить "
            "преследования», — добавили они.",
            ["эксперты ООН", "эксперты ООН"],
        ),
        (
            "«Мы требуем расследования», — заявили правозащитники. «Власти должны прекратить "
            "преследования», — добавили они.",
            ["правозащитники", "правозащитники"],
        ),
        # Another body named since: "они" is that body.
        (
            "«Мы требуем расследования», — заявили эксперты ООН. В Human Rights Watch тоже "
            "потребовали расследования. «Власти должны прекратить преследования», — добавили они.",
            ["эксперты ООН", "Human Rights Watch"],
        ),
        # One person is not "они".
        (
            "«Мы требуем расследования», — заявил Игорь Кочетков. «Власти должны прекратить "
            "преследования», — добавили они.",
            ["Игорь Кочетков", ""],
        ),
    ],
)
def test_they_after_a_group_spoke(text, speakers):
    assert [s for _, s in quoted(text + "\n")] == speakers


QUOTE_THEY_ADDED = " «Власти должны прекратить преследования», — добавили они.\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Эксперты ООН потребовали от России расследовать сообщения.", "эксперты ООН"),
        # A body the group's own sentence names is whom it addressed.
        ("Правозащитники потребовали от МВД расследовать сообщения.", "правозащитники"),
        # A body a later sentence names is "они", as before.
        (
            "Эксперты ООН потребовали от России расследовать сообщения. В Human Rights Watch "
            "тоже потребовали расследования.",
            "Human Rights Watch",
        ),
        # Who did not speak, and a group inside someone's sentence, are not "они".
        ("Силовики задержали мужчин в Грозном.", ""),
        ("Игорь Кочетков заявил, что эксперты ООН потребовали расследования.", "United Nations"),
    ],
)
def test_they_after_a_group_opened_a_sentence(sentence, speaker):
    assert [s for _, s in quoted(sentence + QUOTE_THEY_ADDED)] == [speaker]


def test_a_jurist_is_the_lawyer_named_before():
    text = (
        "Его адвокат Владимир Смирнов считает, что следствие бездействует. «Дело не сдвинулось "
        "за год», — отметил юрист.\n"
    )
    assert [s for _, s in quoted(text)] == ["Владимир Смирнов"]
