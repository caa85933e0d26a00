"""English speakers the sentence's parse alone does not find (issue 16, third parse round).

Constructed articles, several variants per mechanism: a description too long to be a label,
cut to its noun and the place or body it is of; "the ministry" for the body the article named
in capitals before, and "it" too where no listed body comes before; a paragraph that is
nothing but a quotation after a paragraph that ends by reporting what a named person said; a
quotation said to a passive listener by no one named ("they were told: “…”"), which the one
who reports it did not say; "X quoted Y as saying"; a name apposed to a role in a body ("the
OSCE rapporteur, Wolfgang Benedek,"); an answer after a question, the interviewee's.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _speakers(text: str) -> list[str]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [q.speaker for q in extract(article).quotes if len(q.text.split()) > 3]


CASES = {
    # A description of more than five words: its noun and the place or body it is of.
    "long-authorities-of-a-place": (
        "Authorities in Russia’s North Caucasus region of Chechnya are claiming that a woman "
        "was taken by police “to prevent her abduction by local human rights activists and to "
        "protect her family.”\n",
        ["Authorities in Chechnya"],
    ),
    "long-officials-at-a-body": (
        "Officials at the Interior Ministry of the Chechen Republic in the city of Grozny "
        "said: “There were no detentions of any kind in the republic last month.”\n",
        ["Officials at the Interior Ministry"],
    ),
    "long-defenders-in-a-region": (
        "“She had been staying at the shelter with her girlfriend for several weeks,” human "
        "rights defenders in the neighbouring region of Dagestan told RFE/RL.\n",
        ["human rights defenders in Dagestan"],
    ),
    # A name given in apposition is the speaker, however long the description.
    "long-description-with-a-name": (
        "“I can confirm that two gay men were killed while being tortured,” the head of the "
        "St. Petersburg-based LGBT Network, Igor Kochetkov, told The Moscow Times.\n",
        ["Igor Kochetkov"],
    ),
    # "the ministry", "the committee": the body of that kind the article named in capitals.
    "the-ministry": (
        "The Chechen Interior Ministry denied the reports on Tuesday. “No one has been "
        "detained on such grounds in the republic,” the ministry said.\n",
        ["Chechen Interior Ministry"],
    ),
    "the-committee-next-paragraph": (
        "The Investigative Committee of Russia opened no case.\n\n"
        "“The check found no evidence of any crime having been committed,” the committee said "
        "in a statement.\n",
        ["Investigative Committee"],
    ),
    "the-network-after-a-person": (
        "Igor Kochetkov heads the Russian LGBT Network in St. Petersburg. “We have evacuated "
        "more than a hundred people from the region since April,” the network said.\n",
        ["Russian LGBT Network"],
    ),
    # "they were told: “…”": said to someone by no one named, whoever reports it.
    "told-passive-in-a-statement": (
        "Memorial said that while being beaten, they were told: “You have been warned. Get out "
        "of here and don't write anything.”\n",
        [""],
    ),
    "told-passive-after-the-quotation": (
        "“Nobody will ever find you here, so forget about your families,” the detainees were "
        "told, Amnesty International said.\n",
        [""],
    ),
    "warned-passive-in-reported-speech": (
        "Lapunov said he was warned: “You will never see your family again if you speak to "
        "journalists about this.”\n",
        [""],
    ),
    "told-passive-with-an-agent": (
        "He was told by the investigator: “Why did you come back to Chechnya after all this "
        "time?”\n",
        ["the investigator"],
    ),
    "told-active-a-listener": (
        "Kadyrov told reporters in Grozny: “There are no such people in Chechnya, and there "
        "never have been.”\n",
        ["Kadyrov"],
    ),
    # "it said": the body the article named last, in the gazetteers or in capitals.
    "it-a-ministry-in-capitals": (
        "The Russian Foreign Ministry issued a statement on Friday. “The accusations are "
        "unfounded and politically motivated,” it said.\n",
        ["Russian Foreign Ministry"],
    ),
    "it-a-council-in-capitals": (
        "The Chechen Human Rights Council reviewed the complaint in May. “No evidence of a "
        "crime was found during the check,” it said in a statement.\n",
        ["Chechen Human Rights Council"],
    ),
    "it-a-listed-body-first": (
        "The Kremlin said it had no information. “We have not received any reports of such "
        "detentions,” it added.\n",
        ["Kremlin"],
    ),
    # "X quoted (cited, reported) Y as saying": Y speaks, not the outlet that quoted it.
    "quoted-as-saying-a-description": (
        "Novaya Gazeta quoted a police officer as saying: “We were ordered to detain everyone "
        "on the list without exception.”\n",
        ["police officer"],
    ),
    "quoted-as-saying-a-source": (
        "Interfax quoted a source in the Chechen police as saying that “the men were released "
        "after questioning and sent home.”\n",
        ["a source in the Chechen police"],
    ),
    "quoted-as-saying-a-name": (
        "“There are no gays in Chechnya and there never have been,” the newspaper quoted Ramzan "
        "Kadyrov as saying.\n",
        ["Ramzan Kadyrov"],
    ),
    "reported-as-saying": (
        "Interfax reported Kadyrov as saying that “there are no such people in Chechnya at all.”\n",
        ["Kadyrov"],
    ),
    "cited-as-saying": (
        "The agency cited a police source as saying: “All the detained men were released the "
        "next day.”\n",
        ["a police source"],
    ),
    # A name apposed to a role of a body: the name, however the body's name reads.
    "apposed-name-to-a-body-role": (
        "“There can hardly be any doubt that the allegations are credible,” the OSCE "
        "rapporteur, Wolfgang Benedek, wrote in the report.\n",
        ["Wolfgang Benedek"],
    ),
    "apposed-name-to-an-ngo-role": (
        "The Memorial director, Oleg Orlov, said: “Nobody in Chechnya can feel safe while these "
        "people remain in power.”\n",
        ["Oleg Orlov"],
    ),
    # A paragraph of quotation after one that ends by reporting a named person's words.
    "paragraph-after-name-of-a-body": (
        "Tanya Lokshina of Human Rights Watch said the authorities must act at once.\n\n"
        "“This is a disgrace, and the Kremlin cannot pretend it does not know about it.”\n",
        ["Tanya Lokshina"],
    ),
    "paragraph-after-name-and-role": (
        "Tanya Lokshina, a researcher at Human Rights Watch, said the authorities must act.\n\n"
        "“This is a disgrace, and the Kremlin cannot pretend it does not know about it.”\n",
        ["Tanya Lokshina"],
    ),
    "paragraph-after-said-name": (
        "The authorities must act at once, said Marie Struthers of Amnesty International.\n\n"
        "“The charges are politically motivated and the trial is a travesty of justice.”\n",
        ["Marie Struthers"],
    ),
    # An interview: the answer in quotation marks after a question is the interviewee's.
    "interview-spoke-to": (
        "Meduza spoke to Igor Kalyapin, the head of the Committee Against Torture.\n\n"
        "What will the new evidence change?\n\n"
        "“Nothing will change until the federal authorities decide to investigate.”\n",
        ["Igor Kalyapin"],
    ),
    "interview-with": (
        "This is an edited version of our interview with Tanya Lokshina.\n\n"
        "Is anyone still detained in Grozny?\n\n"
        "“We know of at least three men who are still held there without charge.”\n",
        ["Tanya Lokshina"],
    ),
    "interview-with-an-outlet": (
        "Kalyapin gave an interview to the BBC in May; in an interview with Novaya Gazeta he "
        "was more cautious.\n\n"
        "What will the new evidence change?\n\n"
        "“Nothing will change until the federal authorities decide to investigate.”\n",
        [""],
    ),
    # Not when the paragraph before reports no speech, or two people it could be.
    "paragraph-after-no-speech": (
        "Tanya Lokshina of Human Rights Watch visited Grozny in May.\n\n"
        "“This is a disgrace, and the Kremlin cannot pretend it does not know about it.”\n",
        [""],
    ),
    "paragraph-after-two-people": (
        "Tanya Lokshina and Igor Kochetkov said the authorities had been warned twice.\n\n"
        "“This is a disgrace, and the Kremlin cannot pretend it does not know about it.”\n",
        [""],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speaker(name: str) -> None:
    text, expected = CASES[name]
    assert _speakers(text) == expected
