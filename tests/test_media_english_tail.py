"""English speakers, the long tail: partial quotation and embedded attribution (issue 16, spken7).

Constructed articles, several variants per class: a fragment whose speaker follows after a comma
("… was “a conscious choice” of identity, said X"), a verb of attitude or naming whose object is
the subject's own words ("expressed “dismay at …”", "voiced concern “…”", "dubbing him “…”"), a
verb of judging through "as" ("welcomed the verdict as “…”", "rejected the accusations as “…”"),
a clause of content ("expressed hope that they “…”"), a second fragment of a sentence ("…
engaged in “double-talk” and “writing papers …”"), "According to X, Y said “…”" (Y, not the
source of the report), a headline's speaker before a colon, two people named together ("they",
"the two men", "the couple": both, as one speaker), a body named by what it is ("Vayfond, a Chechen
human rights group") whose statement is read next, a participle's subject ("released a statement
… stating that “…”"), a one-word name described by what the person is, "with X V-ing" (X), "X's
aide quoted him as saying" (X), "X, who said that “…”" (X), and a spokesman, not a body, speaking
as "I".
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _speakers(text: str) -> list[str]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [q.speaker for q in extract(article).quotes]


CASES = {
    # A fragment whose speaker follows after a comma, however long the clause it is in.
    "fragment-then-said-x-long-subject": (
        "Moving to Chechnya and making her life there was “a conscious choice” of identity, "
        "said fellow Memorial activist Aleksandr Cherkasov. In 1992, he recalled, she made her "
        "first foray into rights activism.\n",
        ["Aleksandr Cherkasov"],
    ),
    "fragment-then-said-x-two-subjects": (
        "The decision to stay in Grozny after the war was “a conscious choice” of identity, said "
        "fellow Memorial activist Aleksandr Cherkasov.\n",
        ["Aleksandr Cherkasov"],
    ),
    # A verb of attitude: its object is the subject's words, and a quotation before it is not
    # the attitude's.
    "expressed-dismay": (
        "Dmitry Medvedev promised an investigation. German Chancellor Angela Merkel expressed "
        "“dismay at the killing of a brave woman”.\n",
        ["Angela Merkel"],
    ),
    "expressed-after-a-quotation": (
        "In Washington, spokesman Mike Hammer said the death sent a “chilling signal to Russian "
        "civil society”. “This brutal slaying is especially shocking.” Hosting Mr Medvedev, "
        "chancellor Angela Merkel expressed “dismay at the killing of this courageous woman” "
        "and said her murder must not remain unpunished.\n",
        ["Mike Hammer", "Mike Hammer", "Angela Merkel"],
    ),
    "voiced-concern": (
        "Dmitry Peskov voiced concern “about the way the Western press covers the region”.\n",
        ["Dmitry Peskov"],
    ),
    "expressed-hope-that": (
        "Tatyana Moskalkova expressed hope that the investigators “would check every single "
        "complaint”.\n",
        ["Tatyana Moskalkova"],
    ),
    "branded": (
        "Ramzan Kadyrov branded the journalists “enemies of the Chechen people and of Islam”.\n",
        ["Ramzan Kadyrov"],
    ),
    # Judging through "as", of the verb or of its object; not a passive.
    "welcomed-as": (
        "Tanya Lokshina welcomed the verdict as “a small but important step towards justice”.\n",
        ["Tanya Lokshina"],
    ),
    "rejected-the-accusations-as": (
        "Peskov rejected the accusations as “absolutely groundless and unfounded”, saying that "
        "the Kremlin “has no such information”.\n",
        ["Peskov", "Peskov"],
    ),
    "condemned-in-the-manner": (
        "Frank Schwabe, a PACE rapporteur, has condemned the verdict in “the most resolute "
        "manner.”\n",
        ["Frank Schwabe"],
    ),
    # The object of a verb of judging may quote the one judged: his words, not the judge's.
    "condemned-a-call-quotes-another": (
        "Kadyrov called on his officers to “find them wherever they are”. Frank Schwabe, a PACE "
        "rapporteur, condemned his call to “find them wherever they are”.\n",
        ["Kadyrov", "Kadyrov"],
    ),
    "seen-as-names-no-one": (
        "Tanya Lokshina visited Grozny in May. The verdict was seen as “a small but important "
        "step” by many in the city.\n",
        [""],
    ),
    # Two fragments of one sentence; "according to" the source of a report that names a speaker.
    "second-fragment-according-to": (
        "According to the newspaper, Kadyrov said that “the so-called human rights activists” "
        "engaged in “double-talk” and “writing papers in their offices.”\n",
        ["Kadyrov", "Kadyrov"],
    ),
    # A headline's speaker before a colon, with a role or without.
    "headline-role-name-colon": (
        "Chechen leader Ramzan Kadyrov: “We will not ignore a single comment or video.”\n\n"
        "Ramzan Kadyrov is at it again.\n",
        ["Ramzan Kadyrov"],
    ),
    # Two people named together speak as one, for a pronoun, a description or the verb.
    "they-two-names": (
        "Salekh Magamadov and Ismail Isaev were abducted in Nizhny Novgorod. “We were beaten "
        "every day,” they said.\n",
        ["Salekh Magamadov and Ismail Isaev"],
    ),
    "the-two-men": (
        "Salekh Magamadov and Ismail Isaev were abducted in Nizhny Novgorod. “We were beaten "
        "every day,” the two men said.\n",
        ["Salekh Magamadov and Ismail Isaev"],
    ),
    "the-couple": (
        "Anna Smirnova and Pavel Smirnov fled Grozny in 2019. “We could not stay there any "
        "longer,” the couple said.\n",
        ["Anna Smirnova and Pavel Smirnov"],
    ),
    "the-two-men-after-an-organisation": (
        "Salekh Magamadov and Ismail Isaev were abducted. The Russian LGBT Network helped them. "
        "“We will take the case to the court,” the two men said.\n",
        ["the two men"],
    ),
    # A body named by what it is, whose statement the next paragraph quotes; a participle's
    # subject from the clause it hangs from; a one-word name described by what the person is.
    "reads-the-statement-of-a-described-body": (
        "Tumso Abdurakhmanov cannot be reached, says Vayfond, a Chechen human rights group based "
        "in the country.\n\n“We wish to note that we know nothing of the situation,” reads the "
        "statement.\n",
        ["Vayfond"],
    ),
    "the-statement-names-no-one-by-itself": (
        "Tumso Abdurakhmanov cannot be reached, his brother told reporters.\n\n“We wish to note "
        "that we know nothing of the situation,” reads the statement.\n",
        [""],
    ),
    "released-a-statement-stating": (
        "The International Helsinki Federation for Human Rights (IHF), with whom Magomadov had "
        "worked, released a statement on February 14 reporting that he had been freed and "
        "stating that “more details about the case will be released in the coming days.”\n",
        ["International Helsinki Federation for Human Rights"],
    ),
    "one-word-name-described": (
        "The agency was headed by Chingiz Akhmadov, a journalist of the “Grozny” TV Channel.\n\n"
        "Aslan, a member of an NGO, called a statement of Chingiz Akhmadov “strange.” “Why did "
        "he need to send the evidence? There is some kind of a game here, it seems to me,” the "
        "NGO activist said.\n",
        ["Aslan"],
    ),
    # "with X V-ing": the participle's subject; "quoted him as saying": whose aide quotes him.
    "with-a-lawmaker-dubbing": (
        "Several people publicly criticised Kadyrov, with one local lawmaker in Siberia, "
        "Konstantin Senchenko, dubbing him “the shame of Russia” for his wealth.\n",
        ["Konstantin Senchenko"],
    ),
    "with-an-activist-saying": (
        "Residents protested in Grozny on Monday, with one activist, Anna Ivanova, saying “the "
        "police did nothing at all to help us”.\n",
        ["Anna Ivanova"],
    ),
    "with-a-body-calling": (
        "Several groups condemned the verdict, with Human Rights Watch calling it “a travesty of "
        "justice from start to finish”.\n",
        ["Human Rights Watch"],
    ),
    "aide-quoted-him-as-saying": (
        "“If there were such people in Chechnya, law enforcement would not need to have anything "
        "to do with them,” Kadyrov's press secretary quoted him as saying.\n",
        ["Kadyrov"],
    ),
    # "X, who said that “…”": the person "who" stands for, the place before the name apart.
    "who-said-that": (
        "The detention was commented on by Ombudsman in Chechnya Nurdi Nukhazhiev, who said in "
        "this context that “spy methods in activities of human rights activists are "
        "unacceptable.”\n",
        ["Nurdi Nukhazhiev"],
    ),
    "which-described-is-the-report-owner": (
        "“The Russian authorities must stop this at once,” Human Rights Watch said in a report "
        "published on Tuesday, which described the abuses as “systematic and widespread”.\n",
        ["Human Rights Watch", "Human Rights Watch"],
    ),
    # A person's role in a body speaks in the first person; a body does not.
    "a-spokesman-in-the-first-person": (
        "A Kremlin spokesman expressed confidence that the words were not about all activists. "
        "“But not having the full context, I can't give any assessment,” he added.\n",
        ["Kremlin spokesman"],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speaker(name: str) -> None:
    text, expected = CASES[name]
    assert _speakers(text) == expected


def test_who_stand_accused_is_not_the_speaker() -> None:
    # "who stand accused of “…”": the charge is someone else's words, not the accused's.
    speakers = _speakers(
        "A court upheld the sentences for Salekh Magamadov and Ismail Isaev, who stand falsely "
        "accused of “aiding illegal armed groups,” Marie Struthers said.\n"
    )
    assert not {"Salekh Magamadov", "Ismail Isaev"} & set(speakers)
