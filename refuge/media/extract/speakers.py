"""Who said a quotation: the words naming the speaker, and who they refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from refuge.media import lexicon
from refuge.media.extract.russian import normal_name
from refuge.media.extract.spans import sentence_end, sentence_start

NAME = r"[A-ZА-ЯЁ][\w’'.\-]*"
_NAME = NAME

_SPEECH = lexicon.SPEECH_VERBS_EN + "|" + lexicon.SPEECH_VERBS_RU
# After a quotation, "reported NBC News" names the outlet, not the speaker.
_SPEECH_AFTER = "|".join(
    verb
    for verb in _SPEECH.split("|")
    if verb not in {"reported", "report", "reports", "according to"}
)
_SPEECH_AFTER += "|говорится|сказано"  # "…", — говорится в докладе (never before a quotation)
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?:{_SPEECH_AFTER})\s+(?P<who>[^.;:“”\"]+?)"
    rf"(?=\s*(?:[,.;:“\"]|$|\s+(?:in|on|at|who|to|about|during)\s))",
    re.I,
)
_AFTER_WHO_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?P<who>(?:[\w’'.\-/]+,?\s+){{0,11}}?[\w’'.\-/]+),?\s+(?P<verb>{_SPEECH_AFTER})\b",
    re.I,
)
# "According to X, “…”", "По словам X, «…»", "По мнению юриста X: «…»"
_ACCORDING_TO = re.compile(
    r"(?:^|[.;,]\s+|\s)(?:according to|по словам|по мнению|по данным)\s+"
    r"(?P<who>[^,:]+?)\s*[,:]?\s*$",
    re.I,
)
# "По информации газеты, в пабликах пишут, что «…»": the source named at the sentence's start.
_SOURCE_FIRST = re.compile(
    r"^\s*(?:according to|по информации|по данным|по словам|по мнению)\s+(?P<who>[^,]+),", re.I
)
_PRONOUN_WORDS = re.compile(r"^по\s+(?P<who>его|её|ее|их)\s+словам\W*$", re.I)
_CONJUNCTIONS = {"and", "but", "or", "that", "which", "as", "и", "а", "но"}
_INTRO = re.compile(
    r"^(?:In|On|At|After|Before|During|Since|Earlier|Later|Meanwhile|Also|Still|Last|This)\b"
    r"[^,]{0,40},\s+"
)
_SAID_FIRST = re.compile(
    r"(?:^|\.\s+)\s*Said\s+(?P<who>[^:“\"]+?)(?:\s+in a statement)?\s*[:,]\s*$"
)
_HAD_THIS_TO_SAY = re.compile(r"(?P<who>[^.]+?)\s+had this to say[^,]*,\s*$")
_WHO_SAID_FOLLOWING = re.compile(r"(?P<who>[^,.]+?),?\s+who (?:said|stated) the following:\s*$")
_SUBJECT_VERB = re.compile(rf"^(?P<who>.+?)\s+(?:{_SPEECH})\b", re.I)
_GIVEN_TO = re.compile(
    r"\b(?:told|telling|tells)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
)
_REPORTED_BY = re.compile(r"\breported\s+(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_GIVEN_TO_RU = re.compile(
    r"(?:заявил|заявила|сказал|сказала|сообщил|сообщила|рассказал|рассказала)\s+«?"
    r"(?P<outlet>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)*)»?"
)
ORG_ALIASES = sorted(
    ((alias, name) for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    affiliation: str = ""

    @property
    def label(self) -> str:
        return self.name or self.role


def alternation(aliases: list[str]) -> re.Pattern[str]:
    """Return one pattern for whole-word aliases, the longest first at any position."""
    ordered = sorted(set(aliases), key=lambda alias: -len(alias))
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w])")


_NAME_OF = dict(ORG_ALIASES)
_BODIES = alternation([a for a, name in ORG_ALIASES if name not in lexicon.OUTLETS])
_OUTLETS = alternation([a for a, name in ORG_ALIASES if name in lexicon.OUTLETS])
_BODIES_NOT_PEOPLE = alternation(
    [
        a
        for a, name in ORG_ALIASES
        if name not in lexicon.OUTLETS and a not in lexicon.PERSON_ALIASES
    ]
)


def org_in(text: str, *, outlets: bool = False) -> str:
    """Return the first organisation named in ``text`` (by position)."""
    match = (_OUTLETS if outlets else _BODIES).search(text)
    return _NAME_OF[match.group(0)] if match else ""


def last_org_before(text: str) -> str:
    last = ""
    for match in _BODIES.finditer(text):
        last = _NAME_OF[match.group(0)]
    return last


def clean_who(who: str) -> str:
    who = re.sub(r"[“”\"«»]|(?<!\w)[‘']|[’'](?!\w)", "", who).strip(" ,;:—–-")
    who = re.sub(
        r"^(?:and|but|while|as|that|so|by way of|for (?:his|her|their) part,?)\s+",
        "",
        who,
        flags=re.I,
    )
    who = re.sub(r"^(?:Now|But|However|And|Text from),?\s+", "", who)
    who = re.sub(
        r"^(?:При этом|Между тем|Кроме того|Однако|Также|Затем|В то же время|Ранее|Позднее),?\s+",
        "",
        who,
    )
    who = _INTRO.sub("", who)
    who = re.sub(r"\s+(?:in a statement|on \w+day)$", "", who)
    who = re.sub(r"\s+(?:had|has|have|would|will|also|then|later|previously|once)$", "", who)
    # "другой чеченец в CNN в безопасном доме, где …": the speaker ends where the setting begins.
    who = re.sub(r"^([а-яё][\w-]*(?:\s+[а-яё][\w-]*)?)\s+(?:в|на|во|при)\s.*$", r"\1", who)
    joined = re.match(
        r"^((?:[A-ZА-ЯЁ][\w’'.-]+\s+){0,2}[A-ZА-ЯЁ][\w’'.-]+)\s+[a-zа-яё].*\s(?:and|but|и|а)$", who
    )
    if joined:
        return joined.group(1)  # "Kadyrov denies the allegations and (said)"
    return who.strip(" ,")


def _name_at_end(words: list[str]) -> list[str]:
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if (
            re.fullmatch(_NAME, bare)
            and not re.fullmatch(lexicon.ROLE_WORDS, bare.lower())
            and bare.lower() not in {"the", "a", "an"}
        ):
            name.insert(0, bare)
        else:
            break
    return name


def parse_who(who: str) -> Speaker:
    """Turn the words naming a speaker into name, role and affiliation."""
    who = clean_who(who)
    if not who:
        return Speaker()
    affiliation = org_in(who)
    lowered = who.lower()
    first = lowered.split()[0]
    if first in lexicon.OBJECT_PRONOUNS:
        return Speaker(name=lexicon.OBJECT_PRONOUNS[first])
    if first in lexicon.PRONOUNS:
        return Speaker(name=who.split()[0])
    if lexicon.ITSELF.fullmatch(who) and not org_in(who):
        return Speaker(name="it")  # "the statement … says", "The organization demands"
    for alias, name in ORG_ALIASES:
        if alias in lexicon.PERSON_ALIASES:
            continue
        if re.fullmatch(rf"(?:the\s+)?{re.escape(alias)}(?:\s+(?:said|says))?", who, re.I):
            return Speaker(role=name, affiliation=name)
    place = re.fullmatch(
        r"в\s+(?:(?:этой|той|самой)\s+)?(?P<org>.+?)(?:\s+(?:тогда|также|ранее|вчера|сегодня))?",
        who,
        re.I,
    )
    if place:
        # "— заявили в организации", "сказали НВ в российской ЛГБТ-сети": the organisation;
        # "В руководстве республики заявили": the body, in the nominative.
        org = org_in(place.group("org"))
        if org:
            return Speaker(role=org, affiliation=org)
        words = place.group("org").split()
        if len(words) > 1 and not re.search(r"организаци|движени|ведомств|сети", words[0]):
            return Speaker(role=" ".join([normal_name(words[0].capitalize()).lower(), *words[1:]]))
        return Speaker(role="it")
    parts = [part.strip() for part in who.split(",") if part.strip()]
    if len(parts) > 1 and parts[-1].lower() in lexicon.PRONOUNS:
        # "Публикацию …, в которой …, он (назвал)": the pronoun closing the clause speaks.
        return Speaker(name=parts[-1])
    head = parts[0]
    head_words = head.split()
    head_name = _name_at_end(head_words)
    if head_name and (org_name(" ".join(head_name)) or org_in(" ".join(head_name), outlets=True)):
        # "представитель Российской ЛГБТ-сети", "the Crisis Group North Caucasus SOS"
        org = org_in(head) or org_in(head, outlets=True)
        if len(head_name) == len(head_words):
            return Speaker(role=" ".join(head_name), affiliation=org)
        return Speaker(role=head, affiliation=org)
    before_name = head_words[len(head_words) - len(head_name) - 1] if head_name else ""
    if head_name and len(head_name) < len(head_words) and before_name in {"of", "for", "to"}:
        # "a female friend of Zelimkhan Bakaev" is not Bakaev.
        return Speaker(role=who, affiliation=affiliation)
    if head_name and len(head_name) == len(head_words):
        org = org_name(head) or org_in(head, outlets=True)
        if org and len(head) <= len(org) + 4:
            return Speaker(role=org, affiliation=org)  # "Novaya Gazeta, a Russian newspaper"
        # "Ali Karimov, a spokesperson for …": a name, then the role.
        return Speaker(" ".join(head_name), ", ".join(parts[1:]), affiliation)
    if head_name and (len(head_name) >= 2 or re.search(lexicon.ROLE_WORDS, head, re.I)):
        # "State Department spokesperson Mark Toner", "activist Igor Kochetkov, who leads …"
        role = " ".join(head_words[: len(head_words) - len(head_name)])
        rest = ", ".join(parts[1:])
        return Speaker(" ".join(head_name), ", ".join(filter(None, [role, rest])), affiliation)
    if (
        len(parts) > 1
        and re.fullmatch(rf"{_NAME}(?:\s+{_NAME})+", parts[1])
        and not re.search(r"\b(?:for|of)\b[^,]*$", head)
    ):
        # "Kremlin spokesman, Dmitry Peskov": a role, then the name.
        return Speaker(parts[1], head, affiliation)
    # Nobody named: "A spokesperson for Chechnya’s leader, Ramzan Kadyrov" is a role.
    return Speaker(role=who, affiliation=affiliation)


_NOT_NAMES = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "According",
    "After",
    "Before",
    "President",
    "Minister",
    "Chechen",
    "Russian",
    "Russia’s",
    "Russia's",
    "State",
    "Department",
    "Court",
    "Committee",
    "Network",
    "News",
    "Human",
    "Rights",
    "Real",
    "Sports",
    "Crisis",
    "Group",
    "Republic",
    "Federal",
    "Supreme",
    "District",
    "European",
    "Ministry",
    "Internal",
    "Affairs",
    "Press",
    "Information",
    "National",
    "Policy",
    "Prosecutor’s",
    "Prosecutor's",
    "Office",
    "Territorial",
    "Today",
    "Then",
    "When",
    "While",
    "This",
    "That",
    "He",
    "She",
    "It",
}


def is_person_name(name: str) -> bool:
    """Return whether capitalised words look like a person's name, not a place or a body."""
    words = name.split()
    if not words or any(w in _NOT_NAMES or w.endswith(("’s", "'s")) for w in words):
        return False
    if org_name(name) or org_in(name, outlets=True):
        return False
    return not any(name == alias for aliases in lexicon.PLACES.values() for alias in aliases)


def org_name(text: str) -> str:
    """Return the organisation named in ``text``, not counting aliases that name a person."""
    match = _BODIES_NOT_PEOPLE.search(text)
    return _NAME_OF[match.group(0)] if match else ""


def _is_people_role(role: str) -> bool:
    return bool(re.search(lexicon.ROLE_WORDS, role, re.I)) and org_name(role) != role


def same_surname(a: str, b: str) -> bool:
    """Return whether two surnames are one, across Russian gender ("Москальков", "Москалькова")."""
    return a == b or (abs(len(a) - len(b)) == 1 and (a + "а" == b or b + "а" == a))


class Memory:
    """Who the article has mentioned so far, to resolve "he", "McGill", "the spokesperson".

    ``people`` is in the order of mention. A person who spoke, or who opens a sentence as its
    subject, is a *subject*: "he" and "she" refer to the latest subject before anyone else
    mentioned in passing ("his late father Akhmad Kadyrov").
    """

    def __init__(
        self, people: list[tuple[int, str]] | None = None, vocabulary: set[str] | None = None
    ) -> None:
        self.people: list[Speaker] = []
        # Words the article also writes in lower case are common words, not names ("Activists").
        self.vocabulary = vocabulary or set()
        self.subjects: list[Speaker] = []
        # For Russian articles: the people natasha found, (offset, nominative name).
        self.known: list[tuple[int, str]] = sorted(people or [])
        self.position = 0

    def remember(self, speaker: Speaker, *, subject: bool = True) -> None:
        if speaker.label and speaker.label.lower() not in lexicon.PRONOUNS:
            self.people.append(speaker)
            if subject:
                self.subjects.append(speaker)

    def scan(self, text: str, offset: int = 0) -> None:
        """Remember the people named in ``text`` (which starts at ``offset`` in the article)."""
        for position, name in self.known:
            if offset <= position < offset + len(text):
                # "Пресс-секретарь главы Чечни Альви Каримов": the role runs from its role word
                # to the name, within the clause.
                clause = re.split(
                    r"[,.;:—–«»\"()]", text[max(0, position - offset - 80) : position - offset]
                )
                words = clause[-1].split()[-4:]
                first = next(
                    (i for i, w in enumerate(words) if re.fullmatch(lexicon.ROLE_WORDS, w.lower())),
                    None,
                )
                role = " ".join(words[first:]) if first is not None else ""
                if any(p.name == name for p in self.people):
                    continue
                self.remember(Speaker(name, role, org_in(role)))
        if self.known:
            return  # natasha has named the people of a Russian article
        # What was quoted is not the narrative: "If", "We" open sentences inside quotations.
        text = re.sub(r"[“«\"‘][^”»\"’]*[”»\"’]", lambda m: " " * len(m.group(0)), text)
        patterns = [
            rf"(?P<role>(?:[\w’'-]+\s+){{0,4}}?(?:{lexicon.ROLE_WORDS}))\s+(?P<name>{_NAME}\s+{_NAME})",
            rf"(?P<name>{_NAME}\s+{_NAME})\s+of\s+(?P<role>{_NAME}(?:\s+{_NAME})*)",
            rf"\bsaid\s+(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>[^.,]+)",
            rf"(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>(?:a|an|the|its|his|her)\s+[^.,]+?(?:{lexicon.ROLE_WORDS})[^.,]*)",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                name, role = match.group("name"), match.group("role").strip()
                if not is_person_name(name) or any(p.name == name for p in self.people):
                    continue
                self.remember(Speaker(name, role, org_in(role)), subject=False)
        # Subjects: a name opening a sentence ("Ramzan Kadyrov, its leader, told …"), one
        # followed by "who said/claimed …", or one with an apposition ("Magomed, a 35-year-old").
        for match in re.finditer(
            rf"(?P<apposed>{_NAME}(?:\s+{_NAME})?),\s+(?:a|an)\s+(?:\d+-year-old|[a-z]+)\b"
            rf"|(?:^|[.!?]\s+|\n)(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})(?=[\s,—–])"
            rf"|(?P<who>{_NAME}\s+{_NAME}),\s+who\b",
            text,
        ):
            name = (match.group("name") or match.group("who") or match.group("apposed")).strip()
            if match.group("apposed"):
                words = name.split()
                while words and words[0].lower() in self.vocabulary:
                    words.pop(0)  # "For Magomed, a 35-year-old …"
                name = " ".join(words)
            if match.group("apposed") and len(name.split()) == 1:
                self.subjects.append(Speaker(name))
                self.people.append(self.subjects[-1])
                continue
            if not is_person_name(name) or any(w.lower() in self.vocabulary for w in name.split()):
                continue
            known = next((p for p in self.people if p.name == name), None)
            if known is None and " " not in name:
                known = next((p for p in self.people if p.name.split()[-1:] == [name]), None)
                if known is None:
                    continue  # one capitalised word opening a sentence is seldom a name
            self.subjects.append(known or Speaker(name))
            if known is None:
                self.people.append(self.subjects[-1])
        for match in re.finditer(
            rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[\w’'.-]+\s+){{0,3}}?(?:{lexicon.ROLE_WORDS}))\b",
            text,
        ):
            role = match.group("role")
            if re.fullmatch(lexicon.ROLE_WORDS, role.lower()):
                continue  # a bare "the spokesperson" adds nobody new
            self.remember(Speaker(role=role, affiliation=org_in(role)), subject=False)

    def resolve(self, speaker: Speaker, before: str) -> Speaker:
        lowered = speaker.label.lower()
        if lowered in {"it", "they", "они"}:
            org = last_org_before(before)
            return Speaker(role=org, affiliation=org) if org else speaker
        if lowered in lexicon.PRONOUNS:
            for person in [*reversed(self.subjects), *reversed(self.people)]:
                if person.name or _is_people_role(person.role):
                    return person
            return speaker
        if speaker.name and " " not in speaker.name:
            people = sorted(reversed(self.people), key=lambda p: -len(p.name.split()))
            for person in people:
                if person.name and same_surname(person.name.split()[-1], speaker.name):
                    return Speaker(
                        person.name,
                        speaker.role or person.role,
                        speaker.affiliation or person.affiliation,
                    )
            return speaker
        if not speaker.name and speaker.role:
            core = re.sub(r"^(?:the|a|an)\s+", "", speaker.role, flags=re.I).strip()
            holder = lexicon.ROLE_HOLDERS.get(core.lower())
            if holder:
                surname = holder.split()[-1]
                for person in reversed(self.people):
                    if person.name.split()[-1:] == [surname]:
                        return Speaker(person.name, speaker.role, person.affiliation)
                if re.search(surname[:-1], before):
                    return Speaker(holder, speaker.role, speaker.affiliation)
            if re.fullmatch(r"\w+", core):
                for alias, name in ORG_ALIASES:
                    if alias.split()[-1].lower() == core.lower() and alias in before:
                        return Speaker(role=name, affiliation=name)
            if re.search(lexicon.ROLE_WORDS, core, re.I) and " for " not in core:
                head = re.search(lexicon.ROLE_WORDS, core, re.I)
                for person in reversed(self.people):
                    if (
                        head
                        and re.fullmatch(r"[а-яё-]{9,}", head.group(0).lower())
                        and head.group(0).lower() in person.role.lower()
                    ):
                        return person  # "пресс-секретарь главы государства" … "Пресс-секретарь"
                    if core.lower() in person.role.lower() or (
                        person.role
                        and core.split()[-1].lower() == person.role.split()[-1].lower()
                        and org_in(core) in {"", person.affiliation}
                    ):
                        return person
        return speaker


def attribution(
    text: str,
    first: tuple[int, int],
    last: tuple[int, int],
    paragraphs: list[tuple[int, int]],
    floor: int = 0,
) -> tuple[str, str]:
    """Return (words naming the speaker, the words around them) for one quotation.

    ``floor`` is the end of the quotation before this one: the search never reaches back into it.
    """
    p_index = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= first[0] <= pe)
    p_start, _p_end = paragraphs[p_index]
    last_paragraph_end = next(pe for ps, pe in paragraphs if ps <= last[1] <= pe)
    quote_text = text[last[0] : last[1]].rstrip()
    after_start = last[1] + 1
    after = text[after_start : sentence_end(text, after_start, last_paragraph_end)]
    continues = quote_text.endswith((",", "?", "!", "—", "…")) or after.lstrip().startswith(
        (",", "—", "–")
    )
    if not continues:
        after = ""
    if continues:
        match = _AFTER_VERB_FIRST.match(after)
        if match and org_in(match.group("who"), outlets=True) == match.group("who").strip('«»" '):
            match = None  # "…", сообщает Meduza: the outlet reporting it, not the speaker
        if match:
            who = match.group("who")
            rest = after[match.end("who") :]
            named = re.match(r"\s*[“\"«](?P<name>[A-ZА-ЯЁ][^”\"»]{0,40})[”\"»]", rest)
            if named:  # said the Crisis Group “North Caucasus SOS”
                return who + " " + named.group("name"), after
            role = re.match(
                r",\s+((?:the|a|an)\s+[^.;]+|[a-zа-яё][^.;]+|[A-ZА-ЯЁ][\w’'-]+\s+[A-ZА-ЯЁ][\w’'-]+)",
                rest,
            )
            return (who + ", " + role.group(1) if role else who), after
        match = _AFTER_WHO_FIRST.match(after)
        if match and match.group("who").split()[0].lower() not in _CONJUNCTIONS:
            return match.group("who"), after
    start = sentence_start(text, first[0], max(p_start, floor))
    raw_before = text[start : max(start, first[0] - 1)]
    before = re.sub(r"[“«][^”»]*[”»]", "", raw_before)
    for pattern in (_SAID_FIRST, _HAD_THIS_TO_SAY, _WHO_SAID_FOLLOWING, _ACCORDING_TO):
        match = pattern.search(before)
        if match:
            return match.group("who"), raw_before
    match = _PRONOUN_WORDS.search(before.strip())
    if match:
        return match.group("who"), raw_before
    match = _SUBJECT_VERB.search(before)
    if match:
        return match.group("who"), raw_before + " " + after
    match = _SOURCE_FIRST.search(before)
    if match:
        return match.group("who"), raw_before
    if before.rstrip().endswith(":"):
        # "Сам Лапунов готов показать тех сотрудников …: «…»": the subject of the sentence.
        subject = re.search(r"(?:[A-ZА-ЯЁ][\w’'-]+\s+)*[A-ZА-ЯЁ][\w’'-]+", before)
        if subject:
            return subject.group(0), raw_before
    if not before.strip() and p_index:
        ps, pe = paragraphs[p_index - 1]
        if text[ps:pe].rstrip().endswith(":"):
            tail = text[sentence_start(text, pe - 1, ps) : pe]
            for pattern in (_WHO_SAID_FOLLOWING, _SUBJECT_VERB):
                match = pattern.search(tail)
                if match:
                    return match.group("who"), tail
    return "", after


def previous_in_paragraph(
    number: int,
    spans: list[tuple[int, int, int | None]],
    speakers: dict[int, Speaker],
    paragraphs: list[tuple[int, int]],
) -> Speaker:
    """A quotation with no attribution of its own continues the one before it in the paragraph."""
    if not number:
        return Speaker()
    start = spans[number][0]
    paragraph = next(p for p in paragraphs if p[0] <= start <= p[1])
    previous = spans[number - 1]
    if paragraph[0] <= previous[0] <= paragraph[1]:
        return speakers.get(previous[2] if previous[2] is not None else number - 1, Speaker())
    return Speaker()


def outlet_in(context: str) -> str:
    for pattern in (_GIVEN_TO, _REPORTED_BY, _GIVEN_TO_RU):
        match = pattern.search(context)
        if match:
            outlet = org_in(match.group("outlet"), outlets=True) or org_in(
                "the " + match.group("outlet"), outlets=True
            )
            if outlet:
                return outlet
    return ""


_INNER = re.compile(
    rf"(?P<cut>[,.!?…])\s*[—–-]{{1,2}}\s*(?:{lexicon.SPEECH_VERBS_RU})\s+"
    r"(?P<who>[^—–«»]{2,120}?)(?:[.,]\s*|\s+)[—–-]{1,2}\s*(?=\w)"
)


def inner_attributions(
    text: str, spans: list[tuple[int, int, int | None]]
) -> tuple[list[tuple[int, int, int | None]], dict[int, str]]:
    """Split «…, — сказал X. — …» into two parts of one quotation said by X.

    Return the new spans and, by the index of a split quotation's first part, the words
    naming its speaker.
    """
    result: list[tuple[int, int, int | None]] = []
    forced: dict[int, str] = {}
    new_index: dict[int, int] = {}
    continued = {part_of for _s, _e, part_of in spans if part_of is not None}
    for index, (start, end, part_of) in enumerate(spans):
        new_index[index] = len(result)
        match = _INNER.search(text, start, end)
        if part_of is not None or index in continued or match is None:
            result.append((start, end, new_index[part_of] if part_of is not None else None))
            continue
        first = len(result)
        result.append((start, match.end("cut"), None))
        result.append((match.end(), end, first))
        forced[first] = match.group("who")
    return result, forced
