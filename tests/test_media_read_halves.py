"""Constructions from the blind halves I2 to M2, read for rules from session 26 on (a new blind
set N is only measured)."""

import pytest

from tests.media_helpers import counts, quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_name_after_a_role_of_coordinated_words_is_one_person(opening, closing):
    # K2: "Refugees" is a word of the critic's portfolio, not a second speaker. In straight
    # marks the parse names no one, and the words after the verb give the name after the role.
    text = (
        "The NDP called on the government to act.\n\n"
        f"{opening}The Liberals must not only condemn the Chechen government’s action, they "
        f"should also extend Canadian protections,{closing} added NDP Immigration, Refugees "
        f"and Citizenship critic, Jenny Kwan. {opening}It’s clear that the Canadian government "
        f"should offer full refugee status.{closing}\n"
    )
    assert [s for _, s in quoted(text)] == ["Jenny Kwan"] * 2


FEATURE = (
    "Chechens struggle to find their footing after fleeing to Canada\n\n"
    "He is gay and a refugee from Chechnya living in Toronto, and sometimes he feels lost. "
    "“I miss my old friends,” he says.\n\n"
    "The Globe and Mail has agreed not to identify him.\n\n"
    "“I was afraid,” he admits.\n"
)


def test_an_unnamed_subject_is_what_the_article_calls_him():
    # K2: the feature's subject is never named; the second word of a paper's title is no one.
    assert [s for _, s in quoted(FEATURE)] == ["a refugee from Chechnya"] * 2


def test_a_named_person_is_not_described_by_a_later_sentence():
    text = (
        "Ali Musayev fled Grozny in 2017.\n\n"
        "He is gay and a refugee from Chechnya living in Toronto. “I miss my old friends,” he "
        "says.\n"
    )
    assert [s for _, s in quoted(text)] == ["Ali Musayev"]


def test_a_clause_set_against_the_sentence_speaks_for_itself():
    # L2: "while a spokesman of his denounced …" is not the leader named before it.
    text = (
        "Gays flee Chechnya.\n\n"
        "Chechen leader Ramzan Kadyrov has denied allegations of a wave of repression, while a "
        "spokesman of his denounced the report as “absolute lies and disinformation,” saying "
        "there were no gays in Chechnya.\n"
    )
    assert [s for _, s in quoted(text)] == ["a spokesman of his"]


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("основателя фестиваля Виталия Манского", "Виталий Манский"),
        ("режиссёра Аркадия Чернецкого", "Аркадий Чернецкий"),
    ],
)
def test_an_adjectival_surname_in_the_nominative(name, nominative):
    # K2: natasha declined the first name back and left the surname as written.
    text = (
        "Фильм получил приз.\n\n"
        f"«За все годы фестиваля мы ни одну картину не лоббировали», — цитирует «Дождь» {name}.\n"
    )
    assert [s for _, s in quoted(text)] == [nominative]


def test_calling_to_account_is_no_answer_of_theirs():
    # L2: "к ответу" is "to account"; the journalists' clause is the adviser's words for them.
    text = (
        "Угрозы журналистам.\n\n"
        "В сюжете советник главы Чечни по делам религии Адам Шахидов призывает к ответу "
        'журналистов, которые "порочат честь [чеченского] народа".\n'
    )
    assert [s for _, s in quoted(text)] == ["Адам Шахидов"]


TURN = (
    "Фильм показали в Риге.\n\n"
    "Режиссёр Виталий Манский напомнил о трудной судьбе фильма.\n\n"
    "«Первый заход был весьма мягкий — на фестиваль приехал представитель чеченского "
    "правительства», — рассказал Манский.\n\n"
    "{opening}Я мягко спросил: «А почему мы должны отказываться от показа?» Ответил, что этот "
    "фильм оскорбляет чеченский народ.\n"
)


@pytest.mark.parametrize(("opening", "speaker"), [("— ", "Виталий Манский"), ("", "")])
def test_i_in_a_turn_is_the_one_telling(opening, speaker):
    # M2: a paragraph opening with a dash goes on with the one quoted before; without the
    # dash "Я" is the narrator's, and no one the article names.
    assert [s for _, s in quoted(TURN.format(opening=opening))] == ["Виталий Манский", speaker]


HEADLINE = (
    'Чеченский министр сравнил геев в республике с "троглодитами и марсианами"\n\n'
    '1 апреля "Новая газета" опубликовала расследование о преследовании геев в Чечне. '
    "Министр Чечни по национальной политике Джамбулат Умаров допустил, что журналисты "
    "придумают новую историю.{other}\n"
)


@pytest.mark.parametrize(
    ("other", "speaker"),
    [
        ("", "Джамбулат Умаров"),
        # Two ministers: the headline's is either.
        (" Министр здравоохранения Чечни Эльхан Сулейманов промолчал.", ""),
    ],
)
def test_a_headline_opening_with_a_role(other, speaker):
    # L2: the headline's subject is the one the body gives its role.
    assert quoted(HEADLINE.format(other=other))[0][1] == speaker


def test_their_document_capitalised_is_theirs():
    # L2: "Their petition demands “…”" opening a sentence, as "their statement reads" did.
    text = (
        "Activists detained.\n\n"
        "Five gay rights activists were detained in Moscow as they attempted to deliver a "
        "petition. Their petition demands “an unbiased investigation of illegal detentions of "
        "hundreds of people in Chechnya”.\n"
    )
    assert [s for _, s in quoted(text)] == ["Five gay rights activists"]


def test_a_quotation_opening_its_paragraph_after_an_announcement():
    # Session 26, splitting paragraphs after quotations: the paragraph before announced who.
    text = (
        "Purge confirmed.\n\n"
        "Reports said that over 100 men have been detained. In a new report, Human Rights Watch "
        "confirmed the shocking claims that have stunned the world.\n\n"
        "“The information published by Novaya Gazeta is consistent with the reports we recently "
        "received from numerous trusted sources.”\n"
    )
    assert [s for _, s in quoted(text)] == ["Human Rights Watch"]


def test_the_text_is_the_last_document_and_the_newspapers_letter_is_its():
    # L2: "A letter from the newspaper says …. The text also calls Chechnya “…”".
    text = (
        "Newspaper wants Moscow to ban Chechnya’s ruler\n\n"
        "Editors from the newspaper Novaya Gazeta have made a public appeal to the mayor. A "
        "letter from the newspaper says Muscovites will be safer without his guards.\n\n"
        "The text also calls Chechnya a “heavily subsidized region,” taking a page from a "
        "protest movement.\n"
    )
    assert [s for _, s in quoted(text)] == ["Novaya Gazeta"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # L2: help given is an evacuation, as "оказали помощь" is (the development set's way).
        ("На сегодняшний день мы помогаем примерно 50 людям.", {(50, "about", "people evacuated")}),
        ("Более 80 человек обратились за помощью.", {(80, "more than", "people asked for help")}),
    ],
)
def test_people_helped_are_evacuated(sentence, expected):
    assert (
        counts(f"Эвакуация из Чечни.\n\nСейчас мы продолжаем эвакуацию. {sentence}\n") == expected
    )


def test_a_word_with_a_plus_sign_does_not_end_the_count():
    # J2: "LGBTQI+" stopped the words after the number before "who were detained".
    text = (
        "Siblings returned to Chechnya.\n\n"
        "Reports of two Chechen siblings in the LGBTQI+ community who were detained in Russia "
        "emerged on Tuesday.\n"
    )
    assert counts(text) == {(2, "", "people detained")}


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        (
            "a spokesperson for the Russian LGBTQ+ Network told reporters",
            "a spokesperson for the Russian LGBTQ+ Network",
        ),
        ("LGBTQ+ activist Ivan Petrov told reporters", "Ivan Petrov"),
    ],
)
def test_a_plus_sign_inside_a_name_of_a_body(attribution, speaker):
    # From the J2 figure: "LGBTQ+" ended a body's name at its plus sign, leaving "Network".
    text = f"Activists spoke out.\n\n“We are receiving dozens of calls,” {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
