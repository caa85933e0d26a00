"""Russian attributions the sentence patterns read only in part, settled from the sentence
around the quotation (called by the register, russian_people.People.resolve):

- "«…», — сообщили корреспонденту ИА REGNUM сегодня, 22 января, в пресс-службе МВД по Чечне":
  the patterns stop at the first comma and keep the listener; the one who spoke is the place
  after the date ("в пресс-службе МВД по Чечне");
- "«…», — цитирует «Медуза» Татьяну Локшину": a name the parse gave with its first word in the
  nominative and the surname still in the accusative takes the first name's gender and case;
- "В МВД Чечни было заявлено, что «…»", "Ранее в МВД отмечалось, что «…»": an impersonal
  passive speech verb (a short participle, a reflexive) says nobody spoke; the body "в" names
  does;
- "Слова Кадырова «…» приводит «Интерфакс»": the quotation sits between whose words they are (in
  the genitive) and the verb of the outlet that quotes them;
- "«Работу в Чечне прекращать не планирую»\n\nАдвокат Марина Дубровина\n\n…": a quotation
  alone in its paragraph as a heading, over a line that only names a person (a role and a
  name, no verb), is that person's: how a feature sets out several people's answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media import lexicon
from refuge.media.extract import russian, russian_case, russian_next
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.russian_holders import latest_subject_at
from refuge.media.extract.russian_speech_words import is_passive, is_speech_verb
from refuge.media.extract.russian_wording import source_name, without_listener
from refuge.media.extract.spans import sentence_start
from refuge.media.extract.speakers import Speaker, parse_who

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People

_LISTENER = re.compile(
    r"(?:корреспондент|журналист|репортер|репортёр)\w*\s(?:«[^«»]*»|[^.;:!?«»\"“”])*", re.I
)
# "В МВД Чечни было заявлено, что": the place, the passive verb, and "что" or a colon.
_IMPERSONAL = re.compile(
    r"(?:^|[\s,])(?:[Вв]|[Вв]о)\s+(?P<where>[^,.;:!?«»\"]+?)\s+(?:было\s+|будет\s+)?"
    r"(?P<verb>[а-яё]+)\s*(?:,\s*что\s*(?:[а-яё]+\s+){0,2}|:)\s*$"
)
# "– рассказал "Кавказ.Реалии" председатель совета …": a verb, the outlet quoted, who spoke.
_TOLD_AN_OUTLET = re.compile(
    r"^[\s,—–-]*[а-яё]+\s+(?P<outlet>\"[^\"]{2,40}\"|«[^«»]{2,40}»)\s+"
    r"(?P<who>(?:\"[^\"]{1,40}\"|«[^«»]{1,40}»|[^.;:!?\"«»])+?)\s*(?:[.;!?]|$)"
)
_LONGEST_QUOTATION = 3000
_WORDS = re.compile(r"[А-ЯЁа-яё][а-яё-]*")
_ON_BEHALF = re.compile(
    r"^\s*От\s+имени\s+(?:«[^«»]+»|[^\s:]+)(?:\s+[^\s:]+)?\s+[а-яё]+\s+(?P<who>[^:«»]+?)\s*:\s*$"
)
_WORDS_OF = re.compile(r"^\s*Слова\s+(?P<who>[^.;:!?«»\"“”,]+?)\s*$")
_QUOTES_THEM = re.compile(
    r"^\s*(?:приводит|приводят|привел|привела|привели|цитирует|цитируют|передает|передаёт)\b"
)


def revised(people: People, speaker: Speaker, start: int, said_until: int) -> Speaker | None:
    """The speaker of a quotation opening at ``start`` whose attribution sentence ends at
    ``said_until``, where the words found were only part of the attribution; else None."""
    text = people.text
    if speaker.label and russian_case.told_by_nobody(text, start):
        return Speaker()  # "На что ему ответили: «…»": the one addressed did not speak
    following = russian_next.said_next(people, speaker, start, said_until)
    if following is not None:
        return following  # "«…» … . Об этом чеченский лидер написал в Instagram."
    if not speaker.label:
        return (
            _impersonal(text, start)
            or _words_of(text, start, said_until)
            or _name_line_after(people, start)
            or _headline_about(people, text, start)
            or _subject_after_title(people, start)
            or _document_goes_on(text, start)
        )
    if not speaker.name and _LISTENER.match(speaker.role):
        return _past_the_listener(text, start, said_until)
    outlet = _past_the_outlet(text, speaker, start, said_until) or _on_behalf_of(text, start)
    if outlet is not None:
        return outlet
    if speaker.name:
        gender = _verb_gender(text, start, said_until, speaker.name.split()[0])
        return (
            _one_of_two(people, speaker, start)
            or _as_written(text, start, said_until, speaker, gender)
            or _surname_agreeing(speaker, gender)
        )
    return (
        _document_owner(text, start, speaker)
        or _called_back(people, speaker, start)
        or _reporter(text, start, speaker)
        or _without_place(speaker)
    )


# The reporter an article quotes ("— передает репортер") and the one it named before as writing
# in an outlet ("— сообщает Эндрю Крамер в The New York Times"): a review of the foreign press.
_REPORTER = re.compile(r"(?:репортер|репортёр|корреспондент|журналист|автор\s+статьи)")
_WRITES_IN = re.compile(
    r"\b(?:сообщает|пишет|передает|передаёт|рассказывает|отмечает)\s+"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ]\.)?\s+[А-ЯЁ][а-яё]+)\s+в\s+"
    r"(?:газете|издании|журнале|статье\s+для)?\s*[«\"]?[A-ZА-ЯЁ]"
)


def _reporter(text: str, start: int, speaker: Speaker) -> Speaker | None:
    """The one reporter the article named before as writing in an outlet, where the words are
    "the reporter's"; else None (no reporter named, or two)."""
    if speaker.name or not _REPORTER.fullmatch(speaker.role.lower()):
        return None
    named = {m.group("name") for m in _WRITES_IN.finditer(text, 0, start)}
    return Speaker(named.pop(), speaker.role) if len(named) == 1 else None


# A person called back by what they are ("— рассказывает молодой человек", "30-летняя
# женщина"), with the gender that noun gives.
_CALLED_BACK = re.compile(
    r"(?:\d+-летн(?:ий|яя)\s+)?(?:(?P<m>(?:молодой\s+)?мужчина|молодой\s+человек|парень|юноша)"
    r"|(?P<f>(?:молодая\s+)?(?:женщина|девушка)))"
)


def _called_back(people: People, speaker: Speaker, start: int) -> Speaker | None:
    """The person the paragraph named last as a subject of the gender a noun that calls someone
    back gives ("Максим Лапунов … обратился в СК. «…», — рассказывает молодой человек"), as
    "the young man" after a name in its paragraph is that person in English; else None."""
    found = _CALLED_BACK.fullmatch(speaker.role.lower())
    if found is None or speaker.name:
        return None
    latest = latest_subject_at(people, start, "m" if found.group("m") else "f")
    if latest is None or "\n" in people.text[latest[0] : start]:
        return None
    return Speaker(latest[1].name, latest[1].role_before(start))


# "Об этом говорится в письме матери одного из задержанных": the owner, in the genitive.
_DOCUMENT_OF = (
    r"говорится\s+в\s+(?:[а-яё]+\s+){0,2}?(?:заявлени|сообщени|доклад|обращени|письм"
    r"|публикаци)[а-яё]*\s+"
)


def _document_owner(text: str, start: int, speaker: Speaker) -> Speaker | None:
    """The owner of the document the words are "говорится в", named by a common noun in the
    genitive after it, in the nominative ("матери одного из задержанных" → "мать …")."""
    role = speaker.role
    if speaker.affiliation or not role[:1].islower():
        return None
    after = text[start : start + _LONGEST_QUOTATION]
    if re.search(_DOCUMENT_OF + re.escape(role), after) is None:
        return None
    nominative = russian.head_in_nominative(role)
    return Speaker(role=nominative) if nominative != role else None


# Where a group stood, never what it is: "у здания суда", "возле мечети", "перед зданием".
# The group: a plural noun and up to two words it governs ("участники акции", "жители села").
_STOOD = re.compile(
    r"^(?P<group>[а-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,2}?)\s+"
    r"(?:у|возле|около|перед|напротив|рядом\s+с)\s+\S"
)


def _without_place(speaker: Speaker) -> Speaker | None:
    """A group named by a plural noun, with what it governs, and where it stood ("— кричали
    пикетчики у здания суда", "— скандировали участники акции у здания суда") as the group
    alone: a place phrase after the group is no part of who they are. The words after the head
    can be in another case than the nominative (the head's genitive complement), not a verb
    or an adverb."""
    match = _STOOD.match(speaker.role)
    # A body the group itself is of keeps the phrase; one the place names does not count
    # ("сотрудники представительства у входа в офис «Мемориала»").
    if match is None or org_in(match.group("group")):
        return None
    head, *governed = match.group("group").split()
    tag = russian.morphology().parse(head)[0].tag
    if tag.POS != "NOUN" or tag.number != "plur" or "nomn" not in tag:
        return None
    for word in governed:
        # "акции", "Титиева" may be nominatives too: any oblique reading will do.
        parses = russian.morphology().parse(word)
        if not any(
            p.tag.POS in {"NOUN", "ADJF", "PRTF"} and p.tag.case not in {None, "nomn"}
            for p in parses
        ):
            return None
    return Speaker(role=match.group("group"))


def _one_of_two(people: People, speaker: Speaker, start: int) -> Speaker | None:
    """ "Игорь Каляпин Рамзан Кадыров": a subject phrase running over a clause ("Каляпин не
    собирается …, после того как глава Чечни Рамзан Кадыров назвал его …") joined two people
    the register knows; the speech verb before the quotation is the later one's."""
    words = speaker.name.split()
    if len(words) < 4 or not all(word[:1].isupper() for word in words):
        return None  # (two people joined by "и" speak together: russian_antecedents.py)
    named = [
        (max((at for at in person.mentions if at < start), default=-1), person)
        for person in people.people
        if person.name in speaker.name
    ]
    named = [(at, person) for at, person in named if at >= 0]
    if len(named) < 2:
        return None
    latest = max(named, key=lambda pair: pair[0])[1]
    return Speaker(latest.name, latest.role_before(start))


def _after_quotation(text: str, start: int, said_until: int) -> tuple[int, str]:
    """Where the quotation opening at ``start`` closes (its own closing guillemet, not that
    of a name quoted after it: "… приводит «Интерфакс»"), and the words from there to the end
    of the sentence that says who spoke."""
    inside = start + 1 if text[start : start + 1] in {"«", "“", '"'} else start
    depth = 0
    for at in range(inside, said_until):
        mark = text[at]
        if mark in "«“":
            depth += 1
        elif mark in '»”"':
            depth -= 1
            if depth < 0:
                return at + 1, text[at + 1 : said_until]
    return said_until, ""


def _past_the_listener(text: str, start: int, said_until: int) -> Speaker | None:
    _, after = _after_quotation(text, start, said_until)
    listener = _LISTENER.search(after)
    if listener is None:
        return None
    place = without_listener(listener.group(0).strip())
    if place == listener.group(0).strip() or not re.match(r"(?:в|во)\s", place):
        return None
    found = parse_who(place)
    return found if found.label else None


def _past_the_outlet(text: str, speaker: Speaker, start: int, said_until: int) -> Speaker | None:
    """ "…", – рассказал "Кавказ.Реалии" председатель совета ПЦ "Мемориал" Александр
    Черкасов": the outlet told, quoted between the verb and the speaker, cut at its inner
    full stop, is not who spoke; the words after it are."""
    _, after = _after_quotation(text, start, said_until)
    told = _TOLD_AN_OUTLET.match(after)
    if told is None:
        return None
    # The label may come back recased ("МБХ медиа" as "Мбх медиа"): compare casefolded.
    if speaker.label.strip('"«» ').casefold() not in told.group("outlet").casefold():
        return None
    named = _named_at_end(told.group("who"))
    if named is not None and re.match(r"[\s,—–-]*цитиру", after):
        # "— цитирует «Газета.ру» главу СПЧ Михаила Федотова": whom it quotes, in the accusative.
        named = Speaker(russian.normal_name(named.name), russian.head_in_nominative(named.role))
    return named


def _on_behalf_of(text: str, start: int) -> Speaker | None:
    """ "От имени «Мемориала» выступил Олег Орлов: «…»": the body in whose name someone speaks
    is in the genitive before the verb; the speaker is the subject after it."""
    before = text[sentence_start(text, start, 0) : start].rstrip(' «"“')
    behalf = _ON_BEHALF.match(before)
    if behalf is None:
        return None
    return _named_at_end(behalf.group("who"))


def _named_at_end(words: str) -> Speaker | None:
    """A role then a name ("председатель совета ПЦ "Мемориал" Александр Черкасов", "Адвокат
    Марина Дубровина"): the name a first name the dictionary knows opens, and the role."""
    split = words.split()
    if len(split) < 2 or not all(word[:1].isupper() for word in split[-2:]):
        return None
    first = russian.morphology().parse(split[-2])
    if not any("Name" in parse.tag for parse in first[:2]):
        return None
    role = " ".join(split[:-2]).replace('"', "").replace("«", "").replace("»", "")
    return Speaker(" ".join(split[-2:]), role)


def _verb_gender(text: str, start: int, said_until: int, first_name: str) -> str:
    """The gender ("masc", "femn") of the past-tense speech verb after the quotation whose
    subject is the name that follows it ("— сказала Айшат Ахмадова"), else "": not a verb of
    quoting, whose subject is the outlet ("— привел слова Москальковой ТАСС"), nor one with
    another subject ("…, заявил адвокат Петр Заикин" after "Её слова …")."""
    _, after = _after_quotation(text, start, said_until)
    verb = re.match(r"[\s,—–-]*([а-яё]+)\s+(?:[^\s.;:!?]+\s+){0,3}?" + re.escape(first_name), after)
    if verb is None or _QUOTES_THEM.match(verb.group(1)) or not is_speech_verb(verb.group(1)):
        return ""
    for parse in russian.morphology().parse(verb.group(1))[:2]:
        if parse.tag.POS == "VERB" and parse.tag.gender in {"masc", "femn"}:
            return str(parse.tag.gender)
    return ""


def _as_written(
    text: str, start: int, said_until: int, speaker: Speaker, verb_gender: str
) -> Speaker | None:
    """ "— рассказала нам Айшат Ахмадова", normalised by the tagger as "Айшат Ахмадов" (it
    takes the first name for a man's): the surname as written after the verb, where it is the
    nominative in the verb's gender."""
    words = speaker.name.split()
    if not verb_gender or len(words) != 2:
        return None
    _, after = _after_quotation(text, start, said_until)
    written = re.search(re.escape(words[0]) + r"\s+([А-ЯЁ][а-яё-]+)\b", after)
    if written is None or written.group(1) == words[1]:
        return None
    if not any(
        "Surn" in parse.tag and parse.tag.gender == verb_gender and parse.tag.case == "nomn"
        for parse in russian.morphology().parse(written.group(1))
    ):
        return None
    return Speaker(f"{words[0]} {written.group(1)}", speaker.role, speaker.affiliation)


def _surname_agreeing(speaker: Speaker, verb_gender: str) -> Speaker | None:
    """ "Татьяна Локшину" (the parse's): the surname in the first name's case and gender, or
    the speech verb's gender: the dictionary takes Chechen women's names ending in a consonant
    ("Айшат", "Асет") for men's, and "Айшат Ахмадова" is already right."""
    words = speaker.name.split()
    # One person's name only ("Ахмед Алиев и Марьям Алиева" are two, each in agreement).
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return None
    if not russian.is_nominative(words[0]) or russian.is_nominative(words[-1]):
        return None
    agreed = russian_case.agreeing(speaker.name)
    if agreed is not None and agreed[1] == "nomn":
        return None  # "Айшат Ахмадова": a woman's first name that never declines
    gender = verb_gender or {"m": "masc", "f": "femn"}.get(russian.name_gender(words[0]), "")
    if not gender:
        return None
    surnames = [
        parse.tag
        for parse in russian.morphology().parse(words[-1])
        if "Surn" in parse.tag and parse.tag.gender == gender
    ]
    # "Каримов" is also a genitive plural ("Каримов" of "Карим"): only a surname that is not
    # the nominative in the first name's gender, whatever else it could be.
    if not surnames or any(tag.case == "nomn" for tag in surnames):
        return None
    surname = russian._nominative(words[-1], gender)
    if surname == words[-1]:
        return None
    return Speaker(" ".join([*words[:-1], surname]), speaker.role, speaker.affiliation)


def _impersonal(text: str, start: int) -> Speaker | None:
    before = _ASIDE.sub("", text[sentence_start(text, start, 0) : start].rstrip(' «"“'))
    match = _IMPERSONAL.search(before)
    if match is None:
        return None
    verb = match.group("verb")
    if not (is_speech_verb(verb) and (is_passive(verb) or verb.endswith("лось"))):
        return None
    where = match.group("where")
    words = where.split()
    # "Ранее в МВД": an adverb before the place is not part of it; the place is a noun phrase
    # ending before the verb ("МВД Чечни", "пресс-службе СК").
    if not words or any(is_speech_verb(word) for word in words) or not _names_a_body(words):
        return None
    found = parse_who("в " + where)
    return found if found.label else None


# Bodies named by a common noun ("в прокуратуре", "в пресс-службе СК"); a name or an
# abbreviation ("в МВД", "в Кремле") names one by its capital.
_BODY_LEMMAS = {
    *lexicon.BODY_NOUNS_RU,
    "пресс-служба",
    "прокуратура",
    "министерство",
    "администрация",
    "правительство",
    "управление",
    "полиция",
    "суд",
    "штаб",
}


# "В решении суда, в частности, (сказано)": an aside between commas.
_ASIDE = re.compile(r",\s*(?:в частности|например|в том числе|впрочем|кстати)(?:,|$)")
# A body's text, whose owner follows: "В решении суда сказано".
_PAPERS = frozenset({"решение", "приговор", "постановление", "определение"})


def _names_a_body(words: list[str]) -> bool:
    """Whether the head noun of the phrase after "в" is a body, not a time or a circumstance
    ("во время допроса", "в прошлом году", "в ходе заседания", "в своей речи")."""
    for word in words:
        if word[:1].isupper():
            return True
        if russian.part_of_speech(word) == "NOUN" and russian.lemma(word) not in _PAPERS:
            return russian.lemma(word) in _BODY_LEMMAS
    return False


def _words_of(text: str, start: int, said_until: int) -> Speaker | None:
    begin = sentence_start(text, start, 0)
    match = _WORDS_OF.match(text[begin:start].rstrip(' «"“'))
    if match is None:
        return None
    _, after = _after_quotation(text, start, said_until)
    if not _QUOTES_THEM.match(after):
        return None
    found = parse_who(source_name(match.group("who")))
    return found if found.label else None


def _name_line_after(people: People, start: int) -> Speaker | None:
    text = people.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0 or text[line_start:start].strip(' «"“'):
        return None
    quoted = text[start:line_end].rstrip()
    if not quoted.endswith(("»", "”", '"')) or len(_after_quotation(text, start, line_end)[1]) > 1:
        return None  # the quotation is the whole line, nothing said after it
    following = re.match(r"\s*([^\n]+)", text[line_end:])
    if following is None:
        return None
    name_line = following.group(1).strip()
    at = line_end + following.start(1)
    words = name_line.split()
    # "Фото: Елена Милашина", "Автор: …": a credit or byline, not who spoke.
    if not words or len(words) > 6 or ":" in name_line or not name_line[:1].isupper():
        return None
    if name_line[-1] in '.!?»"' or any(russian.part_of_speech(w) == "VERB" for w in words):
        return None
    # A name alone, with no role, is as likely a byline under the headline: it names the
    # speaker only if the article has that person speak elsewhere (is named again).
    bare = len(words) <= 3 and any(
        "Name" in parse.tag for parse in russian.morphology().parse(words[0])[:2]
    )
    named = [
        person
        for person in people.people
        if any(at <= mention < at + len(name_line) for mention in person.mentions)
    ]
    if len(named) == 1:
        elsewhere = any(not at <= m < at + len(name_line) for m in named[0].mentions)
        if bare and not elsewhere:
            return None
        return Speaker(named[0].name, named[0].role_before(at + len(name_line)))
    # A name the tagger missed on a line of its own ("Адвокат Марина Дубровина").
    return None if named or bare else _named_at_end(name_line)


# "«…» Сотрудники «Российской ЛГБТ-сети» — об эвакуации геев": after a quotation opening a
# headline (and the full stop some outlets put after it: "«…». Помощник Кадырова — о …"), who
# said it, a dash, and what about ("о", "об", "обо", "про") to the line's end.
_ABOUT_WHAT = re.compile(
    r"[ \t]*[.:]?[ \t]*(?P<who>(?:«[^«»\n]{1,40}»|[^\n—–.!?:;«»\"])+?)(?:[ \t]+[—–])?[ \t]+"
    r"(?:о|об|обо|про)[ \t]+[^\n]+$"
    # "«…»: открытый гей Мовсар Эскарханов рассказал, как бежал из Чечни"
    rf"|[ \t]*[.:]?[ \t]*(?P<teller>[^\n—–.!?:;«»\"]+?)[ \t]+(?:{lexicon.SPEECH_VERBS_RU}),?"
    r"[ \t]+(?:как|что|почему|зачем|кто|где|когда|чем)[ \t]+[^\n]+$",
    re.M,
)


def _headline_about(people: People, text: str, start: int) -> Speaker | None:
    """The speaker a headline names after its quotation, before a dash and what it is about:
    the headline of an interview or of a feature built on one person's or body's words."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(' «"“'):
        return None
    closed, _ = _after_quotation(text, start, line_end)
    about = _ABOUT_WHAT.match(text, closed, line_end)
    if about is None or not (about.group("teller") or about.group("who")[:1].isupper()):
        return None
    who = about.group("who") or about.group("teller")
    words = who.replace("«", " ").replace("»", " ").split()
    if len(words) > 1 and is_speech_verb(words[-1]):  # "«…». Выживший рассказал о тюрьме"
        words, who = words[:-1], who[: who.rstrip().rfind(" ")]
    if len(words) > 8 or any(russian.part_of_speech(w.lower()) == "VERB" for w in words):
        return None
    found = _named_at_end(who) or parse_who(who)
    if found.name or found.affiliation or any(_someone(w) for w in words):
        return _holder_in_body(people, found) or found
    return None  # "«…» Репортаж из Чечни — о …": what the piece is, not who spoke


def _holder_in_body(people: People, found: Speaker) -> Speaker | None:
    """The one person the article gives the role a headline names its speaker by, by the
    role's head noun: "«…». Помощник Кадырова — о …" over "…, прокомментировал помощник главы
    Чечни Рамзана Кадырова … Ахмед Дудаев" is Dudaev; a headline sums up what follows."""
    label = found.label  # parse_who may take capitalised words for a name ("Помощник Кадырова")
    head = russian.lemma(label.split()[0]) if label else ""
    if not head or head == label.lower() or russian.part_of_speech(head) != "NOUN":
        return None
    # The role noun in the words right before a mention, its clause ("помощник главы Чечни
    # Рамзана Кадырова, чеченский министр … Ахмед Дудаев": the nearest role is "министр").
    holders = {
        person.name
        for person in people.people
        for at in person.mentions
        if re.compile(rf"{re.escape(person.name)}(?![\w-])").match(people.text, at)  # not owner
        and any(
            russian.lemma(w) == head
            for w in _WORDS.findall(re.split(r"[.!?\n]", people.text[max(0, at - 160) : at])[-1])
        )
    }
    return Speaker(holders.pop(), label) if len(holders) == 1 and label not in holders else None


def _someone(word: str) -> bool:
    """Whether a word may name a person in the nominative: an animate noun ("сотрудники"), or
    an adjective or participle used as one ("задержанный")."""
    return any(
        "nomn" in parse.tag
        and ((parse.tag.POS == "NOUN" and parse.tag.animacy == "anim") or "Subx" in parse.tag)
        for parse in russian.morphology().parse(word.lower())[:2]
    )


def inside_quotation(text: str, at: int) -> bool:
    """Whether ``at`` falls inside quoted words of its paragraph: a name there ("«Адвокат Петр
    Заикин заявил ходатайство …», – рассказал "Кавказ.Реалии" …") is spoken about, and it
    did not tell the outlet anything."""
    # (Bounded, so a long paragraph with many names stays linear: no quotation runs longer.)
    begin = text.rfind("\n", max(0, at - _LONGEST_QUOTATION), at) + 1
    begin = max(begin, at - _LONGEST_QUOTATION)
    before = text[begin:at]
    guillemets = before.count("«") - before.count("»")
    curly = before.count("“") - before.count("”")
    return guillemets > 0 or curly > 0 or before.count('"') % 2 == 1


def _subject_after_title(people: People, start: int) -> Speaker | None:
    """A quotation that is a line of its own, as a feature's section titles are ("«Я думал:
    когда убьют, тогда убьют»"), is the words of the one the next paragraph opens with as its
    subject ("Илья, недавно получивший убежище во Франции, признается …")."""
    text = people.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    _closed, said_after = _after_quotation(text, start, line_end)
    if text[line_start:start].strip(' «"“') or said_after.strip(' »"”.!?'):
        return None
    gap = re.match(r"\n\s*", text[line_end:])
    opening = line_end + (gap.end() if gap else 0)
    if opening == line_end or re.match(r"\w+\s+и\s+[А-ЯЁ]", text[opening:]):
        return None  # nothing after it, or two people ("Илья и Ахмед …")
    subjects = [p for p in people.people if any(opening <= at < opening + 3 for at in p.subject_at)]
    return Speaker(subjects[0].name) if len(subjects) == 1 else None


# "Об этом говорится в комментарии МИД РФ, размещенном …": the sentence that closes a
# paragraph reporting a document, and the document's owner in the genitive.
_REPORTED_FROM = re.compile(
    r"\bОб\s+этом\s+(?:говорится|сообщается)\s+в\s+(?:комментари|заявлени|сообщени|доклад"
    r"|письм|обращени|ответ)[а-яё]*\s+(?P<owner>[^,.;:!?«»\n]{2,60}?)\s*(?:,[^.\n]*)?\.\s*$"
)
# Words before a quotation in its paragraph that give it a source of its own.
_ATTRIBUTED = re.compile(
    rf"\b(?:{lexicon.SPEECH_VERBS_RU}|по\s+словам|по\s+мнению|по\s+данным)\b", re.I
)


def _document_goes_on(text: str, start: int) -> Speaker | None:
    """The owner of the document the paragraph before reported ("… . Об этом говорится в
    комментарии МИД РФ, размещенном на сайте ведомства."), for a quotation in the next
    paragraph that no attribution of its own claims: the report goes on in its words."""
    opening = text.rfind("\n", 0, start) + 1
    if not opening or _ATTRIBUTED.search(text[opening:start]):
        return None
    previous = text[:opening].rstrip().rsplit("\n", 1)[-1]  # past any blank line
    reported = _REPORTED_FROM.search(previous)
    if reported is None:
        return None
    owner = reported.group("owner")
    body = org_in(owner)
    return Speaker(role=body, affiliation=body) if body else parse_who(source_name(owner))
