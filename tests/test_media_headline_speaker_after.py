"""A headline that quotes someone and then names them: "«…». Выживший рассказал о тюрьме",
"«…»: Игорь Кочетков о тюрьме в Аргуне", "“…”: Igor Kochetkov on the prison in Argun", "«…»:
открытый гей Мовсар Эскарханов рассказал, как бежал из Чечни". The
name after the quotation is who spoke; what the piece is ("Репортаж из Чечни о …") is no one,
and a body sentence that goes on after a quotation is read as before. "“…” That is how one
survivor described the prison.": the next sentence says whose words they were; and a pull
quote's credit line under it ("Ramzan Kadyrov, head of the Chechen Republic") names its speaker."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

BODY = "\n\nТекст статьи о задержаниях.\n"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("«Нас били каждый день током». Выживший рассказал о тюрьме в Аргуне", "Выживший"),
        ("«Нас били каждый день током». Игорь Кочетков рассказал о тюрьме", "Игорь Кочетков"),
        ("«Нас били каждый день током». Игорь Кочетков о тюрьме в Аргуне", "Игорь Кочетков"),
        ("«Нас били каждый день током»: Игорь Кочетков о тюрьме в Аргуне", "Игорь Кочетков"),
        ("«Нас били каждый день током». Репортаж из Чечни о тюрьме в Аргуне", ""),
        # Who told how, after a colon.
        (
            "«Нас били каждый день током»: бывший задержанный Ислам Алиев рассказал, как "
            "выбрался из тюрьмы",
            "Ислам Алиев",
        ),
        ("«Нас никто не защитит»: правозащитники объяснили, почему люди молчат", "правозащитники"),
        ("«Нас били каждый день током»: как живут беглецы из Чечни", ""),
        # Whose account it is, in lower case after a colon, in the nominative.
        ("«Кого-то убили, кого-то пытали»: откровения чеченских геев", "чеченские геи"),
        ("«Кого-то убили, кого-то пытали»: рассказ чеченского гея", "чеченский гей"),
        ("“We were beaten every day”: Igor Kochetkov on the prison in Argun", "Igor Kochetkov"),
        ("“We were beaten every day” – Igor Kochetkov on the prison in Argun", "Igor Kochetkov"),
        ("“We were beaten every day”: a survivor on the prison in Argun", "a survivor"),
    ],
)
def test_the_name_after_a_headline_quotation(headline, speaker):
    assert [s for _, s in quoted(headline + BODY)] == [speaker]


def test_a_sentence_going_on_is_no_headline():
    text = "“We were beaten every day,” Kochetkov said on Monday in Moscow.\n"
    assert [s for _, s in quoted(text)] == ["Kochetkov"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We were beaten every day and nobody came to help us.” That is how one survivor "
            "described the prison.",
            "one survivor",
        ),
        (
            "“We were beaten every day and nobody came to help us.” That is how Adam recalled "
            "his months in Argun.",
            "Adam",
        ),
    ],
)
def test_the_next_sentence_says_whose_words_they_were(text, speaker):
    assert [s for _, s in quoted(text + "\n")] == [speaker]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("Ramzan Kadyrov, head of the Chechen Republic", "Ramzan Kadyrov"),
        ("Adam Ibragimov, 24, a survivor of the purge", "Adam Ibragimov"),
        # A bare name is a byline unless the article names the person again.
        ("John Smith", ""),
        ("By John Smith", ""),
        ("Human Rights Watch, New York", ""),
    ],
)
def test_a_credit_line_under_a_pull_quote(credit, speaker):
    pull_quote = "“There are no gays in Chechnya and there never were”"
    text = f"Headline\n\n{pull_quote}\n\n{credit}\n\nText.\n"
    assert [s for _, s in quoted(text)] == [speaker]
    if speaker == "" and credit == "John Smith":
        # Named again: the credit names who spoke.
        assert [s for _, s in quoted(text + "Smith fled to Berlin.\n")] == ["John Smith"]
