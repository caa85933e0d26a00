"""Whom an English article refers back to: a pronoun's antecedent, a role phrase's holder.

News names a person once, with a role ("Igor Kalyapin, the head of the Committee Against
Torture,"), and then refers back to them: by that role ("said the head of the Committee"), or
by "he"/"she". The memory (memory.py, discourse.py) keeps whom the article named and the words
it said of each; this reads that store with the two rules of reference news writing follows:

- a role phrase means the person the article introduced with the same role head and, when
  the phrase gives one, the same body ("the head of the network" is the one described as
  "head of the Russian LGBT Network"); a role nobody was introduced with stays the role;
- "he"/"she" means the nearest person of that gender in the sentences before: in the nearest
  sentence that names one, its subject (the first named) before its objects, past a sentence
  whose subject is the same pronoun (it goes on with the one before), and never someone the
  attribution itself tells ("he told Hammarberg"). The speaker of the quotation before is the
  default only when no sentence nearer names anyone ("…, said the head of the Committee.
  HBO reporter David Scott confronted Kadyrov …. “…,” he says." is not the head).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from refuge.media import lexicon
from refuge.media.extract.english_descriptions import kin_word_gender
from refuge.media.extract.offsets import headline_end
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import NAME

# A quotation, to blank out of the narrative: who it names did not speak in the article.
BLANK_QUOTES = re.compile(r"[“«\"‘][^”»\"’]*[”»\"’]")
_ENDS = re.compile(r"[.!?…][”\"’»]$")


def blank_quotes(text: str) -> str:
    """``text`` with each quotation blanked, offsets kept; a quotation that ends its sentence
    still ends it ("… are “traitors.” Oyub Titiev will have none of that." is two sentences)."""
    return BLANK_QUOTES.sub(
        lambda m: " " * (len(m.group(0)) - 1) + ("." if _ENDS.search(m.group(0)) else " "), text
    )


SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
# A run of capitalised words, with any particles names have, not a possessive.
_NAMES = re.compile(rf"{NAME}(?:\s+(?:(?:van|von|der|de|bin|al|el)\s+)*{NAME}){{0,3}}")
# A sentence whose subject is the pronoun itself ("He was asked …", "But she refused …"); not
# one whose opening clause holds it ("Asked whether he would return, Ilyas shook his head").
_OPENS_CLAUSE = (
    r"(?!(?:whether|if|when|that|because|after|before|while|as|since|said|says|told|added"
    r"|claimed|recalled|explained)\b)"  # "Another said he was given electric shocks"
)
# Or tells whose account it is with the same pronoun at its end, naming no teller of its own:
# "Putin had asked Kadyrov to look into it, he said." (not "Peskov said …, he said.").
_PRONOUN_SUBJECT = {
    gender: re.compile(
        rf"^\W*(?:{_OPENS_CLAUSE}\w+\s+){{0,2}}?{pronoun}\b"
        rf"|(?!.*{NAME}\s+(?:said|says|told)\b).*,\s+{pronoun.lower()}\s+"
        rf"(?:{lexicon.SPEECH_VERBS_EN})[.!?]\W*$"
    )
    for gender, pronoun in (("m", "[Hh]e"), ("f", "[Ss]he"))
}
# A sentence that asks the one the pronoun means something: "The interviewer, David Scott,
# pressed him on it." (its asker is not who answers).
_ASKED_BACK = {
    gender: re.compile(
        rf"\b(?:asked|pressed|questioned|interviewed|challenged|confronted|quizzed)\s+{pronoun}\b"
    )
    for gender, pronoun in (("m", "him"), ("f", "her"))
}
# "Asked by an HBO journalist about it, he laughed": the pronoun is the subject after an
# opening clause, and whom a preposition governs in that clause is not whom it means.
_SUBJECT_AFTER_CLAUSE = {
    "m": re.compile(r"^\W*[A-Z][^,.;]{0,100},\s+[Hh]e\b"),
    "f": re.compile(r"^\W*[A-Z][^,.;]{0,100},\s+[Ss]he\b"),
}
# "Asked whether Putin had raised it with Kadyrov, he said": whoever the question names is
# what he was asked about; "he" is someone before.
_ASKED_OPENING = {
    "m": re.compile(r"^\W*Asked\s+(?!by\b)[^.;,]{0,200},\s+he\b"),
    "f": re.compile(r"^\W*Asked\s+(?!by\b)[^.;,]{0,200},\s+she\b"),
}
# Someone unnamed brought in as the object of a meeting, who spoke.
_MET_WHO_SAID = re.compile(
    r"\b(?:met|meets|interviewed|found|visited|reached|spoke\s+to|talked\s+to)\s+"
    r"(?P<who>an?\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)),?\s+who\s+"
    rf"(?:{lexicon.SPEECH_VERBS_EN})\b"
)
_GOVERNED = re.compile(
    r"\b(?:by|with|to|of|for|from|about|against|on|at|in|under|opposite|beside|alongside)\s+"
    r"(?:(?:the|an?)\s+)?"
    r"(?:[a-z-]+\s+)?$"  # "by an HBO journalist", "by the journalist David Scott"
    r"|\b(?:by|with|to|for|from)\s+(?:his|her|their)\s+[a-z-]+,\s+$"  # "to his lawyer, X"
)
# "was rejected by the press spokesman": the passive's agent is who did it, governed by no one.
_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+(?:\S+\s+)?$"
)
# "the press spokesman for Chechen Republic head Ramzan Kadyrov": whom a role serves.
_SERVED = re.compile(rf"\b(?:{lexicon.ROLE_WORDS})\s+(?:for|of|to)\s+(?:[\w’'-]+\s+){{0,4}}$", re.I)


def _governed(before: str) -> bool:
    """Whether a preposition governs the role that follows ``before``, not a passive's agent
    ("was rejected by the press spokesman"). A name after "by" stays governed: "ruled by
    Vladimir Putin loyalist Ramzan Kadyrov" is Kadyrov."""
    return bool(_GOVERNED.search(before)) and not _AGENT.search(before)


_LOOK_BACK = 4  # sentences that do not mention whom the pronoun means
# "he", "him" or "his": a sentence that uses it goes on about the same person.
_MENTIONS = {
    "m": re.compile(r"\b(?:[Hh]e|him|[Hh]is)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}
# The words that open a clause before its subject ("When Kadyrov was asked …").
_OPENERS = re.compile(
    r"When|After|Before|As|Once|Until|While|Although|Though|If|Because|Since|But|And"
)
_SUBJECT_VERB = re.compile(r"\s+(?:was|is|has|had|did|would|could|will|[a-z]+ed)\b")
# An aside between a sentence's subject and its verb ("The Russian leader, asked about his
# opponent Alexey Navalny, said …"): who it names is not the one the sentence is about.
_ASIDE = re.compile(
    r"^[^,]{2,60},\s+(?P<aside>(?:who|whose|whom|which|[a-z]+ed|[a-z]+ing)\b[^,]{1,120}),"
    r"\s+(?:\w+\s+)?[a-z]+(?:ed|s)\b"
)
_REACH = 900  # characters
_DESCRIBED_SPEAKER = re.compile(
    r"^\W*(?:[A-Z][^,.;:]{0,80},\s+)?"  # "Asked about the reports, a spokeswoman for … said"
    r"(?=(?:[Aa]n?|[Tt]he|His|Her|Their|(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*[’']s)\s)"
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?"
    # "SK SOS’s press secretary told Mediazona …": a body's or a person's officer, too.
    r"(?P<who>(?:(?:His|Her|Their|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s)\s+)?"
    r"[a-z][^,.;:“”\"]{0,60}?)"
    # "A spokesman for the office, who did not give his name, said": past an aside.
    r"(?:,\s+(?:who|whom|speaking)\s[^,.;:“”\"]{1,80},)?"
    rf"\s+(?:{lexicon.SPEECH_VERBS_EN})\b"
)

# "the Chechen leader before the meeting had called": when, and the auxiliary, are not who.
_WHEN = re.compile(r"\s+(?:(?:before|after|during|earlier|later)(?![\w-]).*|ha[sd]|have|was)$")


# What a name after it is the place of: "the Chechen city of Achkhoi-Martan".
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|district|region|republic|province|settlement)\s+of\s+$", re.I
)


def candidates(
    sentence: str, people: list[Speaker], is_name: Callable[[str], bool]
) -> list[tuple[bool, Speaker]]:
    """The people a sentence names, in the order it names them: full names that look like a
    person's, and surnames of people the article named in full before; each with whether a
    preposition governs it ("by Vladimir Putin")."""
    found: list[tuple[bool, bool, int, Speaker]] = []
    lowered = sentence.lower()
    # A holder the article named, called by a role of two words or more ("the Russian leader"
    # for Vladimir Putin), where the sentence does not name the holder.
    held: dict[str, str] = {}  # holder: the first role of theirs the sentence writes
    for role, holder in lexicon.ROLE_HOLDERS.items():
        if role in lowered:
            held.setdefault(holder, role)
    called = []
    for person in people:
        if not person.name or person.name.split()[-1] in sentence:
            continue
        role = person.role if len(person.role.split()) > 1 else held.get(person.name, "")
        if role:
            called.append(Speaker(person.name, role, person.affiliation))
    by_role = sorted(
        [p for p in people if p.role and not p.name] + called, key=lambda p: -len(p.role)
    )
    taken: list[tuple[int, int]] = []
    for person in by_role:
        at = lowered.find(person.role.lower())
        end = at + len(person.role)
        if at < 0 or any(a <= at and end <= b for a, b in taken):
            continue  # "a press spokesman for the Chechen leader" holds "press spokesman"
        taken.append((at, end))
        apposed_after = re.search(
            rf"{NAME},\s+(?:(?:then|now|formerly)\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?$",
            sentence[:at],
        )
        if apposed_after or re.match(rf"(?:\s+[a-z][\w-]*){{0,2}},\s+{NAME}", sentence[end:]):
            continue  # "Kenneth Roth, the group's chairman,": his role, not someone else
        # "One of the men, who asked not to be named, …", "his mother": held unnamed, and
        # after the people the sentence names ("A second man, who gave his name as Islam").
        found.append((_governed(sentence[:at]), True, at, person))
    for match in _NAMES.finditer(sentence):
        words = match.group(0).rstrip(".").split()  # "… calls himself Arthur."
        if _OWN_RESPONSE.match(sentence, match.end() - 2):
            words[-1] = words[-1][:-2]  # "Kadyrov’s initial response": he acts
        if re.match(r"(?:’s|'s)", sentence[match.end() :]) or _NAMED_AFTER.match(
            sentence, match.end()
        ):
            continue  # "Ramzan Kadyrov's office": whose, not who; "the Sheikh Mansur battalion"
        if _PLACE_OF.search(sentence[: match.start()]):
            # "the court of the Chechen city of Achkhoi-Martan": a place; "the head of the
            # republic of Ingushetia Mahmud-Ali Kalimatov": the name after it.
            words = words[1:]
            if len(words) < 2:
                continue
        while words and not is_name(words[0]) and len(words) > 1:
            words.pop(0)  # "HBO reporter David Scott", "When Kadyrov"
        text = " ".join(words)
        known = next(
            (p for p in people if p.name and p.name.split()[-1] == words[-1]),
            None,
        )
        ahead = sentence[: match.start()]
        governed = bool(_GOVERNED.search(ahead) or _SERVED.search(ahead))
        if known is not None:
            found.append((governed, False, match.start(), known))
        elif is_name(text) and (len(words) > 1 or _subject_inside(sentence, match)):
            titled = without_titles(Speaker(text), is_name)  # "The Honourable Chrystia Freeland"
            found.append((governed, False, match.start(), titled))
    aside = _ASIDE.match(sentence)
    if aside is not None and any(at < aside.start("aside") for _g, _u, at, _p in found):
        found = [
            (governed or aside.start("aside") <= at < aside.end("aside"), unnamed, at, person)
            for governed, unnamed, at, person in found
        ]
    return [(f[0], f[3]) for f in sorted(found, key=lambda f: f[1:3])]


def _put_to(person: Speaker, clause: str) -> bool:
    """Whether a clause of time puts something to ``person`` ("When the accusation is put to
    Kataev"), not about anything done with them ("After talks with Vladimir Putin")."""
    surname = re.escape(person.label.rsplit(" ", 1)[-1])
    return re.search(rf"\b(?:to|by)\s+(?:[A-Z][\w’'-]+\s+)?{surname}\b", clause) is not None


# "Kadyrov’s initial response is to laugh": his own reply, so he is who acts.
_OWN_RESPONSE = re.compile(
    r"(?:’s|'s)\s+(?:[a-z]+\s+)?(?:response|reaction|reply|answer|retort)\b", re.I
)
# "the Sheikh Mansur battalion": a name before one of these nouns names a thing.
_NAMED_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(lexicon.THINGS_NAMED))})\b")
_PLACED = re.compile(r"\b(?:in|at|from|near|to|outside|inside)\s+$")
# "The Globe and Mail": a capitalised word after "The X and" is the second of a title's.
_TITLE_JOINED = re.compile(rf"\bThe\s+{NAME}\s+and\s+$")


def _subject_inside(sentence: str, match: re.Match[str]) -> bool:
    """Whether a single capitalised word is a clause's subject past the sentence's first word
    ("When Kadyrov was asked …"): there its capital is a name's. A sentence's first word may
    be anything ("Homophobia is prevalent …"), and so may a name's last ("Human Rights Watch
    interviewed …")."""
    *before, _word = match.group(0).split()
    if before and not all(_OPENERS.fullmatch(w) for w in before):
        return False
    past_first = before or re.search(r"\w", sentence[: match.start()])
    if _TITLE_JOINED.search(sentence, 0, match.start()):
        return False  # "The Globe and Mail has agreed …": the second word of a paper's title
    if _PLACED.search(sentence, 0, match.start()):
        return False  # "doctors in Potsdam treated his old wound": a place, not a subject
    return bool(past_first) and _SUBJECT_VERB.match(sentence, match.end()) is not None


def is_told(pronoun: str, person: Speaker, who: str, before: str = "") -> bool:
    """Return whether the attribution ``who`` has ``pronoun`` tell ``person`` something ("he
    told (Thomas) Hammarberg"), or answer the question ``person`` asked just ``before`` ("David
    Scott asked …: “…?”\n\n“…,” he said in reply", "Scott asked Kadyrov about it. “…,” he
    replied"): that one is not whom the pronoun means."""
    if not person.name:
        return False
    surname = re.escape(person.name.split()[-1])
    if re.search(rf"\b{pronoun}\s+\w+\s+(?:{NAME}\s+){{0,2}}{surname}(?![\w-])", who):
        return True
    if not ANSWERS.search(who):
        return False
    question = before.rstrip(' \n“"‘')
    if _QUESTION_CLOSED.search(question):
        # The sentence that opens the question: "David Scott … asked the head of state: “…?”".
        opening = max(question.rfind("“", 0, -1), question.rfind('"', 0, -1))
        question = question[max(0, opening - 300) : max(opening, 0)]
    # Else the question is told, in the sentence just before: "Scott asked Kadyrov about the
    # killings. “…,” he replied."
    introduced = re.split(r"[.!?]\s+|\n", question)[-1]
    # Not "asked … Shamil Bagayev, whether any officers had been questioned": that is asked.
    asker = rf"(?<![\w-]){surname}\b(?:(?!\bwhether\b|\bif\b)[^.!?“”\"]){{0,120}}{ASKING.pattern}"
    return re.search(asker, introduced) is not None


def answering(who: str, context: str) -> str:
    """The words naming a speaker, with the answer they give where they are only a pronoun
    ("he" of "“…,” he said in reply"), for the memory to pass over the one who asked."""
    return f"{who} {context}" if who.lower() in {"he", "she"} and ANSWERS.search(context) else who


# "he said in reply", "she answered": an answer, whose speaker is not the one who asked.
ANSWERS = re.compile(r"\b(?:in reply|replied|replies|answered|answers|responded|retorted)\b")
ASKING = re.compile(r"\b(?:asked|asks|pressed|questioned|wanted to know)\b")
_QUESTION_CLOSED = re.compile(r"\?\s*[”\"’]$")


def named_before(
    text: str, at: int, is_name: Callable[[str], bool], *, anywhere: bool = False, since: int = 0
) -> bool:
    """Whether the paragraph before ``at`` names a person ("Magomed, 27, fled …. The young man
    arrived …"), or with ``anywhere`` the article before it from ``since``: a definite
    description after it is likely that person again."""
    start = since if anywhere else text.rfind("\n", 0, at) + 1
    return any(is_name(m.group(0)) for m in _NAMES.finditer(text[start:at]))


def _narrative_window(before: str) -> str:
    """The last ``_REACH`` characters before a quotation, cut so that its quotation marks pair.

    ``before`` ends with the quotation's own opening mark, and a window cut inside an earlier
    quotation starts with that one's closing mark: paired with each other they would blank
    the sentences between, the very ones that name whom "he" means. So the window drops the
    opening mark and starts at a paragraph's start where it has one.
    """
    window = re.sub(r"[“«\"‘]\s*$", "", before[-_REACH:])
    if len(before) > _REACH and "\n" in window:
        window = window[window.index("\n") + 1 :]
    return window


def surname_mention(words: str, name: str) -> re.Match[str] | None:
    """Where ``words`` name the person ``name`` by their surname, as a word of its own."""
    parts = name.split()
    surname = re.escape(parts[-1]) if parts else ""
    return re.search(rf"(?<![\w-]){surname}(?![\w-])", words) if surname else None


# A sentence that closes on who spoke it: "…, Westlund said."
_CLOSING_SPEAKER = re.compile(
    rf",\s+(?P<who>{NAME}(?:\s+{NAME})?)\s+(?:{lexicon.SPEECH_VERBS_EN})\b[^,.!?“”\"]*[.!?]?\s*$"
)


# What news says of someone who did not speak: "did not respond to a request for comment",
# "has not commented", "could not be reached for comment", "declined to comment".
_SILENT = re.compile(
    r"(?:[a-z]+ly\s+)?(?:(?:did|does|do|has|have|had|could|would|was|were)\s+not|didn[’']t|"
    r"hasn[’']t|haven[’']t|couldn[’']t|wouldn[’']t|declined|refused|failed)\s+"
    r"(?:(?:immediately|yet|to)\s+)*(?:respond|reply|comment|answer|be\s+reached\s+for\s+comment)"
)
# Unless the sentence goes on with what they did say: "did not answer directly, saying …",
# "did not reply to the letter, but called Orlov a liar".
_SAID_OTHERWISE = re.compile(r"\b(?:saying|adding|but\s+(?:\w+\s+)?[a-z]+ed|but\s+told)\b")


def _said_nothing(sentence: str, person: Speaker) -> bool:
    """Whether ``sentence`` says ``person`` did not speak (the silence in their own clause)."""
    named = surname_mention(sentence, person.label)
    # Past an aside: "Vorobyova, who still works in Russia, declined to comment".
    after = re.sub(r"^,[^,;]*,", "", sentence[named.end() :]) if named else ""
    clause = re.split(r"[,;]", after.lstrip(" ,"))[0]
    return bool(_SILENT.match(clause)) and not _SAID_OTHERWISE.search(after)


def _spoken_of(said: str, person: Speaker) -> bool:
    if person.name:
        return surname_mention(said, person.name) is not None
    return bool(person.role) and re.search(rf"\b{re.escape(person.role)}\b", said, re.I) is not None


def antecedent(
    pronoun: str,
    before: str,
    who: str,
    people: list[Speaker],
    fits: Callable[[Speaker, str], bool],
    is_name: Callable[[str], bool],
) -> Speaker | None:
    """Return whom "he"/"she" opening or closing a quotation's attribution means, from the
    sentences ``before`` it, or None where they name no one of that gender."""
    wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
    if wanted is None or re.search(r"[а-яё]", before[-400:], re.I):
        return None  # "it", "they"; a Russian article's "он" is for its own register
    narrative = blank_quotes(_narrative_window(before))
    if len(before) <= _REACH:  # "Survivors Speak Out\n\n…": the headline names no one
        narrative = narrative[headline_end(before) :]
    sentences = [s for s in SENTENCES.split(narrative) if re.search(r"[A-Za-z]", s)]
    others = 0
    paragraph = narrative[narrative.rfind("\n") + 1 :]
    for sentence in reversed(sentences):
        met = _MET_WHO_SAID.search(sentence) if sentence in paragraph else None
        if met is not None and kin_word_gender(met.group("head")) == wanted:
            # "In Shali, Milashina met a woman who said her brother had been taken. “…,” she
            # said.": the one met, who spoke, not the one who met her.
            return Speaker(role=met.group("who"))
        # "At a police facility, he says …" between the name and the quotation keeps to him.
        if not _MENTIONS[wanted].search(sentence):
            others += 1
            if others > _LOOK_BACK:
                break
        if (
            _PRONOUN_SUBJECT[wanted].match(sentence)
            or _ASKED_BACK[wanted].search(sentence)
            or _ASKED_OPENING[wanted].match(sentence)
        ):
            continue  # "He was asked about the reports.", "Scott pressed him": the one before
        fitting = []
        for governed, person in candidates(sentence, people, is_name):
            if _said_nothing(sentence, person):
                continue  # "Peskov declined to comment.": not who speaks next
            # Nor the one told, in this attribution or in the sentence searched ("“…”, he told
            # Baltic Courier. “…,” he said").
            if fits(person, wanted) and not (
                is_told(pronoun, person, who, before) or is_told(pronoun, person, sentence)
            ):
                fitting.append((governed, person))
        # "When the accusation is put to Kataev, he replies": a "When" clause that puts
        # something to someone names the antecedent of the "he" after it.
        subordinate = re.match(r"\W*When\b", sentence)
        if (opening := _SUBJECT_AFTER_CLAUSE[wanted].match(sentence)) is not None:
            # "In April 2020, he … swears at … Ramzan Kadyrov": the pronoun is the subject,
            # and those named after it are not whom the next "he" means.
            fitting = [
                (governed, person)
                for governed, person in fitting
                if (not governed or (subordinate and _put_to(person, opening[0])))
                and re.search(rf"\b{re.escape(person.label.rsplit(' ', 1)[-1])}\b", opening[0])
            ]
            if not fitting:
                continue
        if (
            fitting
            and all(governed for governed, _p in fitting)
            and _MENTIONS[wanted].search(sentence)
            and not (opening and subordinate)
        ):
            continue  # "he apologised to the Chechen leader": "he" is someone before, still
        described = _DESCRIBED_SPEAKER.match(sentence)
        who_spoke = _WHEN.sub("", described.group("who")) if described else ""
        # "The man said he had flown …": "man" is someone only as "the man".
        readings = [who_spoke, f"the {who_spoke}"] if who_spoke[:1].islower() else [who_spoke]
        spoke = next((r for r in readings if who_spoke and fits(Speaker(role=r), wanted)), "")
        if spoke and described:
            # "A spokeswoman said Suleymanova was not heard from. “…,” she said.": the one who
            # spoke, not someone named in what she said.
            said = sentence[described.end() :]
            # Nor anyone unnamed it spoke of ("The journalist said that her mother was
            # hospitalised. ‘…’, she said": the journalist).
            fitting = [pair for pair in fitting if not _spoken_of(said, pair[1])]
        closing = _CLOSING_SPEAKER.search(sentence)
        closer = closing.group("who").split()[-1:] if closing else None
        for governed, person in fitting:
            if not governed and person.name.split()[-1:] == closer:
                return person  # "… Söder, who “…”, Westlund said.": she who spoke, not Söder
        cited = [p for _g, p in fitting if f"according to {p.label}" in sentence]
        if fitting:
            # The source first ("…, according to Joël Deumier. “…,” he said"); not the one a
            # preposition governs, where another fits ("the region ruled by … Ramzan Kadyrov").
            return cited[0] if cited else min(fitting, key=lambda pair: pair[0])[1]
        # "Their lawyer said they were held in Grozny. “…,” he said.", "a spokeswoman for the
        # ministry said she had no comment. “…,” she said.": someone unnamed who spoke, before
        # anyone named earlier.
        if spoke:
            return Speaker(role=spoke)
    return None


# The titles before an English name ("Mr Kadyrov", "Sen. Marco Rubio", "Maj. Gen. Apti
# Alaudinov"): the person is the name after them, and the titles other than Mr or Dr are a role.
_TITLES = re.compile(rf"^(?:{lexicon.TITLE_EN}\s+)+(?=[A-Z])")


def without_titles(speaker: Speaker, is_name: Callable[[str], bool]) -> Speaker:
    """Return the speaker with the titles before its name moved to its role, or dropped."""
    titles = _TITLES.match(speaker.name)
    if titles is None or not is_name(speaker.name[titles.end() :]):
        return speaker
    role = re.sub(rf"\b(?:{lexicon.COURTESY_TITLES_EN})\b\.?", "", titles.group(0))
    return Speaker(
        speaker.name[titles.end() :], speaker.role or " ".join(role.split()), speaker.affiliation
    )


def named_at_end(who: str, salient: list[Speaker]) -> Speaker | None:
    """Return the person the article named whose name closes ``who``, if any.

    Not the one a role serves ("a spokesperson for … Ramzan Kadyrov", "a friend of …"), but
    the one asked ("Asked if Russia would adhere to the ruling Peskov (replied)").
    """
    served = re.search(r"\b(?:for|of|to|with|by|from|and)\b", who)
    if len(who.split()) < 2 or re.search(r"[а-яё]", who):
        return None
    if served and not re.match(r"(?:when\s+)?asked\s", who, re.I):
        return None
    for person in salient:
        if person.name and " " in person.name and who.endswith(person.name.split()[-1]):
            return person
    return None


# A bare role phrase ("the official", "the senior researcher"): its head, with no body.
_BARE_ROLE = re.compile(rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{lexicon.ROLE_WORDS})", re.I)
# A role's head is its last word before the body it is of ("a senior Russia researcher at
# Human Rights Watch", "a Human Rights Watch official").
_ROLE_HEAD = re.compile(r"([\w-]+)(?:\s+(?:of|for|at|to|in|with|from|on)\b.*)?$", re.I)


def carriers_of(role: str, people: list[Speaker]) -> set[str]:
    """Return the names of the people the article introduced with the head of a bare English
    role ("the official": "Tanya Lokshina, a Human Rights Watch official,", "Oleg Orlov, a
    Memorial official"). A role refers back to the one person who carries it; where two do,
    nothing tells which one it is, and it stays the role."""
    bare = _BARE_ROLE.fullmatch(role.strip())
    if bare is None:
        return set()
    head = bare.group("head").lower()
    found = set()
    for person in people:
        own = _ROLE_HEAD.search(person.role.strip()) if person.name else None
        if own is not None and own.group(1).lower() == head:
            found.add(person.name)
    return found


# "Zulai Bakhayeva's son, Rizvan, …. “…,” the mother … said": whose child the text named.
_PARENT_OF = re.compile(rf"(?P<name>{NAME}(?:\s+{NAME})?)(?:’s|')s?\s+(?:son|daughter|child)\b")


def parent_named(noun: str, before: str, gender: Callable[[str], str]) -> Speaker | None:
    """Return whom "the mother" (or "the father") means: the last person the text named as a
    child's parent, of that gender; else None."""
    wanted = {"mother": "f", "father": "m"}.get(noun)
    parents = [m.group("name") for m in _PARENT_OF.finditer(before)] if wanted else []
    fitting = [name for name in parents if gender(name) == wanted]
    return Speaker(fitting[-1]) if fitting else None


def account_holder(label: str, people: list[Speaker]) -> Speaker | None:
    """Return the person an account's handle names: "FM @LinkeviciusL confirms" is the person
    the article named whose surname the handle spells, accents aside (moved out of memory.py)."""
    handle = re.search(r"@(\w+)", label)
    if handle is None:
        return None
    account = _folded(handle.group(1))
    for person in people:
        surname = _folded(person.name.split()[-1]) if person.name else ""
        if len(surname) > 3 and surname in account:
            role = label[: handle.start()].strip()
            return Speaker(person.name, role or person.role, person.affiliation)
    return None


def _folded(word: str) -> str:
    """``word`` in lower case without its accents ("Linkevičius" -> "linkevicius")."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


# "He is gay and a refugee from Chechnya", "She was a 25-year-old student in Grozny,": what
# an article calls the person it does not name, a sentence's predicate after "he"/"she".
UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<pronoun>He|She)\s+(?:is|was)\s+(?:[a-z]+\s+and\s+)?"
    r"(?P<role>(?:a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]+(?:\s+(?:from|in)\s+[A-Z][\w-]+)?)"
    r"(?=[,.;]|\s+(?:living|who|and|with)\b)"
)


# Whose kin or which group an unnamed witness is, up to the clause's verb or a comma.
OF_WHOM = re.compile(
    r"\s+of\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?=,|\s+(?:said|says|told|tells|who|was|is|has|had)\b)"
)


# Someone's office that a table of offices may name ("his spokesman"), not kin ("his mother").
_OWNED = re.compile(
    r"(?P<pronoun>his|her)\s+(?P<office>(?:\w+\s+)?(?:spokesman|spokesperson|spokeswoman|"
    r"press\s+secretary|representative|aide|adviser|advisor))",
    re.I,
)


def someone_else(role: str) -> bool:
    """Whether a description the parse gave is not whoever the attribution's words end with:
    an indefinite one ("while a spokesman of his denounced …" after "Ramzan Kadyrov has denied
    …": someone else, unnamed) or someone's office ("quoted his spokesman as saying")."""
    return bool(
        re.match(rf"(?:a|an)\s+(?:\w+\s+)?(?:{lexicon.ROLE_WORDS})\b", role) or _OWNED.match(role)
    )


def owned_office(
    speaker: Speaker,
    before: str,
    who: str,
    people: list[Speaker],
    fits: Callable[[Speaker, str], bool],
    is_name: Callable[[str], bool],
) -> Speaker | None:
    """Return "his spokesman" as the office of whom "his" means ("Ramzan Kadyrov denied the
    accusations, but the New York Times quoted his spokesman as saying …": Kadyrov's
    spokesman, whom the table of offices may name); None for any other speaker."""
    owned = _OWNED.fullmatch(speaker.role.strip()) if not speaker.name else None
    if owned is None:
        return None
    pronoun = "he" if owned.group("pronoun").lower() == "his" else "she"
    owner = antecedent(pronoun, before, who, people, fits, is_name)
    if owner is None or not owner.name:
        return None
    return Speaker(role=f"{owner.name.split()[-1]}'s {owned.group('office')}")  # as news says
