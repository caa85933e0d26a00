"""English speakers from the article's structure (issue 16, fourth English speakers round).

Constructed articles, several variants per mechanism: people coordinated as one subject speak
together ("Bula and Zelim said"), and "they" is the group a clause last put as its subject, not
the organisation named before it; the one name a witness goes by ("who asked to be called
Adam") and the noun that introduced them ("the survivor"); a quotation opening a sentence after
one that ends "…, X said."; a paragraph of quotation whose speaker was quoted or reported one
or two paragraphs back, with nobody else named since; a document ("the document", "the
statement on the group's Facebook page") is whoever issued it; a headline or heading that
repeats words someone is quoted saying is theirs; labels that are no speaker ("who engaged
in and", the sentence before glued on).
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _speakers(text: str) -> list[str]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [q.speaker for q in extract(article).quotes if len(q.text.split()) >= 3]


CASES = {
    # People coordinated as one subject speak together; "they" after them is them.
    "joint-pseudonyms": (
        "Two gay Chechens now living in Western Europe spoke to Human Rights Watch.\n\n"
        "“We received text messages from people we met only once in Grozny,” Bula and Zelim "
        "(not their real names) said.\n\n"
        "“If not the government, then our families are expected to kill us,” they added.\n",
        ["Bula and Zelim", "Bula and Zelim"],
    ),
    "joint-full-names": (
        "“The authorities must release everyone detained in the republic,” Tanya Lokshina and "
        "Igor Kochetkov said on Monday.\n",
        ["Tanya Lokshina and Igor Kochetkov"],
    ),
    "joint-with-apposition-then-they": (
        "Sergei Babinets, head of the Crew Against Torture, and Alexander Nemov said they were "
        "attacked near the airport. “They were already waiting for us at the gate,” they said.\n",
        ["Sergei Babinets and Alexander Nemov"],
    ),
    # "they": the group a clause last put as its subject, unless an organisation comes after.
    "they-a-counted-group": (
        "Five elders of the town have appeared as witnesses for the defense. They described "
        "Titiev as “a person of exceptional decency who cannot be suspected of anything.”\n",
        ["Five elders"],
    ),
    "they-a-group-after-an-organisation": (
        "Memorial says the case against Titiev is fabricated. In the court, where the trial "
        "went on, two neighbours of the defendant have testified.\n\n"
        "“He grew up before our very eyes and never touched drugs,” they said.\n",
        ["two neighbours"],
    ),
    "they-an-organisation-after-the-group": (
        "Two lawyers have appealed the verdict. The Russian LGBT Network issued a statement on "
        "Friday. “We will take the case to the European Court,” they said.\n",
        ["Russian LGBT Network"],
    ),
    # The one name a witness goes by, and the noun that introduced them.
    "asked-to-be-called": (
        "The survivor, who asked to be called Adam, described his detention in a police "
        "basement.\n\n"
        "“They beat me with pipes every day and asked for names of other men.”\n",
        ["Adam"],
    ),
    "gave-only-his-first-name-the-survivor": (
        "A 23-year-old survivor, who gave only his first name, Ali, was held for two weeks in "
        "Argun.\n\n"
        "“They beat me with electric wires and demanded names,” the survivor said.\n",
        ["Ali"],
    ),
    "chosen-to-call-him": (
        "One man, whom we have chosen to call Danill, fled Grozny in April.\n\n"
        "“Because the rounding up of homosexuals had begun,” the man said.\n",
        ["Danill"],
    ),
    # A quotation opening a sentence after one that ends "…, X said.".
    "said-at-the-end-of-the-sentence-before": (
        "Relatives of both bloggers have already refused their support, Ruslan Kutaev said. "
        "“But earlier, when relatives renounced family members, they were no longer involved.”\n",
        ["Ruslan Kutaev"],
    ),
    "he-said-at-the-end-of-the-sentence-before": (
        "Igor Kochetkov spoke to reporters in Moscow. The detentions had resumed, he said. "
        "“We are receiving calls every day from people who are afraid.”\n",
        ["Igor Kochetkov"],
    ),
    # A paragraph of quotation whose speaker was quoted or reported one or two paragraphs back.
    "quoted-two-paragraphs-back": (
        "Svetlana Anokhina, who runs the Marem project, has helped dozens of women flee.\n\n"
        "“Every week we get new requests for help from women in Chechnya,” Anokhina said.\n\n"
        "The women often arrive with nothing.\n\n"
        "“They need documents, money and a place to hide from their relatives.”\n",
        ["Svetlana Anokhina", "Svetlana Anokhina"],
    ),
    "reported-two-paragraphs-back-first-person": (
        "Igor Kochetkov, head of the Russian LGBT Network, said the group had helped 40 people "
        "leave.\n\n"
        "Most of them were men. The group has shelters in Moscow.\n\n"
        "“We are receiving calls every day from people who are afraid for their lives.”\n",
        ["Igor Kochetkov"],
    ),
    "someone-else-named-since": (
        "“Every week we get new requests for help,” Svetlana Anokhina said.\n\n"
        "Tanya Lokshina of Human Rights Watch has documented such cases since 2017.\n\n"
        "“Nobody in the republic is going to investigate any of it.”\n",
        ["Svetlana Anokhina", ""],
    ),
    "after-a-question-not-the-last-speaker": (
        "“Every week we get new requests for help,” Svetlana Anokhina said.\n\n"
        "Why do the women not go to the police?\n\n"
        "“The police would simply return them to their families.”\n",
        ["Svetlana Anokhina", ""],
    ),
    # A document is whoever issued it.
    "the-document": (
        "The Department of State’s statement expresses concern about reports of abductions.\n\n"
        "“The United States is concerned about the continuing reports of abductions,” the "
        "document says.\n",
        ["State Department"],
    ),
    "the-statement-on-the-groups-page": (
        "The Russian LGBT Network said in a statement that it would contest the designation.\n\n"
        "“We don’t know why we have been declared a foreign agent,” the statement on the "
        "group’s Facebook page read.\n",
        ["Russian LGBT Network"],
    ),
    "a-page-with-no-statement-named-before": (
        "Memorial was declared a foreign agent in 2016.\n\n"
        "“We will go on documenting abuses in Chechnya,” the statement on its website said.\n",
        ["Memorial"],
    ),
    # A headline or heading repeating words someone is quoted saying.
    "heading-repeats-a-later-quotation": (
        "Milashina and Nemov were flown to Moscow on Tuesday.\n\n"
        "“They put a gun to our heads”\n\n"
        "Muratov described her condition as worrying. “Her condition, frankly, is difficult,” "
        "he told AFP.\n\n"
        "In a video, Elena Milashina described the attack: “They threw out the taxi driver, "
        "tied my hands and put a gun to our heads,” she said.\n",
        ["Elena Milashina", "Muratov", "Elena Milashina"],
    ),
    "title-repeats-a-quotation": (
        "‘I am not returning to this hell’: NGOs help victims of violence to escape\n\n"
        "In the video, Leyla says that her parents beat her. “I will kill myself if I have to "
        "return to this hell,” she adds.\n",
        ["Leyla", "Leyla"],
    ),
    # "she" after one person whose gender only the sentence's own pronouns say.
    "she-by-the-sentences-own-pronouns": (
        "In the video, Leyla says that her parents beat her. “I will kill myself if I have to "
        "go back,” she adds.\n",
        ["Leyla"],
    ),
    # A surname two people share is the one the article made its subject or speaker, not
    # the relative named after them in passing.
    "surname-of-a-father-named-after": (
        "Ramzan Kadyrov, son of assassinated President Akhmad Kadyrov, has led Chechnya since "
        "2007.\n\n"
        "“You know who protects human rights here,” Kadyrov said with a laugh.\n",
        ["Ramzan Kadyrov"],
    ),
    "surname-of-a-brother-named-after": (
        "“We are receiving calls every day,” Igor Kochetkov said. His brother Pavel Kochetkov "
        "was detained in Moscow last year.\n\n"
        "“The police are looking for everyone who helped them,” Kochetkov added.\n",
        ["Igor Kochetkov", "Igor Kochetkov"],
    ),
    # Labels that are no speaker: words in the first person singular are no organisation's.
    "first-person-singular-not-an-organisation": (
        "“I was beaten every day in the basement of the police station,” the Russian LGBT "
        "Network said.\n",
        [""],
    ),
    "an-abbreviation-in-the-plural-is-no-name": (
        "‘I am not returning to this hell’: NGOs help victims of violence to escape\n",
        [""],
    ),
    # Labels that are no speaker.
    "fragment-after-a-relative-clause": (
        "On August 22, Ramzan Kadyrov called for a ban on entry of “so-called rights "
        "activists” who engaged in “double-talk” and “writing papers in their offices.”\n",
        ["Ramzan Kadyrov", "Ramzan Kadyrov"],
    ),
    # Someone described after "According to" is whom "she" means; "the man’s family", a
    # group, is not (session 29's own probes).
    "according-to-someone-described": (
        "According to the lawyer, the man’s family was threatened. “They told his mother he "
        "would never come back,” she said.\n",
        ["the lawyer"],
    ),
    # An unnamed witness described with whose kin she is opens a sentence: someone new, by
    # the whole description, even after another witness.
    "kin-of-someone-after-another-witness": (
        "“They beat us with pipes,” said a 30-year-old man from Grozny who fled in April.\n\n"
        "The mother of one of the detained men, who spoke on condition of anonymity, said she "
        "had not seen her son since March. “I don't know if he is alive,” she said.\n",
        ["a 30-year-old man from Grozny", "The mother of one of the detained men"],
    ),
    # The role a sentence opens with is the name's in apposition after it: "the spokeswoman"
    # is hers, not the press secretary's named before.
    "a-role-opening-the-sentence-is-the-apposed-name-s": (
        "“It is a lie,” Kadyrov's press secretary Alvi Karimov told RIA Novosti.\n\n"
        "A spokeswoman for the European Commission, Maja Kocijancic, said the EU expected "
        "Russia to investigate. “Impunity cannot be tolerated,” the spokeswoman added.\n",
        ["Alvi Karimov", "Maja Kocijancic"],
    ),
    # An interrupted quotation after an organisation: the parse hung the first part's clause
    # off the second part's stand-in, whose "It" then spoke.
    "interrupted-quotation-after-an-organisation": (
        "The head of the Russian LGBT Network, Igor Kochetkov, told reporters that the group "
        "had received new reports.\n\n"
        'Lokshina, who has researched the North Caucasus for years, was more cautious. "We '
        'cannot confirm the numbers," she said, "but the pattern is clear."\n',
        ["Lokshina", "Lokshina"],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speaker(name: str) -> None:
    text, expected = CASES[name]
    assert _speakers(text) == expected
