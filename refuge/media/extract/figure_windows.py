"""What the words around a number say it counts: the word windows, one figure at a time.

A number's noun and event are guessed from three windows of words: those after it (its tail, up
to the next number or clause: "40 detained men", "six died in a crackdown"), those before it in
its sentence ("police have abducted two brothers", "в тюрьмах … находились 200 мужчин") and the
rest of its clause ("двое, которые были задержаны …, найдены мертвыми"). This module reads only
those words, never another figure, another sentence or a sentence's parse, which is why it
stands apart from figures.py: there a count is linked to the counts and the sentence before it,
and the parses (english_figures.py, russian_figures.py) override the windows where they answer.
Moved out of figures.py, which had reached the 600-line limit.
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import figure_words, lexicon
from refuge.media.extract import russian
from refuge.media.extract.custody import AMOUNT_RU, WITH_HELP_RU, amount_subject, clause_event
from refuge.media.extract.events import WORD, event_of, events_in, noun_of, object_event

_DEATH = re.compile(
    r"\bto death\b|\b(?:did not|didn[’']t|never) survive|\bshot dead\b|до смерти|"
    r"\blost (?:their|his|her) li(?:ves|fe)\b|"
    r"не (?:выжил|пережил)",
    re.I,
)

_AFFECTING = re.compile(
    r"\b(?:affected|affecting|affects|targeted|targeting|targets|hit|involved|involving)"
    r"(?:\W+\w+)?\W*$",
    re.I,
)
_NOT_PERSONS = {"messages", "calls", "requests", "complaints"}
# Requests sent to the authorities ("направили более 20 запросов в МВД Чечни"), not received;
# requests sent to a hotline or "нам" are the ones it received. (English reads them by the
# parse, english_figures.py, which counts "sent 20 requests to the ministry" still.)
_SENT = re.compile(r"(?<!\w)(?:направил\w*|отправил\w*|разослал\w*)\s+(?:\w+\s+)?$", re.I)
_TO_AUTHORITIES = re.compile(
    r"(?<!\w)(?:в|во)\s+(?:[\w-]+\s+)?(?:МВД|СК|ФСБ|прокуратур|Генпрокуратур|Следственн|суд|"
    r"силов|ведомств|органы|правоохранительн)",
    re.I,
)
# A verb after a stray comma is still the subject's: "100 men suspected of being gay, have".
_AUXILIARY = re.compile(r"\s*(?:have|has|had|were|was|are|is)\b", re.I)
# "30 were family members": a number that is the subject of its own verb opens its own clause.
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is)\b", re.I)

# "helped 150 people flee", "assisted 114 people flee", "помогли покинуть Чечню 150 людям": an
# evacuation, not a flight.
_HELPED = re.compile(
    r"\b(?:help|assist)(?:s|ed|ing)?\W+(?:\w+\W+){0,2}$|(?<!\w)помог\w*\W+(?:\w+\W+){0,4}$",
    re.I,
)
# "managed to get 40 people into hiding", "got 12 men out", "aided 31 gay men fleeing": a flight
# someone else brought about. Aid with no flight after it is none ("aided and abetted
# militants", "aided 25 people with legal advice").
_FLIGHT_BROUGHT_ABOUT = re.compile(
    r"\b(?:get|gets|got|getting|gotten|aided|aiding)\W+(?:\w+\W+){0,2}$", re.I
)
_WITH_HELP = re.compile(rf"\bwith (?:the )?help\b|\bhelped by\b|{WITH_HELP_RU.pattern}", re.I)
_HELP_WORD = re.compile(r"^(?:(?:help|assist)(?:s|ed|ing)?|помог\w*)$")
_ASKED_FOR_HELP = re.compile(
    r"\b(?:asked|sought|seek|seeking|applied|turned|reached out|contacted|requested)\b"
    r"(?:\W+\w+){0,5}?\W+(?:help|assistance)",
    re.I,
)

# People counted as those a request came from: "получены обращения от 80 человек",
# "requests for help from 80 people", "received calls from 75 people".
_REQUESTS_FROM = re.compile(
    r"(?:обращени[а-яё]*|заявлени[а-яё]*|просьб[а-яё]*|звонк[а-яё]*|сообщени[а-яё]*|"
    r"requests?|appeals?|pleas?|calls?|messages?)"
    # The number's match may have taken "from" ("from 75 to 100" is a range).
    r"(?:\s+(?:за\s+помощью|for\s+help|for\s+assistance))?(?:\s+(?:от|from))?\s*$",
    re.I,
)
_RELATIVE = re.compile(r"\s*,\s*([\w-]+)[^,]*")
# A number that is the subject of a speech verb whose clause names others counts those who
# spoke, not what befell anyone: "at least six oppositionists reported that their relatives
# had gone missing", "трое активистов сообщили, что их родных задержали" (but "three men said
# that they were tortured" are the three).
_REPORTERS = re.compile(
    rf"(?:\s+[\w’'-]+){{0,3}}?\s+(?:{lexicon.SPEECH_VERBS_EN}|{lexicon.SPEECH_VERBS_RU})"
    r"(?:\s+\w+)?,?\s+(?:that|что)\s+(?!(?:they|we|он[иа]?|мы)\b)",
    re.I,
)
# The noun of a Russian amount, whose words say what it counts: "Число задержанных на акции
# «…», которую …, выросло до 150 человек".
_AMOUNT_NOUN_RU = re.compile(r"(?<!\w)(?:число|количество|численность)(?!\w)", re.I)
# English puts an amount's event in its subject: "the number of detainees executed … could be".
_AMOUNT_EN = re.compile(
    r"\b(?:number|total|toll)\b[^.;]*\b(?:is|was|be|been|stands|stood|reached|rose|exceeds|"
    r"exceeded)(?:\s+(?:at|to|now|already|anywhere|between|from))*\s*$",
    re.I,
)
# What an English amount is of, before the verb that gives it: "the number of men detained had
# risen to more than 100".
_AMOUNT_OF_EN = re.compile(
    r"\b(?:number|total)\s+of\s+(?P<words>(?:[\w-]+\s+){1,3})[^.;]*?\b(?:is|was|be|been|"
    r"stands|stood|reached|rose|risen|grew|grown|climbed|exceeds|exceeded)\b[^.;]*$",
    re.I,
)
# A country accepting or sheltering those counted (its object, right before the number) has
# taken them in; "приняли участие 20 человек" puts another word between.
_ACCEPTED_RU = re.compile(
    r"(?<!\w)(?:принял[аи]?|принимает|принимают|приютил[аи]?)(?:\s+у\s+себя)?\s+$", re.I
)


@cache
def _opens_relative(word: str) -> bool:
    """Return whether ``word`` opens a relative clause: "which", "who", or a participle."""
    if word in {"which", "who", "whom", "that"} or word.startswith("котор"):
        return True
    if not re.match(r"[а-яё]{4,}$", word):
        return False
    # "бежавших", "задержанных"; "убитых" is read first as an adjective, so any parse will do.
    return any(p.tag.POS == "PRTF" for p in russian.morphology().parse(word))


_SOURCE_AFTER_DASH = re.compile(
    r"[—–]\s*по\s+(?:данным|подсч[её]там|сведениям|информации|словам)\s+[^,.;:!?—–(]{1,60},\s*$",
    re.I,
)


def counted(tail: str, before: str, rest: str) -> tuple[str, str] | None:
    """Return (noun, event) for the words after a number (and just before it)."""
    if _REPORTERS.match(tail):
        return None  # "six oppositionists reported that their relatives had gone missing"
    words = [w.lower() for w in WORD.findall(tail)]
    tail_events = events_in(tail)
    noun = noun_of(words)
    if tail_events and not re.search(r"[а-яё]", tail.lower()):
        # English names what it counts before the verb: "six died in a crackdown on gay men"
        # counts people; a participle before its noun ("40 detained men") names it after.
        first = tail_events[0][0]
        after = words[first + 1 : first + 3]
        noun = noun_of(words[:first]) or ("" if after[:1] == ["by"] else noun_of(after))
    event = ""
    if _ASKED_FOR_HELP.search(tail):
        event = "asked for help"
    for index, found in [] if event else tail_events:
        # "detained and tortured" counts detentions; "held … and killed" counts deaths.
        if event in {"left", "received"} and found == "evacuated":
            # "escaped into safe houses": a flight that ends in a shelter; "получили литовские
            # визы": what was received is the event.
            event = found
            continue
        if event and event != "tortured" and found != "killed":
            continue
        if event == "tortured" and found == "detained" and words[index - 1 : index] == ["in"]:
            continue  # "were tortured in detention facilities": where, not what else befell them
        event = found
        if event == "left" and any(_HELP_WORD.match(w) for w in words[:index]):
            event = "evacuated"  # "45 заявителям помогли эмигрировать"
        if event == "killed":
            break
    object_of = object_event(before)
    if object_of and event != object_of:
        # English puts the verb before its object: "police have abducted two brothers in
        # hiding", "detained two gay men who escaped": the words after describe those counted.
        event = object_of
    if _ACCEPTED_RU.search(before):
        event = "evacuated"  # "Литва приняла у себя двух гомосексуалов": taken in, as in English
    if _DEATH.search(tail) or _DEATH.search(rest.split(",")[0]):
        event = "killed"  # "tortured to death", "Two of them “did not survive the torture”"
    before_words = [w.lower() for w in WORD.findall(before)][-4:]
    affecting = bool(_AFFECTING.search(before))
    if affecting:
        # "The wave of detentions …, and apparently affected over 100 people": the verb's
        # subject is the event, however far back in the sentence.
        before_words = [w.lower() for w in WORD.findall(before)]
    if re.search(r"[а-яё]", before.lower()):
        # Russian puts the event anywhere in the clause: "в тюрьмах … находились 200 мужчин";
        # a relative clause's event is its antecedent's: "казнь, жертвами которой стали 27".
        clauses = re.split(r"[,.;:!?—–(]", before.lower())
        clause = clauses[-1]
        if len(clauses) > 1 and re.search(r"(?<!\w)котор", clause):
            clause = clauses[-2] + " " + clause
        elif len(clauses) > 1 and not clause.strip() and re.search(r"[—–]\s*$", before):
            # A number opening an apposition after a dash names those of the clause before:
            # "пострадавших, которым удалось покинуть Чечню — три девушки рассказали".
            clause = clauses[-2]
        elif len(clauses) > 2 and not clause.strip() and _SOURCE_AFTER_DASH.search(before):
            # "Много людей задержали в Ярославле — по подсчетам «ОВД-Инфо», 57 человек": past
            # the source, the clause before the dash.
            clause = clauses[-3]
        before_words = WORD.findall(clause)[-10:]
        subject = amount_subject(clauses)
        if subject is not None:  # "Количество людей, которые …", however long the clauses
            named = _AMOUNT_NOUN_RU.search(subject)
            of_amount = WORD.findall(subject[named.start() :])[:20] if named else []
            told = any(event_of(w.lower()) for w in of_amount)
            before_words = of_amount if told else WORD.findall(subject)[-20:]
        amount = _AMOUNT_NOUN_RU.search(clause if subject is None else subject)
        if amount and AMOUNT_RU.search(re.sub(r"\s+до\s*$", "", clause)):
            # "число обращений достигло 600": the amount's noun is what it counts;
            # "Количество политзаключенных … составило 970 человек": those held.
            of = WORD.findall(amount.string[amount.end() :])[:3]
            noun = noun or noun_of(of)
            held = not event and any(w in figure_words.HELD_NOUNS for w in of[:1])
            event = "detained" if held else event
    if not event and _AMOUNT_EN.search(before):
        # "The number of detainees executed is unclear, but the number could be anywhere
        # between 27 and 56": the event is the number's, anywhere in the sentence.
        before_words = [w.lower() for w in WORD.findall(before)]
    if not noun and (amount := _AMOUNT_OF_EN.search(before)):
        noun = noun_of(amount.group("words").lower().split())  # "the number of men detained"
    if _REQUESTS_FROM.search(before) and not tail_events:
        event = "asked for help"
    elif _HELPED.search(before) or (event == "left" and _FLIGHT_BROUGHT_ABOUT.search(before)):
        event = "evacuated"  # "helped 150 people flee" is an evacuation, not a flight
    elif not event and not _OWN_VERB.match(tail):
        for _index, found in events_in(" ".join(before_words), after_number=False):
            # "detained and tortured over 100 men" counts detentions, as after the number.
            if not (event == "detained" and found == "tortured"):
                event = found
            if affecting:
                # "detaining, torturing and killing men, targeting over 200": the list's first
                # event is what the targeting was; the killing was of some of them.
                break
    if (
        event == "tortured"
        and re.search(r",\s*(?:котор\w+|who)\b", tail, re.I)
        and any(
            found == "detained"
            for _i, found in events_in(" ".join(before_words[-4:]), after_number=False)
        )
    ):
        # The torture is the relative clause's: "held in a detention facility with 12 men,
        # who were all tortured" counts detentions ("20 of them were tortured" does not).
        event = "detained"
    opened = re.search(r",\s*(?:котор\w+|who)\b", tail, re.I)
    if noun and (event in {"", "detained"} or opened):
        # The verb after a relative clause or an aside, closed by its second comma (its first,
        # if the tail opened it): "Три человека из списка, которые, по данным газеты,
        # подверглись репрессиям, погибли"; "двое, которые были задержаны …, найдены мертвыми".
        # The main verb says what befell those counted; the relative clause only describes
        # them: "Двое мужчин, которые бежали из Чечни, получили убежище в Литве" evacuated.
        after_aside = ",".join(rest.split(",")[1 if opened else 2 :])
        own = rest.split(",")[0]
        after_comma = rest.split(",")[1] if "," in rest else ""
        if not opened and not own.strip() and _AUXILIARY.match(after_comma):
            own = after_comma  # "over 100 men suspected of being gay, have been abducted"
        if not opened and own.strip():
            # No comma yet: the rest is the number's own clause ("“over a hundred men” have
            # been arrested, detained, and tortured"), not an aside before its verb.
            after_aside = own
        events = events_in(after_aside)
        main = events[0][1] if events else ""
        if len(events) > 1 and events[1][1] == "killed" and events[1][0] - events[0][0] <= 3:
            main = "killed"  # "были задержаны и «спонтанно» расстреляны": the killing
        if not event or opened:
            event = main or event
        lead = re.search(r"(?<!\w)([а-яё]+)\s*$", before.lower())
        if opened and lead and event_of(lead.group(1)) not in {"", "received"}:
            # "обратились 38 мужчин, которых удерживали …": the verb right before the count is
            # its own; the relative clause after only describes those counted.
            event = event_of(lead.group(1))
    relative = _RELATIVE.match(rest)
    if not event and noun and relative and _opens_relative(relative.group(1).lower()):
        # A relative clause or participle after what is counted describes it: "31 individuals,
        # which the government has granted asylum to"; "о двух чеченцах, бежавших от облавы".
        event = next((found for _i, found in events_in(relative.group(0), after_number=False)), "")
    topic = re.split(r"[,;:—–(]", before)[0]
    if not event and topic != before and len(WORD.findall(topic)) <= 2:
        # A sentence that opens with what it counts, then an aside: "Убитых, по еще не
        # подтвержденным данным, может быть и больше - 56 человек".
        event = next((found for _index, found in events_in(topic, after_number=False)), "")
    own_clause = re.split(r"[,;:—–(]", before)[-1]
    if event == "left" and _WITH_HELP.search(f"{own_clause} {tail}"):
        event = "evacuated"  # "с помощью активистов из республики бежали 177 человек"
    if re.search(r"[а-яё]", tail.lower()):  # custody, help given: "в ОМВД оказалось 15 человек"
        # The rest of the clause too: "трое позже «обнаружились» в ИВС".
        own_rest = re.split(r"[,;]", rest)[0]
        event = clause_event(
            f"{own_clause} {tail} {own_rest}", event, person=noun not in _NOT_PERSONS
        )
    leading = [w.lower() for w in WORD.findall(own_clause)][-1:]
    if (
        not event
        and any(w in figure_words.HELD_NOUNS for w in words[:3])
        and leading not in ([], ["of"], ["из"])
    ):
        # "he saw at least 30 prisoners": held. Not the set a part is counted from ("Of 40
        # detainees, 12 were tortured"), nor a subject whose verb comes later.
        event = "detained"
    if not noun and not event:
        return None
    if not noun:
        noun = "messages" if event == "received" else "people"
    if (
        noun in _NOT_PERSONS
        and _SENT.search(before)
        and _TO_AUTHORITIES.search(f"{tail} {rest}"[:160])
    ):
        return None  # "Адвокаты направили более 20 запросов в МВД": sent, not received
    if noun in _NOT_PERSONS:
        event = "received"  # "five applications for asylum" were received, not evacuated
    if not event:
        return None
    return noun, event
