"""A count that is the object of an event verb, where the event befell no victim (review 16).

Two classes that "one of the …" (and "two of the …" before it) read as victims: an event that
did not happen, a threat, a failure, a modal or a near miss ("Kadyrov vowed to kill one of
the bloggers", "Полиции не удалось задержать одного из подозреваемых", "Police almost killed
two of the detainees"); and the arrest of those who did it ("Police detained one of the
killers", "Задержали двоих из убийц блогера"). Both count no one: the conservative answer.
"""

from __future__ import annotations

import re

from refuge.media.extract import russian
from refuge.media.extract.events import event_of

# The English event verb right before the count: "kill one of", "shot dead two of".
VERB_BEFORE_EN = re.compile(r"\b(?P<verb>[a-z]+)(?:\s+(?:dead|down))?\s+$")
# Killing verbs the parse knows (english_figures._EVENT_LEMMAS) and event_of does not.
DONE_TO_ANOTHER_EN = frozenset({"shot", "slaughtered", "beheaded"})
# What makes the verb an event not (known to have) happened (review 17 narrowed it): a closed
# list of threat, intent, order and failure verbs before the infinitive ("vowed to kill",
# "failed to detain", "called for police to detain"), a modal or counterfactual ("could
# kill", "would have killed"), a near miss ("almost killed") or a denial ("did not detain").
# "To have" with a participle ("are believed to have killed"), an aspectual verb ("began to",
# "went on to"), a purpose ("used the list to detain") and a hedge ("may have killed") report
# the event.
_NOT_DONE_TO_EN = re.compile(
    r"\b(?:vow|threat|promis|pledg|swor|swear|tr(?:y|ies|ied|ying)|attempt|fail|refus|plan|"
    r"want|wish|intend|seek|sought|aim|plot|prepar|decid|hop|expect|need|vot|agree|offer|"
    r"(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:on|for)|order|urg|ask|told|tell|instruct|"
    r"demand|permit|allow|authori[sz]|command)[a-z]*(?:\s+[\w-]+){0,3}?\s+(?:not\s+)?to\s+$",
    re.I,
)
_UNREAL_EN = re.compile(
    r"(?:\b(?:could|would|might|may|can|cannot|will|shall|should|must|almost|nearly|never|"
    r"not)|n[’']t)(?:\s+(?:not|be))*\s+$|\b(?:could|would|might|should|almost|nearly|never|"
    r"not)\s+have\s+$|\bnot\s+to\s+$",
    re.I,
)
# "managed to detain one of the brothers", "were able to kill": it happened.
_MANAGED_EN = re.compile(r"\b(?:managed|(?:was|were)\s+able)\s+to\s+$", re.I)
# The Russian verb right before the count, and the two words that may stand before it.
_WORDS_BEFORE_RU = re.compile(r"(?P<pre>(?:[а-яё]+\s+){0,2})(?P<verb>[а-яё]+)\s+$", re.I)
# What makes an infinitive an event not (known to have) happened (review 17 narrowed it from
# "every infinitive but after удалось"): a closed list of threat, intent, order and failure
# verbs ("пообещал убить", "пытались задержать", "приказал задержать": an order is not known to
# have been carried out), a modal ("могли убить") or a denial ("не смогли", "не удалось", "не
# стали"). Aspectual verbs ("начали", "стали", "продолжили") and a purpose ("приехали
# задерживать") report the event.
_NOT_DONE_RU = re.compile(
    r"(?<![а-яё])(?:не(?![а-яё])|(?:по)?обеща|пригроз|угрож|грози|хоте|хоч|собира|пыта|попыта|"
    r"отказ|планир|намерева|намерен|решил|решали|требова|потребова|призв|призыва|приказа[лв]|"
    r"приказыва|велел|поручи|мог(?:ут|ли|ла)?(?![а-яё])|может|должн|нужн|надо|готов[аы]?(?![а-яё])|"
    r"стремил|намечал)",
    re.I,
)

# Those who did it: "one of the killers", "two of the men who beat the journalist", "одного из
# убийц блогера". Not "suspects": whom the police call so may be victims themselves.
_DOERS_OF_EN = re.compile(
    r"^\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?(?:killers?|gunm[ae]n|attackers?|"
    r"perpetrators?|assailants?|kidnappers?|abductors?|murderers?|torturers?)\b"
    # The doers must head the set: "of the attackers' relatives" are relatives (review 17).
    r"(?![’']|\w)",
    re.I,
)
_WHO_DID_EN = re.compile(
    r"^\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+){1,2}?(?:who|that)\s+(?:had\s+)?"
    r"(?P<verb>[a-z]+)\s+(?:the|a|an|him|her|them|his|their|[A-Z])",
)
# Events done to another, which a threat or a failure may name ("helped to evacuate 79
# people" happened: help is no threat).
_DONE_TO = frozenset({"killed", "detained", "tortured"})
_DONE_TO_OR_HELPED = _DONE_TO | {"evacuated"}
_VIOLENCE_EN = frozenset({"beat", "shot", "attacked", "assaulted", "stabbed", "raped"})
# Only an adjective may stand before the doers ("из родственников нападавших" are relatives),
# and "исполнители" are doers only of a crime ("исполнителей эстрадных песен" are singers).
_DOERS_OF_RU = re.compile(
    r"^\s+из\s+(?:[а-яё-]+(?:ых|их)\s+)?(?:убийц|похитител|нападавш|напавш|палач|"
    r"исполнител[а-яё]*\s+(?:убийств|похищени|нападени|пыт|преступлени|расправ))",
    re.I,
)


def unrealised(before: str) -> bool:
    """Return whether the event verb right before a count is one no one says happened: a
    threat, a failure, a modal, a near miss or a denial, in either language."""
    english = VERB_BEFORE_EN.search(before)
    if english is not None and (
        event_of(english.group("verb")) in _DONE_TO or english.group("verb") in DONE_TO_ANOTHER_EN
    ):
        governing = before[: english.start("verb")]
        return bool(
            _UNREAL_EN.search(governing) or _NOT_DONE_TO_EN.search(governing)
        ) and not _MANAGED_EN.search(governing)
    russian_words = _WORDS_BEFORE_RU.search(before)
    if russian_words is None:
        return False
    verb, pre = russian_words.group("verb").lower(), russian_words.group("pre").lower()
    if event_of(verb) not in _DONE_TO:
        return False
    if russian.part_of_speech(verb) == "INFN":
        return bool(_NOT_DONE_RU.search(pre))
    # "не задержали двоих из них", "чуть не убили", "едва не убили"
    return pre.split()[-1:] == ["не"]


def of_doers(after: str, event: str = "detained") -> bool:
    """Return whether a count is a part of those who did it ("one of the killers", "двоих из
    похитителей"), given the text right after its number and the ``event`` it underwent.

    A doer killed is no victim of the persecution either ("Security forces killed one of the
    attackers"); a helper killed is ("one of the volunteers who rescued the men was killed").
    """
    if _DOERS_OF_EN.match(after) or _DOERS_OF_RU.match(after):
        return True
    did = _WHO_DID_EN.match(after)
    # Those who fled are no doers ("two of the men who fled the raid" were detained: review
    # 17); helpers ("the volunteers who rescued the men") count no one, as before, not the
    # men they helped.
    doings = _DONE_TO_OR_HELPED if event == "detained" else _DONE_TO
    done = event_of(did.group("verb")) if did is not None else ""
    return did is not None and (done in doings or did.group("verb") in _VIOLENCE_EN)
