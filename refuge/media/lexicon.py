"""Words the extractor knows: speech verbs, numbers, qualifiers, places, organisations.

English and Russian. Places and organisations are small gazetteers for this field; the
extractor also finds capitalised names it does not know.
"""

from __future__ import annotations

SPEECH_VERBS_EN = (
    "said|says|say|added|adds|continued|continues|explained|explains|wrote|writes|stated|states|"
    "told|tells|telling|noted|notes|insisted|insisting|argued|asked|asking|urged|urges|warned|"
    "reminds|reminded|declared|announced|acknowledged|denied|claimed|reported|report|reports|"
    "according to"
)
SPEECH_VERBS_RU = (
    "сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметил|отметила|"
    "добавил|добавила|пояснил|пояснила|написал|написала|подчеркнул|подчеркнула|рассказал|"
    "рассказала|говорит|считает|утверждает"
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "один": 1,
    "одного": 1,
    "два": 2,
    "двое": 2,
    "двух": 2,
    "три": 3,
    "трое": 3,
    "трёх": 3,
    "трех": 3,
    "четыре": 4,
    "пять": 5,
    "десять": 10,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "сто": 100,
    "ста": 100,
}

QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "about": "about",
    "around": "around",
    "approximately": "about",
    "roughly": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "some": "about",
    "более": "more than",
    "больше": "more than",
    "свыше": "more than",
    "не менее": "at least",
    "по меньшей мере": "at least",
    "как минимум": "at least",
    "около": "around",
    "примерно": "about",
    "порядка": "about",
    "почти": "nearly",
    "до": "up to",
}

# Nouns counted, normalised.
COUNTED_NOUNS = {
    "men": "men",
    "gay men": "men",
    "man": "men",
    "women": "women",
    "people": "people",
    "persons": "people",
    "individuals": "people",
    "homosexuals": "people",
    "detainees": "people",
    "prisoners": "people",
    "victims": "people",
    "residents": "people",
    "messages": "messages",
    "calls": "calls",
    "requests": "requests",
    "мужчин": "men",
    "мужчины": "men",
    "человек": "people",
    "людей": "people",
    "сообщений": "messages",
    "обращений": "messages",
}

# Event verbs, normalised to what was counted.
EVENTS = {
    "detained": "detained",
    "detention": "detained",
    "detentions": "detained",
    "arrested": "detained",
    "arrest": "detained",
    "arrests": "detained",
    "held": "detained",
    "rounded up": "detained",
    "rounding": "detained",
    "abducted": "detained",
    "killed": "killed",
    "killing": "killed",
    "died": "killed",
    "dead": "killed",
    "murdered": "killed",
    "tortured": "tortured",
    "evacuated": "evacuated",
    "received": "received",
    "задержаны": "detained",
    "задержано": "detained",
    "задержали": "detained",
    "убиты": "killed",
    "погибли": "killed",
    "умерли": "killed",
    "эвакуированы": "evacuated",
    "получили": "received",
}

PLACES = {
    "Chechnya": ["Chechnya", "Чечня", "Чечне", "Чечни", "Chechen Republic"],
    "Argun": ["Argun", "Аргун", "Аргуне"],
    "Grozny": ["Grozny", "Грозный", "Грозном"],
    "Gudermes": ["Gudermes", "Гудермес"],
    "Vedeno": ["Vedeno", "Ведено"],
    "Moscow": ["Moscow", "Москва", "Москве"],
    "Russia": ["Russia", "Russian Federation", "Россия", "России"],
    "North Caucasus": ["North Caucasus", "Северный Кавказ"],
    "United States": ["United States", "U.S.", "US"],
    "Syria": ["Syria"],
    "Ukraine": ["Ukraine"],
    "North Korea": ["North Korea"],
}

ORGANISATIONS = {
    "State Department": [
        "U.S. State Department",
        "US State Department",
        "State Department",
        "Department of State",
        "Госдеп",
        "Госдепартамент",
    ],
    "Kremlin": ["Kremlin", "Кремль", "Кремля"],
    "Chechen government": [
        "Chechen government",
        "Chechnya’s leader",
        "Chechnya's leader",
        "Chechen authorities",
        "Chechen leader",
        "Kadyrov’s",
        "Kadyrov's",
        "Кадырова",
        "Кадыров",
    ],
    "Russian LGBT Network": [
        "Russian LGBT Network",
        "Russian LGBT network",
        "LGBT-Network",
        "Российская ЛГБТ-сеть",
        "ЛГБТ-сеть",
        "Российской ЛГБТ-сети",
        "ЛГБТ-сети",
    ],
    "Amnesty International": ["Amnesty International", "Amnesty"],
    "Human Rights Watch": ["Human Rights Watch"],
    "Human Rights First": ["Human Rights First"],
    "Human Rights Campaign": ["Human Rights Campaign", "HRC"],
    "OSCE": ["OSCE", "ОБСЕ"],
    "Novaya Gazeta": ["Novaya Gazeta", "Новая газета", "Новой газеты"],
    "RIA Novosti": ["RIA Novosti", "РИА Новости"],
    "Interfax": ["Interfax", "Интерфакс", "Интерфаксу"],
    "NBC News": ["NBC News", "NBC"],
    "Washington Blade": ["Washington Blade", "the Blade"],
    "PinkNews": ["PinkNews"],
    "VKontakte": ["VKontakte", "ВКонтакте"],
    "White House": ["White House"],
    "Senate": ["Senate"],
}

OUTLETS = {"Novaya Gazeta", "RIA Novosti", "Interfax", "NBC News", "Washington Blade", "PinkNews"}

ROLE_WORDS = (
    "spokesperson|spokesman|spokeswoman|press secretary|secretary|boss|head|chief|director|"
    "activist|researcher|officer|coordinator|president|leader|minister|official|professor|"
    "representative|advocate|chair|chairman|founder|deputy|пресс-секретарь|представитель|"
    "глава|руководитель|активист|директор"
)

PRONOUNS = {"he", "she", "it", "they", "он", "она", "они"}
