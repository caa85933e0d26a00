"""The same statement in two languages: a Russian original and its English translation.

No translation model is used (none may be downloaded): two quotations in different languages
are one statement when what does not depend on the language agrees —

- the speaker, resolved across scripts: "Кадыров" and "Kadyrov", "Песков" and "Peskov" fold to
  one key by the transliteration fold record linkage uses (``refuge.record.gazetteer``); an
  organisation by the names the lexicon gives it in both scripts ("Российская ЛГБТ-сеть",
  "Russian LGBT Network"). A speaker with no name joins nothing across languages;
- the dates: the articles were published within ``CLOSE_DAYS`` of each other;
- content anchors shared by both versions: numbers (in digits or words), names and places
  (Russian ones by their pymorphy2 lemma, so "в Канаду" is "Канада", then folded to Latin
  letters), and the concepts of ``BILINGUAL`` below, a small lexicon of the domain's content
  words, each an English and a Russian list of stems.

Which version is the original: the one in the language its speaker's name is written in by
the Russian article — a name in Cyrillic ("Альви Каримов") makes the Russian version the
original and the English one its translation; a name left in Latin letters ("Amnesty
International") the reverse.
"""

from __future__ import annotations

import re
from datetime import date

from refuge.media import lexicon
from refuge.media.extract import Quote, russian
from refuge.media.extract.numbers import is_number, number_value
from refuge.record.gazetteer import place_key

CLOSE_DAYS = 31
# The weight of the anchors shared, and its share of the lighter version's, for two versions
# to join.
MIN_SHARED = 2.5
MIN_SHARE = 0.3

# concept: (English stems, Russian stems). A word matches a stem it starts with, or is the word
# a stem ending in "$" spells; Russian words are matched by their lemma. Written for the domain
# (persecution, detention, denial, flight), not for any one article.
BILINGUAL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "gay": (("gay", "homosexual", "lgbt"), ("гей", "гомосексуал", "лгбт", "нетрадиционн")),
    "orientation": (("orientation",), ("ориентаци",)),
    "people": (("people", "person"), ("люди", "человек")),
    "men": (("men$", "man$"), ("мужчин",)),
    "women": (("women$", "woman$"), ("женщин",)),
    "detain": (("detain", "detention", "arrest", "round"), ("задерж", "арест")),
    "prison": (
        ("prison", "jail", "camp$", "camps$", "cell"),
        ("тюрьм", "лагер", "заключени", "камер"),
    ),
    # Killed or died: translations swap them ("were killed" / "скончались").
    "death": (
        ("kill", "murder", "homicide", "die$", "died$", "dead$", "death", "surviv"),
        ("убий", "убит", "убива", "умер", "скончат", "смерть", "погиб"),
    ),
    "torture": (("tortur",), ("пытк", "пытат")),
    "beat": (("beat",), ("изби", "бить", "избива")),
    "electric": (("electric", "current$"), ("электр", "ток$")),
    "abduct": (("abduct", "kidnap"), ("похищ", "похит")),
    "persecute": (
        ("persecut", "prosecut", "harass", "repress", "oppress"),
        ("преслед", "притесн", "репресс", "гонени"),
    ),
    "violence": (("violen",), ("насили",)),
    "discriminate": (("discriminat",), ("дискриминац",)),
    "exist": (("exist",), ("существ",)),
    "republic": (("republic",), ("республик",)),
    "region": (("region",), ("регион",)),
    "country": (("country", "countries"), ("страна$",)),
    "police": (("police", "law", "enforcement"), ("полиц", "правоохранительн", "силовик")),
    "authorities": (("authorit", "government", "state$"), ("власт", "правительств", "государств")),
    "court": (("court",), ("суд$", "судебн")),
    "complain": (("complain",), ("жалоб", "жаловат")),
    "investigate": (("investigat", "inquiry", "probe"), ("расследова", "следстви")),
    "relatives": (("relative", "family", "famil", "parent"), ("родствен", "семья", "родител")),
    "return": (("return",), ("возвраща", "вернуть", "вернуться")),
    "lie": (("lie", "lies", "false", "disinformation", "fake"), ("ложь", "дезинформац", "лож")),
    "nonsense": (("nonsense", "rubbish"), ("ерунда", "чепуха", "бред")),
    "slander": (("slander", "made it up", "invent"), ("наговарива", "клевет", "выдум")),
    "blood": (("blood",), ("кровь",)),
    "purify": (("purif", "clean"), ("очистить", "очищ", "чист")),
    "god": (("god", "allah", "almighty"), ("аллах", "всевышний", "бог$")),
    "devil": (("devil", "demon", "shaitan"), ("шайтан", "чёрт", "черт", "бес$")),
    "evacuate": (("evacuat", "relocat"), ("эвакуир", "эвакуац", "вывезти", "вывоз")),
    "flee": (("flee", "leave", "leaving", "escap"), ("выехать", "уехать", "бежать", "покинуть")),
    "document": (("document", "passport"), ("документ", "паспорт")),
    "threaten": (("threat",), ("угрож", "угроз")),
    "sign": (("sign$", "signed$", "signing$"), ("подписа", "подпис")),
    "forms": (("form$", "forms$", "blank"), ("бланк",)),
    "victim": (("victim",), ("жертв", "пострадавш")),
    "information": (("information", "report"), ("информац", "сведени", "сообщени")),
    "confirm": (("confirm",), ("подтверд", "подтвержд")),
    "know": (("know", "aware"), ("знать", "известн", "известно")),
    "release": (("releas", "free"), ("освобод", "отпуст")),
    "rights": (("rights",), ("право",)),
    "safe": (("safe", "secur"), ("безопасн",)),
    "danger": (("danger", "risk"), ("опасн", "риск")),
    "army": (("army", "troops"), ("армия",)),
    "nuclear": (("nuclear",), ("ядерный",)),
    "life": (("life", "lives"), ("жизнь",)),
    "policy": (("policy", "politic"), ("политик",)),
    "visa": (("visa",), ("виза",)),
    "address": (("address",), ("адрес",)),
    "newspaper": (("newspaper", "article", "publication"), ("газет", "статья", "публикац")),
}
# The topic itself: every article about the persecution says these, so they tell little about
# which statement two versions are. They weigh half a content word; a number, a name or a place
# other than these weighs one and a half.
TOPIC = frozenset(
    [
        "gay",
        "people",
        "men",
        "women",
        "detain",
        "torture",
        "death",
        "republic",
        "authorities",
        "@Chechnya",
        "@Russia",
    ]
)
_STEMS = {
    language: sorted(
        ((stem, concept) for concept, stems in BILINGUAL.items() for stem in stems[index]),
        key=lambda pair: -len(pair[0]),
    )
    for index, language in enumerate(("en", "ru"))
}
_PLACE_OF = {
    alias.casefold(): name for name, aliases in lexicon.PLACES.items() for alias in aliases
}
_ORGANISATION_OF = {
    alias.casefold(): name for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases
}
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d\s]*\d|\d")


def language_of(text: str) -> str:
    """Return "ru" for a mostly Cyrillic article, else "en"."""
    return "ru" if russian.is_russian(text) else "en"


def fold(name: str) -> str:
    """Fold a name in either script to one Latin key (Канаду → kanada → canada, Canada)."""
    return place_key(name).replace("k", "c")


def _concept(word: str, language: str) -> str:
    # A stem ending in "$" is a whole word: "men", not "mention".
    return next(
        (
            concept
            for stem, concept in _STEMS[language]
            if (word == stem[:-1] if stem.endswith("$") else word.startswith(stem))
        ),
        "",
    )


def anchors(text: str, language: str) -> set[str]:
    """Return the language-independent anchors of a quotation: numbers, names, concepts."""
    found: set[str] = set()
    sentence_start = True
    for match in _WORD.finditer(text):
        word = match.group(0).strip()
        lower = word.lower().replace("’", "'").removesuffix("'s")
        base = russian.lemma(lower) if language == "ru" and not word[0].isdigit() else lower
        if word[0].isdigit() or is_number(lower):
            found.add(f"#{number_value(lower)}")
        elif base in _PLACE_OF or word.casefold() in _PLACE_OF:
            found.add("@" + _PLACE_OF.get(base, _PLACE_OF.get(word.casefold(), "")))
        elif concept := _concept(base, language):
            found.add(concept)
        elif word[0].isupper() and not sentence_start and len(word) > 2:
            found.add("=" + fold(base))
        follows = text[match.end() : match.end() + 2]
        sentence_start = bool(re.match(r"\s*[.!?…]", follows))
    return found


def speaker_key(quote: Quote) -> str:
    """Return a key under which the same speaker collides in either script, or ""."""
    organisation = _ORGANISATION_OF.get(quote.speaker.casefold(), "")
    if organisation:
        return "org:" + organisation
    words = quote.speaker.split()
    # "Kadyrov", "Кочетков": a surname alone, as an article names someone it named before.
    named = 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    if not named or quote.affiliation == quote.speaker:
        return ""
    return "person:" + fold(words[-1])


def same_speaker(a: Quote, b: Quote) -> bool:
    """Whether two speakers are one person or organisation across scripts."""
    key = speaker_key(a)
    if not key or key != speaker_key(b):
        return False
    words_a, words_b = a.speaker.split(), b.speaker.split()
    if key.startswith("org:") or len(words_a) < 2 or len(words_b) < 2:
        return True
    # Two Kadyrovs are not one: first names, where both are given, must start alike.
    return fold(words_a[0])[:1] == fold(words_b[0])[:1]


def close_in_time(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= CLOSE_DAYS


def _weight(anchors: set[str]) -> float:
    return sum(0.5 if anchor in TOPIC else 1.5 if anchor[0] in "#@=" else 1.0 for anchor in anchors)


def overlap(a: set[str], b: set[str]) -> float:
    """Return the weighted share of the lighter set of anchors the other has (0 if too little)."""
    shared = _weight(a & b)
    if shared < MIN_SHARED:
        return 0.0
    share = shared / min(_weight(a), _weight(b))
    return share if share >= MIN_SHARE else 0.0


def original_language(speakers: list[str]) -> str:
    """Return the language of the original, given the speaker names the Russian versions give:
    a name in Cyrillic makes the Russian version the original, one left in Latin the English."""
    return "ru" if any(lexicon.CYRILLIC.search(s) for s in speakers) else "en"
