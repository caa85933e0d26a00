"""How Russian news copy words an attribution around a quotation, as patterns: the fallback
where the sentence's parse (syntax.py) names nobody."""

from __future__ import annotations

import re

from refuge.media import lexicon

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
# with ("С таким заявлением выступил X").
NEXT_SENTENCE_RU = re.compile(
    r"[»”\"]?\s*[.!?]?\s*(?:(?:Об этом|Такое заявление|Такое мнение|Так это|Так"
    r"|С (?:таким|этим|подобным) (?:заявлением|мнением|словами|призывом|обращением))\s+"
    r"(?:(?:[а-яё][\w-]*|«[^«»]{1,40}»|[A-ZА-ЯЁ][\w.-]*)\s+){0,5}?"
    rf"(?:сделал|сделала|сделали|высказал|высказала|высказали|{lexicon.SPEECH_VERBS_RU}"
    r"|выступил|выступила|выступили|обратился|обратилась|обратились)"
    r"|(?:This|That|It)\s+(?:is|was|has been)\s+(?:stated|said|written|reported|announced)"
    r"\s+(?:in|by))\s+"
    r"(?P<who>[^.;:!?]+?)\s*(?:[.;!?]|$)"
)

# "«…», — приводит «Интерфакс» слова Кадырова": the outlet between the verb and the speaker.
QUOTES_WORDS_OF_RU = re.compile(
    r"^[\s,.:;—–-]*(?:приводит|приводят|привел|привела|привели|цитирует|цитируют)\s+"
    r"(?P<outlet>«[^»]+»|\S+)\s+(?:слова\s+)?(?P<who>[^.;:«»]+?)\s*(?:[.;]|$)"
)

# "«…», — резюмировал Кадыров.": any verb in the past or present after the dash.
AFTER_DASH_VERB_RU = re.compile(
    r"^\s*,?\s*[—–-]{1,2}\s*"
    # "— показывая на трубу, делится воспоминаниями чеченец": a gerund's clause first.
    r"(?:[а-яё]+(?:я|в|вши|вшись)\s[^,—«»]{0,80},\s*)?"
    r"[а-яё]+(?:ал|ала|али|ил|ила|или|ял|яла|яли|ел|ела|ели|ул|ула|ули|ет|ит|ют|ят)"
    r"(?:ся|сь)?\s+(?P<who>[^.;:«»]+?)\s*(?:[.;]|$)"
)

# "«12 дней я спал в подвале» Рассказ Максима Лапунова": a headline naming whose account it is.
STORY_OF_RU = re.compile(r"\s*[.:]?\s*(?:Рассказ|Монолог|Исповедь|Интервью)\s+(?P<who>[^,.:;«»]+)")
