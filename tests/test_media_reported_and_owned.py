"""Who spoke when someone else reports it or owns the words (the fifty-second session,
2026-12-07; docs/media-rules.md, "Reported, filed and owned"): "'…,' Danilov said on TV, The
Mirror reported" is Danilov; "a lawsuit filed by the Justice Ministry … The lawsuit alleges
“…”" is the ministry; "the office" after "the Lille prosecutor’s office" is that office; and
the last item of a Russian list that breaks a count down is of its event.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ramzan Kadyrov said Chechens had been killed. 'We are already aware of the special "
            "operation that was to be carried out,' Danilov said on Ukraine 24 TV channel, The "
            "Mirror reported.",
            "Danilov",
        ),
        # Control: the outlet's own report of what someone did in the words quoted.
        (
            "Kadyrov recommended “to hold them accountable to the full extent of the law,” BBC "
            "Russia reported.",
            "Kadyrov",
        ),
        (
            "As reported by the ombudsman’s office, a former detainee, Ruslan Magomedov, told "
            "investigators that he “was beaten for three days in a row by the police.”",
            "Ruslan Magomedov",
        ),
        (
            "The decision exposes defenders to being labelled as ‘extremist’.\n\n‘Serious’ "
            "ramifications\n\nThe decision, which has “serious social and criminal ramifications "
            "in Russia,” said Mr. Türk.",
            "Türk",
        ),
        (
            "Because of death threats from the Chechen leader, she had to temporarily flee "
            "Russia in February 2022 after Mr. Kadyrov publicly called her “a terrorist”, "
            "saying “we have always eliminated terrorists and their accomplices”.",
            "Kadyrov",
        ),
        (
            "Russia Opens First Criminal Case Into ‘LGBT Extremism,’ Says Mizulina\n\nOn "
            "Monday, Mizulina claimed that charges were pressed “in connection with the "
            "activities of the club.”",
            "Mizulina",
        ),
    ],
)
def test_who_spoke_when_another_reports_it(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Supreme Court will hear a lawsuit filed by the Justice Ministry calling for the "
            'movement to be banned.\n\nThe lawsuit, filed on November 17, alleges that "signs '
            'and manifestations of an extreme nature" had been identified.',
            "Justice Ministry",
        ),
        (
            "Pompeo announced sanctions on Monday. Kadyrov on Monday responded with a Telegram "
            "post saying: “Pompeo, we accept the fight! The further it goes the more interesting "
            "it gets.”",
            "Kadyrov",
        ),
        (
            "The patrons were arrested on Saturday as part of an effort to “combat LGBT "
            "propaganda and its spread,” according to a statement government officials gave to "
            "TASS, the Russian state-run news agency.",
            "government officials",
        ),
        (
            "The suspect was born in Russia, the Lille prosecutor’s office said.\n\n“On the day "
            "of the events, having quickly left France, he flew to Berlin,” the office said in a "
            "statement.",
            "Lille prosecutor’s office",
        ),
        (
            "The regional prosecutor's office said the suspect had been detained. “He will be "
            "charged with murder,” the office said.",
            "regional prosecutor's office",
        ),
        # Controls: an office no one's possessive names, and two offices named (which one is
        # not said), stay as the article calls them.
        (
            "The office of the ombudsman said nothing. “We have no such information,” the office "
            "said.",
            "the office",
        ),
        (
            "The Moscow prosecutor's office asked for a seven-year sentence, while the mayor's "
            "office declined to comment. “The defendant showed no remorse,” the office said.",
            "the office",
        ),
        (
            "The UN human rights office and the Lille prosecutor's office both commented on the "
            "case. “We are following the case closely,” the office said.",
            "the office",
        ),
    ],
)
def test_whose_document_or_office_speaks(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Oleg Orlov said the office would reopen. "Very soon, rights defenders had to deal '
            'with extrajudicial executions and torture," the "Mediazona" writes.',
            "the Mediazona",
        ),
        (
            'Oleg Orlov said the office would reopen. "Very soon, rights defenders had to deal '
            'with extrajudicial executions," the HRC "Memorial" reported.',
            "Memorial",
        ),
        (
            "Rabbi Berel Lazar, Chief Rabbi of Russia, confirmed that no members were among the "
            "casualties. “This is a real miracle,” Lazar said.",
            "Berel Lazar",
        ),
    ],
)
def test_names_in_quotation_marks_and_titles(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. The "
            "Russian leader said victims had access to justice.\n\nOn Ukraine, the German leader "
            "said she and her Russia counterpart remained “at odds over the cause of the "
            "conflict”.",
            "Angela Merkel",
        ),
        (
            "German Foreign Minister Annalena Baerbock and German Chancellor Olaf Scholz spoke "
            "separately. “We will deliver more air defence,” the German leader said.",
            "Olaf Scholz",
        ),
        # Controls: the leader of the nation the role names, not the last leader named; where
        # no title names the nation, or two do, as before.
        (
            "German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi.\n\n"
            "The Russian leader said that “the agencies are acting in a mitigated way”.",
            "Vladimir Putin",
        ),
        (
            "Prime Minister Viktor Orban met President Vladimir Putin in Moscow. “Hungary wants "
            "peace,” the Hungarian leader said.",
            "Viktor Orban",
        ),
        (
            "President Volodymyr Zelensky met Chancellor Olaf Scholz in Berlin. “Germany is now "
            "the leader in air defence,” the Ukrainian leader said.",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_a_nations_leader_is_the_one_whose_title_names_it(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Кабардино-Балкарии погибли восемь человек — семь лиц, имеющих, по данным "
            "правоохранительных органов, отношение к деятельности подполья, и один сотрудник "
            "силовых структур.",
            {(8, "", "people killed"), (7, "", "people killed"), (1, "", "people killed")},
        ),
        (
            "В числе 16 убитых — 14 человек и два сотрудника силовых структур.",
            {(16, "", "people killed"), (14, "", "people killed"), (2, "", "people killed")},
        ),
        # Control: a count with a verb of its own after the list is not of the list.
        (
            "Погибли 8 человек — семь боевиков, и 12 домов сгорели.",
            {(8, "", "people killed"), (7, "", "people killed")},
        ),
    ],
)
def test_each_item_of_a_list_that_breaks_a_count_down(
    text: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PM Irakli Kobakhidze’s Address\n\n“When a country becomes a member of the EU, it "
            "lets the EU into its home,” PM Kobakhidze said.",
            "Irakli Kobakhidze",
        ),
        (
            "Secretary General of the Georgian Dream ruling party, Tbilisi Mayor Kakha Kaladze, "
            "told the public about the resignation on June 21, “which was Kobakhidze’s "
            "decision,” adding that the step was made.",
            "Kakha Kaladze",
        ),
        (
            "The shelling went on all night. “We held the line,” said Sgt. Oleksii Petrenko.",
            "Oleksii Petrenko",
        ),
        (
            "The shelling went on all night. “We held the line,” said Cmdr. John Smith.",
            "John Smith",
        ),
        (
            "Khalitov shared audio recordings of Duishvili. According to RFE/RL, the man is "
            "heard thanking the Muftiate for ‘their trust’ and promising to ‘prepare the desired "
            "soil for them in Pankisi’.",
            "RFE/RL",
        ),
        ('"Alsu Kurmasheva is innocent and must be released," RFE/RL said.', "RFE/RL"),
    ],
)
def test_titles_and_names_of_several_parts(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Whose relative or aide speaks, not the titled leader named after the comma.
        (
            '"He was a good father," said the son of the late Chechen leader, General Dzhokhar '
            "Dudayev.",
            "Dzhokhar Dudayev",
        ),
        (
            '"We demand that he be released," the mother of the imprisoned opposition leader, '
            "MP Levan Khabeishvili, told RFE/RL.",
            "Levan Khabeishvili",
        ),
        # A title closing the sentence is no name.
        ('"We ask for restraint," said the country\'s chief Mufti.', "Mufti"),
        # The participle goes on with the sentence's subject after a clause of publishing.
        (
            "Ramzan Kadyrov lashed out at the newspaper after Elena Milashina published the "
            "report, calling it “a provocation of the enemies”.",
            "Elena Milashina",
        ),
        # A report cited by an outlet is not the outlet's.
        (
            "Kadyrov denied the claims in a report cited by Reuters on Monday. “We have no "
            "information,” the report said.",
            "Reuters",
        ),
    ],
)
def test_a_title_names_no_one_but_whom_it_is_given(text: str, wrong: str) -> None:
    assert speakers(text)[-1] != wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Ингушетии уничтожены трое боевиков. Еще одного боевика удалось взять живым, "
            "сообщает «Интерфакс».",
            {(3, "", "people killed"), (1, "", "people detained")},
        ),
        # Control: killed is not taken alive.
        (
            "В Ингушетии уничтожены трое боевиков.",
            {(3, "", "people killed")},
        ),
    ],
)
def test_one_taken_alive_is_detained(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected
