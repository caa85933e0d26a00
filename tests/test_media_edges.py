"""Slips at the edges the media extractor reads: where a quotation opens, where a sentence ends,
the case a name or a role is written in. Each was found in articles outside the repository
(the fourth rounds' samples, docs/media-samples.md) and is tested here on constructed text.
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.russian import normal_name
from refuge.media.extract.spans import sentence_end, sentence_start

pytestmark = pytest.mark.once


def quotes(text: str) -> list[tuple[str, str, str]]:
    found = extract(parse_article(text.encode(), source="m.txt")).quotes
    return [(q.text, q.speaker, q.speaker_role) for q in found]


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "The group said the case showed systematic violations.\"That's why we ask the "
            'prosecutor to act now," said Igor Kochetkov.',
            ["That's why we ask the prosecutor to act now,"],
        ),
        (
            'Nobody answered the letters!"We will go on writing to every court we can," the '
            "mother said.",
            ["We will go on writing to every court we can,"],
        ),
        # A closing quote after a full stop, followed by a space: nothing new opens there.
        (
            'He called it "a campaign of fear against the men." Nobody was charged.',
            ["a campaign of fear against the men."],
        ),
    ],
)
def test_a_quotation_typed_without_a_space_after_the_full_stop_is_found(text, quoted) -> None:
    assert [q[0] for q in quotes(text)] == quoted


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("Он сказал это. Т.н. «кадыровцы» пришли ночью.", "Т.н. «кадыровцы» пришли ночью."),
        ("Задержания начались. Так называемые т.н. «кадыровцы» пришли.", None),
        ("Задержания начались. Их держали в г. Аргуне два месяца.", None),
        ("Задержания начались. Людей свезли в с. Центорой и держали там.", None),
        ("Задержания начались. Глава Р. Кадыров ничего не сказал.", None),
        ("Задержания начались. The men were taken to St. Petersburg later.", None),
        ("The hearing ended. It was chaired by Sen. Marco Rubio of Florida.", None),
        ("The hearing ended. Its witness was Lt. Col. Ivan Petrov of the police.", None),
        ("Это было в 2017 г. Затем задержания начались снова.", "Затем задержания начались снова."),
    ],
)
def test_abbreviations_and_initials_end_no_sentence(text, sentence) -> None:
    # The last sentence, found from its end backwards and from its start forwards.
    expected = sentence or text.split(". ", 1)[1]
    start = sentence_start(text, len(text) - 2, 0)
    assert text[start:] == expected
    assert sentence_end(text, start, len(text)) == len(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "«Таких людей в республике нет», — приводит в среду РИА Новости то, что ответил "
            "представитель главы Чечни Альви Каримов.",
            "Альви Каримов",
        ),
        (
            "«Мы будем добиваться расследования», — приводит «Кавказский узел» то, что заявила "
            "Татьяна Москалькова.",
            "Татьяна Москалькова",
        ),
        (
            "«Это провокация против республики», — цитирует Интерфакс то, что сказал Альви "
            "Каримов.",
            "Альви Каримов",
        ),
    ],
)
def test_the_words_an_outlet_quotes_are_the_subject_of_the_quoted_clause(text, speaker) -> None:
    assert [q[1] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "first_mention",
    [
        "Встреча с Рамзаном Кадыровым прошла в Грозном.",
        "Журналисты встретились с Рамзаном Кадыровым в Грозном.",
        "Письмо Рамзану Кадырову отправили в сентябре.",
    ],
)
def test_a_full_name_in_another_case_comes_back_with_its_first_name(first_mention) -> None:
    text = f"{first_mention}\n\n«Мы не допустим провокаций в республике», — сказал Кадыров."
    assert [q[1] for q in quotes(text)] == ["Рамзан Кадыров"]


def test_a_role_after_a_name_in_another_case_is_the_next_clauses_subject() -> None:
    text = (
        "В интервью, записанном с Рамзаном Кадыровым, глава республики сказал: «Мы не "
        "допустим провокаций в республике»."
    )
    assert [q[2] for q in quotes(text)] == ["глава республики"]
    # In apposition and in the name's case, it is the name's role.
    text = "Альви Каримов — пресс-секретарь главы Чечни — заявил: «Мы не допустим провокаций»."
    assert quotes(text)[0][1:] == ("Альви Каримов", "пресс-секретарь главы Чечни")


@pytest.mark.parametrize(
    "call",
    [
        "Last week they called Kadyrov’s office for comment.",
        "We called Alvi Karimov twice on Monday.",
        "They called Memorial for a comment on Friday.",
    ],
)
def test_calling_someone_is_not_giving_a_name(call) -> None:
    # "whom we have chosen to call Adam" names a witness; a telephone call names nobody.
    text = (
        f"Tanya Lokshina has documented the detentions. {call}\n\n"
        "“Nobody has answered us about the missing men,” she said."
    )
    assert [q[1] for q in quotes(text)] == ["Tanya Lokshina"]


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "«Мы не допустим провокаций в республике», — сказал Альви Каримов, пресс-секретарь "
            "главы Чечни.",
            "пресс-секретарь главы Чечни",
        ),
        (
            "«Мы продолжим помогать людям выехать», — заявил Игорь Кочетков, глава Российской "
            "ЛГБТ-сети.",
            "глава Российской ЛГБТ-сети",
        ),
        # A role word that is an adjective used as a noun.
        (
            "«Мы будем добиваться расследования», — заявила Татьяна Москалькова, уполномоченный "
            "по правам человека.",
            "уполномоченный по правам человека",
        ),
    ],
)
def test_a_role_given_after_the_quotation_in_its_sentence_is_the_speakers(text, role) -> None:
    assert quotes(text)[0][2] == role


@pytest.mark.parametrize(
    "line",
    [
        "“Nobody is detained here,” Mr Kadyrov said.",
        "“Nobody is detained here,” said Mr. Kadyrov.",
        "Mr Kadyrov added: “Nobody is detained here.”",
        "“Nobody is detained here,” Mr Kadyrov told the newspaper on Monday.",
    ],
)
def test_a_courtesy_title_is_not_part_of_the_speakers_name(line) -> None:
    # Papers that write "Mr Kadyrov" mean the Kadyrov they named in full; the ledger groups a
    # speaker's statements by name, so "Mr Kadyrov" would be a second, different speaker.
    text = (
        "Ramzan Kadyrov, the head of Chechnya, met the council on Monday. Tanya Lokshina of "
        "Human Rights Watch said the detentions went on.\n\n"
        f"{line}\n\n“The evidence is overwhelming,” said Ms. Lokshina."
    )
    assert [q[1] for q in quotes(text)] == ["Ramzan Kadyrov", "Tanya Lokshina"]


def test_a_courtesy_title_before_a_name_given_only_once_is_dropped() -> None:
    text = "“We will keep helping people leave,” said Dr. Svetlana Gannushkina on Friday."
    assert [q[1] for q in quotes(text)] == ["Svetlana Gannushkina"]


@pytest.mark.parametrize(
    "line, name, role",
    [
        ("“This is a grave violation of rights,” Sen. Marco Rubio said.", "Marco Rubio", "Sen."),
        ("“This is a grave violation of rights,” said Sen. Marco Rubio.", "Marco Rubio", "Sen."),
        (
            "“This is a grave violation of rights,” Senator Marco Rubio said.",
            "Marco Rubio",
            "Senator",
        ),
        ("“We will not be silent about this,” Rep. Eliot Engel said.", "Eliot Engel", "Rep."),
        (
            "“Nothing of the kind happened here,” Maj. Gen. Apti Alaudinov said.",
            "Apti Alaudinov",
            "Maj. Gen.",
        ),
        (
            "“They must all be punished,” Lt. Col. Ivan Petrov told reporters.",
            "Ivan Petrov",
            "Lt. Col.",
        ),
        ("“These people do not exist here,” Imam Salakh Mezhiev said.", "Salakh Mezhiev", "Imam"),
        (
            "“They must all be punished,” Chancellor Angela Merkel said.",
            "Angela Merkel",
            "Chancellor",
        ),
    ],
)
def test_a_title_before_a_name_is_the_speakers_role(line, name, role) -> None:
    # A rank or office written before the name ("Sen.", "Maj. Gen.", "Imam") is what the
    # person is, not part of who they are; its full stop ends no sentence.
    text = f"The purge drew condemnation abroad.\n\n{line}"
    assert [q[1:] for q in quotes(text)] == [(name, role)]


@pytest.mark.parametrize("title", ["Senator", "General", "Imam"])
def test_a_title_is_no_first_name_of_a_surname_standing_alone(title) -> None:
    # The article never gives a first name: the surname stands alone, not "Senator Rubio".
    text = (
        f"{title} Rubio wrote to the State Department on Monday.\n\n"
        "“This is a grave violation of rights,” Rubio said."
    )
    assert [q[1] for q in quotes(text)] == ["Rubio"]


def test_a_title_before_a_surname_is_the_person_named_in_full() -> None:
    text = (
        "Senator Marco Rubio wrote to the State Department on Monday.\n\n"
        "“This is a grave violation of rights,” Sen. Rubio said."
    )
    assert [q[1] for q in quotes(text)] == ["Marco Rubio"]


@pytest.mark.parametrize(
    "line",
    [
        "“There are no such people in Chechnya at all,” said Ramzan A. Kadyrov, the leader.",
        "Ramzan A. Kadyrov spoke. “There are no such people in Chechnya at all,” he said.",
        "Ramzan A. Kadyrov spoke. “There are no such people in Chechnya at all,” Kadyrov said.",
    ],
)
def test_a_middle_initial_is_left_out_of_the_speakers_name(line) -> None:
    # Papers that write "Ramzan A. Kadyrov" mean the Ramzan Kadyrov other papers quote.
    assert [q[1] for q in quotes(f"The report was denied.\n\n{line}")] == ["Ramzan Kadyrov"]


def test_a_surname_after_a_name_with_a_middle_initial_is_that_person() -> None:
    text = (
        "Igor V. Kochetkov of the Russian LGBT Network spoke first.\n\n"
        "“We are investigating the reports very carefully,” said Kochetkov."
    )
    assert [q[1] for q in quotes(text)] == ["Igor Kochetkov"]


@pytest.mark.parametrize(
    "written, nominative",
    [
        ("Татьяну Москалькову", "Татьяна Москалькова"),  # not "Москальков"
        ("Татьяна Москалькова", "Татьяна Москалькова"),
        ("Олега Орлова", "Олег Орлов"),  # not a woman's "Орлова"
        ("Зелимхана Бакаева", "Зелимхан Бакаев"),  # "Зелимхана" is also a woman's name
        ("Оюба Титиева", "Оюб Титиев"),  # a first name the dictionary does not know
        ("Ольги Садовской", "Ольга Садовская"),  # "Ольги" is also a plural's nominative
        ("Светланы Ганнушкиной", "Светлана Ганнушкина"),
        ("Рамзану Ахматовичу Кадырову", "Рамзан Ахматович Кадыров"),
        ("Кадырова", "Кадыров"),
        # Read as the given names "Дауд" and "Магомед" in the plural: one person is singular.
        ("Магомед Даудов", "Магомед Даудов"),
        ("Даудов", "Даудов"),
        ("Ахмед Магомедов", "Ахмед Магомедов"),
    ],
)
def test_a_russian_name_comes_back_in_the_nominative_of_its_own_gender(written, nominative) -> None:
    # The ledger groups statements by the speaker's name: the same person must come back under
    # one name whatever case the sentence put it in.
    assert normal_name(written) == nominative


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Из показаний Нухажиева в суде: «Я не видел, кто стрелял в тот вечер».", "Нухажиев"),
        ("Из заявления Рамзана Кадырова: «Мы не знаем никаких геев в Чечне».", "Рамзан Кадыров"),
        (
            "По итогам встречи Татьяна Москалькова: «Мы направим запрос в прокуратуру».",
            "Татьяна Москалькова",
        ),
        # The words are the owner's of what they are taken from, a role in the nominative.
        ("Из показаний свидетеля: «Его увезли на белой машине без номеров».", "свидетель"),
        ("Из письма матери задержанного: «Моего сына забрали ночью».", "мать задержанного"),
        ("Из объяснений местного жителя: «Их увезли на белой машине».", "местный житель"),
        (
            "Из заявления пресс-службы главы Чечни: «Это ложь и дезинформация».",
            "пресс-служба главы Чечни",
        ),
    ],
)
def test_the_sentence_before_a_colon_names_the_speaker_not_its_preposition(line, speaker) -> None:
    text = f"Суд продолжил рассмотрение дела.\n\n{line}\n"
    assert [q[1] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker", "role"),
    [
        (
            "Kadyrov's spokesman Alvi Karimov issued a statement saying “this is an absolute "
            "lie and disinformation.”",
            "Alvi Karimov",
            "Kadyrov's spokesman",
        ),
        ("Alvi Karimov issued a statement saying “this is an absolute lie.”", "Alvi Karimov", ""),
        (
            "Memorial published a report saying “torture in Chechnya is systematic.”",
            "Memorial",
            "",
        ),
    ],
)
def test_whoever_issues_a_statement_saying_something_says_it(line, speaker, role) -> None:
    text = f"Police detained dozens of men in Grozny.\n\n{line}\n"
    assert [q[1:] for q in quotes(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "«Это ложь и провокация», — приводит РИА Новости слова пресс-службы омбудсмена.",
            "пресс-служба омбудсмена",
        ),
        (
            "«Мы направим запрос», — приводит РИА Новости слова Татьяны Москальковой.",
            "Татьяна Москалькова",
        ),
        ("«Мы направим запрос в прокуратуру», — приводит «Интерфакс» слова Кадырова.", "Кадыров"),
    ],
)
def test_the_words_an_outlet_of_two_words_quotes_are_their_owners(line, speaker) -> None:
    text = f"Полиция задержала мужчин в Грозном.\n\n{line}\n"
    assert [q[1] for q in quotes(text)] == [speaker]
