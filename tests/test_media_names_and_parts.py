"""Who a name, a body's kind or a document's owner is, and the part a count of a clause is of
(the fiftieth session, 2026-12-07; docs/media-rules.md, "Names met as owners, bodies by their
kind, and parts of a count"): a first name met only as an owner ("Yusuf’s nightmare"), a month
that is no one, "the party" that is no person described with the word, the body that released
the statement a paragraph announces, the court whose website carries a statement, and Russian
counts of those detained set after a place ("в 19 городах, 68 из которых") or between commas;
the one who received the correspondent, "Those were the first words Amin spoke", "write the
Senators", a description that names someone the sentence before named, and qualifiers of
"slightly fewer" and "в районе".
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yusuf’s nightmare began on 5 June when the police arrived at his door. “I can’t "
            "even call them human because of what they did to me,” he told FairPlanet.",
            "Yusuf",
        ),
        (
            "Anara waited on that afternoon for what felt like hours. A group of men invited the "
            "teenager inside for a cup of tea.\n\n“They waited for me to finish my drink,” she "
            "says, avoiding all eye contact.",
            "Anara",
        ),
        # A name the lists do not hold stays no one's as before; the owner's kin is the kin.
        (
            "Zarkhan’s nightmare began on 5 June when the police arrived at his door. “I can’t "
            "even call them human,” he told FairPlanet.",
            "",
        ),
        # Review: the owner's lawyer is the lawyer, unnamed.
        (
            "Yusuf’s former lawyer said police had refused to let him see his client.\n\n"
            "“This is a gross violation of the law,” he said.",
            "",
        ),
        (
            "Yusuf’s lawyer said police had refused to let him see his client for two days.\n\n"
            "“This is a gross violation of the law,” he said.",
            "",
        ),
        (
            "Yusuf’s sister waited on that afternoon for hours.\n\n“They waited for me to finish "
            "my drink,” she says.",
            "Yusuf’s sister",
        ),
    ],
)
def test_a_first_name_met_as_an_owner_or_alone(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_a_first_name_like_a_month_is_someone() -> None:
    text = (
        "April Ryan, a journalist who covered the trial in Minsk, was expelled from Belarus on "
        "Monday.\n\n“I was given two hours to pack,” she said."
    )
    assert speakers(text) == ["April Ryan"]


def test_a_month_is_no_one() -> None:
    text = (
        "United Nations experts on Wednesday, February 13 said they were alarmed by a new wave "
        "of persecution.\n\nSince February 2017, authorities in the region have abducted over "
        "100 people.\n\nThe reports have been described by activists in detail:\n\n“We know "
        "that the detentions are carried out by law enforcement officers.”"
    )
    assert speakers(text)[-1] == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two members of the opposition Popular Front Party were detained.\n\nThe party "
            "stated that Niyameddin Ahmadov, the bodyguard of party leader Ali Karimli, was "
            "taken from his cell.\n\n‘There is no doubt that the agencies decided to arrest "
            "him’, the party stated.",
            "Popular Front Party",
        ),
        (
            "The body of Imran Aliev, 44, was found in a hotel room in Lille.\n\nThe suspect "
            "lived in Chechnya, just like Aliev, the Lille prosecutor’s office said."
            "\n\n“On the day of the events, he flew to Berlin,” the office said in a statement.",
            "Lille prosecutor’s office",  # the office named by whose it is
        ),
        # A person's epithet still finds the person described with it, "watchdog" too.
        (
            "Dunja Mijatovic, the Council of Europe's human rights watchdog, visited Grozny on "
            "Tuesday.\n\n“The authorities must investigate these abductions without delay,” the "
            "watchdog said.",
            "Dunja Mijatovic",
        ),
        (
            "Ali Karimli, the party leader, said the men were tortured.\n\n“There is no doubt "
            "about it,” the leader said.",
            "Ali Karimli",
        ),
    ],
)
def test_a_bodys_kind_is_the_body_not_a_person_described_with_it(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "announcement",
    [
        "Reports of deaths have been confirmed by the Russian LGBT+ Network who released a "
        "statement regarding the crisis in Chechnya:",
        "The Russian LGBT Network, which has helped dozens of men leave, has released a "
        "statement on the detentions:",
    ],
)
def test_the_body_a_clause_says_released_the_statement(announcement: str) -> None:
    text = (
        f"{announcement}\n\n“We know that the detentions are carried out by law enforcement "
        "officers.”\n\nThe statement continued:\n\n“Documents are taken from them.”"
    )
    assert speakers(text) == ["Russian LGBT Network", "Russian LGBT Network"]


def test_a_statement_a_person_may_have_issued_is_no_ones() -> None:
    text = (
        "Police have detained 20 people in Nalchik, said the lawyer for Salman Tepsurkaev, who "
        "issued a statement.\n\n“My client was tortured in custody,” the statement said."
    )
    assert speakers(text) == [""]


def test_the_anti_discrimination_centre_is_not_memorials_rights_centre() -> None:
    text = "“The campaign will go on,” the Anti-Discrimination Centre Memorial said in a statement."
    assert speakers(text) == ["ADC Memorial"]
    assert speakers("“Dozens of people are tortured,” said Memorial.") == ["Memorial"]
    # The Committee Against Torture's successor, under either English name.
    crew = "“Her condition is worsening,” the Team Against Torture said."
    assert speakers(crew) == ["Crew Against Torture"]


def test_an_outlet_with_a_full_stop_in_its_name_keeps_it() -> None:
    text = (
        "The fate of his family remains unclear, Kavkaz.Realii said.\n\n“They broke my hand, "
        "my foot, and injured my head,” Malizayev said.\n\n“They are safe now and in hiding,” "
        "Kavkaz.Realii said."
    )
    assert speakers(text)[-1] == "Kavkaz.Realii"


def test_a_year_is_no_one() -> None:
    text = (
        "Sasitlinskiy has been on an international wanted list since 2018 accused of "
        "‘financing terrorism and participation in a terrorist organisation’."
    )
    assert speakers(text) == ["prosecution"]  # the charge's wording, not the year


def test_a_statement_on_the_courts_website_is_the_courts() -> None:
    text = (
        "Orenburg’s Central District Court ruled Wednesday to place the club’s art director in "
        "pre-trial detention.\n\nA statement on the court’s website describes him as one who "
        "“supports the views and activities of the international LGBT public association.”"
    )
    assert speakers(text) == ["Orenburg’s Central District Court"]


def test_a_statement_on_a_channels_page_is_not_its_moderators() -> None:
    text = (
        "Police detained Salman Tepsurkaev, the moderator of the channel 1ADAT, in Krasnodar.\n\n"
        "“Salman was forced to humiliate himself on camera,” a statement on the channel’s "
        "Telegram page said."
    )
    assert speakers(text) == ["1ADAT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apti Alaudinov, then Chechnya's deputy interior minister, received the "
            "correspondent in his office on the fourth floor of the ministry.\n\n“Write "
            "whatever you want. Everybody in Chechnya knows these stories are nonsense.”",
            "Apti Alaudinov",
        ),
        (
            "Chechen man granted asylum\n\n“I can finally walk down a street without checking "
            "who is behind me.”\n\nThose were among the first words Amin, 27, spoke when he "
            "landed in Toronto last month, volunteers who met him said.",
            "Amin",
        ),
        (
            "“We will find every one of them.”\n\nThese are the words of Ramzan Kadyrov, spoken "
            "on television in 2017.",
            "Ramzan Kadyrov",
        ),
        (
            "“The detention, torture, or murder of members of the LGBTI community represents a "
            "deplorable violation,” write the Senators in the letter to Secretary Tillerson.",
            "the Senators",
        ),
        (
            "Akylbek Muratbai is seeking asylum.\n\nIn September the court denied asylum to "
            "Muratbai. The human rights activist appealed to Western countries for help. Now he "
            "finds himself in limbo, which, he says, is “basically like dying every day.”",
            "Akylbek Muratbai",
        ),
        (
            "The group says his death was ordered by Kadyrov.\n\nThey reported a source saying "
            "Kadyrov “considered his homosexuality a personal insult” and ordered his death.",
            "a source",
        ),
        # Review: someone else met, words heard, an infinitive of speech: no one announced.
        (
            "Amina later met Ramzan Kadyrov in Grozny.\n\n“The republic is calm, and the "
            "reports are lies.”",
            "",
        ),
        (
            "“Go back to where you came from.”\n\nThose were the last words Amin heard before "
            "the men beat him.",
            "",
        ),
        (
            "The group says his death was ordered by Kadyrov.\n\nThey saw a man saying Kadyrov "
            "“considered his homosexuality a personal insult” and ordered his death.",
            "",
        ),
        (
            "Oyub Titiev, head of Memorial’s office in Grozny, was arrested in January. Officers "
            "refused to write to Titiev.\n\n“The case against Oyub is fabricated from beginning "
            "to end.”",
            "",
        ),
    ],
)
def test_words_that_announce_or_credit_a_quotation(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным правозащитного центра «Весна», известно о 119 задержанных в 19 городах "
            "республики, 68 из которых арестовали в Минске.",
            {(119, "", "people detained"), (68, "", "people detained")},
        ),
        (
            "Известно о 119 задержанных в 19 городах, 68 из которых арестованы в Минске.",
            {(119, "", "people detained"), (68, "", "people detained")},
        ),
        ("Больше всего задержаний, 58, зафиксировано в Москве.", {(58, "", "people detained")}),
        # Places and things are still not those counted; a date between commas is no count.
        ("В 19 городах, 8 из которых находятся в Минской области, прошли акции.", set()),
        ("Изъяли три автомата, два из которых числились похищенными.", set()),
        (
            "Задержаны 30 жителей 12 сел, 5 из которых находятся в горах.",
            {(30, "", "people detained")},
        ),
        ("После задержания, 5 мая, его отпустили.", set()),
        # Taken to the security service or "the organs of internal affairs": custody.
        (
            "Как заявил адвокат, трех человек после обысков отвезли в крымское управление ФСБ.",
            {(3, "", "people detained")},
        ),
        (
            "В органы внутренних дел были доставлены 49 граждан, участвовавших в пикетировании.",
            {(49, "", "people detained")},
        ),
        ("После обысков 5 человек отвезли в больницу.", set()),
        # Review: article numbers and a list of dates between commas are no counts.
        (
            "В ходе задержаний, 12, 13 и 14 июня, пострадали трое журналистов.",
            {(3, "", "people detained")},
        ),
    ],
)
def test_russian_parts_of_those_detained(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Чечне задержаны чуть менее 40 человек.", {(40, "nearly", "people detained")}),
        ("В Чечне задержаны в районе 40 человек.", {(40, "about", "people detained")}),
        ("Police detained slightly fewer than 40 men.", {(40, "nearly", "men detained")}),
        ("Police detained just short of 40 men.", {(40, "nearly", "men detained")}),
        # A qualifier set apart from its number by an aside between dashes.
        (
            "— Как минимум — и это только те случаи, которые мы смогли подтвердить, — шестеро "
            "мужчин были убиты, — сказал правозащитник.",
            {(6, "at least", "men killed")},
        ),
        (
            "«Как минимум — и это только подтверждённые случаи — шестеро мужчин были убиты», — "
            "заявила Татьяна Локшина.",
            {(6, "at least", "men killed")},
        ),
        (
            "Не менее — я подчёркиваю: не менее — двадцати пяти человек задержаны.",
            {(25, "at least", "people detained")},
        ),
        (
            "At least – and these are only the confirmed cases – six men were killed.",
            {(6, "at least", "men killed")},
        ),
    ],
)
def test_qualifiers_of_just_under(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A profile that calls its subject by her first name after the first mention.
        (
            "Olga Zazulinskaya is one of the activists in Vilnius helping families of political "
            "prisoners. The KGB made Olga flee to Lithuania.\n\nOlga’s Telegram account is the "
            "lifeline for many in Belarus.\n\n“I get "
            "a call and they say: ‘They are knocking on our doors. What should we do?’”\n\nAs the "
            "results were announced, thousands of Belarusians flooded the streets in Minsk.\n\n"
            "“I saw all of this with my own eyes. Since that day normal life has disappeared.”",
            ["Olga Zazulinskaya", "Olga Zazulinskaya"],
        ),
        # A recording: "she is heard saying"; a part of the world and a ministry's part are no
        # one "she" may mean.
        (
            "An immigration officer discussed the case with his lawyer.\n\n“If it were up to me, "
            "they would all be put up against a wall,” the officer with the Moscow branch of the "
            "Interior Ministry's Main Directorate of Migration Affairs said.\n\nAt one point the "
            "officer, who said she hailed from the applicant's Central Asian homeland, switched "
            "to Uzbek.\n\n“Cursed be your father. Do you understand me, dog?” she is heard "
            "saying in Uzbek.",
            [
                "the officer with the Moscow branch of the Interior Ministry's Main Directorate of "
                "Migration Affairs"
            ]
            * 2,
        ),
        (
            "“Get out of here, all of you,” a man in uniform can be heard saying on the video.",
            ["a man in uniform"],
        ),
        # "the leader" after "Chechen leader Ramzan Kadyrov" is he, not his government; "A man,
        # referred to only as Adam," is Adam.
        (
            "Chechen leader Ramzan Kadyrov has hinted that a missing singer may be dead.\n\n“His "
            "family couldn’t stop him, and then called him back home,” the leader told the "
            "assembled audience.",
            ["Ramzan Kadyrov"],
        ),
        (
            "A man, referred to only as Adam, recounts having metal clamps applied to his "
            "fingers.\n\n“Sometimes they were trying to get information from me,” he said.",
            ["Adam"],
        ),
        # Review: a phrase before the pronoun is no part of who.
        (
            "“We know where your parents live,” in the recording he is heard saying.",
            [""],
        ),
    ],
)
def test_profiles_and_recordings(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
