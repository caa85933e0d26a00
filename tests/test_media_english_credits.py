"""English credits from half M1 of blind set M (large outlets): "Tanya said …" after "Human
Rights Watch's Tanya Lokshina" is Tanya Lokshina, a first name the article gave a surname; and
a pull quote credited after a spaced hyphen ("“…” - Kimahli Powell, executive director of
Rainbow Railroad") is his, as after a dash."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Chechnya\n\n"


def test_a_first_name_the_article_gave_a_surname():
    text = (
        f"{HEADLINE}Hack spoke with Human Rights Watch’s Tanya Lokshina in Moscow.\n\n"
        "Tanya said the victims were beaten. “They are desperately frightened,” she said.\n"
    )
    assert [s for _, s in quoted(text)] == ["Tanya Lokshina"]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_pull_quote_credited_after_a_dash(dash):
    text = (
        f"{HEADLINE}“It is important that our community knows that they are safe” {dash} "
        "Kimahli Powell, executive director of Rainbow Railroad\n\nThe decision may be seen as "
        "controversial.\n"
    )
    assert [s for _, s in quoted(text)] == ["Kimahli Powell"]
