"""Russian names, organisations and places with natasha, and the morphology to normalise them.

natasha ships its models inside the package (navec embeddings and the slovnet NER tagger under
``natasha/data``, the OpenCorpora dictionaries in ``pymorphy2_dicts_ru``): nothing is downloaded
at run time. The models are loaded once per process, on the first Russian article, and run on
one thread. A name in any case — "Кадырова", "по словам Кадырова", "Ольги Садовской" — comes back
in the nominative: "Кадыров", "Ольга Садовская".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from refuge.media import lexicon
from refuge.media.extract.org_aliases import canonical_name

_LATIN = re.compile(r"[A-Za-z]")
_BRAND = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+[А-ЯЁA-Z]\w*\s+")


@dataclass(frozen=True)
class Entity:
    kind: str  # PER, ORG or LOC
    start: int
    end: int
    text: str
    normal: str


# The entities of the list last asked for, the first of each text: the attribution asks for
# them at every quotation, and a long text's list holds thousands (its interviewee's name
# at every answer), where what it reads of each depends on its text alone. Lists of
# entities are only ever read, so the list itself is the key.
_DISTINCT: list[tuple[list[Entity], int, list[Entity]]] = []


def first_of_each_text(entities: list[Entity]) -> list[Entity]:
    """Return the first of ``entities`` with each text, in their order."""
    cached = _DISTINCT[0] if _DISTINCT else None
    if cached is None or cached[0] is not entities or cached[1] != len(entities):
        first: dict[str, Entity] = {}
        for entity in entities:
            first.setdefault(entity.text, entity)
        cached = (entities, len(entities), list(first.values()))
        _DISTINCT[:] = [cached]
    return cached[2]


def is_russian(text: str) -> bool:
    """Return whether ``text`` is mostly Cyrillic."""
    sample = text[:4000]
    return len(lexicon.CYRILLIC.findall(sample)) > len(_LATIN.findall(sample))


@cache
def _models() -> dict[str, Any]:
    # Imported here: loading the embeddings takes a second and English articles never need it.
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    embedding = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph_tagger": NewsMorphTagger(embedding),
        "ner_tagger": NewsNERTagger(embedding),
        "vocab": MorphVocab(),
        "analyzer": morphology(),
        "embedding": embedding,
    }


@cache
def syntax_models() -> dict[str, Any]:
    """Return natasha's syntax parser (same wheel, same embeddings as the tagger)."""
    from natasha import NewsSyntaxParser

    models = _models()
    return {"syntax": NewsSyntaxParser(models["embedding"])}


@cache
def morphology() -> Any:
    """Return the one pymorphy2 analyser (natasha's models, figures and the ledger share it).

    Alone it loads in a tenth of a second, where natasha's taggers take most of one: the
    ledger's lemmas need only this."""
    import natasha  # noqa: F401  (natasha first: it makes pymorphy2 importable on Python 3.11)
    from pymorphy2 import MorphAnalyzer

    return MorphAnalyzer()


@cache
def lemma(word: str) -> str:
    """Return the dictionary form of a Russian word, lower-cased ("заверил" → "заверить")."""
    parses = morphology().parse(word.lower())
    return str(parses[0].normal_form) if parses else word.lower()


@cache
def _nominative(word: str, gender: str = "") -> str:
    """Return one Russian name word in the nominative singular, keeping its gender (or taking
    ``gender``, the first name's, where the word could be either: "Орлова" after "Олега")."""
    if not lexicon.CYRILLIC.search(word):
        return word
    parses = morphology().parse(word)
    named = [p for p in parses if is_name_reading(p)]
    agreeing = [p for p in named if p.tag.gender in {gender, None}] if gender else []
    named = agreeing or named
    # One person is never plural: "Даудов" read only as the genitive plural of the given name
    # "Дауд" is a surname the dictionary lacks, already in the nominative; "Ольги" is not the
    # plural's nominative, and "Магомедов" is the surname before the plural of "Магомед".
    singular = [p for p in named if p.tag.number != "plur"]
    if named and not singular:
        return word
    named = singular
    if named:
        best = named[0]
        # Already the nominative ("Кертту" is not "Кертта" in another case).
        if any(p.tag.case == "nomn" for p in named[:2]):
            return word
        inflected = best.inflect(
            {"nomn", "sing"} | ({best.tag.gender} if best.tag.gender else set())
        )
        return _like(word, inflected.word) if inflected is not None else word
    parse = parses[0] if parses else None
    if parse is not None and parse.tag.POS == "NOUN" and parse.tag.case not in {None, "nomn"}:
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            return _like(word, inflected.word)
    return word


@cache
def participle_in_nominative(word: str) -> str:
    """Return a participle or adjective that stands for a person ("нападавшего",
    "пострадавшей") in the nominative, in its gender and number; any other word as it is."""
    if word.lower() in _ONE_OF:
        return word  # "одного из задержанных": ``one_of`` gives "один"
    parses = morphology().parse(word)
    first = parses[0] if parses else None
    if first is None or first.tag.POS not in {"PRTF", "ADJF"} or first.tag.case == "nomn":
        return word
    inflected = first.inflect({"nomn"})
    return _like(word, inflected.word) if inflected is not None else word


def nominative_word(word: str, gender: str = "") -> str:
    """One name word in the nominative singular, in ``gender`` ("masc", "femn") where it
    could be either (russian_case.py)."""
    return _nominative(word, gender)


@cache
def agreeing(adjective: str, noun: str) -> str:
    """Return a Russian adjective in the nominative, agreeing with ``noun``, itself in the
    nominative ("местных" before "органы" is "местные")."""
    nouns = [p for p in morphology().parse(noun.lower()) if p.tag.case == "nomn"]
    adjectives = [p for p in morphology().parse(adjective.lower()) if p.tag.POS in {"ADJF", "PRTF"}]
    if not nouns or not adjectives or any(p.tag.case == "nomn" for p in adjectives):
        return adjective
    number = nouns[0].tag.number or "sing"
    wanted = {"nomn", number} | (
        {nouns[0].tag.gender} if number == "sing" and nouns[0].tag.gender else set()
    )
    inflected = adjectives[0].inflect(wanted)
    return _like(adjective, inflected.word) if inflected is not None else adjective


def _like(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


_ONE_OF = {"одного": "один", "одному": "один", "одним": "один", "одной": "одна", "одну": "одна"}


def one_of(phrase: str) -> str:
    """Return "один из …" in the nominative ("одной из жертв" → "одна из жертв"), which
    pymorphy2 reads as a numeral, not a head noun; any other phrase as it is."""
    words = phrase.split()
    one = _ONE_OF.get(words[0].lower()) if words else None
    return " ".join([one, *words[1:]]) if one and words[1:2] == ["из"] else phrase


def head_in_nominative(phrase: str) -> str:
    """Return a phrase governed in another case with its head noun, and the words agreeing with
    it before, in the nominative: "матери задержанного" → "мать задержанного", "местного
    жителя" → "местный житель"; what the head governs stays as it is."""
    words = phrase.split()
    # pymorphy2 reads any word, unknown ones by their ending.
    readings: list[Any] = [morphology().parse(word.lower()) for word in words]
    best = [parses[0] for parses in readings]
    # The head: the first word past the adjectives and participles that agree with it.
    agreeing = next(
        (i for i, b in enumerate(best) if b.tag.POS not in {"ADJF", "PRTF"}),
        len(words),
    )
    if agreeing == len(words) or best[agreeing].tag.POS != "NOUN":
        return phrase  # no head noun ("бывшего задержанного"): left as written
    head = best[agreeing].tag
    for index in range(agreeing):
        # The reading that agrees with the head ("местного" of "жителя" is masculine).
        reading = next(
            (
                p
                for p in readings[index]
                if p.tag.case == head.case
                and p.tag.number == head.number
                and (head.number == "plur" or p.tag.gender == head.gender)
            ),
            best[index],
        )
        inflected = reading.inflect({"nomn"})
        words[index] = _like(words[index], inflected.word) if inflected else words[index]
    # A head in lower case is no name ("гея" is not the name "Гея").
    common = words[agreeing][:1].islower() and best[agreeing].inflect({"nomn"})
    words[agreeing] = (
        _like(words[agreeing], common.word) if common else _nominative(words[agreeing])
    )
    return " ".join(words)


def normal_name(words: str) -> str:
    """Return the words naming a person in the nominative ("Ольги Садовской" → "Ольга …"), the
    surname in the first name's gender ("Татьяну Москалькову" → "Татьяна Москалькова")."""
    return " ".join(
        _nominative(w, _gender_of_name(words)) if w[:1].isupper() else w for w in words.split()
    )


@cache
def _gender_of_name(words: str) -> str:
    """Return the gender the first and last word of a name agree in, case and all, weighed by
    how likely each reading is ("Зелимхана Бакаева": a man's genitive more than a woman's
    nominative); "" for one word, or none agreeing."""
    names = [w for w in words.split() if w[:1].isupper()]
    if len(names) < 2:
        return ""
    # The first name as the dictionary knows it, else as any animate noun ("Оюба").
    first, last = (
        [p for p in morphology().parse(w) if p.tag.POS == "NOUN" and p.tag.animacy == "anim"]
        for w in (names[0], names[-1])
    )
    weights: dict[str, float] = {}
    for given in first:
        for family in last:
            if given.tag.gender and (given.tag.gender, given.tag.case) == (
                family.tag.gender,
                family.tag.case,
            ):
                weights[given.tag.gender] = weights.get(given.tag.gender, 0.0) + (
                    given.score * family.score
                )
    return max(weights, key=weights.__getitem__) if weights else ""


def is_dative(words: str) -> bool:
    """Return whether a Russian name is most likely in the dative ("Кочеткову", "Ольге")."""
    named = [
        [p for p in morphology().parse(word) if {"Name", "Surn"} & set(p.tag.grammemes)]
        for word in words.split()
    ]
    # Every word can be a dative ("Садовской" is also a genitive), and one most likely is.
    return (
        bool(named)
        and all(any(p.tag.case == "datv" for p in parses) for parses in named)
        and any(parses[0].tag.case == "datv" for parses in named)
    )


def is_nominative(word: str, *, noun: bool = False) -> bool:
    """Return whether one Russian word is most likely in the nominative (and a noun)."""
    parses = morphology().parse(word)
    return (
        bool(parses) and parses[0].tag.case == "nomn" and (not noun or parses[0].tag.POS == "NOUN")
    )


def names_people(word: str) -> bool:
    """Return whether one Russian word after "один из" most likely names people: a noun for
    living beings ("героев") or a participle standing for one ("задержанных")."""
    parses = morphology().parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    if tag.POS == "NOUN":
        return tag.animacy == "anim"
    return tag.POS in {"PRTF", "ADJF"} and tag.number == "plur" and tag.case == "gent"


@cache
def part_of_speech(word: str) -> str:
    """Return the most likely part of speech of one Russian word (OpenCorpora tag: GRND, PREP …)."""
    parses = morphology().parse(word)
    return str(parses[0].tag.POS or "") if parses else ""


@cache
def name_gender(normal: str) -> str:
    """Return "m" or "f" for a Russian name: the dictionary's gender of its first name, in the
    nominative natasha brought it to ("Зарема", "Ислам"), else "" (and for Latin letters).

    Not the tagger's reading in context: it takes "Зарему Мусаеву" (accusative) for a man, and
    guesses at names it does not know ("Кимахли Пауэлл").
    """
    if not lexicon.CYRILLIC.search(normal):
        return ""  # English articles never load the models
    for word in normal.split():
        if not morphology().word_is_known(word):
            continue  # a guess from the word's ending ("Кимахли")
        for parse in morphology().parse(word)[:3]:
            if "Name" in parse.tag and parse.tag.gender in {"masc", "femn"}:
                return "m" if parse.tag.gender == "masc" else "f"
    return ""


# Words either side of a name that the morphology tagger reads with it.
_CONTEXT = 8


def _ner_tags(words: list[str]) -> list[str]:
    """Return the NER tagger's BIO tag for each word, the whole text as one sequence.

    slovnet's own decoding loops over a batch in Python at every word; with one sequence, the
    same Viterbi path is found with a few array operations per word.
    """
    infer = _models()["ner_tagger"].infer
    batch = next(iter(infer.encoder([words])))
    emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)[0]
    transitions = infer.model.head.crf.transitions.array
    score = emissions[0]
    history = []
    for emission in emissions[1:]:
        candidates = score[:, None] + transitions
        best = candidates.argmax(0)
        history.append(best)
        score = candidates.max(0) + emission
    path = [int(score.argmax())]
    for best in reversed(history):
        path.append(int(best[path[-1]]))
    path.reverse()
    return [infer.decoder.tags_vocab.decode(tag) for tag in path]


def _ner_tags_by_line(text: str, tokens: list[Any]) -> list[str]:
    """Return the NER tags of ``tokens``, each line read as ending a sentence: a headline has
    no full stop, and read on into the next line's words it hides the name they open with
    ("… об угрозах\n\nМуфтий Чечни Салах Межиев пообещал …"). A full stop is put after the
    last word of each line that has none, for the tagger only."""
    words: list[str] = []
    kept: list[int] = []
    for number, token in enumerate(tokens):
        words.append(token.text)
        kept.append(len(words) - 1)
        following = tokens[number + 1].start if number + 1 < len(tokens) else token.stop
        if "\n" in text[token.stop : following] and token.text not in _LINE_ENDS:
            words.append(".")
    tags = _ner_tags(words)
    return [tags[at] for at in kept]


_LINE_ENDS = frozenset({".", "!", "?", "…", ":", ";"})


def _bio_spans(tokens: list[Any], tags: list[str]) -> list[Entity]:
    """Return the spans a BIO tagging marks ("B-PER", "I-PER", "O"), as slovnet reads them."""
    spans: list[Entity] = []
    kind, start, stop = "", 0, 0
    for token, tag in zip(tokens, tags, strict=True):
        part, _dash, tag_kind = tag.partition("-")
        if part == "I" and kind:
            stop = token.stop
            continue
        if kind:
            spans.append(Entity(kind, start, stop, "", ""))
            kind = ""
        if part == "B":
            kind, start, stop = tag_kind, token.start, token.stop
    if kind:
        spans.append(Entity(kind, start, stop, "", ""))
    return spans


# The sentences of the article last segmented, as (word, start, stop): entities() segments it,
# and the parser's windows are cut from them rather than segmented again (segmenting costs a
# fifth of a long article).
SEGMENTED: dict[str, list[list[tuple[str, int, int]]]] = {}


def _remember_sentences(text: str, doc: Any) -> None:
    SEGMENTED.clear()
    SEGMENTED[text] = [[(t.text, t.start, t.stop) for t in sent.tokens] for sent in doc.sents]


def sentences_between(text: str, start: int, end: int) -> list[list[tuple[str, int, int]]]:
    """The sentences of ``text`` clipped to ``text[start:end]``, as (word, start, stop)."""
    if text not in SEGMENTED:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(_models()["segmenter"])
        _remember_sentences(text, doc)
    whole = SEGMENTED[text]
    # The sentences are in order: skip to the first that ends inside the window.
    clipped = []
    for sentence in itertools.islice(
        whole, bisect_right(whole, start, key=lambda s: s[-1][2]), None
    ):
        if sentence[0][1] >= end:
            break
        inside = [t for t in sentence if start <= t[1] and t[2] <= end]
        if inside:
            clipped.append(inside)
    return clipped


def is_name_reading(parse: Any) -> bool:
    """Whether a pymorphy2 reading is a given name, a surname or a patronymic."""
    return bool({"Name", "Surn", "Patr"} & set(parse.tag.grammemes))


# Women's names the dictionary knows only as a city's ("— рассказывает София"; Sofia, Milan).
_GIVEN_NAMES_OF_PLACES = frozenset({"софия", "милана"})


def names_no_one(word: str) -> bool:
    """Whether one capitalised word is, by the dictionary, never a person's name but a place
    ("Германии") or a word of quality or order opening a sentence ("Первые полгода …")."""
    parses = morphology().parse(word)
    if any(is_name_reading(p) for p in parses) or word.lower() in _GIVEN_NAMES_OF_PLACES:
        return False
    return any("Geox" in p.tag for p in parses) or (
        bool(parses) and parses[0].tag.POS in {"ADJF", "NUMR"}
    )


def _possessive_of_noun(word: str, after: str) -> bool:
    """Whether one capitalised word is a possessive adjective made from a first name that
    agrees with the noun after it ("Юлин адвокат", "Машина мама"), not a person's name."""
    noun = re.match(r"\s+([а-яё]+)", after)
    if " " in word or noun is None:
        return False
    head = morphology().parse(noun.group(1))[0].tag
    return head.POS == "NOUN" and any(
        p.tag.POS == "ADJF"
        and "Poss" in p.tag
        and (p.tag.gender, p.tag.case) == (head.gender, head.case)
        for p in morphology().parse(word)
    )


def only_an_adverb(word: str) -> bool:
    """Whether one capitalised word opening a sentence is, by the dictionary, an adverb, a
    particle or a conjunction and never a name ("Потом добавил:", "Также отметил:")."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word):
        return False
    parses = morphology().parse(word)
    return (
        bool(parses)
        and parses[0].tag.POS in {"ADVB", "COMP", "PRCL", "CONJ"}
        and not any(is_name_reading(p) for p in parses)
    )


def _half_normalised(written: str, normal: str) -> bool:
    """Whether the tagger put a name's first word in the nominative and left its surname in the
    case it was written in ("Мовсара Эскарханова" → "Мовсар Эскарханова"): a man's genitive
    surname read as a woman's nominative. A woman's would end otherwise ("Ивановой",
    "Иванову"), so the surname is put in a man's nominative."""
    written_words, normal_words = written.split(), normal.split()
    return (
        len(written_words) > 1
        and len(normal_words) == len(written_words)
        and normal_words[0] != written_words[0]
        and normal_words[-1] == written_words[-1]
        and written_words[-1].endswith(("ова", "ева", "ёва", "ина", "ына"))
    )


def entities(text: str) -> list[Entity]:
    """Return the people, organisations and places natasha finds in ``text``.

    The text is segmented once; the NER tagger reads those tokens (not a second tokenisation of
    its own), and the morphology tagger, the dearer step, reads only the sentences that name a
    person, in context, so the normal form follows the sentence ("по словам Кадырова" →
    "Кадыров", but "Татьяна Москалькова" stays).
    """
    from natasha import Doc
    from natasha.doc import DocSpan

    models = _models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    _remember_sentences(text, doc)
    if not doc.tokens:
        return []
    tags = _ner_tags_by_line(text, doc.tokens)
    doc.spans = [
        DocSpan(span.start, span.end, span.kind, text[span.start : span.end])
        for span in _bio_spans(doc.tokens, tags)
        if "\n" not in text[span.start : span.end]
    ]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()
    people = [span for span in doc.spans if span.type == "PER"]
    normals: dict[str, str] = {}
    if people:
        # Each name in a window of its sentence: the tagger's convolutions see a few words
        # either side, so the case of "по словам Кадырова" comes from "по словам".
        windows = []
        for sentence in doc.sents:
            for span in sentence.spans:
                if span.type == "PER":
                    first = sentence.tokens.index(span.tokens[0])
                    last = sentence.tokens.index(span.tokens[-1])
                    windows.append(sentence.tokens[max(0, first - _CONTEXT) : last + 1 + _CONTEXT])
        markups = models["morph_tagger"].map([[t.text for t in w] for w in windows])
        for window, markup in zip(windows, markups, strict=True):
            for token, tagged in zip(window, markup.tokens, strict=True):
                token.pos, token.feats = tagged.pos, tagged.feats
        for span in people:
            span.normalize(models["vocab"])
            normals.setdefault(span.text, span.normal or span.text)
    found = []
    for span in doc.spans:
        normal = normals.get(span.text, span.text) if span.type == "PER" else span.text
        if (
            span.type == "PER"
            and normal == span.text
            and re.search(r"(?:у|ю|ой|ым|ому|ого)$", span.text)
        ):
            normal = normal_name(span.text)  # the tagger left it as written: try the dictionary
        elif span.type == "PER" and _half_normalised(span.text, normal):
            first, *rest = normal.split()
            normal = " ".join([first, *(_nominative(w, "masc") for w in rest)])
        start, written = span.start, span.text
        brand = _BRAND.match(written) if span.type == "PER" else None
        if brand and len(written.split()) > 1 and len(normal.split()) > 1:
            # "рассказал ПарнямПлюс Кочетков": a word with a capital inside is the outlet told.
            start, written = start + brand.end(), written[brand.end() :]
            normal = normal.split(maxsplit=1)[1]
        if span.type == "PER" and _possessive_of_noun(written, text[span.stop : span.stop + 40]):
            continue  # "Юлин адвокат": Julia's lawyer, no one named
        # "ЛГБТ-сеть", tagged a person now and then: a listed body's name is a body's.
        body = canonical_name(written) and written not in lexicon.PERSON_ALIASES  # not "Кадыров"
        kind = "ORG" if span.type == "PER" and body else span.type
        stop, normal = span.stop, _with_yo(normal, written)
        patronymic = _TURKIC_PATRONYMIC.match(text, stop) if kind == "PER" else None
        if patronymic is not None:
            # "Бакытбек Автандил уулу": "son of" in lower case is part of the name.
            stop, written = patronymic.end(), written + patronymic.group(0)
            normal += patronymic.group(0)
        latin = _LATIN_ASIDE.search(written) if kind == "PER" else None
        if latin is not None:
            # "Рекс Тиллерсон (Rex Tillerson)": the name as the article writes it, not both.
            stop, written, normal = (
                start + latin.start(),
                written[: latin.start()],
                normal.split(" (")[0],
            )
        found.append(Entity(kind, start, stop, written, normal))
    return found


_LATIN_ASIDE = re.compile(r"\s*\([A-Za-z][A-Za-z .'-]*\)$")


# Kyrgyz, Kazakh and Azerbaijani "son of", "daughter of" after the father's name.
_TURKIC_PATRONYMIC = re.compile(r" (?:уулу|кызы|оглы|оглу|улы|гызы)(?![\w-])")


def _with_yo(normal: str, written: str) -> str:
    """Return ``normal`` with the "ё" the text wrote where the model gave "е" ("Мирзиёева" is
    "Мирзиёев", not "Мирзиеев"): the same letter, but a label keeps the article's spelling."""
    if "ё" not in written:
        return normal
    for word, spelled in zip(normal.split(), written.split(), strict=False):
        at = spelled.find("ё")
        if at >= 0 and word[:at] == spelled[:at] and word[at : at + 1] == "е":
            normal = normal.replace(word, word[:at] + "ё" + word[at + 1 :], 1)
    return normal
