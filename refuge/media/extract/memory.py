"""The article's memory of who it has named, to resolve "he", "McGill", "the spokesperson"."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import english_bodies, russian_memory
from refuge.media.extract.discourse import (
    EPITHETS,
    KIN_NOUNS,
    Discourse,
    apposed_title,
    kin_gender,
)
from refuge.media.extract.english_bodies import body_by_kind, latest_body
from refuge.media.extract.english_discourse import (
    nothing_new_since,
    people_by_kind,
    spoken_together,
    they_body,
    whom_they_mean,
)
from refuge.media.extract.english_reference import (
    OF_WHOM,
    UNNAMED_SUBJECT,
    account_holder,
    antecedent,
    carriers_of,
    is_told,
    named_at_end,
    named_before,
    owned_office,
    someone_else,
    without_titles,
)
from refuge.media.extract.first_names import first_name_gender, listed_first_name
from refuge.media.extract.last_named import age_fits
from refuge.media.extract.memory_roles import apart, carried, changed_names, is_people_role, is_role
from refuge.media.extract.offsets import headline_end
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import (
    ANONYMOUS,
    NOT_NAMES,
    first_name_owners,
    is_person_name,
    set_beside,
    spelled_gender,
    unnamed_person,
    witness_gender,
)
from refuge.media.extract.role_reference import described_by_role
from refuge.media.extract.russian_antecedents import group_opening_sentence, group_spoken_last
from refuge.media.extract.russian_wording import agency_named, titled_body
from refuge.media.extract.salience import Salience
from refuge.media.extract.speakers import NAME, Speaker, parse_who
from refuge.media.extract.wording import GIVEN, GIVEN_NAME, clean_who, his_not_hers, same_surname

# The place a role is held in or accredited to: "Ambassador to Berlin", "Ombudsman in Chechnya",
# "head of Chechnya" (a place the gazetteer knows), "Secretary of State Rex Tillerson" (the
# State a secretary heads).
_PLACES = "|".join(re.escape(p) for p in sorted({*lexicon.PLACE_NAMES, "State"}, key=len)[::-1])
_FOR_HR = r"for\s+(?i:human\s+rights)"  # "Commissioner for Human Rights Tatyana Moskalkova"
_PLACED = rf"(?:[^\S\n]+(?:(?:to|in)[^\S\n]+[A-Z][a-z]+|of[^\S\n]+(?:{_PLACES})|{_FOR_HR})\b)?"
# "a spokesperson for Chechen leader Ramzan Kadyrov" (not "Commissioner for Human Rights").
_PRINCIPAL = re.compile(rf".*?\b(?:{lexicon.ROLE_WORDS})\s+(?!{_FOR_HR})for\s+(?P<role>.+)", re.I)
# "The head of Chechnya Kwame Mensah": a name right after a role (and its place) holds it.
_NAME_AFTER_ROLE = re.compile(rf"{_PLACED}[^\S\n]+(?P<name>{NAME}\s+{NAME})")

# "(German Chancellor Angela Merkel) met Russian President Vladimir Putin": whom one met.
_MEETING = r"met|meets|visited|visits|thanked|invited|hosted|received|urged|phoned|and"
_LINKING = r"of|for|to|at|in|on|with|from|under|by"
_FULL_STOP = re.compile(r"(?<=\w\w\w)\.$")  # a sentence's, after a name: "… Dmitry Peskov."
_AUTHORS_OF = re.compile(r"авторы\s+(?:письма|обращения|заявления|доклада|петиции)")


# One person "they" may mean: "A Chechnyan government spokesperson has denied …. “…,” they said".
_SINGULAR_THEY = re.compile(r"\b(?:spokesperson|representative)$", re.I)


_PARTICIPLE_ENDING = r"(?:[ctsna]ted|ssed|i[sz]ed|lled|rked|sked|ewed|rmed|ened|ered)"
# Participles that open a sentence before whom they are said of ("Challenged, a spokesman …"),
# with endings names have too.
_OPENING_PARTICIPLES = frozenset(
    {"Challenged", "Quizzed", "Summoned", "Emailed", "Detained", "Reached", "Accused", "Charged"}
    | {"Sentenced", "Released", "Freed", "Beaten", "Tortured", "Forced", "Stunned", "Worried"}
    | {"Outraged", "Shocked", "Concerned", "Phoned", "Born", "Searched", "Watched"}
)
# A name with a digit or in capitals only, which no person has: "1ADAT", "SK SOS".
_NO_ONES = re.compile(r"(?=\S*\d)[0-9A-Za-z.-]+|[A-Z0-9]{2,}(?:\s+[A-Z0-9]{2,})*")
# A description set before the pronoun it is said of: "A political refugee …, he was …".
_FRONTED = re.compile(r"[^,.;:!?\n“”\"]{0,60},\s+(?:he|she)\s+(?!said|says|told|tells)")
_KNOWN_AS = r"(?:(?:referred\s+to|identified|known)\s+(?:only\s+)?as\s+)?"  # "known as Adam"
_BESIDE = re.compile(rf",[^\S\n]+{_KNOWN_AS}({NAME}(?:[^\S\n]+{NAME})?)(?:,|[^\S\n]+\()")


def _past_a_person(role: str) -> str:
    """Return ``role`` from after another person's name and verb: "Angela Merkel met Russian
    President (Vladimir Putin)" is the president."""
    for named in re.finditer(rf"({NAME}\s+{NAME})\s+(?!(?:{_LINKING})\s)[a-z]+\s+", role):
        if first_name_gender(named.group(1)) and is_person_name(named.group(1)):
            return role[named.end() :]
    return role


class Memory:
    """Who the article has mentioned so far, to resolve "he", "McGill", "the spokesperson".

    ``people`` is in the order of mention. A person who spoke, or who opens a sentence as its
    subject, is a *subject*: "he" and "she" refer to the latest subject before anyone else
    mentioned in passing ("his late father Akhmad Kadyrov").
    """

    def __init__(
        self,
        people: list[tuple[int, str]] | None = None,
        vocabulary: set[str] | None = None,
        nominative: set[int] | None = None,
    ) -> None:
        self.people: list[Speaker] = []
        # Words the article also writes in lower case are common words, not names ("Activists").
        self.vocabulary = vocabulary or set()
        self.subjects: list[Speaker] = []
        self._salience = Salience(self.subjects, self.people)
        self._unnamed: dict[str, str] = {}  # an unnamed subject's description: "m" or "f"
        # For Russian articles: the people natasha found, (offset, nominative name).
        self.known: list[tuple[int, str]] = sorted(people or [])
        # Offsets of the names written in the nominative: the subjects of their sentences
        # ("Москалькова встретилась с Игорем Кочетковым": she is; he is not).
        self.nominative = nominative
        self.position = 0
        # What an English article says of the people it named (discourse.py).
        self.discourse = Discourse()

    def salient(self) -> list[Speaker]:
        """The people and bodies remembered, most salient first: the latest subject or speaker,
        then the others by their latest mention; each once."""
        return self._salience.order()

    def is_name(self, name: str) -> bool:
        return is_person_name(name) and not any(w.lower() in self.vocabulary for w in name.split())

    def _may_be(self, person: Speaker, wanted: str) -> bool:
        """Whether a pronoun of the ``wanted`` gender ("m", "f", "": none) may mean ``person``."""
        if wanted and self.gender(person.name) not in {"", wanted}:
            return False  # "— сказала она" is not the man named last
        if not person.name and person.role in self._unnamed:
            return not wanted or self._unnamed[person.role] == wanted
        one_of = re.match(r"(один|одна) из ", person.role)
        if one_of and wanted and {"один": "m", "одна": "f"}[one_of.group(1)] != wanted:
            return False
        if wanted and not person.name and kin_gender(person.role) not in {"", wanted}:
            return False  # "his mother" is not "he", "his relatives" not "she"
        anonymous = not person.name and unnamed_person(person.role)
        if anonymous and wanted and witness_gender(person.role) not in {"", wanted}:
            return False
        return bool(person.name or is_people_role(person.role) or one_of or anonymous)

    def gender(self, name: str) -> str:
        """Gender from what the article said of the person, else from the name's spelling."""
        known = self.discourse.genders.get(name)
        if known:
            return known[1]
        return spelled_gender(name)

    def remember(self, speaker: Speaker, *, subject: bool = True) -> None:
        if speaker.label and speaker.label.lower() not in lexicon.PRONOUNS:
            self.people.append(speaker)
            if subject:
                self.subjects.append(speaker)

    def _meet(self, subject: Speaker, *, new: bool = True) -> None:
        self.subjects.append(subject)
        if new:
            self.people.append(subject)

    def scan(self, text: str, offset: int = 0) -> None:
        """Remember the people named in ``text`` (which starts at ``offset`` in the article)."""
        if russian_memory.scan(self, text, offset):
            return  # natasha has named the people of a Russian article
        # What was quoted is not the narrative: "If", "We" open sentences inside quotations.
        text = re.sub(r"[“«\"‘][^”»\"’]*[”»\"’]", lambda m: " " * len(m.group(0)), text)
        text = re.sub(r"(?<=\w)\*(,?)", r"\1 ", text)  # "Aslan Yamadayev*, …": a footnote mark
        # "It was his mother who helped him", "her husband": someone unnamed, whom a later
        # "she"/"he" of that gender may mean.
        if not any(p.name for p in self.people) and (unnamed := UNNAMED_SUBJECT.search(text)):
            # "He is gay and a refugee from Chechnya living in Toronto": a feature's subject,
            # unnamed, whom its "he" means until someone is named.
            self._unnamed[unnamed.group("role")] = "m" if unnamed.group("pronoun") == "He" else "f"
            self.remember(Speaker(role=unnamed.group("role")))
        for match in re.finditer(
            rf"\b(?P<role>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{KIN_NOUNS}))\b"
            # "His sister, Elita, has been searching": the kin the article names by first name.
            rf"(?:,?[^\S\n]+(?P<name>[A-Z][a-z]+)(?=,|[^\S\n]+[a-z]))?",
            text,
        ):
            name = match.group("name") or ""
            if name and (not is_person_name(name) or name.lower() in self.vocabulary):
                name = ""
            self.remember(Speaker(name, match.group("role")), subject=False)
        patterns = [
            # "press Secretary of Russian President Dmitry Peskov": a role word in any case.
            # "Russian Ambassador to Berlin Sergey Nechaev": the place a role is in, too; all
            # its role words ("Deputy Director Steve Taylor" is no "Director Steve").
            rf"(?P<role>(?:[\w’'-]+[^\S\n]+){{0,4}}?(?i:{lexicon.ROLE_WORDS}){_PLACED})[^\S\n]+"
            rf"(?P<name>(?!(?i:{lexicon.ROLE_WORDS})\b){NAME}\s+{NAME})",
            rf"(?P<name>{NAME}\s+{NAME})\s+of\s+(?P<role>{NAME}(?:\s+{NAME})*)",
            # "Raisa Turluyeva's son", "to Raisa Turluyeva, whose son disappeared": a person
            # named through her kin.
            rf"(?P<name>{NAME}\s+{NAME})(?:(?:’s|'s)\s+(?:{KIN_NOUNS})|,\s+whose)\b(?P<role>)",
            # "Zelimkhan Bakaev's mother, Malika Bakaeva,": the kin named after.
            rf"(?P<role>{NAME}(?:\s+{NAME})?(?:’s|'s)\s+(?:{KIN_NOUNS})),\s+(?P<name>{NAME}\s+{NAME}),",
            rf"\bsaid\s+(?P<name>{NAME}\s+{NAME}),\s+(?P<role>[^.,]+)",
            rf"(?P<name>{NAME}\s+{NAME}),\s+(?P<role>(?:a|an|the|its|his|her|[A-Z]\w+(?:’s|'s))\s+[^.,]+?(?:{lexicon.ROLE_WORDS})[^.,]*)",
            # "Alvi Karimov is Kadyrov’s spokesman."
            rf"(?P<name>{NAME}\s+{NAME})\s+(?:is|was|has been|serves as)\s+"
            rf"(?P<role>[^.,;]{{0,40}}?\b(?:{lexicon.ROLE_WORDS}))\b",
        ]
        # The first pattern tries up to five words at every position: most stretches between
        # quotations hold no role word before a name at all, and are passed over at once.
        if not re.search(rf"(?i:{lexicon.ROLE_WORDS}){_PLACED}[^\S\n]+{NAME}\s+{NAME}", text):
            patterns.pop(0)
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                name, role = _FULL_STOP.sub("", match.group("name")), match.group("role").strip()
                role = re.sub(
                    rf"^(?:{lexicon.SPEECH_VERBS_EN}|{_MEETING}|by|with|from)\s+", "", role
                )
                role = _past_a_person(role)
                principal = _PRINCIPAL.fullmatch(role)
                if principal:
                    # "a spokesperson for Chechen leader Ramzan Kadyrov": the name is the
                    # leader's; the spokesperson is someone else, unnamed.
                    role = principal.group("role")
                if not is_person_name(name) or any(p.name == name for p in self.people):
                    continue
                if any(w.lower() in self.vocabulary for w in name.split()):
                    continue  # "Chechen Spokesman Rejects Reports": a headline's capitals
                self.remember(Speaker(name, role, org_in(role)), subject=False)
        # A headline opens no sentence, nor names anyone "The man" is ("Survivors Speak Out").
        body_from = headline_end(text) if offset == 0 else 0
        # Subjects: a name opening a sentence ("Ramzan Kadyrov, its leader, told …"), one
        # followed by "who said/claimed …", one with an apposition ("Magomed, a 35-year-old"),
        # or the name an anonymous witness gives.
        for match in re.finditer(
            # "When Kadyrov was asked about …, he said": who was asked answers.
            rf"(?P<asked>{NAME}(?:[^\S\n]+{NAME}){{0,2}})\s+(?:was|were)\s+(?:asked|questioned|pressed)\b"
            # "One of the men … was held. “…,” he said.": an unnamed witness opening a sentence.
            rf"|(?:^|[.!?]\s+|\n)(?P<anonymous>{ANONYMOUS})(?=[\s,])"
            # "The spokesman of the Head of Chechnya, Alvi Karimov, denied …": the role opens
            # the sentence, the name after it is its subject.
            rf"|(?:^|[.!?]\s+|\n)(?P<title>(?:The|A|An|His|Her|Their)\s+[^,.;:\n]{{0,80}}?\b(?i:{lexicon.ROLE_WORDS})\b"
            rf"[^,.;:\n]{{0,60}}),\s+(?P<titled>{NAME}\s+{NAME}),"
            # "According to Milashina (or: to the lawyer), the detainees …. “…,” she said.":
            # whose account it is, by name or described.
            rf"|(?:^|[.!?]\s+|\n)According\s+to\s+(?!The\s)(?P<according>{NAME}(?:[^\S\n]+{NAME}){{0,2}}),"
            rf"|(?:^|[.!?]\s+|\n)According\s+to\s+(?P<described>the\s+(?:[a-z-]+\s+){{0,2}}?"
            rf"(?i:{lexicon.ROLE_WORDS}|{EPITHETS})),"
            # "Maxim Lapunov's mother, who lives in Omsk, said …", "Zelimkhan Bakaev's sister,
            # Elita, has been searching": someone known through their kin.
            rf"|(?:^|[.!?]\s+|\n)(?P<kin>(?P<owner>{NAME}(?:[^\S\n]+{NAME})?)[’']s[^\S\n]+(?:{KIN_NOUNS}))\b"
            rf"(?:,[^\S\n]+(?P<kin_name>{NAME}),)?"
            rf"|(?P<apposed>{NAME}(?:[^\S\n]+{NAME})?),\s+(?:(?:a|an|another)\s+(?:\d+-year-old|[a-z]+)|one\s+of\s+(?:the|his|her|[A-Z]\w+[’']s)|(?:{lexicon.ROLE_WORDS})\s+of|\d{{1,2}}(?=,))\b"
            # "However, the reputed Chechen blogger Tumso Abdurakhmanov claimed …": a role
            # before the name that opens the sentence and speaks.
            rf"|(?:^|[.!?]\s+|\n)(?:(?:However|Meanwhile|But|Later|Earlier|Now|Yet),?\s+)?"
            rf"(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,3}}?(?i:{lexicon.ROLE_WORDS}|{EPITHETS})\s+"
            rf"(?P<styled>{NAME}\s+{NAME})(?=\s+(?:{lexicon.SPEECH_VERBS_EN})\b)"
            # "Asked whether he would return, Ilyas shook his head": after an opening clause.
            rf"|(?:^|[.!?]\s+|\n)(?:(?:Asked|Speaking|Interviewed|Reached)\s[^.!?\n,]{{0,80}},\s+)?"
            rf"(?P<name>{NAME}(?:[^\S\n]+{NAME}){{0,2}})(?=[\s,—–])"
            rf"|(?P<who>{NAME}[^\S\n]+{NAME}),\s+who\b"
            # The one name a witness goes by: "who gave his name as Anzor", "calls himself …".
            rf"|\b(?:{GIVEN_NAME})\s+[“\"]?(?P<given>{GIVEN})",
            " " * body_from + text[body_from:],
        ):
            fronted = _FRONTED.match(text, match.end()) if match.group("anonymous") else None
            if fronted:
                continue  # "A political refugee in France …, he was stripped": said of "he"
            if match.group("anonymous"):
                # ("The young man" after a name in its paragraph is that person again.) "The
                # mother of one of the detained men, who …, said": someone new, by all of it.
                of = OF_WHOM.match(text, match.end("anonymous"))
                role = match.group("anonymous") + (of.group(0) if of else "")
                # "One gay man, Bula, who had been abducted …, told": the name set beside it.
                beside = _BESIDE.match(text, match.end("anonymous"))
                if beside and is_person_name(beside.group(1)) and not of:
                    self.remember(Speaker(beside.group(1), role))
                    continue
                # "The man" alone names no one new where the article named anyone before.
                bare, new = len(role.split()) == 2, bool(of) or not role.startswith("The ")
                if new or not named_before(
                    text, match.start("anonymous"), self.is_name, anywhere=bare, since=body_from
                ):
                    self.remember(Speaker(role=role))
                continue
            if match.group("described"):
                self.remember(Speaker(role=match.group("described")))
                continue
            if match.group("kin"):
                owner = match.group("owner")
                if is_person_name(owner) or any(
                    p.name and p.name.endswith(owner) for p in self.people
                ):
                    self._meet(Speaker(match.group("kin_name") or "", match.group("kin")))
                if listed_first_name(owner) and not any(p.name == owner for p in self.people):
                    self.people.append(Speaker(owner))  # "Khalimat's son": she is someone too
                continue
            if match.group("asked") or match.group("according"):
                # "… in Canada. Aminat was questioned": the name after the sentence's end (a
                # word of three letters or more before the stop: not "Mr.", "Dr.").
                asked = re.split(r"(?<=[a-z]{3})\.\s+", match.group("asked") or "")[-1]
                words = (asked or match.group("according")).split()
                while words and words[0] in NOT_NAMES:
                    words.pop(0)  # "When Kadyrov was asked"
                name = " ".join(words)
                known = next(
                    (p for p in self.people if p.name and same_surname(p.name.split()[-1], name)),
                    None,
                )
                if is_person_name(name):
                    self._meet(known or Speaker(name), new=known is None)
                continue
            if match.group("given"):
                self._meet(Speaker(match.group("given").rstrip(".")))
                continue
            name = (
                match.group("name")
                or match.group("who")
                or match.group("apposed")
                or match.group("titled")
                or match.group("styled")
            ).strip()
            # "To Ms. Turluyeva, 40, the rule … is": a preposition opens the sentence, not the name.
            name = re.sub(r"^(?:To|For|From|Of|By|With|Like|Unlike|Without)\s+", "", name)
            # "Activist Igor Kochetkov from …": what the person is, capitalised to open it.
            if re.fullmatch(rf"{EPITHETS}|{lexicon.ROLE_WORDS}", name.split(" ", 1)[0].lower()):
                name = name.split(" ", 1)[-1]
            # "Mr Kadyrov added": the Kadyrov named before.
            name = without_titles(Speaker(name), is_person_name).name
            if match.group("apposed") or match.group("who"):
                # "TV Channel. Aslan, a member of …": the name after a sentence's end.
                words = re.split(r"(?<=[a-z]{3})\.\s+", name)[-1].split()
                while words and words[0].lower() in self.vocabulary:
                    words.pop(0)  # "For Magomed, a 35-year-old …"
                name = " ".join(words)
            # "Contacted, an official of the court refused": a participle opens the sentence
            # (not "Mohamed", "Mildred", "Siegfried": endings no name has).
            participle = name in _OPENING_PARTICIPLES or re.fullmatch(
                rf"[A-Z][a-z]+{_PARTICIPLE_ENDING}", name
            )
            if participle:
                continue
            if match.group("apposed") and len(name.split()) == 1 and is_person_name(name):
                self._meet(Speaker(name, set_beside(text, match.end("apposed"))))
                continue
            if not is_person_name(name) or any(w.lower() in self.vocabulary for w in name.split()):
                continue
            known = next((p for p in self.people if p.name == name), None)
            if known is None and " " not in name:
                known = next(
                    (p for p in self.people if p.name and same_surname(p.name.split()[-1], name)),
                    None,
                )
                speaks = re.match(
                    rf"\s+(?:(?:has|had|have)\s+(?:[a-z]+ly\s+)?)?(?:{lexicon.SPEECH_VERBS_EN})\b"
                    r"|\s+(?:was|were)\s+(?:asked|questioned|pressed)\b"  # "Peskov was asked"
                    r"|,\s+(?:an?|(?P<the>the))\s+[a-z]+\s+of\b"
                    r"|,\s+(?:an?\s+)?\d{1,2}(?:-year-old\b|,)|,\s+who\b"
                    r"|,\s+one\s+of\s+(?:the|his|her|their|[A-Z]\w+[’']s)\s"  # "Kurban, one of"
                    r"|\s*\((?:not\s+(?:his|her)\s+real\s+name|name\s+(?:has\s+been\s+)?changed)"
                    r"|\s+(?:spoke|speaks|talked|talks)\s+(?:to|with)\b"  # "Azmad spoke to AFP"
                    rf"|,\s+an?\s+(?:[a-z-]+\s+){{0,2}}(?:{lexicon.ROLE_WORDS}|woman|man)\b",
                    text[match.end() :],
                )
                if speaks and speaks.group("the") and not first_name_gender(f"{name} x"):
                    speaks = None  # "Meanwhile, the mother of …": "Kheda, the mother of …"
                if known is None and not speaks and not listed_first_name(name):
                    # One capitalised word opening a sentence is seldom a name, unless a speech
                    # verb, what the person is or their age follows: "Ruslan said that his
                    # family …", "Kadyrov has repeatedly denied", "Aslan, a member of an NGO,
                    # called …", "Amina, 22, fled", "Amina, an activist, fled", "Ruslan, who
                    # asked that his surname not be used, was held", "Azmad (not his real
                    # name)"; or it is a first name the lists hold ("Ruslan is 24").
                    continue
            self._meet(
                known or Speaker(name, apposed_title(match.group("title"))), new=known is None
            )
        for match in re.finditer(
            rf"\b(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\s+(?=(?:head|leader|president)\b))?(?P<role>(?:(?!(?:[Aa]n?|[Tt]he)\s)[\w’'-]+(?:\.[\w’'-]+)*[^\S\n]+){{0,3}}?(?:{lexicon.ROLE_WORDS}))\b",
            text,
        ):
            role = match.group("role")
            if re.match(r",\s+(?:he|she)\s", text[match.end() :]):
                continue  # "A husband and father, he says": said of the one "he" means
            named = _NAME_AFTER_ROLE.match(text, match.end())
            if named and is_person_name(named.group("name")):
                continue  # "The head of Chechnya Kwame Mensah": remembered with the name above
            opens = re.search(r"(?:^|[.!?]\s+|\n)\s*$", text[: match.start()])
            if opens and is_role(role):
                role += english_bodies.held_for(
                    text, match.end()
                )  # "A spokesman for the … ministry denied"
            head = re.match(r"([\w’'-]+)\s+of\s", role)  # not "the hand of family members"
            if is_role(role) or (head and not is_role(head.group(1))):
                continue  # a bare "the spokesperson" adds nobody new
            # "The Chechen leader described …, adding …": a role opening its sentence is its
            # subject, whom a later "he" means; a known holder of it is named.
            if match.group(0)[0] in "Tt" and carried(role, self.people):
                continue  # "the US secretary of state" after "Secretary of State Mike Pompeo"
            holder = lexicon.ROLE_HOLDERS.get(role.lower(), "")
            known = next((p for p in self.people if holder and p.name == holder), None)
            found = known or Speaker(holder, role, org_in(role))
            if opens and holder:
                self._meet(found, new=known is None)
                continue
            self.remember(Speaker(role=role, affiliation=org_in(role)), subject=bool(opens))
        # "Opposition blogger Tumso Abdurakhmanov", "strongman Ramzan Kadyrov": a person named
        # after what they are, whom a later "the blogger" may mean (the subject, opening one).
        for match in re.finditer(
            rf"(?P<role>(?:[\w’'-]+[^\S\n]+){{0,2}}?(?:{EPITHETS}))[^\S\n]+(?P<name>{NAME}\s+{NAME})",
            text,
        ):
            name = _FULL_STOP.sub("", match.group("name"))
            if any(p.name == name for p in self.people) or not self.is_name(name):
                continue
            opens = re.search(r"(?:^|[.!?]\s+|\n)\s*$", text[: match.start()])
            # "interviewed Chechen dictator X", "in Chechen ruler X": a verb or preposition before.
            role = re.sub(r"^(?:[a-z]+ed|in|on|at|by|with|from|to|for)\s+", "", match.group("role"))
            self.remember(Speaker(name, role, org_in(role)), subject=bool(opens))
        # "On December 5, Svetlana Gannushkina, the chair of …, told …": a full name no pattern
        # above placed, opening with a first name the lists hold, is someone met all the same.
        for match in re.finditer(rf"(?<![\w’'-])(?P<name>{NAME}\s+{NAME})(?![\w’'-])", text):
            name = _FULL_STOP.sub("", match.group("name"))
            met = any(p.name == name for p in self.people)
            if not met and first_name_gender(name) and is_person_name(name):
                self.remember(Speaker(name), subject=False)
        for name in changed_names(text):  # "Aydamir (all names have been changed) was …"
            self.remember(Speaker(name))
        for owner in first_name_owners(text, self.people):  # "Yusuf’s nightmare began …"
            self.remember(owner, subject=False)
        self.discourse.read(text, self.people)

    def resolve(self, speaker: Speaker, before: str, who: str = "") -> Speaker:
        pronoun = speaker.name.lower() in lexicon.PRONOUNS  # "he told Hammarberg": not him
        closing = named_at_end(clean_who(who), self.salient()) if who and not pronoun else None
        if (
            closing is not None
            and not someone_else(speaker.role)
            and (not speaker.name or re.search(r"\b[a-z]", speaker.name))
            and not apart(speaker.role, who)  # "Eli noted … NYPD officers, who told"
        ):
            # "In an interview over the weekend Kadyrov (insisted)", "Human Rights Campaign’s
            # Government Affairs Director David Stacy (took issue)": words the rules did not
            # read as a name end with someone the article has named.
            return closing
        # The nearest he/she before, the subject before the object; whose "his spokesman" is.
        found = antecedent(speaker.name, before, who, self.people, self._may_be, self.is_name) or (
            owned_office(speaker, before, who, self.people, self._may_be, self.is_name)
        )
        if found is not None and (found.name or not found.role):
            return found
        if found is None and not speaker.name and len(carriers_of(speaker.role, self.people)) > 1:
            return speaker  # "the official" of two introduced so: either one
        # "“…,” the activist told AFP. “…,” he said", "The rights activist appealed …, he says".
        resolved = self._resolve(found or speaker, before, "" if found else who)
        bare = found and not re.match(r"(?i)(?:the|an?|one|his|her|their)\s", found.role)
        definite = f"the {found.role}" if found and bare else ""  # "rights activist" kept bare
        if resolved.name or not resolved.role or re.search(r"[а-яё]", resolved.role, re.I):
            return resolved
        # "the strongman said", "the NGO said", "the statement said": a definite description
        # the rules above left unresolved refers to the most salient one it fits.
        described = self.discourse.refer(definite or resolved.role, self.salient(), before)
        if described is None or not age_fits(described, before, resolved.role):
            return resolved  # not "the 58-year-old expert" after "Ramzan Kadyrov, 46,"
        return Speaker(described.name, described.role or resolved.role, described.affiliation)

    def _resolve(self, speaker: Speaker, before: str, who: str) -> Speaker:
        lowered = speaker.label.lower()
        lowered = "it" if lowered == "там" else lowered  # "В Кремле …. — отметили там"
        if lowered == "it" and re.match(r"their\s", clean_who(who), re.I):
            lowered = "they"  # "“…,” their statement reads.": whoever "they" are
        document = self.discourse.refer(clean_who(who), [], before) if lowered == "it" else None
        if document is not None and re.fullmatch(r"the\s+\w+(?:\s+\w+)?|it", clean_who(who)):
            return document  # "“…,” the statement said.": whoever issued it; "it" goes on
        if (together := spoken_together(lowered, before, self.salient())) is not None:
            return together  # "the two men said" after "X and Y were abducted"; "one said"
        if _AUTHORS_OF.fullmatch(lowered):  # "— пишут эксперты ООН. Авторы письма отмечают"
            return group_spoken_last(self.salient(), "") or speaker
        if lowered in {"it", "they", "они"}:
            it = lowered == "it"
            # "Novaya Gazeta published the names. … “…,” they wrote.": the paper, as for "it".
            org = (latest_body(before) if it else they_body(before, self.salient())) or (
                english_bodies.reporting_outlet(before) if lowered != "они" else ""
            )
            group = whom_they_mean(before, self.salient()) if lowered == "they" else None
            if lowered == "они":  # "— заявили эксперты ООН. «…», — добавили они"
                group = group_spoken_last(self.salient(), org) or group_opening_sentence(before)
            if it and (agency := agency_named(before, org, who)):
                org = parse_who("в " + agency).label  # "— говорится в заявлении ведомства"
            org = org or (titled_body(who, before) if it else "")  # "канале проекта"
            if it and not org:
                # "it" naming no body is no speaker's label, but for a body that spoke last by
                # its kind alone: "“…,” the ministry said. … “…,” it added".
                spoke_last = self.salient()[:1] if nothing_new_since(before) else []
                # Or by a name no list holds, which is no one's: "1ADAT reported …. It added".
                bodies = (s for s in spoke_last if not s.name and _NO_ONES.fullmatch(s.label))
                return next(filter(body_by_kind, spoke_last), next(bodies, Speaker()))
            spoke = next(iter(self.salient()), speaker)  # "A spokesperson has denied …"
            alone = not it and not group and not spoke.name and org in {"", org_in(spoke.role)}
            if alone and _SINGULAR_THEY.search(spoke.role):
                return spoke
            if group or org or it:
                return group or Speaker(role=org, affiliation=org)
            latest = (self.salient() or [speaker])[0]
            # "“…,” the publication wrote. … “…,” they wrote.": the body that spoke last; or
            # kin of someone named ("Ruslan's parents learned …. “…,” they said."); or people
            # by their kind with no one new since ("the officials said. They added …").
            by_kind = people_by_kind(latest) and nothing_new_since(before)
            if latest.affiliation == latest.role != "" or kin_gender(latest.role) == "plural":
                return latest
            return latest if by_kind else speaker
        if lowered in lexicon.PRONOUNS:
            wanted = {"she": "f", "она": "f", "he": "m", "он": "m"}.get(lowered, "")
            for person in self.salient():
                if not is_told(lowered, person, who, before) and self._may_be(person, wanted):
                    return person
            return speaker
        if (account := account_holder(speaker.label, self.people)) is not None:
            return account  # "FM @LinkeviciusL confirms"
        if not speaker.name and speaker.role == speaker.affiliation and " " not in speaker.role:
            # "“…,” France says" after "David France": the person, not the country.
            named = any(p.name.split()[-1:] == [speaker.role] for p in self.people if " " in p.name)
            speaker = Speaker(speaker.role) if named else speaker
        speaker = without_titles(speaker, is_person_name)  # "Mr Kadyrov": the Kadyrov named before
        # "T. Moskalkova": initials before a surname stand for the first name the article gave.
        surname = re.sub(r"^(?:[A-ZА-ЯЁ](?:\.\s*|\s+))+(?=[A-ZА-ЯЁ][a-zа-яё])", "", speaker.name)
        if surname != speaker.name and " " not in surname:
            speaker = Speaker(surname, speaker.role, speaker.affiliation)
        if speaker.name and " " not in speaker.name:
            # Of two people one surname names, the subject or speaker ("Akhmad Kadyrov" is not him);
            # the one spelled so first ("Bakaeva" is Malika Bakaeva, not her son Bakaev).
            people = sorted(
                self.salient(),
                key=lambda p: (p.name.split()[-1:] != [speaker.name], -len(p.name.split())),
            )
            for person in people:
                surname = person.name.split()[-1] if person.name else ""
                if same_surname(surname, speaker.name) and not his_not_hers(
                    speaker.name, surname, before
                ):
                    return Speaker(
                        person.name,
                        speaker.role or person.role,
                        speaker.affiliation or person.affiliation,
                    )
            return speaker
        if not speaker.name and speaker.role:
            return described_by_role(speaker, before, self.people, self.salient(), self.gender)
        return speaker
