"""Constructions from the misses of the sets read in the forty-third session (2026-12-06): OA,
OR and OS (collected last in the forty-second), and PA, PC, PR, PS and PT, each measured
before it was read (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Set OS: no dash, a qualifier, after a place and its preposition.
        (
            "В Москве задержали 18 человек, в Санкт-Петербурге около 50.",
            {(18, "", "people detained"), (50, "around", "people detained")},
        ),
        # Set OS: "в то время как" before the place (the article left out its "в").
        (
            "В Москве задержали 18 человек, в то время как Санкт-Петербурге – полсотни "
            "демонстрантов.",
            {(18, "", "people detained"), (50, "", "people detained")},
        ),
        # Set OS: two places and "по" before the count.
        (
            "В Нижнем Новгороде задержаны 11 человек, в Перми и Хабаровске — по десять.",
            {(11, "", "people detained"), (10, "", "people detained")},
        ),
        # Without a dash, a count that does not end its clause continues nothing.
        (
            "В Москве задержали 18 человек, в Грозном 3 школы закрыли.",
            {(18, "", "people detained")},
        ),
    ],
)
def test_a_count_after_a_place_takes_the_event_of_the_count_before(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок новости здесь\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Sets OS and LT: detentions and arrests counted are people detained.
        ("Уточняется, что 58 задержаний произошли в Москве.", {(58, "", "people detained")}),
        ("Суды назначили 29 административных арестов.", {(29, "", "people detained")}),
        # Places of custody are no people, whatever their noun's event.
        ("Их держали в шести секретных тюрьмах.", set()),
        # Set OS: Armenian police's word for bringing people in.
        (
            "В Ереване подвергнуты приводу 277 участников протестных акций.",
            {(277, "", "people detained")},
        ),
    ],
)
def test_a_count_of_detentions_counts_the_people_detained(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок новости здесь\n\n{sentence}\n") == expected


def test_a_special_rapporteur_is_a_role_not_part_of_the_name() -> None:
    # Set PC: "U.N. Special Rapporteur Mariana Katzarova told" gave the title with the name.
    text = (
        "Russian repression worsens, UN expert says\n\nGENEVA (Reuters) - State repression has "
        "worsened in Russia, a U.N. expert said on Tuesday.\n\n“The country is now governed by a "
        "system of fear and punishment,” U.N. Special Rapporteur Mariana Katzarova told the "
        "council.\n\nUN Special Rapporteur on the human rights situation in the Russian "
        "Federation Mariana Katzarova is “gravely concerned by a pattern of enforced "
        "disappearances,” she said on Thursday.\n"
    )
    assert attributed(text) == [
        ("Mariana Katzarova", "U.N. Special Rapporteur"),
        ("Mariana Katzarova", ""),
    ]


def test_a_report_named_by_what_it_is_like_is_its_issuer_s() -> None:
    # Set PC: "according to this document of more than 120 pages", "adds the document, evoking
    # …" and a relative clause before "adds the document" named no one or the clause, after
    # "The Organization for Security and Cooperation in Europe (OSCE) is alarmed, in a report".
    text = (
        "OSCE denounces a climate of fear\n\nThe Organization for Security and Cooperation in "
        "Europe (OSCE) is alarmed, in a report Thursday, by the intensification of repression in "
        "Russia.\n\n“Repression has gradually intensified since 2012,” according to this "
        "document of more than 120 pages.\n\nThe authorities have “the ultimate goal of creating "
        "a monolithic society”, where all opponents are doomed to disappear, adds the document, "
        "evoking “a growing isolation” of the Russian society.\n"
    )
    assert [s for s, _ in attributed(text)] == ["OSCE", "OSCE", "OSCE"]


def test_a_permanent_representative_named_by_role_is_the_one_given_it() -> None:
    # Set PT: "— заявила постпред." after "Постпред США при ООН Никки Хейли" named the role.
    text = (
        "Хейли призвала расследовать данные о преследовании геев\n\nПостпред США при ООН Никки "
        "Хейли заявила о «невозможности игнорировать» сообщения о похищениях.\n\n«Мы выступаем "
        "против всех форм дискриминации, в том числе основанных на сексуальной ориентации», — "
        "заявила постпред.\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Никки Хейли"


def test_a_letter_s_authors_are_those_who_sent_it_not_its_addressee() -> None:
    # Set PT: the ministers' letter to Lavrov went to Lavrov ("министры" read as the one holder
    # of a minister's role), to "о преследовании" and to "письмо".
    text = (
        "Главы МИД пяти стран написали письмо Лаврову\n\nМинистры иностранных дел "
        "Великобритании, Франции, Германии, Нидерландов и Швеции направили главе МИД РФ Сергею "
        "Лаврову письмо в связи с сообщениями о преследовании геев в Чечне.\n\nВ письме министры "
        "сообщают, что «глубоко обеспокоены многочисленными сообщениями международных "
        "организаций» о преследовании в Чечне геев, и призывают правительство РФ «расследовать "
        "эти ужасные обвинения и гарантировать безопасность активистов».\n\n«Мы призываем "
        "российское правительство использовать свое влияние на местные власти», — сказано в "
        "письме.\n"
    )
    assert [s for s, _ in attributed(text)] == ["министры", "министры", "министры"]


def test_a_letter_s_authors_opening_the_sentence_that_sent_it() -> None:
    # The sentence that sent the letter is the only one to say who wrote it.
    text = (
        "Главы МИД пяти стран написали письмо Лаврову\n\nМинистры иностранных дел "
        "Великобритании, Франции и Швеции направили главе МИД РФ Сергею Лаврову письмо.\n\n"
        "«Мы призываем российское правительство использовать свое влияние на местные власти», "
        "— сказано в письме.\n"
    )
    assert [s for s, _ in attributed(text)] == [
        "Министры иностранных дел Великобритании, Франции и Швеции"
    ]


def test_a_count_with_its_auxiliary_left_out_past_an_aside_keeps_the_noun() -> None:
    # Set PA: "… at least three killed" after "more than 100 gay men have been detained,
    # allegedly in concentration camps," counted people: the aside's commas broke the link.
    text = (
        "Title here\n\nThe newspaper reported that more than 100 gay men have been detained, "
        "allegedly in concentration camps, and at least three killed.\n"
    )
    assert counts(text) == {(100, "more than", "men detained"), (3, "at least", "men killed")}


def test_he_after_a_clause_of_time_naming_someone_is_that_one() -> None:
    # Set PA: "When the accusation is put to Kataev, he replies: “…”" went to the alleged victim
    # of the paragraph before: Kataev is governed by "to", which had ruled him out.
    text = (
        "See inside the Chechen prison\n\nAyub Kataev runs the prison in Argun.\n\nAn alleged "
        "victim who reviewed the footage claimed he suffered abuse at the hands of Kataev "
        "himself.\n\nWhen the accusation is put to Kataev, he replies: “I don’t know why they are "
        "saying this. Maybe they want to blacken my name.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ayub Kataev"]


def test_a_relative_before_a_named_one_s_role_is_not_part_of_it() -> None:
    # Set OR: "маму и брата журналистки Аноры Саркоровой" gave her the role "брата журналистки";
    # "Журналистка считает, что «…»" then read "журналистки Аноры" as a role and its owner.
    text = (
        "В Таджикистане задержали родственников журналистки\n\nВ Таджикистане задержали маму и "
        "брата журналистки Аноры Саркоровой. Об этом она написала в фейсбуке.\n\nЖурналистка "
        "считает, что таким образом «власть хочет, чтобы все замолчали».\n"
    )
    assert [s for s, _ in attributed(text)] == ["Анора Саркорова"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Set PS: a police van is custody.
        (
            "В автозаке после возложения цветов оказались не менее 14 человек.",
            {(14, "at least", "people detained")},
        ),
        # Set PS: a count in brackets after a place in the locative is no age.
        (
            "Больше всего задержаний — в Москве (391), Санкт-Петербурге (142) и Новосибирске (71).",
            {
                (391, "", "people detained"),
                (142, "", "people detained"),
                (71, "", "people detained"),
            },
        ),
    ],
)
def test_counts_in_custody_and_in_brackets_after_places(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок новости здесь\n\n{sentence}\n") == expected


def test_they_after_a_bare_plural_opening_the_sentence_before_is_that_group() -> None:
    # Set OA: "Protesting women clashed with police … “…,” they said." named no one: "they"
    # took only a group with a determiner or a number before it.
    text = (
        "Protests in Dagestan\n\nA few hundred people were at the protest in Makhachkala.\n\n"
        "Protesting women clashed with police, arguing that Russia started the war. “Russia "
        "attacked Ukraine. We’re not blind,” they said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Protesting women"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Set OA: an amount's subject before "is" names the event.
        (
            "Rights groups say the number of people still under arrest across the country "
            "because of the protests is currently about 1,000, many of whom are being beaten.",
            {(1000, "about", "people detained")},
        ),
        # Set OA: a dash for "and" after "between".
        ("Between 50–100 people were detained.", {(50, "between", "people detained")}),
    ],
)
def test_amounts_and_ranges_in_english(sentence: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(f"Title here\n\n{sentence}\n") == expected


def test_a_weekday_after_the_verb_is_when_and_a_paper_s_kind_is_dropped() -> None:
    # Set QC: "“…,” wrote Saturday in the daily newspaper the Globe and Mail" named "Saturday".
    text = (
        "Canada gave asylum to gay Chechens\n\nThe newspaper reported it first.\n\n“Canada has "
        "secretly given asylum to gay Chechens,” wrote Saturday in the daily newspaper the Globe "
        "and Mail.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the Globe and Mail"]


def test_a_headline_s_topic_after_its_speaker_is_no_name() -> None:
    # Set QA: "Chechnya President On Gay Execution Claims '…'" named "On Gay Execution".
    text = (
        "Chechnya President On Gay Execution Claims 'We Don't Have These Kinds of People Here'"
        "\n\nThe interview aired on Friday.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Chechnya President"]


def test_he_after_a_name_s_own_response_opening_the_sentence_is_that_one() -> None:
    # Set QA: "Kadyrov’s initial response is to laugh. “…?” he asks" went to the interviewer;
    # and "interviewed Chechen dictator Ramzan Kadyrov" gave the verb with the role.
    text = (
        "Chechen dictator laughs when asked about violence\n\nHBO reporter David Scott "
        "interviewed Chechen dictator Ramzan Kadyrov and asked about reports of violence.\n\n"
        "Kadyrov’s initial response is to laugh. “Why did he come here?” he asks.\n"
    )
    assert attributed(text) == [("Ramzan Kadyrov", "Chechen dictator")]


def test_reports_by_a_group_are_the_group_s_and_opposite_governs() -> None:
    # Set QB: "Reports by Russian media and human rights groups claim … “…”" named the
    # reports; "sitting opposite Putin, a visibly embarrassed Kadyrov … Instead he refers to
    # “…”" went to Putin.
    text = (
        "Putin unfazed\n\nIn the video, sitting opposite Putin, a visibly embarrassed Kadyrov "
        "is unable even to say the word. Instead he refers simply to “provocative articles about "
        "the Republic of Chechnya.”\n\nReports by Russian media and human rights groups claim "
        "that men have been tortured “in connection with their non-traditional sexual "
        "orientation” in a secret prison.\n"
    )
    assert [s for s, _ in attributed(text)] == [
        "Kadyrov",
        "Russian media and human rights groups",
    ]


def test_he_after_a_name_in_his_own_sentence_is_not_the_sentence_before_s_subject() -> None:
    # Set QC: "Igor Kochetkov first raised fears … when he said … “…”" went to Kadyrov, the
    # subject of the paragraph before: the parse took the pronoun's antecedent from there.
    text = (
        "Singer feared dead\n\nChechnya’s Kremlin-backed leader, Ramzan Kadyrov, has called "
        "reports of the torturing and killing of gays “lies.”\n\nRussian LGBT Network founder "
        "Igor Kochetkov first raised fears about Bakayev’s fate on October 16 when he said he had "
        "confirmed that Bakayev was detained on “suspicion of homosexuality.”\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Igor Kochetkov"


def test_a_body_s_abbreviation_names_the_body_a_role_spelled_out() -> None:
    # Set QS: "— добавил глава СПЧ" after "председатель Совета по правам человека при
    # президенте РФ Михаил Федотов" went to "Глава Чечни Рамзан Кадыров"; "пояснил Федотов
    # (цитата по "Интерфакс")" gave him the role "(цитата по".
    text = (
        "Кадыров готов помочь расследованию\n\nГлава Чечни Рамзан Кадыров выразил готовность "
        "оказать содействие в расследовании. Об этом сообщил председатель Совета по правам "
        'человека при президенте РФ Михаил Федотов.\n\n"Мы обсудили публикации о '
        'преследовании", - пояснил Федотов (цитата по "Интерфакс").\n\n"Я, в свою очередь, '
        'сказал, что речь идет о преступлениях", - добавил глава СПЧ.\n'
    )
    assert attributed(text) == [
        ("Михаил Федотов", "председатель Совета по правам человека при президенте РФ"),
        ("Михаил Федотов", "председатель Совета по правам человека при президенте РФ"),
    ]


def test_he_after_a_role_opening_the_sentence_before_past_when() -> None:
    # Set QS: "На прошлой неделе глава Чечни отвечал … . «…», — подчеркнул он" went to the
    # editor named the paragraph before.
    text = (
        "Муратов ответил Кадырову\n\nГлавный редактор «Новой газеты» Дмитрий Муратов ответил "
        "Кадырову. «Почему не нашел?», — цитирует Муратова издание.\n\nНа прошлой неделе глава "
        "Чечни отвечал на вопросы журналистов и сказал, что удивлен публикациями. «Никто и "
        "никуда не уехал. Чечня маленькая», — подчеркнул он.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Дмитрий Муратов", "глава Чечни"]


def test_a_name_s_latin_spelling_in_brackets_is_no_part_of_it() -> None:
    # Set QS: "Рекс Тиллерсон (Rex Tillerson)" was the speaker's name, brackets and all.
    text = (
        "Тиллерсон не обсуждал эту тему\n\nГоссекретарь США Рекс Тиллерсон (Rex Tillerson), "
        "отвечая на вопрос, сказал, что не обсуждал эту тему.\n\n«Я знаю о сообщениях на эту "
        "тему», — ответил госсекретарь.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Рекс Тиллерсон"]


def test_they_after_one_described_in_its_own_opening_clause_is_that_one() -> None:
    # Set QC: "While the spokesperson refused to name the countries, they did say: “…”" went to
    # the network the spokesperson works for.
    text = (
        "Visas refused\n\nA spokesperson for Russia LGBT Network told Buzzfeed news that the "
        "organisation is having “difficulty” securing visas.\n\nWhile the spokesperson refused "
        "to name all of the countries, they did say: “We were informed that the US is not going "
        "to issue visas for people from Chechnya.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["the spokesperson"]


def test_a_name_closing_a_sentence_after_an_epithet_keeps_no_full_stop() -> None:
    # Set RA: "… in Chechen ruler Ramzan Kadyrov." gave "Ramzan Kadyrov." the role "in
    # Chechen ruler", and "the Chechen strongman told" then took both.
    text = (
        "Kadyrov declares war on the virus\n\nNow it faces its most menacing adversary in "
        "Chechen ruler Ramzan Kadyrov. He announced a lockdown on Tuesday.\n\n“Anyone who "
        "creates the problem should be punished,” the Chechen ruler told his cabinet.\n"
    )
    assert attributed(text) == [("Ramzan Kadyrov", "Chechen ruler")]


def test_a_platform_is_no_one_s_name() -> None:
    # Set RA: "His English-language Instagram account was unaffected. “…” is weird, he wrote"
    # went to "English-language Instagram".
    text = (
        "Kadyrov off Instagram\n\nKadyrov said his Russian-language accounts were not "
        "functioning. His English-language Instagram account was unaffected.\n\n“Instagram’s "
        "move, which still wants to pretend it is independent from Washington” is weird, he "
        "wrote on Telegram.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Kadyrov"]


def test_a_time_opening_a_paragraph_is_no_name_set_beside_a_body() -> None:
    # Set RB: "Title\n\nOn Monday, the Committee to Protect Journalists said …" read the
    # headline's last word and "On Monday" as a name the Committee was set beside. (Its full
    # name, which the parser reads as a clause, since the forty-fourth session.)
    text = (
        "Title\n\nOn Monday, the Committee to Protect Journalists said Russia should “act "
        "swiftly, decisively and effectively” against threats to the newspaper.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Committee to Protect Journalists"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A number between the count and the gapped one: a sum, an age (review 1).
        (
            "В Москве задержали 18 человек, средний штраф составил 10 тысяч рублей, в "
            "Петербурге 15 тысяч.",
            {(18, "", "people detained")},
        ),
        (
            "В Москве задержали 18 человек, самому младшему из них 16 лет, в Петербурге 15.",
            {(18, "", "people detained")},
        ),
        # Detentions and arrests of things (review 2).
        ("Таможенники провели 58 задержаний партий контрабанды.", set()),
        ("Судебные приставы наложили 40 арестов на имущество должников.", set()),
        ("Пограничники сообщили о 15 задержаниях иностранных судов.", set()),
        # Police riding in a van, police inside it (review 3, 4).
        ("В автозаках к площади подъехали около 40 бойцов ОМОН.", set()),
        ("Рядом стояли 30 журналистов, в автозаке находились 12 полицейских.", set()),
        # A first name in the dative before an age is no place (review 5).
        ("Задержанной Лизе (17) грозит штраф.", set()),
    ],
)
def test_review_neighbours_of_the_session_s_counts(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок новости здесь\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report released by someone is theirs, not its subject's (review 6).
        (
            "News\n\nThe Kremlin has been accused, in a report released by Amnesty International "
            "on Monday, of ignoring the abuses.\n\n“The authorities have failed to "
            "investigate,” the report said.\n",
            "Amnesty International",
        ),
        # The speaker's own aside before a quotation stays (review 7).
        (
            "News\n\nNovaya Gazeta spoke to a former police officer, who fled Chechnya last year, "
            "and who told the paper: “We were ordered to kill them.”\n",
            "former police officer",
        ),
        # "from" a place names no one (review 8).
        (
            "News\n\nReports from Grozny suggest that “dozens of men have disappeared.”\n",
            "Reports from Grozny",
        ),
        # A title with "On" keeps its name (review 9).
        (
            "“Russia must investigate,” says Committee On Torture Chair Jens Modvig\n\nThe "
            "committee said it was alarmed.\n",
            "Jens Modvig",
        ),
        # A bare plural that acted on "them" is not "they" (review 10).
        (
            "News\n\nThe men were held in a former military base. Guards tortured them daily.\n\n"
            "“We were beaten with pipes,” they said.\n",
            "The men",
        ),
        # Talks with someone: "he" is the one before (review 12).
        (
            "News\n\nRamzan Kadyrov flew to Moscow on Friday.\n\nAfter talks with Vladimir Putin, "
            "he told reporters: “We discussed the economy.”\n",
            "Ramzan Kadyrov",
        ),
        # "called him … after he said": the one called (review 13).
        (
            "News\n\nIgor Kalyapin heads the Committee Against Torture.\n\nRamzan Kadyrov called "
            "him a traitor after he said: “Torture is routine in Chechnya.”\n",
            "Igor Kalyapin",
        ),
        # Those who received a letter, or whom it accuses, did not write it (review 15, 16, 17).
        (
            "Новости\n\nДепутаты Госдумы, Совета Федерации и Мосгордумы получили письмо от "
            "родственников задержанных.\n\n«Помогите найти наших сыновей», — говорится в "
            "письме.\n",
            "письмо",
        ),
        (
            "Новости\n\nПравозащитники направили письмо в генпрокуратуру. В письме следователи "
            "обвиняются в пытках.\n\n«Задержанных избивали током», — говорится в письме.\n",
            "письмо",
        ),
        (
            "Новости\n\nИгорь Каляпин написал письмо в СК. Вчера Кадыров прочитал письмо и "
            "ответил. Копия письма есть у редакции.\n\n«Я требую расследования», — говорится в "
            "письме.\n",
            "письмо",
        ),
        # A role's own noun spells no body's abbreviation (review 18).
        (
            "Новости\n\nСотрудник полиции Чечни Ахмед Дудаев рассказал о задержаниях.\n\n«Мы "
            "никого не задерживали», — добавил сотрудник СПЧ.\n",
            "сотрудник СПЧ",
        ),
        # "он" after a sentence that names someone by a pronoun (review 19, 20).
        (
            "Новости\n\nГлава Чечни Рамзан Кадыров выступил по телевидению.\n\nВчера журналист "
            "«Новой газеты» спросил его о задержаниях. «Таких людей у нас нет», — сказал он.\n",
            "Рамзан Кадыров",
        ),
        (
            "Новости\n\nАхмед Иванов живёт в Грозном. Сотрудник полиции остановил его на улице. "
            "«Меня ни в чём не обвиняли», — рассказал он.\n",
            "Ахмед Иванов",
        ),
    ],
)
def test_review_neighbours_of_the_session_s_speakers(text: str, expected: str) -> None:
    assert [s for s, _ in attributed(text)][-1] == expected
