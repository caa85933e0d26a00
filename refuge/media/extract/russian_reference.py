"""Who a Russian article refers back to across sentences: the answerer, "женщина", "Ибрагим".

Three kinds of reference the sentence itself cannot settle, each read from the register of who
is who (russian_people.py) and the words of the sentence before, with no parse:

- the one asked answers: "Журналист Дэвид Скотт спросил Кадырова о … . «…» — ответил он" is
  Kadyrov, the person the asking verb (спросить, задать вопрос, обратиться к) took as its object,
  not the asker the memory would take as the latest subject;
- a plain noun for a person ("женщина", "мужчина", "девушка", "молодой человек",
  "пострадавший", "задержанный", "артистка") re-describes the person the sentence before
  introduced, of the noun's gender: "Мать задержанного обратилась в Комитет. «…», —
  рассказала женщина" is the mother, "Родственники певицы Айны Бакаевой … — сказала
  артистка" the singer. With nobody of that gender in view the noun stays as it was written;
- a first name alone ("— сказал Ибрагим") is the one person the article named with it in full;
- "она" where no woman was yet a subject for the memory to take is the one woman the sentence
  before named at all ("Полиция задержала Зарему Мусаеву … — сказала она").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from refuge.media.extract import russian, russian_case
from refuge.media.extract.english_syntax import UNNAMED
from refuge.media.extract.russian_antecedents import (
    named_together,
    nameless_source,
    source_named_in,
)
from refuge.media.extract.russian_holders import (
    in_a_role,
    kin_may_speak,
    owned_by_kin,
    subject_gender,
    subject_named_again,
    unnamed_subject,
)
from refuge.media.extract.russian_main_subject import main_subject, owner_before_subject
from refuge.media.extract.russian_roles import Role, read_role
from refuge.media.extract.russian_speech_words import is_speech_verb
from refuge.media.extract.russian_wording import source_name
from refuge.media.extract.speakers import Speaker

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People, Person

# Nouns that name a person by what anyone can see of them, never a role the article gave:
# each re-describes the person just introduced. The gender is the noun's own, read by pymorphy2
# ("пострадавшая" is a woman's); "молодой человек" is read as its head.
_PLAIN_NOUNS = frozenset(
    """
    женщина мужчина девушка парень юноша человек пострадавший пострадавшая потерпевший
    потерпевшая задержанный задержанная заявитель заявительница артист артистка певец певица
    исполнитель исполнительница пенсионер пенсионерка студент студентка
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_ASKING = frozenset({"спросить", "спрашивать", "поинтересоваться", "обратиться", "задать"})
_ANSWERING = frozenset(
    {"ответить", "отвечать", "парировать", "возразить", "отрезать", "отреагировать"}
)
_PRONOUN_GENDER = {"он": "m", "она": "f"}
_WORD = re.compile(r"[А-ЯЁа-яё][а-яё-]*")
_ROLE_WORDS = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")
# This quotation's close, then its dash and the words after it (not the next quotation's).
_AFTER_QUOTE = re.compile(r"[^»\"”\n]*[»\"”][,.!?…]*\s*[—–-]+\s*([^.!?\n«]{0,80})")
_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")


@lru_cache(maxsize=1 << 14)
def _best(word: str) -> Any:
    """A word's likeliest pymorphy2 parse, each word parsed once."""
    parses = russian.morphology().parse(word.lower())
    return parses[0] if parses else None


def _tag(word: str) -> Any:
    """A word's likeliest pymorphy2 tag."""
    best = _best(word)
    return best.tag if best is not None else None


def _parse(word: str) -> tuple[str, str, str, str]:
    """A word's lemma, part of speech, gender ("m", "f" or "") and case (pymorphy2)."""
    best = _best(word)
    if best is None:
        return word.lower(), "", "", ""
    tag = best.tag
    gender = {"masc": "m", "femn": "f"}.get(str(tag.gender), "")
    return str(best.normal_form), str(tag.POS or ""), gender, str(tag.case or "")


def _sentence_before(text: str, start: int) -> tuple[int, int]:
    """The span of the sentence before the one that opens at or holds ``start``: in the same
    paragraph, or the last of the paragraph before."""
    # Two sentences back at most: a window, not the article from its start.
    floor = max(0, start - 2000)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, start)]
    begin = ends[-1] if ends else floor
    head = text[:begin].rstrip()
    if not head:
        return 0, 0
    earlier = [m.end() for m in _SENTENCE_END.finditer(head, floor) if m.end() < len(head)]
    earlier = earlier[-1:] or [floor]
    return earlier[0], len(head)


def _mentioned(
    people: People, span: tuple[int, int], gender: str, text: str = ""
) -> list[tuple[int, Person]]:
    """Who the span names, in order, of a gender that fits: by the register's name, or for a
    woman by the words as written ("Малика Бакаева", which natasha gave as "Малик Бакаев")."""
    return sorted(
        (at, person)
        for person in people.people
        for at in person.mentions
        if span[0] <= at < span[1]
        and (
            not gender
            or _gender(person.name) in {"", gender}
            or (gender == "f" and written_feminine(text, at))
        )
    )


def written_feminine(text: str, at: int) -> bool:
    """Whether a name written with a woman's surname is the subject of a verb in a woman's
    past ("Марьям Алиева рассказала"): natasha reads such names, unknown to it, as a man's
    genitive ("Марьям Алиев"), which they can be elsewhere ("мать Малика Бакаева")."""
    match = _NAME_AT.match(text, at)
    if match is None or not re.search(r"(?:ова|ева|ина)$", match.group(0)):
        return False
    if not russian_case.opens_clause(text[max(0, at - 40) : at]):
        # "Мать Зелимхана Ахмадова рассказала", "Адвокат Александра Черкасова заявила": the
        # noun before the name is the verb's subject, the name its genitive.
        return False
    verb = _first_verb(text, match.end())
    return verb is not None and verb.gender == "femn"


def _first_verb(text: str, start: int) -> Any:
    """The tag of the first verb in the sentence after ``start``, if any."""
    stop = _SENTENCE_END.search(text, start)
    for word in _WORD.findall(text, start, stop.start() if stop else len(text))[:6]:
        tag = _tag(word)
        if tag is not None and tag.POS == "VERB":
            return tag
    return None


def _introduces(role: Role, at: int) -> bool:
    """Whether ``role`` introduced the name at ``at`` as a short noun phrase of its own: not an
    anonymous source's, which the register can read across a clause ("источника в МВД Чечни,
    дело по факту исчезновения Бакаева")."""
    return role.at == at and role.head != "источник" and len(role.text.split()) <= 5


def _verb_next(text: str, at: int) -> bool:
    """Whether the name at ``at`` is followed right away by a verb ("Максим Лапунов подал"):
    a subject, where "по факту исчезновения Бакаева возбуждено не будет" is not one."""
    match = _NAME_AT.match(text, at)
    after = _WORD.match(text, match.end() + 1) if match else None
    return after is not None and _parse(after.group(0))[1] == "VERB"


_NAME_AT = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}")


@lru_cache(maxsize=1 << 12)
def _gender(name: str) -> str:
    """A Russian name's gender by a woman's surname, else by its first name in the nominative
    only: "Айна" is a woman's name, though "айна" is also "Айн" in the genitive. Not by a man's
    surname, which natasha gives for some women ("Халимат Тарамову" → "Халимат Тарамов")."""
    words = name.split()
    if len(words) > 1 and re.search(r"(?:ова|ева|ина|ская|цкая)$", words[-1]):
        return "f"  # natasha never makes a man's surname a woman's
    if not words or not russian.morphology().word_is_known(words[0].lower()):
        return ""  # a first name pymorphy2 only guesses at ("Халимат" as a man's)
    for parse in russian.morphology().parse(words[0].lower())[:4]:
        if "Name" in parse.tag and parse.tag.case == "nomn" and parse.normal_form == parse.word:
            return {"masc": "m", "femn": "f"}.get(str(parse.tag.gender), "")
    return ""


def _in_gender(name: str, gender: str) -> str:
    """A name natasha gave as a man's where "она" says it is a woman's: "Халимат Тарамову"
    (her accusative, a man's dative) is Халимат Тарамова."""
    if gender == "f" and " " in name and re.search(r"(?:ов|ев|ин)$", name):
        return name + "а"
    if gender == "f" and " " in name and re.search(r"(?:ову|еву|ину)$", name):
        return name[:-1] + "а"  # "Татьяна Москалькову", her accusative natasha left
    return name


def _answer_verb(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` is attributed by a verb of answering after its dash."""
    match = _AFTER_QUOTE.match(text, start, start + 1200)
    words = _WORD.findall(match.group(1)) if match else []
    return any(_parse(w)[0] in _ANSWERING for w in words[:4])


def _asked(people: People, text: str, span: tuple[int, int], gender: str) -> Person | None:
    """The person a sentence of asking asked: named in it after the asking verb, not as its
    subject ("спросил Кадырова", "обратился к Москальковой", "задала вопрос Кадырову")."""
    words = list(_WORD.finditer(text, span[0], span[1]))
    verb = next((m.start() for m in words if _parse(m.group(0))[0] in _ASKING), None)
    if verb is None:
        return None
    asked = [
        (at, person)
        for at, person in _mentioned(people, span, gender)
        if at > verb and at not in person.subject_at
    ]
    return asked[0][1] if len({p.name for _a, p in asked}) == 1 else None


# "…, заявил представитель ГОВД Дербента, сообщает «Кавказский узел».": a sentence that
# closes on its speech verb and the role that spoke, the outlet that reports it aside.
_CLOSING_ROLE = re.compile(
    r",\s*[—–-]?\s*(?P<verb>[а-яё]+)\s+(?P<role>[а-яё-]+(?:\s+[^\s,.;:«»\"]+){0,4}?)"
    r"(?:,\s*(?:сообщает|передает|передаёт|пишет)\s[^.]+)?\.\s*$"
)


def _role_after_verb(text: str, span: tuple[int, int], gender: str) -> str:
    """The role a sentence closes on after its speech verb, in a gender the verb agrees in."""
    closing = _CLOSING_ROLE.search(text, span[0], span[1] + 1)
    if closing is None or not is_speech_verb(closing.group("verb")):
        return ""
    if (closing.group("verb").endswith("ла") != (gender == "f")) or closing.group("verb")[
        -1
    ] == "и":
        return ""
    # "рассказал журналистам представитель полиции": not the ones told.
    role = re.sub(
        r"^(?:журналист|корреспондент|репортер|репортёр)\w*(?:ам|у|ке)\s+",
        "",
        closing.group("role"),
    )
    return role if read_role(_ROLE_WORDS.findall(role)) is not None else ""


_OBJECT_PRONOUN = re.compile(
    r"(?<!\w)(?:его|её|ее|ему|ей|им|ими|их|него|неё|нее|нему|ней|ним)(?!\w)"
)
# "На прошлой неделе глава Чечни отвечал …": when, before the subject.
_TIME_OPENING = re.compile(
    r"^(?:(?:На|В)\s+(?:прошлой|этой|минувшей)\s+неделе|Накануне|Вчера|Сегодня|Ранее|Позже|"
    r"Во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\s+"
)


def _role_subject(text: str, span: tuple[int, int], gender: str) -> str:
    """A role that opens a sentence as its subject, before its first verb, in a gender that
    fits: "Мать задержанного обратилась в Комитет" gives "мать задержанного"."""
    found = list(_WORD.finditer(text, span[0], span[1]))
    verb = next((i for i, w in enumerate(found) if _parse(w.group(0))[1] == "VERB"), None)
    if not verb or verb > 6:  # "Пресс-секретарь главы Чечни Рамзана Кадырова опроверг"
        return ""
    # The role is the words before the verb and any aside ("Сотрудник полиции, пожелавший
    # остаться анонимным, подтвердил"), an abbreviation one word ("Представитель МВД Чечни").
    opening = re.split(r"[,(—–]", text[span[0] : found[verb].start()])[0]
    words = _ROLE_WORDS.findall(_TIME_OPENING.sub("", opening.strip()))
    role = read_role(words)
    if role is None:
        return ""
    head = words.index(role.text.split()[0])
    # Adjectives may come before the role noun ("Официальный представитель главы Чечни").
    described = all(_parse(w)[1] == "ADJF" and _parse(w)[3] == "nomn" for w in words[:head])
    lemma, _pos, noun_gender, case = _parse(words[head])
    if not described or head > 2 or case != "nomn":
        return ""
    # The verb's gender decides: "адвокат", "врач" are a man's nouns for women too.
    agreeing = _parse(found[verb].group(0))[2] or noun_gender
    if gender and agreeing and agreeing != gender:
        return ""
    return " ".join([*(w.lower() for w in words[:head]), lemma, *words[head + 1 :]])


_NOT_DESCRIBING = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "NUMR"})


def _nominative_readings(word: str) -> list[Any]:
    """A word's readings in the nominative, any of them: "Молодой" is read first as a feminine
    genitive."""
    return [p for p in russian.morphology().parse(word.lower()) if p.tag.case == "nomn"]


def _described_subject(text: str, span: tuple[int, int], gender: str) -> str:
    """The person a sentence opens with as its subject, described and not named, in a gender
    that fits: "Бывший задержанный рассказал" gives "бывший задержанный", "Мать одного из
    задержанных рассказала" "мать одного из задержанных"; else ""."""
    found = list(_WORD.finditer(text, span[0], span[1]))
    verb = next((i for i, w in enumerate(found) if _parse(w.group(0))[1] == "VERB"), None)
    if not verb:
        return ""
    head_end = found[verb].start()
    comma = text.find(",", span[0], head_end)
    if comma >= 0:
        # "Мать одного из задержанных, пожелавшая остаться неизвестной, сказала": a
        # participle's aside between the subject and its verb.
        aside = _WORD.search(text, comma, head_end)
        if aside is None or _parse(aside.group(0))[1] != "PRTF":
            return ""
        head_end = comma
    words = [w.group(0) for w in found[:verb] if w.end() <= head_end]
    if not words or len(words) > 5 or all(w[:1].isupper() for w in words[1:] or ["x"]):
        return ""  # (a name natasha missed is no description: "Зарема Мусаева сказала")
    verb_tag = russian.morphology().parse(found[verb].group(0).lower())[0].tag
    if verb_tag.number != "sing" or _parse(found[verb].group(0))[2] not in {"", gender}:
        return ""  # "Полицейские задержали …": not one person
    if words == ["Как"]:
        # "Как рассказала «Новой газете» мать одного из задержанных, …": the subject comes
        # after the verb and whom it was told to, up to the comma.
        comma = text.find(",", found[verb].end(), span[1])
        words = [w.group(0) for w in found[verb + 1 :] if w.end() <= comma]
        while words and not _nominative_readings(words[0]):
            words.pop(0)
    # "Посетивший Чечню блогер": the noun, not the participle and what it governs.
    if len(words) > 2 and _parse(words[0])[1] == "PRTF" and _parse(words[1])[3] != "nomn":
        head = _nominative_readings(words[-1])
        animate = any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in head)
        return words[-1].lower() if animate else ""
    # The head: nominative words up to the first animate noun or participle standing for one
    # ("задержанный"), and what it governs after it.
    for index, word in enumerate(words):
        lemma, part_of_speech, _gender, _case = _parse(word)
        if part_of_speech in _NOT_DESCRIBING or lemma == "один":
            return ""  # "К ней …", "Один из них рассказал": no description of anyone
        nominative = _nominative_readings(word)
        if not nominative:
            return ""
        last = index + 1 == len(words) or _parse(words[index + 1])[3] != "nomn"
        if any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in nominative) or (
            last and any(p.tag.POS in {"ADJF", "PRTF"} for p in nominative)
        ):
            return " ".join([words[0].lower(), *words[1:]])
    return ""


def refer(people: People, speaker: Speaker, before: int, text: str) -> Speaker | None:
    """The person a pronoun, plain noun or first name at ``before`` refers back to, where the
    sentence before says; None to leave it to the register's roles and the memory."""
    together = named_together(people, speaker, before, text) or source_named_in(speaker)
    if together is not None:
        return together  # "Игорь Каляпин и Олег Орлов … — заявили они"
    name = speaker.name.lower()
    if name in _PRONOUN_GENDER:
        gender, span = _PRONOUN_GENDER[name], _sentence_before(text, before)
        answering = _answer_verb(text, before)
        source = None if answering else nameless_source(people, before, text, gender)
        if source is not None:
            return source  # "— сообщил источник в силовых структурах. По его словам, «…»"
        owner = owner_before_subject(people, text, before, gender)
        if owner is not None:  # "Каляпин приехал … . По его оценке, Кадыров «…»"
            return Speaker(_in_gender(owner.name, gender), owner.role_before(before))
        if answering:
            found = _asked(people, text, span, gender)
        elif not any(
            at < before
            for p in people.people
            if subject_gender(p, text, before, _gender(p.name)) in {"", gender}
            for at in p.subject_at
        ):
            # "Полиция задержала Халимат Тарамову. «…», — сказала она": no one of her gender
            # was a subject for the memory to take; the one the sentence before named is her.
            # Not the one whose name is part of another's role ("Представитель пресс-службы
            # Кадырова Альви Каримов. «…», — сказал он"): the holder speaks, never the owner;
            # nor one named in another case beside a subject named no one for ("Мать
            # Зелимхана Бакаева обратилась в полицию. «…», — сказала она" is the mother).
            if unnamed_subject(people, text, span, gender):
                if subject_named_again(people, text, span, gender):
                    return UNNAMED  # "Адвокат Исаева обратился …, и Исаев поддержал его"
                role = _role_subject(text, span, gender)
                return Speaker(role=role) if role else None
            named = _mentioned(people, span, gender)
            # The owner of a kin noun that cannot be "он"/"она" is no one else's ("сына
            # Халимат Тарамовой … — сказала она" is hers): kept as any other person named.
            kin_speaks = [
                owned_by_kin(p, text, at) and kin_may_speak(text, at, gender, before, p.name)
                for at, p in named
            ]
            # Nor one whose verbs agree in the other gender ("Сам Бакаев пропал", not "она").
            by_name = {
                p.name: p
                for (at, p), kin in zip(named, kin_speaks, strict=True)
                if not kin
                and not in_a_role(people, at, text)
                and subject_gender(p, text, before, _gender(p.name)) in {"", gender}
            }
            if any(kin_speaks) and not by_name:
                # "Полицейские задержали сестру Айны Бакаевой. «…», — рассказала она": the
                # sister speaks, unnamed; the memory would take the one she is sister of. No
                # one, and no fallback (the outlet "сообщает ТАСС" names) is to name anyone.
                return UNNAMED
            if not named:
                # "Бывший задержанный рассказал о пытках. «…», — вспоминает он": no one named,
                # the person the sentence before opens with, or one before it that names no
                # one either ("Посетивший Чечню блогер попросил прощения. Предположительно, …
                # на лбу героя ролика видна ссадина. «…», — говорит он").
                described = _role_after_verb(text, span, gender) or _described_subject(
                    text, span, gender
                )
                for _ in range(2):
                    if described or span[0] == 0:
                        break
                    span = _sentence_before(text, span[0])
                    if _mentioned(people, span, ""):
                        break
                    described = _described_subject(text, span, gender)
                return Speaker(role=described) if described else None
            found = next(iter(by_name.values())) if len(by_name) == 1 else None
        else:
            # "На прошлой неделе глава Чечни отвечал …. «…», — подчеркнул он": the role the
            # sentence before opens with, where it names no one, not even by a pronoun ("…
            # спросил его о …").
            others = _mentioned(people, (span[0], before), "")
            others_too = others or _OBJECT_PRONOUN.search(text, span[0], before) is not None
            role = "" if others_too else _role_subject(text, span, gender)
            if role:
                return Speaker(role=role)
            # "Каляпин не собирается …, после того как Кадыров назвал его …. «…», — сказал он".
            found = main_subject(people, text, before, gender)
        return Speaker(_in_gender(found.name, gender), found.role_before(before)) if found else None
    if speaker.name and " " not in speaker.name:
        return _first_name(people, speaker.name)
    words = speaker.role.split()
    if speaker.name or not words or len(words) > 2:
        return None
    # "молодой человек" by its head; "собеседница издания" by its first word.
    noun = words[-1] if words[-1].lower() == "человек" else words[0]
    lemma, _pos, gender, _case = _parse(noun)
    if noun.lower() not in _PLAIN_NOUNS and lemma not in _PLAIN_NOUNS:
        return None
    if any(r.head == lemma and r.at < before for p in people.people for r in p.roles):
        return None  # "Певица Айна Бакаева …": a role the article gave someone is hers
    span = _sentence_before(text, before)
    everyone = _mentioned(people, span, "")
    if len(everyone) > 1 and (verb := _first_verb(text, everyone[0][0])) and verb.number == "plur":
        return None  # "Марьям Алиева и Малика Бакаева обратились …": which of them is unsaid
    named = _mentioned(people, span, gender, text)
    # The one subject of that gender, else the one person of it the sentence introduced with a
    # role ("следов пропавшей певицы Айны Бакаевой"), not one it only named ("по факту
    # исчезновения Бакаева"); two ("Марьям Алиева и Малика Бакаева обратились …") leave the
    # noun as it is.
    subjects = [
        (at, p)
        for at, p in named
        if (at in p.subject_at and _verb_next(text, at)) or written_feminine(text, at)
    ]
    introduced = [(at, p) for at, p in named if any(_introduces(r, at) for r in p.roles)]
    if len({p.name for _a, p in subjects or introduced}) == 1:
        person = (subjects or introduced)[0][1]
        return Speaker(_in_gender(person.name, gender), person.role_before(before))
    if named:
        return None
    # "Как рассказала «Новой газете» мать одного из задержанных, … — говорит женщина".
    role = _role_subject(text, span, gender) or _described_subject(text, span, gender)
    role = role or _according_to_described(text, span, gender)
    return Speaker(role=role) if role else None


# "По словам одного из эвакуированных, его держали …. «…», — вспоминает молодой человек".
_ACCORDING_TO_DESCRIBED = re.compile(
    r"\s*По\s+словам\s+(?P<who>(?:одного|одной)\s+из\s+[а-яё\s]+?),"
)


def _according_to_described(text: str, span: tuple[int, int], gender: str) -> str:
    """The one unnamed the sentence before opens with "По словам …", in the nominative and a
    gender that fits, else ""."""
    found = _ACCORDING_TO_DESCRIBED.match(text, span[0], span[1])
    if found is None:
        return ""
    own_gender = "f" if found.group("who").startswith("одной") else "m"
    return source_name(found.group("who")) if gender in {"", own_gender} else ""


def _first_name(people: People, name: str) -> Speaker | None:
    """A first name alone, as the one person the article named in full with it."""
    if not russian.name_gender(name):
        return None  # not a first name the dictionary knows: a surname, for the register
    same = people.named_in_full(name)
    return Speaker(same.pop()) if len(same) == 1 else None
