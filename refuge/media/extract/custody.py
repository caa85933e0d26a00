"""Russian clauses that count people without an event word: custody, amounts, help given.

"Всего в ОМВД оказалось 15 человек" and "сидели от 15 до 30 человек в одной камере" name no
verb of detention, but a place of custody that those counted are in; "Общее количество
людей, которые выехали из России, составляет 30 человек" puts the event in the subject of an
amount verb, clauses before the number. Help given or received ("помощь оказана 35 из них",
"более 50 геев получили помощь") is, as the development set annotates it, an evacuation.
"""

from __future__ import annotations

import re

# A police station, remand centre, cell or cellar, after "в" and at most two words ("в одной
# камере", "в ОМВД РФ"), or in prison or captivity ("в заключении", not "в заключение", in
# conclusion; "в плену"); "на камеру" (on camera) is no custody. "Под стражей", "под арестом"
# say it without a place, and "взяты под стражу", "под арест" the taking; so do "за решёткой"
# (behind bars) and "за решётку". Belarus and Central Asia say РУВД and УВД.
_TAKEN = r"доставл|достав|увез|увоз|отвез|отвоз|забра|привез|привоз"
_PUT = rf"{_TAKEN}|оказал|посадил|посажен|затолкал|погрузил|запихнул"
_DELIVERED = r"доставл\w*|достав(?:или|ил|ила|ило)"
_STATION = (
    # A police department ("в отдел", "в райотдел", not "в отделение почты"), a court, a
    # detention centre, the Kadyrov regiment's grounds; or for a check.
    r"(?:в|на)\s+(?:[\w-]+\s+)?(?:(?:рай|гор)?отдел(?:ы|а|е|ом)?(?!\w)|суд\w*|спецпри[её]мник\w*|"
    r"территори\w+\s+полка|органы\s+внутренних\s+дел)|для\s+(?:проверки|разбирательства|установления)"
)
# The police or the security service as a place one is taken to: "отвезли в крымское
# управление ФСБ", "доставлены в органы внутренних дел".
_POLICE = (
    r"полицию|милицию|органы\s+внутренних\s+дел|(?:[\w-]+\s+)?управлени\w+\s+(?:ФСБ|МВД|полиции)"
)
CUSTODY_RU = re.compile(
    r"(?<!\w)(?:во?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:камер[аеуы]?|омвд|ровд|рувд|овд|увд|умвд|гувд|сизо|ивс|изолятор\w*|подвал\w*|"
    r"отдел\w*\s+полиции|отделени\w+\s+полиции|заключении|плену|застенк\w*)"
    r"|под\s+(?:стражей|стражу|арестом|арест)|за\s+реш[её]тк\w*"
    # "в полицию доставили около 200 человек": taken to the police, not who called it.
    rf"|(?:{_TAKEN})\w*\s+(?:[\w-]+\s+){{0,3}}?в\s+(?:{_POLICE})"
    rf"|в\s+(?:{_POLICE})\s+(?:[\w-]+\s+){{0,5}}?(?:{_TAKEN})\w*"
    # "В автозаке … оказались не менее 14 человек": put in a van, not riding in one (police).
    rf"|(?:{_PUT})\w*\s+(?:[\w-]+\s+){{0,3}}?в\s+автозак\w*"
    rf"|в\s+автозак\w*\s+(?:[\w-]+\s+){{0,8}}?(?:{_PUT})\w*)(?!\w)",
    re.I,
)
# Verbs of an amount's change ("выросло", "растёт", "увеличилось", "поднялось", "дошло"):
# the number after them is the value it changed to (russian_claims.py reads "до" so).
CHANGED_RU = (
    r"(?:вы|воз)?рос(?:ло|ла|ли)?|(?:вы|воз)рос\w*|(?:вы|воз)?раст[её]т|"
    r"(?:увеличи|сократи|уменьши|снизи)\w*|подня\w*|дош(?:ло|ла|ли|[её]л)"
)
# Verbs that give an amount ("составляет", "достигло", "превысило", "насчитывается"), or
# the value it changed to ("выросло до 60": "до" is read off as the qualifier before).
AMOUNT_RU = re.compile(
    rf"(?<!\w)(?:составля\w*|составил\w*|достиг\w*|превыси\w*|насчитыва\w*|{CHANGED_RU})\s*$",
    re.I,
)

# Help that makes leaving an evacuation: "выехали с помощью сети", "при помощи правозащитников".
WITH_HELP_RU = re.compile(r"(?<!\w)(?:с|при) помощ(?:ью|и)(?!\w)")
# Help given or received, in either order and aspect ("оказала помощь", "помощь получили",
# "42 оказывается помощь", "помогаем 50 людям"); turning to someone for help ("обратились за
# помощью") is asking.
HELP_GIVEN_RU = re.compile(
    r"(?<!\w)(?:помощь\s+(?:[\w-]+\s+)?(?:оказ(?:а|ыва)\w*|получ\w*)"
    r"|(?:оказ(?:а|ыва)\w*|получ\w*)\s+(?:[\w-]+\s+){0,2}?помощь"
    r"|помога(?:ем|ют|ет|ли|л|ла)|помогл[аи]|помог)(?!\w)",
    re.I,
)


def help_given(clause: str) -> bool:
    """Return whether a Russian clause says those it counts were given help."""
    return bool(HELP_GIVEN_RU.search(clause))


# "в отдел было доставлено", "на территорию полка доставили", "доставлены для проверки": brought
# in by the police. Not where a hospital or a morgue is named ("доставлены в больницу"). With
# no place, things may be what was delivered ("Продукты для 500 человек были доставлены").
_DELIVERED_RU = re.compile(
    rf"(?<!\w)(?:(?:{_STATION})\s+(?:[\w-]+\s+){{0,3}}?(?:{_DELIVERED})"
    rf"|(?:{_DELIVERED})\s+(?:[\w-]+\s+){{0,3}}?(?:{_STATION}))",
    re.I,
)
# Care, or a crowd brought to take part ("доставили 400 человек … для участия в митинге").
_NOT_CUSTODY = re.compile(
    r"больниц|госпитал|клиник|медучрежд|медпункт|травмпункт|реанимаци|морг|для\s+участия|митинг",
    re.I,
)


def in_custody(clause: str) -> bool:
    """Return whether a Russian clause places those it counts in custody."""
    delivered = _DELIVERED_RU.search(clause) and not _NOT_CUSTODY.search(clause)
    return bool(CUSTODY_RU.search(clause) or delivered)


def amount_subject(clauses: list[str]) -> str | None:
    """Return the clauses before an amount verb that closes ``clauses``, else None."""
    if len(clauses) < 2 or not AMOUNT_RU.search(clauses[-1]):
        return None
    return " ".join(clauses)


def clause_event(clause: str, event: str, *, person: bool) -> str:
    """Return the event of a Russian count's clause where the words gave none, or "received".

    A place of custody is a detention ("сидели 30 человек в камере"); help given to or received
    by people is an evacuation ("помощь оказана 35 из них").
    """
    if not event and in_custody(clause):
        return "detained"
    if event in {"", "received"} and person and help_given(clause):
        return "evacuated"
    return event
