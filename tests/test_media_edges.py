"""Slips at the edges the media extractor reads: where a quotation opens, where a sentence ends,
the case a name or a role is written in. Each was found in articles outside the repository
(the fourth rounds' samples, docs/media-samples.md) and is tested here on constructed text.
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
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
