"""Constructions from the misses of the sets read in the forty-second session (2026-12-06),
each measured before it was read (LB to NS), left misses of sets before, and the neighbours
the session's review found (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_listed_first_name_outweighs_a_surname_ending_like_a_woman_s() -> None:
    # "Łukasz Jasina … “…,” he stressed" gave the quotation to the label before the name: a
    # surname in "-ina" read as a woman's, whom "he" could not mean.
    text = (
        "Poland summons envoy\n\nThe Polish foreign ministry spokesman Łukasz Jasina said the "
        "ambassador was summoned on Monday.\n\n“This is a violation of every norm we know of,” "
        "he stressed.\n\nCarlos Medina, a lawyer, spoke to reporters. “We will appeal this "
        "verdict in every court,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Łukasz Jasina", "Carlos Medina"]


def test_one_of_a_group_named_first_is_called_back_by_what_sets_them_apart() -> None:
    # "One of the bloggers, Zavqibek Saidamini, … “…,” the video blogger said" went unresolved.
    text = (
        "Bloggers detained in Dushanbe\n\nPolice detained three bloggers on Monday. One of the "
        "bloggers, Zavqibek Saidamini, had criticised the authorities online.\n\n“They told me "
        "to delete every video or go to prison,” the video blogger said after his release.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Zavqibek Saidamini"]


def test_a_first_name_opening_a_sentence_beside_one_of_someone_s_friends() -> None:
    # Last session read "…, Kurban, one of Gadjiev's friends, was surprised" mid-sentence only.
    text = (
        "Title here\n\nAbdulmumin Gadjiev was sentenced on Tuesday. Police detained Zavqibek "
        "Saidamini.\n\nKurban, one of Gadjiev’s friends, spoke to the newspaper. “He was afraid "
        "to go home for months,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Kurban"]


def test_a_count_after_a_place_and_a_dash_has_the_count_before_s_event() -> None:
    # Set LS: "В Москве силовики доставили в отделения полиции 2379 человек, в Санкт-Петербурге
    # — 1251" counted the first only: a gap after a country was read, not after "в" and a place.
    text = (
        "Заголовок новости здесь\n\nВ Москве силовики доставили в отделения полиции 2379 "
        "человек, в Санкт-Петербурге — 1251.\n"
    )
    assert counts(text) == {(2379, "", "people detained"), (1251, "", "people detained")}


def test_a_multiplier_in_the_prepositional_case_makes_the_number() -> None:
    # Set LS: "сообщили о 5 тысячах задержанных" counted nothing.
    text = (
        "Заголовок новости здесь\n\nПравозащитники сообщили о 5 тысячах задержанных на акциях "
        "31 января.\n\nРечь идет о 600 — 700 тысячах россиян, уехавших из страны.\n"
    )
    assert counts(text) == {
        (5000, "", "people detained"),
        (600000, "between", "people left"),
    }


def test_victims_are_broken_down_only_by_what_counts_them() -> None:
    # Set LS: "Жертвами стали 225 человек, включая 19 силовиков. Ещё 4 578 оказались в
    # статусе потерпевших, 4 353 из них получили ранения" counted no one: the next sentence's
    # "из них" broke down the others it counts, not the victims.
    text = (
        "Власти обнародовали число погибших\n\nЖертвами стали 225 человек, включая 19 "
        "силовиков. Ещё 4 578 оказались в статусе потерпевших, 4 353 из них получили ранения.\n"
    )
    assert counts(text) == {(225, "", "people killed"), (19, "", "people killed")}
    broken_down = (
        "Заголовок новости здесь\n\nЖертвами конфликта стали 43 человека. Из них 27 убиты.\n"
    )
    assert counts(broken_down) == {(27, "", "people killed")}


def test_a_verb_before_a_count_keeps_the_people_after_it_in_its_words() -> None:
    # Set LS: "умерли шесть задержанных" was the words "умерли шесть", which the annotation's
    # "шесть задержанных" overlaps by less than half.
    text = "Заголовок новости здесь\n\nВ изоляторах умерли шесть задержанных после беспорядков.\n"
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert [(f.text, f.counted) for f in figures] == [("умерли шесть задержанных", "people killed")]
    text = "Title here\n\nOfficials have killed two and detained 40 others.\n"
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert [f.text for f in figures] == ["killed two", "detained 40"]


def test_dashed_speech_with_its_speaker_holds_the_quotation_inside_it() -> None:
    # Set LR: "— …, — объясняет минчанин. — Потом задерживали уже всех с криками: «Сочувствующих
    # тоже пакуем»." gave the inner quotation to the words before it, and the dashed speech
    # was not read at all.
    text = (
        "Заголовок новости здесь\n\nОдин из них, Вадим, подтвердил это.\n\n— Ко мне побежала "
        "толпа людей. Я сразу лег на землю, — объясняет минчанин. — Потом задерживали уже всех "
        "с криками: «Сочувствующих тоже пакуем». Не смотрели ни на что.\n"
    )
    assert [s for s, _ in attributed(text)] == ["минчанин", "минчанин"]


def test_a_statement_placed_on_a_body_s_site_is_the_body_s() -> None:
    # Set LR: "— говорится в сообщении, размещенном на официальном сайте БАЖ" was the speaker
    # "сообщении, размещенном …"; "— отметили в ассоциации" was no one.
    text = (
        "Задержаны журналисты\n\nНе менее 25 журналистов было задержано в субботу, сообщает "
        'Белорусская ассоциация журналистов (БАЖ).\n\n"Задерживались как минимум 25 человек. '
        '20 освобождены", - говорится в сообщении, размещенном на официальном сайте БАЖ.\n\n'
        '"Коллеги не могут найти британского журналиста. Информации нет", - отметили в '
        "ассоциации.\n"
    )
    assert [s for s, _ in attributed(text)] == ["БАЖ", "БАЖ"]


def test_a_group_named_on_a_network_is_the_group_not_the_network() -> None:
    # Set LR: "— говорится в группе «Женщина, тюрьма, общество» во «ВКонтакте»" was VKontakte.
    text = (
        "Заголовок новости здесь\n\n«В Нижнем Новгороде неизвестные напали на активиста», — "
        "говорится в группе «Женщина, тюрьма, общество» во «ВКонтакте».\n"
    )
    assert attributed(text)[0][0] == "Женщина, тюрьма, общество"


def test_taken_to_the_police_or_a_district_department_is_detained() -> None:
    # Set LT: "в Московское РУВД доставили около 170 человек", "в полицию доставили около 200
    # человек" counted nothing.
    text = (
        "Заголовок новости здесь\n\nПо словам правозащитницы, в Московское РУВД доставили около "
        "170 человек, Советское — около 120, Заводское — 100.\n\nПо словам представителя МВД, в "
        "полицию доставили около 200 человек.\n"
    )
    assert counts(text) == {
        (170, "around", "people detained"),
        (120, "around", "people detained"),
        (100, "", "people detained"),
        (200, "around", "people detained"),
    }
    assert counts("Заголовок новости здесь\n\nВ полиции заявили, что 20 человек ушли.\n") == set()


def test_one_named_by_what_befell_them_is_a_count_where_it_ends_the_clause() -> None:
    # Set LT: "В Партизанском РУВД — один задержанный." counted nothing.
    assert counts("Заголовок новости здесь\n\nВ Партизанском РУВД — один задержанный.\n") == {
        (1, "", "people detained")
    }
    # One described is no count.
    assert counts("Заголовок новости здесь\n\nОдин задержанный рассказал, что его били.\n") == set()


def test_young_guys_are_men() -> None:
    # Set LR: "доставлены восемь молодых ребят" counted people.
    text = "Заголовок новости здесь\n\nВ отдел полиции были доставлены восемь молодых ребят.\n"
    assert counts(text) == {(8, "", "men detained")}


def test_a_role_joined_to_its_head_word_keeps_the_name_apart() -> None:
    # Set LB: "said Berit Lindeman, Secretary General of the Norwegian Helsinki Committee" was
    # one speaker's name; "…, Secretary General of Amnesty International" was Amnesty's.
    for body in ("the Norwegian Helsinki Committee", "Amnesty International"):
        text = (
            "Title here\n\n“We condemn all use of violence during these protests, and call on "
            f"authorities to act,” said Berit Lindeman, Secretary General of {body}.\n"
        )
        assert [s for s, _ in attributed(text)] == ["Berit Lindeman"], body


def test_it_after_a_document_that_spoke_is_that_document_s() -> None:
    # Set LC: "“…,” the report said in its conclusions.\n\n“…,” it said." gave the second to
    # the Kremlin, the body named last.
    text = (
        "Title here\n\nThe report by Special Rapporteur Mariana Katzarova alleges mass arrests."
        '\n\nKremlin spokesperson Dmitry Peskov said he could not comment.\n\n"The expert has '
        'documented the recent legislative restrictions on civil society," the report said in '
        'its conclusions.\n\n"The often-violent enforcement of these laws has resulted in a '
        'systematic crackdown," it said.\n'
    )
    assert attributed(text)[1][0] == "Mariana Katzarova"


def test_a_statement_read_after_a_plural_spoke_is_theirs() -> None:
    # Set LB: "The organisers said later that the march would not go ahead. “…,” read a
    # statement." was "a statement".
    text = (
        "Title here\n\nThe organisers said later that the march would not go ahead. “War was "
        "declared against civil society and democratic values,” read a statement.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the organisers"]


def test_a_statement_s_owner_named_once_goes_on() -> None:
    # Set LT: "«…», - говорится в сообщении центра. … «…», - говорится в сообщении." gave the
    # second the first quotation's words: a quotation was read as the sentence naming its
    # statement's issuer. ("центра" after "в правозащитном центре «Весна»" is left: the noun
    # names too much, "торгового центра «Галерея»".)
    text = (
        'Заголовок новости здесь\n\nОб этом заявили в правозащитной организации "Весна".\n\n'
        '"Количество политзаключенных за месяц увеличилось на 82 человека", - говорится в '
        "сообщении организации.\n\nПо информации правозащитников, задержания продолжаются.\n\n"
        '"Продолжается процесс привлечения к уголовной ответственности", - говорится в '
        "сообщении.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Весна", "Весна"]


def test_a_turkic_patronymic_is_part_of_the_name() -> None:
    # Set LT: "— сказал Автандил уулу" was "Автандил"; "Задержания он охарактеризовал как
    # «…»" was no one's.
    text = (
        "Заголовок новости здесь\n\nАдвокат активиста Бакытбек Автандил уулу сообщил об этом."
        "\n\n«Токтонасыров вышел на одиночный пикет к зданию посольства», — сказал Автандил уулу."
        "\n\nПо словам адвоката, протоколы не составили. Задержания он охарактеризовал как "
        "«намеренный срыв демонстрации».\n"
    )
    assert [s for s, _ in attributed(text)] == ["Автандил уулу", "Автандил уулу"]


def test_behind_bars_is_detained() -> None:
    # Set MB: "At least 1,100 people are still behind bars …, including over 150 women."
    text = (
        "Title here\n\nAt least 1,100 people are still behind bars in the country on politically "
        "motivated charges, according to rights groups, including over 150 women.\n"
    )
    assert counts(text) == {
        (1100, "at least", "people detained"),
        (150, "more than", "women detained"),
    }


def test_a_paragraph_of_speech_after_one_described_opening_the_paragraph_before() -> None:
    # Set MB: "Vartan Grigoryan, another freed detainee, had traces of severe beatings on his
    # face.\n\n“I was seized, beaten …”" went to Lukashenko, named more often before.
    text = (
        "Title here\n\nLukashenko has described protesters as criminals and said anyone breaking "
        "the law will be punished.\n\nVartan Grigoryan, another freed detainee, had traces of "
        "severe beatings on his face.\n\n“I was seized, beaten, taken to prison and beaten "
        "again.”\n"
    )
    assert attributed(text) == [("Vartan Grigoryan", "")]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    # Set MR: "Но белорусское МВД настаивает, что «…»" was "Но белорусское МВД".
    text = (
        "Заголовок новости здесь\n\nБританцы решили защищать права меньшинств. Но белорусское "
        "МВД настаивает, что «однополые отношения — это подделка».\n"
    )
    assert [s for s, _ in attributed(text)] == ["белорусское МВД"]


def test_a_statement_after_a_body_s_sentence_is_the_body_s() -> None:
    # Set MR: "Белорусское МВД на своём сайте выразило сожаление …. «…», — говорится в
    # сообщении." was no one's: only a person could be the sentence before's subject.
    text = (
        "Заголовок новости здесь\n\nБелорусское МВД на своём сайте выразило сожаление в связи с "
        "появлением флага.\n\n«Инициативу иностранного государства создать проблемы там, где их "
        "не существует, удачной назвать нельзя», — говорится в сообщении.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Белорусское МВД"]


def test_one_name_alone_in_another_case_is_the_one_named_before() -> None:
    # Set MR: "— цитирует издание Олесю" was "Олесь", the model's nominative, after "Олеся".
    text = (
        "Заголовок новости здесь\n\n«Мы организовывали гей-вечеринки, они были очень "
        "популярными», — рассказывает одна из основательниц клуба Олеся.\n\n«Проблема в том, "
        "что люди не имеют понятия о том, что такое гей-клуб», — цитирует издание Олесю.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Олеся", "Олеся"]


def test_and_a_half_of_a_multiplier_and_requests_made_as_statements() -> None:
    # Set MS: "Три с половиной тысячи заявлений с просьбой помочь" counted three complaints.
    text = (
        "Заголовок новости здесь\n\nТри с половиной тысячи заявлений с просьбой помочь "
        "поступили в Чечню.\n"
    )
    assert counts(text) == {(3500, "", "requests received")}
    text = (
        "Заголовок новости здесь\n\nПоступило более 15 заявлений о противоправной деятельности.\n"
    )
    assert counts(text) == {(15, "more than", "complaints received")}


def test_flying_out_is_leaving() -> None:
    # Set MS: "почти 6 тыс. россиян вылетели из Казахстана" counted nothing.
    text = (
        "Заголовок новости здесь\n\nЗа пять дней почти 6 тыс. россиян вылетели из Казахстана "
        "через аэропорты.\n"
    )
    assert counts(text) == {(6000, "nearly", "people left")}


def test_a_long_description_by_age_goes_on_with_the_person_in_focus() -> None:
    # Set MB: "“…,” adds the 64-year-old retired accountant and independent election observer
    # who was freed …" after "“…,” says Halina Dzerbysh" was the description.
    text = (
        "Title here\n\n“It’s like a nightmare,” says Halina Dzerbysh of the prison.\n\n“I was "
        "hungry all the time there,” adds the 64-year-old retired accountant and independent "
        "election observer who was freed in September.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Halina Dzerbysh"] * 2


def test_speech_after_a_paragraph_told_of_her_is_hers_not_the_charges() -> None:
    # Set MB: the charges quoted ("Charged with “participating in …”, the authorities …") gave
    # their speaker to the first-person paragraphs after "…, she was then transported …".
    text = (
        "Title here\n\nNasta Zakharevich was arrested twice in 2020.\n\nCharged with "
        "“participating in an unauthorised mass event”, the authorities in Belarus kept her "
        "whereabouts hidden for 48 hours.\n\nTaken to the Okrestina detention centre, she was "
        "then transported to another facility.\n\n“They kept a bright light on for 24 hours, "
        "and they did not give us any sanitary products.”\n"
    )
    assert attributed(text)[-1][0] == "Nasta Zakharevich"


def test_a_body_speaks_in_the_plural_of_more_verbs() -> None:
    # Set LT: "В ГУВД объяснили большинство задержаний тем, что … «…»" was no one's.
    text = (
        "Заголовок новости здесь\n\nВ ГУВД объяснили задержания тем, что протестующие вышли на "
        "улицы с «незарегистрированной символикой и плакатами».\n"
    )
    assert [s for s, _ in attributed(text)] == ["ГУВД"]


def test_political_prisoners_are_held() -> None:
    # Set LT: "Число политзаключенных в Беларуси достигло почти 1000 человек" counted nothing.
    text = (
        "Заголовок новости здесь\n\nЧисло политзаключенных в Беларуси достигло почти 1000 "
        "человек.\n\nВ стране находятся 970 политзаключенных.\n"
    )
    assert counts(text) == {(1000, "nearly", "people detained"), (970, "", "people detained")}


def test_the_subject_of_a_gerund_may_be_a_description_of_one_word() -> None:
    # Set NB: "The court did not allow …, explaining the decision this way: … “…”" was "The".
    text = (
        "Title here\n\nThe court did not allow civilians and media to be present during the "
        "hearings, explaining the decision this way: during the proceedings “private details of "
        "participants’ lives could be made public”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The court"]


def test_reacting_to_and_charges_over_alleged_words_name_no_one() -> None:
    # Set NB: "Reacting to the … detention of … on charges over alleged “LGBTI propaganda” in
    # books, Natalia Zviagina, Amnesty International’s Russia Director, said:" was all the
    # words up to "alleged", read as the speech verb.
    text = (
        "Title here\n\nReacting to the detention of at least 10 book publishing professionals on "
        "“extremism” related charges over alleged “LGBTI propaganda” in books, Natalia Zviagina, "
        "Amnesty International’s Russia Director, said:\n\n“In their ruthless campaign against "
        "LGBT+ people, Russian authorities have now come after book publishers.”\n"
    )
    assert attributed(text)[0][0] == "Natalia Zviagina"


def test_in_his_view_is_his() -> None:
    # Set NB: "In his view, the … number of cases “does not mean the law is stillborn”".
    text = (
        "Title here\n\nThe founder of the Moscow gay pride parade, Nikolay Alexeyev, told "
        "Interfax that the movement will fight the law.\n\nIn his view, the low number of "
        "cases “does not mean the law is stillborn” since it is used to ban events.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Nikolay Alexeyev"]


def test_that_s_how_someone_describes_it_and_claims_made() -> None:
    # Set NA: "That’s how Evgeny describes the situation: “…”" was no one's; "Chechen
    # President Ramzan Kadyrov made claims there were “no gay people”" kept "made".
    text = (
        "Title here\n\nTen armed people ran out of the building.\n\nThat’s how Evgeny describes "
        "the situation: “We blocked the doors and started to talk with them.”\n\nIn a statement, "
        "Chechen President Ramzan Kadyrov made claims there were “no gay people at all” there.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Evgeny", "Ramzan Kadyrov"]


def test_a_russian_gerund_clause_opening_the_sentence_is_no_part_of_who() -> None:
    # Set NR: "Апеллируя к тому, что сейчас идет священный месяц Рамадан, сестра сказала:" was
    # the whole clause.
    text = (
        "Заголовок новости здесь\n\nАпеллируя к тому, что сейчас идет священный месяц Рамадан, "
        "сестра сказала:\n\n«Он ни в чем не виноват. Мы просим вас о справедливости».\n"
    )
    assert [s for s, _ in attributed(text)] == ["сестра"]


def test_he_after_a_sentence_closing_on_a_role_that_spoke_is_that_role() -> None:
    # Set NS: "…, заявил представитель ГОВД Дербента, сообщает «Кавказский узел». «…», –
    # отметил он." went to the outlet.
    text = (
        "Заголовок новости здесь\n\nДля проверки были доставлены не более 10 человек, заявил "
        "представитель ГОВД Дербента, сообщает «Кавказский узел».\n\n«Пришла тысяча человек, "
        "когда обычно приходит около двух», – отметил он.\n"
    )
    assert [s for s, _ in attributed(text)] == ["представитель ГОВД Дербента"]


def test_an_outlet_joined_by_a_full_stop_is_no_person_and_ends_no_sentence() -> None:
    # Set NS: "В интервью Кавказ.Реалии пресс-секретарь … Мирон Розанов рассказал …" left the
    # answers no one's: "Кавказ" was a person, and the full stop ended the introduction.
    text = (
        "Заголовок новости здесь\n\nВ интервью Кавказ.Реалии пресс-секретарь группы Мирон "
        "Розанов рассказал о последних случаях преследования.\n\n– Как изменилась ваша работа?"
        "\n\n– Кардинально. Количество заявок в первые месяцы заметно уменьшилось.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Мирон Розанов"]


def test_clock_minutes_an_age_beside_a_name_and_wounds_count_no_one() -> None:
    # Sets LT, LB and NB: "По данным на 22.00 …" counted 0 people; "Shirin Abbasov, 19, who
    # works for …" counted 19; "eight stab wounds" counted eight killed.
    assert counts("Заголовок новости здесь\n\nПо данным на 22.00 задержаний не было.\n") == set()
    text = "Title here\n\nShirin Abbasov, 19, who works for Meydan TV, was detained on Friday.\n"
    assert counts(text) == set()
    text = "Title here\n\nShe was found with eight stab wounds and signs she had been killed.\n"
    assert counts(text) == set()


def test_a_gap_after_a_clause_that_counts_no_number_takes_its_event() -> None:
    # Set LT: "в Соетском РУВД задержанных не осталось, в Ленинском — 15 человек, в Заводском —
    # 20 человек" counted the two only by way of a zero read off a clock time.
    text = (
        "Заголовок новости здесь\n\nВ Соетском РУВД задержанных не осталось, в Ленинском — 15 "
        "человек, в Заводском — 20 человек.\n"
    )
    assert counts(text) == {(15, "", "people detained"), (20, "", "people detained")}


def test_review_neighbours_of_the_session_s_figure_rules() -> None:
    # The session's review: calling the police is no custody; "с половиной" after a no-break
    # space; one detainee described with an aside; little children are no men.
    ru = "Заголовок новости здесь\n\n"
    assert counts(ru + "Трое свидетелей позвонили в полицию.\n") == set()
    assert counts(ru + "Задержаны три с\u00a0половиной тысячи человек.\n") == {
        (3500, "", "people detained")
    }
    assert counts(ru + "Один задержанный, студент БГУ, рассказал о побоях в автозаке.\n") == set()
    assert counts(ru + "При пожаре в жилом доме погибли пятеро ребятишек.\n") == {
        (5, "", "people killed")
    }


def test_review_neighbours_of_the_session_s_english_speaker_rules() -> None:
    # The session's review: a description by age is no one who only was spoken of; "the other
    # lawyer" is not the one of the lawyers named; "Harris said" is no group; "The regional
    # court" is a description; "He has represented …" lets the lawyer go on speaking.
    text = (
        "Title here\n\nPolice detained Zarema Umarova on Monday.\n\n“They came at dawn and took "
        "her away,” says the 45-year-old mother of three, who lives next door.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the 45-year-old mother of three"]
    text = (
        "Title here\n\nTwo lawyers represent the journalist. Ivan Pavlov, one of the lawyers, "
        "left the country.\n\n“The case was fabricated from the start,” the other lawyer said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the other lawyer"]
    text = (
        "Title here\n\nHarris said the police had been informed. “We will not stop until they "
        "are all released,” read a statement.\n"
    )
    assert [s for s, _ in attributed(text)] == ["a statement"]
    text = (
        "Title here\n\nThe regional court did not allow the media to be present, explaining the "
        "decision this way: during the hearings “private details of lives could be made public”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The regional court"]
    text = (
        "Title here\n\n“The charges are absurd and the evidence was fabricated,” the lawyer said."
        "\n\nHe has represented the journalists since June.\n\n“We will take this case to the "
        "European Court if we have to.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["the lawyer", "the lawyer"]


def test_review_neighbours_of_the_session_s_russian_speaker_rules() -> None:
    # The session's review: a feminine adjective opening the sentence is no gerund; soldiers of
    # the riot police are no body issuing a statement; "Валентин" is not "Валентина"; the
    # journalists told are no part of the role; a quotation inside dashed speech that the
    # text gives to someone else stays theirs.
    ru = "Заголовок новости здесь\n\n"
    text = (
        ru + "Белорусская ассоциация журналистов, объединяющая более тысячи членов, заявила:\n\n"
        "«Он ни в чем не виноват, и мы требуем его освобождения».\n"
    )
    assert [s for s, _ in attributed(text)] == ["Белорусская ассоциация журналистов"]
    text = (
        ru + "Сотрудники ОМОН задержали у здания суда двадцать человек.\n\n«Задержанных избивали "
        "дубинками прямо в автозаке», — говорится в сообщении.\n"
    )
    assert [s for s, _ in attributed(text)] == [""]
    text = (
        ru + "Валентина, сестра задержанного, обратилась к правозащитникам. «Его забрали ночью», "
        "— рассказала Валентина.\n\nВалентин, друг задержанного, был с ним в тот вечер. «Нас "
        "остановили на посту», — сказал Валентин.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Валентина", "Валентин"]
    text = (
        ru + "Задержанных отпустили утром, рассказал журналистам представитель полиции.\n\n"
        "«Претензий к ним у нас нет», — добавил он.\n"
    )
    assert [s for s, _ in attributed(text)] == ["представитель полиции"]
    text = (
        ru + "— Нас держали в камере без воды. А Лукашенко тогда заявил: «Мы никого не бьем, "
        "это все фейки», — вспоминает Ольга.\n"
    )
    assert attributed(text)[-1][0] == "Лукашенко"
