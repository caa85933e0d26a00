"""Words after a quotation that go on with the narrator's sentence rather than name who spoke
(blind halves L2 and M2, read for rules from session 26): a noun phrase before ", saying"
("…!” speech at a meeting …, saying that …") is no speaker, and a verb that opens the words
("…”, has stopped, but its effects continue, underlines the adopted text") leaves the speech
verb after it to name who follows it."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


def test_a_phrase_before_a_participle_is_no_speaker():
    text = (
        "Why is Novaya Gazeta doing this now?\n\n"
        "Kadyrov made his latest “no human rights activists!” speech at a meeting with Chechen "
        "law enforcement agencies on August 22, saying that Oyub Titiev would be the last. "
        "Kadyrov even compared human rights activists to “terrorists and extremists,” saying "
        "they “interfere with Chechen life.”\n"
    )
    assert {s for _, s in quoted(text)} == {"Kadyrov"}


def test_an_inverted_verb_names_who_follows_it():
    text = (
        "The Assembly adopted a resolution today.\n\n"
        "This campaign of persecution, characterized by “systematic and widespread "
        "discrimination and violence against LGBTI persons”, has stopped, but its effects "
        "continue, underlines the adopted text.\n"
    )
    assert [s for _, s in quoted(text)] == ["the adopted text"]
