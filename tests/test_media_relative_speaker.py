"""Someone who writes for a paper is not speaking, and "X, which …" gives X's words: "Elena
Milashina writes for Novaya Gazeta, which called it “…”" is the paper's, not a speaker named
"Elena Milashina writes for Novaya Gazeta"."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Elena Milashina works with Memorial, which describes itself as “the oldest human "
            "rights group in Russia”.",
            "Memorial",
        ),
        (
            "Igor Kochetkov heads the Russian LGBT Network, which said the men were “held in a "
            "secret prison”.",
            "Russian LGBT Network",
        ),
        (
            "Elena Milashina writes for Novaya Gazeta, which first reported the purge and said "
            "the men were “held in a secret prison”.",
            "Novaya Gazeta",
        ),
        # The relative clause's own subject speaks; the sentence's subject is who it is about.
        (
            "Tanya Lokshina, who also said the men were “tortured with electric shocks”, works "
            "for Human Rights Watch.",
            "Tanya Lokshina",
        ),
        (
            "Elena Milashina writes for Novaya Gazeta, where she described the prison as “a place "
            "where men were tortured daily”.",
            "Elena Milashina",
        ),
    ],
)
def test_the_relative_clause_names_who_speaks(sentence, speaker):
    assert [s for _, s in quoted(sentence + "\n")] == [speaker]
