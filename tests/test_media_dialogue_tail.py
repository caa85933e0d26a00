"""Interviews' and transcripts' last forms, and long transcripts read right.

Constructed transcripts from the dialog7 checklist (refuge/media/extract/dialogue.py,
dialogue_turns.py, russian_interviews.py): a host's turns that ask nothing, "Name, Outlet:"
labels, role labels ("Ведущий:", "Host:", "Guest:"), plain question paragraphs, the interviewee
named in the sentence before the introduction, the headline "Programme / Name: words"; and the
texts that only look like them (a FAQ, a novel's dialogue, a heading). Speed is measured in
bench/media.py (``python -m bench.media transcripts``), not asserted here: a 100 kB transcript
is asserted only to come out right.
"""

import random
import re

import pytest

from bench.media import transcript
from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.spans import _SENTENCE_BREAK, sentence_start

pytestmark = pytest.mark.once


def quotes(text: str, language: str = "ru") -> list[tuple[str, str]]:
    """Each quotation as (its words, its speaker or, failing one, its role)."""
    found = extract(parse_article(text.encode(), source=f"{language}.txt")).quotes
    return [(q.text, q.speaker or q.speaker_role) for q in found]


def test_a_host_s_greetings_and_introductions_are_not_quotations():
    text = (
        "И. ВОРОБЬЕВА: Добрый вечер, в эфире «Утренний разворот», у микрофона Ирина Воробьева.\n"
        "Е. МИЛАШИНА: Добрый вечер.\n"
        "И. ВОРОБЬЕВА: Елена, что произошло в Грозном?\n"
        "Е. МИЛАШИНА: Нас избили прямо у гостиницы, и полиция ничего не сделала."
    )
    assert [w for w, _s in quotes(text)] == [
        "Нас избили прямо у гостиницы, и полиция ничего не сделала."
    ]
    # A co-host who asks nothing in the excerpt but introduces the guest.
    text = (
        "А. НАРЫШКИН: Здравствуйте, это программа «Разбор полёта», в студии Алексей Нарышкин.\n"
        "М. КУРНИКОВ: И Максим Курников. У нас в гостях Олег Орлов.\n"
        "А. НАРЫШКИН: Олег Петрович, почему «Мемориал» ушёл из Чечни?\n"
        "О. ОРЛОВ: После убийства Наташи Эстемировой работать там стало невозможно."
    )
    assert [s for _w, s in quotes(text)] == ["Олег Орлов"]
    # Courtesies claim nothing, whoever says them.
    assert quotes("И. ВОРОБЬЕВА: Спасибо большое, до свидания.\nЕ. МИЛАШИНА: До свидания.") == []
    text = (
        "HOST: Good evening and welcome to the programme.\nGUEST: Thank you for having me.\n"
        "HOST: What did you see in Grozny?\nGUEST: I saw the building where men were held."
    )
    assert quotes(text, "en") == [("I saw the building where men were held.", "")]


def test_role_labels_host_and_guest():
    text = (
        "Host: Welcome to The Briefing, I am John Doe.\n"
        "Host: My guest today is Tanya Lokshina of Human Rights Watch.\n"
        "Host: What is happening in Chechnya?\n"
        "Guest: Men are being detained and tortured in secret prisons."
    )
    assert quotes(text, "en") == [
        ("Men are being detained and tortured in secret prisons.", "Tanya Lokshina")
    ]
    text = (
        "ВЕДУЩИЙ: Добрый день, это «Особое мнение».\nВЕДУЩИЙ: Наш гость — Олег Орлов.\n"
        "ВЕДУЩИЙ: Олег Петрович, что вы скажете о приговоре?\n"
        "О. ОРЛОВ: Приговор абсурдный, и мы будем его обжаловать."
    )
    assert [s for _w, s in quotes(text)] == ["Олег Орлов"]
    text = (
        "Ведущая: Здравствуйте, в эфире «Кавказский час», меня зовут Анна.\n"
        "Гость: Здравствуйте.\nВедущая: Расскажите, что вы видели в Аргуне?\n"
        "Гость: Людей держали в подвале и били каждый день."
    )
    assert [(w[:13], s) for w, s in quotes(text)] == [("Людей держали", "")]


def test_a_name_and_an_outlet_before_the_colon():
    text = (
        "Вера Васильева, HRO.org: Как вы оцениваете приговор Оюбу Титиеву?\n"
        "Олег Орлов: Это заказной приговор, доказательства сфабрикованы."
    )
    assert quotes(text) == [("Это заказной приговор, доказательства сфабрикованы.", "Олег Орлов")]
    text = (
        "Елена Милашина, «Новая газета»: Почему власти молчат?\n"
        "Игорь Каляпин, КПП: Им нечего сказать, факты против них."
    )
    assert [s for _w, s in quotes(text)] == ["Игорь Каляпин"]
    text = (
        "Anna Smith, The Guardian: Why did you leave Grozny?\n"
        "Igor Kalyapin: Our office was burned twice and the police did nothing.\n"
        "Anna Smith, The Guardian: Will you go back?\nIgor Kalyapin: Not while Kadyrov is in power."
    )
    assert [s for _w, s in quotes(text, "en")] == ["Igor Kalyapin", "Igor Kalyapin"]


def test_a_plain_question_paragraph_before_the_answer():
    text = (
        "Интервью с Игорем Кочетковым\nСколько человек вы вывезли из Чечни?\n"
        "Больше ста пятидесяти человек за два года, и это не предел.\nЧто с ними сейчас?\n"
        "Большинство живут в Европе и боятся за родных."
    )
    assert [s for _w, s in quotes(text)] == ["Игорь Кочетков", "Игорь Кочетков"]
    text = (
        "We spoke to Igor Kalyapin of the Committee Against Torture.\n"
        "Why did you close the office in Grozny?\n"
        "It was burned twice and the police did nothing about it."
    )
    assert quotes(text, "en") == [
        ("It was burned twice and the police did nothing about it.", "Igor Kalyapin")
    ]


def test_an_answer_goes_on_only_into_the_paragraph_right_after_it():
    text = (
        "Интервью с Игорем Кочетковым\nСколько человек вы вывезли?\n"
        "Больше ста пятидесяти человек за два года.\n"
        "— Мы будем помогать и дальше, — сказал Кочетков.\n"
        "В пятницу сеть опубликовала доклад о задержаниях в Чечне."
    )
    assert [w[:10] for w, _s in quotes(text)] == ["Больше ста", "Мы будем п"]


def test_a_longer_question_paragraph_and_an_answer_over_paragraphs():
    text = (
        "I spoke to Igor Kochetkov, director of the Russian LGBT Network.\n"
        "Igor, many see you as a Don Quixote figure. What made you leave your job?\n"
        "I have been asked a lot recently what made me get into activism.\n"
        "The context in which I grew up fostered these principles.\n"
        "Why did you stay in Russia?\n"
        "Because the work is here, and the people who need it."
    )
    found = extract(parse_article(text.encode(), source="en.txt")).quotes
    assert [(q.text[:12], q.speaker, q.part_of) for q in found] == [
        ("I have been ", "Igor Kochetkov", None),
        ("The context ", "Igor Kochetkov", 0),
        ("Because the ", "Igor Kochetkov", None),
    ]


def test_a_label_s_initial_written_without_a_space():
    text = (
        "Е.АЛЬБАЦ: Добрый вечер, у микрофона Евгения Альбац. В студии Муса Мурадов, здравствуйте.\n"
        "М.МУРАДОВ: Здравствуйте. Я хочу только чуть-чуть поправиться, я не автор интервью.\n"
        "Е.АЛЬБАЦ: Понятно."
    )
    assert [s for _w, s in quotes(text)] == ["Муса Мурадов"]  # not "М.мурад"
    # Where the text never spells the name out, the initial stays.
    text = text.replace("В студии Муса Мурадов, здравствуйте.", "Здравствуйте.")
    assert [s for _w, s in quotes(text)] == ["М. Мурадов"]


def test_the_interviewee_the_questions_address():
    text = (
        "Оппозиционному блогеру Тумсо Абдурахманову задают удобные вопросы.\n"
        "– Тумсо, в чем твое принципиальное отличие от Кадырова?\n"
        "– Мое отличие от него в том, что он преступник, а я нет.\n"
        "– Что отвечаешь людям, которые говорят: ты похож на Рамзана?\n"
        "– Мне не приходилось отвечать на подобный вопрос."
    )
    assert [s for _w, s in quotes(text)] == ["Тумсо Абдурахманов", "Тумсо Абдурахманов"]


def test_addressed_by_first_name_and_patronymic_and_english_him_or_her():
    text = (
        "— Олег Петрович, почему вы не уехали?\n"
        "— Потому что здесь наша работа, и люди, которым нужна помощь.\n"
        "Олег Орлов — сопредседатель «Мемориала»."
    )
    assert [s for _w, s in quotes(text)] == ["Олег Орлов"]
    text = (
        "Igor Kalyapin has headed the Committee Against Torture since 2000. We spoke to him.\n"
        "Q: Why did you close the office in Grozny?\n"
        "A: It was burned twice and the police did nothing."
    )
    assert [s for _w, s in quotes(text, "en")] == ["Igor Kalyapin"]


def test_a_paragraph_naming_its_own_speaker_does_not_go_on_from_a_turn():
    text = (
        "The hearing in Strasbourg lasted two hours.\n"
        "Kochetkov: We need help from every government in Europe.\n"
        "Milashina: We will publish everything we have.\n"
        "The investigation continues, the committee said on Friday."
    )
    assert [w[:10] for w, _s in quotes(text, "en")] == ["We need he", "We will pu"]


def test_a_transcript_s_turn_goes_on_in_unlabelled_paragraphs():
    text = (
        "Shaun Walker is on the line. He joins us by Skype. Welcome to the program.\n"
        "INSKEEP: How accepted are gays and lesbians in Russian society?\n"
        "WALKER: Well, I think there are two parts to this.\n"
        "It's an extremely traditional society, and the subject is taboo.\n"
        "INSKEEP: What are the roundups like?\n"
        "WALKER: One gay man was detained, and the police looked through his phone."
    )
    found = extract(parse_article(text.encode(), source="en.txt")).quotes
    assert [(q.text[:10], q.speaker, q.part_of) for q in found] == [
        ("Well, I th", "Shaun Walker", None),
        ("It's an ex", "Shaun Walker", 0),
        ("One gay ma", "Shaun Walker", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Что нужно знать о задержаниях:\nКто задерживает?\nСотрудники полиции Аргуна, по "
            "данным «Новой газеты».\nСколько задержанных?\nНе менее сорока человек, по данным "
            "правозащитников.",
            "ru",
        ),
        ("Частые вопросы\nКак подать жалобу?\nЗаполните форму на сайте.", "ru"),
        (
            "Frequently asked questions\nHow do I file a complaint?\nFill in the form on our "
            "website and attach the documents.",
            "en",
        ),
        ("Глава 3: Аргун\nВ феврале в Аргуне задержали десятки мужчин.", "ru"),
        ("Chapter 3: Argun\nIn February dozens of men were detained in Argun.", "en"),
    ],
)
def test_questions_and_colons_with_no_interview_around_them(text, language):
    assert quotes(text, language) == []


def test_a_novel_s_dialogue_keeps_its_characters():
    text = "В романе есть сцена:\n— Ты откуда? — спросил офицер.\n— Из Аргуна, — ответил Аслан."
    assert [s for _w, s in quotes(text)] == ["офицер", "Аслан"]


def test_the_interviewee_named_in_the_sentence_before_the_introduction():
    text = (
        "Игорь Каляпин возглавляет «Комитет против пыток» с 2000 года. Мы поговорили с ним о "
        "работе в Чечне.\n— Почему вы закрыли офис в Грозном?\n"
        "— Его дважды поджигали, а полиция бездействовала."
    )
    assert [s for _w, s in quotes(text)] == ["Игорь Каляпин"]
    text = (
        "Олег Орлов — сопредседатель «Мемориала». Мы побеседовали с ним в Москве.\n"
        "— Вы вернётесь в Грозный?\n— Пока это невозможно, там нас ждут только угрозы."
    )
    assert [s for _w, s in quotes(text)] == ["Олег Орлов"]
    # A lone label after the introduction is the interviewee's turn.
    text = (
        "Игорь Кочетков руководит «Российской ЛГБТ-сетью». Мы поговорили с ним.\n"
        "Кочетков: Мы вывезли из Чечни больше ста человек, и это продолжается."
    )
    assert [s for _w, s in quotes(text)] == ["Игорь Кочетков"]


def test_the_headline_programme_slash_guest():
    text = (
        "«Утренний разворот» / Елена Милашина: Это не нервный срыв Кадырова\n"
        "Е. МИЛАШИНА: У этого заказного преступления есть мотив и заказчик."
    )
    assert [(w[:12], s) for w, s in quotes(text)] == [
        ("Это не нервн", "Елена Милашина"),
        ("У этого зака", "Елена Милашина"),
    ]


def test_a_dash_before_an_infinitive_in_an_answer_is_not_the_author_s_words():
    text = (
        "«Ридус» поговорил с Игорем Каляпиным.\n— Не вызывает ли у вас сомнений митинг?\n"
        "— Конечно, вызывает. Как эти митинги собираются — объяснять не надо. В Чечне жестче."
    )
    assert [s for _w, s in quotes(text)] == ["Игорь Каляпин"]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_100_kb_transcript_s_answers_are_all_the_interviewee_s(language):
    article = transcript(language)
    assert len(article.text) >= 100_000
    found = extract(article).quotes
    answers = article.text.count("\n— ") // 2 if language == "ru" else article.text.count("\nA: ")
    assert len(found) >= answers
    interviewee = "Игорь Каляпин" if language == "ru" else "Tanya Lokshina"
    # Every answer opens a paragraph; each is the interviewee's, the questions nobody's.
    starts = [q for q in found if article.text[q.start - 2 : q.start] in ("— ", "A:", ": ")]
    assert len(starts) == answers
    assert {q.speaker for q in starts} == {interviewee}


def test_sentence_starts_looked_up_agree_with_a_scan_of_the_slice():
    # Long spans use the breaks found once in the text; they must agree with the scan they
    # replace, the look-behinds at the floor's edge included ("Prof.", "г.", "Mr.").
    random.seed(7)
    atoms = ["Prof", "Mr", "г", "St", " ", "  ", "\n", ".", "!", "?", '"', "”", "«", "A", "Б"]
    atoms += ["word", "т.е", "2017 ", "с", "x"]
    for _ in range(40):
        text = "".join(random.choice(atoms) for _ in range(random.randint(2500, 6000)))
        for _ in range(100):
            floor = random.randint(0, len(text))
            index = random.randint(floor, len(text))
            scanned = floor
            for match in re.finditer(_SENTENCE_BREAK, text[floor:index]):
                scanned = floor + match.end()
            assert sentence_start(text, index, floor) == scanned
