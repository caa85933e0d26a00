"""Who is who in a Russian article: each person it names, folded, with the roles it gives them.

Speakers left unresolved by the sentence are mostly named elsewhere in the article: "глава
Чечни заявил" after "Глава Чечни Рамзан Кадыров …", "сообщил уполномоченный по правам человека
в ЧР" after "Омбудсмен Чечни Мансур Солтаев …", "отметил политик" right after a paragraph whose
subject is Joe Biden. So the article is read once, as a whole, into one register: every person
natasha's NER tagged, their mentions in any case folded into one by the surname's nominative
("Кадырова", "Кадырову" and "Рамзан Кадыров" are one person, named by the fullest form), and
the roles the article gives them — the noun phrase before the name ("пресс-секретарь Кремля
Дмитрий Песков", "координатор Российской ЛГБТ-сети Игорь Кочетков") or in apposition after it
("Кадыров, глава республики,", "Каримов — пресс-секретарь Кадырова"). Roles are compared by
their head noun's lemma (pymorphy2), so "главы Чечни", "глава республики" and "Глава ЧР" are
one kind of role, and by what they are of ("Чечни" and "ЧР" agree, "США" and "Чечни" do not).

A role resolves only where the article supports it: to the one person it gave that kind of role
(and, if the role says of what, a compatible one); two people with it and nothing to tell them
apart leave the role as it is. An anonymous "источник" stays a role unless the article named the
source. Only a description that re-describes someone already in view ("политик", "чиновник") is
read as the latest person named as a sentence's subject, of a compatible gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from refuge.media.extract import (
    russian,
    russian_case,
    russian_interviews,
    russian_reference,
    russian_sources,
    syntax,
)
from refuge.media.extract.offsets import inserted_headline
from refuge.media.extract.org_aliases import last_outlet_before, org_in
from refuge.media.extract.russian_antecedents import latest_speaker, statement_owner
from refuge.media.extract.russian_names import (
    INITIAL,
    first_names_agree,
    fold,
    is_patronymic,
    oblique_first_names,
    owners_apart,
    without_patronymic,
)
from refuge.media.extract.russian_roles import (
    POSSESSIVE_WORDS,
    ROLE_LEMMAS,
    STOP_WORDS,
    VERBAL_TAGS,
    WORD,
    Role,
    name_cases,
    read_role,
    read_word,
    role_after_name,
    role_before_name,
)
from refuge.media.extract.spans import sentence_end, sentence_start
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import his_not_hers

# Kinds of role named by different nouns: a press secretary is the body's representative.
_KINDS = (
    # "руководитель региона" is its head; "глава СПЧ" its "председатель"
    frozenset({"глава", "руководитель", "лидер", "председатель"}),
    frozenset({"пресс-секретарь", "представитель", "спикер"}),
    frozenset({"омбудсмен", "уполномоченный"}),
    frozenset({"журналист", "журналистка", "корреспондент"}),
    frozenset({"главред", "редактор"}),
    frozenset({"правозащитник", "правозащитница"}),
    frozenset({"активист", "активистка"}),
    frozenset({"собеседник", "собеседница"}),
    # "— сказал защитник", "— отметил юрист" after "адвокат X"
    frozenset({"адвокат", "защитник", "защитница", "юрист"}),
    frozenset({"депутат", "парламентарий", "сенатор"}),  # a member of a legislature
    frozenset({"дипломат", "посол", "госсекретарь"}),  # "— сказал дипломат" after "госсекретарь"
    # Short forms: "— сказал генпрокурор" after "генеральный прокурор республики Берик Асылов".
    frozenset({"прокурор", "генпрокурор"}),
    frozenset({"генсек", "генсекретарь", "секретарь"}),
)
# Nouns that stand for whatever body a role is of ("глава ведомства" after "глава СК"): a role
# of one of them says of what no more than its noun does.
_ANY_BODY = frozenset({"ведомство", "организация", "учреждение", "структура", "орган"})
# Descriptions that re-describe a person already in view rather than bring in someone new
# ("— добавил правозащитник" after "согласился уполномоченный … Мансур Солтаев").
_REDESCRIBE = frozenset(
    """
    политик чиновник чиновница правозащитник правозащитница активист активистка дипломат
    парламентарий депутат депутатка журналист журналистка
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_FEMININE = frozenset(
    {"чиновница", "журналистка", "активистка", "правозащитница", "собеседница", "исследовательница"}
)
_THE_PRESS = frozenset({"сми", "издание", "газета"})
_SIDES = {"защита": "адвокат", "обвинение": "прокурор"}  # a trial's sides, by who speaks for them
# A legislature's speaker is its chairman ("спикер парламента Чечни Магомед Даудов … — написал
# председатель парламента"), though elsewhere a "спикер" is a press secretary.
_PRESIDING = frozenset({"спикер", "председатель"})
_MINISTRIES = frozenset({"мвд", "мид", "минюст", "минздрав", "министерство", "минобороны"})
_LEGISLATURES = frozenset({"парламент", "госдума", "собрание", "сенат"})


AMBIGUOUS = "ambiguous"
# A court's own text ("В решении суда сказано", "— говорится в приговоре суда") and a court
# named in the nominative ("Верховный суд России признал …"), whose text it is.
_COURT_PAPER = re.compile(r"(?:решение|приговор|постановление|определение)\s+суда", re.I)
_COURT_RU = re.compile(
    r"(?:[А-ЯЁ][а-яё-]+(?:ый|ий|ой)\s+)(?:[а-яё-]+(?:ый|ий|ой)\s+)?суд(?:\s+[А-ЯЁ][\w-]+)?(?!\w)"
)


def _court_named(before: str) -> str:
    """Return the court ``before`` names last in the nominative, or ""."""
    found = list(_COURT_RU.finditer(before))
    return found[-1].group(0) if found else ""


@dataclass
class Person:
    name: str
    mentions: list[int] = field(default_factory=list)
    subject_at: list[int] = field(default_factory=list)  # named in the nominative
    roles: list[Role] = field(default_factory=list)
    told_at: list[int] = field(default_factory=list)  # told an outlet, "собеседник издания"

    def role_before(self, before: int, default: str = "") -> str:
        """The latest role the article gave the person before ``before``, or ``default``."""
        return next((r.text for r in reversed(self.roles) if r.at < before), default)


# A man's surname and a first name that declines like it take one ending in a case:
# "Мавсара Вараева" (genitive), "Чингизу Ахмадову" (dative).
_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")
_CASE_ENDINGS = ("ым", "ом", "а", "у", "е")


def in_nominative(text: str, entities: list[russian.Entity]) -> list[russian.Entity]:
    """The entities with each full name natasha left in the case it was written in, or
    normalised as a woman's ("Мавсара Вараева"; "Хож-Бауди Дааеву" → "… Дааева"), given as the
    man the article names by his surname alone in the nominative ("пишет Вараев")."""
    entities = oblique_first_names(russian_case.in_cases(text, owners_apart(text, entities)))
    # "Марьям Алиева рассказала", "Амина, 22-летняя жительница Грозного, бежала": a woman
    # natasha read as a man in the genitive.
    entities = [
        replace(e, normal=e.text)
        if e.kind == "PER"
        and e.text != e.normal
        and russian_reference.written_feminine(text, e.start)
        else e
        for e in entities
    ]
    bare = {e.text for e in entities if e.kind == "PER" and " " not in e.text}
    if not bare:
        return entities
    return [
        replace(
            e, normal=_in_nominative(e.normal, e.text, bare, partial(_is_subject, text, e.start))
        )
        if e.kind == "PER"
        else e
        for e in entities
    ]


def _in_nominative(name: str, written: str, bare: set[str], subject: Callable[[], bool]) -> str:
    words, seen = name.split(), written.split()
    if len(words) < 2 or len(seen) != len(words):
        return name
    for surname in bare:
        if not _MASCULINE_SURNAME.search(surname) or not seen[-1].startswith(surname):
            continue
        ending = seen[-1][len(surname) :]
        # "— сказала Малика Бакаева": "-а" is also a woman's nominative, as her sentence's
        # subject; the other endings never are.
        if ending not in _CASE_ENDINGS or (ending == "а" and subject()):
            continue
        firsts = [_first_name(n, w, ending) for n, w in zip(words[:-1], seen[:-1], strict=True)]
        return " ".join([*firsts, surname])
    return name


def _first_name(normal: str, written: str, ending: str) -> str:
    """A first name natasha put back in the nominative stays ("Рамзаном Кадыровым": "Рамзан";
    a first name's case ending is not its surname's); one left as written loses the ending."""
    if normal != written:
        return normal
    stripped = written.endswith(ending) and len(written) > len(ending) + 2
    return written[: -len(ending)] if stripped else written


# The endings a short first name takes in its cases: "Женя", "Жени", "Жене", "Женю".
_ENDINGS = frozenset("аяиыеую")


def _kind(head: str) -> frozenset[str]:
    return next((kind for kind in _KINDS if head in kind), frozenset({head}))


class People:
    """The people a Russian article names, each once, with their mentions and roles."""

    def __init__(self, text: str, entities: list[russian.Entity]) -> None:
        self.text = text
        self.entities = entities
        self.people: list[Person] = []
        # The entities as in_nominative gives them: "Марьям Алиева рассказала" is a woman in
        # the nominative, not "Марьям Алиев" in the genitive.
        for entity in sorted((e for e in entities if e.kind == "PER"), key=lambda e: e.start):
            person = self._person(entity.normal or entity.text)
            person.mentions.append(entity.start)
            before = role_before_name(text, entity.start, name_cases(entity))
            if (
                entity.text == entity.normal
                and (_is_subject(text, entity.start) or _after_verb(text, entity.start, before))
                and not inserted_headline(text, entity.start)
            ):
                person.subject_at.append(entity.start)
                if _tells_an_outlet(text, entity.start) and not russian_sources.inside_quotation(
                    text, entity.start
                ):
                    person.told_at.append(entity.start)
            for role in (before, role_after_name(text, entity.end, name_cases(entity))):
                if role is not None:
                    role.at = entity.start
                    person.roles.append(role)

    def _known(self, name: str) -> Person | None:
        """The person already named whom ``name`` names too, if any."""
        patronymic = _by_patronymic(self.people, name)
        if patronymic is not None:
            return patronymic  # "Рамзан Ахматович" after "Рамзан Кадыров"
        surname = fold(name.split()[-1])
        found = next(
            (
                person
                for person in self.people
                if fold(person.name.split()[-1]) == surname
                and first_names_agree(person.name, name)
                and not his_not_hers(name.split()[-1], person.name.split()[-1], self.text)
            ),
            None,
        )
        if found is None and " " not in name and len(name) > 3:
            # "цитирует издание Олесю", which the model gives as "Олесь", after "Олеся": one
            # name alone in another case, where only the ending differs.
            found = next(
                (
                    p
                    for p in self.people
                    if " " not in p.name
                    and {p.name[-1], name[-1]} == {"я", "ь"}
                    and p.name[:-1] == name[:-1]
                ),
                None,
            )
        return found

    def _person(self, name: str) -> Person:
        name = without_patronymic(name)
        person = self._known(name)
        if person is None:
            self.people.append(Person(name))
            return self.people[-1]
        # A patronymic match already has two words or more: only a surname match grows, and an
        # initial ("Р. Кадыров") gives way to a first name, never to the bare surname.
        if len(name.split()) > (1 if INITIAL.match(person.name) else len(person.name.split())):
            person.name = name
        return person

    def full_name(self, name: str) -> str:
        """The fullest name the article gives the person ``name`` names ("Кадыров" → "Рамзан
        Кадыров"), or ``name`` itself."""
        found = self._known(name) if name else None
        if name and " " not in name and (found is None or " " not in found.name):
            # A first name alone the article gave one person in full with ("Мовсар" after
            # "Мовсара Эскарханова"), where no one has it as a surname.
            same = self.named_in_full(name)
            if len(same) == 1:
                return same.pop()
        return found.name if found is not None else name

    def named_in_full(self, first_name: str) -> set[str]:
        """The full names the article gave with ``first_name`` ("Ибрагим Янгулбаев"), or with
        its nominative where only the ending differs ("Рассказ Жени:" is Женя Велько's): the
        model may leave a short first name in the case the text has it in."""
        full = [p.name.split() for p in self.people if len(p.name.split()) > 1]
        same = {" ".join(words) for words in full if words[0] == first_name}
        if same or len(first_name) < 4 or first_name[-1] not in _ENDINGS:
            return same
        stem = first_name[:-1]
        return {" ".join(w) for w in full if w[0][:-1] == stem and w[0][-1] in _ENDINGS}

    def _outlet_told(self, at: int) -> str:
        """The outlet the sentence at ``at`` says someone told, or "" where it names none."""
        sentence = self.text[
            _sentence_begin(self.text, at) : sentence_end(self.text, at, len(self.text))
        ]
        return org_in(sentence, outlets=True)

    def by_role(
        self, role: str, before: int, *, gender: str = "", possessive: bool = False
    ) -> Person | str | None:
        """The one person the article introduced before ``before`` with the kind of role
        ``role`` says ("глава Чечни", "представитель сети"), if the article supports one;
        AMBIGUOUS if it gave that kind of role to several it cannot tell apart; else None."""
        wanted = read_role(WORD.findall(role))
        if wanted is None or wanted.head == "источник":
            return None  # an anonymous source stays one
        any_body = bool(wanted.of) and wanted.of <= _ANY_BODY
        if any_body:
            wanted = replace(wanted, of=frozenset(), proper=frozenset())
        kind = _PRESIDING if wanted.head in _PRESIDING and wanted.of & _LEGISLATURES else None
        kind = kind or _kind(wanted.head)
        fitting = self._holding(before, lambda r: r.head in kind and r.fits(wanted))
        if not fitting and wanted.head == "представитель" and wanted.proper | wanted.of:
            # "представитель сети" after "координатор Российской ЛГБТ-сети Игорь Кочетков":
            # someone the article gave any role in that body; not the one it represents
            # ("представитель главы Чечни" is not "глава Чечни"), and all the body it names
            # ("представитель МВД Чечни" is not the one given a role "of Chechnya").
            fitting = self._holding(
                before,
                lambda r: r.of >= wanted.of and r.fits(wanted) and r.head not in wanted.of,
            )
        if not fitting and wanted.head == "министр":
            # "— подчеркнул министр" after "Глава МВД Чечни Руслан Алханов": a ministry's head.
            fitting = self._holding(
                before, lambda r: r.head in _kind("глава") and bool(r.of & _MINISTRIES)
            )
        if len(fitting) > 1 and wanted.of:
            # "журналистка «Новой газеты»" is the one of two journalists said to be of it.
            closer = self._holding(
                before, lambda r: r.head in kind and bool(r.of & wanted.of), fitting
            )
            fitting = closer or fitting
        if len(fitting) > 1 and possessive:
            # "его пресс-секретарь" is the one the article also introduced as "his".
            fitting = self._holding(before, lambda r: r.head in kind and r.possessive, fitting)
        if len(fitting) == 1:
            return fitting[0]
        if fitting and any_body:
            # "глава ведомства" after "глава СК …, а глава МВД …": either body's head.
            return AMBIGUOUS
        if fitting:
            # "— пояснила омбудсмен" after "Москалькова уточнила …", though the article also
            # named "прежнего омбудсмена Чечни": the holder who is speaking in this stretch,
            # the latest subject, if that is one of them.
            # Not one of two subjects together ("Журналист Иван Петров и журналист Олег Смирнов
            # приехали"): no other holder a subject since that subject's sentence began.
            subject = self._latest_subject_at(before, gender)
            if subject is None or subject[1] not in fitting:
                return AMBIGUOUS
            at, latest = subject
            since = _sentence_begin(self.text, at)
            rivals = [
                p
                for p in fitting
                if p is not latest and any(since <= a < before for a in p.subject_at)
            ]
            return AMBIGUOUS if rivals else latest
        if wanted.head in {"собеседник", "собеседница"}:
            # "— говорит собеседник издания": who the article said told the outlet.
            female = wanted.head == "собеседница"
            # "Собеседник «Медузы»" is not who told «Кавказский узел».
            outlet = org_in(role, outlets=True)
            told = [
                (at, p)
                for p in self.people
                if (at := max((a for a in p.told_at if a < before), default=-1)) >= 0
                and (not female or russian.name_gender(p.name) in {"", "f"})
                and (not outlet or self._outlet_told(at) in {"", outlet})
            ]
            if told or wanted.of:
                return max(told, key=lambda pair: pair[0])[1] if told else None
            return latest_speaker(self, before, "f" if female else gender)
        if wanted.head in _REDESCRIBE and not wanted.of and not russian_case.plural(role):
            female = wanted.head in _FEMININE
            return self.latest_subject(before, "f" if female else gender)
        return None

    def _holding(
        self, before: int, test: Callable[[Role], bool], among: list[Person] | None = None
    ) -> list[Person]:
        return [
            person
            for person in (self.people if among is None else among)
            if any(r.at < before and test(r) for r in person.roles)
        ]

    def interviewee(self, text: str, start: int) -> Speaker | None:
        """An interview's answer, a quotation right after a paragraph that asks a question, is
        the interviewee's: the person last named in the latest sentence that introduces the
        interview (``russian_interviews``)."""
        name = russian_interviews.interviewee(self, text, start)
        return Speaker(name) if name is not None else None

    def latest_subject(self, before: int, gender: str = "") -> Person | None:
        """The person last named as a sentence's subject before ``before``."""
        found = self._latest_subject_at(before, gender)
        return found[1] if found else None

    def _latest_subject_at(self, before: int, gender: str = "") -> tuple[int, Person] | None:
        """Where and who ``latest_subject`` is, or None."""
        best: tuple[int, Person] | None = None
        for person in self.people:
            if gender and russian.name_gender(person.name) not in {"", gender}:
                continue
            at = max((a for a in person.subject_at if a < before), default=-1)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, person)
        return best

    def settle(self, speaker: Speaker, before: int, who: str = "") -> Speaker | None:
        """A role the register decides, before the sentence-by-sentence memory would take the
        latest holder of a like role: the one person given it, or the role itself where two
        were; None where the article gave that kind of role to nobody."""
        owner = (
            statement_owner(self, who, before, self.text) if speaker.name in {"", "it"} else None
        )
        referred = owner or russian_reference.refer(self, speaker, before, self.text)
        if referred is not None:
            return referred  # "— ответил он" after "спросил Кадырова"; "— сказала женщина"
        if speaker.name or not speaker.role or speaker.affiliation == speaker.role:
            return None
        head = speaker.role.split()[0] if speaker.role.split() else ""
        possessive = bool(head) and bool(
            re.search(rf"\b(?:{'|'.join(POSSESSIVE_WORDS)})\s+{re.escape(head)}", who, re.I)
        )
        # "— защита сообщила" after "ее адвокат Александр Савин": the defence is its lawyer.
        side = _SIDES.get(speaker.role.lower(), speaker.role)
        found = self.by_role(side, before, possessive=possessive)
        if found == AMBIGUOUS:
            return speaker
        if not isinstance(found, Person):
            return self._whose_role(speaker.role, before)
        role = found.role_before(before, default=speaker.role)
        if russian_case.plural(speaker.role) and not russian_case.plural(role):
            return speaker  # "В письме министры сообщают": several, not one "главе МИД"
        return Speaker(found.name, role, speaker.affiliation)

    def _whose_role(self, role: str, before: int) -> Speaker | None:
        """A bare role ("— цитирует «Интерфакс» пресс-секретаря") that the article gave no one
        by name but wrote before with whose it is ("Вопрос пресс-секретарю Путина был задан"):
        the role with its owner, whose holder the table of offices may know; else None."""
        if " " in role or len(role) < 6:
            return None
        mentions = re.findall(
            rf"(?<!\w)(?i:{re.escape(role[:-1])})\w{{0,3}}\s+(?P<whose>[А-ЯЁ][а-яё]+[аяыи])\b",
            self.text[:before],
        )
        return Speaker(role=f"{role} {mentions[-1]}") if mentions else None

    def resolve(self, speaker: Speaker, before: int, said_until: int = 0) -> Speaker:
        """A speaker named only by a role, as the person the article gave that role; one named
        by a surname alone, by the full name the article gave ("Кадыров": "Рамзан Кадыров").
        A name takes the latest role given before ``said_until`` (the end of the sentence that
        says who spoke: "— сказал Альви Каримов, пресс-секретарь главы Чечни.")."""
        until = max(before, said_until)
        speaker = russian_sources.revised(self, speaker, before, said_until) or speaker
        if speaker.name.lower() in ROLE_LEMMAS:  # "Политик напомнил": a role, capitalised
            speaker = Speaker(role=speaker.name.lower(), affiliation=speaker.affiliation)
        if _COURT_PAPER.fullmatch(speaker.label) and (court := _court_named(self.text[:before])):
            return Speaker(role=court, affiliation=court)  # "в решении суда": the court named
        if speaker.label.lower() in _THE_PRESS:
            # "— пишет СМИ" after "«Новая газета» пишет …": the outlet the article named last.
            outlet = last_outlet_before(self.text[:before])
            return Speaker(role=outlet, affiliation=outlet) if outlet else speaker
        name = without_patronymic(speaker.name)
        if name and (" " not in name or INITIAL.match(name) or _by_patronymic(self.people, name)):
            return self._with_role(
                Speaker(self.full_name(name), speaker.role, speaker.affiliation), until
            )
        if name != speaker.name:
            speaker = Speaker(name, speaker.role, speaker.affiliation)
        return self._with_role(self.settle(speaker, before) or speaker, until)

    def _with_role(self, speaker: Speaker, before: int) -> Speaker:
        """A name the parse found without its role ("Альви Каримов, пресс-секретарь Кадырова,
        заявил": the parser made the role a conjunct) takes the role the article gave it."""
        person = self._known(speaker.name) if speaker.name and not speaker.role else None
        role = person.role_before(before) if person else ""
        if not role:
            return speaker
        return Speaker(speaker.name, role, speaker.affiliation or org_in(role))


def _after_verb(text: str, start: int, role: Role | None) -> bool:
    """Whether a name in the nominative, with the role before it, is the subject of the verb
    right before them: "с оценкой Ахмадова согласился уполномоченный по правам человека в
    регионе Мансур Солтаев" (the word order of a Russian subject after its verb)."""
    if role is None:
        return False
    opening = text.rfind(role.text.split()[0], max(0, start - 200), start)
    words = WORD.findall(re.split(r"[.!?\n]\s", text[max(0, opening - 80) : opening])[-1])
    return bool(words) and read_word(words[-1]).pos == "VERB"


def _is_subject(text: str, start: int) -> bool:
    """Whether a name in the nominative is its sentence's subject: before the sentence's verb
    ("Ранее Джо Байден призвал"), or right after a speech verb ("— написал Кадыров")."""
    sentence = re.split(r"[.!?\n]\s", text[max(0, start - 200) : start])[-1]
    words = WORD.findall(sentence)
    verbs = [i for i, w in enumerate(words) if read_word(w).pos in VERBAL_TAGS]
    if not verbs:
        return True
    last = words[verbs[-1] :]
    return syntax.is_speech_verb(last[0]) and all(
        read_word(w).lemma in ROLE_LEMMAS or w[:1].isupper() or w.lower() in STOP_WORDS
        for w in last[1:]
    )


_OUTLET_NOUNS = frozenset(
    {"агентство", "издание", "газета", "телеканал", "радиостанция", "журнал", "сайт", "редакция"}
)


def _tells_an_outlet(text: str, start: int) -> bool:
    """Whether the sentence of a subject at ``start`` reports speech to an outlet: "Об этом
    «Новой газете» рассказал X", "X сообщил агентству", "X рассказал Кавказ.Реалиям"."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=-1)
    sentence = text[begin : stop if stop >= 0 else len(text)]
    words = WORD.findall(sentence)
    if not any(syntax.is_speech_verb(w) for w in words if not w.startswith("«")):
        return False
    for word in words:
        bare = word.strip("«»").split()[0] if word.strip("«»") else ""
        if not bare:
            continue
        read = read_word(bare)
        if "datv" in read.cases and (read.lemma in _OUTLET_NOUNS or word.startswith("«")):
            return True
        if "." in bare and bare[:1].isupper():
            return True  # "Кавказ.Реалиям"
    # An agency whose name does not decline: "сообщил ТАСС (РИА Новости) адвокат X".
    return bool(org_in(sentence, outlets=True))


def _by_patronymic(people: list[Person], name: str) -> Person | None:
    """The person a first name and patronymic name ("Рамзан Ахматович": Рамзан Кадыров)."""
    words = name.split()
    if len(words) != 2 or not is_patronymic(words[1]):
        return None
    same = [p for p in people if len(p.name.split()) > 1 and p.name.split()[0] == words[0]]
    return same[0] if len(same) == 1 else None


def _sentence_begin(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins; a headline with no full stop is one."""
    return max(sentence_start(text, start, 0), text.rfind("\n", 0, start) + 1)


def subject_of_sentence(people: People, text: str, start: int) -> Speaker | None:
    """A phrase quoted inside a sentence with no speech verb ("Даудов связал публикации с тем,
    что он выступает против «…», считая это «…»") is its subject's, the person it opens with;
    not where the subject only underwent something ("Шведов был представлен …")."""
    begin = _sentence_begin(text, start)
    if not text[begin:start].strip(' «"“'):
        return None
    subjects = [
        (at, person) for person in people.people for at in person.subject_at if begin <= at < start
    ]
    if not subjects or any(read_word(w).pos == "PRTS" for w in WORD.findall(text[begin:start])):
        return None
    return Speaker(min(subjects, key=lambda pair: pair[0])[1].name)
