"""A role's holder and its owner: "Пресс-секретарь Кадырова Альви Каримов ответил …".

The name in the genitive inside a role ("Кадырова") is what the role is of; the holder named
after it (or before it: "Альви Каримов, пресс-секретарь Кадырова,") is the sentence's subject,
and a later "он"/"она" continues the holder, never the owner: a spokesman's words are not the
leader's. The holder's gender is the verb's it agrees with ("Альви Каримов ответил"), where the
dictionary misreads a first name it knows ("Альви" as a woman's). Where the subject is a role or
kin named for no one ("Мать Зелимхана Бакаева обратилась в полицию. «…», — сказала она"), the
pronoun is that role, never the name it is of, nor one the sentence gives in another case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from refuge.media.extract import russian
from refuge.media.extract.russian_case import KIN, name_may_be_genitive

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People, Person

_ROLE_WORD = re.compile(r"[\w-]+")
_WORD = re.compile(r"[А-ЯЁа-яё][а-яё-]*")
_NAME_AT = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}")
# A clause of the sentence's own rank: "…, и/а/но Исаев поддержал его", not "…, что Исаев".
_EQUAL_RANK = re.compile(r"(?:,\s*|\s)(?:и|а|но|однако)\s+$")
_CLAUSE_END = re.compile(r"[.!?…;:,\n«»—–]")
# How far a role and its holder's name stand apart at most, in characters.
_REACH = 200


def in_a_role(people: People, at: int, text: str) -> bool:
    """Whether the name at ``at`` is part of the role the article gave someone else, before
    or after their name: "пресс-секретарь Кадырова Альви Каримов", "Альви Каримов,
    пресс-секретарь Кадырова," (Kadyrov is what the role is of, not a person in view)."""
    for person in people.people:
        for role in person.roles:
            if role.at == at or abs(role.at - at) > _REACH:
                continue
            words = _ROLE_WORD.findall(role.text)
            if not words:
                continue
            pattern = r"\W*".join(re.escape(w) for w in words)
            before = re.search(rf"(?:{pattern})\W*$", text[max(0, role.at - _REACH) : role.at])
            if before and role.at - len(before.group(0)) <= at < role.at:
                return True
            after = re.search(pattern, text[role.at : role.at + _REACH])
            if after and role.at + after.start() <= at < role.at + after.end():
                return True
    return False


@lru_cache(maxsize=1 << 12)
def _agreeing(text: str, at: int) -> str:
    """The gender ("m", "f") of the past-tense verb right after the subject named at ``at``,
    within its clause ("Альви Каримов ответил"), else ""."""
    name = _NAME_AT.match(text, at)
    if name is None:
        return ""
    stop = _CLAUSE_END.search(text, name.end())
    for word in _WORD.findall(text, name.end(), stop.start() if stop else len(text))[:3]:
        parse = russian.morphology().parse(word.lower())[0]
        if parse.tag.POS == "VERB":
            return _gender_of(parse.tag)
    return _verb_before(text, at)


def _gender_of(tag: object) -> str:
    return {"masc": "m", "femn": "f"}.get(str(getattr(tag, "gender", "")), "")


def _verb_before(text: str, at: int) -> str:
    """The gender of the verb opening the clause of a subject named after it ("…, заявил
    пресс-секретарь главы республики Альви Каримов"), the Russian order after a quotation or
    a reported clause; "" where a kinship noun stands between ("сообщила мать Альви
    Каримова": the verb agrees with the mother)."""
    opening = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(0, at - _REACH), at)),
        default=max(0, at - _REACH),
    )
    words = _WORD.findall(text, opening, at)
    if not words:
        return ""
    parse = russian.morphology().parse(words[0].lower())[0]
    if parse.tag.POS != "VERB" or any(russian.lemma(w) in KIN for w in words[1:]):
        return ""
    return _gender_of(parse.tag)


def subject_gender(person: Person, text: str, before: int, spelled: str) -> str:
    """A person's gender as the verbs they were the subject of before ``before`` agree, where
    all that do agree alike; else ``spelled``, the gender the name's spelling gave."""
    agreed = {_agreeing(text, at) for at in person.subject_at if at < before} - {""}
    return agreed.pop() if len(agreed) == 1 else spelled


def latest_subject_at(people: People, before: int, gender: str) -> tuple[int, Person] | None:
    """Where and who the latest subject of ``gender`` before ``before`` is, the gender read
    from the verbs a person agrees with before their name's spelling."""
    best: tuple[int, Person] | None = None
    for person in people.people:
        spelled = russian.name_gender(person.name)
        if gender and subject_gender(person, people.text, before, spelled) not in {"", gender}:
            continue
        at = max((a for a in person.subject_at if a < before), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, person)
    return best


def unnamed_subject(people: People, text: str, span: tuple[int, int], gender: str) -> bool:
    """Whether the sentence ``span`` opens with a subject the register named no one for, one
    person of ``gender`` ("m", "f"), before a singular verb that agrees: a noun of a person
    in the nominative with a name in the genitive after it ("Мать Зелимхана Бакаева
    обратилась"), or a surname natasha did not tag ("Кадыров ответил журналисту Дэвиду
    Скотту"). Then "он"/"она" is that subject, not the name the sentence gives in another
    case. Not a bare noun ("Журналист позвонил Руслану Алханову": the one called may
    answer), nor a body ("Полиция задержала Халимат Тарамову")."""
    named = [
        range(at, at + len(match.group(0)))
        for person in people.people
        for at in person.mentions
        if span[0] <= at < span[1] and (match := _NAME_AT.match(text, at))
    ]
    opened = False
    owner: range | None = None
    for word in _WORD.finditer(text, span[0], span[1]):
        parses = russian.morphology().parse(word.group(0).lower())
        if parses[0].tag.POS == "VERB":
            verb = parses[0].tag
            agrees = verb.gender in {None, {"m": "masc", "f": "femn"}[gender]}
            return opened and verb.number == "sing" and agrees
        # The name that opens at the word, before a longer one over it ("Кадырова Медни").
        starting = (m for m in named if m.start == word.start())
        mention = next(starting, None) or next((m for m in named if word.start() in m), None)
        if mention is not None:
            if (
                opened
                and owner is not None
                and mention != owner
                and not text[owner.stop : mention.start].strip()
            ):
                # "Мать Абубакара Янгулбаева Зарема Мусаева находится …": the name right
                # after the owner is the holder, named: the subject is she.
                return False
            if opened and owner is None:
                owner = mention
            continue
        person_noun = [
            p
            for p in parses[:2]
            if p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.case == "nomn"
        ]
        surname = word.group(0)[:1].isupper() and any("Surn" in p.tag for p in person_noun)
        owned = _owner_follows(named, text, word) or _body_follows(text, word)
        opened = opened or surname or (bool(person_noun) and owned)
    return False


def subject_named_again(people: People, text: str, span: tuple[int, int], gender: str) -> bool:
    """Whether someone of ``gender`` the sentence ``span`` names is named in it again as the
    subject of a verb of that gender in a clause of equal rank ("Адвокат Магомеда Исаева
    обратился в суд, и Исаев поддержал его"): then which of the two a later "он" is goes
    unsaid. Not in a clause the first verb governs ("сообщил, что Исаев подал апелляцию",
    "после того, как …"), which leaves its subject the speaker, nor one of the other gender
    ("Мать Зелимхана Бакаева обратилась к Кадырову, но Кадыров отказал ей. … — сказала она")."""
    for person in people.people:
        if russian.name_gender(person.name) not in {"", gender}:
            continue
        inside = [at for at in person.mentions if span[0] <= at < span[1]]
        if len(inside) > 1 and any(
            _agreeing(text, at) == gender and _EQUAL_RANK.search(text, max(0, at - 12), at)
            for at in inside[1:]
        ):
            return True
    return False


def _owner_follows(named: list[range], text: str, word: re.Match[str]) -> bool:
    """Whether a name the register holds comes right after ``word`` ("Мать Зелимхана"), or
    after up to three words of its owner's role in the genitive, the name one too
    ("Пресс-секретарь главы Чечни Рамзана Кадырова": the secretary, not Kadyrov)."""
    start = word.end()
    for skipped in range(4):
        after = re.match(r"\s+", text[start:])
        start += after.end() if after else 0
        mention = next((m for m in named if start in m), None)
        if mention is not None:
            return not skipped or name_may_be_genitive(text[mention.start : mention.stop])
        between = _WORD.match(text, start)
        if between is None or not any(
            p.tag.case == "gent" for p in russian.morphology().parse(between.group(0).lower())
        ):
            return False
        start = between.end()
    return False


# Bodies a role is held in, named by a common noun ("Сотрудник полиции Грозного"), besides
# those pymorphy2 tags as organisations ("Представитель МВД Чечни").
_BODY_LEMMAS = frozenset(
    "полиция кремль администрация правительство министерство прокуратура ведомство".split()  # noqa: SIM905
)


def _body_follows(text: str, word: re.Match[str]) -> bool:
    """Whether a body in the genitive comes right after ``word``: a role held in a body is
    someone definite, as a role held for a named person is ("Представитель МВД Чечни
    отверг …"), unlike a bare noun ("Журналист позвонил Руслану Алханову")."""
    after = re.match(r"\s+([А-ЯЁа-яё][\w-]*)", text[word.end() : word.end() + 40])
    if after is None:
        return False
    tag = russian.morphology().parse(after.group(1).lower())[0].tag
    lemma = russian.lemma(after.group(1))
    return tag.case == "gent" and ("Orgn" in tag or lemma in _BODY_LEMMAS)


def owned_by_kin(person: Person, text: str, at: int) -> bool:
    """Whether the name at ``at``, not a subject there, follows a kinship noun, whose genitive
    owner it then is in any word order ("В полицию обратилась мать Зелимхана Бакаева"): a
    kinship noun before an oblique name is never its apposition (russian_roles)."""
    if at in person.subject_at:
        return False
    before = re.search(r"([А-ЯЁа-яё]+)\s+$", text[max(0, at - 40) : at])
    if before is None or russian.lemma(before.group(1)) not in KIN:
        return False
    # "увезли дочь Халимат Тарамову": a name that cannot be a genitive is the kin noun's
    # apposition, the woman herself, not its owner (that would be "Тарамовой"); where the
    # surname does not decline, its first name says ("дочь Оксану Шевченко").
    name = _NAME_AT.match(text, at)
    return name is None or name_may_be_genitive(name.group(0))


def kin_may_speak(text: str, at: int, gender: str, quote: int, owner: str) -> bool:
    """Whether the kinship noun before the owner named at ``at`` may be the one a later "он" /
    "она" (``gender``) is: one person of that gender ("сына Халимат Тарамовой … — сказала она"
    is the mother's words, not the son's; "сыновей" is not "он"), not the one the quotation at
    ``quote`` opens by speaking of ("«Брата били», — написал он": the owner speaks). Always
    where the ``owner``'s own surname is of the other gender ("Женщина обратилась … после
    задержания сына Зелимхана Бакаева. … — сказала она" is not Бакаев's)."""
    other = {"m": r"(?:ова|ева|ина|ская|цкая)$", "f": r"(?:ов|ев|ин|ский|цкий)$"}[gender]
    if re.search(other, owner):
        return True
    kin = re.search(r"([А-ЯЁа-яё]+)\s+$", text[max(0, at - 40) : at])
    if kin is None:
        return False
    tag = russian.morphology().parse(kin.group(1).lower())[0].tag
    if tag.number != "sing" or tag.gender != {"m": "masc", "f": "femn"}[gender]:
        return False
    opening = _WORD.search(text, quote, quote + 40)
    first = opening.group(0).lower() if opening else ""
    about = {"m": {"его"}, "f": {"ее", "её"}}[gender]
    return first not in about and russian.lemma(first) != russian.lemma(kin.group(1))
