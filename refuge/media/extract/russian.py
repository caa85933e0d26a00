"""Russian names, organisations and places with natasha, and the morphology to normalise them.

natasha ships its models inside the package (navec embeddings and the slovnet NER tagger under
``natasha/data``, the OpenCorpora dictionaries in ``pymorphy2_dicts_ru``): nothing is downloaded
at run time. The models are loaded once per process, on the first Russian article, and run on
one thread. A name in any case — "Кадырова", "по словам Кадырова", "Ольги Садовской" — comes back
in the nominative: "Кадыров", "Ольга Садовская".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Entity:
    kind: str  # PER, ORG or LOC
    start: int
    end: int
    text: str
    normal: str


def is_russian(text: str) -> bool:
    """Return whether ``text`` is mostly Cyrillic."""
    sample = text[:4000]
    return len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample))


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
    from pymorphy2 import MorphAnalyzer

    embedding = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph_tagger": NewsMorphTagger(embedding),
        "ner_tagger": NewsNERTagger(embedding),
        "vocab": MorphVocab(),
        "analyzer": MorphAnalyzer(),
    }


def _morph() -> Any:
    return _models()["analyzer"]


@cache
def _nominative(word: str) -> str:
    """Return one Russian name word in the nominative, keeping its gender."""
    if not _CYRILLIC.search(word):
        return word
    parses = _morph().parse(word)
    named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
    if named:
        best = named[0]
        if best.tag.case == "nomn" or any(p.tag.case == "nomn" for p in named[:2]):
            return word  # already the nominative ("Кертту" is not "Кертта" in another case)
        inflected = best.inflect({"nomn"} | ({best.tag.gender} if best.tag.gender else set()))
        return _like(word, inflected.word) if inflected is not None else word
    parse = parses[0] if parses else None
    if parse is not None and parse.tag.POS == "NOUN" and parse.tag.case not in {None, "nomn"}:
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            return _like(word, inflected.word)
    return word


def _like(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def normal_name(words: str) -> str:
    """Return the words naming a person in the nominative ("Ольги Садовской" → "Ольга …")."""
    return " ".join(_nominative(w) if w[:1].isupper() else w for w in words.split())


def part_of_speech(word: str) -> str:
    """Return the most likely part of speech of one Russian word (OpenCorpora tag: GRND, PREP …)."""
    parses = _morph().parse(word)
    return str(parses[0].tag.POS or "") if parses else ""


def entities(text: str) -> list[Entity]:
    """Return the people, organisations and places natasha finds in ``text``.

    The NER tagger reads the whole text; the morphology tagger, the dearer step, reads only the
    sentences that name a person, in context, so the normal form follows the sentence
    ("по словам Кадырова" → "Кадыров", but "Татьяна Москалькова" stays).
    """
    from natasha import Doc

    models = _models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_ner(models["ner_tagger"])
    spans = [s for s in doc.spans if "\n" not in text[s.start : s.stop]]
    named = [
        sentence
        for sentence in doc.sents
        if any(s.type == "PER" and sentence.start <= s.start < sentence.stop for s in spans)
    ]
    normals: dict[str, str] = {}
    if named:
        people = Doc("\n".join(sentence.text for sentence in named))
        people.segment(models["segmenter"])
        people.tag_morph(models["morph_tagger"])
        people.tag_ner(models["ner_tagger"])
        for span in people.spans:
            if span.type == "PER":
                span.normalize(models["vocab"])
                normals[span.text] = span.normal or span.text
    found = []
    for span in spans:
        words = text[span.start : span.stop]
        normal = normals.get(words, words) if span.type == "PER" else words
        if span.type == "PER" and normal == words and re.search(r"(?:у|ю|ой|ым|ому|ого)$", words):
            normal = normal_name(words)  # the tagger left it as written: try the dictionary
        found.append(Entity(span.type, span.start, span.stop, words, normal))
    return found
