"""Russian speakers named by what a quotation stands in: a quoted headline's speaker after its
colon, a document's author or owner ("— говорится в обращении", "доклад …, в котором
говорилось, что …"). Read with the words and roles of the who-is-who (russian_roles.py)."""

from __future__ import annotations

import re

from refuge.media.extract import russian
from refuge.media.extract.offsets import REACH
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.russian_people import People, _sentence_begin
from refuge.media.extract.russian_roles import WORD, read_role, read_word
from refuge.media.extract.speakers import Speaker

# "«…»: Игорь Кочетков о ситуации в Чечне"; "«…», — Кадыров" as a line of its own.
_HEADLINE_OF = re.compile(
    r"\s*(?::|,?\s*[—–]|(?P<how>\.\s*Как))\s*(?P<who>[^.:;!?\n]{2,60}?)"
    r"(?:\s+(?:о|об|про)\s|[ \t]*$)",
    re.M,
)
# "«…». «Новая газета» — о том, как …": the quotation's speaker, then what it is about.
_HEADLINE_ABOUT = re.compile(r"\.\s*(?P<who>[^.:;!?\n]{2,60}?)\s+[—–]\s+(?:о|об|про)\s")


def headline_subject(who_is_who: People, text: str, start: int) -> Speaker | None:
    """The person the body gives the role a headline opens with, for its quotation:
    "Чеченский министр сравнил геев с «троглодитами и марсианами»" is the "Министр Чечни по
    национальной политике Джамбулат Умаров" the body names; None unless one person fits."""
    words = WORD.findall(text[:start])
    role = read_role(words[:2])
    if role is None:
        return None
    holders = [p for p in who_is_who.people if any(r.head == role.head for r in p.roles)]
    if len(holders) != 1:
        return None
    holder = holders[0]
    return Speaker(holder.name, next(r.text for r in holder.roles if r.head == role.head))


def headline_speaker(text: str, end: int, people: list[russian.Entity]) -> Speaker | None:
    """The speaker a quoted headline names after a colon or a dash: "«…»: главред «Новой» о
    последствиях расследования" (a role), "«…»: Игорь Кочетков о ситуации в Чечне", "«…», —
    Кадыров" (a name), "«…». «Новая газета» — о том, как …" (an outlet); or the person a
    sentence after it tells how of ("«…». Как Давид Истеев и ЛГБТ-сеть эвакуируют геев из
    Чечни")."""
    match = _HEADLINE_OF.match(text, end + 1) or _HEADLINE_ABOUT.match(text, end + 1)
    if match is None:
        return None
    # "«…»: главред «Кавказского узла» объяснил смысл слов Пескова": the subject, before its
    # verb, not the one whose words the verb is about.
    tokens = re.finditer(r"[а-яё]+", match.group("who"))
    verb = next((w for w in tokens if russian.part_of_speech(w.group(0)) == "VERB"), None)
    who = match.group("who")[: verb.start() if verb else None].strip()
    stop = match.start("who") + len(who)
    named = [p for p in people if match.start("who") <= p.start < stop and p.kind == "PER"]
    if named:
        ahead = WORD.findall(text[match.start("who") : named[0].start])
        found = read_role(ahead) if ahead else None
        name = named[0].normal or named[0].text
        # A headline's surname alone ("«…», — Кадыров"): the article names him in full below.
        fuller = {
            p.normal
            for p in people
            if p.kind == "PER" and p.normal.endswith(" " + name) and " " not in name
        }
        return Speaker(fuller.pop() if len(fuller) == 1 else name, found.text if found else "")
    if match.re is _HEADLINE_OF and match.group("how"):
        return None  # "«…». Как силовики …": only a person named says whose words they are
    words = WORD.findall(who)
    role = read_role(words)
    if role is not None and role.text.split()[0] == words[0]:
        return Speaker(role=role.text)
    outlet = org_in(who, outlets=True)
    if outlet and len(words) <= 3:
        return Speaker(role=outlet, affiliation=outlet)  # "«…». «Новая газета» — о …"
    return None


def document_author(sentence: str, stem: str) -> Speaker | None:
    """Who the sentence introducing a document says made it, where it names nobody: "бойцы
    полка записали видеообращение …" (the animate subject in the nominative before the verb
    whose object the document is), for "«…», — говорится в обращении"."""
    words = WORD.findall(sentence)
    document = next((i for i, w in enumerate(words) if stem in w.lower()), None)
    if document is None:
        return None
    if document == 1 and words[0].lower() in {"в", "во"} and len(words) > 3:
        # "В письме министры сообщают, что …": the subject right after the document speaks, by
        # a verb of saying (not "В письме следователи обвиняются в пытках").
        saying = read_word(words[3]).lemma in _SAYING
        return Speaker(role=words[2].lower()) if _a_doer(words[2]) and saying else None
    # "направили главе МИД РФ Сергею Лаврову письмо": the verb, past whom it went to.
    verb = next(
        (
            i
            for i in range(document - 1, max(-1, document - 7), -1)
            if read_word(words[i]).pos == "VERB"
        ),
        None,
    )
    if verb is None or read_word(words[verb]).lemma in _RECEIVING:
        return None  # "Депутаты … получили письмо от родственников": not theirs
    opening = sentence[: sentence.find(words[verb])]
    before = WORD.findall(re.split(r",", opening)[-1])
    doer = next((i for i, word in enumerate(before) if _a_doer(word)), None)
    if doer is not None:
        return Speaker(role=" ".join(before[doer:]))
    # "Министры иностранных дел Великобритании, Франции … и Швеции направили …": a list of
    # names broke the subject up; it opens the sentence.
    first = WORD.search(opening)
    if first is not None and _a_doer(first.group(0)):
        return Speaker(role=opening[first.start() :].strip())
    return None


_SAYING = frozenset(
    {"сообщать", "писать", "заявлять", "говорить", "просить", "призывать", "отмечать"}
    | {"указывать", "требовать", "утверждать", "подчёркивать", "подчеркивать", "выражать"}
)
_RECEIVING = frozenset({"получить", "получать", "прочитать", "читать", "изучить", "увидеть"})


def _a_doer(word: str) -> bool:
    read = read_word(word)
    return read.pos == "NOUN" and read.case == "nomn" and read.animate


_SAID_IN_WHICH = re.compile(
    r"(?P<document>[^,]*?(?:доклад|отч[её]т|заявлени|сообщени|пресс-релиз|письм|обращени|"
    r"публикаци|стать)[^,]*),\s*(?:в|во)\s+котор\w+\s+(?:говорится|говорилось|сказано|"
    r"утверждается|утверждалось|отмечается|отмечалось)\b[^«»]*[«\"“]?$"
)


def said_in_document(text: str, start: int) -> Speaker | None:
    """Words quoted in a clause about a document — "доклад … Human Rights Watch, в котором
    говорилось, что он «играл ключевую роль»" — are the document owner's, not the subject's."""
    # Bounded: the pattern is tried at every offset, and pasted text may be one long sentence.
    sentence = text[max(_sentence_begin(text, start), start - REACH) : start]
    match = _SAID_IN_WHICH.search(sentence)
    if match is None:
        return None
    owner = org_in(match.group("document")) or org_in(match.group("document"), outlets=True)
    return Speaker(role=owner, affiliation=owner) if owner else None


def headline_named(text: str, start: int, people: list[russian.Entity]) -> Speaker | None:
    """The person a headline opens with before a colon, for a quotation in it: "Песков: в
    Кремле «приняли к сведению» данные о …" is Песков's, not the Kremlin's."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start != 0:
        return None  # the headline is the first line
    opening = re.match(r"\s*(?P<who>[^:\n«»\"“”]{2,40}):\s", text[:start])
    if opening is None:
        return None
    who = opening.group("who").split()
    if not 0 < len(who) < 4 or not all(w[:1].isupper() for w in who):
        return None
    # The body names him in full ("Дмитрий Песков"), which natasha finds where the headline's
    # surname alone it may not.
    named = [p.normal or p.text for p in people if p.kind == "PER"]
    fuller = {n for n in named if n.split()[-1] == who[-1]}
    return Speaker(fuller.pop()) if len(fuller) == 1 else None
