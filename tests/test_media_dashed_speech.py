"""Direct speech set off with dashes, and interviews laid out as questions and answers.

Constructed examples from the checklist of how Russian and English news lay out direct speech
(refuge/media/extract/dialogue.py): several wordings per construction, and the dashes that are
not speech (lists, "Москва — столица", a dash between clauses, a missing verb, a heading).
"""

import time

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.dialogue import dashed_speech

pytestmark = pytest.mark.once

KALYAPIN = "Глава «Комитета против пыток» Игорь Каляпин рассказал о жалобах из Чечни.\n"
MILASHINA = "Журналистка «Новой газеты» Елена Милашина вернулась из Грозного.\n"
KOCHETKOV = "Глава «Российской ЛГБТ-сети» Игорь Кочетков дал интервью «Новой газете».\n"


def quotes(text: str) -> list[tuple[str, str, int | None]]:
    """Each quotation part as (its words, its speaker, the index of its first part)."""
    found = extract(parse_article(text.encode(), source="ru.txt")).quotes
    return [(q.text, q.speaker, q.part_of) for q in found]


def test_the_author_s_words_after_a_second_dash_name_the_speaker():
    for author in ("сказал Каляпин", "заявил Каляпин", "отмечает Каляпин", "считает Каляпин"):
        text = KALYAPIN + f"— Мы получили десятки жалоб, — {author}."
        assert quotes(text) == [("Мы получили десятки жалоб", "Игорь Каляпин", None)]
    text = KALYAPIN + "— Сколько ещё это будет продолжаться? — спросил Каляпин."
    assert quotes(text) == [("Сколько ещё это будет продолжаться?", "Игорь Каляпин", None)]
    text = MILASHINA + "— Это настоящая охота на людей! — воскликнула она."
    assert quotes(text) == [("Это настоящая охота на людей!", "Елена Милашина", None)]
    # Any form of a verb of dialogue, and a short adjective of conviction.
    for author in ("вздыхали Каляпин", "повторяет Каляпин", "уверен Каляпин", "начала Каляпин"):
        text = KALYAPIN + f"— Мы получили десятки жалоб, — {author}."
        assert [q[1] for q in quotes(text)] == ["Игорь Каляпин"]
    # No comma before the dash: "… — вспоминает он."
    text = MILASHINA + "— Меня держали в подвале три дня — вспоминает Милашина."
    assert quotes(text) == [("Меня держали в подвале три дня", "Елена Милашина", None)]


def test_the_words_after_the_author_s_are_the_same_quotation_s_second_part():
    text = KALYAPIN + "— Мы получили десятки жалоб, — сказал Каляпин. — Люди боятся говорить."
    assert quotes(text) == [
        ("Мы получили десятки жалоб", "Игорь Каляпин", None),
        ("Люди боятся говорить.", "Игорь Каляпин", 0),
    ]
    # The author's words mid-sentence, between commas.
    text = MILASHINA + "— Никто не защищён, — говорит она, — ни геи, ни их родственники."
    assert quotes(text) == [
        ("Никто не защищён", "Елена Милашина", None),
        ("ни геи, ни их родственники.", "Елена Милашина", 0),
    ]


def test_a_speaker_named_by_role_or_in_full_after_the_verb():
    text = (
        "Правозащитники опубликовали доклад.\n— Мы зафиксировали более ста случаев, — заявила "
        "директор Human Rights Watch в России Татьяна Локшина."
    )
    assert [q[1] for q in quotes(text)] == ["Татьяна Локшина"]
    text = (
        "Максим Лапунов обратился в СК.\n"
        "— Меня били двенадцать дней, — рассказал журналистам Лапунов."
    )
    assert [q[1] for q in quotes(text)] == ["Максим Лапунов"]
    text = KALYAPIN + "— Власти не ответили ни на один запрос, — отмечает правозащитник."
    assert [q[1] for q in quotes(text)] == ["Игорь Каляпин"]


def test_a_dashed_paragraph_with_no_author_s_words_goes_on_from_the_one_before():
    for author in ("вспоминает Ахмадов", "вспоминает он"):
        text = (
            "Ислам Ахмадов бежал из Чечни в 2017 году.\n"
            f"— Меня забрали прямо с работы, — {author}.\n— Потом отвезли в Аргун."
        )
        assert quotes(text) == [
            ("Меня забрали прямо с работы", "Ислам Ахмадов", None),
            ("Потом отвезли в Аргун.", "Ислам Ахмадов", 0),
        ]


def test_a_paragraph_ending_in_a_colon_introduces_the_dashed_speech_after_it():
    text = (
        "Елена Милашина описала, что происходило в тюрьме. Она говорит:\n"
        "— Там держали десятки людей.\n— Многих так и не нашли."
    )
    assert quotes(text) == [
        ("Там держали десятки людей.", "Елена Милашина", None),
        ("Многих так и не нашли.", "Елена Милашина", 0),
    ]
    for dash in ("—", "–", "-"):
        text = f"Каляпин объяснил журналистам:\n{dash} Мы не можем работать в республике."
        assert [q[1] for q in quotes(text)] == ["Каляпин"]


def test_interview_answers_are_the_interviewee_s_and_questions_are_left_out():
    text = (
        KOCHETKOV + "— Сколько человек обратились на горячую линию?\n"
        "— Мы получили около ста обращений.\n— Что с ними стало?\n— Большинство уехали из России."
    )
    assert quotes(text) == [
        ("Мы получили около ста обращений.", "Игорь Кочетков", None),
        ("Большинство уехали из России.", "Игорь Кочетков", None),
    ]
    text = (
        "«Медуза» поговорила с главой «Комитета против пыток» Игорем Каляпиным.\n"
        "— Почему вы ушли из Чечни?\n— Нас выжили оттуда. Офис поджигали дважды."
    )
    assert [q[:2] for q in quotes(text)] == [
        ("Нас выжили оттуда. Офис поджигали дважды.", "Игорь Каляпин")
    ]
    text = (
        KOCHETKOV + "Вопрос: Сколько человек обратились?\nОтвет: Мы получили около ста обращений."
    )
    assert [q[:2] for q in quotes(text)] == [("Мы получили около ста обращений.", "Игорь Кочетков")]


def test_a_dialogue_with_the_author_s_words_keeps_each_speaker():
    text = (
        "Следователь допросил Лапунова.\n— Кто вас бил? — спросил следователь.\n"
        "— Я не знаю их имен, — ответил Лапунов."
    )
    assert [q[1] for q in quotes(text)] == ["следователь", "Лапунов"]


def test_english_interviews_laid_out_as_questions_and_answers():
    text = (
        "Igor Kochetkov of the Russian LGBT Network answered questions from The Guardian.\n"
        "Q: How many people have you helped?\n"
        "A: More than 150 people have left the region with our help."
    )
    assert [q[:2] for q in quotes(text)] == [
        ("More than 150 people have left the region with our help.", "Igor Kochetkov")
    ]
    text = (
        "We spoke to Amnesty International's Denis Krivosheev.\nQuestion: Is it over?\n"
        "Answer: No, we keep receiving reports of detentions."
    )
    assert [q[1] for q in quotes(text)] == ["Denis Krivosheev"]
    text = (
        "Tanya Lokshina of Human Rights Watch talked to us.\nQ. What should the Kremlin do?\n"
        "A. It should open a real investigation into the abuses."
    )
    assert [q[1] for q in quotes(text)] == ["Tanya Lokshina"]


def test_a_name_before_a_colon_speaks_and_the_interviewer_s_questions_are_left_out():
    text = (
        "RFE/RL spoke to Maxim Lapunov about his detention.\n"
        "RFE/RL: What happened to you in Grozny?\n"
        "Lapunov: I was held for twelve days and beaten every day."
    )
    assert [q[:2] for q in quotes(text)] == [
        ("I was held for twelve days and beaten every day.", "Maxim Lapunov")
    ]
    text = (
        "Радио Свобода поговорило с Игорем Кочетковым.\n"
        "Радио Свобода: Сколько людей вы вывезли?\nКочетков: Больше ста пятидесяти человек."
    )
    assert [q[:2] for q in quotes(text)] == [("Больше ста пятидесяти человек.", "Игорь Кочетков")]


@pytest.mark.parametrize(
    "text",
    [
        "Москва — столица России, а Грозный — столица Чечни.",
        "Кадыров — против, Каляпин — за.",
        "Пятеро — в СИЗО, трое — на свободе.",
        "Задержания продолжались весь март — об этом писала «Новая газета».",
        "В списке:\n— «Российская ЛГБТ-сеть»;\n— «Мемориал»;\n— «Комитет против пыток».",
        "Требования правозащитников:\n— освободить задержанных;\n— провести расследование.",
        "Что известно о задержаниях:\n— Задержаны не менее 40 человек.\n— Двое погибли.",
        "Глава 3. Задержания — как это было\nВ феврале в Аргуне задержали десятки мужчин.",
        "Итоги года — 2017\nВ 2017 году в Чечне задержали более ста мужчин.",
        "Key facts:\n- at least 100 men detained;\n- three killed.",
        "Key findings:\n- The report found dozens of cases of torture.",
        "Chapter 2: Q&A with the authors\nThe book was published in 2020.",
        "The report — released on Monday — says dozens were detained.",
        "Photo: Getty Images for the news agency\nSource: Human Rights Watch annual report",
        "Ислам Ахмадов бежал из Чечни.\n— За что нас так?\nОн не знает ответа. Отец тоже.",
        "Силовики похитили двоих.\n- Весной в Чечне прошла серия похищений.\n- Зачистки "
        "возобновились в октябре.",
    ],
)
def test_dashes_that_are_not_speech(text):
    assert quotes(text) == []


def test_dialogue_inside_a_quoted_title_is_not_read_as_speech():
    text = "Книга «— Где ты был? — Дома» вышла в 2019 году."
    assert len(quotes(text)) <= 1  # the title in guillemets, as before, and nothing more


def test_a_transcript_s_labels_in_capitals_and_the_host_s_turns():
    text = (
        "Елена Милашина — гость эфира Лизы Аникиной.\n"
        "Л. АНИКИНА: Здравствуйте. Как вы себя чувствуете?\n"
        "Е. МИЛАШИНА: Нормально себя чувствую, спасибо.\n"
        "Л. АНИКИНА: Вам пишут много слов поддержки. Можем ли мы рассказать, что было? "
        "Не все знают подробности.\n"
        "Е. МИЛАШИНА: Нас избили прямо у аэропорта."
    )
    # The host asks, even where a turn ends in a statement: no claim of hers is quoted. The
    # label's initial is the name the text spells out.
    assert [q[:2] for q in quotes(text)] == [
        ("Нормально себя чувствую, спасибо.", "Елена Милашина"),
        ("Нас избили прямо у аэропорта.", "Елена Милашина"),
    ]
    text = (
        "I spoke with that group's manager.\n"
        "UNIDENTIFIED WOMAN: Well, they're telling us that they are beaten.\n"
        "GREENE: You have confirmed that some people have died.\n"
        "UNIDENTIFIED WOMAN: Yes, that's what was reported to us.\n"
        "GREENE: And how have these men gotten in touch with you?"
    )
    assert [q[1] for q in quotes(text)] == ["Unidentified Woman", "Unidentified Woman"]


def test_a_label_alone_on_its_line_names_who_speaks_the_next_paragraph():
    text = (
        "Юрий Багров, Северный Кавказ:\nБеженцы выезжают в Ингушетию.\n"
        "Вот что рассказал житель Грозного Рашид:\n"
        "Рашид:\nСам все восстановлю. Мне ничего не надо.\n"
        "Юрий Багров:\nНо в покое Рашида не оставляют:\n"
        "Рашид:\nВ 12 часов ночи приходят, стучат в ворота."
    )
    # The correspondent of the byline reports: his turns are not quotations.
    assert [q[:2] for q in quotes(text)] == [
        ("Сам все восстановлю. Мне ничего не надо.", "Рашид"),
        ("В 12 часов ночи приходят, стучат в ворота.", "Рашид"),
    ]


def test_an_interview_s_answer_cut_short_is_still_an_answer_but_a_heading_is_not():
    text = KOCHETKOV + "— Сколько человек обратились?\n— Мы получили около ста обращений, и"
    assert [q[1] for q in quotes(text)] == ["Игорь Кочетков"]
    text = "Главное за день:\n— Задержаны не менее 40 человек\n— Двое погибли в заключении"
    assert quotes(text) == []


def test_an_answer_in_a_plain_paragraph_after_a_dashed_question():
    text = (
        "Руководитель «Комитета против пыток» Игорь Каляпин дал интервью Радио Свобода.\n"
        "– Как власти относятся к вашей работе?\nК сожалению, никак. На нас не давят.\n"
        "– Почему?\nПотому что следствие не работает."
    )
    assert [q[:2] for q in quotes(text)] == [
        ("К сожалению, никак. На нас не давят.", "Игорь Каляпин"),
        ("Потому что следствие не работает.", "Игорь Каляпин"),
    ]


def test_an_english_text_naming_a_russian_body_in_cyrillic_has_no_dashed_speech():
    text = (
        "The Russian LGBT Network («Российская ЛГБТ-сеть») published its demands on Monday.\n"
        "— The release of all detained men must happen now.\n— An investigation must follow."
    )
    assert quotes(text) == []


def test_the_article_s_first_paragraph_is_not_judged_by_the_article_s_end():
    # Nothing stands before the first paragraph: not the colon of the article's last lines.
    text = (
        "— Мы получили десятки жалоб от жителей Чечни.\n\n"
        "Комитет обратился в прокуратуру.\n\nКонтакты:\n1"
    )
    assert quotes(text) == [("Мы получили десятки жалоб от жителей Чечни.", "", None)]
    text = (
        "- Мы получили десятки жалоб от жителей Чечни.\n\n"
        "Комитет обратился в прокуратуру. Каляпин рассказал:\n1"
    )
    assert quotes(text) == []


@pytest.mark.serial  # timed: run alone
def test_a_long_interview_s_answers_are_found_in_one_pass():
    # Each answer once looked back over the whole text before it: 2,000 turns took 19 s.
    text = "Igor Kochetkov of the Russian LGBT Network answered questions from The Guardian.\n" + (
        "Q: How did you help them?\nA: We helped the men to leave the region that month.\n" * 2000
    )
    started = time.process_time()  # this process's CPU time: a busy machine does not add to it
    spans, forced = dashed_speech(text, [], {}, in_russian=False)
    assert time.process_time() - started < 6
    assert len(spans) == 2000
    assert set(forced.values()) == {"Igor Kochetkov"}


@pytest.mark.serial  # timed: run alone
def test_a_long_transcript_s_turns_are_read_in_linear_time():
    # Each turn once looked at every other turn's line and each label at every turn: 16,000
    # turns, half of them by as many speakers, took 11 s.
    text = "RFE/RL spoke to people detained in Grozny.\n" + "".join(
        f"RFE/RL: What happened to you?\nSpeaker{n}: I was held and beaten every day.\n"
        for n in range(8000)
    )
    started = time.process_time()
    spans, forced = dashed_speech(text, [], {}, in_russian=False)
    assert time.process_time() - started < 6
    assert len(spans) == 8000
    assert forced[7999] == "Speaker7999"
