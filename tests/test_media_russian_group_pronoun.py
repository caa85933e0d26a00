"""A Russian "они" after a group spoke is the group: "«…», — заявили эксперты ООН. «…», —
добавили они" is the experts again, not the United Nations the words "эксперты ООН" name; after
one person or once another body was named, "они" stays as it was. And "— отметил юрист" after
"адвокат X" is X, as "защитник" already was."""

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


def test_a_jurist_is_the_lawyer_named_before():
    text = (
        "Его адвокат Владимир Смирнов считает, что следствие бездействует. «Дело не сдвинулось "
        "за год», — отметил юрист.\n"
    )
    assert [s for _, s in quoted(text)] == ["Владимир Смирнов"]
