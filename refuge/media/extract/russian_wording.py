"""How Russian news copy words an attribution around a quotation, as patterns: the fallback
where the sentence's parse (syntax.py) names nobody."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.org_aliases import last_outlet_in, org_in

# "Как сообщил «Кавказскому узлу» Игорь Кочетков, «…»", "Как заявил Песков журналистам, «…»"
AS_SAID_RU = re.compile(
    rf"(?:^|[.;]\s+)\s*Как\s+(?:{lexicon.SPEECH_VERBS_RU})\s+(?P<who>[^:,]+?)\s*[,:]"
)

# "Об этом сообщила правозащитница Светлана Анохина: «…»": the verb first, then who spoke.
VERB_FIRST_RU = re.compile(
    rf"^\s*(?:Об этом|Также|Так|Это|Кроме того,?|При этом)\s+(?:{lexicon.SPEECH_VERBS_RU})\s+"
    r"(?P<who>[^:]+?)\s*[,:]\s*$"
)

# "«…». Об этом заявил глава Чечни Рамзан Кадыров.", "“…” This is stated in the article of
# the Novaya Gazeta.": the next sentence says who spoke. Where and to whom may come between
# ("Об этом в интервью «Коммерсанту» заявил X"), and the statement may be what X came out
# with ("С таким заявлением выступил X"), what X's statement says, or how X describes it.
NEXT_SENTENCE_RU = re.compile(
    r"[»”\"]?\s*[.!?]?\s*(?:(?:Об этом|Такое заявление|Такое мнение|Так это|Так"
    r"|С (?:таким|этим|подобным) (?:заявлением|мнением|словами|призывом|обращением))\s+"
    r"(?:(?:[а-яё][\w-]*|«[^«»]{1,40}»|[A-ZА-ЯЁ][\w.-]*)\s+){0,5}?"
    rf"(?:сделал|сделала|сделали|высказал|высказала|высказали|{lexicon.SPEECH_VERBS_RU}"
    r"|выступил|выступила|выступили|обратился|обратилась|обратились"
    # "Об этом говорится в заявлении МВД по Чечне": the statement's owner, in the genitive.
    r"|говорится\s+в\s+(?:[а-яё]+\s+){0,2}?(?:заявлени|сообщени|доклад|обращени|письм"
    r"|публикаци)[а-яё]*"
    # "Так описывает свое задержание Ислам, 27 лет": what is described, then who.
    r"|(?:описывает|описывают|описал|описала|описали)(?:\s+сво[а-яё]*\s+[а-яё]+)?)"
    r"|(?:This|That|It)\s+(?:is|was|has been)\s+(?:stated|said|written|reported|announced)"
    r"\s+(?:in|by))\s+"
    r"(?P<who>[^.;:!?]+?)\s*(?:[.;!?]|$)"
)

# "«…». Так Кадыров прокомментировал сообщения.", "Такими словами глава Чечни ответил …": the
# subject between the opening words and the verb (not "Об этом в интервью РБК заявил X").
NEXT_SUBJECT_RU = re.compile(
    r"[»”\"]?\s*[.!?]?\s*(?:(?P<words>Слова)|Так|Такими словами|Этими словами|Об этом)\s+"
    rf"(?P<who>(?:(?:{lexicon.ROLE_WORDS})\s+(?:[а-яё-]+\s+){{0,2}})?"
    r"[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2})\s+"
    # "«…». Слова Дмитрия Пескова приводит ТАСС.": whose words an agency quotes, in the genitive.
    r"(?(words)(?:приводит|приводят|цитирует|цитируют|передает|передаёт|передают)"
    rf"|(?:{lexicon.SPEECH_VERBS_RU}))\b"
)

# "«…», — приводит «Интерфакс» слова Кадырова": the outlet between the verb and the speaker
# (of two words before "слова": "приводит РИА Новости слова …").
QUOTES_WORDS_OF_RU = re.compile(
    r"^[\s,.:;—–-]*(?:приводит|приводят|привел|привела|привели|цитирует|цитируют)\s+"
    r"(?P<outlet>«[^»]+»|\S+\s+\S+(?=\s+слова\s)|\S+)\s+(?:слова\s+)?"
    r"(?P<who>[^.;:«»]+?)\s*(?:[.;]|$)"
)

# "«…», — приводит слова матери «Кавказский узел»": whose words first, then the outlet.
WORDS_THEN_OUTLET_RU = re.compile(
    r"^[\s,.:;—–-]*(?:приводит|приводят|привел|привела|привели)\s+слова\s+"
    r"(?P<who>[^.;:«»]+?)\s+(?P<outlet>«[^»]+»)\s*(?:[.;]|$)"
)


def quotes_words_of(after: str) -> re.Match[str] | None:
    """«…», — приводит «Интерфакс» слова Кадырова (or "слова Кадырова «Интерфакс»"): only an
    outlet stands between."""
    match = QUOTES_WORDS_OF_RU.match(after) or WORDS_THEN_OUTLET_RU.match(after)
    return match if match and org_in(match.group("outlet"), outlets=True) else None


# "«…», — резюмировал Кадыров.": any verb in the past or present after the dash.
AFTER_DASH_VERB_RU = re.compile(
    r"^\s*,?\s*[—–-]{1,2}\s*"
    # "— показывая на трубу, делится воспоминаниями чеченец": a gerund's clause first.
    r"(?:[а-яё]+(?:я|в|вши|вшись)\s[^,—«»]{0,80},\s*)?"
    # "— такое заявление сделал Кадыров", "— об этом заявил …", "— с таким заявлением выступил …"
    r"(?:(?:такое|это|подобное)\s+(?:заявление|сообщение)\s+|об\s+этом\s+"
    r"|с\s+(?:таким|этим)\s+(?:заявлением|сообщением)\s+)?"
    r"[а-яё]+(?:ал|ала|али|ил|ила|или|ял|яла|яли|ел|ела|ели|ул|ула|ули|ет|ит|ют|ят)"
    r"(?:ся|сь)?\s+(?P<who>[^.;:«»]+?)\s*(?:[.;]|$)"
)

# "«12 дней я спал в подвале» Рассказ Максима Лапунова", "«…»: откровения чеченских геев": a
# headline naming whose account it is.
STORY_OF_RU = re.compile(
    r"\s*[.:]?\s*(?:Интервью|(?:[Рр]ассказ|[Мм]онолог|[Ии]споведь|[Оо]ткровения|[Вв]оспоминания)"
    r"(?:\s+и\s+\w+)?)\s+(?P<who>[^,.:;«»\s][^,.:;«»]*)"
)

# The opening of a clause a speech verb reports, up to a name: "артистка сказала, что (Джохар
# Дудаев …)". A name there is whom the words are about, not a subject a later "он" means.
# "Из показаний свидетеля: «…»", "Из заявления пресс-службы главы Чечни: «…»": the words are
# the owner's of what they are taken from, as after "по словам" (the owner in the genitive).
FROM_WORDS_OF = re.compile(
    r"(?:(?:^|[.!?]\s+)Из\s+(?:заявлени|показани|сообщени|письм|обращени|выступлени|доклад|"
    r"объяснени|жалоб|слов|речи)\w*"
    # "Вот одна цитата от одной из жертв:", "Quote from Kadyrov:": whose words the quotation is.
    r"|\bцитат[аыу]\s+(?:от|из\s+уст)|\b[Qq]uot(?:e|ation)\s+from)"
    r"\s+(?P<who>[^:;,«»\"“”]+?)\s*:\s*$"
)
REPORTED_RU = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS_RU}),?\s+что\s+(?:[а-яё]+\s+){{0,2}}$")

# "ТАСС со ссылкой на источник": the agency reports; the one it cites is the source.
CITING_RU = r"\bсо\s+ссылкой\s+на\s+"

# "Об этом сообщает «Интерфакс» со ссылкой на пресс-службу омбудсмена.", "…, сообщается на
# сайте правозащитной ассоциации VAYFOND.": the source a report names.
_CITED = re.compile(
    rf"{CITING_RU}(?P<cited>[^.,;:!?]+)"
    r"|\b(?:сообщается|говорится|сообщили|заявили|опубликован[оа]?|размещен[оа]?)\s+"
    r"(?:на\s+(?:сайте|странице)|в\s+(?:telegram|телеграм)-канале|в\s+аккаунте)\s+"
    r"(?P<site>[^.,;:!?]+)",
    re.I,
)
_NAMED = re.compile(r"(?:«[^»]+»|[A-ZА-ЯЁ][\w.-]*)(?:\s+(?:«[^»]+»|[A-ZА-ЯЁ][\w.-]*))*\s*$")


def cited_source(text: str, start: int) -> str:
    """Return the source the sentence before ``start`` says a report comes from, for a document
    its own sentence gives no owner ("«…», — говорится в сообщении" after "сообщает «Интерфакс»
    со ссылкой на пресс-службу омбудсмена" is the press service's, not the agency's): the name
    that ends the phrase ("VAYFOND"), else its head word in the nominative."""
    before = text[:start].rstrip(' \n«"“„')
    opening = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    match = _CITED.search(before[opening + 1 :])
    if match is None:
        return ""
    phrase = (match.group("cited") or match.group("site")).strip()
    named = _NAMED.search(phrase)
    return source_name(named.group(0).strip().strip("«»") if named else phrase)


def source_name(phrase: str) -> str:
    """Return the source ``phrase`` names in the nominative: a person's name through
    normal_name ("Игоря Каляпина" → "Игорь Каляпин"), a lowercase head word in the
    nominative ("пресс-службу омбудсмена" → "пресс-служба омбудсмена", "родственников
    задержанных" → "родственники задержанных"); a name with an acronym
    ("МВД Чечни", "VAYFOND") stays as written, which normal_name would mangle ("Мвд Чечня")."""
    words = phrase.split()
    if not words:
        return ""
    if russian.one_of(phrase) != phrase:
        return russian.one_of(phrase)
    if words[0][:1].islower():
        return russian.head_in_nominative(phrase)
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return phrase
    return russian.normal_name(phrase)


# Parts of speech that open a sentence and name nobody.
_FUNCTION = {"PREP", "CONJ", "PRCL"}


def without_function_words(words: str) -> str:
    """Return capitalised ``words`` without the Russian prepositions and conjunctions that open
    them: a sentence's capital makes "Из показаний Нухажиева: «…»" look like a name."""
    kept = words.split()
    while kept and re.match("[А-ЯЁ]", kept[0]) and russian.part_of_speech(kept[0]) in _FUNCTION:
        kept.pop(0)
    return " ".join(kept)


# "— сообщили корреспонденту (ИА REGNUM, «Кавказского узла») в пресс-службе УМВД": the one
# told, in the dative, and the outlet that sent them stand between the verb and the speaker;
# so does the outlet itself ("сообщили агентству в Национальном антитеррористическом
# комитете", "сообщили ТАСС в МВД").
_LISTENER = re.compile(
    r"^(?:корреспонденту|корреспондентам|корреспондентке|журналисту|журналистам|журналистке"
    r"|репортеру|репортёру|репортерам|репортёрам|агентству|изданию|газете|телеканалу|каналу"
    r"|радиостанции|порталу|сайту|редакции|ТАСС|РИА\s+Новости|«?Интерфаксу»?|РБК|Би-би-си)"
    r"\s+(?:\S+\s+){0,6}?(?=(?:в|во)\s+\S)",
    re.I,
)


# "— сообщается на сайте МВД по Чечне", "— говорится на сайте правозащитного центра
# «Мемориал»": the page is where the words were published; its owner (in the genitive) spoke.
_PUBLISHED_ON = re.compile(
    # "в публикации в телеграм-канале проекта": the post is the page's.
    # "в сообщении, размещенном на официальном сайте БАЖ": and where it was placed.
    r"^(?:в\s+(?:публикаци|сообщени|заявлени|пост)\w*,?\s+(?:(?:размещ|опубликова)\w+\s+)?)?"
    r"(?:на\s+(?:официальн\w+\s+)?(?:сайте|странице|портале)|в\s+(?:telegram|телеграм)-канале"
    r"|в\s+аккаунте)\s+"
    r"(?P<owner>[^\s«»].*)$",
    re.I,
)
# "на странице «Мемориала» в Facebook": the network a page is on, after its owner.
_ON_A_NETWORK = re.compile(r"(?:^|\s+)(?:в|во)\s+\S.*$")


def titled_body(who: str, before: str) -> str:
    """The body a Russian noun refers back to by the title named before that holds the noun
    ("в телеграм-канале проекта" after «Проект Памяти»), or by the letters it goes by ("в
    ассоциации" after "Белорусская ассоциация журналистов (БАЖ)"); else ""."""
    stems = [stem for stem in lexicon.BODY_NOUNS_RU.values() if stem in who.lower()]
    for title in reversed(list(_TITLED.finditer(before)) if stems else []):
        words = f"{title.group('kind') or ''} {title.group('name') or title.group('words')}"
        if any(stem in words.lower() for stem in stems):
            return title.group("letters") or title.group("name")
    return ""


# «Проект Памяти», центре «Весна»; "Белорусская ассоциация журналистов (БАЖ)": a body's words
# (and the noun of its kind before them) and the letters it goes by.
_TITLED = re.compile(
    r"(?:(?P<kind>[а-яё-]+)\s+)?[«\"](?P<name>[^«»\"]{3,60})[»\"]"
    r"|(?P<words>(?:[\w-]+\s+){1,5}?[\w-]+)\s*\((?P<letters>[А-ЯЁA-Z]{2,8})\)"
)


# The stems of the nouns that refer back to a body ("организации", "ведомства").
BODY_STEMS_RU = "|".join(lexicon.BODY_NOUNS_RU.values())
_A_BODY_AGAIN = re.compile(rf"(?:(?:этой|этого|той|того)\s+)?(?:{BODY_STEMS_RU})\w*")
# "— отмечала пресс-служба организации": the body's press office speaks for it.
# So does its statement: "цитирует … сообщение ведомства".
_PRESS_OFFICE = re.compile(r"(?:пресс-служб|сообщени|заявлени)\w*\s+(?P<owner>.+)")


# "В правозащитной организации «Марем», помогавшей девушке, (заявили)": a body the lexicon
# does not list, by its kind and its name in quotation marks (and an aside after them, or the
# network its page is on: "в группе «Женщина, тюрьма, общество» во «ВКонтакте»").
_KIND_THEN_NAME = re.compile(
    r"в\s+(?:[а-яё-]+\s+)?(?:организаци|центр|движени|фонд|проект|групп|ассоциаци|союз)\w*"
    r"\s+«(?P<name>[^«»]{2,40})»(?:,.*|\s+(?:в|во|на)\s+\S.*)?",
    re.I,
)


def body_by_its_name(who: str) -> str:
    """Return the body ``who`` names by its kind and its quoted name ("в организации «Марем»"
    → "Марем"; a listed body or outlet by its listed name), or ""."""
    named = _KIND_THEN_NAME.fullmatch(who.strip(" ,—–-"))
    name = named.group("name") if named else ""
    return org_in(name) or org_in(name, outlets=True) or name


def body_again(who: str) -> bool:
    """Whether ``who`` names the body the article just named, by a common noun: a page of it
    ("на сайте ведомства") or its press office ("пресс-служба организации")."""
    press = _PRESS_OFFICE.fullmatch(who)
    owner = press.group("owner") if press else page_owner(who)
    # Or the noun alone: "Также министерство считает".
    return _A_BODY_AGAIN.fullmatch(who.lower() if owner is None else owner) is not None


def page_owner(who: str) -> str | None:
    """The owner of the page ``who`` says the words were published on, without the network
    ("на странице «Мемориала» в Facebook" → "«Мемориала»"; "" for "на странице в Facebook"),
    or None when ``who`` names no page."""
    published = _PUBLISHED_ON.match(who.strip())
    return _ON_A_NETWORK.sub("", published.group("owner").strip()) if published else None


def without_listener(who: str) -> str:
    """The words naming a speaker without the one told before a place ("корреспонденту ИА
    REGNUM сегодня, 22 января, в пресс-службе МВД" → "в пресс-службе МВД"), and without the
    page the words were published on ("на сайте МВД по Чечне" → "МВД по Чечне"; "на сайте
    правозащитного центра «Мемориал»" → "Мемориал"; "на странице в Facebook" → "")."""
    owner = page_owner(who)
    if owner is not None:
        # "на странице в Facebook": a page on a network, no owner named: nobody.
        if not owner:
            return ""
        quoted = re.search(r"«([^«»]+)»$", owner)
        return quoted.group(1) if quoted else source_name(owner)
    return _LISTENER.sub("", who)


# The state bodies a later "ведомство" may mean: a ministry, a service, a prosecutor's or
# president's office, named by its abbreviation or by a common noun with a name after it ("в
# прокуратуре Чечни"); never an international body, a rights group or an outlet, which are no
# "ведомство" ("В МИД России назвали доклад ОБСЕ …. — говорится в заявлении ведомства").
_MINISTRY_OF = r"юстиции|иностранных\s+дел|внутренних\s+дел|обороны|здравоохранения|финансов"
_AGENCY_RU = re.compile(
    r"(?<![\w-])(?:(?:(?:ГУ\s+)?МВД|МИД|МЧС|ФСБ|ФСИН|СКР?|Минюст\w*|Минобороны|Госдеп\w*|Генпрокуратур\w*"
    r"|Кремл\w*|Следственн\w+\s+комитет\w*)(?:\s+(?:по\s+)?[А-ЯЁ][\w-]*){0,2}"
    r"|(?:прокуратур|министерств|правительств|администраци)\w*(?:\s+(?:по\s+)?[А-ЯЁ][\w-]*){1,2}"
    # "Министерство юстиции РФ": a ministry by what it is of.
    rf"|[Мм]инистерств\w*\s+(?:{_MINISTRY_OF})(?:\s+[А-ЯЁ][\w-]*)?)"
)


# The listed bodies that are state bodies; the others are international bodies, rights groups
# and outlets.
_STATE_BODIES = frozenset(
    {"Kremlin", "Chechen government", "State Department", "Investigative Committee"}
    | {"White House", "Senate"}
)


def agency_named(before: str, listed: str, who: str) -> str:
    """Return the words naming the state body a "ведомство" or "министерство" in ``who``
    means, as ``before`` names it last ("МИД России" of "В МИД России назвали доклад ОБСЕ"),
    where ``listed``, the listed body named last, is no state body; else ""."""
    if not re.search("ведомств|министерств", who, re.I):
        return ""
    found = list(_AGENCY_RU.finditer(before))
    if not found or listed in _STATE_BODIES:
        return ""
    # "по иску министерства юстиции": the ministry, in the nominative.
    return re.sub(r"^[Мм]инистерств\w*(?=\s+[а-яё])", "Министерство", found[-1].group(0))


# "… Хеда Саратова (заявила, что «…»)": a speech verb with no subject opening a parenthesis.
_PARENTHESISED_SPEECH = re.compile(
    rf"\(\s*(?:{lexicon.SPEECH_VERBS_RU})(?:,?\s+что)?[,:]?\s*[«\"“]?$", re.I
)


def parenthesised(text: str, start: int, people: list[russian.Entity]) -> str:
    """Return the person named right before a parenthesis whose speech verb reports the
    quotation at ``start`` ("член СПЧ Хеда Саратова (заявила, что «…»)"), in the nominative;
    else "". The sentence's subject named before (Альви Каримов) spoke his own parenthesis."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or not _PARENTHESISED_SPEECH.search(text, opening, start):
        return ""
    named = [p for p in people if p.end <= opening and not text[p.end : opening].strip()]
    return named[-1].normal if named else ""


# The kinds of body a name may open with, in the nominative ("Союз журналистов Чечни").
_KINDS_OF_BODY = frozenset(
    {
        "союз",
        "комитет",
        "совет",
        "центр",
        "фонд",
        "общество",
        "ассоциация",
        "движение",
        "управление",
        "министерство",
        "служба",
        "объединение",
        "организация",
        "партия",
    }
)


def body_by_kind(words: str) -> str:
    """Return the name of a body the lexicon does not list, from where it was said ("в Союзе
    журналистов республики" → "Союз журналистов республики"): its kind in capitals, then whose
    it is; "" where the words do not open so."""
    kind, _, whose = words.partition(" ")
    if not kind[:1].isupper() or not re.fullmatch(r"[а-яё]+(?:\s+[А-ЯЁа-яё-]+){0,3}", whose):
        return ""
    for reading in russian.morphology().parse(kind):
        if reading.normal_form in _KINDS_OF_BODY and reading.tag.case == "loct":
            return f"{reading.normal_form.capitalize()} {whose}"
    return ""


# "…, передает The Village. «…», — отмечает издание": the outlet a sentence before cites.
_CITED_OUTLET_RU = re.compile(
    r"(?i:(?P<says>сообщает|сообщают|сообщило|сообщила|передает|передаёт|передают|пишет|пишут)"
    r"|по данным|со ссылкой на)\s+(?i:(?:издание|издания|газета|газеты|телеканал|телеканала"
    r"|агентство|агентства|портал|портала|сайт|сайта)\s+)?"
    r"(?:«(?P<quoted>[^«»]{1,40})»|(?P<latin>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))"
)


def outlet_cited(before: str) -> str:
    """Return the outlet the text just ``before`` cites as reporting ("передает The Village",
    "сообщает «Медиазона»"), for "издание" or "газета" after it; a listed outlet named later
    wins; after "по данным" only a listed outlet ("по данным «Мемориала»" is a body's); else
    ""."""
    before = before[-600:]
    found = list(_CITED_OUTLET_RU.finditer(before))
    if not found or last_outlet_in(before)[1] > found[-1].end():
        return ""
    name = found[-1].group("quoted") or found[-1].group("latin").rstrip(".")
    listed = org_in(name, outlets=True)
    return listed or (name if found[-1].group("says") else "")
