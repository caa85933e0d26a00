"""One person called back by a definite description goes on speaking, from the blind sample
(blind5): "The spokesperson said that … . “…”", also after another clause ("…, and the
spokesperson said"), after "relayed", and when the quotation ends its paragraph with a question.
Each has the sentence as seen, variants of the same grammar and controls that must not change.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_TITLE = "Gay men held in Chechnya\n\n"


@pytest.mark.parametrize(
    "paragraph,speaker",
    [
        (
            "The Russian government is not providing any support to the organization, and the "
            "spokesperson said that the organization is advocating for an investigation of the "
            "detention sites. “And at some point, [Russian officials] weren’t able to be silent "
            "anymore. It’s actually a horrible thing for them, like monsters?”",
            "the spokesperson",
        ),
        (
            "The woman also relayed what some of the men they have saved revealed about the "
            "camps. “They're telling us that they are beaten. Sometimes some people are beaten "
            "to death.”",
            "The woman",
        ),
        (
            "The lawyer said that the case had been closed. “Nobody was ever questioned about "
            "the torture.”",
            "The lawyer",
        ),
        (
            "Police searched the flat, but the activist says the men were never found. “We "
            "have no idea where they are now.”",
            "the activist",
        ),
        # The question closing its paragraph no longer hides a named speaker either.
        (
            "Igor Kochetkov said that the network wants an inquiry. “At some point they started "
            "to do something. How do they look, like monsters?”",
            "Igor Kochetkov",
        ),
    ],
)
def test_one_person_described_goes_on_speaking(paragraph: str, speaker: str) -> None:
    assert [s for _t, s in quoted(_TITLE + paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Controls: a group of people, and a question someone else answers, stay unnamed.
        "The investigators said that the case had been closed. “Nobody was ever questioned.”",
        "The newspaper said that the case had been closed. “Who will answer for this?”",
    ],
)
def test_no_one_described_as_one_person_stays_unnamed(paragraph: str) -> None:
    assert [s for _t, s in quoted(_TITLE + paragraph)] == [""]
