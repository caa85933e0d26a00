"""A role with no name opening a sentence, held for a body or in a place ("A spokesman for the
Chechen interior ministry denied the reports."), is whom a later "he" means, named with what it
is held for, as a direct attribution names it; a bare role with nothing named after it who
spoke ("The spokesman for the ministry denied …") is named by its description, unless someone
named speaks after it ("The head of the family said nothing. Igor Kochetkov spoke next.")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A spokesman for the Chechen interior ministry denied the reports.",
            "spokesman for the Chechen interior ministry",
        ),
        ("An official in Grozny denied the reports.", "official in Grozny"),
        (
            "A spokesperson for the Russian LGBT Network told the BBC that it went on.",
            "spokesperson for the Russian LGBT Network",
        ),
        # Nothing named after the role: the one the sentence described who spoke (so since
        # the thirtieth session's probes; "“…,” he said" named no one before).
        ("The spokesman for the ministry denied the reports.", "spokesman for the ministry"),
        ("The head of the family said nothing. Igor Kochetkov spoke next.", "Igor Kochetkov"),
    ],
)
def test_he_after_a_role_held_for_a_body(sentence, speaker):
    text = f"{OPENING}{sentence} “These are lies and nothing else,” he said.\n"
    assert [s for _, s in quoted(text)] == [speaker]


def test_the_direct_attribution_names_it_the_same():
    text = f"{OPENING}“These are lies,” a spokesman for the Chechen interior ministry said.\n"
    assert [s for _, s in quoted(text)] == ["a spokesman for the Chechen interior ministry"]
