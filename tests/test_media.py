"""The media monitor: extraction quality, the ledger, bad input.

The five case articles (tests/data/media_case) and the development set (tests/data/media_devset)
are both in the repository: nothing here reads outside it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from refuge.media.articles import ArticleError, parse_article
from refuge.media.evaluation import HELD_OUT, RULES, evaluate, part_of, split
from refuge.media.extract import extract, russian
from refuge.media.extract.numbers import NUMBER, number_value
from refuge.media.models import MediaArticle
from tests.conftest import signed_in_client

CASE = Path(__file__).resolve().parent / "data" / "media_case"
ANNOTATIONS = Path(__file__).resolve().parent / "data" / "media_annotations.json"
DEVSET = Path(__file__).resolve().parent / "data" / "media_devset"
DEVSET_ANNOTATIONS = Path(__file__).resolve().parent / "data" / "media_devset.json"


def test_extraction_meets_the_quality_goal_on_the_annotated_articles() -> None:
    result = evaluate(ANNOTATIONS, CASE)
    assert result["quotes"]["gold"] == 40 and result["figures"]["gold"] == 21
    # The rules were first written against these five: what they score must not slip.
    assert result["quotes"]["precision"] == result["quotes"]["recall"] == 1.0, result
    assert result["speaker_accuracy"] == 1.0, result["misses"]
    assert result["figures"]["precision"] == 1.0 and result["figures"]["recall"] >= 0.95, result


def test_extract_json_has_the_documented_shape(capsys) -> None:
    call_command("media", "extract", str(CASE / "article-5.txt"), "--date", "2017-04-14", "--json")
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"article", "quotes", "figures", "dates", "places", "organisations"}
    assert set(out["article"]) >= {"title", "date", "outlet", "sha256"}
    quote = next(q for q in out["quotes"] if q["given_to"] == "Interfax")
    assert set(quote) >= {
        "text",
        "speaker",
        "speaker_role",
        "affiliation",
        "given_to",
        "start",
        "end",
    }
    text = (CASE / "article-5.txt").read_text()
    assert text[quote["start"] : quote["end"]] == quote["text"]
    figure = next(f for f in out["figures"] if f["counted"] == "messages received")
    assert (figure["value"], figure["qualifier"], figure["when"]) == (
        30,
        "about",
        "since 2017-04-02",
    )
    assert {p["value"] for p in out["places"]} >= {"Chechnya", "Argun"}


@pytest.fixture
def ingested(db, tmp_path, capsys):
    folder = tmp_path / "articles"
    shutil.copytree(CASE, folder)
    call_command("media", "ingest", str(folder))
    assert "5 of 5 files ingested" in capsys.readouterr().out
    call_command("media", "ledger", "--json")
    return json.loads(capsys.readouterr().out)


def _titles() -> dict[str, str]:
    return {str(a.pk): a.source for a in MediaArticle.objects.all()}


def test_the_karimov_denial_is_one_statement_with_its_discrepancies_flagged(ingested) -> None:
    sources = _titles()
    karimov = [
        s for s in ingested["statements"] if any("Karimov" in q["speaker"] for q in s["quotes"])
    ]
    assert len(karimov) == 1
    statement = karimov[0]
    assert {sources[q["article"]] for q in statement["quotes"]} == {
        "article-1.txt",
        "article-2.txt",
        "article-3.txt",
        "article-5.txt",
    }
    flags = {d["kind"]: set(d["values"]) for d in statement["discrepancies"]}
    assert flags["speaker name"] == {"Ali Karimov", "Alvi Karimov"}
    assert flags["given to"] == {"RIA Novosti", "Interfax"}


def test_three_state_department_statements_stay_apart(ingested) -> None:
    sources = _titles()
    department = [
        sorted({sources[q["article"]] for q in s["quotes"]})
        for s in ingested["statements"]
        if any(
            "State Department" in q["speaker"] or q["speaker"] in {"Mark Toner", "Robert Palladino"}
            for q in s["quotes"]
        )
    ]
    assert sorted(department) == [
        ["article-1.txt", "article-2.txt"],
        ["article-4.txt"],
        ["article-5.txt"],
    ]


def test_figures_are_grouped_by_event_and_wave_with_discrepancies(ingested) -> None:
    figures = {(f["counted"], f["period"]): f for f in ingested["figures"]}
    detained_2017 = figures[("men detained", "2017")]
    assert {m["value"] for m in detained_2017["mentions"]} == {100}
    assert {"more than 100", "at least 100"} <= set(
        next(d for d in detained_2017["discrepancies"] if d["kind"] == "wording")["values"]
    )
    killed_2017 = figures[("people killed", "2017")]
    assert {m["value"] for m in killed_2017["mentions"]} == {3}
    detained_wave_2 = figures[("people detained", "2018")]
    assert {m["value"] for m in detained_wave_2["mentions"]} == {40}
    assert {m["value"] for m in figures[("people killed", "2018")]["mentions"]} == {2}


def test_ingesting_the_same_file_twice_stores_it_once(ingested, capsys) -> None:
    call_command("media", "ingest", str(CASE / "article-1.txt"))
    assert "already there" in capsys.readouterr().out
    assert MediaArticle.objects.count() == 5
    from refuge.record.models import Source

    sources = Source.objects.filter(kind="media")
    assert sources.count() == 5, "each article is a source for the record, once"
    assert {s.media_article.sha256 for s in sources} == set(
        MediaArticle.objects.values_list("sha256", flat=True)
    )


def test_garbage_gets_a_clear_error_per_file_and_never_stops_a_batch(db, tmp_path, capsys) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"word " * (2 * 1024 * 1024))
    (folder / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "unbalanced.txt").write_text(
        "He said “this never closes.\n\nAnd the next paragraph goes on.\n"
    )
    (folder / "mixed.txt").write_text(
        "«Мы получили около 30 обращений», — сказала Наталья Поплевская. "
        "“We are aware of troubling reports,” said a spokesperson.\n"
    )
    shutil.copy(CASE / "article-4.txt", folder / "good.txt")
    with pytest.raises(CommandError, match="4 file"):
        call_command("media", "ingest", str(folder))
    captured = capsys.readouterr()
    for name, message in [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("huge.txt", "larger than"),
        ("latin1.txt", "not UTF-8"),
    ]:
        assert any(name in line and message in line for line in captured.err.splitlines()), name
    assert "3 of 7 files ingested" in captured.out
    assert set(MediaArticle.objects.values_list("source", flat=True)) == {
        "unbalanced.txt",
        "mixed.txt",
        "good.txt",
    }


def test_russian_quotations_speakers_outlets_and_figures() -> None:
    text = (
        " date 2017-04-14 Задержания в Чечне\n\n"
        "«Мы получили около 30 обращений с 2 апреля», — сказала Наталья Поплевская, "
        "сотрудница Российской ЛГБТ-сети.\n\n"
        "Альви Каримов, пресс-секретарь Кадырова, заявил «Интерфаксу»: «Нельзя задержать и "
        "притеснять тех, кого просто нет в республике».\n\n"
        "По данным «Новой газеты», более 100 мужчин были задержаны, трое убиты.\n"
    )
    result = extract(parse_article(text.encode(), source="ru.txt"))
    first, second = result.quotes
    assert (first.speaker, first.affiliation) == ("Наталья Поплевская", "Russian LGBT Network")
    assert (second.speaker, second.given_to, second.affiliation) == (
        "Альви Каримов",
        "Interfax",
        "Chechen government",
    )
    figures = {(f.value, f.qualifier, f.counted) for f in result.figures}
    assert figures >= {
        (30, "around", "requests received"),
        (100, "more than", "men detained"),
        (3, "", "people killed"),
    }


def test_html_articles_are_reduced_to_their_text_and_metadata() -> None:
    html = (
        "<html><head><title>Detentions in Chechnya</title>"
        '<meta property="article:published_time" content="2017-04-05">'
        '<meta property="og:site_name" content="Washington Blade">'
        '<link rel="canonical" href="https://example.org/chechnya"></head><body>'
        "<nav>Home | News | Sports</nav><article><h1>Detentions in Chechnya</h1>"
        "<p>“We urge the Russian government to investigate the reports,” the spokesperson said.</p>"
        "<p>More than 100 men have been detained, according to reports from the region.</p>"
        "</article><footer>Subscribe</footer></body></html>"
    ).encode()
    article = parse_article(html, source="a.html")
    assert (article.title, article.outlet, str(article.date)) == (
        "Detentions in Chechnya",
        "Washington Blade",
        "2017-04-05",
    )
    assert "Subscribe" not in article.text and "Sports" not in article.text
    result = extract(article)
    assert result.quotes[0].speaker.lower() == "the spokesperson"
    assert result.figures[0].value == 100


def test_bad_input_to_parse_is_refused_clearly() -> None:
    for data, message in [(b"", "empty"), (b"\x00abc", "binary"), (b"\xff\xfe\x00", "binary")]:
        with pytest.raises(ArticleError, match=message):
            parse_article(data, source="x")


def test_analysts_see_the_ledger_linked_to_articles(ingested, persona_factory) -> None:
    from refuge.accounts.models import Role

    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    page = analyst.get(reverse("media:ledger")).content.decode()
    assert (
        "Ali Karimov" in page
        and "the speaker&#x27;s name differs: Ali Karimov / Alvi Karimov" in page
    )
    article = MediaArticle.objects.get(source="article-5.txt")
    assert reverse("media:article", args=[article.pk]) + "#at-" in page
    text = analyst.get(reverse("media:article", args=[article.pk])).content.decode()
    assert '<mark id="at-' in text and "Interfax" in text
    assert analyst.get(reverse("media:article", args=[999999])).status_code == 404


def test_the_development_set_is_cited_and_split_by_a_fixed_hash() -> None:
    gold = json.loads(DEVSET_ANNOTATIONS.read_text(encoding="utf-8"))["articles"]
    assert len(gold) >= 30 and {g["language"] for g in gold.values()} == {"en", "ru"}
    assert all(g["url"].startswith("http") and g["outlet"] for g in gold.values())
    assert not any(name.startswith("article-") for name in gold), "no case article in it"
    parts = [split(g["url"]) for g in gold.values()]
    assert 0.25 < parts.count(HELD_OUT) / len(parts) < 0.55
    assert split("https://republic.ru/posts/81379") == HELD_OUT
    assert split("http://www.rosbalt.ru/russia/2017/05/18/1616197.html") == RULES


def test_a_held_out_article_once_seen_counts_with_the_rules_part() -> None:
    held_out = {"url": "https://republic.ru/posts/81379"}
    assert part_of(held_out) == HELD_OUT
    seen = held_out | {"part": RULES, "part_note": "its output was read while writing rules"}
    assert part_of(seen) == RULES
    for wrong in ({"part": RULES}, {"part": HELD_OUT, "part_note": "a rules article hidden"}):
        with pytest.raises(ValueError, match="only a noted move to the rules part"):
            part_of(held_out | wrong)
    gold = json.loads(DEVSET_ANNOTATIONS.read_text(encoding="utf-8"))["articles"]
    moved = [g for g in gold.values() if "part" in g]
    assert moved and all(part_of(g) == RULES for g in moved)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_rules_part_of_the_development_set_stays_above_its_floor(language) -> None:
    # The part rules were written against: a regression floor. The held-out part is only
    # measured (python -m bench.media, docs/benchmarks.md), never asserted or tuned on.
    result = evaluate(DEVSET_ANNOTATIONS, DEVSET, language=language, part=RULES)
    assert result["quotes"]["recall"] >= 0.95, result["misses"]
    assert result["speaker_accuracy"] >= 0.9, result["misses"]
    assert result["figures"]["recall"] >= 0.9, result["misses"]


def test_russian_speakers_come_back_in_the_nominative() -> None:
    text = (
        "Глава Чечни Рамзан Кадыров дал интервью.\n\n"
        "По словам Кадырова, «таких людей в республике нет и никогда не было».\n\n"
        "«Мы ждем ответа от следствия уже полгода», — привел слова Ольги Садовской ТАСС.\n\n"
        "«Это ерунда, у нас таких людей нету», — сказал глава Чечни.\n"
    )
    quotes = extract(parse_article(text.encode(), source="ru.txt")).quotes
    assert [q.speaker for q in quotes] == ["Рамзан Кадыров", "Ольга Садовская", "Рамзан Кадыров"]


def test_english_speakers_across_sentences_and_paragraphs() -> None:
    text = (
        "Ramzan Kadyrov, its leader, told the Interfax news agency that gay people do not "
        "exist: “In Chechen society, there is no such thing,” he said.\n\n"
        "“We don’t have such people here. Take them far away from us.”\n\n"
        "According to Igor Kochetkov, “the detentions are conducted by police officers.”\n\n"
        "“The complaints were filed three weeks ago.” “Nobody can say anything about the case,” "
        "said one of the singer’s relatives.\n"
    )
    quotes = extract(parse_article(text.encode(), source="en.txt")).quotes
    assert [q.speaker for q in quotes] == [
        "Ramzan Kadyrov",
        "Ramzan Kadyrov",
        "Igor Kochetkov",
        "one of the singer’s relatives",
        "one of the singer’s relatives",
    ]


def test_outlets_and_courts_are_not_speakers() -> None:
    text = (
        "Alvi Karimov, a spokesman for Ramzan Kadyrov, said the reports were “complete lies "
        "and nothing else,” reported NBC News.\n\n"
        "Кадыров сказал: «Это ерунда, у нас таких людей нет», сообщает Meduza.\n\n"
        "The court found them guilty of “complicity with illegal armed formations”, and "
        "“Their case is completely fabricated,” said the Crisis Group “North Caucasus SOS”.\n"
    )
    quotes = extract(parse_article(text.encode(), source="mixed.txt")).quotes
    speakers = {q.text[:12]: q.speaker for q in quotes}
    assert speakers["complete lie"] == "Alvi Karimov"
    assert speakers["Это ерунда, "] == "Кадыров"
    assert "North Caucasus SOS" in speakers["Their case i"]
    assert not any(s in {"NBC News", "Meduza", "court"} for s in speakers.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Around 40 people have been detained.", {(40, "around", "people detained")}),
        ("About twenty men were detained.", {(20, "about", "men detained")}),
        (
            "The group relocated 150 people and helped 79 people to escape.",
            {(150, "", "people evacuated"), (79, "", "people evacuated")},
        ),
        (
            "In all, 135 left the region, including 104 men and 31 women.",
            {(135, "", "people left"), (104, "", "men left"), (31, "", "women left")},
        ),
        (
            "More than 100 men were arrested and at least three of them were killed.",
            {(100, "more than", "men detained"), (3, "at least", "men killed")},
        ),
        ("Anywhere from 15 to 30 prisoners were held.", {(15, "between", "people detained")}),
        (
            "Police detained approximately 20 people related to the brothers.",
            {(20, "about", "relatives detained")},
        ),
        (
            "В Чечне задержали не менее двадцати мужчин, двое погибли.",
            {(20, "at least", "men detained"), (2, "", "people killed")},
        ),
        (
            "Из Чечни уехали свыше 40 человек, пятеро обратились за помощью.",
            {(40, "more than", "people left"), (5, "", "people asked for help")},
        ),
        ("Организация вывезла около 30 человек.", {(30, "around", "people evacuated")}),
    ],
)
def test_figures_with_words_qualifiers_ranges_and_what_they_count(sentence, expected) -> None:
    figures = extract(parse_article(sentence.encode(), source="f.txt")).figures
    assert {(f.value, f.qualifier, f.counted) for f in figures} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Multipliers and digits grouped by spaces; money is no count.
        ("За год республику покинули 11 тысяч человек.", {(11000, "", "people left")}),
        ("Выехали 1 200 человек, собрано 50 000 евро.", {(1200, "", "people left")}),
        # Ranges written in words.
        # ("каждый день" before it would make it a rate: test_media_russian_figures_rates_unreal)
        ("Вчера обратились четыре-пять человек.", {(4, "between", "people asked for help")}),
        # The verb after a relative clause or an aside; "список из 27" counts the 27.
        (
            "Газета опубликовала список из 27 человек, которых, предположительно, убили.",
            {(27, "", "people killed")},
        ),
        (
            "Три человека из списка, которые, по данным газеты, подверглись репрессиям, погибли.",
            {(3, "", "people killed")},
        ),
        (
            "Более ста представителей ЛГБТ-сообщества, о которых писала газета, удалось вывезти.",
            {(100, "more than", "people evacuated")},
        ),
        # An event in the sentence before, taken up by "их" / "them".
        (
            "Ночью расстреляли десятки людей. Журналисты считают, что их было от 27 до 56 человек.",
            {(27, "between", "people killed")},
        ),
        # Wanting, planning or trying to is not doing; "пытались" is not "пытали". Hiding from
        # persecution is having fled it (the annotation guide's "left"), even while wanting more.
        (
            "Около 40 человек скрываются и хотят покинуть страну, еще 30 собираются уехать.",
            {(40, "around", "people left")},
        ),
        ("Еще 30 человек собираются уехать из страны.", set()),
        # Asylum and shelters are where an evacuation ends.
        ("В убежищах на территории России было 37 геев.", {(37, "", "people evacuated")}),
        ("As of July, 37 people are waiting to leave the country.", set()),
        ("Силовики пытались задержать 12 человек, пытали 3 человек.", {(3, "", "people tortured")}),
        # An event word followed by its own number belongs to that number.
        (
            "They jailed more than a hundred men and killed at least 26.",
            {(100, "more than", "men detained"), (26, "at least", "people killed")},
        ),
        # English inflections of the event verbs.
        ("Security forces were imprisoning 12 men.", {(12, "", "men detained")}),
        # Helped after the number, and a dash standing for the verb.
        (
            "Еще 45 заявителям правозащитники помогли эмигрировать, а 26 – покинуть регион.",
            {(45, "", "people evacuated"), (26, "", "people evacuated")},
        ),
        # The words before a number stop at its sentence.
        (
            "Around 40 relatives were kidnapped.\n\nFive critics said the same.",
            {(40, "around", "relatives detained")},
        ),
        # Ages, dates, times, days of the month, hypotheses and comparisons count nobody.
        ("Over 100 men aged 16-50 were detained.", {(100, "more than", "men detained")}),
        ("В ночь с 25 на 26 января задержали 30 человек.", {(30, "", "people detained")}),
        ("Туда уехали в три раза больше человек, чем 8 числа.", set()),
        ("Если бы задержали даже одного человека, все бы знали.", set()),
        ("Туда уехали 838 человек (против 282 в прошлом году).", {(838, "", "people left")}),
        ("Один человек, который недавно покинул Чечню, рассказал о пытках.", set()),
        ("Сотни мужчин задержаны, около сотни мужчин убиты.", {(100, "around", "men killed")}),
        ("Between 10 and 20 gay men and women were killed.", {(10, "between", "people killed")}),
        # Before the number as after it, detention wins over torture; "days" end a range.
        (
            "Police detained and tortured over 100 gay men, at least three of them dying.",
            {(100, "more than", "men detained"), (3, "at least", "men killed")},
        ),
        ("Four men were held for between three and 20 days.", {(4, "", "men detained")}),
        ("Around 40 people have taken refuge in other regions.", {(40, "around", "people left")}),
        # "did not survive"; a count that is part of a sentence's event ("include", "среди").
        (
            "At least 40 people were arrested. Two of them “did not survive the torture,” he said.",
            {(40, "at least", "people detained"), (2, "", "people killed")},
        ),
        ("Men already detained include two TV presenters.", {(2, "", "people detained")}),
        ("Среди задержанных — муфтий и двое телеведущих.", {(2, "", "people detained")}),
        # A number's words end at the next number; one with its own verb opens its own clause.
        (
            "The 114 people included 41 people who were detained and 30 were family members.",
            {(41, "", "people detained")},
        ),
        ("Three of the four men were tortured.", {(3, "", "men tortured")}),
        # The main verb after a relative clause: found dead, not (only) detained.
        (
            "Двое жителей Чечни, которые были задержаны в ходе кампании, найдены мертвыми.",
            {(2, "", "people killed")},
        ),
        # Took away, shot dead, taken into custody.
        (
            "Силовики увезли пятерых мужчин, двое застрелены. Police took 12 men into custody.",
            {(5, "", "men detained"), (2, "", "people killed"), (12, "", "men detained")},
        ),
        # Nominal events and nouns met by lemma.
        ("The detention of 27 people was confirmed.", {(27, "", "people detained")}),
        ("После задержания 27 человек полиция молчит.", {(27, "", "people detained")}),
        ("Я точно знаю о двух смертях.", {(2, "", "people killed")}),
        ("За рубеж перебрались 110 уроженцев Чечни.", {(110, "", "people left")}),
        ("Полиция задержала сорок двух мужчин.", {(42, "", "men detained")}),
        # What is counted is no event ("refugees" is not "refuge"); a safe passage evacuates.
        ("Canada organised the safe passage of 31 LGBT refugees.", {(31, "", "people evacuated")}),
        # English names what it counts before its verb; a participle names it after.
        (
            "At least six died in a crackdown on gay men. Police questioned 40 detained men.",
            {(6, "at least", "people killed"), (40, "", "men detained")},
        ),
        # "several hundred" is many, not a count, and no boundary; the number's own clause
        # runs to its first comma ("have been arrested"), an aside only after it.
        (
            "Over a hundred and possibly several hundred men have been arrested, detained, and"
            " tortured.",
            {(100, "more than", "men detained")},
        ),
        (
            "“Over a hundred and possibly several hundred men” have been arrested, detained, and"
            " tortured.",
            {(100, "more than", "men detained")},
        ),
        # A verb of affecting takes its subject's event, however far back in the sentence.
        (
            "The wave of punitive detentions continued through April, with a lull in mid-March,"
            " and apparently affected over 100 people.",
            {(100, "more than", "people detained")},
        ),
        # The event more than fourteen words after the number.
        (
            "Four men who spoke to Human Rights Watch in Moscow last month revealed that they had"
            " been detained.",
            {(4, "", "men detained")},
        ),
        # A relative clause's event is its antecedent's; a sentence may open with what it counts.
        (
            "В ночь на 26 января произошла казнь, жертвами которой стали 27 жителей республики.",
            {(27, "", "people killed")},
        ),
        (
            "Убитых, по неподтвержденным данным, может быть и больше - 56 человек.",
            {(56, "", "people killed")},
        ),
        # "ещё трое" continue the count of the sentence before.
        (
            "Первым о похищении родных заявил блогер. Он назвал дядей, к которым позже добавились"
            " еще трое родственников его жены.",
            {(3, "", "relatives detained")},
        ),
        (
            "Police detained 41 people in March. Another 30 were family members. Ещё 7 – их"
            " соседи.",
            {(41, "", "people detained")},
        ),
        # Enforced disappearance is detention; "8 August" is a date; visas are no messages.
        (
            "Nine of his relatives disappeared last week. В Чечне пропали без вести пятеро мужчин.",
            {(9, "", "relatives detained"), (5, "", "men detained")},
        ),
        ("He has been missing since 8 August. They filed four visa applications.", set()),
        # Losing one's life is dying.
        (
            "Over 100 people had been detained and three had lost their lives.",
            {(100, "more than", "people detained"), (3, "", "people killed")},
        ),
        # A number opening an apposition after a dash: those of the clause before.
        (
            "Появились рассказы пострадавших, которым удалось покинуть Чечню — три девушки"
            " рассказали журналистам свои истории.",
            {(3, "", "women left")},
        ),
        # Leaving with someone's help is an evacuation, in its own clause only.
        (
            "С помощью активистов из республики бежали 177 человек, 143 из них покинули Россию.",
            {(177, "", "people evacuated"), (143, "", "people left")},
        ),
        # English shelters and asylum end an evacuation, even after a flight; hiding is fleeing.
        ("Activists placed 15 men in safe houses.", {(15, "", "men evacuated")}),
        ("Nine people found sanctuary in Germany.", {(9, "", "people evacuated")}),
        ("Twelve people escaped into shelters abroad.", {(12, "", "people evacuated")}),
        ("Three women have been forced into hiding.", {(3, "", "women left")}),
        # A relative clause or a participle after what is counted describes it.
        (
            "So far 18 people, which Sweden has granted asylum to, have arrived.",
            {(18, "", "people evacuated")},
        ),
        ("Газета писала о трёх мужчинах, задержанных в Аргуне.", {(3, "", "men detained")}),
        # Requesting assistance is asking for help.
        ("Since May, 64 people requested assistance.", {(64, "", "people asked for help")}),
        # What others were urged to do did not happen; an agent ("by relatives") is not counted.
        (
            "Police detained 20 men and urged relatives to kill them.",
            {(20, "", "men detained")},
        ),
        ("At least two had been killed by relatives.", {(2, "at least", "people killed")}),
        # Men and lesbians are people.
        ("Activists helped 14 gay men and lesbians relocate.", {(14, "", "people evacuated")}),
        # Torture in a relative clause after a detention counts the detention.
        (
            "He was held with 11 other men, who were beaten and tortured.",
            {(11, "", "men detained")},
        ),
        # "ещё один" with a verb of its own continues no count.
        ("Мужчину задержали в мае. Ещё один человек снимал это на видео.", set()),
        # A number that opens its sentence has no words before it in the sentence before.
        (
            "Police detained 12 men last week. Over 80 people have since turned to the network"
            " for help.",
            {(12, "", "men detained"), (80, "more than", "people asked for help")},
        ),
        # "including" names some of those a sentence's event is about; "in age from" is an age.
        (
            "The roundup has swept up men across the region, including three TV presenters.",
            {(3, "", "people detained")},
        ),
        ("Men ranging in age from 16 to 50 have gone missing.", set()),
        # "of them" points back to the paragraph's last count, however far.
        (
            "Activists helped 30 gay men leave Chechnya after months of threats from the police"
            " and their own families, the network's spokesperson said on Monday, adding that 12"
            " of them have since left Russia.",
            {(30, "", "men evacuated"), (12, "", "men left")},
        ),
        # "as part of", "amid" and "during" open an event's context, not the number's event.
        (
            "Security forces killed at least three as part of a mass detention campaign.",
            {(3, "at least", "people killed")},
        ),
        # A past verb just before the number has it as its object; the words after describe
        # those counted ("in hiding", "who escaped") — unless a comma ends the verb's clause.
        ("Police have abducted two Chechen brothers in hiding.", {(2, "", "men detained")}),
        ("Officers detained three gay men who escaped.", {(3, "", "men detained")}),
        (
            "Report: 3 Killed, 50 Detained in a New Crackdown",
            {(3, "", "people killed"), (50, "", "people detained")},
        ),
        ("The attack left four dead.", {(4, "", "people killed")}),
        # Seizing is detaining; arriving in, being taken in or granted refuge, visas, safe
        # travel or a move by another country ends an evacuation.
        ("Two young men who were seized in Moscow face danger.", {(2, "", "men detained")}),
        ("Six more people are expected to arrive in Norway.", {(6, "", "people evacuated")}),
        ("Estonia has taken in three of them.", {(3, "", "people evacuated")}),
        (
            "Twelve of the 40 men who were granted refuge have already arrived.",
            {(12, "", "men evacuated")},
        ),
        ("Norway granted visas to three Chechen fugitives.", {(3, "", "people evacuated")}),
        ("The group negotiated safe travel for 25 people.", {(25, "", "people evacuated")}),
        ("Activists moved 17 gay men to Sweden.", {(17, "", "men evacuated")}),
        # Messages are received whatever they ask for; a sum and cases are no count of people.
        ("The embassy received six applications for asylum.", {(6, "", "messages received")}),
        ("Посольство получило семь обращений об убежище.", {(7, "", "requests received")}),
        ("Donors gave USD 125,000 and sent messages of support.", set()),
        ("Известно о не менее трёх случаях задержания в Аргуне.", set()),
        # Lads, youths and brothers are men; so reporters are people.
        ("Полицейские задержали трёх парней в Грозном.", {(3, "", "men detained")}),
        ("Четверо юношей были задержаны.", {(4, "", "men detained")}),
        (
            "Three television presenters, a cook, and several other men have been reported"
            " missing.",
            {(3, "", "people detained")},
        ),
        # A stray comma between subject and verb; the first of a list of events is what the
        # list's "targeting" was.
        (
            "Over 60 men suspected of being gay, have been abducted.",
            {(60, "more than", "men detained")},
        ),
        (
            "Police were detaining, torturing and killing men, targeting over 90 men.",
            {(90, "more than", "men detained")},
        ),
        # A Russian numeral in the nominative before a transitive verb counts the doers; a
        # count after a comma with no word of its own repeats the one before.
        ("Четверо силовиков задержали его в Грозном.", set()),
        ("Четверо задержанных погибли.", {(4, "", "people killed")}),
        (
            "Их всех расстреляли — двоих сразу, четверых позже.",
            {(2, "", "people killed"), (4, "", "people killed")},
        ),
        ("Two men were killed, three were injured.", {(2, "", "men killed")}),
        # A number hyphen-joined to a word is an adjective (pages, grades, ages), not a count;
        # a closing quote does not hide its word ("dead'").
        ("В 60-страничном докладе описаны пытки.", set()),
        ("Среди задержанных были ученики 7-х и 9-х классов.", set()),
        ("Police held a 23-year-old in Argun.", set()),
        ("Задержаны 20-30 человек.", {(20, "between", "people detained")}),
        (
            "Headline: '25 people detained, three dead'",
            {
                (25, "", "people detained"),
                (3, "", "people killed"),
            },
        ),
        # A place of custody is a detention without a verb of detaining; an amount verb
        # takes its event from the subject clauses before it.
        ("Всего в РОВД Шали оказались 12 человек.", {(12, "", "people detained")}),
        (
            "С ними сидели от 10 до 20 человек в одном подвале.",
            {(10, "between", "people detained")},
        ),
        ("Они рассказали на камеру о 5 знакомых.", set()),
        (
            "Число людей, которые бежали из Чечни в Европу, составляет 40 человек.",
            {(40, "", "people left")},
        ),
        # A rate is no count; a period that does not end the clause is no rate.
        ("The hotline gets about 15 calls per hour.", set()),
        ("Полиция задерживала по 20 человек в день.", set()),
        ("Police detained 40 men a week ago.", {(40, "", "men detained")}),
        ("Задержали 20 человек в день его приезда.", {(20, "", "people detained")}),
        # Help given or received is an evacuation (as the development set annotates it);
        # turning to someone for help is asking for it.
        ("Фонд оказал помощь семнадцати беженцам.", {(17, "", "people evacuated")}),
        (
            "За помощью обратились 60 человек, помощь оказана 25 из них.",
            {(60, "", "people asked for help"), (25, "", "people evacuated")},
        ),
        ("Помощь программы получили более 30 чеченцев.", {(30, "more than", "people evacuated")}),
    ],
)
def test_figures_generalise_by_mechanism(text, expected) -> None:
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert {(f.value, f.qualifier, f.counted) for f in figures} == expected


# Classes of failure from the sixth external sample (docs/media-samples.md, "figures6"), each
# with constructed examples: what is counted follows clause structure and morphology, not the
# sample's words.
FIGURE_MECHANISMS_6 = [
    # A participle after a comma describes those counted, though pymorphy2 reads it first as
    # an adjective ("убитых").
    ("Родители двух братьев, убитых в Грозном, не выходят на связь.", {(2, "", "men killed")}),
    ("О трёх мужчинах, убитых силовиками, сообщил источник.", {(3, "", "men killed")}),
    # A Russian noun no list names counts people when pymorphy2 reads it as animate, and no
    # people when inanimate; an object before the verb is no noun of the count.
    ("Освобождены шестеро студентов, задержанных в понедельник.", {(6, "", "people detained")}),
    ("Полиция задержала восемь школьников.", {(8, "", "people detained")}),
    ("Задержания прошли в двух районах Чечни.", set()),
    ("Их держали в трёх тюрьмах.", set()),
    ("Пятеро республику уже покинули.", {(5, "", "people left")}),
    ("The detentions took place in two regions of Chechnya.", set()),
    # The main verb after a relative clause says what befell those counted.
    (
        "Двое мужчин, которые бежали из Чечни, получили убежище в Литве.",
        {(2, "", "men evacuated")},
    ),
    (
        "Three men, who had fled Chechnya, were granted asylum in Canada.",
        {(3, "", "men evacuated")},
    ),
    ("Двое получили убежище во Франции.", {(2, "", "people evacuated")}),
    ("Five men received asylum in Germany.", {(5, "", "men evacuated")}),
    # The subject of a speech verb whose clause names others counts those who spoke.
    ("At least six oppositionists reported that their relatives had gone missing.", set()),
    ("Трое активистов сообщили, что их родственников задержали.", set()),
    ("Three men said that they were tortured.", {(3, "", "men tortured")}),
    # "of them" and "из них" take the paragraph's last count, however far back.
    (
        "Nine of his relatives disappeared. One of them, his cousin, was beaten up, and the "
        "police kept his passport and phone for a long time, asking him about the blogger and "
        "about his friends abroad. Four of them were held at a police station in Argun.",
        {(9, "", "relatives detained"), (4, "", "relatives detained")},
    ),
    (
        "Всего были похищены 34 человека (20 из них - жители села).",
        {(34, "", "people detained"), (20, "", "people detained")},
    ),
    # "Среди них" after a count: those among them underwent what it counts.
    (
        "Сеть помогла выехать 114 людям. Среди них 41 человек подвергался пыткам, 30 человек – "
        "члены их семей.",
        {(114, "", "people evacuated"), (41, "", "people tortured"), (30, "", "people evacuated")},
    ),
    # Ranges whose upper end has a qualifier; an amount whose event is in its English subject.
    ("Between 27 and upwards of 56 people were executed.", {(27, "between", "people killed")}),
    ("Казнены от 27 до более чем 50 человек.", {(27, "between", "people killed")}),
    (
        "The number of detainees executed is unclear, but the number could be anywhere between "
        "27 and 56.",
        {(27, "between", "people killed")},
    ),
    # An English event noun before "of" governs the number as a verb would.
    (
        "Kadyrov was asked about the disappearance of 17 relatives of bloggers living abroad.",
        {(17, "", "relatives detained")},
    ),
    ("The abduction of 12 men working abroad was reported.", {(12, "", "men detained")}),
    # "about" after a report noun is a preposition, and a month before it makes no date.
    (
        "The newspaper cited a report published in July about 27 individuals executed.",
        {(27, "", "people killed")},
    ),
    ("The report said about 40 men were detained.", {(40, "about", "men detained")}),
    ("On July 27 police detained 40 men.", {(40, "", "men detained")}),
    # A yearly rate is no count; "два десятка" in any case is twenty.
    ("Из ежегодно исчезающих в республике 1 700 человек находят немногих.", set()),
    ("Police there detain each year about 300 people.", set()),
    (
        "Канада предоставила убежище более чем двум десяткам чеченцев.",
        {(20, "more than", "people evacuated")},
    ),
    ("Задержаны три десятка человек.", {(30, "", "people detained")}),
    # Words of detention and evacuation by lemma; custody in the rest of the clause.
    ("41 человек подвергался незаконному удержанию.", {(41, "", "people detained")}),
    ("Бельгия выдала визы пятерым геям.", {(5, "", "people evacuated")}),
    ("Трое позже «обнаружились» в ИВС.", {(3, "", "people detained")}),
    # A country taking in those counted (its object, right before the number) evacuated them;
    # one is a count of a person named by any animate noun, when something befell them.
    ("Литва приняла у себя двух гомосексуалов.", {(2, "", "people evacuated")}),
    ("Германия приняла одного гея из Чечни.", {(1, "", "people evacuated")}),
    ("В акции приняли участие 20 человек.", set()),
    ("Один сотрудник МВД погиб.", {(1, "", "people killed")}),
    ("Один из них рассказал о пытках.", set()),
    (
        "Четверо были убиты, ещё двое, в том числе одна девушка, госпитализированы.",
        {(4, "", "people killed")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FIGURE_MECHANISMS_6, ids=lambda v: v[:30] if isinstance(v, str) else None
)
def test_figures_by_clause_and_morphology(text, expected) -> None:
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert {(f.value, f.qualifier, f.counted) for f in figures} == expected


# fmt: off
RUSSIAN_NUMERALS = {
    "один": 1, "два": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4, "четверо": 4, "пять": 5,
    "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7, "восемь": 8, "восьмеро": 8,
    "девять": 9, "девятеро": 9, "десять": 10, "десятеро": 10, "десяток": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "сотня": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "тысяча": 1000,
}
# fmt: on


def test_russian_numerals_are_read_in_every_case() -> None:
    # Every singular form pymorphy2 generates for each numeral (not the colloquial "тыща").
    forms = 0
    for lemma, value in RUSSIAN_NUMERALS.items():
        parse = next(p for p in russian.morphology().parse(lemma) if p.normal_form == lemma)
        for form in parse.lexeme:
            if "Infr" in form.tag or ("plur" in form.tag and value in {1, 10, 100, 1000}):
                continue
            assert re.fullmatch(NUMBER, form.word, re.I), form.word
            assert number_value(form.word) == value, form.word
            forms += 1
    assert forms > 200
    assert number_value("двадцати семи") == 27 and number_value("сто двадцать пять") == 125


def test_natasha_loads_its_models_from_the_package_without_the_network(monkeypatch) -> None:
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("natasha tried the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    russian._models.cache_clear()
    russian.syntax_models.cache_clear()
    people = [e.normal for e in russian.entities("Об этом заявила Татьяна Москалькова.")]
    assert people == ["Татьяна Москалькова"]
    # The syntax parser comes from the same wheel.
    assert russian.syntax_models()["syntax"].map([["Он", "сказал", "."]])


def test_the_fast_ner_decoding_finds_the_same_path_as_slovnet() -> None:
    # russian._ner_tags replaces slovnet's batch Viterbi loop: the tags must not change.
    text = (DEVSET / "ru-rbc-karimov-2017-04-01.txt").read_text(encoding="utf-8")
    tagger = russian._models()["ner_tagger"]
    words = [token.text for token in russian._models()["segmenter"].tokenize(text)]
    infer = tagger.infer
    expected = next(iter(infer.decoder(infer.process(infer.encoder([words])))))
    assert russian._ner_tags(words) == expected
    assert any(tag != "O" for tag in expected)


PATTERNS = json.loads(
    (Path(__file__).resolve().parent / "data" / "media_patterns.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", PATTERNS["speakers"], ids=lambda case: case["text"][:30])
def test_speakers_by_attribution_pattern(case) -> None:
    # Issue 16's attribution patterns, one constructed example each (media_patterns.json).
    quotes = extract(parse_article(case["text"].encode(), source="s.txt")).quotes
    assert len(quotes) == len(case["speakers"])
    for quote, accepted in zip(quotes, case["speakers"], strict=True):
        assert quote.speaker in accepted


@pytest.mark.parametrize("case", PATTERNS["figures"], ids=lambda case: case["text"][:30])
def test_figures_by_wording(case) -> None:
    figures = extract(parse_article(case["text"].encode(), source="f.txt")).figures
    found = {(f.value, f.qualifier, f.counted) for f in figures}
    assert found == {tuple(figure) for figure in case["figures"]}


# Failure classes found on public articles outside the repository (docs/media-rules.md), each with a
# constructed example: (text, the speakers of its quotations in order).
SPEAKER_MECHANISMS = [
    # A participle's clause before the subject, with commas and names of its own; the words of
    # a charge ("convicted of “…”") are the prosecution's.
    (
        "Dismissing claims that men had been seized, beaten and held in Argun, the republic's "
        "long-serving leader, Ramzan Kadyrov, said: “Nobody was held anywhere, ever.”\n",
        ["Ramzan Kadyrov"],
    ),
    (
        "Reacting to a verdict against Salekh Magamadov and Ismail Isaev, who were convicted "
        "of “helping a rebel group,” Anna Petrova, Amnesty International’s regional director, "
        "said:\n\n“This sentence is a travesty of justice and must be quashed at once.”\n",
        ["prosecution", "Anna Petrova"],
    ),
    # A role naming an organisation, then the name, then the predicate: "…, saying that".
    (
        "Norway's permanent representative to the OSCE, Ola Nordmann, addressed the council "
        'on Thursday, saying that "the answers we received do not address our questions."\n',
        ["Ola Nordmann"],
    ),
    # A sentence adverb or a date (without a comma) before the subject.
    (
        "Ola Nordmann spoke first. Therefore, Nordmann told the council, the states have "
        '"asked for a mission of independent experts."\n\n'
        'On 3 May 2017 the Russian LGBT Network published a statement: "We are alarmed by '
        'the abductions in the republic."\n',
        ["Ola Nordmann", "Russian LGBT Network"],
    ),
    # A clause after the words naming the speaker.
    (
        "“We expect visas for all of them soon,” said the group's coordinator, without "
        "naming the countries involved.\n\n"
        '"They only want money," said Ramzan Kadyrov as quoted by the TASS.\n',
        ["the group's coordinator", "Ramzan Kadyrov"],
    ),
    # "the spokesman" is the press secretary the article named, in any capitalisation.
    (
        "On Monday, said press Secretary of the President Dmitry Peskov, the reports were not "
        "confirmed.\n\n“There is no reason to doubt the head of the republic,” the spokesman "
        "added.\n",
        ["Dmitry Peskov"],
    ),
    # A quotation opening a sentence goes on from the speech the sentence before reports.
    (
        "Anna Petrova adds that the abuses continue. “Nothing has changed in the republic "
        "since the spring.”\n",
        ["Anna Petrova"],
    ),
    # A straight quotation closed by a curly quote; a quotation inside «…» and inside "…".
    (
        'Igor Kochetkov says that "the detentions started again in December.”\n\n'
        "«Я не удивлен, и вопроса «за что?» у меня нет. Читайте нас дальше», — рассказал "
        "ПарнямПлюс Кочетков.\n\n"
        '"Врач говорил, что "поводов для тревоги нет". Но память пока не вернулась", — '
        "отметил друг адвоката.\n",
        ["Igor Kochetkov", "Кочетков", "друг адвоката"],
    ),
    # The subject of the clause the quotation ends, after a semicolon.
    (
        "Власти республики все отрицают — и говорят, что таких людей нет; глава Чечни Рамзан "
        "Кадыров говорил Путину, что «эти статьи не соответствуют действительности».\n",
        ["Рамзан Кадыров"],
    ),
    # "омбудсмен" is the ombudsman the article named; an outlet's article or the outlet itself.
    (
        "Уполномоченный по правам человека в России Татьяна Москалькова получила жалобу.\n\n"
        "Омбудсмен сообщила, что органы «работают по этому заявлению».\n\n"
        "В апреле «Новая газета» писала о преследованиях. Издание сообщало о «массовых "
        "задержаниях мужчин».\n\n"
        '"Многие правозащитники приветствуют этот поступок", - говорится в статье The New '
        "York Times.\n",
        ["Татьяна Москалькова", "Novaya Gazeta", "The New York Times"],
    ),
    # "По его словам, …" opening a sentence; "представителя главы" is the press secretary.
    (
        "Пресс-секретарь главы Чечни Альви Каримов назвал публикацию ложью.\n\n"
        "По его словам, такие сообщения появляются в прессе «два или три раза в год».\n\n"
        "«Родственники сами отправили бы их туда, откуда не возвращаются», — цитирует "
        "Интерфакс представителя главы республики.\n",
        ["Альви Каримов", "Альви Каримов"],
    ),
    # A part of an organisation's report is the organisation.
    (
        "Human Rights Watch published its annual report on Thursday.\n\n"
        '"Dozens of men were tortured in unofficial prisons," states the introduction to the '
        "report's chapter on Russia.\n",
        ["Human Rights Watch"],
    ),
    # Words quoted with no speech verb in an article retelling an outlet's report.
    (
        "Геев в Чечне снова задерживают\n\n"
        "В Чечне возобновились задержания, пишет «Новая газета» со ссылкой на активистов.\n\n"
        "Ранее стало известно, что двое задержанных были отправлены в «тюрьму для "
        "подозреваемых в гомосексуальности».\n",
        ["Novaya Gazeta"],
    ),
    # "St." ends no sentence; a role of an organisation, then the name; a place with an
    # apposition ("Chechnya, an activist …") is nobody "he" can be.
    (
        "Two men were killed in Chechnya, an activist has told reporters.\n\n"
        "“I can confirm the deaths,” the head of the St. Petersburg-based LGBT Network, Igor "
        "Kochetkov, told reporters.\n\n"
        "“This is new,” he said.\n",
        ["Igor Kochetkov", "Igor Kochetkov"],
    ),
    # An organisation by name in the sentence before; the lead's source is not a quotation's.
    (
        "Rights group confirms the detentions\n\n"
        '"What Novaya Gazeta published is in line with reports we have," a lawyer said.\n\n'
        "In a statement, Human Rights Watch confirmed the claims. “Our sources leave us with "
        "no doubt about it.”\n",
        ["a lawyer", "Human Rights Watch"],
    ),
    # An outlet's sentence going on with a gerund of speech.
    (
        "Newspaper Novaya Gazeta backed the activists, writing that the men were held “because "
        "of their orientation, real or supposed”.\n",
        ["Novaya Gazeta"],
    ),
    # An unnamed role named two paragraphs later by the same kind of role.
    (
        "A spokesman for Chechnya’s leader, Ramzan Kadyrov, rejected the report, calling it "
        "“lies from start to finish.”\n\n"
        "“Such people do not live in the republic,” the spokesman, Alvi Karimov, said.\n",
        ["Alvi Karimov", "Alvi Karimov"],
    ),
    # ... but not a spokesperson for someone else.
    (
        "A spokesperson for the Russian government said it is “a question of law enforcement "
        "agencies.” Ali Karimov, a spokesperson for Chechnya’s leader, told RIA Novosti that "
        "“such people do not exist in the republic.”\n",
        ["A spokesperson for the Russian government", "Ali Karimov"],
    ),
    # A quotation that opens with its own speech verb; "призывают".
    (
        "Елена Милашина из «Новой газеты» — издания, которое первым написало о задержаниях, — "
        "«сказала, что следователи пытаются разобраться в этих сообщениях».\n\n"
        "Авторы поста призывают «всех, кто на свободе, немедленно уехать из республики».\n",
        ["Елена Милашина", "Авторы поста"],
    ),
    # Who wrote the letter or recorded the appeal; a press release of "the organisation".
    (
        "Малика Бакаева записала видеообращение к властям республики.\n\n"
        "«Прошу помочь найти моего сына, он пропал два месяца назад», — говорится в обращении.\n\n"
        "Утром пришло письмо. «Прошу помочь найти брата, о нем ничего не известно», — говорилось "
        "в письме.\n\n"
        "Amnesty International потребовала расследования. Правозащитники требуют «осудить "
        "любые такие высказывания чиновников», говорится в пресс-релизе организации.\n",
        ["Малика Бакаева", "письмо", "Amnesty International"],
    ),
    # A paragraph of first-person speech after a paragraph naming its subject.
    (
        "Докладчик Пит де Бройн несколько раз приглашал Татьяну Москалькову на слушания.\n\n"
        "«Мне ответили, что приехать не смогут. Я повторил приглашение, но ответа нет».\n",
        ["Пит де Бройн"],
    ),
    # A heading that is only a quotation, then the person the section quotes.
    (
        "«Нас допрашивали каждую ночь»\n\n"
        "Ахмеда (имя изменено) задержали весной в Грозном.\n\n"
        "«Меня держали в подвале две недели и требовали назвать друзей», — рассказывает Ахмед.\n",
        ["Ахмед", "Ахмед"],
    ),
    # A headline naming whose account the quotation is.
    (
        "«Двенадцать дней я провел в подвале» Рассказ Максима Лапунова о задержании\n\n"
        "Лапунов дал пресс-конференцию в Москве.\n",
        ["Максим Лапунов"],
    ),
    # "The daily" is the outlet named; a clause opening with "Without …" is not the subject; a
    # passive speech verb's agent speaks, and "he" is that agent; a headline's capitals
    # ("Spokesman Rejects Reports") are no name.
    (
        "Chechen Spokesman Rejects Reports Of Arrests\n\n"
        "Novaya Gazeta published new reports on the detentions.\n\n"
        'The daily reported that "more than a hundred men" were held.\n\n'
        'Without naming its sources, the Novaya Gazeta report said that "the detentions were '
        'confirmed by officials".\n\n'
        'The claim was rejected by a press spokesman for the Chechen leader as "a lie from start '
        'to finish."\n\n'
        '"Nobody is being held anywhere," he said.\n',
        ["Novaya Gazeta", "Novaya Gazeta"] + ["a press spokesman for the Chechen leader"] * 2,
    ),
    # "A spokesperson for Chechen leader Ramzan Kadyrov": the name is the leader's, so "the
    # spokesperson" is not Kadyrov but the one the sentence before introduced, as it put it;
    # nor is "the Interior Ministry" a spokesperson's name.
    (
        "A spokesperson for Chechen leader Ramzan Kadyrov called the reports lies.\n\n"
        '"They are inventions from start to end," the spokesperson said.\n\n'
        'A spokesperson for the Interior Ministry told RBC the reports were "a joke for the '
        'first of April."\n',
        [
            "spokesperson for Chechen leader Ramzan Kadyrov",
            "A spokesperson for the Interior Ministry",
        ],
    ),
    # "This is stated in the article of …": the next sentence names the outlet.
    (
        'Investigators ignored the evidence, which "left the victims with nowhere to turn." '
        "This is stated in the article of the Novaya Gazeta.\n",
        ["Novaya Gazeta"],
    ),
    # "the press release says": whose press release the article said it was, by the name it
    # spelt out for the abbreviation.
    (
        "The Supreme Court of Chechnya (SC) kept the brothers in custody, says the SC's press "
        'release.\n\n"The court has ruled to keep them in custody until March," the press '
        "release says.\n",
        ["Supreme Court of Chechnya"],
    ),
    # "собеседник агентства" is the one the article said spoke to the agency.
    (
        "В Грозном напали на правозащитника Игоря Петрова, сообщил юрист Дмитрий Смирнов.\n\n"
        "Пресс-секретарь организации Иван Соколов сообщил агентству, что с Петровым была "
        "журналистка.\n\n"
        "«Петров сейчас едет в полицию», — сказал собеседник агентства.\n",
        ["Иван Соколов"],
    ),
    # "«…»: Интервью X" names whose interview it is, in the nominative.
    (
        "«Мы все живем в страхе»: Интервью Максима Лапунова\n\nЛапунов рассказал о задержании.\n",
        ["Максим Лапунов"],
    ),
    # A quotation opening a sentence goes on from the sentence before, though that sentence
    # quotes a phrase of two words and opens with a clause before a colon.
    (
        "Власти все отрицали: глава республики Рамзан Кадыров на вопросы журналистов отвечал, "
        "что «это выдумки». «Таких людей у нас нет вообще».\n",
        ["Рамзан Кадыров"],
    ),
    # One name opening a sentence before a speech verb is its subject ("he" is Timur, not the
    # leader named in passing); "Her family" is a role, not "she".
    (
        "A 30-year-old man referred to as Timur spoke to a reporter about the ordeal, which was "
        "ordered by the region’s leader Ramzan Kadyrov.\n\n"
        "Timur said that his brother had found his messages.\n\n"
        "He said: “They locked me in my room for a month and took my passport.”\n\n"
        "Her family told her that she must “leave the house and never come back.”\n",
        ["Timur", "Her family"],
    ),
    # A gerund's clause after the dash, then the verb, what it governs, and its subject last.
    (
        "«Меня держали в подвале неделю», — показывая на шрамы на руках, рассказывает "
        "журналисту чеченец. Имя его изменено.\n",
        ["чеченец"],
    ),
    # "представитель Кадырова в своём Instagram": the venue is cut, so Kadyrov is whose
    # representative it is, and the representative is the press secretary the article named.
    (
        "Сообщения о задержаниях ложны, заявил пресс-секретарь главы республики Рамзана "
        "Кадырова Альви Каримов.\n\n«Они не понимают нашего общества и его характера», — "
        "написал представитель Кадырова в своём Instagram.\n",
        ["Альви Каримов"],
    ),
    # An initial before a surname does not end the words naming who spoke; "the Ombudsman" is
    # the last person named with that role, not the federal commissioner named before him.
    (
        "The federal human rights commissioner Lyudmila Ivanova received no complaints. The "
        "regional Ombudsman Ruslan Umarov disagreed with the newspaper.\n\n"
        "“We have received no letters at all,” said L. Ivanova.\n\n"
        "“The newspaper has invented these victims,” said the Ombudsman.\n",
        ["Lyudmila Ivanova", "Ruslan Umarov"],
    ),
    # The one name an anonymous witness gives is the subject "he" refers to, and a paragraph
    # that is only a quotation goes on from the witness's account reported in the paragraph
    # before, whose last sentence names nobody who spoke.
    (
        "A second man, who gave his name as Islam, said he had been held for a week.\n\n"
        "“They asked for the names of my friends,” he told the agency.\n\n"
        "He was freed after his uncle paid, he said. But his cousins then came looking for "
        "him at home.\n\n"
        "“I knew they would not let me live.”\n",
        ["Islam", "Islam"],
    ),
    # A quotation paragraph after an account of a witness named under another name is hers.
    (
        "Впервые полицейские забрали Мадину (имя изменено) весной, когда она шла с работы. Её "
        "продержали в отделе три дня.\n\n"
        "«Мне сказали, что родные всё равно меня не примут».\n",
        ["Мадина"],
    ),
    # "the position of X that “…”": the quotation is the position's owner's.
    (
        "The regional ombudsman backed the position of the head of the republic's press "
        "service, Adam Dudayev, that “nobody is detained in the republic for such reasons.”\n",
        ["Adam Dudayev"],
    ),
    # "Он" after "один из задержанных" (one of a group, unnamed) is that person, not a
    # woman named before.
    (
        "Как рассказала журналистам Ольга Петрова, к ней пришёл один из задержанных. Он "
        "сообщил, что его «держали в подвале две недели».\n",
        ["один из задержанных"],
    ),
    # A Russian surname spelt in the other gender in Latin letters is the woman named; "The
    # spokesman of …, Ali Murtazov, denied …" makes him the subject a later "he" refers to.
    (
        "Zarema Bisultanova, a member of the council, spoke to the radio.\n\n"
        "“I was wrong to say it,” Bisultanov admitted.\n\n"
        "The spokesman of the region's leader, Ali Murtazov, denied the reports. Moreover, he "
        "said that “nobody is held anywhere.”\n",
        ["Zarema Bisultanova", "Ali Murtazov"],
    ),
]


SPEAKER_MECHANISM_IDS = [
    "participle-clause",
    "participle-clause-with-names",
    "role-then-name-then-predicate",
    "adverb-and-date-opening",
    "trailing-clause",
    "role-kind",
    "sentence-before",
    "nested-and-mixed-quotes",
    "semicolon-clause",
    "ombudsman-and-outlets",
    "pronoun-source-and-representative",
    "part-of-a-report",
    "lead-source",
    "abbreviation-organisation-role-and-place",
    "organisation-in-sentence-before",
    "gerund-of-an-outlet",
    "role-named-later",
    "role-named-later-serves-the-same-principal",
    "quotation-with-its-verb",
    "document-author",
    "first-person-paragraph",
    "quoted-heading",
    "headline-account",
    "daily-passive-agent-and-headline-capitals",
    "spokesperson-for-a-leader",
    "english-next-sentence",
    "press-release-owner",
    "interlocutor-of-the-agency",
    "interview-headline",
    "sentence-before-with-a-phrase",
    "one-name-before-a-speech-verb",
    "gerund-then-subject-after-objects",
    "representative-in-a-venue",
    "initial-and-ombudsman",
    "witness-name-and-account-before",
    "pseudonym-before-a-quotation",
    "position-of-a-person",
    "one-of-a-group",
    "surname-in-latin-and-role-before-name",
]


@pytest.mark.parametrize("text, speakers", SPEAKER_MECHANISMS, ids=SPEAKER_MECHANISM_IDS)
def test_speaker_mechanisms_found_on_articles_outside_the_repository(text, speakers) -> None:
    quotes = extract(parse_article(text.encode(), source="m.txt")).quotes
    assert [q.speaker for q in quotes if q.part_of is None] == speakers


def test_a_quotation_over_paragraphs_takes_its_speaker_in_every_part() -> None:
    # The middle paragraph's part gets its speaker only from the paragraph before it; the
    # part after it goes with it.
    text = (
        "“The clock is ticking for the men held in Chechnya,” said Jane Roe, a director at "
        "Amnesty International.\n\n“We urge every country to open its doors to them.\n\n"
        "“The authorities claim these men do not exist.”\n"
    )
    quotes = extract(parse_article(text.encode(), source="m.txt")).quotes
    assert [q.part_of for q in quotes] == [None, None, 1]
    assert [q.speaker for q in quotes] == ["Jane Roe"] * 3


# The article's discourse memory (discourse.py): who a pronoun, a definite description or an
# unattributed paragraph of speech refers to is the most salient person it fits, which is
# often not the person named last. (text, the speakers of its quotations in order)
DISCOURSE = {
    # "she": gender from a pronoun the article used after her name; Roth, named last, is a man
    # by the pronoun after his.
    "she-by-her-pronoun": (
        "Tanya Lokshina received threats last week. Lokshina believes they are related to her "
        "work.\n\nKenneth Roth answered the threats in public. His group will not stop.\n\n"
        "“I will not leave Moscow because of anonymous messages,” she said.\n",
        ["Tanya Lokshina"],
    ),
    # "she": not Roth, "the group's chairman"; the woman named before him.
    "she-past-a-chairman": (
        "Marie Struthers called for an inquiry into the threats. Kenneth Roth, the group's "
        "chairman, agreed with the call.\n\n"
        "“The authorities must act now, not in a month,” she said.\n",
        ["Marie Struthers"],
    ),
    # "he": the man the article called "his"; a woman (by her first name) opens the last
    # sentence before it.
    # "she": a woman whose first name says nothing ("Heather") is no man, nor is a
    # "spokesperson" a "son".
    "she-with-an-unmarked-first-name": (
        "State Department spokesperson Heather Nauert spoke on Tuesday.\n\n"
        "“We have called on Russia to investigate,” Nauert told the Blade.\n\n"
        "“We have those conversations at the highest levels,” she added.\n",
        ["Heather Nauert", "Heather Nauert"],
    ),
    "he-past-a-woman-named-last": (
        "Kimahli Powell said his group had found safe houses. Rachel Denber welcomed the "
        "news.\n\n“We cannot just be reactionary in these crises,” he said.\n",
        ["Kimahli Powell"],
    ),
    # "her husband, X, …": a kinship word says the gender too, and names him, not "she".
    "kinship-apposition-with-an-aside": (
        "Zarema Musayeva was taken to Grozny. “Bandits in masks dragged my wife away,” her "
        "husband, Saidi Yangulbayev, who is a former federal judge, told the media.\n",
        ["Saidi Yangulbayev"],
    ),
    # "the strongman": an epithet for the person in focus (the last speaker), not for the
    # woman his quotation is about.
    "epithet-is-the-speaker-in-focus": (
        "“We have always destroyed terrorists,” Ramzan Kadyrov said in a post.\n\n"
        "He named Elena Milashina and Igor Kalyapin in the same post.\n\n"
        "“They earn money off the topic of the republic,” the strongman said.\n",
        ["Ramzan Kadyrov", "Ramzan Kadyrov"],
    ),
    # "the journalist", "the blogger": the person the article described so, though Kadyrov
    # is named (and spoke) after them.
    "description-said-earlier": (
        "Independent journalist Yelena Milashina has fled Russia.\n\n"
        "“She is a terrorist and an accomplice of terrorists,” Ramzan Kadyrov said.\n\n"
        "“My sources insist that I leave for a while,” the journalist said.\n",
        ["Ramzan Kadyrov", "Yelena Milashina"],
    ),
    "epithet-said-earlier": (
        "Opposition blogger Tumso Abdurakhmanov published the video on Sunday.\n\n"
        "“They went after them to Russia and took the woman,” Ramzan Kadyrov said.\n\n"
        "“This is a confession of a kidnapping,” the blogger said.\n",
        ["Ramzan Kadyrov", "Tumso Abdurakhmanov"],
    ),
    # "the relative" brings in someone new: it stays a role, not the man named last.
    "kin-noun-is-someone-new": (
        "Zelimkhan Bakaev went missing in Grozny in August.\n\n"
        "“The police only pretend to be looking for him,” the relative said.\n",
        ["the relative"],
    ),
    "witness-noun-is-someone-new": (
        "Ramzan Kadyrov denied the reports.\n\nAccording to one victim, he was set up by "
        "officials.\n\n“They broke my jaw and filmed it,” the victim said.\n",
        ["the victim"],
    ),
    # The name an anonymous witness calls himself makes him the subject "he" means, not the
    # leader named before him.
    "self-named-witness": (
        "Ramzan Kadyrov denies the reports.\n\nOne person who has escaped is a young man who "
        "calls himself Arthur.\n\n“I was saved by just a few minutes,” he revealed.\n",
        ["Arthur"],
    ),
    # "she" is the unnamed "his mother", not a man named last nor "his relatives" (plural).
    "unnamed-kin-by-gender-and-number": (
        "Aslan Yamadayev*, a 22-year-old man, fled Chechnya. It was his mother who helped him "
        "hide from his relatives. He left after she told him to “leave, or they will kill you”."
        "\n\n“Once I called, she asked me in tears to leave the country,” Yamadayev says.\n",
        ["his mother", "Aslan Yamadayev"],
    ),
    # "the "Interfax" quotes X as saying": X, not the agency.
    "agency-quotes-a-person": (
        "Tatiana Moskalkova spoke on Friday.\n\n“One person appealed to me and I sent a "
        'request,” the "Interfax" quotes Tatiana Moskalkova as saying.\n',
        ["Tatiana Moskalkova"],
    ),
    # Words the rules do not read as a name but that end with someone the article named are
    # that person; not where the name is whom a role serves.
    "named-person-closing-the-words": (
        "Chechen leader Ramzan Kadyrov has faced criticism.\n\nIn an interview over the "
        "weekend Kadyrov insisted there are none and added that if “there are any, take them "
        "to Canada.”\n\nA spokesperson for Ramzan Kadyrov said “these are lies and nothing "
        "more”.\n",
        ["Ramzan Kadyrov", "A spokesperson for Ramzan Kadyrov"],
    ),
    # "the statement": whoever the article said issued it, not the body named last.
    "the-statement-is-its-issuer": (
        "“The editorial board decided to send her abroad,” Novaya Gazeta said in a statement.\n\n"
        "The Kremlin fought two wars in Chechnya.\n\n"
        "“Her location will not affect our coverage of Chechnya,” the statement said.\n",
        ["Novaya Gazeta", "Novaya Gazeta"],
    ),
    # "the NGO": the organisation the article named.
    "the-ngo-is-the-body-named": (
        "Elena Milashina was attacked near Grozny, according to Memorial.\n\n"
        "“Her fingers are broken and she loses consciousness,” the NGO said.\n",
        ["Memorial"],
    ),
    # A first-person paragraph with no attribution goes on from the person in focus, across a
    # paragraph that speaks of him as "he" and names Kadyrov only in passing.
    "unattributed-paragraph-in-focus": (
        "“When I was detained, the police went through my phone,” Gregory says.\n\n"
        "Later, police drove him to a building guarded by men loyal to Ramzan Kadyrov.\n\n"
        "“They put a black plastic bag over my head and put a gun to my head.\n\n"
        "They told me I was not a human being.”\n",
        ["Gregory", "Gregory"],
    ),
    # ... but a paragraph of speech that is not first-person, or one with nobody in focus
    # (only an organisation), gives none.
    "no-focus-for-a-slogan": (
        "Ramzan Kadyrov spoke in Grozny on Monday.\n\nThe crowd carried banners.\n\n"
        "“Chechnya has no such people and never will have them.”\n",
        [""],
    ),
    # An answer after a question is the interviewee's, whom the focus need not be.
    "no-focus-for-an-answer": (
        "Ramzan Kadyrov said he would cooperate with an inquiry.\n\n"
        "How were you detained and why?\n\n"
        "“There was a rumor in Grozny that arrests were happening. It happened to me.”\n",
        [""],
    ),
    "no-focus-without-a-person": (
        "Human Rights Watch published a report on Monday.\n\n"
        "“I was held for twelve days in a basement near Grozny.”\n",
        [""],
    ),
    # A quotation after another in its paragraph goes on with it, not with the paragraph
    # before ("Here’s how Gregory describes it:").
    "second-quotation-of-a-paragraph": (
        "Here’s how Gregory describes his ordeal:\n\n"
        "“When I was detained, the police went through my phone,” Gregory says. “They forced "
        "me to contact someone I was dating.”\n",
        ["Gregory", "Gregory"],
    ),
    # The subject of the speech verb is that of its own clause, after "after"; the kind of
    # outlet before its name is not part of it.
    "subject-of-the-subordinate-clause": (
        "Stories like his began circulating after Russian newspaper Novaya Gazeta reported "
        "arrests for “untraditional sexual orientation” in April.\n\n"
        "A court ruled after Ramzan Kadyrov alleged that she had “almost rid him of an eye”.\n",
        ["Novaya Gazeta", "Ramzan Kadyrov"],
    ),
}


@pytest.mark.parametrize("text, speakers", DISCOURSE.values(), ids=DISCOURSE.keys())
def test_discourse_resolves_to_the_most_salient_compatible_referent(text, speakers) -> None:
    quotes = extract(parse_article(text.encode(), source="d.txt")).quotes
    assert [q.speaker for q in quotes if q.part_of is None] == speakers


# Russian speakers from natasha's syntax parser (refuge/media/extract/syntax.py): the subject of
# the speech verb that governs the quotation or hangs off it, by lemma ("заверил", "уверял" are
# in no list of forms), its name apart from its role, in the nominative.
SYNTAX_SPEAKERS = [
    # A speech verb by lemma; the name (appos, flat:name) apart from its role, and "журналистов"
    # (whom he told) in neither.
    (
        "«Все будет проверено», — заверил журналистов пресс-секретарь главы Чечни Альви Каримов.\n",
        [("Альви Каримов", "пресс-секретарь главы Чечни")],
    ),
    (
        "«Мы ничего не знаем о задержаниях», — уверял журналистов министр Джамбулат Умаров.\n",
        [("Джамбулат Умаров", "министр")],
    ),
    # The subject before the verb whose clause holds the quotation; a role known to the
    # article's memory is its holder.
    (
        "Глава Чечни Рамзан Кадыров пообещал, что «никто не уйдёт от ответственности».\n",
        [("Рамзан Кадыров", "Глава Чечни")],
    ),
    # "по мнению X": X in the nominative, the role word too.
    (
        "По мнению адвоката Ольги Садовской, «суд явно демонстрирует важность жалобы».\n",
        [("Ольга Садовская", "адвокат")],
    ),
    # A passive speech verb's agent in the instrumental, where the parser cut the attribution
    # off as a sentence of its own.
    (
        "«Таких людей у нас нет», — было заявлено Кадыровым на встрече с журналистами.\n",
        [("Кадыров", "")],
    ),
    # A document's owner: the report the article named, even with a full stop inside the
    # report's quoted title.
    (
        "Об этом говорится в докладе Human Rights Watch.\n\nВ докладе «Они найдут меня. Облава "
        "на геев», который содержит 42 страницы, указано, что «задержания продолжались до "
        "апреля».\n",
        [("Human Rights Watch", ""), ("Human Rights Watch", "")],
    ),
    # A relative clause's verb is not the quotation's: "источники, которые считают …".
    (
        "Журналистка Елена Милашина уехала. По её словам, на этом настаивал Дмитрий Муратов и "
        "«достаточно высокопоставленные источники», которые считают угрозу «высокой».\n",
        [("Елена Милашина", "Журналистка")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    SYNTAX_SPEAKERS,
    ids=[
        "lemma-role-and-name",
        "lemma-minister",
        "subject-before-the-clause",
        "opinion-of-in-the-nominative",
        "passive-agent",
        "document-owner",
        "relative-clause-and-her-words",
    ],
)
def test_russian_speakers_from_the_syntax_parser(text, expected) -> None:
    quotes = extract(parse_article(text.encode(), source="s.txt")).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes if q.part_of is None] == expected


# The article's memory for Russian: "он"/"она" agree in gender with the person, by natasha's
# morphology where a surname's ending says nothing ("Ислам", "Зарема", "Ахмед"); a role word
# ("правозащитник", "источник", "министр") is the person the article named with that role.
RUSSIAN_DISCOURSE = [
    (
        "Зарема Мусаева дала показания. Потом в суд пришёл Ислам. «Меня держали три дня», — "
        "сказала она.\n",
        ["Зарема Мусаева"],
    ),
    (
        "Руслан Исаев дал показания. Потом в суд пришла Зарема. «Меня держали три дня», — "
        "сказал он.\n",
        ["Руслан Исаев"],
    ),
    (
        "Малика Бакаева обратилась в полицию. Вместе с ней пришёл Ахмед. «Сына забрали ночью», "
        "— рассказала она.\n",
        ["Малика Бакаева"],
    ),
    (
        "Правозащитник Олег Орлов приехал в Грозный.\n\n«Никто ничего не расследует», — сказал "
        "правозащитник.\n",
        ["Олег Орлов"],
    ),
    (
        "Источник в МВД Чечни Ахмед Дудаев ответил на вопросы. «Он сам уехал», — пояснил "
        "источник.\n",
        ["Ахмед Дудаев"],
    ),
    (
        "Министр Джамбулат Умаров провёл встречу. «Это всё выдумки», — заявил министр.\n",
        ["Джамбулат Умаров"],
    ),
]


@pytest.mark.parametrize(
    "text, speakers",
    RUSSIAN_DISCOURSE,
    ids=[
        "she-not-islam",
        "he-not-zarema",
        "she-not-akhmed",
        "rights-defender",
        "source",
        "minister",
    ],
)
def test_russian_pronouns_and_roles_resolve_to_the_person_named(text, speakers) -> None:
    quotes = extract(parse_article(text.encode(), source="d.txt")).quotes
    assert [q.speaker for q in quotes if q.part_of is None] == speakers


def test_each_russian_name_has_the_gender_of_its_first_name() -> None:
    # In any case: the tagger alone reads the accusative "Зарему Мусаеву" as masculine.
    text = "Ислам Исаев встретил Зарему Мусаеву. Адвокат Ольга Садовская пришла позже."
    genders = {e.normal: russian.name_gender(e.normal) for e in russian.entities(text)}
    assert genders == {"Ислам Исаев": "m", "Зарема Мусаева": "f", "Ольга Садовская": "f"}


def test_a_cycle_in_the_parse_ends() -> None:
    # The parser picks each word's head on its own: two words heading each other must not
    # loop forever when a subject's phrase or name is read.
    from refuge.media.extract.syntax import Token, Tree

    tokens = [Token("Иван", 0, 4, 1, 2, "appos"), Token("Петров", 5, 11, 2, 1, "appos")]
    tree = Tree(tokens, [])
    assert [t.text for t in tree.subtree(tokens[0])] == ["Иван", "Петров"]
    assert [t.text for t in tree.ancestors(tokens[0])] == ["Петров"]


# A quotation opening its sentence, where that sentence names nobody, goes on from the speech
# the sentence before reports, by whoever its subject is: a role or a pronoun the memory
# resolves, not only a name.
SENTENCE_BEFORE_SPEAKERS = [
    (
        "Рамзан Кадыров выступил на митинге. Глава Чечни добавил, что журналистам ничего не "
        "угрожает. «Духовенство приняло резолюцию, чтобы успокоить народ».\n",
        [("Рамзан Кадыров", "Глава Чечни")],
    ),
    (
        "Министр Джамбулат Умаров дал интервью. Министр заверил, что певец жив. «Он объявится "
        "через некоторое время».\n",
        [("Джамбулат Умаров", "Министр")],
    ),
    (
        "Малика Бакаева обратилась в полицию, с ней пришёл Ахмед. Она пожаловалась, что ответа "
        "нет. «Я сделала обращение к главе региона».\n",
        [("Малика Бакаева", "")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", SENTENCE_BEFORE_SPEAKERS, ids=["role", "same-role-word", "pronoun-she"]
)
def test_a_russian_quotation_goes_on_from_the_speech_the_sentence_before_reports(
    text, expected
) -> None:
    quotes = extract(parse_article(text.encode(), source="c.txt")).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == expected


def test_a_russian_pronoun_with_nobody_to_mean_is_no_speaker() -> None:
    # "Они" names nobody the article named (the sentence before's subject, read by the syntax
    # round's continuation): no speaker, rather than a speaker called "Они". Where the group is
    # a named body's ("Правозащитники Мемориала"), "они" is that body.
    text = (
        "Правозащитники из города опубликовали доклад. Они утверждают, что задержания "
        "продолжаются. «Людей забирают прямо на улице».\n"
    )
    quotes = extract(parse_article(text.encode(), source="p.txt")).quotes
    assert [q.speaker for q in quotes] == [""]
    body = text.replace("из города", "Мемориала")
    assert [q.speaker for q in extract(parse_article(body.encode(), source="p.txt")).quotes] == [
        "Memorial"
    ]


def test_an_english_article_loads_no_russian_model() -> None:
    # natasha's models cost seconds and memory: a process reading English news never needs them.
    russian._models.cache_clear()
    russian.syntax_models.cache_clear()
    data = (CASE / "article-1.txt").read_bytes()
    assert extract(parse_article(data, source="article-1.txt")).quotes
    assert russian._models.cache_info().currsize == 0
    assert russian.syntax_models.cache_info().currsize == 0


def test_a_russian_article_is_segmented_once_as_if_window_by_window(monkeypatch) -> None:
    # Segmenting costs a fifth of a long Russian article: the parser's windows are cut from the
    # sentences entities() found, and give what segmenting each window alone gives.
    from natasha import Doc

    text = (
        "Глава Чечни Рамзан Кадыров ответил журналистам. «Таких людей у нас нет», — сказал он.\n\n"
        "Правозащитник Игорь Кочетков не согласился. «Мы знаем о десятках задержанных», — "
        "заявил он «Интерфаксу». По его словам, задержаны не менее 40 человек."
    )
    extract(parse_article(text.encode(), source="ru.txt"))
    second, paragraph = text.index("«Таких"), text.index("\n\n")
    windows = [(0, paragraph), (second, paragraph), (paragraph + 2, len(text))]  # as cut
    from_article = [russian.sentences_between(text, start, end) for start, end in windows]
    alone = []
    for start, end in windows:
        russian.SEGMENTED.clear()
        alone.append(
            [
                [(word, start + begin, start + stop) for word, begin, stop in sentence]
                for sentence in russian.sentences_between(text[start:end], 0, end - start)
            ]
        )
    assert from_article == alone
    segmented: list[str] = []
    real_segment = Doc.segment

    def counting_segment(doc, segmenter):
        segmented.append(doc.text)
        return real_segment(doc, segmenter)

    monkeypatch.setattr(Doc, "segment", counting_segment)
    extract(parse_article(text.encode(), source="ru.txt"))
    assert segmented == [text]
