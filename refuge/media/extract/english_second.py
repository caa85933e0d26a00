"""Second references to a person in English news, read after the speakers are found.

A person is named in full once and then referred to otherwise: by a surname spelled another
way ("Kadyrow", "Lokshyna", "Titiyev"), by a nickname or the first name alone ("Natasha",
"Zelimkhan"), by a noun the first mention put before or after the name ("German Chancellor
Angela Merkel" … "the chancellor"; "her mother, Lida Gaisanova" … "the mother"; "Dmitry
Peskov, President Vladimir Putin's spokesman" … "the Kremlin spokesman"), as "the former" or
"the latter" of two, or only in a credit line under the words ("— Tanya Lokshina, HRW").
Each rule here reads a bounded stretch before the quotation (or the line after it) and changes
a label only to a full name the article itself gives.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.discourse import EPITHETS, KIN_NOUNS
from refuge.media.extract.english_names import PLACE_WORDS, fullest, is_role_or_title
from refuge.media.extract.model import Quote, take_speaker
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import is_person_name

# How far back a second reference looks for the first: a feature's few paragraphs.
_LOOK_BACK = 2000
_WORD = r"[A-Z][a-z][\w’'-]*"
# A person's full name: two or three capitalised words (a middle initial allowed).
_FULL = rf"{_WORD}(?:\s+[A-Z]\.)?(?:\s+{_WORD}){{1,2}}"
# "— Tanya Lokshina, Human Rights Watch", "(Igor Kochetkov, Russian LGBT Network)": a credit
# line after the words, on their line or the next, names who said them.
_CREDIT = re.compile(
    rf"^[ \t]*(?:\n[ \t]*){{0,2}}(?:[—–]|-{{1,2}})[ \t]*(?P<name>{_FULL})"
    r"(?:,[ \t]*(?P<body>[^\n]{2,80}))?[ \t]*$"
    rf"|^[ \t]*\((?P<name2>{_FULL})(?:,[ \t]*(?P<body2>[^)\n]{{2,80}}))?\)"
)
# "Natalia Estemirova, known to her friends as Natasha": a name the article then uses alone.
# "Called" only with the name in quotation marks ("called “Natasha” by her colleagues"): "Igor
# Kochetkov called Kadyrov a liar" gives Kochetkov no nickname.
_NICKNAME = re.compile(
    rf"(?P<name>{_FULL}),?\s+(?:(?:(?:who\s+(?:is|was)\s+)?(?:better\s+)?known"
    rf"(?:\s+to\s+[\w\s]{{1,30}}?)?\s+as|nicknamed)\s+[“\"‘']?|called\s+[“\"‘'])(?P<nick>{_WORD})"
)
# "a 55-year-old Grozny resident, Dagmara": what a person is, then the name.
_DESCRIBED_FIRST = re.compile(
    rf"(?P<role>(?:a|an)\s+[^,]{{3,60}}),\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
)
# "the former"/"the latter" of the last two people a sentence named together.
_PAIR = re.compile(rf"(?P<first>{_FULL})(?:,[^,.;]{{1,60}},)?\s+and\s+(?P<second>{_FULL})")
# "A 27-year-old man named Zelimkhan", "27-year-old Zelimkhan": an age the label repeats.
_AGED = re.compile(
    rf"(?P<age>\d{{1,3}})-year-old\s+(?:(?:[a-z]+\s+){{0,2}}(?:named|called)\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD})?)"
)
# Nouns a person is referred back to by; not bodies ("the police", "the ministry").
_PERSON_NOUNS = (
    rf"{EPITHETS}|{lexicon.ROLE_WORDS}|{KIN_NOUNS}|chancellor|mayor|spokesperson|detainee|"
    r"survivor|refugee|widow|widower|teenager|student|priest|imam|doctor|nurse|witness"
)
# "The statement, signed by Memorial chairman Oleg Orlov, said": the document's signatory is its
# author (not the body a title before the name belongs to); "Memorial said in a statement signed
# by its chairman" keeps Memorial, the subject of the sentence.
_SIGNED = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The|A|An|This|Its|Their)\s+(?:joint\s+|open\s+|written\s+)?"
    r"(?:statement|letter|appeal|declaration|address|petition)\s*,?\s+signed\s+by\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?P<name>{_FULL})\s*,?\s+(?:{lexicon.SPEECH_VERBS_EN})\b"
)
# "…“…”, while Igor Kochetkov said it was “…”": a clause of its own with its own speaker.
_WHILE = re.compile(
    rf",?\s+(?:while|whereas|but|and)\s+(?P<clause>(?P<name>{_FULL}|{_WORD})\s+(?P<verb>[a-z]+)\b.*)$",
    re.S,
)


def _key(surname: str) -> str:
    """The letters that survive how a Russian surname is transliterated ("Kadyrow" and
    "Kadyrov", "Lokshyna" and "Lokshina", "Titiyev" and "Titiev", "Jangulbajev")."""
    word = surname.lower().replace("w", "v").replace("kh", "h").replace("j", "")
    word = re.sub(r"[yi’'-]", "", word)
    return re.sub(r"(.)\1", r"\1", word)


def _alike(key: str, other: str) -> bool:
    """The same key, or one with two letters next to each other swapped, a slip of the keyboard
    ("Abdurakhamnov" for "Abdurakhmanov") in a surname of seven letters or more."""
    if key == other:
        return True
    if len(key) != len(other) or len(key) < 7:
        return False
    differ = [i for i, (a, b) in enumerate(zip(key, other, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and key[differ[0]] == other[differ[1]]
        and key[differ[1]] == other[differ[0]]
    )


def _full_names(before: str) -> list[str]:
    """The full names of people in ``before``, last first, without a title ("Maj. Gen.")."""
    names = []
    for match in re.finditer(_FULL, before):
        words = match.group(0).split()
        while words and (
            is_role_or_title(words[0]) or words[0] in _OPENERS or words[0] in PLACE_WORDS
        ):  # "the head of Chechnya Ahmed Dudaev": the place is no part of the name
            words.pop(0)
        name = " ".join(w for w in words if not re.fullmatch(r"[A-Z]\.", w))
        name = re.sub(r"(?:’s|'s|’|')$", "", name)  # "Raisa Turluyeva's son"
        if len(name.split()) >= 2 and is_person_name(name):
            names.append(name)
    return names[::-1]


_OPENERS = {"The", "A", "An", "But", "And", "In", "On", "When", "After", "German", "Russian"}


# "“…,” said Adam, whose name has been changed": the label is a pseudonym of its own.
_PSEUDONYM = re.compile(
    r"[^.!?\n]{0,80}?(?:name\s+(?:has\s+been|was|is\s+being)\s+changed|not\s+(?:his|her|their)"
    r"\s+real\s+name|surname\s+not\s+be|(?:asked|spoke\s+on\s+condition)\s+[^.!?\n]{0,40}?"
    r"(?:name|identified))"
)


def _variant(label: str, before: str, after: str = "") -> str:
    """The full name ``label`` (one word) refers to: a surname spelled another way, a
    nickname, or a first name the article gave one person."""
    if " " in label or not label[:1].isupper():
        return ""
    window = before[-_LOOK_BACK:]
    names = _full_names(window)
    if any(name.split()[-1] == label for name in names):
        return ""  # the surname as the article spells it: ``fullest`` has settled it
    for match in _NICKNAME.finditer(window):
        if match.group("nick") == label:
            return match.group("name")
    key = _key(label)
    spelled = {n for n in names if len(label) >= 5 and _alike(_key(n.split()[-1]), key)}
    if len(spelled) == 1:
        return spelled.pop()
    first = {n for n in names if n.split()[0] == label}
    if len(first) != 1:
        return ""
    name = first.pop()
    # "Another man, Zelimkhan, 27", "said Adam, whose name has been changed": a first name
    # given on its own after the full name, or a pseudonym, is someone else (often a victim
    # sharing an official's first name).
    last = window.rfind(name)
    if re.search(rf"\b{re.escape(label)}\b(?!\s+{re.escape(name.split()[-1])})", window[last:]):
        return ""
    if _PSEUDONYM.match(after):
        return ""
    return name


def _described(label: str, before: str) -> str:
    """The full name a noun phrase ("the chancellor", "the mother", "the 27-year-old", "the
    Kremlin spokesman") refers to: the last person the article gave that noun, before the
    name or in apposition after it."""
    window = before[-_LOOK_BACK:]
    order = re.fullmatch(r"the\s+(former|latter)", label, re.I)
    if order:
        pairs = list(_PAIR.finditer(window))
        if not pairs:
            return ""
        pair = pairs[-1]
        return pair.group("first" if order.group(1).lower() == "former" else "second")
    found = re.fullmatch(
        r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>\d{1,3}-year-old|[a-z-]+)", label
    )
    if found is None:
        return ""
    noun = found.group("noun").lower()
    qualifiers = label.split()[1:-1]  # "the police spokesman": police
    if noun.endswith("-year-old"):
        age = noun.split("-")[0]
        matches = [m for m in _AGED.finditer(window) if m.group("age") == age]
        return matches[-1].group("name") if matches else ""
    if not re.fullmatch(_PERSON_NOUNS, noun) or re.fullmatch(r"family|parents|relatives", noun):
        return ""  # "the police", "the relatives": bodies and groups, which other rules read
    noun_re = rf"(?i:{re.escape(noun)})(?:-in-chief)?"
    candidates: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    # "German Chancellor Angela Merkel", "her mother, Lida Gaisanova", "editor-in-chief, Dmitry
    # Muratov": the noun, then the name.
    # "The chancellor of Austria, Sebastian Kurz": what the noun is of, then the name.
    for match in re.finditer(
        rf"\b{noun_re}(?:\s+(?:of|for|in)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})?,?\s+"
        rf"(?P<name>{_FULL})",
        window,
    ):
        if _qualified(qualifiers, window[max(0, match.start() - 40) : match.end()]):
            candidates.append((match.start(), match.group("name")))
            spans.append(match.span())
    # "Dmitry Peskov, President Vladimir Putin's spokesman": the name, then the noun.
    for match in re.finditer(rf"(?P<name>{_FULL}),\s+(?:[^,.;\n]{{0,60}}?\s)?{noun_re}\b", window):
        if _qualified(qualifiers, match.group(0)):
            candidates.append((match.start(), match.group("name")))
            spans.append(match.span())
    # "Another mother came later", "a second chancellor", "Austria's chancellor": someone else
    # the noun is given since the last one named; which of the two the label means, the text
    # does not say.
    others = [
        m.start()
        for m in re.finditer(
            rf"\b(?:(?i:another|a|an|one|other|second)|{_WORD}(?:’s|'s))\s+{noun_re}\b", window
        )
        if not any(start <= m.start() < end for start, end in spans)
    ]
    if candidates and others and max(others) > max(candidates)[0]:
        return ""
    if re.fullmatch(lexicon.ROLE_WORDS, noun) and len({name for _, name in candidates}) > 1:
        # "X, a Memorial official, … Y, an HRW official": "the official" is either of them. (A
        # title is the last one's: "the chancellor" after Merkel and then Kurz is Kurz.)
        return ""
    # "Ruslan, 24, disappeared in May. “…,” his mother said": the mother of the person the
    # paragraph is about, not the last mother the article named.
    paragraph_start = window.rfind("\n") + 1
    if (
        candidates
        and re.match(r"(?:his|her|their)\s", label)
        and max(candidates)[0] < paragraph_start
    ):
        return ""
    for _, name in sorted(candidates, reverse=True):
        words = name.split()
        while words and is_role_or_title(words[0]):
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and is_person_name(name):
            return name
    return ""


# Words of a role noun that name a body or place: "the police spokesman" is not "Dmitry Peskov,
# President Vladimir Putin's spokesman". ("The Kremlin spokesman" may be Putin's: no such word.)
_BODY_QUALIFIER = re.compile(
    r"(?i:police|ministry|interior|military|army|court|prosecutor(?:’s|'s)?|investigative|"
    r"regional|local|federal|republic(?:’s|'s)?|chechen|ingush|dagestani|austrian|german|french|"
    r"british|american|ukrainian|russian|memorial|network)"
)


def _qualified(qualifiers: list[str], mention: str) -> bool:
    """Whether each body word of the label ("police" in "the police spokesman") is in the
    first mention's phrase."""
    return all(
        re.search(rf"\b{re.escape(word)}\b", mention, re.I)
        for word in qualifiers
        if _BODY_QUALIFIER.fullmatch(word)
    )


# "Raisa Turluyeva's son disappeared in 2009. “…,” she said": a pronoun of the other gender than
# the kin noun is the possessor's.
_OTHER_KIN = {
    "she": "son|husband|brother|father|nephew|grandson",
    "he": "daughter|wife|sister|mother",
}

# A person the paragraph names by a noun, who may be the "she" or "he" instead of the possessor.
_SOMEONE = re.compile(
    rf"\b(?i:a|an|the|one|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_NOUNS}|neighbou?r|woman|"
    r"man|girl|boy|resident|villager|relative|friend|colleague|lawyer|activist|official)s?\b"
)


def _possessor(pronoun: str, before: str) -> str:
    paragraph = before[before.rfind("\n") + 1 :]
    names = set(_full_names(paragraph))
    owned = re.search(rf"(?P<name>{_FULL})(?:’s|'s)\s+(?:{_OTHER_KIN[pronoun]})\b", paragraph)
    if owned is None or len(names) != 1 or owned.group("name") not in names:
        return ""
    if _SOMEONE.search(paragraph):
        return ""  # "A neighbour described how Ruslan Magomedov's son …": she is the neighbour
    return owned.group("name")


def _credit(quote: Quote, text: str) -> tuple[str, str] | None:
    after = text[quote.end : quote.end + 160]
    closing = re.match(r"[”\"’']?[.,]?", after)
    after = after[closing.end() if closing else 0 :]
    match = _CREDIT.match(after)
    if match is None:
        return None
    name = match.group("name") or match.group("name2")
    body = (match.group("body") or match.group("body2") or "").strip()
    if not is_person_name(name):
        return None
    if re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\b", body):
        return None  # "— Maxim Lapunov, who later filed a complaint, was among them.": a sentence
    return name, org_in(body) or body


def _signed(quote: Quote, text: str) -> str:
    start = max(0, quote.start - 300)
    sentence = text[start : quote.start]
    matches = list(_SIGNED.finditer(sentence))
    if not matches:
        return ""
    # Only the letter's own sentence: "The letter, signed by Oleg Orlov, said the raids must
    # stop. Ramzan Kadyrov responded: “…”" is Kadyrov's.
    if re.search(r"[.!?…]\s|\n", sentence[matches[-1].end() :]):
        return ""
    return matches[-1].group("name")


def _while_clause(quotes: list[Quote], number: int, text: str) -> str | None:
    """The speaker of a fragment in a "while" clause after another speaker's fragment in its
    sentence: the clause's subject where it speaks ("while Igor Kochetkov said"); nobody from
    the clause before where its subject does something else ("while a policeman sat in the
    car “keeping the evidence …”"): "" then. None where no such clause."""
    if number == 0:
        return None
    previous, quote = quotes[number - 1], quotes[number]
    between = text[previous.end : quote.start]
    if re.search(r"[.!?…]\s|\n", between) or previous.speaker != quote.speaker:
        return None
    clause = re.search(r",?\s+(?:while|whereas)\s+(?P<clause>.*)$", between, re.S)
    if clause is None:
        clause = _WHILE.search(between)
    if clause is None:
        return None
    words = clause.group("clause")
    named = re.match(rf"(?P<name>{_FULL}|{_WORD})\s+(?:{lexicon.SPEECH_VERBS_EN})\b", words)
    if named:
        return named.group("name")
    # "while the prosecutor's office dismissed it as “…”": a body or a person the clause
    # describes speaks, not the speaker before.
    described = re.match(
        rf"(?P<who>(?:an?|the)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?)\s+(?:{lexicon.SPEECH_VERBS_EN})\b",
        words,
    )
    if described:
        return described.group("who")
    if re.search(rf"\b(?:{lexicon.SPEECH_VERBS_EN})\b", words):
        return None  # "while he said": left to the rules that read pronouns
    if not re.match(r"(?:an?|the|one|another)\s", words):
        return None
    # "while the victims remained “too terrified …”", "while the authorities were “pretending
    # …”": a quoted complement of a copula is still the sentence's speaker's account.
    if re.match(
        r"(?:an?|the|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|remained|remain"
        r"|remains|seemed|seem|seems|appeared|had\s+been|have\s+been|has\s+been)\s+[“\"‘']",
        words,
    ):
        return None
    return ""


def _account_author(quote: Quote, text: str) -> str:
    """Who the paragraph retells: "Elena Milashina wrote that …" before the quotation."""
    window = text[max(0, quote.start - 600) : quote.start]
    paragraph = window[window.rfind("\n") + 1 :]
    matches = list(
        re.finditer(
            rf"(?P<name>{_FULL})\s+(?:wrote|writes|reported|reports|recounted)\s+that", paragraph
        )
    )
    return matches[-1].group("name") if matches else ""


def revise(quotes: list[Quote], text: str) -> None:
    """Give, in place, each quotation referred to a second time its person's full name."""
    was = [(quote.speaker, quote.affiliation) for quote in quotes]
    for number, quote in enumerate(quotes):
        if quote.part_of is not None:
            continue
        credit = _credit(quote, text)
        if credit is not None and not quote.speaker:
            quote.speaker, quote.speaker_role, quote.affiliation = credit[0], "", credit[1]
            continue
        signatory = _signed(quote, text)
        if signatory:
            quote.speaker, quote.speaker_role = fullest(signatory, text), ""
            continue
        clause = _while_clause(quotes, number, text)
        if clause is not None:
            name = fullest(clause, text) if clause else _account_author(quote, text)
            quote.speaker, quote.speaker_role, quote.affiliation = name, "", ""
            continue
        label = quote.speaker
        described_first = _DESCRIBED_FIRST.fullmatch(label)
        if described_first and is_person_name(described_first.group("name")):
            # "a 55-year-old Grozny resident, Dagmara, told …": the name in apposition.
            quote.speaker = described_first.group("name")
            quote.speaker_role = described_first.group("role")
            continue
        if not label:
            continue
        before = text[max(0, quote.start - _LOOK_BACK) : quote.start]
        if label in {"he", "she"}:
            name = _possessor(label, before)
        elif " " not in label:
            name = _variant(label, before, text[quote.end : quote.end + 200])
        elif re.match(r"(?:the|his|her|their)\s", label):
            name = _described(label, before)
        else:
            name = ""
        if name and name != label:
            quote.speaker, quote.speaker_role = name, label if " " in label else ""
    for quote in quotes:
        if quote.part_of is None:
            continue
        first = quotes[quote.part_of]
        if (first.speaker, first.affiliation) != was[quote.part_of]:
            take_speaker(quote, first)  # a later part goes with its first part
