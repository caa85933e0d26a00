"""What an English article says about the people it names, for resolving who spoke.

The article's memory (memory.py) keeps who was named and who spoke, in the order the article
did; this keeps what the article says *about* them: the gender its pronouns, titles, kinship
words and first names give each one, the words that describe each one ("strongman Ramzan
Kadyrov", "Tanya Lokshina, a researcher"), and who issued the statements it goes on to quote.
With it "she", "the strongman", "the journalist", "the NGO", "the statement" and an unattributed
quotation resolve to the most salient person (or body) they can refer to, not the one named last.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from refuge.media import lexicon
from refuge.media.extract.english_apposed import spoke_in
from refuge.media.extract.english_bodies import (
    OFFICES,
    body_named,
    court_named,
    named_body,
    of_kind,
    reporting_body,
    reporting_outlet,
)
from refuge.media.extract.english_descriptions import KIN as _KIN
from refuge.media.extract.english_descriptions import (
    established,
    kin_word_gender,
    mentions,
    role_holder,
    said_of,
)
from refuge.media.extract.english_documents import (
    DOCUMENT_PHRASE,
    DOCUMENT_SPOKE,
    PLURAL_SPOKE,
    issued_documents,
)
from refuge.media.extract.english_reference import (
    SENTENCES,
    parent_named,
    surname_mention,
)
from refuge.media.extract.first_names import first_name_gender
from refuge.media.extract.last_named import just_named
from refuge.media.extract.model import Quote
from refuge.media.extract.office_synonyms import holds_office, post_words
from refuge.media.extract.org_aliases import last_org_before, org_in
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import GIVEN_NAME, NAME

_PRONOUNS = {
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
}


def pronoun_gender(text: str) -> str:
    """The gender of the pronouns in ``text`` when they are all one gender's, or ""."""
    found = {g for g, pattern in _PRONOUNS.items() if pattern.search(text)}
    return found.pop() if len(found) == 1 else ""


# Kin an article names without a name ("his mother", "her husband"): someone "she"/"he" may mean.
# Kin spoken of together: neither "he" nor "she".
_COLLECTIVE_KIN = "parents|family|relatives"
KIN_NOUNS = (
    r"mother|father|wife|husband|sister|brother|son|daughter|aunt|uncle|grandmother|"
    rf"grandfather|cousin|{_COLLECTIVE_KIN}"
)
# Definite nouns that re-describe someone the article has already named ("the strongman
# said"), as against ones that bring in someone new ("the relative said", "the man said").
EPITHETS = (
    r"strongman|dictator|autocrat|warlord|leader|politician|lawmaker|legislator|deputy|"
    r"official|journalist|reporter|correspondent|activist|campaigner|defender|lawyer|attorney|researcher|director|chief|"
    r"head|minister|ombudsman|ombudsperson|ombudswoman|commissioner|dissident|blogger|singer|"
    r"performer|chairman|chair|founder|president|governor|senator|diplomat|ambassador|envoy|"
    r"expert|analyst|investigator|prosecutor|judge|coordinator|writer|author|editor|publisher|"
    r"critic|ruler|premier|tyrant|despot"
)  # not "the victim", "the survivor", "the officer": someone new, often unnamed
# Epithets of politics, and the words that describe someone as in it.
_POLITICAL = (
    r"strongman|dictator|autocrat|warlord|leader|politician|lawmaker|legislator|ruler|premier|"
    r"president|governor|senator|minister|mp|chancellor|mayor|tyrant|despot"
)  # not "head" nor "chairman": of a network as well as of a republic
# Epithets that name an office someone holds in a case or a state: only a person the article
# described so holds it ("Ivanov described the raids. “…,” the prosecutor said" is not Ivanov's;
# mend 12, EN-3), not anyone it named before.
OFFICES_HELD = (
    r"lawyer|attorney|prosecutor|judge|investigator|official|ombudsman|ombudsperson|ombudswoman|"
    r"commissioner|diplomat|ambassador|envoy|minister|governor|senator"
)
# Bodies: "the NGO said" is the organisation the article named last.
_BODIES = r"ngo|organi[sz]ation|group|charity|watchdog|non-?profit|agency|network|association"
_RULING = r"court|judge?ment|ruling|verdict"  # the court's own words: "the judgment states"
# Where a group publishes, named after the kind ("the Telegram channel 1ADAT").
_MEDIA = r"channel|website|site|blog|account|page"


# A body's own medium: "the project's Telegram channel", "the group’s website".
_MEDIUM_OWNER = re.compile(rf"(?P<owner>the\s+[a-z-]+)[’']s\s+(?:[A-Z]\w*\s+)?(?:{_MEDIA})", re.I)


def _medium_named(kind: str, before: str) -> str:
    """The name ``before`` last gave right after ``kind`` ("the channel 1ADAT"), or ""."""
    named = re.findall(
        rf"\b{kind}\s+(?P<name>[A-Z0-9][\w-]*(?:\.\w[\w-]*)*(?:\s+[A-Z][\w-]*){{0,2}})", before
    )
    return named[-1] if named else ""


# A witness introduced by what they are, then by the one name they go by.
_WITNESS = re.compile(
    rf"\b(?:A|An|One|The|Another)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[a-z]+),?\s+(?:who|whom|whose)\s+"
    rf"[^.;]{{0,40}}?\b(?:{GIVEN_NAME})\s+[“\"]?(?P<given>{NAME})"
)
_OWN_OBJECT = re.compile(
    r"^(?:,[^,.;]{1,80},)?\s+[a-z]+\s+(?:(?:with|to|for|at|by)\s+)?(?:him|her)\b(?!\s+[a-z])"
)


def apposed_title(title: str | None) -> str:
    """The role a sentence's opening description gives the name in apposition to it ("A
    spokeswoman for the European Commission, Maja Kocijancic,"); "" where the name holds the
    description's last noun instead ("A spokesman for Chechnya’s leader, Ramzan Kadyrov,")."""
    last = title.split()[-1].lower() if title and title.split() else ""
    held = re.fullmatch(rf"{lexicon.ROLE_WORDS}|{KIN_NOUNS}|{EPITHETS}", last)
    return title if title and not held else ""


def kin_gender(role: str) -> str:
    """Return "f", "m" or "plural" for an unnamed role whose last word says it ("his mother")."""
    named_kin = re.fullmatch(
        r"(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+[’']s\s+\w+|(?:the\s+)?[a-z-]+[’']s\s+\w+", role
    )  # "Maxim Lapunov's mother", "the man’s family"
    if re.fullmatch(rf"(?:the\s+)?(?:{_COLLECTIVE_KIN})", role, re.I):
        return "plural"  # "The family asked that their surname not be published"
    if not named_kin and not re.match(r"(?:his|her|their)\s", role, re.I):
        return ""  # "one of the singer’s relatives" is one person
    word = role.split()[-1]
    if re.fullmatch(rf"{_COLLECTIVE_KIN}|\w+s", word, re.I):
        return "plural"  # neither "he" nor "she"
    return kin_word_gender(word)


@dataclass
class Discourse:
    """What the article has said about each person it named, by full name."""

    genders: dict[str, tuple[int, str]] = field(default_factory=dict)  # name: (strength, g)
    described: dict[str, set[str]] = field(default_factory=dict)
    posts: dict[str, set[str]] = field(default_factory=dict)  # name: words of its post
    documents: list[tuple[str, Speaker]] = field(default_factory=list)  # (kind, author)
    # The people read so far, counted by ``_named``.
    _people: list[Speaker] | None = field(default=None, compare=False, repr=False)
    _counted: int = field(default=0, compare=False, repr=False)
    _held: Counter[str] = field(default_factory=Counter, compare=False, repr=False)
    _by_name: dict[str, Speaker] = field(default_factory=dict, compare=False, repr=False)
    _alone: dict[str, Speaker] = field(default_factory=dict, compare=False, repr=False)

    def _set_gender(self, name: str, gender: str, strength: int) -> None:
        if strength >= self.genders.get(name, (0, ""))[0]:
            self.genders[name] = (strength, gender)

    def gender(self, name: str) -> str:
        known = self.genders.get(name)
        return known[1] if known else first_name_gender(name)

    def _named(self, people: list[Speaker]) -> tuple[Counter[str], dict[str, Speaker]]:
        """How often ``people`` holds each surname of a full name, and the first held of each
        full name. The memory holds a person once per time it was named (a long interview's
        interviewee at every answer) and only ever appends: what it appended since the last
        call is all that is counted (and the last held of each name of one word, for ``read``)."""
        if people is not self._people:
            self._people, self._counted, self._held, self._by_name = people, 0, Counter(), {}
            self._alone = {}
        for person in people[self._counted :]:
            if person.name and " " in person.name:
                self._held[person.name.split()[-1]] += 1
                self._by_name.setdefault(person.name, person)
            elif person.name:
                self._alone[person.name] = person
        self._counted = len(people)
        return self._held, self._by_name

    def read(self, narrative: str, people: list[Speaker]) -> None:
        """Note what ``narrative`` (quotations blanked) says about the ``people`` named so far."""
        held, by_name = self._named(people)
        # "Aslan, a member of an NGO, called …": one name alone is described too (its pronouns
        # are left to full names, which a surname elsewhere cannot be confused with).
        alone = [p for name, p in self._alone.items() if name in narrative]
        # Not after "U.S." or "U.N.": "Nikki Haley, the U.S. ambassador" is one sentence.
        sentences = re.split(r"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)\s+|\n+", narrative)
        for index, sentence in enumerate(sentences):
            found = {surname for surname in held if surname_mention(sentence, surname)}
            here = [p for name, p in by_name.items() if name.split()[-1] in found]
            for person in here + [p for p in alone if surname_mention(sentence, p.name)]:
                self._describe(person, sentence, by_name)  # the same for each held of one name
            if sum(held[surname] for surname in found) != 1:
                continue
            # Pronouns after the one person a sentence names, there or in the next sentence if
            # it names nobody, are that person's: "Lokshina believes … her work".
            person = here[0]
            mention = surname_mention(sentence, person.name)
            after = sentence[mention.end() :] if mention else sentence
            # "Dmitry Muratov, the editor, backed her": the object of the person's own verb is
            # someone else (the person would be "herself").
            after = _OWN_OBJECT.sub("", after)
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if following and not any(surname_mention(following, surname) for surname in held):
                after += " " + following
            gender = pronoun_gender(after)
            # "“…,” Kochetkov said. She agreed.": not where the first name says otherwise.
            if gender and first_name_gender(person.name) in {"", gender}:
                self._set_gender(person.name, gender, 2)
        for witness in _WITNESS.finditer(narrative):
            # "A 23-year-old survivor, who gave only his first name, Ali, …": "the survivor" is Ali.
            noun = witness.group("noun").lower()
            self.described.setdefault(witness.group("given"), set()).add(noun)
        self.documents.extend(issued_documents(narrative, list(by_name.values())))

    def _describe(self, person: Speaker, sentence: str, names: Collection[str]) -> None:
        """Note the words a sentence puts before or in apposition to a person's name."""
        words: list[str] = []
        for before, after in mentions(person.name, sentence, names):
            self.posts.setdefault(person.name, set()).update(post_words(after))
            words += said_of(person.name, before, after)
        if not words:
            return
        self.described.setdefault(person.name, set()).update(w.lower() for w in words)
        spelled = first_name_gender(person.name)  # not "his wife that Magomed Gadaev was …"
        for gender, kin in _KIN.items():
            if any(re.fullmatch(kin, w) for w in words) and spelled in {"", gender}:
                self._set_gender(person.name, gender, 3)

    def described_as(self, noun: str, salient: list[Speaker]) -> Speaker | None:
        """Return the most salient person the article has described with ``noun``."""
        for person in salient:
            if person.name and noun in self.described.get(person.name, set()):
                return person
        return None

    def author_of(self, kind: str) -> Speaker | None:
        """Return who issued the latest document of this kind the article mentioned."""
        return next((a for k, a in reversed(self.documents) if k == kind), None)

    def refer(self, role: str, salient: list[Speaker], before: str) -> Speaker | None:
        """Return whom a definite description ("the strongman", "the NGO") refers to.

        A person the article described with that noun, most salient first; a body for "the
        NGO"; for a noun that re-describes someone ("the journalist", not "the relative"),
        the most salient named person whose gender does not contradict it.
        """
        if role.lower() == "it":
            # "“…,” the report said. / “…,” it said.": the document that spoke just before.
            spoke = DOCUMENT_SPOKE.search(before)
            return self.refer(spoke.group("document"), salient, before) if spoke else None
        # "the statement", "the document", "the statement on the group’s Facebook page": whoever
        # issued it (the last document of any kind for "the document"), else the body whose
        # page or channel it is on.
        document = DOCUMENT_PHRASE.fullmatch(role.strip())
        if document and not document.group("a") and not document.group("the"):
            document = None
        if document and document.group("a"):
            # "The organisers said later that …. “…,” read a statement.": theirs, whoever
            # spoke in the sentence before.
            last = re.split(r"(?<=[.!?…])\s+|\n+", before.rstrip(' “"\n'))[-1]
            spoke = PLURAL_SPOKE.match(last)
            if spoke is not None:
                return Speaker(role=spoke.group("who").lower())
        if document:
            kind = document.group("kind").lower()
            issued = self.author_of(kind) or (
                self.documents[-1][1] if self.documents and kind in {"document", "text"} else None
            )
            where = document.group("where") or ""
            owned = re.search(r"\b(?:its|their|the\s+(?P<owner>[a-z]+)(?:’s|'s))\s", where)
            body = last_org_before(before) if owned and issued is None else ""
            if owned and owned.group("owner") and issued is None and not body:
                # "A statement on the court’s website": whom "the court" means; the channel's
                # own page is the channel's ("on the channel’s Telegram page"), not its moderator.
                owner = owned.group("owner")
                if re.fullmatch(_MEDIA, owner):
                    channel = _medium_named(owner, before)
                    issued = Speaker(role=channel, affiliation=channel) if channel else None
                else:
                    issued = self.refer(f"the {owner}", salient, before)
            # "…, says Vayfond, a Chechen human rights group. “…,” reads the statement.": the
            # body whose words the sentence before reported, where nobody issued one.
            body = body or (reporting_body(before) if issued is None else "")
            # "… men were rounded up, Novaya Gazeta claimed. The report, citing …, alleged":
            # the outlet's report, where no one issued one.
            body = body or (reporting_outlet(before) if issued is None and kind == "report" else "")
            return issued or (Speaker(role=body, affiliation=body) if body else None)
        holder = role_holder(role, salient, self.described, rf"{EPITHETS}|{lexicon.ROLE_WORDS}")
        if holder is not None:
            return holder  # "the head of the Committee": whom the article described so
        if owner := _MEDIUM_OWNER.fullmatch(role.strip()):
            return self.refer(owner.group("owner"), salient, before)  # "the project's channel"
        if re.match(r"the\s+\d{1,3}-year-old\s+\w+\s+\w+", role.strip(), re.I):
            # "“…,” adds the 64-year-old retired accountant and election observer who …": a
            # long description by age goes on with the one who spoke in the paragraph before,
            # of a gender it allows ("the 45-year-old mother of three").
            words = role.lower().split()[2:4]
            wanted = next((g for g, kin in _KIN.items() for w in words if re.fullmatch(kin, w)), "")
            allowed = {"", wanted} if wanted else {"", "f", "m"}
            last = before.rstrip(' “"\n').rsplit("\n", 1)[-1]
            speakers = [p for p in salient if p.name and spoke_in(last, p.name.split()[-1])]
            return next((p for p in speakers if self.gender(p.name) in allowed), None)
        # "the 40-year-old tyrant": an age among the words before the noun.
        found = re.fullmatch(
            r"the\s+(?:[a-z0-9-]+\s+){0,2}(?P<noun>[a-z0-9-]+)", role.strip(), re.I
        )
        if found is None:
            return None
        noun = found.group("noun").lower()
        if noun in {"project", "initiative"} and (body := named_body(noun, before)):
            return Speaker(role=body, affiliation=body)  # "the project" after "Memory Project"
        if re.fullmatch(_RULING, noun) and (court := court_named(before)):
            return Speaker(role=court, affiliation=court)  # "the court said": the one named
        # "the party" after "the bodyguard of party leader Ali Karimli", "the office" after
        # "just like Aliev, the Lille prosecutor’s office said": a body's kind is no person
        # described with the word ("Dunja Mijatovic, the … watchdog" is a person, though).
        body_kind = noun != "watchdog" and re.fullmatch(rf"{_BODIES}|{OFFICES}", noun)
        described = None if body_kind else self.described_as(noun, salient)
        if described is not None:
            return described
        if re.fullmatch(_MEDIA, noun) and (channel := _medium_named(noun, before)):
            # "the channel" after "the channel 1ADAT"
            return Speaker(role=channel, affiliation=channel)
        if re.fullmatch(_BODIES, noun) or re.fullmatch(rf"the\s+(?:{_BODIES})", role.strip()):
            body = of_kind(noun, body_named(before), before)
            return Speaker(role=body, affiliation=body) if body else None
        if re.fullmatch(OFFICES, noun):
            body = named_body(noun, before)
            return Speaker(role=body, affiliation=body) if body else None
        wanted = next((g for g, kin in _KIN.items() if re.fullmatch(kin, noun)), "")
        if (parent := parent_named(noun, before, self.gender)) is not None:
            return parent
        if re.fullmatch(_NEWCOMERS, noun):
            return just_named(noun, wanted, salient, before, self.gender)
        if re.fullmatch(OFFICES_HELD, noun):
            # Review 17, en-2: the office in other words ("Kadyrov's spokesman … the official")
            # is held too; someone described as anything else (a victim, a researcher) is not.
            return next(
                (
                    person
                    for person in salient
                    if person.name
                    and holds_office(
                        noun,
                        self.described.get(person.name, set())
                        | self.posts.get(person.name, set())
                        | set(person.role.lower().split()),  # "the Commissioner for …"
                    )
                ),
                None,
            )
        if not re.fullmatch(EPITHETS, noun):
            return None
        fitting = [
            p for p in salient if p.name and (not wanted or self.gender(p.name) in {"", wanted})
        ]
        if re.fullmatch(_POLITICAL, noun):
            # "the politician" after "the executive director … Kimahli Powell" and "the
            # Chechen leader Ramzan Kadyrov": the one the article described in politics.
            fitting = [p for p in fitting if self._in_politics(p)] or fitting
        # "Svetlana Gannushkina … told the correspondent that …. “…,” said the rights
        # defender": the one person the sentence before named, before anyone who spoke earlier.
        last = SENTENCES.split(before.rstrip(' “"\n'))[-1]
        named_last = [p for p in fitting if surname_mention(last, p.name)]
        if len({p.name for p in named_last}) == 1 and " " in named_last[0].name:
            return named_last[0]
        if (subject := _opening_subject(last, named_last)) is not None:
            return subject  # "Before that, Abdurakhmanov wondered why Akhmat Kadyrov …"
        return fitting[0] if fitting else None

    def _in_politics(self, person: Speaker) -> bool:
        words = self.described.get(person.name, set()) | self.posts.get(person.name, set())
        words |= set(person.role.lower().split())
        return any(re.fullmatch(_POLITICAL, w) for w in words)


# People an article brings in without a name ("a survivor told …", "one of the men", in
# memory.py with their plurals), in the singular.
UNNAMED_NOUNS = ("man", "woman", "survivor", "victim", "refugee", "detainee", "witness", "resident")
_PLURALS = {"man": "men", "woman": "women", "witness": "witnesses"}


def with_plurals(nouns: list[str]) -> str:
    """Return an alternation of ``nouns``, each followed by its plural ("gay man|gay men")."""
    forms = []
    for noun in nouns:
        *before, last = noun.split(" ")
        forms += [noun, " ".join([*before, _PLURALS.get(last, last + "s")])]
    return "|".join(forms)


# Nouns that bring in someone new ("a survivor told …", then "the survivor said") but that
# also re-describe the one person the sentence before named ("Maxim Lapunov was held for
# twelve days. “…,” the survivor said"), or whom an age described ("Amin, 27, fled …. “…,”
# the 27-year-old said").
_NEWCOMERS = "|".join([*UNNAMED_NOUNS, "teenager", "student", "native", r"\d+-year-old"])


# Words before a clause's subject: an opening phrase and a comma, then the given names.
_BEFORE_SUBJECT = re.compile(r"\s*(?:[^,]{0,40},\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}")


def _opening_subject(sentence: str, named: list[Speaker]) -> Speaker | None:
    """Return which of the people ``named`` in ``sentence`` opens it as its subject, if one does:
    the one the sentence is about, not whom he acted on or spoke of."""
    mentions = [(m.start(), p) for p in named if (m := surname_mention(sentence, p.name))]
    if not mentions:
        return None
    start, first = min(mentions, key=lambda pair: pair[0])
    return first if _BEFORE_SUBJECT.fullmatch(sentence[:start]) else None


def first_person(quote: str) -> bool:
    # Opening a sentence too: "We are receiving calls …", "My son …".
    return bool(re.search(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur)\b", quote))


def speech_of_focus(
    quotes: list[Quote],
    focus: dict[int, list[Speaker]],
    paragraphs: list[tuple[int, int]],
    text: str,
) -> None:
    """Give an unattributed first-person paragraph of speech the person in focus before it.

    "“When I was detained …,” Gregory says.\n\nAnd so he did, setting up a date. Later,
    authorities drove him …\n\n“They put a black plastic bag over my head …”": the paragraphs
    between speak of Gregory ("he", "him"); authorities are no person; the words are his.
    """
    for index, quote in enumerate(quotes):
        if quote.speaker or quote.part_of is not None:
            continue
        here = next(i for i, (s, e) in enumerate(paragraphs) if s <= quote.start <= e)
        ps, pe = paragraphs[here]
        # A word read as a name once ("Related: …") is no one the article is about, unless the
        # paragraph before opens by describing them ("Vartan Grigoryan, another freed
        # detainee, had traces of beatings on his face.") or tells of them as "she" or "he".
        opening = text[paragraphs[here - 1][0] : paragraphs[here - 1][1]] if here else ""
        person = next(
            (
                p
                for p in focus.get(index, [])
                if established(p.name, text)
                or opening.startswith(f"{p.name}, ")
                or (
                    (pronoun_gender(opening) or "?") == first_name_gender(p.name)
                    and re.search(rf"(?:^|[.!?]\s+|\n){re.escape(p.name)}\s+[a-z]", text)
                )
            ),
            None,
        )
        parts = [q for q in quotes if q.part_of == index]
        words = " ".join([quote.text, *(q.text for q in parts)])
        # The paragraph is nothing but the quotation: one with words of its own around it
        # names (or fails to name) its speaker there, and the focus is no answer to that.
        whole = not re.sub(r"[\s.,!?…“”\"‘’']", "", text[ps:pe].replace(quote.text, ""))
        # After a question the answer is the interviewee's, whom the focus need not be.
        asked = (
            here and text[paragraphs[here - 1][0] : paragraphs[here - 1][1]].rstrip()[-1:] == "?"
        )
        if whole and person is not None and first_person(words) and not asked:
            quote.speaker, quote.speaker_role = person.name, person.role
            quote.affiliation = person.affiliation
            continue
        # "Meduza spoke to Igor Kalyapin, …\n\nWhat will the evidence change?\n\n“Nothing
        # will change …”": an answer in quotation marks is the interviewee's.
        if whole and asked and (interviewee := _interviewee(text[: quote.start])):
            quote.speaker = interviewee
            continue
        # "Tanya Lokshina of Human Rights Watch said the authorities must act.\n\n“This is a
        # disgrace …”": a paragraph of quotation goes on with whoever the paragraph before
        # ends by reporting, first person or not.
        reporter = _reporter(focus.get(index, []), text, paragraphs, here)
        if whole and reporter is not None and not asked:
            quote.speaker, quote.speaker_role = reporter.name, reporter.role
            quote.affiliation = reporter.affiliation


_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|talked|speaks|talks)\s+(?:to|with)|interview(?:ed)?(?:\s+with)?)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)


def _interviewee(before: str) -> str:
    """Return the person the article last says it interviewed ("spoke to Igor Kalyapin",
    "an interview with Tanya Lokshina"), not an outlet or a body; "" if none."""
    names = [m.group("name") for m in _INTERVIEWED.finditer(before)]
    name = names[-1] if names else ""
    return "" if not name or org_in(name, outlets=True) else name


def _reporter(
    focus: list[Speaker], text: str, paragraphs: list[tuple[int, int]], here: int
) -> Speaker | None:
    """Return the one person in focus whom the last sentence of the paragraph before
    paragraph ``here`` reports as speaking (their surname and a speech verb), if any."""
    if not here:
        return None
    ps, pe = paragraphs[here - 1]
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text[ps:pe].strip())[-1]
    # Not an infinitive: "Officers refused to write to Titiev." reports no one speaking.
    speech = re.search(
        rf"(?<!\bto\s)\b(?:{lexicon.SPEECH_VERBS_EN}|(?:went|goes) on to \w+)\b", last
    )
    if re.search(r"[“\"]", last) or speech is None:
        return None  # a quotation of its own there, or no speech reported
    # Who speaks comes before the verb; those it addresses after it are no speakers ("Cobb
    # went on to urge Trump and Secretary of State Rex Tillerson to address the issue").
    # A relative clause on the subject is no subject ("Dudayev, who is also a top aide to
    # Chechnya's leader, Ramzan Kadyrov, rejected …").
    # Else the whole sentence: "On Monday said Lokshina …", the name after the verb.
    for subject in (re.split(r",\s+who\s", last[: speech.start()])[0], last):
        named = [p for p in focus if p.name and surname_mention(subject, p.name)]
        if named:
            break
    # One person remembered twice ("Dudayev", "Akhmed Dudayev") is one: the fuller name.
    if len({p.name.split()[-1] for p in named}) == 1:
        named = sorted(named, key=lambda p: -len(p.name))[:1]
    if len(named) != 1:
        return None
    # "Tanya Lokshina and Igor Kochetkov said …": another name there (one the memory may not
    # have kept; any capitalised words no organisation list has) leaves it open whose words
    # follow.
    runs = re.findall(r"(?:[A-Z][\w’'-]+\s+)+[A-Z][\w’'-]+", subject)
    others = [
        r
        for r in runs
        if not org_in(r) and not r.startswith("The ") and not surname_mention(r, named[0].name)
    ]
    return None if others else named[0]
