"""English speakers read from spaCy's dependency parse (refuge/media/extract/english_syntax.py).

Constructed sentences, several per construction, many with a name nearer the quotation than
the speaker's (a listener, the body a role serves, someone the speaker talks about), which a
rule taking the nearest name gets wrong.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.english_syntax import attribute
from refuge.media.extract.spans import paragraphs_of, quote_spans

pytestmark = pytest.mark.once


def _parsed(text: str) -> list[str]:
    """Who the parse alone says speaks each quotation: "name | role" or "-" for nobody."""
    spans = [(s, e) for s, e, _part in quote_spans(text)]
    found = attribute(text, [(span, span) for span in spans], paragraphs_of(text))
    return [f"{s.name} | {s.role}".strip(" |") if s else "-" for s in found]


PARSED = {
    # "…," said X, role: the subject after the verb, not the organisation in the role.
    "said-name-role": (
        "“The purge has not stopped,” said Marc Behrendt, director of Europe programs at "
        "Freedom House.\n",
        ["Marc Behrendt | director of Europe programs at Freedom House"],
    ),
    "name-role-said-colon": (
        "Anna Petrova, a lawyer for Ramzan Kadyrov's critics, said: “This sentence is a "
        "travesty of justice.”\n",
        ["Anna Petrova | a lawyer for Ramzan Kadyrov's critics"],
    ),
    # "X told Y": the listener is the object, however near the quotation it stands.
    "told-a-listener": (
        "“They beat him every day in the basement,” Igor Kochetkov told Tanya Lokshina.\n",
        ["Igor Kochetkov"],
    ),
    "told-a-listener-before": (
        "Svetlana Anokhina told Elena Milashina: “They are demanding that we open the door "
        "for them.”\n",
        ["Svetlana Anokhina"],
    ),
    # A role word compounded to the name, and role words that are not part of it.
    "role-compound": (
        "“Nothing has changed in the republic since last year,” Deputy Spokesperson Robert "
        "Palladino wrote.\n",
        ["Robert Palladino | Deputy Spokesperson"],
    ),
    "role-then-apposition": (
        "Amnesty International's Europe Director, John Dalhuisen, said: “The authorities "
        "must act now.”\n",
        ["John Dalhuisen | Amnesty International's Europe Director"],
    ),
    # A role for an organisation with no name: the role, for the memory to resolve.
    "role-for-an-organisation": (
        "A spokesman for Ramzan Kadyrov said: “There are no such people in the republic.”\n",
        ["A spokesman for Ramzan Kadyrov"],
    ),
    # A passive's agent and "according to X".
    "passive-agent": (
        "“Nobody was held anywhere, ever,” was said by Alvi Karimov on the radio.\n",
        ["Alvi Karimov"],
    ),
    "according-to": (
        "According to Oleg Orlov, “the charges against Oyub Titiev were invented by the police.”\n",
        ["Oleg Orlov"],
    ),
    # A statement speaks for whoever owns it.
    "statement-owner": (
        "“We encourage the mission of experts to give advice to the Russian Federation,” the "
        "OSCE statement said.\n",
        ["OSCE"],
    ),
    # An outlet reports; it is no speaker, and a dateline is no subject.
    "outlet-reports": (
        "“Police came for them at night and took their phones,” reported NBC News.\n",
        ["-"],
    ),
    "dateline": (
        "GROZNY, Russia — Chechen officials are claiming that the woman was taken by police "
        "“to prevent her abduction by activists.”\n",
        ["Chechen officials"],
    ),
    # A surname the small model takes for an organisation is still a person's.
    "surname-alone": (
        "Shawn Gaylord of Human Rights First spoke on Monday.\n\n“What is happening to gay "
        "men in Chechnya is a horrific violation,” said Gaylord.\n",
        ["Gaylord"],
    ),
    # A verb that is not a speech verb, its clause right after the quotation.
    "described-after": (
        "“Nemov sits in a wheelchair with difficulty moving around,” Sergei Babinets, head of "
        "the Crew Against Torture, described the condition of the victims.\n",
        ["Sergei Babinets | head of the Crew Against Torture"],
    ),
    # A few words quoted in a relative clause are its noun's, not the main verb's subject's.
    "fragment-in-a-relative-clause": (
        "Reacting to a verdict against two brothers, who were convicted of “helping a rebel "
        "group,” Anna Petrova, a regional director, said nothing new.\n",
        ["-"],
    ),
    # A fragment inside reported speech is the outermost reporter's wording.
    "fragment-reported": (
        "The newspaper said officials urged the families to “clear their honor in blood”.\n",
        ["The newspaper"],
    ),
}


@pytest.mark.parametrize("text, speakers", PARSED.values(), ids=PARSED.keys())
def test_the_parse_finds_the_subject_of_the_speech_verb(text, speakers) -> None:
    assert _parsed(text) == speakers


EXTRACTED = {
    # "he": the subject of the sentence before, not the man named there in passing nor the one
    # the article named more often.
    "he-after-a-subject": (
        "Oyub Titiyev, the head of Memorial in Grozny, was arrested, Alexander Cherkasov said.\n\n"
        "Mr. Titiyev left his home in Kurchaloy on Tuesday. Mr. Titiyev never arrived.\n\n"
        "An acquaintance saw Titiyev surrounded by police near his car, Cherkasov said.\n\n"
        "“It was clear that the car was being thoroughly inspected,” he said.\n",
        ["Alexander Cherkasov"],
    ),
    "she-after-a-subject": (
        "Journalist Svetlana Anokhina was in the shelter with Khalimat Taramova.\n\n"
        "On June 10, Svetlana Anokhina reported that police were forcing their way in. "
        "“They are demanding that the girls open the door for them,” she said in a video.\n",
        ["Svetlana Anokhina"],
    ),
    # "he" past a surname two people in the sentence share: the memory's, not the parse's.
    "he-past-a-namesake": (
        "“We don't have those kinds of people here,” Ramzan Kadyrov told HBO.\n\n"
        "Kadyrov — with paintings of his late father Akhmad Kadyrov behind him — called his "
        "accusers devils.\n\n"
        "“They are for sale,” he said in a preview.\n",
        ["Ramzan Kadyrov", "Ramzan Kadyrov"],
    ),
    # The listener of "told" is never the speaker, even when the memory knows her better.
    "told-a-named-listener": (
        "Tanya Lokshina of Human Rights Watch visited Grozny.\n\n"
        "“They beat him every day,” Maxim Lapunov told Tanya Lokshina.\n",
        ["Maxim Lapunov"],
    ),
}


@pytest.mark.parametrize("text, speakers", EXTRACTED.values(), ids=EXTRACTED.keys())
def test_extraction_takes_the_parse_first(text, speakers) -> None:
    quotes = extract(parse_article(text.encode(), source="s.txt")).quotes
    assert [q.speaker for q in quotes if q.part_of is None] == speakers


def test_a_quotation_running_past_its_paragraph_is_still_read() -> None:
    text = (
        'Kadyrov said: "We have no such people here. Nobody was detained anywhere at all," he '
        "told reporters."
    )
    # The paragraph given ends inside the quotation, as a paragraph break inside it would.
    found = attribute(text, [((15, 86), (15, 86))], [(0, 40)])
    assert [s.name if s else None for s in found] == ["Kadyrov"]


def test_a_surname_alone_takes_the_full_name_not_the_role_before_it():
    from refuge.media.extract.english_names import fullest

    text = (
        "Kremlin Press Secretary Peskov spoke first. Later, Dmitry Peskov repeated it.\n"
        "Europe Director Dalhuisen called for an inquiry.\n"
    )
    assert fullest("Peskov", text) == "Dmitry Peskov"
    assert fullest("Dalhuisen", text) == "Dalhuisen"  # only a role before it: no first name
    assert fullest("Peskov", "When Peskov spoke, Dmitry Peskov was there.\n") == "Dmitry Peskov"
