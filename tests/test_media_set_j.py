"""Constructions from the misses of sets read before (the forty-first session, 2026-12-06),
from sets JB, JR and JS once measured, and their neighbours (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts, quoted

pytestmark = pytest.mark.once


def test_a_plural_s_possessive_keeps_its_apostrophe_in_the_label() -> None:
    # Set IB: "the spokesman for the prosecutors' office said" was labelled "… prosecutors
    # office": the apostrophe was taken for a closing quotation mark.
    text = (
        'Title here\n\n"Whether there was a political motive or not will of course be '
        "verified,\" the spokesman for the prosecutors' office said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the spokesman for the prosecutors' office"]


def test_a_closing_single_quotation_mark_is_still_no_part_of_the_label() -> None:
    text = "Title here\n\n“We were not told anything at all,” said the ‘volunteers’ of the group.\n"
    assert [s for s, _ in attributed(text)] == ["the volunteers of the group"]


def test_a_description_set_beside_the_experts_is_no_part_of_who_spoke() -> None:
    # Set FB: "“…,” the experts, a panel of five that advises the United Nations Human Rights
    # Council, said" was labelled "the experts, a panel of five", and never resolved.
    text = (
        "Title here\n\nUnited Nations experts demanded on Thursday that Chechnya halt the "
        "abduction of gay men.\n\n“These are acts of persecution and violence on an "
        "unprecedented scale,” the experts, a panel of five that advises the United Nations "
        "Human Rights Council, said in a statement.\n\n“The arrested men are subjected to "
        "physical and verbal abuse,” the experts wrote.\n"
    )
    assert [s for s, _ in attributed(text)] == ["United Nations experts"] * 2


def test_the_experts_of_a_body_named_by_its_letters() -> None:
    text = (
        "Title here\n\nUN human rights experts on Friday urged Russia to act.\n\n“This is a "
        "scandal for everyone involved,” the experts said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["UN human rights experts"]


def test_the_experts_no_body_qualified_stay_the_experts() -> None:
    text = (
        "Title here\n\nRussian experts doubted the figures.\n\n“The numbers cannot be "
        "checked by anyone,” the experts said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the experts"]


def test_she_after_a_sentence_closing_on_its_speaker_is_that_speaker() -> None:
    # Set DA: "Tatarintsev met state secretary Annika Söder, who “…”, Westlund said. She would
    # not disclose …, saying only: “…”" went to Söder, the first woman the sentence names.
    text = (
        "Title here\n\nForeign ministry spokeswoman Johanna Westlund told AFP the ambassador "
        'was summoned.\n\nTatarintsev met state secretary Annika Söder, who "emphasized that '
        'the government has a responsibility", Westlund said.\n\nShe would not disclose the '
        'Russian\'s comments, saying only: "He confirmed that he would pass on the message."\n'
    )
    assert [s for s, _ in attributed(text)][-1] == "Johanna Westlund"


def test_a_calling_before_a_name_the_parser_tagged_a_body_is_the_person_s_role() -> None:
    # Set IB: "Media cited Lelo party politician Grigol Gegelia as saying that …" was labelled
    # with every word, the parser taking the phrase for an organisation.
    text = (
        "Title here\n\nMedia cited Lelo party politician Grigol Gegelia as saying that the "
        "Ministry’s silence was “probably the best proof of the shameful, capitulating "
        "policy.”\n"
    )
    assert attributed(text) == [("Grigol Gegelia", "Lelo party politician")]


def test_two_single_marks_typed_for_a_double_one_close_the_quotation() -> None:
    # Set AF: "\"I urge the Russian authorities …,’’ said the OSCE's human rights director
    # Ingibjörg Sólrún Gísladóttir." ran to the paragraph's end, attribution and all, and went
    # to the OSCE named in the sentence before.
    text = (
        "Title here\n\nThe Organization for Security and Cooperation in Europe said Russia has "
        'an obligation to protect defenders.\n\n"I urge the Russian authorities to ensure his '
        "human rights, including access to a lawyer,’’ said the OSCE's human rights director "
        "Ingibjörg Sólrún Gísladóttir.\n"
    )
    assert quoted(text) == [
        (
            "I urge the Russian authorities to ensure his human rights, including access to a "
            "lawyer,",
            "Ingibjörg Sólrún Gísladóttir",
        )
    ]


def test_one_of_a_group_keeps_the_words_naming_the_group() -> None:
    # Set IS: "— цитирует Msk1 слова одного из посетителей клуба" was labelled "один из
    # посетителей": the genitive after the group was dropped.
    text = (
        "Заголовок\n\n«Мы пришли посидеть и отметить день рождения подруги», — цитирует Msk1 "
        "слова одного из посетителей клуба.\n"
    )
    assert [s for s, _ in attributed(text)] == ["один из посетителей клуба"]


def test_the_group_named_after_according_to_the_kind_of_group() -> None:
    # Set JB: "according to the Chechen human rights group, Vayfond. … The group said that …
    # ‘…’" went to "Chechen": the nationality was read as the group's name.
    text = (
        "Title here\n\nAuthorities in Germany have detained a Chechen man with refugee status, "
        "according to the Chechen human rights group, Vayfond.\n\nThe man received asylum in "
        "Austria in 2004.\n\nThe group said that his detention was unlawful since ‘putting his "
        "name on the international wanted list of Interpol violated the organisation’s "
        "constitution.’\n"
    )
    assert [s for s, _ in attributed(text)] == ["Vayfond"]


def test_the_publication_is_the_outlet_the_sentence_before_cites() -> None:
    # Set JS: "…, передает The Village. «…», — отмечает издание." kept "издание".
    text = (
        "Заголовок\n\nВ Москве массовые задержания прошли в парке Зарядье, передает The "
        "Village. «Силовики ведут в автозак даже тех, кто просто стоит на площади», — отмечает "
        "издание.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The Village"]


def test_the_prosecutor_general_by_the_short_form_of_his_office() -> None:
    # Set JS: "— сказал генпрокурор" after "сообщил генеральный прокурор республики Берик
    # Асылов" kept "генпрокурор".
    text = (
        "Заголовок\n\nВо время январских протестов погибли 230 человек, сообщил генеральный "
        "прокурор республики Берик Асылов.\n\n«По 53 погибшим обстоятельства смерти "
        "выясняются», – сказал генпрокурор.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Берик Асылов"]


def test_a_first_name_in_the_genitive_is_the_one_named_in_full() -> None:
    # Set JR: "Рассказ Жени: «…»" was labelled "Жени"; the article names Женя Велько after.
    text = (
        "Заголовок\n\nРассказ Жени: «Охранники говорили, что хотели бы меня расстрелять»\n\n"
        "«Меня задержали на женском марше», — вспоминает музыкант и активист Женя Велько.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Женя Велько"] * 2


def test_the_advocate_after_one_named_as_one_of_the_advocates() -> None:
    # Set JB: "Bilan Dzugaev, one of the advocates, told … “…,” the advocate has added." kept
    # "the advocate".
    text = (
        "Title here\n\nZarifa Sautieva told the court that investigators had no proofs against "
        'her, Bilan Dzugaev, one of the advocates, told the "Caucasian Knot" correspondent.\n\n'
        '"She has also stated that no investigative actions were held," the advocate has '
        "added.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Bilan Dzugaev"]


def test_a_body_set_beside_a_description_of_it_speaks() -> None:
    # Set JB: "His organisation, Memorial, called the sentence “…”" was labelled with all of it.
    text = (
        "Title here\n\nHis organisation, Memorial, called the sentence “an attempt to drown out "
        "the voice of the human rights movement in Russia.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Memorial"]


def test_a_person_set_beside_a_description_keeps_speaking() -> None:
    text = (
        "Title here\n\nHer lawyer, Mark Alekseev, called the sentence “an attempt to drown out "
        "the voice of the human rights movement in Russia.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Mark Alekseev"]


def test_wounds_received_are_no_count_of_anything_received() -> None:
    # Set JS: "а ранения получили 317 сотрудников полиции" counted 317 "people received".
    text = (
        "Заголовок\n\nВ результате беспорядков восемь правоохранителей погибли, а ранения "
        "получили 317 сотрудников полиции.\n\nMore than 40 people received injuries in the "
        "clashes, and the network received 300 requests for help.\n"
    )
    assert counts(text) == {(8, "", "people killed"), (300, "", "requests received")}


def test_so_before_the_verb_leaves_who_spoke_after_it() -> None:
    # Set JR: "«…», — так вспоминает сентябрь прошлого года Али (имена всех героев изменены)."
    # was labelled "так".
    text = (
        "Заголовок\n\n«Я был в полном отчаянии. Вел отвратительный образ жизни», — так "
        "вспоминает сентябрь прошлого года Али (имена всех героев изменены).\n"
    )
    assert [s for s, _ in attributed(text)] == ["Али"]


def test_the_post_after_one_named_with_its_channel_is_the_channel_s() -> None:
    # Set JB: "according to information in the MSK1 post. “…,” the post reads." gave the first
    # to "information" and the second to "the post".
    text = (
        "Title here\n\nThe raid was part of the “fight against drug trafficking”, according to "
        "information in the MSK1 post.\n\n“Law enforcement officers asked visitors if they had "
        "drugs on them,” the post reads.\n"
    )
    assert [s for s, _ in attributed(text)] == ["MSK1", "MSK1"]


def test_the_report_of_a_nationality_is_no_one_s() -> None:
    text = (
        "Title here\n\nThe Russian report was published on Monday.\n\n“Law enforcement officers "
        "asked visitors if they had drugs on them,” the report reads.\n"
    )
    assert [s for s, _ in attributed(text)] == [""]  # not "Russian"


def test_a_paragraph_opening_with_a_quotation_goes_on_with_the_one_who_told() -> None:
    # Set JR: "… жертвой которой стал Нико. Он рассказал, как …\n\n“…”. Потом его …" named no
    # one: the narrative after the quotation kept the rule for a paragraph that is only one.
    text = (
        "Заголовок\n\nОсенью 2017 власти развернули кампанию, жертвой которой стал Нико. Он "
        "рассказал, как четверо полицейских задержали его и били.\n\n“Они били меня. "
        "Полицейские заставляли меня молчать”. Потом его отпустили.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Нико"]


def test_a_plural_title_before_the_first_of_two_names() -> None:
    # Set KC: "U.S. Senators Ed Markey (D-Ma.) and Pat Toomey … “…,” said Sen. Markey." was
    # labelled "Senators Ed Markey".
    text = (
        "Title here\n\nYesterday, U.S. Senators Ed Markey (D-Ma.) and Pat Toomey (R-Pa.) "
        "introduced a resolution.\n\n“The American people stand united with Chechnya’s LGBTQ "
        "community,” said Sen. Markey.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ed Markey"]


def test_an_opening_in_response_to_clause_with_commas_is_no_part_of_the_label() -> None:
    # Set KC: "In response to a ruling …, and effectively outlawing …, Marie Struthers, Director
    # … at Amnesty International, said:" was labelled with all of it.
    text = (
        "Title here\n\nIn response to a ruling by the Supreme Court, and effectively outlawing "
        "any public activity, Marie Struthers, Director for Eastern Europe and Central Asia at "
        "Amnesty International, said:\n\n“This shameful and absurd decision represents a new "
        "front in the campaign.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Marie Struthers"]


def test_the_name_set_beside_an_indefinite_description_in_a_lead_in() -> None:
    # Set KC: "a member of the committee, Mr. Heller, addressed the Russian delegation with
    # questions on … “…”" was labelled with the whole lead-in.
    text = (
        "Title here\n\nIn addition, a member of the committee, Mr. Heller, addressed the Russian "
        "delegation with questions on reports about the persecution of people “identifying "
        "themselves as homosexuals” in Chechnya.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Heller"]


def test_a_name_keeps_the_yo_the_article_wrote() -> None:
    # Set KR: "Шавкат Мирзиёев" was labelled "Шавкат Мирзиеев": the model writes "е" for "ё".
    text = (
        "Заголовок\n\nШавкат Мирзиёев выразил соболезнования семьям погибших. «Безусловно, эти "
        "события не были организованы за день или за неделю», — сказал Мирзиёев.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Шавкат Мирзиёев"]


def test_a_reason_before_the_verb_leaves_who_spoke_after_it() -> None:
    # Set KR: "«…», так как сделаны арестованными в ожидании оформления, заявили в ГУ МВД по
    # Москве." was labelled with the reason.
    text = (
        "Заголовок\n\nФотографии из спецприемника «не являются объективным отражением "
        "ситуации», так как сделаны арестованными в ожидании оформления, заявили в ГУ МВД по "
        "Москве.\n"
    )
    assert [s for s, _ in attributed(text)] == ["ГУ МВД по Москве"]


def test_a_count_ending_in_one_takes_its_noun_in_the_singular() -> None:
    # Set KR: "поступила 91 жалоба о пытках" counted nothing: "жалоба" after a number read as
    # the number's label ("в 28 отдел полиции").
    text = (
        "Заголовок\n\nНа сегодня в органы прокуратуры поступила 91 жалоба о пытках. Задержанных "
        "доставили в 21 отдел полиции.\n"
    )
    assert counts(text) == {(91, "", "complaints received")}


def test_among_them_there_are_counts_the_event_of_those_before() -> None:
    # Set KR: "задержали не менее восемь человек. Среди них есть двое журналистов и как
    # минимум двое несовершеннолетних" counted the eight only: "есть" (is) is "быть".
    text = (
        "Заголовок\n\nВ Москве задержали не менее восьми человек. Среди них есть двое "
        "журналистов и как минимум двое несовершеннолетних, пишет «ОВД-Инфо».\n"
    )
    assert counts(text) == {
        (8, "at least", "people detained"),
        (2, "", "people detained"),
        (2, "at least", "people detained"),
    }


def test_the_watchdog_and_the_broadcaster_are_those_named_before() -> None:
    # Set KB: "the Paris-based media-freedom watchdog said" after "Reporters Without Borders
    # (RSF) has condemned …", and "the German broadcaster said" after "said both DW and …",
    # kept their descriptions: neither body was listed, nor a broadcaster an outlet.
    text = (
        "Title here\n\nReporters Without Borders (RSF) has condemned a raid on Chernovik.\n\n"
        'Police carried out a search "without waiting for the newspaper\'s lawyer," the '
        "Paris-based media-freedom watchdog said.\n\nHe reported torture, according to DW.\n\n"
        "“He said he was repeatedly woken up at night,” the German broadcaster said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Reporters Without Borders", "Deutsche Welle"]


def test_a_country_after_a_word_names_no_one() -> None:
    # Set KC: "Nicole … is from ex-Soviet Azerbaijan" made "Soviet Azerbaijan" a person, whom
    # the next "he" meant; and "the Moscow Community Center" made "Community Center" one.
    for place in ("the Moscow Community Center", "ex-Soviet Azerbaijan"):
        text = (
            f"Title here\n\nThe guest came to {place} while the others stayed.\n\n“From "
            "January to September, I was locked up,” he said.\n"
        )
        assert [s for s, _ in attributed(text)] == [""], place


def test_a_first_name_set_beside_one_of_someone_s_friends() -> None:
    # Set KB: "…, Kurban, one of Gadjiev's friends, was surprised. “…,” he has noted." gave
    # "he" to Gadjiev: "one of the" introduced a first name, "one of Gadjiev's" did not.
    text = (
        "Title here\n\nAbdulmumin Gadjiev was sentenced on Tuesday.\n\nThe sentence was "
        "unexpected and extremely severe, Kurban, one of Gadjiev's friends, was surprised. “I "
        "thought they would give him from 12 to 15 years,” he has noted.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Kurban"]


def test_complaints_to_the_police_are_counted_as_received() -> None:
    # Set JS: "им «поступило более 15 заявлений о противоправной деятельности»" counted
    # nothing: "заявление" was no counted noun.
    text = (
        "Заголовок\n\nПо данным ведомства, им поступило более 15 заявлений о противоправной "
        "деятельности.\n"
    )
    assert counts(text) == {(15, "more than", "complaints received")}


def test_review_neighbours_of_the_session_s_rules() -> None:
    # The session's review: a number ending in 1 after a preposition is still a label; the
    # experts of a body named after a word that opens the sentence; "one of the witnesses";
    # a possessive inside ‘…’.
    assert counts("Заголовок\n\nМужчину задержали по 131 статье УК.\n") == set()
    text = (
        "Title here\n\nOn Monday Human Rights Watch researchers visited Grozny.\n\n“This is a "
        "scandal for everyone involved,” the researchers said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Human Rights Watch researchers"]
    text = (
        "Title here\n\nAnn Lee, one of the witnesses, spoke to the court on Monday about the "
        "raid.\n\n“They beat everyone in the room,” the witness said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ann Lee"]
