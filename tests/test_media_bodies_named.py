"""Bodies by their own names and what they say (the fifty-first session, 2026-12-07;
docs/media-rules.md, "Bodies by their own names"): "The Union of Journalists stated" is the
union, "of" and all, not a person named "The Union" of a body "Journalists", nor the journalist
the article named before; "X issued a statement saying …: “…”" is X, whatever the words
before the name.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police searched the office of journalist Abdulmumin Gadzhiyev.\n\nThe Union of "
            "Journalists stated that they were “protesting the lawlessness of the security "
            "forces, which can be regarded as another attempt to put pressure”.",
            "Union of Journalists",
        ),
        (
            "The Committee of Soldiers’ Mothers said that “nobody was ever told anything about "
            "them”.",
            "Committee of Soldiers Mothers",
        ),
        # Controls: a person of a body, and a body the lists hold.
        (
            "Tanya Lokshina of Human Rights Watch said that “nobody was ever told anything”.",
            "Tanya Lokshina",
        ),
        (
            "The Council of Europe said that “this is a violation of the convention”.",
            "Council of Europe",
        ),
    ],
)
def test_a_body_by_its_own_name(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acting RFE/RL president Jeffrey Gedmin issued a statement saying that Kurmasheva should "
        "be released with immediate effect: “Alsu is a highly respected colleague, devoted wife, "
        "and dedicated mother to two children.”",
        "Acting president Jeffrey Gedmin issued a statement saying that she should be released: "
        "“Alsu is a highly respected colleague, devoted wife, and dedicated mother.”",
    ],
)
def test_who_issued_a_statement_saying(text: str) -> None:
    assert speakers(text) == ["Jeffrey Gedmin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A judge is someone "he" may mean.
        (
            "A German court found Russian citizen Vadim Krasikov guilty of the murder.\n\n"
            "“Four children lost their father, two siblings their brother,” the judge said.\n\n"
            "“Some media suggested that Russia is on trial here,” he added.",
            "the judge",
        ),
        # The place a court sits in is no one.
        (
            "The defendant was convicted for “willingness to commit murder and preparing a "
            "serious act,” a spokeswoman for the Higher Regional Court in Munich said.",
            "a spokeswoman for the Higher Regional Court in Munich",
        ),
        # A participle opening the sentence, and a city's name, are no one "he" may mean.
        (
            "Contacted, an official of the court of the Chechen city of Achkhoi-Martan refused "
            "to confirm this conviction. “The court decision has not yet entered into force,” "
            "he assures us.",
            "",
        ),
        # A department closing a title is no part of the name after it.
        (
            "“Amin’s story is heartbreaking and inspiring,” said HRC Senior Director for "
            "Strategic Initiatives & Research Ty Cobb.",
            "Ty Cobb",
        ),
        # Control: a department before a name the parse already kept apart.
        (
            "“This is heartbreaking and inspiring,” said Director of Communications Jane Roe.",
            "Jane Roe",
        ),
        # "who" after a person's role of a body is the person, not the body.
        (
            "The bill was presented by Rati Ionatamishvili, chair of the Human Rights Protection "
            "and Civil Integration Committee, who claimed that the initiative “aligns with the "
            "values that Georgian society demands.”",
            "Rati Ionatamishvili",
        ),
        # An age goes back over a paragraph opening "Since then, however, she …".
        (
            "Lilit Martirosyan is a transgender activist.\n\nAs the first openly LGBT person "
            "to speak in parliament, Martirosyan told lawmakers that history was being made."
            "\n\nSince then, however, she has faced "
            "fierce verbal attacks.\n\n“I am the personification of all Armenian transgender "
            "people,” the 28-year-old told the committee.",
            "Lilit Martirosyan",
        ),
        # The author of a message no one is said to own is the author.
        (
            "In the video message, the young man says that he wants to apologize. “I was very "
            "much scolded by the leadership of the republic and my parents,” says the author of "
            "the video message.",
            "the author of the video message",
        ),
        (
            "According to a student, Mairbek by name, the mass detentions are “an indicator of "
            "weakness and fear of the authorities”.",
            "Mairbek",
        ),
        # An outlet told, then the body that spoke.
        (
            "«We can not comment on this information», — told RIA Novosti the regional Ministry "
            "of internal Affairs.",
            "the regional Ministry of internal Affairs",
        ),
        (
            "As noted in the Department, unidentified persons, refusing to fulfill legal "
            "demands of the law enforcement officers used physical violence against "
            "representatives of the authorities and tried to provoke a clash of parties, "
            "«including posting on social networks of false information about what is "
            "happening».",
            "the Department",
        ),
        # Controls.
        (
            "“We were all shocked by it,” one survivor, Movsar, said.",
            "Movsar",
        ),
        (
            "The authors of the report of Human Rights Watch write that “nobody was ever held "
            "to account”.",
            "Human Rights Watch",
        ),
        (
            "“Nobody was ever held to account for it,” the OSCE statement said.",
            "OSCE",
        ),
        (
            "“We will not stop,” said Ahmed, an official of the court.",
            "Ahmed",
        ),
    ],
)
def test_roles_places_and_names_around_them(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's officer: the role, of the body.
        (
            "The same day, the Council of Europe Commissioner for Human Rights urged Russian "
            "authorities to drop the charges and to “urgently review the current legal "
            "framework”.",
            "Council of Europe Commissioner for Human Rights",
        ),
        (
            "The Council of Europe Commissioner for Human Rights said that “this must stop now "
            "and forever”.",
            "Council of Europe Commissioner for Human Rights",
        ),
        (
            "The OSCE Representative on Freedom of the Media said that “this must stop now and "
            "forever”.",
            "OSCE Representative on Freedom of the Media",
        ),
        # Controls: a body whose name has no role in it.
        (
            "The Russian Foreign Ministry said that “this must stop now and forever”.",
            "Russian Foreign Ministry",
        ),
        ("Memorial, the rights group, said that “this must stop now and forever”.", "Memorial"),
        # "it" after an outlet called back by its kind.
        (
            "France deports Chechen refugee\n\nFrance has deported a Chechen refugee back to "
            "Russia, the independent Novaya Gazeta newspaper reported over the weekend.\n\n"
            "Magomed Gadayev, 37, is among dozens of ethnic Chechens whom France wants to "
            "expel.\n\nFrench police put Gadayev on a flight to Moscow despite a court ruling, "
            "according to Novaya Gazeta.\n\nThe publication said that France has not provided "
            "a reason for deporting Gadayev. “There’s only an unofficial claim: possible "
            "involvement in pimping,” it said.",
            "Novaya Gazeta",
        ),
        # The French spelling of the paper is the paper, never "she"; nor is a man whose
        # first name says so, whatever words come before his name ("his wife that …").
        (
            "The independent newspaper Novaïa Gazeta confirmed to his wife that Magomed Gadaev "
            "was sentenced. “I don’t know how it happened, our lawyer wasn’t there,” she said.",
            "",
        ),
    ],
)
def test_officers_of_bodies_and_outlets_by_kind(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police also detained three male assailants.", {(3, "", "men detained")}),
        ("Police detained five female activists in Bishkek.", {(5, "", "women detained")}),
        # Both sexes, or a counted noun after the adjective, are as before.
        ("Police detained 12 male and female activists.", {(12, "", "people detained")}),
    ],
)
def test_male_and_female_say_who_is_counted(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(f"Title\n\n{text}\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review: names ending like participles are names.
        (
            "Mohamed, a 34-year-old from Grozny, was detained in March. “They beat me for three "
            "days,” he said.",
            "Mohamed",
        ),
        (
            "Mildred, a 61-year-old retired teacher from Kyiv, fled to Berlin in March. “I lost "
            "everything,” she said.",
            "Mildred",
        ),
        (
            "Rashed, an official of the migration service, declined to give his surname. “These "
            "people have no documents,” he said.",
            "Rashed",
        ),
        # Review: the name after "the republic of Ingushetia" is a person's.
        (
            "Protesters gathered outside the government building on Monday.\n\nThe head of the "
            "republic of Ingushetia Mahmud-Ali Kalimatov met them. “I understand your anger,” "
            "he said.",
            "Mahmud-Ali Kalimatov",
        ),
        # Review: "the survivor" is not an official whom "Since then, he" goes on with.
        (
            "Maxim Lapunov, who survived twelve days in a Grozny police station, filed the first "
            "complaint.\n\nInvestigator Ruslan Bagaev opened a case. Since then, however, he has "
            "closed it twice.\n\n“Nobody wants to investigate,” the survivor said.",
            "the survivor",
        ),
        # Review: nor a man the article gave another age.
        (
            "Ruslan Kutaev, 65, was sentenced to four years in 2014.\n\nSince then, however, he "
            "has been released and left Russia.\n\n“I was tortured for hours,” the 28-year-old "
            "said.",
            "the 28-year-old",
        ),
        # Review: the place after "ambassador in" is not part of the name after it.
        (
            "“We are deeply concerned about his health,” said the British ambassador in Moscow "
            "Nigel Casey.",
            "Nigel Casey",
        ),
        # Review: "Strategy Partners" is a body whose name has a department word in it.
        (
            "“The labour market is overheated,” said Strategy Partners, a Moscow consultancy.",
            "Strategy Partners",
        ),
        # Review: "The Mufti of Chechnya" is a title, not a body.
        (
            "The Mufti of Chechnya said that “this has nothing to do with Islam at all”.",
            "Mufti of Chechnya",
        ),
    ],
)
def test_review_controls(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body of learning closing a role is no one's name.
        (
            "“It is clear that the government has decided we are no longer welcome,” said a "
            "22-year-old gay student at Moscow’s prestigious HSE University.",
            "a 22-year-old gay student at Moscow’s prestigious HSE University",
        ),
        # OVD-Info by its name.
        (
            "“Information was received from 15 police departments that the detained men were "
            "handed a summons,” OVD-Info said in a statement.",
            "OVD-Info",
        ),
        # An age among the words before an epithet.
        (
            "In an interview with HBO over the weekend, Ramzan Kadyrov insisted that homosexuals "
            "are “not people”.\n\nWhen he was challenged about the purge, the 40-year-old tyrant "
            "said: “Why did he come here? What is the point of these questions?”",
            "Ramzan Kadyrov",
        ),
        # "this …" is the one the story is about; "(the first name has been changed)".
        (
            "When the police arrived at his home at dawn, Anzor (the first name has been changed) "
            "did not understand. With his wife, he found himself handcuffed in the bedroom. “The "
            "police came to look for the son of my concubine”, explains this 38-year-old Chechen "
            "national, in France for seventeen years.",
            "Anzor",
        ),
        # Not one whose gender the description denies.
        (
            "Madina Magomadova fled in 2019. “They came at night,” says this man.",
            "this man",
        ),
        # A description set before "he" is said of him, no one new.
        (
            "Anzor Dudurkaev lives in Strasbourg. The authorities want to deport him. A political "
            "refugee in France after fleeing Chechnya, he was stripped of his status. He replies: "
            "“There is no evidence against me. My country, that of my children, is France.”",
            "Anzor Dudurkaev",
        ),
        # "It added" after a channel no list holds; "another relative" is someone new.
        (
            "Abdurakhmanov had gone missing in Sweden.\n\n1ADAT reported that “rumours of his "
            "death” had “turned out to be true”.\n\nIt added that the information had been "
            "obtained “through a network of informers from Europe and Chechnya”.",
            "1ADAT",
        ),
        (
            "Tumso Abdurakhmanov sees the reason in his conflict with a top-ranking relative of "
            "the leader of Chechnya.\n\n“You create problems not for yourself, but for us,” added "
            "another relative of Tumso Abdurakhmanov.",
            "another relative of Tumso Abdurakhmanov",
        ),
        (
            "“A detention center is not intended to hold people for years,” the only woman among "
            "the Ingush Seven told the judge.",
            "the only woman among the Ingush Seven",
        ),
        # Messages someone sent speak for the sender.
        (
            "Maria Kolesnikova, a key member of the opposition council, is facing charges.\n\n"
            "Kazak relayed several messages Kolesnikova sent from jail.\n\n“Freedom is worth "
            "fighting for. Do not be afraid to be free,” one such message said.",
            "Maria Kolesnikova",
        ),
        (
            "The lawyer relayed a statement from Maria Kolesnikova. “Do not be afraid to be free,” "
            "the statement said.",
            "Maria Kolesnikova",
        ),
    ],
)
def test_descriptions_channels_and_messages(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_police_departments_are_not_people() -> None:
    text = (
        "Title\n\n“Information was received from 15 police departments that the detained men "
        "were handed a summons,” OVD-Info said.\n"
    )
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speech verb joined after the quotation tells the whole sentence.
        (
            "The European Court of Human Rights has awarded €52,000 to the mother of two "
            "activists who was sentenced to five years in prison “as a form of revenge” for her "
            "sons’ criticism of Ramzan Kadyrov, Crew Against Torture announced on Telegram.",
            "Crew Against Torture",
        ),
        # A group by its number is no one's name.
        (
            "Zarifa Sautiyeva spoke in court. The Ingush Seven were sentenced later.\n\n“Today, "
            "by extending our time under guard,” she told the judge, “you are supporting this "
            "illegality.”",
            "Zarifa Sautiyeva",
        ),
        # "The Society" after a body whose name ends so.
        (
            "The statement posted on the website of the German-Caucasian Society says that "
            "Gadamauri was one of those who refused to serve. Ekkehard Maas, the head of the "
            "society, was not available. The Society has also stated that Russia “is not a legal "
            "state with which to cooperate.”",
            "German-Caucasian Society",
        ),
        # A role, then a name with a role of its own.
        (
            "A close ally of the Chechen leader, Grozny TV chief Akhmed Dudayev, was quoted by "
            "Tass news agency as saying Ramzan Kadyrov “is personally in control of the "
            "situation”.",
            "Akhmed Dudayev",
        ),
        # The parser's slip: a name, then a description set off by commas.
        (
            "Facebook, the company that owns Instagram, said the move was taken to delete “an "
            "account of a person who is under sanctions.”",
            "Facebook",
        ),
        # Titles opening with "The": the holder named after them, else the title.
        (
            "The Minister of Foreign Affairs of Belarus Maxim Ryzhenkov said on Tuesday: “The "
            "sanctions will not break us.”",
            "Maxim Ryzhenkov",
        ),
        (
            "The Minister of Justice of Kazakhstan told parliament: “The law does not allow "
            "torture.”",
            "Minister of Justice of Kazakhstan",
        ),
        (
            "“The situation is under control,” The Governor of Belgorod Region said.",
            "Governor of Belgorod Region",
        ),
        # Review: more participles opening a sentence.
        (
            "Challenged, a spokesman for the Chechen government denied the claims.\n\n“These are "
            "lies spread by our enemies,” he said.",
            "spokesman for the Chechen government",
        ),
        # Review: "this" before no person description, or an age another was given.
        (
            "Dmitry Peskov refused to comment on the case. An official in the presidential "
            "administration was more forthcoming.\n\n“Everyone knows who ordered it,” this "
            "official said.",
            "this official",
        ),
        (
            "Oyub Titiev, 61, spent 18 months in jail.\n\n“I left Chechnya because I was "
            "afraid,” says this 38-year-old man.",
            "this 38-year-old man",
        ),
        (
            "Ramzan Kadyrov, 46, has been ill for months.\n\n“His health is a state secret,” the "
            "58-year-old expert said.",
            "the 58-year-old expert",
        ),
        # Review (control: as before the session): a message from someone a body posted.
        (
            "Viasna posted a message from Ales Bialiatski on its website.\n\n“I am in good "
            "spirits,” the message said.",
            "Ales Bialiatski",
        ),
        # Review: "who said" in a relative clause leaves "As noted in …" the body's.
        (
            "As noted in the Department, the suspect, who said nothing during questioning, was "
            "detained in Grozny: “He will be charged with murder.”",
            "the Department",
        ),
        # Review: "The site" after another outlet than the one "according to" named.
        (
            "The protester was sentenced, according to Meduza. Mediazona, which covered the "
            "trial, reported that the judge refused to hear witnesses. The site said the verdict "
            "took ten minutes to read.\n\n“The judge did not look up once,” it said.",
            "The site",
        ),
    ],
)
def test_tellers_titles_and_the_second_review(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_male_or_female_students_are_people() -> None:
    assert counts("Title\n\nSecurity forces detained 50 male/female students in Andijan.\n") == {
        (50, "", "people detained")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Peoples in the plural, and people by their plight opening a sentence, are no one.
        (
            "That decision didn’t come as a surprise to Dilya Gafurova, who leads Sphere.\n\n"
            "The court decision came as a devastating blow to Dilya and the other activists "
            "involved with Sphere, who have spent the last decade trying to make life better "
            "for LGBT+ Russians.\n\n“It’s the end of a decade’s old history,” Dilya tells "
            "PinkNews.\n\nShe continues: “I’m just really afraid that now LGBT+ people will be "
            "left without help.”",
            "Dilya Gafurova",
        ),
    ],
)
def test_peoples_and_plights_are_no_one(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_a_plight_opening_a_sentence_is_no_first_name() -> None:
    # The annotator gives Alexandrov ("According to Alexandrov, …" before "he" is left); the
    # plight is no part of either name.
    text = (
        "Defendants Zhoomart Duulatov and Alexander Alexandrov have retracted the confessions "
        "they previously gave.\n\nAccording to Alexandrov, the case files contain statements "
        "alleging that he filmed video materials.\n\n«But I did not do this. I was offered house "
        "arrest,» he told the court."
    )
    assert not speakers(text)[-1].startswith("Defendants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Code reading: a name ending like a participle, and a title with no holder.
        (
            "Rached, a 60-year-old from Tunis, was arrested in April. “I am innocent,” he said.",
            "Rached",
        ),
        (
            "The Minister of Foreign Affairs said that “there is not a single fact here”.",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_code_reading_controls(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
