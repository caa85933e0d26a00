"""What a Russian number counts, read from the sentence's syntax (natasha's NewsSyntaxParser).

Word windows after and before a number guess its event from whatever event word is near: "Из
них 26 человек освобождены" took the abduction of the sentence before, "трое из них живы" the
deaths before it, and "ранили двух сотрудников" a detention. The dependency parse says instead
which noun a number quantifies (``nummod``, ``nummod:gov``; a collective "двое" or "один из
которых" stands alone) and what that noun phrase is to its verb: the subject (``nsubj``,
``nsubj:pass``) of "задержаны", "погибли", "бежали", "найдены убитыми", "остаются пропавшими";
the object of "задержали", "помогли выехать … людям", "выдали визы двум мужчинам"; or what a
relative clause or participle describes ("27 человек, которые были застрелены"). A verb that
shares the subject ("пытались попасть … и ранили двух сотрудников, после чего были застрелены")
gives its event too, and the main verb outweighs a relative clause.

Only the sentences holding candidate numbers are parsed, all of an article's in one batch. The
reading says one of three things: what the number counts; that its own verb names something
other than an event ("освобождены", "живы", "ранили"), so it counts nothing; or nothing at all
(no verb found, or a verb such as "находились" or "стали" that only links): then the word
windows of figures.py answer, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.custody import help_given, in_custody
from refuge.media.extract.events import INTENTIONS_RU, animate_ru, event_of, noun_of
from refuge.media.extract.figure_returns import children_returned
from refuge.media.extract.numbers import is_number
from refuge.media.extract.russian_counted_sets import (
    antecedent_of_part,
    killed_of_them,
    noun_after_participle,
    of_things,
    of_whose,
    relative,
    stranded_subject,
    stray_relative,
)
from refuge.media.extract.russian_figure_lemmas import (
    HELP,
    LEMMA_EVENTS,
    LINKING,
    OUTCOMES,
    REQUESTS,
    VICTIMS,
)
from refuge.media.extract.russian_verb_events import (
    apposed_count,
    helped,
    own_clause,
    phrase_event,
    taken_by_force,
    wounds_received,
)
from refuge.media.extract.syntax import Token, Tree, is_speech_verb

_SUBJECT = {"nsubj", "nsubj:pass"}
_OBJECT = {"obj", "iobj"}
_SHARED = {"conj", "parataxis"}
_DESCRIBING = {"acl", "acl:relcl"}
_PREDICATES = {"VERB", "INFN", "PRTS", "PRTF", "ADJS", "GRND"}
_MORE = {"ещё", "еще"}
_NOUNS = {"men", "women", "people", "relatives"}
_QUALIFIER_WORDS = {q for q in lexicon.QUALIFIERS if q.isalpha() and not q.isascii()}


@dataclass(frozen=True)
class Reading:
    """What the parse says a number counts: (noun, event), or None when it counts nothing."""

    counted: tuple[str, str] | None
    qualifier: str = ""
    subject: bool = False  # the number's noun phrase is the subject of its event


_ABOUT = frozenset({"о", "об", "обо"})
_NOT_DENIAL = frozenset({"только", "лишь", "раз", "просто"})


def _event(token: Token) -> str:
    """Return the event a verb, participle or noun names, by its lemma, else ""."""
    word = token.text.lower()
    return LEMMA_EVENTS.get(russian.lemma(word), "") or event_of(word)


def _passive(token: Token) -> bool:
    parses = russian.morphology().parse(token.text.lower())
    tag = parses[0].tag if parses else None
    return tag is not None and ("pssv" in tag or tag.POS in {"PRTS", "PRTF"})


def _number_token(sentence: list[Token], start: int, end: int) -> Token | None:
    """Return the token of the number at [start, end): the one whose head is outside it."""
    inside = [t for t in sentence if start <= t.start < end]
    indices = {t.index for t in inside}
    return next((t for t in inside if t.head not in indices), inside[-1] if inside else None)


def _noun(tree: Tree, number: Token) -> tuple[Token, str] | None:
    """Return the token standing for those counted, and the noun counted (people, men …)."""
    if number.rel.startswith("nummod") and number.head in tree.by_index:
        head = tree.by_index[number.head]
        if len([c for c in tree.children(head) if c.rel.startswith("nummod")]) > 1:
            return None  # "Из 43 вывезенных девять человек": two numbers, one noun
        word = head.text.lower()
        if russian.lemma(word) in {"имя", "фамилия"}:
            # "перечень из 27 имен людей, которые … расстреляны": the people named.
            people = [c for c in tree.children(head, "nmod") if noun_of([c.text.lower()]) in _NOUNS]
            head, word = (people[0], people[0].text.lower()) if people else (head, word)
        noun = noun_of([word])
        joined = [  # not "12 мужчин и 3 женщины": a number of their own
            noun_of([c.text.lower()])
            for c in tree.children(head, "conj")
            if not any(n.rel.startswith("nummod") for n in tree.children(c))
        ]
        if noun in {"men", "women"} and joined and joined[0] in {"men", "women"} - {noun}:
            return head, "people"  # "40 мужчин и женщин"
        if noun in _NOUNS:
            return head, noun
        if noun == "" and (animate_ru(word) or russian.names_people(word)):
            return head, noun_after_participle(tree, head, number) or "people"  # "12 задержанных"
        return None  # messages, complaints, places: the word windows know those
    # A collective or "один" standing alone: "двое найдены убитыми", "один из которых погиб";
    # "трое из задержанных" names whom in its "из" phrase.
    # "двое из них" leaves the noun to the word windows (the count they are part of: "" here).
    partitive = tree.children(number, "nmod")
    # "пятерых мужчин, двое из которых были убиты": part of the men.
    named = antecedent_of_part(tree, number) or (partitive[0] if partitive else None)
    noun = noun_of([named.text.lower()]) if named is not None else "people"
    return number, noun if noun in _NOUNS else ""


def _host(tree: Tree, noun: Token) -> Token:
    """Return the token whose relation says what the counted phrase is to its verb.

    The parser sometimes makes a qualifier the head ("Более 3000 человек остаются" with
    "более" the subject), and a second count of a pair hangs off the first ("задержаны 104
    мужчины и 31 женщина").
    """
    host = noun
    for _step in range(3):
        head = tree.by_index.get(host.head)
        if head is None:
            break
        qualifier = host.rel in {"obl", "nmod"} and head.text.lower() in _QUALIFIER_WORDS
        pair = host.rel == "conj" and head.rel not in _SHARED
        if not (
            qualifier or (pair and russian.part_of_speech(head.text.lower()) in {"NOUN", "NUMR"})
        ):
            break
        host = head
    return host


def _own_event(tree: Tree, verb: Token, skip: set[int]) -> str:
    """Return the event of a verb with the words that complete it ("найдены убитыми", "остаются
    пропавшими", "получили убежище", "выдали визы"), skipping the count's own words."""
    event = _event(verb) or phrase_event(tree, verb)[0]  # "лишились жизни", "смертельно ранили"
    if event and event != "received":
        return event
    for child in tree.children(verb, "xcomp", "obj", "obl", "iobj"):
        # What was received is the event: "получили убежище" ("получили помощь" says nothing);
        # "о пытках" is what something is about, "из 100 задержанных" whom the count is part
        # of; "подверглись пыткам" what they underwent.
        if child.index in skip or any(
            c.text.lower() in {"о", "об", "про", "из"} for c in tree.children(child, "case")
        ):
            continue
        if (found := _event(child)) and found != "received":
            return found
        if child.rel == "obj" and (found := _in_what(tree, child)):
            return found  # "оказали помощь в эвакуации двум женщинам"
    return ""


def _joined_event(tree: Tree, verb: Token) -> str:
    """Return the event of a describing verb and those joined to it: a killing outweighs the
    rest, as in English ("которые были задержаны и расстреляны" were killed)."""
    events = [_own_event(tree, v, set()) for v in [verb, *tree.children(verb, "conj")]]
    return "killed" if "killed" in events else next((e for e in events if e), "")


def _in_what(tree: Tree, noun: Token) -> str:
    """Return the event of a noun's "в" phrase: "помощь в эвакуации", "содействие в выезде"."""
    for child in tree.children(noun, "nmod"):
        within = any(c.text.lower() in {"в", "во"} for c in tree.children(child, "case"))
        if within and (found := _event(child)) and found != "received":
            return found
    return ""


def _intended(verb: Token) -> bool:
    return russian.lemma(verb.text.lower()) in INTENTIONS_RU


def _subject_event(tree: Tree, verb: Token, skip: set[int]) -> str | None:
    """Return the event of the verb a count is the subject of; None for its doers."""
    skip = skip | phrase_event(tree, verb)[1]  # "лишились жизни": no object, the event's own
    event = "" if _intended(verb) else _own_event(tree, verb, skip)
    objects = [c for c in tree.children(verb, "obj") if c.index not in skip]
    if event in {"detained", "killed", "tortured"} and not _passive(verb) and objects:
        return None  # "шестеро чеченцев убили полицейского": those who killed
    if not event:
        # A verb that shares the subject: "пытались попасть … и ранили …, после чего были
        # застрелены" (the parser may chain them: "застрелены" hangs off "ранили"); or the
        # verb joined before it, where the subject after both hangs on the last ("были
        # задержаны и доставлены в отдел 56 человек").
        head = tree.by_index.get(verb.head)
        joined_to = [head] if verb.rel == "conj" and head and head.index < verb.index else []
        todo = tree.children(verb, *_SHARED) + joined_to
        seen = {verb.index, *(t.index for t in todo)}  # as in Tree.subtree: a cycle ends
        while todo and not event:
            other = todo.pop(0)
            # A verb with a subject of its own, or a number the parser hung on it ("стали 19
            # человек — 13 погибли"), is another count's: a breakdown, not this one's event.
            finite = russian.part_of_speech(other.text.lower()) in {"VERB", "PRTS"}
            if (
                tree.children(other, *_SUBJECT)
                or (finite and tree.children(other, "nummod", "nummod:gov"))
                or russian.part_of_speech(other.text.lower()) not in _PREDICATES
            ):
                continue
            more = [c for c in tree.children(other, *_SHARED) if c.index not in seen]
            seen.update(c.index for c in more)
            todo += more
            found = _own_event(tree, other, skip)
            if found and (_passive(other) or not tree.children(other, "obj")):
                event = found
    return event


def _object_event(tree: Tree, verb: Token, skip: set[int]) -> str:
    """Return the event of the verb a count is the object of ("помогли выехать 114 людям")."""
    head = tree.by_index.get(verb.head)
    if _intended(verb) or (verb.rel == "xcomp" and head is not None and _intended(head)):
        return ""  # "пытались задержать пятерых"
    return _own_event(tree, verb, skip) or _shared_object_event(tree, verb, skip)


def _shared_object_event(tree: Tree, verb: Token, skip: set[int]) -> str:
    """Return the event of an active verb coordinated after ``verb`` with neither a subject
    nor an object of its own, so sharing the count as its object: "забрали всех четверых, … посадили
    в машины и увезли" (the parser hangs "увезли" off the first verb of the chain or off
    ``verb``)."""
    chain = tree.children(verb, *_SHARED)
    head = tree.by_index.get(verb.head)
    if verb.rel in _SHARED and head is not None:
        chain += [c for c in tree.children(head, *_SHARED) if c.index > verb.index]
    chain.sort(key=lambda t: t.index)
    seen = {verb.index, *(t.index for t in chain)}  # as in Tree.subtree: a cycle ends
    while chain:
        other = chain.pop(0)
        if other.index in skip or tree.children(other, *_SUBJECT):
            continue  # a clause of its own
        # Through a verb with an object of its own ("посадили их в машину и увезли").
        more = [c for c in tree.children(other, *_SHARED) if c.index not in seen]
        seen.update(c.index for c in more)
        chain += more
        if (
            tree.children(other, "obj")
            or _passive(other)  # "ранили двух сотрудников, после чего были застрелены"
            or russian.part_of_speech(other.text.lower()) not in _PREDICATES
            or any(c.text.lower() in {"не", "ни"} for c in tree.children(other))
        ):
            continue
        if (event := _own_event(tree, other, skip)) and event != "received":
            return event
    return ""


# Nouns that give an amount ("число убитых … может быть больше — 56 человек", "количество
# задержанных достигло 40", "приток переселенцев может достичь 300 тысяч"): the event is in
# what they are the amount of.
_AMOUNTS = frozenset({"число", "количество", "численность", "приток", "поток"})


def _amount_event(tree: Tree, host: Token) -> str:
    """Return the event an amount noun names as the subject of a verb above the count."""
    for above in tree.ancestors(host):
        for subject in tree.children(above, *_SUBJECT):
            if subject.index == host.index or russian.lemma(subject.text.lower()) not in _AMOUNTS:
                continue
            of = tree.children(subject, "nmod", "amod", "acl", "acl:relcl")
            if found := next((e for c in of if (e := _own_event(tree, c, set()))), ""):
                return found
    return ""


def _label(tree: Tree, number: Token, head: Token | None) -> Token | None:
    """Return the participle a bare number is predicated of ("Погибших — трое"; "раненых —
    пятеро", where the parser marks the number "orphan" of the participle), else None."""
    if number.rel == "orphan" and head is not None:
        label = head
    elif labels := tree.children(number, *_SUBJECT):
        label = labels[0]
    else:
        return None
    parses = russian.morphology().parse(label.text.lower())
    # Not a pronoun: "что их было от 27 до 56 человек".
    if label.index > number.index or any(p.tag.POS == "NPRO" or "Apro" in p.tag for p in parses):
        return None
    return label if any(p.tag.POS in {"PRTF", "ADJF"} for p in parses) else None


def _parallel(tree: Tree, number: Token) -> Reading | None:
    """Return what a count in a clause with its verb left out counts: "В июне задержали 12
    человек, в июле — еще восемь" (the parser makes the count an orphan of "июле", which hangs
    off the verb) is that verb's, as its object or subject like the count before it; so is
    "7 человек было доставлено в …, 11 человек – в …" (the second count's noun made a conjunct
    of the verb, the rest of its clause that noun's orphan)."""
    head = tree.by_index.get(number.head)
    if head is None:
        return None
    if number.rel.startswith("nummod") and head.rel == "conj" and tree.children(head, "orphan"):
        verb = tree.by_index.get(head.head)
        if verb is None or russian.part_of_speech(verb.text.lower()) not in _PREDICATES:
            return None
        return _as_the_verb_counts(tree, verb, head)
    if number.rel != "orphan" or head.rel not in {*_SHARED, "orphan"}:
        return None
    verb = tree.by_index.get(head.head)
    if (
        verb is None
        or russian.part_of_speech(head.text.lower()) in _PREDICATES
        or russian.part_of_speech(verb.text.lower()) not in _PREDICATES
    ):
        return None
    return _as_the_verb_counts(tree, verb)


def _as_the_verb_counts(tree: Tree, verb: Token, own: Token | None = None) -> Reading | None:
    """What a verb's own count (its object, else its subject, with a number) counts, for a
    count of a clause that left the verb out, of its ``own`` noun if it has one."""

    def counts(*rels: str) -> list[Token]:
        return [
            c
            for c in tree.children(verb, *rels)
            if is_number(c.text) or tree.children(c, "nummod", "nummod:gov")
        ]

    objects, subjects = counts(*_OBJECT), counts(*_SUBJECT)
    if objects:
        event: str | None = _object_event(tree, verb, {t.index for t in objects})
    else:
        event = _subject_event(tree, verb, {t.index for t in subjects})
    if event == "" and in_custody(own_clause(tree, verb)):
        event = "detained"  # "7 человек было доставлено в отдел полиции, 11 – в …"
    if not event or not (objects or subjects):
        return None
    noun = noun_of([(own or (objects or subjects)[0]).text.lower()])
    return Reading((noun if noun in _NOUNS else "people", event), subject=not objects)


def _noun_of_participle(host: Token, other: Token) -> bool:
    """Whether a second object is the noun the counted participle describes, split off by the
    parser: "расстреляли 27 задержанных в разное время людей" (one noun phrase)."""
    return (
        russian.part_of_speech(host.text.lower()) == "PRTF"
        and 0 < other.index - host.index <= 5
        and noun_of([other.text.lower()]) in _NOUNS
    )


def _nominal_event(head: Token | None) -> str:
    """Return the killing or detention a noun names, for the count in its genitive."""
    if head is None or russian.part_of_speech(head.text.lower()) != "NOUN":
        return ""
    event = _event(head)
    return event if event in {"killed", "detained"} else ""


def _crossed(tree: Tree, number: Token, verb: Token | None, noun: str) -> Reading | None:
    """Return what an event verb right before the number says where the parse hung the count
    on one further back ("МВД выделило … и стрельбу, где … спецслужбы убили шесть человек")."""
    adjacent = tree.by_index.get(number.index - 1)
    if verb is None or adjacent is None or not verb.index < adjacent.index:
        return None
    if russian.part_of_speech(adjacent.text.lower()) != "VERB" or _intended(adjacent):
        return None
    event = wounds_received(tree, adjacent, _event(adjacent))
    denied = tree.by_index.get(adjacent.index - 1)
    if not event or (denied is not None and denied.text.lower() in {"не", "ни"}):
        return None
    return Reading((noun, event))


def _read(tree: Tree, number: Token) -> Reading | None:
    head = tree.by_index.get(number.head)
    if of_things(tree, number):
        return Reading(None)
    if (
        number.rel.startswith("nummod")
        and head is not None
        and russian.part_of_speech(head.text.lower()) in {"NOUN", "ADJF", "PRTF"}
        and russian.lemma(head.text.lower()) in OUTCOMES
    ):
        return Reading(None)  # "28 убитых и 8 раненых": the wounded share no event
    if (parallel := _parallel(tree, number)) is not None:
        return parallel
    if (
        number.rel.startswith("nummod")
        and head is not None
        and russian.part_of_speech(head.text.lower()) in {"PRTS", "VERB"}
    ):
        # "Два человека убиты, трое ранены": the parser took the verb for the noun counted;
        # the number stands alone as its subject. "Число задержанных выросло до 60": the
        # number is what the amount came to.
        if russian.lemma(head.text.lower()) in LINKING and (amount := _amount_event(tree, number)):
            # "выросло с 40 до 60": 40 is what the amount was, no count of its own.
            since = any(c.text.lower() == "с" for c in tree.children(number, "case"))
            return Reading(None) if since else Reading(("people", amount))
        event = _subject_event(tree, head, {number.index})
        # "Семерым удалось бежать": the parser took the dative for the verb's number; what
        # they managed is the infinitive's event.
        event = event or next((e for c in tree.children(head, "csubj") if (e := _event(c))), "")
        if not event and help_given(own_clause(tree, head)):
            return None  # "42 оказывается помощь" (the number read as the verb's): the words know
        return Reading(("people", event), subject=True) if event else Reading(None)
    if (label := _label(tree, number, head)) is not None:
        # "Погибших — трое, раненых — пятеро": the participle before the dash names them.
        event = _event(label)
        return Reading(("people", event), subject=True) if event else Reading(None)
    found = _noun(tree, number)
    if found is None:
        return None
    noun_token, noun = found
    host = _host(tree, noun_token)
    verb = tree.by_index.get(host.head)
    if (
        verb is not None
        and russian.lemma(verb.text.lower()) in REQUESTS
        and any(c.text.lower() == "от" for c in tree.children(host, "case"))
    ):
        return Reading((noun, "asked for help"))  # "получены обращения от 80 человек"
    if (crossed := _crossed(tree, number, verb, noun)) is not None:
        return crossed
    skip = {t.index for t in tree.subtree(host)}
    # A relative clause or participle after the noun, a participle before it ("трое
    # задержанных боевиков … доставлены"), or the participle counted ("12 задержанных")
    # describes those counted.
    describing = [c for c in tree.children(noun_token, *_DESCRIBING) if not of_whose(tree, c)]
    describing += stray_relative(tree, noun_token)
    describing += [
        c
        for c in tree.children(noun_token, "amod")
        if russian.part_of_speech(c.text.lower()) == "PRTF"
    ]
    # "с четырьмя женщинами и восемью детьми, спасенными в Ираке": a participle the parser
    # joined to the nouns (no noun is joined to a participle) describes each of them.
    first = tree.by_index.get(noun_token.head) if noun_token.rel == "conj" else None
    joined = [noun_token, *([first] if first is not None else [])]
    describing += [
        c
        for n in joined
        for c in tree.children(n, "conj")
        if noun_token is not number
        and c.index > noun_token.index
        and russian.part_of_speech(c.text.lower()) == "PRTF"
    ]
    described = next((e for c in describing if (e := _joined_event(tree, c))), "")
    if russian.lemma(noun_token.text.lower()) in VICTIMS:
        # "40 жертв пыток", "27 жертв внесудебных казней", "24 пострадавших от пыток":
        # victims of what their noun names.
        of = tree.children(noun_token, "nmod", "obl")
        described = next((e for c in of if (e := _event(c)) and e != "received"), described)
    if noun_token is not number and (
        russian.part_of_speech(noun_token.text.lower()) in {"PRTF", "ADJF"}
        or russian.lemma(noun_token.text.lower()) in LEMMA_EVENTS
    ):
        described = described or _event(noun_token)
    if (nominal := _nominal_event(verb)) and host.rel == "nmod":
        # "о расстреле 27 задержанных жителей"; a killing said of them outweighs the noun
        # ("исчезновение 13 человек, которых позднее расстреляли"), as in `_joined_event`.
        return Reading((noun, "killed" if killed_of_them(tree, describing) else nominal))
    stranded = stranded_subject(tree, host)
    stranded_event = _subject_event(tree, stranded, skip) if stranded is not None else None
    if stranded is not None and stranded_event:
        # The verb after the count is its own; the participle only says who they were. Not
        # denied nor nearly ("чуть не погибли"), nor done by them to others ("убили своих
        # охранников"): those keep the participle's event, as before (review 16, fig-8).
        # Only the verb's own "не" or "чуть/едва не": a negated gerund ("погибли, не
        # выдержав пыток") denies nothing of the verb (review 17).
        near = [
            *tree.children(stranded),
            *(
                g
                for c in tree.children(stranded)
                if c.text.lower() in {"чуть", "едва"}
                for g in tree.children(c)
            ),
        ]
        if not any(c.text.lower() == "не" for c in near):
            return Reading((noun, stranded_event), subject=True)
    linking = verb is None or russian.part_of_speech(verb.text.lower()) not in _PREDICATES
    if (linking or (verb is not None and russian.lemma(verb.text.lower()) in LINKING)) and (
        amount := _amount_event(tree, host)
    ):
        # "число убитых … может быть больше — 56 человек": what the amount is of.
        return Reading((noun, amount))
    if verb is None or linking:
        # No verb of its own ("Газете известны 27 человек, которые были застрелены" reads the
        # adjective as one): what a relative clause or participle says of those counted.
        return Reading((noun, described)) if described else None
    if is_speech_verb(verb.text):
        return None  # "трое активистов сообщили, что …": the word windows tell who is meant
    own_words = phrase_event(tree, verb)[1]  # "лишили свободы 9 человек": no rival object
    rivals = [
        c
        for c in tree.children(verb, host.rel)
        if c.index != host.index
        and not relative(tree, c)
        and not _noun_of_participle(host, c)
        and c.index not in own_words
        and not apposed_count(tree, c, host)
    ]
    # A noun of the event right before a genitive count, with no preposition but "о", is what
    # it counts, the verb's subject a misparse ("о задержании по меньшей мере ста мужчин", "как
    # проходила казнь минимум 13 задержанных"; not "В ходе задержания 5 полицейских ранены").
    lead = tree.by_index.get(min(t.index for t in tree.subtree(number)) - 1)
    genitive = not any(russian.is_nominative(t.text) for t in (number, noun_token))
    about = lead is not None and {c.text.lower() for c in tree.children(lead, "case")} <= _ABOUT
    governing = _nominal_event(lead) if genitive and about and host.rel in _SUBJECT else ""
    if rivals and governing:
        return Reading((noun, governing))
    if rivals and host.rel in _SUBJECT | _OBJECT:
        # Two subjects (or objects) of one verb: the parser joined clauses it should not have
        # ("об эвакуации … 43 геев, всего за помощью обратились 80 человек"). A participle
        # right before the count is its own predicate ("убиты двое … и ранены пятеро").
        # So is a passive verb right before it that the parser gave a second subject
        # ("INTERFAX.RU - … уничтожено шесть боевиков": the dateline is no subject), where
        # it names an event ("помощь оказана 25 из них" leaves it to the word windows).
        before = tree.by_index.get(number.index - 1)
        if before is None or not _passive(before):
            return None
        event = _event(before)
        if not event and before.index == verb.index:
            return None
        return Reading((noun, event), subject=True) if event else Reading(None)
    lemma = russian.lemma(verb.text.lower())
    if (
        host.rel == "conj"
        and tree.children(host, "orphan", "cc")
        and tree.children(verb, *_SUBJECT)
    ):
        # A verb left out: "Двое из них умерли в дороге, а еще четверо - по прибытии" (the
        # count joined to the verb of the clause before; "orphan" marks what stands for it).
        event = _subject_event(tree, verb, {t.index for t in tree.children(verb, *_SUBJECT)})
        return Reading((noun, event), subject=True) if event else None
    if host.rel in _SUBJECT:
        event = _subject_event(tree, verb, skip)
        if not event and governing:
            return Reading((noun, governing))
        if event is None:
            return Reading(None)
        subject = True
    elif host.rel in _OBJECT or (host.rel == "obl" and not tree.children(host, "case")):
        event, subject = _object_event(tree, verb, skip), False
        if not event and russian.lemma(verb.text.lower()) in HELP:
            # "помогла 40 пострадавшим выехать": the parser hung the leaving on the noun.
            left = [c for c in tree.children(noun_token) if _event(c) == "left"]
            event = (
                "left"
                if any(russian.part_of_speech(c.text.lower()) == "INFN" for c in left)
                else ""
            )
    else:
        return None
    # "не только задержаны", "не раз задерживались": no denial.
    negated = [
        c
        for c in tree.children(verb) + tree.children(number)
        if c.text.lower() in {"не", "ни"}
        and getattr(tree.by_index.get(c.index + 1), "text", "").lower() not in _NOT_DENIAL
    ]
    if event and negated:
        return Reading(None)  # "ни один человек не был задержан": nothing befell them
    event = taken_by_force(tree, verb, helped(tree, verb, event)) or described
    if event:
        return Reading((noun, event), subject=subject)
    clause = own_clause(tree, verb)
    # "ещё трое" adds to a count before, unless its verb has an object of its own: "ещё 10
    # получили ранения" says what befell them.
    more = any(
        c.text.lower() in _MORE for c in tree.children(number) + tree.children(noun_token)
    ) and not tree.children(verb, "obj")
    if lemma in LINKING or more or _intended(verb) or in_custody(clause) or help_given(clause):
        # A verb that only links, "ещё трое" adding to a count before, a place of custody
        # ("сидели … в одном подвале", "«обнаружились» в ИВС") or help given: the words
        # around the number know more.
        return None
    if children_returned(verb.text, (noun_token.text, host.text), clause):
        return Reading((noun, "evacuated"), subject=subject)  # brought back from the war
    # The count's own verb names what befell it, and it is no event: "26 человек освобождены",
    # "трое из них живы", "ранили двух сотрудников" (but "освобождены шестеро студентов,
    # задержанных в понедельник" were detained: the participle says so).
    return Reading(None)
