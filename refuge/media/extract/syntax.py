"""Who speaks a Russian quotation, read from the sentence's syntax (natasha's NewsSyntaxParser).

Patterns written from one sentence each did not carry over to articles never seen; a
dependency parse does. For each quotation the parser reads only the sentence that opens it and
the sentence that closes it (where the attribution is), all of an article's in one batch. The
speaker is the subject (``nsubj``) of the speech verb that governs the quotation or hangs off it
("«…», — утверждает Каляпин"), with its name (``appos``, ``flat:name``) apart from its role
("пресс-секретарь главы Чечни Альви Каримов"); else "по словам X" / "по мнению X"; else the
agent of a passive speech verb ("было заявлено Кадыровым"); else the owner of the document
something "говорится в" ("в докладе HRW"). Names come back in the nominative ("Кадырова" →
"Кадыров"); pronouns come back as pronouns, for the article's memory to resolve.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.english_syntax import UNNAMED
from refuge.media.extract.offsets import Nearby, paragraph_or
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.parse_tree import Token, Tree, follows
from refuge.media.extract.russian_noun_phrases import (
    RELATIVE_WORDS,
    in_nominative,
    is_name_word,
    names_a_person,
    one_of,
    phrase_text,
    speaker_named,
)
from refuge.media.extract.russian_speech_words import (
    DEMANDS,
    DOCUMENT_VERBS,
    QUOTING,
    SO_CALLED,
    SPEECH_NOUNS,
    dropped_subject,
    is_passive,
    is_speech_verb,
    reports_speech,
    to_account,
)
from refuge.media.extract.russian_wording import body_by_kind, cited_source
from refuge.media.extract.spans import (
    QUOTE_MARKS,
    quotation_at,
    sentence_end_outside,
    sentence_start_outside,
)
from refuge.media.extract.speakers import Speaker

_BRAND = re.compile(r"[а-яёa-z][А-ЯЁA-Z]")
# "по словам X", "по мнению X", "по данным X", "согласно заявлению X".
_WORDS_OF = frozenset(
    "словам мнению данным информации утверждению оценке версии выражению".split()  # noqa: SIM905
)
_DOCUMENTS = re.compile(
    r"доклад|отч[её]т|заявлени|сообщени|пресс-релиз|письм|обращени|публикаци|статье|посте"
    r"|ответ(?:е|ах)$"  # "в ответе СК говорится": a reply, not "ответственности"
)

POSSESSIVES = {"его": "он", "её": "она", "ее": "она", "их": "они"}


def parse_sentences(
    text: str, windows: list[tuple[int, int]], quoted: list[range]
) -> list[list[Token]]:
    """Parse the sentences of each window (offsets into ``text``), all in one batch.

    A full stop inside a quotation ends no sentence of the narrative: «У них длинные руки …
    найдут меня. Облава на геев …», который содержит 42 страницы, указано …" is one sentence.
    """
    sentences: list[list[tuple[str, int, int]]] = []
    nearby = Nearby(quoted)
    for start, end in windows:
        # Only a quotation the window holds whole, with narrative on both sides: a long
        # quotation's own full stops still end its sentences, so its attribution is parsed
        # with its last sentence alone.
        held = [r for r in nearby.near(start, end) if start < r.start and r.stop < end]
        joined = False
        for tokens in russian.sentences_between(text, start, end):
            if joined and sentences:
                sentences[-1].extend(tokens)
            else:
                sentences.append(tokens)
            joined = bool(tokens) and quotation_at(tokens[-1][2], held) is not None
    trees = _parse([tuple(word for word, _s, _e in sent) for sent in sentences])
    return [
        [
            Token(word, begin, stop, index, head, rel)
            for (word, begin, stop), (index, head, rel) in zip(sent, tree, strict=True)
        ]
        for sent, tree in zip(sentences, trees, strict=True)
    ]


# Speakers, continued quotations and figures each parse the windows they look at, and within
# one article these overlap: each sentence is parsed once per article (core.extract empties the
# parses at the start of every article, so memory stays bounded and a benchmark pays every
# parse).
_PARSED: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = {}


def forget_parses() -> None:
    _PARSED.clear()


def _parse(sentences: list[tuple[str, ...]]) -> list[tuple[tuple[int, int, str], ...]]:
    # The parser pads each batch of eight to its longest sentence: like lengths together cost
    # least.
    missing = sorted(
        {words for words in sentences if words not in _PARSED}, key=lambda w: (len(w), w)
    )
    if missing:
        markups = russian.syntax_models()["syntax"].map([list(words) for words in missing])
        for words, markup in zip(missing, markups, strict=True):
            _PARSED[words] = tuple((int(t.id), int(t.head_id), t.rel) for t in markup.tokens)
    return [_PARSED[words] for words in sentences]


def _speech_verb(tree: Tree, quote: list[Token]) -> Token | None:
    """Return the speech verb of the sentence that governs the quotation or hangs off it."""
    inside = {t.index for t in quote}
    tops = [t for t in quote if t.head not in inside]
    candidates: list[tuple[int, int, int, Token]] = []
    for token in tree.outside:
        if token.index in inside or not reports_speech(tree, token):
            continue
        if token.rel == "acl" or (token.rel == "acl:relcl" and tree.governing(token) is None):
            continue  # "источники, которые считают …": a relative clause's verb
        for top in tops:
            above = tree.ancestors(top)
            if token in above:
                candidates.append((above.index(token), 0, abs(token.index - top.index), token))
        own = tree.ancestors(token)
        reaches = next((i for i, t in enumerate(own) if t.index in inside), None)
        if reaches is not None and token.rel in {"parataxis", "conj", "ccomp", "root"}:
            distance = min(abs(token.index - t.index) for t in quote)
            # A verb that governs the quotation outranks one that only hangs off it: "Титиев
            # отметил, что его «…», сообщает «Медуза»" is Титиев's, the outlet reports it.
            candidates.append((reaches, 1, distance, token))
        elif token.rel == "root" and follows(tree, quote, token):
            # "«…», — было заявлено Кадыровым": the attribution parsed as a sentence of its own.
            candidates.append((1, 1, token.index - quote[-1].index, token))
    if candidates:
        ranked = [c[3] for c in sorted(candidates, key=lambda c: c[:3])]
        demands = [v for v in ranked if russian.lemma(v.text) in DEMANDS]
        if demands and any(russian.lemma(t.text) in DOCUMENT_VERBS for t in tree.outside):
            # "Правозащитники требуют «…», говорится в пресс-релизе": the document's words.
            ranked = [v for v in ranked if v not in demands]
        return ranked[0] if ranked else None
    return _light_verb(tree, quote)


def _light_verb(tree: Tree, quote: list[Token]) -> Token | None:
    """Return the main verb of a sentence that names a speech act and then, after a colon,
    quotes it: "Заявление сделал Игорь Кочетков: «…»", "Кадыров выступил с обращением:
    «…»", "дал комментарий «Интерфаксу»:" (the verb is no speech verb; its noun is)."""
    before = [t for t in tree.tokens if t.index < quote[0].index and t.text not in QUOTE_MARKS]
    if not before or before[-1].text != ":":
        return None
    for verb in tree.outside:
        nouns = tree.children(verb, "obj", "obl")
        if verb.rel == "root" and any(russian.lemma(n.text) in SPEECH_NOUNS for n in nouns):
            return verb
    return None


def _nearest_owner(
    text: str, tree: Tree, quote: list[Token], verb: Token | None, people: list[russian.Entity]
) -> Speaker | None:
    """Return the owner of a speech-act noun that governs the quotation more closely than the
    speech verb does: "Однако его оговорка о необходимости «…» означает …, считают X" is his,
    not X's; "словами о необходимости «…» он подтвердил" (no owner) leaves it to the verb."""
    inside = {t.index for t in quote}
    for top in (t for t in quote if t.head not in inside):
        for token in tree.ancestors(top):
            if token is verb:
                break
            if russian.lemma(token.text) not in SPEECH_NOUNS or to_account(tree, token):
                continue
            if token.index > quote[0].index:
                break  # "X считает «…» реакцию на высказывания Y, который …": a misparse
            owner = _owner(text, tree, token, people)
            if owner is None and token.rel == "obj" and token.head in tree.by_index:
                # "ECCHR и «Российская ЛГБТ-сеть» подали заявление о возбуждении дела «за …»":
                # a statement someone filed is theirs.
                filers = tree.children(tree.by_index[token.head], "nsubj")
                owner = speaker_named(text, tree, filers[0], people) if filers else None
            if owner is not None:
                return owner
    return None


def _owner(text: str, tree: Tree, noun: Token, people: list[russian.Entity]) -> Speaker | None:
    """Return whose words or document ``noun`` is: a possessive ("его слова") or a person or
    role in the genitive ("слова прокурора", "заявления Нурди Нухажиева")."""
    for owner in tree.children(noun, "det", "nmod"):
        word = owner.text.lower()
        if owner.rel == "det" and word in POSSESSIVES:
            return Speaker(POSSESSIVES[word])
        genitive = owner.rel == "nmod" and not tree.children(owner, "case")
        if genitive and (is_name_word(owner, people) or russian.names_people(owner.text)):
            return speaker_named(text, tree, owner, people)
        if genitive and (one := one_of(tree, owner)) is not None:
            return one  # "слова одного из задержанных"
    return None


def _quoted_words(
    text: str, tree: Tree, verb: Token, people: list[russian.Entity]
) -> Speaker | None:
    """Return whose words a verb of quoting says it quotes: "Кавказ.Реалии цитируют слова
    прокурора, что суд «…»", "приводит «Интерфакс» слова Кадырова" are the prosecutor's and
    Kadyrov's, not the outlet's; "приводит РИА Новости то, что ответил представитель …" is
    the subject's of the clause the verb quotes."""
    if russian.lemma(verb.text) not in QUOTING:
        return None
    for noun in tree.children(verb, "obj"):
        if russian.lemma(noun.text) in SPEECH_NOUNS:
            return _owner(text, tree, noun, people)
        if (is_name_word(noun, people) and names_a_person([noun], people)) or russian.names_people(
            noun.text
        ):
            return speaker_named(text, tree, noun, people)  # "«Интерфакс» цитирует Кадырова: «…»"
        if (one := one_of(tree, noun)) is not None:
            return one  # "Газета цитирует одного из задержанных: «…»"
        for clause in tree.children(noun, "acl", "acl:relcl"):
            if is_speech_verb(clause.text) and (speaker := _subject(text, tree, clause, people)):
                return speaker
    return None


def _subject(text: str, tree: Tree, verb: Token, people: list[russian.Entity]) -> Speaker | None:
    verb = tree.governing(verb) or verb
    for candidate in (verb, *([tree.by_index[verb.head]] if verb.rel == "conj" else [])):
        # "рассказал ПарнямПлюс Кочетков": a word with a capital inside is an outlet's name.
        subjects = [s for s in tree.children(candidate, "nsubj") if not _BRAND.search(s.text)]
        # "— так прокомментировал сообщения Кадыров": a name in the nominative the parser hung
        # from the verb's object as its genitive is the subject.
        # "«…» — так ответил на вопрос журналистов Кадыров": or hung from the quotation's verb.
        subjects = subjects or [
            n
            for o in tree.children(candidate, "obj", "obl")
            for n in tree.subtree(o, "acl", "acl:relcl", "ccomp", "parataxis", "conj")
            if n.rel == "nmod"
            and names_a_person([n], people)
            and is_name_word(n, people)
            and in_nominative(n, people)
        ]
        outside = {t.index for t in tree.outside}
        subjects = subjects or [
            t
            for t in tree.outside
            if t.rel == "nsubj" and t.index > max(candidate.index, t.head) and t.head not in outside
        ]
        if subjects and (body := _body_of_place(text, tree, subjects[0])):
            return Speaker(role=body, affiliation=body)
        if subjects:
            return speaker_named(text, tree, subjects[0], people)
        for agent in tree.children(candidate, "obl", "obl:agent"):
            # "было заявлено Кадыровым": a passive verb's agent, in the instrumental.
            if (
                is_passive(candidate.text)
                and not tree.children(agent, "case")
                and is_name_word(agent, people)
            ):
                return speaker_named(text, tree, agent, people)
    return None


def _after_v(tree: Tree, token: Token) -> bool:
    """Whether "в" or "во" governs ``token`` ("в Госдепе", "во Франции")."""
    return any(c.text.lower() in {"в", "во"} for c in tree.children(token, "case"))


def _body_of_place(text: str, tree: Tree, subject: Token) -> str:
    """Return the body a subject right after "в X" belongs to, where the parser took X's
    genitive for the subject ("В Союзе журналистов республики заявили": the union spoke, not
    journalists); "" otherwise."""
    place = tree.by_index.get(subject.index - 1)
    if place is None or place.rel != "obl":
        return ""
    if not _after_v(tree, place):
        return ""
    return body_by_kind(text[place.start : max(t.stop for t in tree.subtree(subject))])


def _words_of(text: str, tree: Tree, people: list[russian.Entity]) -> Speaker | None:
    """Return X of "по словам X" / "по мнению X" in the sentence."""
    for token in tree.outside:
        cases = {c.text.lower() for c in tree.children(token, "case")}
        if "согласно" in cases and token.text.lower() not in _WORDS_OF:
            # "Согласно письму Фадеева, «…»": whose letter or statement; "согласно Кадырову".
            if is_name_word(token, people) and names_a_person([token], people):
                return speaker_named(text, tree, token, people)
            words = russian.lemma(token.text) in SPEECH_NOUNS
            if words or _DOCUMENTS.match(token.text.lower()):
                return _owner(text, tree, token, people)
            continue
        if token.text.lower() not in _WORDS_OF or not cases & {"по", "согласно"}:
            continue
        whose = tree.children(token, "nmod", "det")
        if whose:
            return speaker_named(text, tree, whose[0], people)
    return None


def _introducer(text: str, tree: Tree, people: list[russian.Entity]) -> Speaker | None:
    """Return who a sentence ending in a colon introduces as speaking next: its main verb's
    subject ("Кадыров написал в телеграм-канале:"), or, where the subject is the writer
    ("Мы пообщались с Александрой:"), the person it was with ("с" and the instrumental)."""
    for verb in tree.outside:
        if verb.rel != "root":
            continue
        subjects = tree.children(verb, "nsubj")
        if subjects and subjects[0].text.lower() not in {"мы", "я"}:
            # A person, a pronoun or a role ("Глава Чечни написал:"), never "Заявление гласит:".
            head = subjects[0]
            animate = is_name_word(head, people) or russian.names_people(head.text)
            return _subject(text, tree, verb, people) if animate else None
        for other in tree.children(verb, "obl"):
            case = [c.text.lower() for c in tree.children(other, "case")]
            if (
                case in (["с"], ["со"])
                and is_name_word(other, people)
                and names_a_person([other], people)
            ):
                return speaker_named(text, tree, other, people)
    return None


def _document(
    text: str, tree: Tree, verb: Token | None, people: list[russian.Entity], opening: int
) -> Speaker | None:
    """Return whose document a quotation opening at ``opening`` is "говорится в" / "указано в"
    ("в докладе HRW")."""
    for token in tree.outside:
        if token.rel != "obl" or not _DOCUMENTS.match(token.text.lower()):
            continue
        # "В докладе …, который …, указано, что «…»": the parser may hang the document on
        # any verb of the sentence; a speech verb with no subject of its own is enough.
        if verb is None or not any(c.text.lower() in {"в", "во"} for c in tree.children(token)):
            continue
        # "в сообщении Кадырова" is his, not the government his name stands for elsewhere.
        document = phrase_text(text, tree.subtree(token, "acl", "acl:relcl", "punct")).split()
        owner = _body_in(" ".join(document))
        whose = [
            o
            for o in tree.children(token, "nmod")
            if not tree.children(o, "case") and russian.lemma(o.text) not in RELATIVE_WORDS
        ]
        if whose and russian.lemma(whose[0].text) in lexicon.BODY_NOUNS_RU:
            return None  # "в пресс-релизе организации": the body named before, for the memory
        if not owner and whose:
            # "— говорится в сообщении пресс-службы": the body or person whose document it is.
            return speaker_named(text, tree, whose[0], people)
        if not owner:
            # "В докладе …, который содержит 42 страницы, указано": the one named with the
            # same document in the sentences before.
            # Its owner after it ("доклад HRW …") or before it in its sentence ("Европарламент
            # … принял резолюцию").
            stem = token.text.lower()[:5]
            for match in re.finditer(
                rf"([^.!?\n]{{0,80}}?)(?<![\w-]){re.escape(stem)}\w*(?:\s+([^.,;:«»]{{2,60}}))?",
                text[: tree.tokens[0].start],
                re.I,
            ):
                owner = _body_in(match.group(2) or "") or org_in(match.group(1)) or owner
            cited = cited_source(text, min(opening, tree.tokens[0].start))
            if cited.lower() in lexicon.BODY_NOUNS_RU:
                return None  # "…, — говорится на сайте ведомства": the body named before
            if cited and not org_in(cited, outlets=True):
                owner = org_in(cited) or cited
        if owner:
            return Speaker(role=owner, affiliation=owner)
    return None


def _body_in(words: str) -> str:
    """The body ``words`` name, in any case ("в заявлении Госдепартамента"), but not by a
    person's name standing for it ("в сообщении Кадырова" is his, not his government's)."""

    def without_people(phrase: str) -> str:
        return " ".join(w for w in phrase.split() if w.strip(".,«»") not in lexicon.PERSON_ALIASES)

    kept = without_people(words)
    return org_in(kept) or org_in(without_people(russian.normal_name(kept)))


def attribute(
    text: str,
    quotes: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    people: list[russian.Entity],
) -> list[Speaker | None]:
    """Return, for each quotation (first part's start, last part's end), who the syntax says
    speaks it, or None where the sentence names nobody."""
    quoted = [range(start, end) for start, end in quotes]
    nearby = Nearby(quoted)
    windows = []
    for start, end in quotes:
        floor, ceiling = paragraph_or(paragraphs, start, (0, len(text)))
        last_floor, last_ceiling = paragraph_or(paragraphs, end, (floor, ceiling))
        # "Власти все отрицают — и говорят …; Кадыров говорил, что «…»": the clause after the
        # last semicolon before the quotation is read alone.
        near = nearby.near(min(floor, last_floor), max(ceiling, last_ceiling))
        others = [r for r in near if r != range(start, end)]
        opening_start = sentence_start_outside(text, start, floor, others)
        opening_start = max(opening_start, text.rfind(";", opening_start, start) + 1)
        opening = (opening_start, sentence_end_outside(text, start, ceiling, others))
        closing_start = max(sentence_start_outside(text, end, last_floor, others), opening_start)
        closing = (closing_start, sentence_end_outside(text, end, last_ceiling, others))
        windows.append((opening, closing))
    unique = sorted({w for pair in windows for w in pair})
    # Overlapping windows give some sentences twice: each is kept once.
    sentences = list(
        {(s[0].start, s[-1].stop): s for s in parse_sentences(text, unique, quoted) if s}.values()
    )
    found: list[Speaker | None] = []
    # One tree per sentence, built when a quotation first reads it: building one repairs the
    # sentence's parse in place, and a sentence with several quotations is read for each.
    trees: dict[int, Tree] = {}
    by_place = Nearby([range(s[0].start, s[-1].stop) for s in sentences])
    for start, end in quotes:
        speaker = None
        if SO_CALLED.search(text, max(0, start - 40), start):
            found.append(UNNAMED)  # "так называемой «контртеррористической операции»": a term
            continue
        for number in by_place.numbers(start, end + 1):
            sentence = sentences[number]
            quote = [t for t in sentence if start <= t.start < end and t.text not in QUOTE_MARKS]
            if not quote:
                continue
            if number not in trees:
                held = nearby.near(sentence[0].start, sentence[-1].stop)
                trees[number] = Tree(sentence, held, is_speech_verb)
            tree = trees[number]
            verb = _speech_verb(tree, quote)
            speaker = (
                _nearest_owner(text, tree, quote, verb, people)
                or (_quoted_words(text, tree, verb, people) if verb else None)
                or (_subject(text, tree, verb, people) if verb else None)
                # "По ее словам, в ответе СК говорится, что … «…»": the document's words.
                or _document(text, tree, verb, people, start)
                or _words_of(text, tree, people)
                # "Однако признал, что ситуация «…»": the one the verb's gender says.
                or (Speaker(pronoun) if verb and (pronoun := dropped_subject(tree, verb)) else None)
            )
            if speaker is not None:
                break
        found.append(speaker)
    return found


# A lead-in of a few words ending in a colon ("Однако ему отказали:"); a verb of speaking in it
# gives its own subject first ("Однако пограничники ответили:").
_LEAD_IN = re.compile(r"(?:[А-ЯЁа-яё-]+,?\s+){1,5}[а-яё]+:")


def continued(
    text: str,
    quotes: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    people: list[russian.Entity],
) -> list[Speaker | None]:
    """Return, for each quotation that opens its sentence, who the sentence before it in its
    paragraph reports speaking: "Глава Чечни добавил, что … . «…»" is the head of Chechnya's.

    Weaker than a quotation's own sentence: the caller asks only where nothing else named the
    speaker (not "«…». Об этом заявил X.").
    """
    quoted = [range(start, end) for start, end in quotes]
    windows: list[tuple[int, int] | None] = []
    introduced: set[tuple[int, int]] = set()
    last: dict[int, tuple[int, int]] = {}  # a quotation's own sentence before, when widened
    bodies_only: set[int] = set()  # where only a body speaking before may be the speaker
    nearby = Nearby(quoted)
    for start, end in quotes:
        floor, ceiling = paragraph_or(paragraphs, start, (0, 0))
        opening = sentence_start_outside(text, start, floor, near := nearby.near(floor, start))
        whole = not re.search(r"\w", text[end:ceiling])
        lead = text[opening:start].strip(' «"“„')
        if lead and whole and opening > floor + 1 and _LEAD_IN.fullmatch(lead):
            # "Мовсар рассказал, что … . Однако ему отказали: «…»": a short lead-in that no
            # one speaks goes on with the speech the sentence before it reports.
            last[len(windows)] = (opening, start)
            windows.append((sentence_start_outside(text, opening - 2, floor, near), start))
            continue
        if lead and whole and opening > floor + 1 and not _speaks(lead):
            # "Также в Госдепе напомнили, что …. Причиной стало установление фактов об «…»":
            # a sentence no one speaks in goes on with the body the one before has speak.
            bodies_only.add(len(windows))
            last[len(windows)] = (opening, start)
            windows.append((sentence_start_outside(text, opening - 2, floor, near), start))
            continue
        if lead:
            windows.append(None)
            continue
        if opening <= floor + 1:
            # "Мы пообщались с Александрой – представительницей организации:" closing the
            # paragraph before: the sentence that introduces the quotation names its speaker.
            before = text[:floor].rstrip()
            if not before.endswith((":", ".", "!")):
                windows.append(None)
                continue
            prior = (
                sentence_start_outside(
                    text, len(before) - 1, text.rfind("\n", 0, len(before)) + 1, quoted
                ),
                len(before),
            )
            if before.endswith(":"):
                introduced.add(prior)
                windows.append(prior)
            elif (
                (whole or not _speaks(text[end:ceiling]))
                and not re.search(r"[«»“”\"]", text[prior[0] : prior[1]])
                and re.search(r"[.!?…]", text[end - 1 : ceiling])
            ):
                # "Глава Чечни прокомментировал сообщения.\n\n«…»": a paragraph opening with a
                # quotation no one after it speaks goes on from the speech the one before ends
                # reporting; not a subheading ("«Ты должен был ее в лесу расстрелять»").
                windows.append(prior)
            else:
                windows.append(None)
            continue
        window = (sentence_start_outside(text, opening - 2, floor, near), opening)
        if whole:
            # Nothing after the quotation in its paragraph: the sentence before that one is
            # read too, for the subject the paragraph is about.
            last[len(windows)] = window
            if window[0] > floor + 1:
                window = (sentence_start_outside(text, window[0] - 2, floor, near), opening)
        windows.append(window)
    parsed = parse_sentences(text, sorted({w for w in windows if w is not None}), quoted)
    firsts = Nearby([range(s[0].start, s[0].start) for s in parsed])
    found: list[Speaker | None] = []
    for number, span in enumerate(windows):
        speaker = None
        inside = [parsed[n] for n in firsts.numbers(span[0], span[1] - 1)] if span else []
        trees = [Tree(s, nearby.near(s[0].start, s[-1].stop), is_speech_verb) for s in inside]
        for tree in trees:
            if span in introduced:
                speaker = _introducer(text, tree, people)
                continue
            if number in last and tree.tokens[0].start < last[number][0]:
                continue
            for verb in tree.outside:
                main = verb.rel == "root" or (
                    verb.rel == "conj" and tree.by_index.get(verb.head, verb).rel == "root"
                )
                if main and is_speech_verb(verb.text):
                    speaker = _subject(text, tree, verb, people) or _words_of(text, tree, people)
                    break
        if speaker is None and number in last:
            earlier = [t for t in trees if t.tokens[0].start < last[number][0]]
            topic = None if number in bodies_only else _topic(trees, text, people)
            speaker = topic or _body_that_spoke(earlier[-1:], text)
        found.append(speaker)
    return found


def _speaks(words: str) -> bool:
    """Whether ``words`` hold a speech verb ("заявил", "напомнили")."""
    return any(is_speech_verb(w) for w in re.findall(r"[а-яё]+", words.lower()))


def _body_that_spoke(trees: list[Tree], text: str) -> Speaker | None:
    """Return the body the sentence before a quotation's own has speak with no subject ("Также
    в Госдепе напомнили, что …. Причиной стало … «…»"): its words go on into the next."""
    for tree in trees:
        for verb in tree.outside:
            if verb.rel != "root" or not is_speech_verb(verb.text) or tree.children(verb, "nsubj"):
                continue
            for place in tree.children(verb, "obl"):
                if _after_v(tree, place):
                    words = text[place.start : max(t.stop for t in tree.subtree(place))]
                    body = _body_in(words) or body_by_kind(words)
                    if body:
                        return Speaker(role=body, affiliation=body)
    return None


def _topic(trees: list[Tree], text: str, people: list[russian.Entity]) -> Speaker | None:
    """Return the person the sentences before a quotation that ends its paragraph are about:
    the last sentence's subject, or where it has none ("Но связал «заказ» с …"), the subject
    of the one before it ("Чингиз Ахмадов … не привел"). Only a person's name counts."""
    for tree in reversed(trees):
        root = next((t for t in tree.outside if t.rel == "root"), None)
        if root is None:
            return None
        subjects = tree.children(root, "nsubj")
        if not subjects:
            continue
        found = speaker_named(text, tree, subjects[0], people)
        return found if found is not None and found.name else None
    return None
