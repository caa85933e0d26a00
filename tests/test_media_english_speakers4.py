"""English speakers' names as wire services write them (issue 16, fifth English speakers round).

Constructed examples, several variants per mechanism, from the round's construction checklist:
a role written with its body before the name ("U.S. Ambassador to the United Nations Nikki
Haley") gives the name after the body; names with particles ("van der", "bin") and hyphens
("Abu-Bakarov", "al-Hussein") are whole; a name with a role in apposition is a person's ("Nikki
Haley, the U.S. ambassador to the U.N., said"); "X's office said" is X; a short quotation that
is a sentence of its own is the speaker's of its own clause when a sentence has two speakers;
"the journalist" is the person the article described so, not the description left unnamed;
"the survivor", "the man" just after a sentence naming one person is that person, unless the
article brought in an unnamed one of that kind first; words said of a surname ("the white
haired and soft spoken Hammarberg") are not its name; "assure" reports speech.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import english, extract
from refuge.media.extract.english_noun_phrases import speaker_named
from refuge.media.extract.memory import Memory
from refuge.media.extract.speakers import Speaker

pytestmark = pytest.mark.once


def _speakers(text: str) -> list[str]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [q.speaker for q in extract(article).quotes]


CASES = {
    # A role with its body, then the name: the name is the words after the body.
    "ambassador-to-a-body": (
        'U.S. Ambassador to the United Nations Nikki Haley said: "We cannot stay silent '
        'about what is happening in Chechnya."\n',
        ["Nikki Haley"],
    ),
    "commissioner-for-a-cause": (
        "UN High Commissioner for Human Rights Zeid Ra'ad al-Hussein said: \"These acts are "
        'crimes under international law."\n',
        ["Zeid Ra'ad al-Hussein"],
    ),
    "ambassador-to-a-country": (
        '"We have raised the reports with the Russian government," U.S. Ambassador to Russia '
        "Jon Huntsman told reporters.\n",
        ["Jon Huntsman"],
    ),
    "a-friend-of-someone-is-not-that-someone": (
        '"There are people who saw how soldiers took him away in a car," believes a female '
        "friend of Zelimkhan Bakaev.\n",
        ["a female friend of Zelimkhan Bakaev"],
    ),
    # Particles and hyphens stay in the name.
    "particles-van-der": (
        'Frans van der Berg told reporters: "The Dutch government is alarmed by the reports."\n',
        ["Frans van der Berg"],
    ),
    "particle-bin": (
        '"We will not give up on the missing men," said Abdul Karim bin Saleh.\n',
        ["Abdul Karim bin Saleh"],
    ),
    "hyphenated-surname": (
        '"I lost my brother in that prison," Khalid Abu-Bakarov told the court.\n',
        ["Khalid Abu-Bakarov"],
    ),
    # A role apposed to a name says the name is a person's.
    "name-then-apposed-role": (
        '"We cannot stay silent," Nikki Haley, the U.S. ambassador to the U.N., said.\n',
        ["Nikki Haley"],
    ),
    "name-then-apposed-envoy": (
        '"The evidence is overwhelming," Wolfgang Benedek, the OSCE rapporteur, said.\n',
        ["Wolfgang Benedek"],
    ),
    # A person's office speaks in the person's name.
    "office-of-a-person": (
        'Ramzan Kadyrov\'s office said: "The head of the republic has never given such orders."\n',
        ["Ramzan Kadyrov"],
    ),
    "press-service-of-a-person": (
        "Ramzan Kadyrov's press service said in a statement: \"The reports are a provocation "
        'by foreign agents."\n',
        ["Ramzan Kadyrov"],
    ),
    # Two speakers in one sentence, short quotations.
    "two-speakers-short-quotations": (
        '"It is a disaster," Alexander Cherkasov said, while Oleg Orlov added: "Nobody is safe."\n',
        ["Alexander Cherkasov", "Oleg Orlov"],
    ),
    "two-speakers-long-quotations": (
        '"It is a disaster for the whole region," Alexander Cherkasov said, while Oleg Orlov '
        'added: "Nobody is safe there any longer."\n',
        ["Alexander Cherkasov", "Oleg Orlov"],
    ),
    # "the journalist": the person described so, not the description itself.
    "the-journalist-described-in-apposition": (
        'Elena Milashina, an investigative journalist, first reported the abuses. "The police '
        'went from house to house," the journalist said.\n',
        ["Elena Milashina"],
    ),
    # "the survivor", "the man": the one person the sentence before named.
    "the-survivor-after-his-name": (
        "Maxim Lapunov, 29, was held for twelve days in Grozny.\n\n"
        '"I thought they would kill me," the survivor said.\n',
        ["Maxim Lapunov"],
    ),
    "the-man-after-his-name": (
        'Ruslan Aliev, a 30-year-old from Grozny, fled to Germany in 2017. "I cannot go back '
        'there," the man said.\n',
        ["Ruslan Aliev"],
    ),
    "the-woman-is-not-the-man-named": (
        'Ruslan Aliev fled to Germany in 2017 with his family. "I cannot go back there," '
        "the woman said.\n",
        ["the woman"],
    ),
    "an-unnamed-survivor-stays-unnamed": (
        'A survivor told Novaya Gazeta that he was beaten. Maxim Lapunov was also held.\n\n"I '
        'thought they would kill me," the survivor said.\n',
        ["the survivor"],
    ),
    "two-people-named-before": (
        "Maxim Lapunov and Igor Kochetkov spoke in Moscow.\n\n"
        '"I thought they would kill me," the survivor said.\n',
        ["the survivor"],
    ),
    # Words said of a surname before it: the name closing them speaks (sample spken5, half A).
    "a-surname-described-by-the-parser's-head": (
        "Thomas Hammarberg visited a prison in Grozny.\n\n\"It's not just one or two cases, but "
        'a whole system," the white haired and soft spoken Hammarberg said.\n',
        ["Thomas Hammarberg"],
    ),
    "a-surname-with-one-adjective": (
        'Igor Kochetkov spoke again on Monday.\n\n"We will keep helping every man who '
        'flees," the embattled Kochetkov said.\n',
        ["Igor Kochetkov"],
    ),
    # "assure" reports speech as "say" does: its subject, not the one "according to" whom.
    "assured-after-according-to": (
        'According to Peskov, Ramzan Kadyrov also has assured the President that "it is '
        'groundless to say that someone can threaten journalists".\n',
        ["Ramzan Kadyrov"],
    ),
    "reassured-reporters": (
        'Ramzan Kadyrov reassured reporters that "nobody will threaten the journalists who '
        'write about it".\n',
        ["Ramzan Kadyrov"],
    ),
    # The checklist's second part: a person of an outlet, two subjects, a name given in a
    # relative clause, an age for the person just named.
    "a-person-of-an-outlet": (
        '"The detentions are continuing in several districts," wrote Novaya Gazeta\'s Elena '
        "Milashina.\n",
        ["Elena Milashina"],
    ),
    "a-role-read-as-a-verb": (
        'OSCE rapporteur Wolfgang Benedek wrote: "The evidence of serious violations is '
        'overwhelming."\n',
        ["Wolfgang Benedek"],
    ),
    "identified-only-as": (
        'One victim, who asked to be identified only as Adam, said: "They kept us in a '
        'basement for ten days."\n',
        ["Adam"],
    ),
    "gave-his-name-as": (
        '"They kept us in a basement for ten days," said a man, who gave his name as Ruslan.\n',
        ["Ruslan"],
    ),
    "the-27-year-old": (
        'Amin, 27, fled Chechnya in 2017. "They beat me with plastic pipes every day," the '
        "27-year-old said.\n",
        ["Amin"],
    ),
    "the-27-year-old-after-a-full-name": (
        'Ruslan Aliev, 27, fled Chechnya in 2017. "They beat me with plastic pipes every day," '
        "the 27-year-old said.\n",
        ["Ruslan Aliev"],
    ),
    # The checklist's third part: a dateline's place is no speaker; a statement by a titled
    # person is the person's.
    "a-dateline-before-a-colon": (
        "MOSCOW (AP) — A gravelly voice rings out from the phone's loudspeaker: \"Aren't you "
        'scared of me at all?"\n',
        [""],
    ),
    "a-dateline-before-the-quotation": (
        'GROZNY, Russia (Reuters) — "There are no such people in the republic," Ramzan Kadyrov '
        "said on Friday.\n",
        ["Ramzan Kadyrov"],
    ),
    "according-to-a-statement-by-a-titled-person": (
        "According to a statement by Secretary of State Mike Pompeo, the department has "
        '"credible information on numerous gross violations of human rights."\n',
        ["Mike Pompeo"],
    ),
    "a-statement-from-a-body": (
        'According to a statement from Human Rights Watch, "the abuses in the republic are '
        'systematic and go unpunished."\n',
        ["Human Rights Watch"],
    ),
    # The checklist's fourth part: "the group", "it" for a body no gazetteer lists.
    "the-group-an-unlisted-body": (
        'The Team Against Torture said the lawyer was beaten. "They were on their way from the '
        'airport to the court," the group stated.\n',
        ["Team Against Torture"],
    ),
    "it-an-unlisted-body-with-of": (
        'The Committee for the Prevention of Torture said the lawyer was beaten. "They were on '
        'their way from the airport to the court," it said.\n',
        ["Committee for the Prevention of Torture"],
    ),
    "the-group-a-listed-body-named-later": (
        "The Team Against Torture said the lawyer was beaten. Amnesty International agreed.\n\n"
        '"They were on their way from the airport to the court," the group said.\n',
        ["Amnesty International"],
    ),
    "it-naming-no-body": (
        'Police arrested him on Monday. "They were on their way from the airport to the court," '
        "it said.\n",
        [""],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speaker(name: str) -> None:
    text, expected = CASES[name]
    assert _speakers(text) == expected


def _speakers_and_roles(text: str) -> list[tuple[str, str]]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [(q.speaker, q.speaker_role) for q in extract(article).quotes]


@pytest.mark.parametrize(
    "text",
    [
        '"We will not give up on France," Le Pen said.\n',
        'Le Pen told reporters: "We will not give up on France."\n',
    ],
)
def test_a_capitalised_particle_is_the_names_not_a_role(text: str) -> None:
    # "Le" of "Le Pen" is no particle, which is written lower-case ("van der"), nor a role.
    assert _speakers_and_roles(text) == [("Le Pen", "")]


# An age after a full name the memory did not keep ("young" is also a common word here): the
# age says it is a person's name, and no other name in the sentence competes with it.
AGED = {
    "the-27-year-old-after-an-unkept-full-name": (
        "Many young men were detained in the spring.\n\nAdam Young, 27, fled Chechnya in 2017. "
        '"They beat me with plastic pipes every day," the 27-year-old said.\n',
        ["Adam Young"],
    ),
    "the-man-after-an-unkept-full-name": (
        "Many young men were detained in the spring.\n\nAdam Young, 27, fled Chechnya in 2017. "
        '"They beat me with plastic pipes every day," the man said.\n',
        ["Adam Young"],
    ),
    "the-man-is-not-the-woman-aged": (
        'Prices rose sharply that year.\n\nAmina Rose, 27, fled Chechnya in 2017. "They beat '
        'me with plastic pipes every day," the man said.\n',
        ["the man"],
    ),
}


@pytest.mark.parametrize("name", AGED)
def test_an_aged_full_name(name: str) -> None:
    text, expected = AGED[name]
    assert _speakers(text) == expected


@pytest.mark.parametrize("told", ["he told Hammarberg", "he told Thomas Hammarberg"])
def test_the_one_a_pronoun_told_is_not_the_pronoun(told: str) -> None:
    # The attribution "he told (Thomas) Hammarberg": whom he told, with or without the first
    # name, is not who "he" is.
    before = (
        "Ramzan Kadyrov met the envoy in Grozny on Monday. Thomas Hammarberg asked about the "
        "prisons.\n\n"
    )
    memory = Memory()
    memory.scan(before)
    assert memory.resolve(Speaker("he"), before, told).name == "Ramzan Kadyrov"


@pytest.mark.parametrize("mark", ["?", "…", "("])
def test_a_subject_of_punctuation_alone_names_no_one(mark: str) -> None:
    # The parser may make a lone mark a subject: it names no one, and raises no IndexError.
    speaker = speaker_named(english.pipeline()(mark)[0], [])
    assert speaker is None or not speaker.name
