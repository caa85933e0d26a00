"""The spans' long tail (spans.py, quoted_names.py, english_partial.py): two quotations typed
against each other, an inner straight-quoted name at a quotation's edge or across a paragraph,
titles in quotation marks, a police statement "уточняется", and a document's "which described".

Constructed examples, each with a variant where the rule must not apply.
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _quotes(text: str, source: str = "ru.txt") -> list[tuple[str, str]]:
    found = extract(parse_article(text.encode(), source=source)).quotes
    return [(q.text.strip(" ,."), q.speaker) for q in found]


def test_two_quotations_typed_against_each_other():
    for glue in ('""So', '"" So'):
        text = (
            'Ahmed Aliev spoke to reporters in Moscow. "They took him at night and we never saw '
            f'him again.{glue} we keep asking the police," he said.'
        )
        assert _quotes(text, "en.txt") == [
            ("They took him at night and we never saw him again", "Ahmed Aliev"),
            ("So we keep asking the police", "Ahmed Aliev"),
        ]
    # A closing mark after a full stop and then a lower-case word opens nothing.
    text = '"They took him at night and we never saw him again."" said Ahmed Aliev.'
    assert [t for t, _ in _quotes(text, "en.txt")] == [
        "They took him at night and we never saw him again"
    ]


def test_a_name_in_straight_quotes_inside_a_quotation():
    assert _quotes('«"Мемориал" продолжит работу в Чечне», — заявил Олег Орлов.') == [
        ('"Мемориал" продолжит работу в Чечне', "Олег Орлов")
    ]
    assert _quotes('«Власти решили закрыть "Мемориал"», — заявил Олег Орлов.') == [
        ('Власти решили закрыть "Мемориал"', "Олег Орлов")
    ]
    # A name alone in quotation marks is still a name.
    assert _quotes("Сотрудники «Комитета против пыток» приехали в Грозный.") == []
    text = (
        "Рамзан Кадыров ответил правозащитникам.\n"
        '"Что касается "китайского расстрела", то это ложь.\n'
        '"Никакого расстрела не было", — заявил он.'
    )
    assert _quotes(text) == [
        ('Что касается "китайского расстрела", то это ложь', "Рамзан Кадыров"),
        ("Никакого расстрела не было", "Рамзан Кадыров"),
    ]


def test_a_title_is_no_quotation():
    for text in (
        "Фильм «Добро пожаловать в Чечню» показали в Берлине.",
        "В Москве прошла премьера фильма «Добро пожаловать в Чечню» о преследованиях.",
        "Вышла книга «Горький вкус чеченской свободы» о войне.",
    ):
        assert _quotes(text) == []
    for text in (
        'She wrote a report titled "They Have Long Arms and They Can Find Me" last year.',
        'He made a film called "Welcome to Chechnya" about the purge.',
    ):
        assert _quotes(text, "en.txt") == []
    text = (
        "«Этот фильм должен увидеть каждый», — сказал режиссер Дэвид Франс о фильме "
        "«Добро пожаловать в Чечню»."
    )
    assert _quotes(text) == [("Этот фильм должен увидеть каждый", "Дэвид Франс")]
    # Lower-case words after a title's noun are a quotation: "операция «прошла успешно …»".
    text = "Рамзан Кадыров заявил, что операция «прошла успешно и без потерь среди жителей»."
    assert _quotes(text) == [("прошла успешно и без потерь среди жителей", "Рамзан Кадыров")]
    text = 'Tanya Lokshina called the detentions "a shameful and unprecedented crime".'
    assert _quotes(text, "en.txt") == [("a shameful and unprecedented crime", "Tanya Lokshina")]


def test_a_statement_that_is_specified_in_a_message():
    for text in (
        "«Задержанный был отпущен», уточняется в сообщении полиции.",
        "«Задержанный был отпущен», — уточняется в сообщении полиции.",
    ):
        assert _quotes(text) == [("Задержанный был отпущен", "полиция")]


def test_which_described_is_the_documents_owner():
    text = (
        "Human Rights Watch published a report in May, which described the detentions as "
        '"a campaign of persecution".'
    )
    assert _quotes(text, "en.txt") == [("a campaign of persecution", "Human Rights Watch")]
    text = (
        "The Russian Foreign Ministry issued a statement, which described the reports as "
        '"fabricated and a provocation".'
    )
    assert [s for _t, s in _quotes(text, "en.txt")] == ["Russian Foreign Ministry"]
    # "which" after no document stands for nothing the rule knows.
    text = 'Police raided the office in May, which Memorial described as "a clear act of reprisal".'
    assert [s for _t, s in _quotes(text, "en.txt")] == ["Memorial"]


def test_a_press_service_or_source_named_in_full_before():
    text = (
        "Задержан участник подполья, сообщили в пресс-службе МВД по Чечне.\n"
        '"Задержание прошло в Грозненском районе", - сообщили в пресс-службе.'
    )
    assert _quotes(text) == [
        ("Задержание прошло в Грозненском районе", "пресс-служба МВД по Чечне")
    ]
    text = (
        "Задержан боевик, сообщил ТАСС источник в МВД республики. «В райцентре Шали задержан "
        "участник похищений», — сказал источник."
    )
    assert _quotes(text) == [("В райцентре Шали задержан участник похищений", "источник в МВД")]
    text = (
        "Так утверждает источник в правоохранительных органах республики.\n"
        "«В райцентре Шали задержан участник похищений», — утверждает собеседник."
    )
    assert [s for _t, s in _quotes(text)] == ["источник в правоохранительных органах"]
    # Named nowhere before: the noun alone; a source the text gave a name is that person.
    text = "«Задержание прошло в Грозненском районе», — пояснили в пресс-службе."
    assert [s for _t, s in _quotes(text)] == [""]
    text = "«В райцентре Шали задержан участник похищений», — сказал источник."
    assert [s for _t, s in _quotes(text)] == ["источник"]
    text = (
        "Источник в МВД Чечни Ахмед Дудаев ответил на вопросы. «Он сам уехал», — пояснил источник."
    )
    assert [s for _t, s in _quotes(text)] == ["Ахмед Дудаев"]


def test_the_words_go_on_after_the_speaker_with_no_dash():
    text = (
        "«В Ленинском районе был задержан молодой мужчина, — сказал Игорь Каляпин. Есть все "
        "основания предполагать, что он готовил теракт»."
    )
    assert _quotes(text) == [
        ("В Ленинском районе был задержан молодой мужчина", "Игорь Каляпин"),
        ("Есть все основания предполагать, что он готовил теракт", "Игорь Каляпин"),
    ]
    # An initial's full stop is no sentence's end: the quotation is not split there.
    text = "«Его забрали прямо с работы», — сказал И. Каляпин. Об этом он сообщил в Москве."
    assert [t for t, _s in _quotes(text)] == ["Его забрали прямо с работы"]


def test_the_one_told_is_not_the_speaker():
    for told in ("корреспонденту", "корреспонденту «Кавказского узла»", "журналистам"):
        text = f"«Задержан местный житель Курчалоя», — сообщили {told} в пресс-службе МВД."
        assert [s for _t, s in _quotes(text)] == ["пресс-служба МВД"]
    text = "«Задержан местный житель Курчалоя», — рассказал корреспонденту Игорь Каляпин."
    assert [s for _t, s in _quotes(text)] == ["Игорь Каляпин"]
