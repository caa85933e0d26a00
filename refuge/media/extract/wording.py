"""The words naming a speaker, trimmed of what surrounds them.

"Rejecting the allegations, the region's leader, Ramzan Kadyrov (said)", "On 2 April 2017 the
Russian LGBT Network (issued a statement)", "the Agency interlocutor, without specifying …":
the opening clause, the date and the trailing clause are not who spoke.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.first_names import first_name_gender
from refuge.media.extract.model import Quote
from refuge.media.extract.org_aliases import canonical_name, org_in, org_name
from refuge.media.extract.russian import part_of_speech

# One word of a name, in either script; a body's may end in a plus sign ("LGBTQ+ Network").
NAME = r"[A-ZА-ЯЁ][\w’'.\-+]*"
_NAME = NAME
_FULL_NAME = re.compile(rf"(?:{_NAME}\s+){{1,2}}{_NAME}")
# Words before the one name a witness goes by ("who gave his name as Anzor", "a young man who
# calls himself Arthur", "identified only as Ali", "who asked to be called Adam", "we have chosen
# to call him Danill", "who gave only his first name, Magomed").
GIVEN_NAME = (
    r"gave\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
    r"(?:uses?|using|under)\s+the\s+(?:pseudonym|alias|name)|calls?\s+(?:himself|herself)|"
    # "who goes by the call sign Maga", "identified only by his military call sign Torto"
    r"goes\s+by(?:\s+the\s+(?:call\s+sign|nickname|name))?|"
    r"(?:identified|known)\s+(?:only\s+)?by\s+(?:his|her)\s+(?:[a-z]+\s+)?(?:call\s+sign|nickname)|"
    r"introduc(?:es|ed)\s+(?:himself|herself)\s+as|"
    r"(?:identified|known|referred\s+to)\s+(?:only\s+)?as|named\s+only\s+as|"
    r"asked\s+to\s+be\s+(?:called|named|identified\s+as)|"
    # "we called Alvi Karimov" is a phone call: the pronoun after "call" makes it a naming.
    r"(?:we|they)\s+(?:have\s+)?chosen\s+to\s+call(?:\s+(?:him|her))?|"
    r"(?:we|they)\s+call(?:ed)?\s+(?:him|her)|"
    r"(?:his|her)\s+(?:first\s+)?name(?:\s+only)?,"
)
# The name given after those words, with the number a report may add ("Eyewitness 1").
GIVEN = rf"{NAME}(?:[^\S\n]+\d{{1,2}}\b)?"
# "…, he said.": reported speech closed by a short subject and its speech verb.
TRAILING_SAID = re.compile(
    rf",\s+(?P<who>[Hh]e|[Ss]he|{_NAME}(?:\s+{_NAME})?)\s+(?:{lexicon.SPEECH_VERBS_EN})\s*[.!]?$"
)
SAID_FIRST = re.compile(r"(?:^|\.\s+)\s*Said\s+(?P<who>[^:“\"]+?)(?:\s+in a statement)?\s*[:,]\s*$")
# "The lawyer gives the following details of the meeting: «…»": an account given.
HAD_THIS_TO_SAY = re.compile(
    r"(?P<who>[^.]+?)\s+(?:had this to say[^,]*,"
    r"|(?:gives|gave|provides|provided|offers|offered|shares|shared)\s+the\s+following\b[^.:]*:)"
    r"\s*$"
)
# "He supports the position of the press secretary …, Alvi Karimov, that “…”": whose position.
POSITION_OF = re.compile(
    r"\b(?:position|view|words|claim|assertion|argument|statement)\s+of\s+"
    r"(?P<who>[^“”\"]+?),?\s+that\s*$"
)
# "Заура (имя изменено)", "Ahmed (name changed)": a witness under another name.
PSEUDONYM = re.compile(
    r"(?P<who>[A-ZА-ЯЁ][\w-]+)\s*\((?:имя\s+изменено|имя\s+героя\s+изменено|"
    r"(?:all\s+|the\s+(?:first\s+)?)?names?\s+(?:ha(?:s|ve)\s+been\s+|was\s+|is\s+)?changed|"
    r"not\s+(?:his|her)\s+real\s+name)[^)]*\)"
)
# "In an interview with another man, Chance was told the following:": who was interviewed.
TOLD_BY_INTERVIEWEE = re.compile(r"(?:^|\s)(?:was|were|had been)\s+told\b[^:]*:\s*$")
INTERVIEWEE = re.compile(
    r"\b(?:interview|conversation|talk)\s+with\s+(?P<who>(?:an?|another|one)\s+[^,.;:]+?)\s*,"
)
# "When the reporter asked about …, Kadyrov replied:", "Когда Кадырова спросили …, он ответил":
# the clause opening the sentence is not the one whose subject speaks.
SUBORDINATE = re.compile(
    r"^\s*(?:When|Whenever|After|Once|While|Как только|Когда|После того,? как)\b"
    r"[^,:;“”«»\"]{0,160},\s+(?=\S)"
)
# "Scott followed up, asking: …", "Kadyrov dealt with the issue by saying …": the name before
# its own verb is the subject of the gerund.
_NAME_THEN_VERB = re.compile(
    # "Abdurakhmanov live-streamed the aftermath, standing over the man," before "asking":
    # however many participles the subject's clause goes on with.
    # "SNP councillor Susan Aitken proceeded to speak," before "saying": a title may lead.
    # "The (regional) court did not allow …," before "explaining": a description, up to a verb.
    r"^(?P<name>(?:The|A|An)\s+(?!(?:next|following|same|previous|few|other)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?(?=\s+(?:did|does|has|had|have|was|were|is|are|would|will|[a-z]+ed)\b)|(?:[A-Z][\w’'.-]+\s+[a-z]+\s+(?=[A-Z][a-z]+\s+[A-Z]))?"
    r"(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)\s+[a-z]+\b[^;:]*?(?:\s+by|,)$"
)
_TITLED_NAME = re.compile(r"\s+[a-z]+\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
# "Как сообщает ТАСС, он обратил внимание …": the subject of the clause after the agency.
CLAUSE_SUBJECT_RU = re.compile(
    r"\s*(?P<who>он|она|они|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s+"
    r"(?:[а-яё]+(?:л|ла|ли|ет|ит|ут|ют|ят)(?:ся|сь)?)\b"
)
_MONTH = "|".join(lexicon.MONTHS_EN)
# "On 2 April 2017 the …", "In March …", "On Monday the …": a date opening the sentence, with
# or without a comma after it.
_DATE_OPENING = re.compile(
    rf"^(?:On|In|By|Since|As of)\s+(?:\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|(?:{_MONTH})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|\w+day)\b,?\s+"
)
# Sentence adverbs that open a clause before its subject ("Therefore, Bragason told …").
_ADVERB_OPENING = re.compile(
    r"^(?:Therefore|Thus|Hence|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|"
    r"Separately|Similarly|Likewise|Indeed|Again|Finally|Today|Yesterday|Previously|"
    # "Last month independent Russian newspaper Novaya Gazeta (reported)"
    r"(?:Last|Earlier|Later|Next|This)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"(?:Earlier|Later)(?:\s+(?:on|in|that|this))?|Last\s+\w+day),?\s+"
)
# "…, without specifying …", "…, citing …": a clause after the words naming the speaker.
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:without|adding|noting|citing|referring|explaining|stressing|calling)\b.*$"
)


def without_opening(words: str) -> str:
    """Return ``words`` without the date or sentence adverb that opens them."""
    return _ADVERB_OPENING.sub("", _DATE_OPENING.sub("", words.strip()))


def without_setting(sentence: str) -> str:
    """Return ``sentence`` without an opening setting ("In a new report, …", "On Monday, …")."""
    return _INTRO.sub("", sentence.strip())


# "In response to a ruling …, and effectively outlawing …, Marie Struthers, Director …",
# "Following reports in … that …, Denis Krivosheev, …": the opening clause, however many commas
# it holds, up to the name set off by one.
OPENING_CLAUSE = re.compile(
    rf"^(?:In\s+(?:response|reply|reaction)\s+to|Following)\b.*?,\s+"
    rf"(?=(?:{NAME}\s+){{1,2}}{NAME}(?:,|$))"
)


def without_opening_clause(who: str) -> str:
    """Return the subject after a participle's clause: "Responding to …, X, a director (said)",
    "Апеллируя к тому, что …, сестра (сказала)".

    The clause may hold commas and names of its own, so the subject is read from the end: a
    role and a full name in apposition ("the region's leader, Ramzan Kadyrov"; "Marie
    Struthers, Amnesty International’s Director"), or a full name alone.
    """
    parts = [part.strip() for part in who.split(",") if part.strip()]
    first = re.match(r"[А-ЯЁ][а-яё]+(?=\s)", who)
    if first and len(parts) > 1 and part_of_speech(first.group(0).lower()) == "GRND":
        # "Апеллируя к тому, что сейчас идет месяц Рамадан, сестра (сказала)": the gerund's.
        return parts[-1] if len(parts[-1].split()) <= 4 else who
    if not re.match(r"[A-Z][a-z]+ing\b", who):
        return who
    if len(parts) < 2:
        return who
    last, previous = parts[-1], parts[-2]
    role = re.compile(rf"\b(?:{lexicon.ROLE_WORDS})\b", re.I)
    if _FULL_NAME.fullmatch(last) and role.search(previous) and len(previous.split()) <= 8:
        return f"{previous}, {last}"
    named = re.search(rf"(?:{_NAME}\s+){{1,2}}{_NAME}$", previous)
    if named and role.search(last) and not _FULL_NAME.fullmatch(last):
        return f"{named.group(0)}, {last}"
    named = re.search(rf"(?:{_NAME}\s+){{1,2}}{_NAME}$", last)
    return named.group(0) if named else who


# "Рамзан Кадыров на вопрос о … (отвечал)": after a full name, a phrase opening with a
# preposition is the setting, not who spoke.
_RU_SETTING = re.compile(
    r"^(?P<who>.*?[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)\s+(?:на|в|во|о|об|по|при)\s+[а-яё].*$"
)


def without_russian_venue(who: str) -> str:
    """Return "представитель Кадырова в своём Instagram" without where the words appeared."""
    return re.sub(
        r"\s+(?:в|во)\s+(?:интервью|эфире|беседе|разговоре|комментарии|своем|своём|своих)\b.*$",
        "",
        who,
    )


def without_russian_setting(who: str) -> str:
    return _RU_SETTING.sub(r"\g<who>", who)


def unquoted_phrases(sentence: str) -> str:
    """Return ``sentence`` with phrases of one or two words quoted in passing unquoted."""
    return re.sub(
        r"[“«\"]([^”»\"]*)[”»\"]",
        lambda m: m.group(0) if len(m.group(1).split()) >= 3 else m.group(1),
        sentence,
    )


_INTRO = re.compile(
    r"^(?:(?:In|On|At|After|Before|During|Since|Earlier|Later|Meanwhile|Also|Still|Last|This)\b"
    r"[^,]{0,40}"
    # "In a video posted by the Russian LGBT Network, Lapunov (thanked)": a medium and its maker.
    r"|In\s+(?:an?|his|her|its|their)\s+(?:video|interview|post|statement|letter|speech|"
    r"address|message|comments?|remarks)\b[^,]{0,80}"
    # "In case some homosexuals should have slipped through the net, Mr Kadyrov advised …": a
    # clause of condition or time, longer than a setting.
    r"|(?:In case|If|When|Whenever|While|Although|Though|Even though|Because|Unless|Until|Once)"
    r"\b[^,;:“”\"]{0,120}),\s+"
)


# "MOSCOW (AP) — ", "GROZNY, Russia — ": where the news was filed, never who speaks.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z’'.-]{2,}(?:\s+[A-Z][A-Z’'.-]+)*(?:,\s*[A-Z][\w .]{1,30}?)?"
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"
)


# A sentence adverb that opens the words before a quotation: "Instead, according to X, …".
OPENING_ADVERB = r"(?:Now|But|However|And|(?:Yet|Instead|Still|Indeed|Meanwhile|Moreover),)"


# Nouns that say of a person no more than that: "the man" is no one without what follows.
ANYONE = ("man", "woman", "person", "boy", "girl")


def clean_who(who: str) -> str:
    if "«" in who and (listed := canonical_name(who.strip(" ,;:—–-"))):
        return listed  # "— отмечает «Новая»": a name listed with its quotation marks
    who = _DATELINE.sub("", who)
    who = re.sub(r"^\s*«[^»]+»\s+(?=\S)", "", who)  # "(сообщили) «Медузе» в Российской ЛГБТ-сети"
    # Quotation marks, but not the apostrophe of a plural's possessive: "the prosecutors' office".
    who = re.sub(r"‘(.*?)’(?!\w)", r"\1", who)
    who = re.sub(r"[“”\"«»]|(?<!\w)[‘']|(?<!\ws)[’'](?!\w)|(?<=\ws)[’'](?!\s+[a-z])", "", who)
    who = who.strip(" ,;:—–-")
    if re.match(r"(?:о|об|про)\s+[а-яё]", who):
        return ""  # "«…» о преследовании в Чечне геев, и призывают …": what, not who
    # "Reports by Russian media and human rights groups claim": whoever made them.
    who = re.sub(r"^(?:reports?|statements?|a\s+(?:report|statement))\s+by\s+", "", who, flags=re.I)
    # "the daily newspaper the Globe and Mail": the name, not what kind of outlet it is.
    who = re.sub(
        r"^the\s+(?:[a-z-]+\s+){0,2}(?:newspaper|paper|magazine|outlet|website|broadcaster)\s+"
        r"(?=(?:the\s+)?[A-Z])",
        "",
        who,
    )
    # "Chechnya President On Gay Execution Claims '…'", "Says Chechen Official In Apparent Threat
    # to Journalist": a headline's topic after its speaker. (Not "Committee On Torture Chair
    # Jens Modvig": a role or a name after it.)
    topic = re.search(
        r"(?<=[a-z])\s+(?:On|In|Over|Amid|After)(?P<topic>(?:\s+(?:[A-Z][\w-]*|to|of)){1,4})$", who
    )
    if topic and not re.search(rf"\b(?:{lexicon.ROLE_WORDS})\b", topic.group("topic"), re.I):
        who = who[: topic.start()]
    # "Yet, as the report (observes)": the sentence adverb, then the conjunction.
    who = re.sub(rf"^(?:{OPENING_ADVERB}|Text from),?\s+", "", who)
    # "“…,” added to the department", "— said in the Department": a translation of "добавили
    # в ведомстве" keeps the preposition before the body that spoke.
    who = re.sub(r"^(?:in|to)\s+(?=the\s+(?:department|ministry|agency)$)", "", who, flags=re.I)
    who = re.sub(
        r"^(?:and|but|while|as|that|so|by way of|for (?:his|her|their) part,?)\s+",
        "",
        who,
        flags=re.I,
    )
    # "The government gives no support, and the spokesperson (said)": the last clause's subject.
    who = re.sub(r"^.+\s\w+,\s+(?:and|but)\s+(?=(?:the|his|her|its|their)\s+\w+$)", "", who)
    who = without_opening(who)
    who = _TRAILING_CLAUSE.sub("", who)
    who = re.sub(r"\s+(?:as\s+)?(?:quoted|cited)\s+by\b.*$", "", who)  # "X as quoted by TASS"
    # "Kadyrov made claims there were “…”": "claims" is the noun, "made" the verb.
    who = re.sub(r"\s+(?:has\s+|had\s+)?(?:made|makes|making)$", "", who)
    # "рассказал ПарнямПлюс Кочетков": a word with a capital inside names the outlet told.
    who = re.sub(r"^[А-ЯЁ][а-яё]+[А-ЯЁ][\w-]*\s+(?=[А-ЯЁ])", "", who)
    who = re.sub(
        r"^(?:При этом|Между тем|Кроме того|Однако|Также|Затем|В то же время|Ранее|Позднее|Позже|"
        r"Потом|Но|А|И|"  # "Но белорусское МВД настаивает": the conjunction too
        r"Сам|Сама|"
        r"Сами),?\s+",
        "",
        who,
    )
    who = OPENING_CLAUSE.sub("", who)
    who = _INTRO.sub("", without_opening_clause(who))
    # "a member of the committee, Mr. Heller, addressed … with questions on", "A friend of the
    # victim, Adam,": the name an indefinite description is set beside, the description its
    # role (not "a spokesperson for Chechnya’s leader, Ramzan Kadyrov": whom the role serves).
    who = re.sub(
        rf"^((?:[Aa]n?|[Oo]ne)\s+(?:(?!for\b)[^,]){{1,60}}),\s+((?:{lexicon.TITLE_EN}\s+)?"
        rf"(?:{NAME}\s+){{0,2}}{NAME})(?:,\s+[a-z].*)?$",
        r"\2, \1",
        who,
    )
    # "Despite this lack of transport, Cornea (said)", "Explaining the reasons …, Igor Ivanov",
    # "Without giving specific figures …, the Novaya Gazeta report (said)"
    who = re.sub(
        r"^(?:Despite|Without|Although|Though|While|When|Explaining|Answering|Responding|Commenting|"
        r"Describing|Referring|Unlike|Besides|Because|Following|Meanwhile)\b[^,]{0,120},\s+"
        # "As for what's happening in Chechnya, the New York Times (reports)"
        r"|^(?:Regarding|During|(?:As\s+)?[Ff]or)\s[^,]{0,120},\s+(?=(?:the\s+)?[A-Z])",
        "",
        who,
    )
    if not re.match(rf"(?:the|a)\s+(?:{'|'.join(ANYONE)})\s+who\s", who, re.I):
        # "the man who is filming" is no one without its clause; "Lokshina who heads …" is.
        who = re.sub(r"(?<=[a-z])\s+(?:who|which)\s+(?:is|was|has|had|heads|leads)\b.*$", "", who)
    # "Abdurakhmanov, whom Magomed Daudov, the speaker …, once (called)": the relative clause's
    # subject speaks, not whom it is about (not "The men, whom police detained, (said)").
    who = re.sub(r"^[^,“”\"]{1,60},\s+whom\s+(?=[A-Z])(?!.*,\s*$)", "", who)
    # "Here’s how Gregory (describes)", "This is what she (told the Guardian)", "Stories like
    # … began circulating after Russian newspaper Novaya Gazeta (reported)", "after Kadyrov
    # (alleged)", "After he (“…”)": the subject of the speech verb is the one of its own
    # clause, after the conjunction that opens it.
    who = re.sub(
        r"^(?:(?:Here|This|That)(?:’s|'s|\s+is|\s+was)|is|was)\s+(?:how|what|why)\s+", "", who
    )
    clause = re.search(
        r"(?:^|\s)(?i:after|before|when|because|since|while|until|although|though|once|whereas)"
        r"\s+(?P<subject>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,5}?[A-Z][\w’'.-]*|he|she|they)$",
        who,
    )
    if clause and not re.search(r"\d", clause.group("subject")):
        who = clause.group("subject")
    # "Russian newspaper Novaya Gazeta", "the broadcaster Dozhd": the kind before the name.
    who = re.sub(
        r"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:independent\s+|opposition\s+|state\s+)?(?:[A-Z][\w-]+\s+)?"
        r"(?:newspaper|paper|daily|weekly|magazine|outlet|"
        r"broadcaster|channel|news agency|agency|website"
        # "human rights organisation Marem", "the rights group Vayfond": a body's kind, too.
        r"|(?:(?:human\s+)?rights\s+|LGBT\+?\s+)?(?:organi[sz]ation|group|NGO|charity))\s+(?=[A-Z]|\d+[A-Z])",
        "",
        who,
    )
    # "Speaking to the BBC, Karimov", "Ahmed (not his real name)", "«Медузе» в Российской
    # ЛГБТ-сети": the setting, an aside, the outlet told are not who spoke.
    who = re.sub(
        r"^(?:Speaking|Talking|Writing|Responding|Commenting|Asked)\b[^,]{0,60},\s+", "", who
    )
    who = re.sub(r"\s*\([^)]*\)", "", who)
    # "a statement from the Russian LGBT Network", "the article of the Novaya Gazeta", "a post
    # published by the channel": the organisation whose text it is.
    who = re.sub(
        r"^(?:an?|the)\s+(?:statement|report|press release|letter|post|article|publication)"
        r"\s+(?:(?:published|released|issued|posted)\s+)?(?:from|by|of|in)\s+",
        "",
        who,
        flags=re.I,
    )
    # "the man, who asked not to be named," / "Кадыров в интервью HBO": the clause and the
    # setting after the words naming the speaker are not part of them.
    who = re.sub(r",\s+(?:and\s+)?(?:who|whose|which|котор\w+)\b.*$", "", who)
    # "один из задержанных, попросивший не называть его имени": a participle's clause.
    who = re.sub(r",\s+[а-яё]+(?:вший|вшая|вшие|вшего|вшей|ющий|ющая|щий|щая)\b.*$", "", who)
    who = without_russian_venue(who)
    who = re.sub(r"\s+in\s+(?:an?\s+)?(?:interview|statement|conversation)\b.*$", "", who)
    who = re.sub(r"\s+(?:in a statement|on \w+day)$", "", who)
    who = re.sub(r"\s+(?:had|has|have|would|will|also|then|later|previously|once)$", "", who)
    # "другой чеченец в CNN в безопасном доме, где …": the speaker ends where the setting begins.
    who = re.sub(r"^([а-яё][\w-]*(?:\s+[а-яё][\w-]*)?)\s+(?:в|на|во|при)\s.*$", r"\1", who)
    joined = re.match(
        r"^((?:[A-ZА-ЯЁ][\w’'.-]+\s+){0,2}[A-ZА-ЯЁ][\w’'.-]+)\s+[a-zа-яё].*\s(?:and|but|и|а)$", who
    )
    if joined:
        return joined.group(1)  # "Kadyrov denies the allegations and (said)"
    capitals = re.fullmatch(r"[A-Z][A-Z’'.-]{3,}(?:\s+[A-Z][A-Z’'.-]+)?", who)
    if capitals and not any(who in aliases for aliases in lexicon.ORGANISATIONS.values()):
        return ""  # "MOSCOW (AP) - … loudspeaker: “…”": a dateline's place is no speaker
    return who.strip(" ,")


def gerund_subject(who: str, *, body_first: bool = False) -> str:
    """Return "Scott" from "Scott followed up," before "asking": the gerund's subject; with
    ``body_first``, a body that opens it ("Newspaper Novaya Gazeta supported the theory,"
    before "writing"), unless a person it titles follows ("SNP councillor Susan Aitken
    proceeded to speak,": her party is not who speaks)."""
    named = re.match(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=\s+[a-z])", who)
    body = org_in(named.group(0)) or org_in(named.group(0), outlets=True) if named else ""
    if body_first and body and named and not _TITLED_NAME.match(who, named.end()):
        return body
    named = _NAME_THEN_VERB.match(who.strip())
    return named.group("name") if named else who


# Each opening quotation mark and the mark that closes it: Russian «…» and „…“, English “…”.
_CLOSING = {"«": "»", "„": "“", "“": "”"}


def _closed(label: str) -> str:
    """``label`` with each quotation mark it opens closed at its end and each it closes
    without opening dropped: a name cut at its closing mark ("организации «Комитет против
    пыток") is whole again, so the ledger groups it with the same name written whole."""
    kept: list[str] = []
    expected: list[str] = []
    for char in label:
        if expected and char == expected[-1]:  # "“" closes „…“ before it opens anything
            expected.pop()
        elif char in _CLOSING:
            expected.append(_CLOSING[char])
        elif char in _CLOSING.values():
            continue
        kept.append(char)
    return "".join(kept) + "".join(reversed(expected))


def close_marks(quotes: list[Quote]) -> None:
    """Close or drop the unpaired quotation marks of every quotation's speaker, role and
    organisation (``_closed``)."""
    for quote in quotes:
        quote.speaker = _closed(quote.speaker)
        quote.speaker_role = _closed(quote.speaker_role)
        quote.affiliation = _closed(quote.affiliation)


# "The spokesperson said that …", "The woman also relayed …": the one person the article
# introduced, called back by a definite description of a person; the memory knows who.
_CALLED_BACK = re.compile(
    rf"the\s+(?:{lexicon.ROLE_WORDS}|woman|man)(?:\s+(?:also|then|later|further))?", re.I
)


def called_back(who: str) -> bool:
    """Return whether ``who`` is a person called back by a definite description."""
    return _CALLED_BACK.fullmatch(clean_who(who)) is not None


def same_surname(a: str, b: str) -> bool:
    """Return whether two surnames are one, across Russian gender ("Москальков", "Москалькова"),
    in either script ("Saratov" for "Kheda Saratova")."""
    return a == b or (
        abs(len(a) - len(b)) == 1 and any(a + end == b or b + end == a for end in ("а", "a"))
    )


def his_not_hers(his: str, hers: str, text: str) -> bool:
    """Return whether a Russian man's surname that stands as itself in ``text`` ("Тарамов также
    утверждает" after "Халимат Тарамова") names a man of her family, not the woman: where natasha
    only read her name as a man's ("Москальковой" → "Москальков"), the man's form is not there."""
    return hers == f"{his}а" and re.search(rf"(?<![\w-]){his}(?![\w-])", text) is not None


# "“…”\n\nRamzan Kadyrov, head of the Chechen Republic": a pull quote's credit, the line under it.
_CREDIT_LINE = re.compile(rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})(?:,\s+[^\n.!?:]{{3,80}})?")


def credited_below(text: str, line: tuple[int, int]) -> str:
    """The person a short line under a quotation of its own paragraph credits with it; a bare
    name (no role after it) only when the article names them again, or it is a byline."""
    words = text[line[0] : line[1]].strip()
    credit = _CREDIT_LINE.fullmatch(words)
    if (
        credit is None
        or org_in(credit.group("name"))
        or words.split()[0].lower() in {"by", "photo"}
    ):
        return ""
    surname = credit.group("name").split()[-1]
    elsewhere = text[: line[0]].count(surname) + text[line[1] :].count(surname)
    return credit.group("name") if "," in words or elsewhere else ""


# Lower-case words inside a European surname: "Sophie in ’t Veld", "Ursula von der Leyen".
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "ter", "ten"}
    | {"in’t", "in't", "’t", "'t"}
)


def _after_a_name(words: list[str]) -> bool:
    """Whether ``words``, past the particles that close them, end with a capitalised word."""
    while words and words[-1] in _PARTICLES:
        words = words[:-1]
    return bool(words) and re.fullmatch(_NAME, words[-1]) is not None


def after_title(words: list[str]) -> int:
    """Where a name starts after a department closing a title before it ("Director for … &
    Research Ty Cobb"): past the last department with two words more after it (not "Strategy
    Partners", a body's name); 0 where none is."""
    closing = [i for i, word in enumerate(words[:-2]) if word in lexicon.DEPARTMENTS]
    return closing[-1] + 1 if closing else 0


def name_at_end(words: list[str]) -> list[str]:
    """Return the capitalised words that close ``words`` (a role word or an article ends them),
    with the particles between them."""
    name: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        bare = words[at].strip(",.")
        if (
            re.fullmatch(_NAME, bare)
            and not re.fullmatch(lexicon.ROLE_WORDS, bare.lower())
            and bare.lower() not in {"the", "a", "an"}
        ) or (name and bare in _PARTICLES and _after_a_name(words[:at])):
            name.insert(0, bare)
        else:
            break
    if closed := after_title(name):
        return name[closed:]
    if len(name) > 2 and name[0] in lexicon.PLACE_NAMES and first_name_gender(name[1]):
        return name[1:]  # "the Ministry of Internal Affairs of Chechnya Ruslan Alkhanov"
    if len(name) > 2 and first_name_gender(name[-2]) and not first_name_gender(name[-3]):
        return name[-2:]  # "LGBT organisation SOS Homophobie Joël Deumier": the person's
    return name


def is_quoted_name(words: str) -> bool:
    return bool(re.fullmatch(r"[A-ZА-ЯЁ][\w’'.-]*(?:\s+[\w’'.-]+){0,3}", words.strip()))


def names_something(words: str) -> bool:
    """Return whether ``words`` name something ("the Moscow Community Center", not "the city")."""
    return bool(re.fullmatch(rf"(?:the\s+)?{NAME}(?:\s+(?:of\s+|for\s+)?{NAME})*", words))


# The head words of a body's name: "Memorial Human Rights Center", "Team Against Torture".
BODY_HEADS = (
    r"Team|Committee|Network|Centre|Center|Watch|Group|Association|Foundation|Movement|Council|"
    r"Commission|Society|Institute|Project|Fund|Initiative|Coalition|Alliance|Federation"
)


def member_after_body(name: list[str]) -> tuple[str, str]:
    """("Tim Bestvet", "Russian LGBT Network") for the capitalised run "Russian LGBT Network
    Tim Bestvet" ("the Russian LGBT Network Tim Bestvet told AFP"): a body's member, named
    after it without a role; ("", "") where the run is not a body, then two more words."""
    body, person = " ".join(name[:-2]), " ".join(name[-2:])
    org = org_name(body) or org_in(body, outlets=True)
    if len(name) < 3 or not org or org_name(person) or org_in(person, outlets=True):
        return "", ""
    if re.fullmatch(BODY_HEADS, name[-1]):
        return "", ""  # "Memorial Human Rights Center": a body's name, no one after it
    return person, org


# Letters that look alike in the two scripts: a word typed with some of the other script's
# ("Сoюз" with a Latin "o", "Kаdyrov" with a Cyrillic "а") is one word in its own.
_LATIN_LOOKALIKES = "aceopxyACEHKMOPTXB"
_CYRILLIC_LOOKALIKES = "асеорхуАСЕНКМОРТХВ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_MIXED = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[а-яёА-ЯЁ])\w+")  # one pass per word


def one_script(text: str) -> str:
    """Return ``text`` with each word that mixes Latin and Cyrillic letters written in the
    script most of its letters are in, letter for letter (the offsets stay)."""

    def mended(match: re.Match[str]) -> str:
        word = match.group(0)
        cyrillic = len(re.findall(r"[а-яёА-ЯЁ]", word))
        latin = len(re.findall(r"[a-zA-Z]", word))
        return word.translate(_TO_CYRILLIC if cyrillic > latin else _TO_LATIN)

    return _MIXED.sub(mended, text)


# "“…” That is how one survivor described it.", "“…” That was the response from Ramzan Kadyrov
# on Instagram.": the next sentence says who spoke. (In Russian: "Об этом … заявил X".)
NEXT_SENTENCE_EN = re.compile(
    r"\s*(?:(?:That[’']s|That is|That was|This is|This was|Those were|Such were)\s+"
    r"(?:what|how)\s+(?P<who>[^.;:“”\"]+?)\s+(?:sa(?:id|ys)|puts? it|t(?:old|ells)|wr(?:ote|ites)"
    r"|(?:describ|explain|recall)\w*|sum\w* it up)\b"
    r"|(?:That|This)\s+(?:was|is)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:response|reaction|message|answer"
    r"|reply|verdict)\s+(?:from|of)\s+(?P<who_from>[^.;:“”\"]+?)"
    r"(?:\s+(?:on|in|to|at|via|when|after)\s+[^.;:“”\"]+)?\s*[.;])"
)


def next_sentence_who(match: re.Match[str]) -> str:
    """The words naming who spoke, from ``NEXT_SENTENCE_EN`` or ``NEXT_SENTENCE_RU``."""
    return match.group("who") or match.groupdict().get("who_from") or ""


# Wordings before a quotation that quote_attribution.attribution tries in turn with SAID_FIRST
# above.
# "As Kochetkov put it, “…”", "taken to the unit that, as Elya put it, “…”"
# "As X put it, “…”"; "That’s how Evgeny describes the situation: “…”".
AS_PUT_IT = re.compile(
    r"(?:(?:^|[.;]\s+|,\s+)\s*[Aa]s|(?:^|[.;]\s+)\s*That(?:’s|'s|\s+is)\s+how)\s+(?P<who>[^,:]+?)\s+"
    r"(?:put it|said|noted|wrote|explained|describes?|described|recalls?|recalled|explains)\b"
    r"[^,:“”\"]*[,:]\s*$"
)
WHO_SAID_FOLLOWING = re.compile(r"(?P<who>[^,.]+?),?\s+who (?:said|stated) the following:\s*$")
# "The report was rejected by the press spokesman for … as “…”": the agent speaks.
PASSIVE_BY = re.compile(
    rf"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:{lexicon.SPEECH_VERBS_EN})\s+"
    r"by\s+(?P<who>[^,;:“”\"]+?)(?:\s+as)?\s*[,:]?\s*$"
)


# "investigator Mika Ihaksinen of the National Bureau of Investigation": a role, a full name,
# then the body the role is of.
_NAMED_OF_BODY = re.compile(
    rf"(?P<role>[a-z][a-z -]*?)\s+(?P<name>{NAME}\s+{NAME})\s+(?P<of>of|from|at)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;:]*)"
)


def named_of_body(who: str) -> tuple[str, str, str] | None:
    """Return the name, role and body of "investigator Mika Ihaksinen of the National Bureau
    of Investigation", where the role is a role's word; else None."""
    found = _NAMED_OF_BODY.fullmatch(who)
    if found is None or not re.search(rf"\b(?:{lexicon.ROLE_WORDS})\b", found.group("role")):
        return None
    body = found.group("body")
    role = f"{found.group('role')} {found.group('of')} {body}"
    return found.group("name"), role, org_in(body) or re.sub(r"^the\s+", "", body)
