"""Constructions from sets Z, AA and AR (collected by annotators who never ran the extractor,
measured at the first code of the session that read them, then read for rules)."""

import pytest

from tests.media_helpers import attributed, counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("introduced", "described", "speaker"),
    [
        # Set Z: "…, Valeri Valo, a Facebook user, has explained. "…" the user has written."
        ("Valeri Valo, a Facebook user, has explained", "the user", "Valeri Valo"),
        # Set Z: "Adam Delimkhanov, Russian MP from Chechnya, has commented …"
        ("Adam Delimkhanov, Russian MP from Chechnya, has commented", "the MP", "Adam Delimkhanov"),
        ("Only MP Adam Delimkhanov has commented", "the MP", "Adam Delimkhanov"),
    ],
)
def test_a_description_means_the_one_introduced_with_it(introduced, described, speaker):
    text = (
        f"Title here\n\nActivists were stopped because they had flags, {introduced}. "
        f'"The only demand was to remove the flag," {described} has written.\n'
    )
    assert [s for s, _ in attributed(text)] == [speaker]


def test_a_description_no_one_was_introduced_with_stays_a_description():
    text = (
        "Title here\n\nValeri Valo, a Facebook user, has explained what happened. "
        '"The only demand was to remove the flag," the policeman has written.\n'
    )
    assert [s for s, _ in attributed(text)] == ["the policeman"]


def test_the_one_asked_is_named_at_the_end_of_the_question():
    # Set Z: "Asked if Russia would adhere to the ECHR ruling Peskov replied that "…"" was
    # the whole question.
    text = (
        "Title here\n\nDmitry Peskov spoke to reporters on Thursday.\n\nAsked if Russia would "
        'adhere to the ECHR ruling Peskov replied that "all necessary decisions will be acted '
        'on."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Dmitry Peskov"]


def test_the_title_again_is_the_one_who_holds_it():
    # Set AA: "Secretary of State Mike Pompeo …. “…”, the US secretary of state in a release.
    # … “…”, the secretary of state said." gave "US secretary", a second person.
    text = (
        "Title here\n\nThe US has imposed sanctions on Ramzan Kadyrov, Secretary of State Mike "
        'Pompeo has said in a statement. "This designation is due to gross violations", the US '
        "secretary of state in a release.\n\nPompeo said that the State Department has "
        'credible data.\n\n"We will encourage likeminded countries to act", the secretary of '
        "state said.\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Mike Pompeo"


def test_she_is_the_officer_who_spoke_not_the_woman_spoken_of():
    # Set AA: "SK SOS’s press secretary told Mediazona that … Suleymanova was killed. “…,”
    # she said." gave Suleymanova.
    text = (
        "Title here\n\nSeda Suleymanova fled Chechnya in 2023.\n\nSK SOS’s press secretary "
        "told Mediazona that activists cannot state that Suleymanova was killed. “We would "
        "like the prosecutor's office to investigate,” she said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["SK SOS’s press secretary"]


def test_a_subheading_quotation_is_the_speakers_who_says_it_below():
    # Set AR: a subheading "“Инцидент исчерпанным считать нельзя”" over Peskov's words went
    # to Peskov; Moskalkova says the same words further down.
    text = (
        "Нападение на журналистку\n\nЧеченские власти отрицали нападение.\n\n"
        "«Инцидент исчерпанным считать нельзя»\n\n"
        "Пресс-секретарь Владимира Путина Дмитрий Песков заявил: «Оценку должны давать "
        "правоохранители».\n\n«Инцидент исчерпанным считать нельзя», — заявила «Интерфаксу» "
        "Татьяна Москалькова.\n"
    )
    assert speakers(text) == ["Татьяна Москалькова", "Дмитрий Песков", "Татьяна Москалькова"]


@pytest.mark.parametrize(
    ("sentence", "nominative"),
    [
        # Set AR: "По словам нападавшего, его к блогеру прислал "…"" gave "нападавшего".
        ('По словам нападавшего, его к блогеру прислал "Абдурахман из Грозного".', "нападавший"),
        ('По словам пострадавшей, ей "угрожали расправой над семьей".', "пострадавшая"),
    ],
)
def test_a_participle_for_a_person_is_given_in_the_nominative(sentence, nominative):
    assert speakers(f"Заголовок\n\nБлогер опубликовал видео. {sentence}\n") == [nominative]


@pytest.mark.parametrize(
    "sentence",
    [
        # Set AR: "Жертвами этих преступлений стали 36 женщин и трое мужчин." lost the men.
        "Жертвами этих преступлений стали 36 женщин и трое мужчин.",
        # Set Z: the same report in English lost the women.
        "Between 2008 and 2017, 36 women and three men became the victims of honor killings.",
    ],
)
def test_each_count_of_victims_joined_by_and_is_of_the_killed(sentence):
    assert counts(f"Title\n\n{sentence}\n") == {(36, "", "women killed"), (3, "", "men killed")}


def test_a_courtesy_title_gives_way_to_the_full_name():
    # Set AA: "According to Mr Akiev, during the meeting Mr Evkurov "did not rule out …"" gave
    # "Mr Akiev" where the article had named Timur Akiev.
    text = (
        "Title here\n\nTimur Akiev, the head of Memorial's office, met the governor.\n\n"
        'According to Mr Akiev, during the meeting the governor "did not rule out different '
        'versions, including an attempt to discredit the local power."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Timur Akiev"]


def test_a_parliament_speaker_is_a_title():
    # Set Z: "Chechen parliament Speaker Magomed Daudov also backed Adam Kadyrov, saying that
    # the Chechen leader’s son “…”" gave "Speaker Magomed Daudov".
    text = (
        "Title here\n\nChechen parliament Speaker Magomed Daudov also backed Adam Kadyrov, "
        "saying that the Chechen leader’s son “acted like a true Muslim man and a patriot of his "
        "country” by beating up the detainee.\n"
    )
    assert attributed(text) == [("Magomed Daudov", "Chechen parliament Speaker")]


def test_he_after_the_man_who_spoke_is_the_man():
    # Set Z: "The man said he had flown from Moscow to attack him. “…,” he said" gave the
    # blogger the man had attacked.
    text = (
        "Title here\n\nBlogger Tumso Abdurakhmanov was attacked in Poland.\n\nThe man said he "
        "had flown from Moscow to attack him. “They gave me your address,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the man"]


def test_an_outlet_reports_the_words_of_the_clause_it_reports():
    # Set Z: "Kadyrov recommended “breaking all the world’s laws” …, BBC Russia reported." gave
    # the outlet (here one named in the next paragraph).
    text = (
        "Title here\n\nKadyrov recommended “breaking all the world’s laws” in pursuit of "
        "offending comments online while speaking at a session, BBC Russia reported.\n\n"
        "Kadyrov called the reports “lies and provocation”, Interfax reported.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Kadyrov", "Kadyrov"]


def test_the_embassy_is_the_countrys_embassy_named_before():
    # Set AA: "“…,” the embassy’s news release reads." after "The Russian embassy in Berlin"
    # stayed the release.
    text = (
        "Title here\n\nThe Russian embassy in Berlin said the verdict was biased.\n\n"
        '"We regard this verdict as politically motivated," the embassy’s news release reads.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Russian embassy"]


def test_the_statement_is_the_authorities_not_the_agency_reporting_it():
    # Set Z: "Authorities in a statement … said, “…”. … “…,” the statement said." gave AFP,
    # which had reported the prosecutors' words earlier.
    text = (
        "Title here\n\nThe suspect lives in Chechnya, AFP reported, citing the Lille "
        "prosecutor’s office.\n\nAuthorities in a statement didn’t release the name of the "
        "suspect and said, “he flew to Berlin to travel to Moscow the day after.”\n\n"
        "“For the time being, he has not faced any questioning,” the statement said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Authorities", "Authorities"]


@pytest.mark.parametrize(
    ("office", "body"),
    [
        # Set Z: the label was the office, cut at "for".
        (
            "the press service of the Russian Interior Ministry’s Main Directorate for the North "
            "Caucasus Federal District",
            "Russian Interior Ministry",
        ),
        ("the press office of Chechnya’s interior ministry", "Chechnya’s interior ministry"),
    ],
)
def test_a_press_service_speaks_for_its_body(office, body):
    text = (
        "Title here\n\nSixty people were detained after the riot. “More than 150 participants "
        f"have been identified,” {office} said on 30 October.\n"
    )
    assert [s for s, _ in attributed(text)] == [body]


def test_an_attribution_between_commas_speaks_a_few_words_before_it():
    # Set Z: "They had also contributed “to some extent” to the tragic outcome, the court said,
    # by not putting in place …" named no one.
    text = (
        "Title here\n\nThe European Court of Human Rights ruled that Russia violated the right "
        "to life.\n\nThey had also contributed “to some extent” to the tragic outcome, the court "
        "said, by not putting in place a proper command structure.\n"
    )
    assert [s for s, _ in attributed(text)] == ["European Court of Human Rights"]
