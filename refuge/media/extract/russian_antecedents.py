"""Russian speakers that earlier sentences name for a word of the attribution: two people named
together ("— заявили они", "оба", "супруги"), the owner of a statement "говорится в сообщении"
names no one for, and an anonymous source "он" goes back to.

Each is read from the register of who is who (russian_people.py) and pymorphy2, with no parse:

- "Игорь Каляпин и Олег Орлов приехали в Грозный. «…», — заявили они": the speakers are the
  two names joined by "и" as the subject of a plural verb, if they are the article's latest
  subject. "они", "оба" / "обе", a plural noun in the nominative ("супруги", "родители",
  "правозащитники") refer to them; with no such pair in view they stay as they were;
- "Кадыров ответил Емельяненко …\\n\\n«…», — говорится в сообщении": a statement whose owner
  the sentence leaves out is the latest subject's, unless a body was named after them
  ("Пресс-служба МВД опубликовала сообщение" keeps the body);
- "…, — сообщил информированный источник в силовых структурах. По его словам, «…»": "он" with
  no person for it goes back to the anonymous source (or interlocutor) named just before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.russian_speech_words import is_speech_verb
from refuge.media.extract.russian_wording import titled_body
from refuge.media.extract.spans import quotation_at, quote_spans
from refuge.media.extract.speakers import Speaker

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People, Person

_JOINED = re.compile(r"([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})\s*,?\s+и\s+$")
_WORD = re.compile(r"[А-ЯЁ]{2,}(?![а-яё])|[А-ЯЁа-яё][а-яё-]*")  # "МВД" is one word
# Words that say two or more people spoke as one: the pronoun and "both".
_TOGETHER = frozenset({"они", "оба", "обе", "обоих"})
# Nouns that describe two people just named ("супруги"); not any plural ("заявили полицейские"
# after "Каляпин и Орлов приехали" is the police, someone new).
_PAIR_NOUNS = frozenset({"супруги", "родители", "братья", "сестры", "сёстры", "правозащитники"})
# A statement its owner issues in their own name; a report or a press release is a body's.
_STATEMENT = re.compile(
    r"^\s*в\s+(?:своем\s+|своём\s+)?(?P<noun>сообщении|заявлении|публикации|комментарии|нем|нём|ней)"
    r"\s*$"
)
# What "в нём" / "в ней" may stand for: "Кадыров выступил с заявлением. «…», — говорится в нём".
_DOCUMENTS_BY_PRONOUN = {
    "нем": ("заявлен", "сообщен", "обращен", "письм", "видео", "интервью", "коммента", "пост"),
    "ней": ("публика", "стать", "записк"),
}
_NAMELESS = re.compile(  # not the verb after it: "Источник сообщил: «…»"
    r"(?:источник|собеседни(?:к|ца))"
    r"(?:\s+(?:«[^»]{1,40}»|(?![а-яё]+(?:л|ла|ло|ли)\b)[^\s.,;:!?«»\"—–]+)){0,6}",
    re.I,
)
_REACH = 600  # how far back, in characters, a pair or a source is still in view


def _is_name(word: str) -> bool:
    """Whether a capitalised word is a name (pymorphy2's Name or Surn tag) or one the dictionary
    does not know; "Братья" opening "Братья Ибрагим и Абубакар" is not."""
    morphology = russian.morphology()
    if not morphology.word_is_known(word.lower()):
        return True
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in morphology.parse(word)[:3])


def _plural_verb_after(text: str, end: int) -> bool:
    """Whether the first verb after a subject ending at ``end`` is plural ("обратились")."""
    for word in _WORD.findall(re.split(r"[.!?\n]", text[end : end + 120])[0])[:6]:
        tag = russian.morphology().parse(word.lower())[0].tag
        if tag.POS in {"VERB", "PRTS"}:
            return tag.number == "plur"
    return False


def _together(speaker: Speaker) -> bool:
    """Whether the attribution names several people speaking as one."""
    words = (speaker.name or speaker.role).lower().split()
    if not words or speaker.affiliation:
        return False
    if words[0] in _TOGETHER:
        return True
    return len(words) == 1 and words[0] in _PAIR_NOUNS


def named_together(people: People, speaker: Speaker, before: int, text: str) -> Speaker | None:
    """The two people named together as the latest subject before ``before``, for "они",
    "оба", "супруги", "правозащитники"; None where no such pair is in view."""
    if not _together(speaker):
        return None
    at = _latest_subject_in_reach(people, before, text)
    if at is None:
        return None
    joined = _JOINED.search(text, max(0, at - 60), at)
    if joined is None:
        return None
    words = joined.group(1).split()
    while words and not _is_name(words[0]):
        words.pop(0)  # "Братья Ибрагим и Абубакар Янгулбаевы": the names, not the relation
    second = re.match(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}", text[at:])
    if not words or second is None or not _plural_verb_after(text, at + second.end()):
        return None
    return Speaker(" ".join(words) + " и " + second.group(0))


def group_spoken_last(salient: list[Speaker], org: str) -> Speaker | None:
    """The group named by a plural noun that spoke last ("— заявили эксперты ООН"), for a later
    "— добавили они"; None where someone else spoke since or a body other than the group's was
    named since (``org``: the body "они" would otherwise mean)."""
    latest = salient[0] if salient else None
    if latest is None or (org and latest.affiliation != org):
        return None
    head = latest.label.split()[:1]
    parses = russian.morphology().parse(head[0].lower())[:1] if head else []
    plural = any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= set(p.tag.grammemes) for p in parses)
    return latest if plural else None


# A sentence opened by people named by a plural noun, as the subject of a plural past verb:
# "Эксперты ООН потребовали от России …", "Правозащитники из «Мемориала» заявили …"; after a
# dateline's dash too ("ЖЕНЕВА (13 апреля 2017 г.) – Эксперты …"). Never across a line break,
# which would take the headline in.
_GROUP_OPENING = re.compile(
    r"(?:^|(?<=[.!?…])\s+|\n|(?<=[–—]\s))(?P<group>(?P<noun>[А-ЯЁ][а-яё-]+)"
    r"(?:[^\S\n]+(?![а-яё]+ли\b)[\w«»-]+){0,8}?)[^\S\n]+(?P<verb>[а-яё]+ли)\b"
)


# "…, — сказали эксперты.": the group after the speech verb closing a sentence.
_GROUP_CLOSING = re.compile(
    r"[,–—-][^\S\n]+(?P<verb>[а-яё]+ли)[^\S\n]+(?P<group>(?P<noun>[а-яё]+)"
    r"(?:[^\S\n]+[\w«»-]+){0,4}?)[^\S\n]*[.!?…]"
)


def _speaking_group(match: re.Match[str]) -> bool:
    """Whether a match names people by a plural noun as the subject of a speech verb."""
    noun = russian.morphology().parse(match.group("noun").lower())[:1]
    return bool(
        noun
        and noun[0].tag.POS == "NOUN"
        and {"plur", "nomn", "anim"} <= set(noun[0].tag.grammemes)
        and is_speech_verb(match.group("verb"))
    )


def group_opening_sentence(before: str) -> Speaker | None:
    """The group a sentence shortly before put as the subject of a speech or demand verb
    ("Эксперты ООН потребовали …. «…», — добавили они"), where no later sentence named a
    body; else None. Not "Силовики задержали …": they did not speak. A group closing a
    sentence ("…, — сказали эксперты.") is the one an earlier sentence named in full."""
    reach = max(0, len(before) - _REACH)
    found = None
    for pattern in (_GROUP_OPENING, _GROUP_CLOSING):
        for match in pattern.finditer(before, reach):
            if _speaking_group(match) and (found is None or match.start() > found.start()):
                found = match
    if found is None:
        return None
    group = found.group("group")
    if found.re is _GROUP_CLOSING:
        # "Эксперты ООН в области прав человека заявили …. …, — сказали эксперты.": the full
        # name the article gave the group.
        full = [
            m.group("group")
            for m in _GROUP_OPENING.finditer(before)
            if m.group("noun").lower() == found.group("noun") and _speaking_group(m)
        ]
        group = full[-1] if full else group
    # A body the group's own sentence names ("потребовали от МВД") is whom they addressed; a
    # closing match ends with its sentence.
    later = before[found.end() :]
    if found.re is _GROUP_OPENING:
        later = " ".join(re.split(r"[.!?…]\s", later, maxsplit=1)[1:])
    if org_in(later):
        return None
    label = group[:1].lower() + group[1:]
    return Speaker(role=label, affiliation=org_in(group))


def _latest_subject_in_reach(people: People, before: int, text: str) -> int | None:
    """Where the article's latest subject before ``before`` is named, if it is within reach
    and no body was named since ("«Мемориал» выпустил доклад" is who "они" and "в сообщении"
    then mean)."""
    latest = people._latest_subject_at(before)
    if latest is None or before - latest[0] > _REACH or _body_since(text, latest[0], before):
        return None
    return latest[0]


def _body_since(text: str, at: int, before: int) -> bool:
    """Whether a sentence after the one naming someone at ``at`` names a body (not by a name
    that stands for one in the gazetteer, "Кадырова"): "«Мемориал» выпустил доклад"."""
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)|\n", text[at:before])]
    if not ends:
        return False
    stretch = text[at + ends[0] : before]
    return bool(
        org_in(
            " ".join(w for w in stretch.split() if w.strip(",.«»") not in lexicon.PERSON_ALIASES)
        )
    )


def statement_owner(people: People, who: str, before: int, text: str) -> Speaker | None:
    """Whose statement "— говорится в сообщении" is where the sentence names no owner: the
    article's latest subject, if no body was named after them."""
    statement = _STATEMENT.match(who)
    if statement is None:
        return named_in_full(people, who, before, text)
    noun = statement.group("noun").replace("ё", "е")
    issuer = _issuer(people, text, before, _DOCUMENTS_BY_PRONOUN.get(noun, (noun[:6],)))
    if issuer is not None:
        return issuer
    at = _latest_subject_in_reach(people, before, text)
    if at is None:
        # "Белорусское МВД на своём сайте выразило сожаление …. «…», — говорится в сообщении.":
        # the body the sentence before has as its subject.
        latest = _issuer(people, text, before, _PUBLISHED)
        if latest is None or latest.name:
            return None
        body = re.split(r"\s(?:в|во|на|с|со|по|из|от)\s", latest.role)[0]  # "на своём сайте"
        if latest.affiliation or re.search(r"(?<!\w)[А-ЯЁA-Z]{2,}(?!\w)", body):
            return Speaker(role=latest.affiliation or body, affiliation=latest.affiliation)
        return None
    # "Кадыров ответил Емельяненко": of the names in the nominative in that sentence, the one
    # before the verb is its subject (an indeclinable name after it is the object).
    opening = max(text.rfind(end, 0, at) for end in (". ", "\n", "! ", "? "))
    first = min(
        ((a, p) for p in people.people for a in p.subject_at if opening < a <= at),
        key=lambda found: found[0],
    )
    return Speaker(first[1].name, first[1].role_before(before))


# A source or a press service a later attribution names by its noun alone: "— сказал источник"
# after "сообщил РИА «Новости» источник в МВД республики", "— сообщили в пресс-службе" after
# "сообщили … в пресс-службе МВД по Чечне".
_BARE = re.compile(
    r"^\s*(?:в\s+)?(?P<noun>источник|собеседник|собеседница|пресс-служб[а-я]*)\s*$", re.I
)
_PRESS_SERVICE = re.compile(
    r"пресс-служб[а-я]*\s+(?P<owner>(?:(?![а-яё]+(?:ли|ла|л)\b)[^\s.,;:!?«»\"—–]+\s*){1,5})"
)


def named_in_full(people: People, who: str, before: int, text: str) -> Speaker | None:
    """The source or press service an attribution names by its noun alone, as the text named
    it in full before (within reach), or None: a source the text named a person for
    ("Источник в МВД Чечни Ахмед Дудаев") is the register's to give."""
    bare = _BARE.match(who)
    if bare is None:
        return None
    noun = bare.group("noun").lower()
    stretch = max(0, before - _REACH)
    if noun.startswith("пресс-служб"):
        owners = [m.group("owner").strip() for m in _PRESS_SERVICE.finditer(text, stretch, before)]
        return Speaker(role=f"пресс-служба {owners[-1]}") if owners else None
    mentions = [at for person in people.people for at in person.mentions]
    quoted = _quoted(text)
    named = [
        m.group(0)
        for m in _NAMELESS.finditer(text, stretch, before)
        if len(m.group(0).split()) > 1
        and not any(m.start() < at < m.end() for at in mentions)
        and not any(m.start() in span for span in quoted)
    ]
    found = [n for n in named if n.split()[0].lower() == noun]
    if not found and noun == "собеседник":
        # "Так утверждает источник в правоохранительных органах. …, — утверждает собеседник":
        # the interlocutor is the source the text named.
        found = [n for n in named if n.split()[0].lower() == "источник"]
    return Speaker(role=source_phrase(found[-1])) if found else None


# Verbs of a body's making its words public, or its view known: "выразило сожаление".
_PUBLISHED = ("опубликова", "размести", "распростран", "выпусти", "вырази", "заяви", "сообщи")
# "— говорится в сообщении центра": a statement's owner named after it, in the genitive.
_SAID_IN_OWNED = re.compile(
    r"(?:говорится|сказано)\s+в\s+(?:сообщени|заявлени|публикаци|комментари)\w*\s+(?P<owner>[^,;:]+)"
)


def _issuer(people: People, text: str, before: int, stems: tuple[str, ...]) -> Speaker | None:
    """Who the latest sentence that mentions the statement says issued it: the subject before
    its first verb ("Пресс-служба МВД по Чечне опубликовала сообщение"), a name or a body."""
    begin = max(0, before - _REACH)
    # Not across quotation marks: a quotation's words are no sentence about its statement.
    sentences = list(re.finditer(r"[^.!?\n«»\"“”]+", text[begin:before]))
    mention = next(
        (
            m
            for m in reversed(sentences)
            if any(s in m.group(0).lower() for s in stems) and re.search(r"\w", m.group(0))
        ),
        None,
    )
    if mention is None:
        return None
    again = _SAID_IN_OWNED.search(mention.group(0))
    if again is not None:
        # "«…», — говорится в сообщении центра. … «…», — говорится в сообщении.": the owner
        # the first attribution named, by its name or by the noun of its kind.
        owner = again.group("owner")
        body = org_in(owner) or titled_body(owner, text[: begin + mention.start()])
        return Speaker(role=body, affiliation=body) if body else None
    words = list(_WORD.finditer(mention.group(0)))
    tags = [russian.morphology().parse(w.group(0).lower())[0].tag for w in words]
    verb = next((i for i, tag in enumerate(tags) if tag.POS == "VERB"), None)
    if not verb or verb > 6 or not words[0].group(0)[:1].isupper() or tags[0].case != "nomn":
        return None
    at = begin + mention.start() + words[0].start()
    named = [p for p in people.people if at in p.subject_at]
    if named:
        return Speaker(named[0].name, named[0].role_before(before))
    phrase = mention.group(0)[words[0].start() : words[verb].start()].strip(" ,")
    body = org_in(phrase)
    return Speaker(role=body or phrase, affiliation=body)


def nameless_source(people: People, before: int, text: str, gender: str) -> Speaker | None:
    """The anonymous source or interlocutor "он" / "она" goes back to: the last one named in
    the stretch before ``before``, outside quotations ("«… не подкрепленная никакими
    источниками …», — прокомментировал чиновник" names none), with no person named as a
    subject after it."""
    stretch_start = max(0, before - _REACH)
    quoted = _quoted(text)
    found = None
    for match in _NAMELESS.finditer(text, stretch_start, before):
        if not any(match.start() in span for span in quoted):
            found = match
    if found is None:
        return None
    head = found.group(0).split()[0].lower()
    if (gender == "f") != head.endswith("ца"):
        return None
    latest = people._latest_subject_at(before)
    if latest is not None and latest[0] > found.start():
        return None
    return Speaker(role=source_phrase(found.group(0)))


def source_phrase(words: str) -> str:
    """An anonymous source's label up to the noun that says where it is: "источник в силовых
    структурах" of "… в силовых структурах Северо-Кавказского федерального округа"."""
    kept: list[str] = []
    for word in re.findall(r"«[^»]*»|[^\s«]+", words.rstrip(" ,")):
        kept.append(word)
        if len(kept) > 1 and (word.startswith("«") or _noun(word)):
            break
    return " ".join(kept)


def source_named_in(speaker: Speaker) -> Speaker | None:
    """An anonymous source the words after a speech verb name among others: "«Интерфаксу» по
    телефону информированный источник в силовых структурах" is "источник в силовых структурах"
    (the outlet told, how, and the source's epithet are not who it is)."""
    found = None if speaker.name else _NAMELESS.search(speaker.role)
    if found is None or found.start() == 0:
        return None
    return Speaker(role=source_phrase(found.group(0)))


def _noun(word: str) -> bool:
    return russian.part_of_speech(word.lower()) == "NOUN"


def latest_speaker(people: People, before: int, gender: str) -> Person | None:
    """The person last named as a subject outside any quotation in the paragraph before
    ``before``: "…,
    добавил Черкасов. "…", – пояснил собеседник" is Cherkasov, the one the article is talking
    to, not "Адвокат Петр Заикин заявил …" inside the quotation he gave. None where an
    anonymous source is in reach: the interlocutor is that source (``named_in_full``)."""
    if named_in_full(people, "собеседник", before, people.text) is not None:
        return None
    quoted = _quoted(people.text)
    paragraph = people.text.rfind("\n", 0, before) + 1
    best: tuple[int, Person] | None = None
    for person in people.people:
        if gender and russian.name_gender(person.name) not in {"", gender}:
            continue
        outside = [
            a
            for a in person.subject_at
            if paragraph <= a < before and quotation_at(a, quoted) is None
        ]
        if outside and (best is None or max(outside) > best[0]):
            best = (max(outside), person)
    if best is None or not _said_after_words(people.text, best[0]):
        return None
    return best[1]


# ", добавил (правозащитник) " before a name: the words before it were that person's.
_AFTER_WORDS = re.compile(r"[,»\"]\s*[—–-]?\s*([а-яё]+)\s+(?:[а-яё-]+\s+){0,3}$")


def _said_after_words(text: str, at: int) -> bool:
    """Return whether the name at ``at`` follows its speech verb after the words it said.

    "Прокуратура взяла перерыв, добавил Александр Черкасов" is the man the article is
    talking to; "Рамзан Кадыров отрицает …" or "Игорь Кочетков заявил, что …" are the
    paragraph's subject, often an official the interlocutor is contrasted with.
    """
    found = _AFTER_WORDS.search(text, max(0, at - 80), at)
    return found is not None and is_speech_verb(found.group(1))


@lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[range, ...]:
    return tuple(range(start, end) for start, end, _part in quote_spans(text))
