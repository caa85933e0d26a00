"""Two constructions from blind set I's English half: "the group said" after a quotation that
names a place in capitals ("held in “the Detention Center No 1 in Grozny”", in curly or
straight marks) is the body the article named, not the place inside someone's words; and
"The group said that … “…”, the Guardian reported" is the group's, the outlet only reporting
it, while "“…,” Novaya Gazeta reported." alone stays the outlet's own words."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Human Rights Watch published a report on Monday.\n\n"


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_body_inside_quoted_words_is_not_the_group(opening, closing):
    # Straight marks too (session 25, rewriting "said" in an article typed with them).
    text = (
        f"{OPENING}The men were held in {opening}the Detention Center No 1 in Grozny for ten "
        f"months{closing}. {opening}They were tortured every day,{closing} the group noted.\n"
    )
    assert [s for _, s in quoted(text)][-1] == "Human Rights Watch"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The group said that the men were held in “a former military base near Argun”, "
            "the Guardian reported.",
            "Human Rights Watch",
        ),
        (
            "“At least three men have been killed in the raids,” Novaya Gazeta reported.",
            "Novaya Gazeta",
        ),
        (
            # Session 26 (blind half L2): a few words a body "has said that", the outlet after.
            "Amnesty International has said that “conversations with the embassy have led it "
            "to believe that visas are out of reach,” BuzzFeed reported.",
            "Amnesty International",
        ),
    ],
)
def test_an_outlet_reporting_what_the_group_said(sentence, speaker):
    assert [s for _, s in quoted(f"{OPENING}{sentence}\n")] == [speaker]
