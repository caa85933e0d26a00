"""Who a Russian article names, for ``Memory``: natasha's people and the subjects it missed.

natasha finds the names and their cases; what a name's sentence says of it (a role before it,
"— пресс-секретарь" after it, a speech verb after a surname natasha's tagger missed) decides
whether it is a subject, whom a later "он" or "она" may mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from refuge.media import lexicon
from refuge.media.extract.offsets import stretch
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import gender_of, is_person_name
from refuge.media.extract.russian import morphology, names_people, normal_name
from refuge.media.extract.russian_wording import REPORTED_RU
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import same_surname

if TYPE_CHECKING:
    from refuge.media.extract.memory import Memory

# A person in apposition, by age or by what they are: ", 25-летний житель Грозного".
_APPOSED_PERSON_RU = re.compile(
    r",\s+(?:\d+-летн(?:ий|яя)|(?:[а-яё-]+\s+)?(?:житель|жительница|мужчина|женщина|парень|"
    r"девушка|студент|студентка))(?:\s+[А-ЯЁа-яё-]+){0,3}?(?=,)"
)
# Capitalised words that open Russian sentences and are not names.
_OPENERS_RU = {
    "сам", "сама", "сами", "также", "ранее", "позже", "тогда", "однако", "вчера", "сегодня",
    "теперь", "он", "она", "они", "там", "здесь", "как", "так", "это", "об", "при", "затем",
}  # fmt: skip


def scan(memory: Memory, text: str, offset: int) -> bool:
    """Remember the people named in ``text`` of a Russian article; False for another language."""
    # Where in the text each subject named here is, and its place in the memory's list.
    placed: list[tuple[int, int]] = []
    for position, name in memory.known[stretch(memory.known, offset, offset + len(text))]:
        at = position - offset
        count = len(memory.subjects)
        preceding = text[max(0, at - 80) : at]
        # "Пресс-секретарь главы Чечни Альви Каримов": the role runs from its role word
        # to the name, within the clause.
        clause = re.split(r"[,.;:—–«»\"()]", preceding)
        # "Уполномоченный по правам человека в России Татьяна Москалькова": six words.
        words = clause[-1].split()[-6:]
        first = next(
            (i for i, w in enumerate(words) if re.fullmatch(lexicon.ROLE_WORDS, w.lower())),
            None,
        )
        role = " ".join(words[first:]) if first is not None else ""
        # "Альви Каримов — пресс-секретарь Кадырова": the role after a dash.
        apposed = re.match(
            rf"[^\n,.;:]{{0,40}}?\s+[—–]\s+(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{lexicon.ROLE_WORDS})"
            r"(?:\s+[А-ЯЁ][\w-]+){0,2})",
            text[at:],
        )
        if not role and apposed:
            role = apposed.group("role")
        subject = memory.nominative is None or position in memory.nominative
        # "артистка сказала, что Джохар Дудаев «был …»": whom reported words are about.
        subject = subject and not REPORTED_RU.search(preceding)
        if not subject:
            role = ""  # "пресс-секретарь Кадырова": the role is not Kadyrov's
        known = next((p for p in memory.people if p.name == name), None)
        if known is not None and subject:
            memory.subjects.append(known)  # named again as a subject: the latest one
        elif known is None:
            memory.remember(Speaker(name, role, org_in(role)), subject=subject)
        if len(memory.subjects) > count:
            placed.append((at, len(memory.subjects) - 1))
    if memory.known or re.search(r"[а-яё]", text[:400]):
        # "Лапунов рассказал, что …": a surname opening a sentence before a speech verb is a
        # subject even where natasha's tagger missed it.
        for match in re.finditer(
            rf"(?:^|[.!?]\s+|\n)(?P<name>[А-ЯЁ][а-яё-]{{2,}}(?:[^\S\n]+[А-ЯЁ][а-яё-]{{2,}})?)\s+"
            rf"(?:{lexicon.SPEECH_VERBS_RU})\b",
            text,
        ):
            words = match.group("name").split()
            while words and words[0].lower() in _OPENERS_RU:
                words.pop(0)  # "Сам Кадыров заявил"
            name = normal_name(" ".join(words))
            if not words or not is_person_name(name) or words[0].lower() in memory.vocabulary:
                continue
            known = next(
                (p for p in memory.people if p.name and same_surname(p.name.split()[-1], name)),
                None,
            )
            entry = known or Speaker(name)
            # In the order of the text: "Ранее Гезмахмаев рассказал …. О задержании сообщил
            # Олег Орлов. «…», — сказал он." is Орлов, whom natasha found first.
            later = next((i for at, i in placed if at > match.start("name")), None)
            if later is None:
                memory.subjects.append(entry)
            else:
                memory.subjects.insert(later, entry)
                placed = [(at, i + 1 if i >= later else i) for at, i in placed]
            if known is None:
                memory.people.append(entry)
        # "к ней обратился один из героев публикации. Он сообщил …": one of a group of
        # people, unnamed, whom a later "он"/"она" may mean.
        for match in re.finditer(
            r"(?<![\w-])(?P<role>(?:[Оо]дин|[Оо]дна)\s+из\s+(?P<group>[а-яё-]+)"
            r"(?:\s+[а-яё-]+)?)(?!\s*,\s*[А-ЯЁ][а-яё]+\s+[А-ЯЁ])",  # not "…, Никита Сафронов,"
            text,
        ):
            # Not one a reported clause is about ("Кадыров заявил, что один из тех, кого
            # назвали убитым, жив"): the subject is still the one reporting.
            reported = re.search(r"\bчто\s+$", text[: match.start()])
            role = match.group("role").lower()
            if morphology().parse(role.split()[-1])[0].tag.POS in {"VERB", "PRTS"}:
                role = role.rsplit(" ", 1)[0]  # "один из задержанных рассказал"
            # "Один из них, 25-летний житель Грозного,": "них" with what he is after it.
            apposed = _APPOSED_PERSON_RU.match(text, match.end())
            if match.group("group") == "них" and apposed and not reported:
                memory.remember(Speaker(role=role + apposed.group(0)))
            elif names_people(match.group("group")) and not reported:
                memory.remember(Speaker(role=role))
        return True
    return False


# A bare common noun for the one a Russian article is about: "Ахмед (имя изменено) бежал …
# «…», — вспоминает собеседник (признается мужчина)": the person named so, if the noun's
# gender is theirs.
_BARE_PEOPLE = {
    "собеседник": "m",
    "собеседница": "f",
    "мужчина": "m",
    "женщина": "f",
    "девушка": "f",
    "парень": "m",
    "молодой человек": "m",
    "герой": "m",
    "героиня": "f",
}


def described(core: str, salient: list[Speaker], gender: Callable[[str], str]) -> Speaker | None:
    """Return whom a bare "собеседник" ("мужчина", "героиня", …) means, else None."""
    wanted = _BARE_PEOPLE.get(core.lower())
    latest = next((p for p in salient if p.name), None)
    # Only the latest named, and by a first name alone, as a story names the one it keeps
    # anonymous: not an official named in full ("Глава Чечни Рамзан Кадыров отрицает …. «…»,
    # — рассказывает собеседник"), nor a surname ("Бакаев").
    if latest is None or " " in latest.name or gender_of(latest.name):
        return None
    return latest if wanted and gender(latest.name) == wanted else None


# "— сказал собеседник агентства": the one the article says spoke to the agency.
_TOLD_AGENCY = re.compile(
    r"(?:сообщил|сообщила|сказал|сказала|рассказал|рассказала|заявил|заявила|пояснил|пояснила)"
    r"\s+(?:агентству|изданию|газете|телеканалу|радиостанции)"
)


def told_the_outlet(before: str, people: list[Speaker]) -> Speaker | None:
    """Return the person the last sentence reporting speech to an outlet names.

    "Пресс-секретарь «Комитета» Иван Жильцов сообщил агентству, что …\n«…», — сказал
    собеседник агентства": the interlocutor is Zhiltsov, not an anonymous source.
    """
    told = [m for m in map(_TOLD_AGENCY.search, re.split(r"(?<=[.!?])\s+|\n", before)) if m]
    if not told:
        return None
    subject = told[-1].string[: told[-1].start()]  # who spoke comes before the verb
    for person in reversed(people):
        surname = person.name.split()[-1] if person.name else ""
        if surname and surname[:-1] in subject:
            return person
    return None
