"""Words the extractor knows: speech verbs, numbers, qualifiers, places, organisations.

English and Russian. Places and organisations are small gazetteers for this field; the
extractor also finds capitalised names it does not know.
"""

from __future__ import annotations

import re

from refuge.media import organisations

# Any letter of the Russian alphabet: the script says which language a word or name is in.
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

SPEECH_VERBS_EN = (
    "said|says|say|added|adds|continued|continues|explained|explains|wrote|writes|stated|states|"
    "told|tells|telling|noted|notes|insisted|insisting|argued|asked|asking|urged|urges|warned|"
    "reminds|reminded|declared|announced|acknowledged|denied|claimed|reported|report|reports|"
    "believes|believe|asks|appeals|appealed|called|calls|commented|responded|replied|recalled|"
    "confirmed|stressed|admitted|charged|notes|suggested|proposed|demands|demanded|"
    "recalls|remembered|recounted|described|describes|testified|alleged|maintained|countered|"
    "posted|tweeted|pointed out|complained|emphasized|emphasised|concluded|observed|vowed|"
    "promised|cautioned|dismissed|rejected|branded|labelled|labeled|concludes|concluded|"
    "saying|writing|revealed|reveals|relayed|relays|according to|"
    # The present tenses and the verbs of advice, answer and boast that news uses as "said".
    "advised|advises|answered|answers|insists|argues|warns|admits|denies|claims|confirms|"
    "interjects|interjected|"
    "stresses|agreed|agrees|boasted|joked|threatened|announces|declares|adding|explaining|"
    # Verbs of the lemma list (english_syntax.py) that only report words, in the forms news
    # writes after a quotation: "“…,” she remarked" is said as "“…,” she said" is.
    "remarked|remarks|conceded|concedes|asserted|asserts|contended|contends|lamented|laments|"
    "reiterated|reiterates|underlined|underlines|emphasises|emphasizes|retorted|quipped|"
    "exclaimed|exclaims|affirmed|affirms|recounts|responds|replies|observes|comments|"
    "acknowledges|retorts|quips|predicted|predicts|pleaded|pleads|shouted|shouts|whispered|"
    "whispers|mused|muses|speaks of|spoke of|speaks about|spoke about|"
    # The plural present, as "say": "“…,” write the Senators in the letter". Not "note", "state"
    # or "stress", nouns after a quotation as often ("“…,” state media reported"), nor "warn"
    # and "explain", infinitives before one as often ("refused to explain the charges").
    "write|argue|insist"
)
SPEECH_VERBS_RU = (
    "сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметил|отметила|"
    "добавил|добавила|пояснил|пояснила|написал|написала|подчеркнул|подчеркнула|рассказал|"
    "рассказала|говорит|считает|утверждает|сказали|отметили|добавили|пояснили|сообщает|сообщают|"
    "заявляет|заявляют|отмечает|отмечают|говорят|уточнил|уточнила|ответил|ответила|заметил|"
    "отвечал|отвечала|отвечали|"
    "заметила|признал|признала|подчеркнули|рассказали|написали|пишет|назвал|назвала|назвали|"
    "предложил|предложила|призвал|призвала|требует|требуют|потребовал|потребовала|цитирует|"
    "цитируют|привел слова|привела слова|привели слова|приводит слова|приводят слова|"
    "признался|призналась|вспоминает|вспоминал|вспоминала|возразил|возразила|объяснил|"
    "объяснила|объясняет|подтвердил|подтвердила|подтвердили|рассказывает|рассказывают|говорил|"
    "говорила|уточняет|поясняет|добавляет|продолжил|продолжила|указал|указала|указывает|"
    "напомнил|напомнила|заверил|заверила|отрицает|прокомментировал|прокомментировала|"
    "пожаловался|пожаловалась|опроверг|опровергла|утверждают|считают|подчеркивают|настаивают|"
    "настаивает|отмечал|отмечала|пишут|заявило|сообщило|отметило|подтвердило|уточнило|"
    "сообщало|писало|заявляло|рассказало|рассказывало|утверждало|призывает|призывают|призвали|"
    "заявив|назвав|отметив|подчеркнув|добавив|сказав|пояснив|"
    # The plural and the neuter a body speaks in: "В ГУВД объяснили …, что … «…»".
    "объяснили|объяснило|объясняют|уточнили|указали|напомнили|ответили|ответило|заверили|"
    "прокомментировали|прокомментировало|признали|опровергли|возразили|"
    # Opinions quoted: "Ведомство посчитало, что … «…»".
    "поясняют|пояснило|посчитал|посчитала|посчитало|посчитали|считал|считала|считало"
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
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "two dozen": 24,
    "three dozen": 36,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "two hundred": 200,
    "three hundred": 300,
    "a thousand": 1000,
    "one thousand": 1000,
}

# Words after a number that multiply it: "11 тысяч", "400 тыс.", "2 thousand", "более двум
# десяткам" (twenty, in any case), "полутора сотен".
MULTIPLIERS = {
    "тысяч": 1000,
    "тыс.": 1000,
    "hundred": 100,
    "thousand": 1000,
    "million": 1000000,
    "млн": 1000000,
    "десят": 10,
    "сот": 100,
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
    "upwards of": "more than",
    "in excess of": "more than",
    "fewer than": "up to",
    "less than": "up to",
    "an estimated": "about",
    "estimated": "about",
    "close to": "nearly",
    "just under": "nearly",
    "just short of": "nearly",
    "slightly fewer than": "nearly",
    "slightly less than": "nearly",
    "a little under": "nearly",
    "a little less than": "nearly",
    "approaching": "nearly",  # "the number of dead is approaching 40"
    "nearing": "nearly",
    "no more than": "up to",  # not "more than" with a "no" before it
    "not more than": "up to",
    "a maximum of": "up to",
    "a minimum of": "at least",
    "upward of": "more than",
    "in the region of": "about",
    "no less than": "at least",
    "not less than": "at least",
    "at most": "up to",
    "не меньше": "at least",
    "не более": "up to",
    "не больше": "up to",
    "более чем": "more than",
    "минимум": "at least",
    "максимум": "up to",
    "более": "more than",
    "больше": "more than",
    "свыше": "more than",
    "не менее": "at least",
    "не менее чем": "at least",  # "чем" after a comparative: "не менее чем 30 мужчин"
    "не меньше чем": "at least",
    "не более чем": "up to",
    "менее чем": "up to",
    "по крайней мере": "at least",
    "по меньшей мере": "at least",
    "как минимум": "at least",
    "около": "around",
    "менее": "up to",
    "меньше": "up to",
    "почти": "nearly",
    "почти что": "nearly",
    "практически": "nearly",
    "без малого": "nearly",
    "чуть ли не": "nearly",
    "едва ли не": "nearly",
    # "чуть менее 40": just under forty, as "just under" is.
    "чуть менее": "nearly",
    "чуть меньше": "nearly",
    "немногим менее": "nearly",
    "немногим меньше": "nearly",
    "в районе": "about",  # "в районе 40 человек": in the region of forty
    "ориентировочно": "about",
    "приблизительно": "about",
    "примерно": "about",
    "порядка": "about",
    "до": "up to",
}
# Qualifiers put after the number: "the 40 or so survivors", "100 с лишним человек".
QUALIFIERS_AFTER = {
    "or so": "about",
    "or more": "at least",
    "с лишним": "more than",
    "с небольшим": "more than",
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
# Every spelling of every place above: a label that is one of them names a place, not a person.
PLACE_NAMES = frozenset(alias for aliases in PLACES.values() for alias in aliases)
# What is named after someone, after the name ("the Sheikh Mansur battalion") or ending it
# ("Akhmat Kadyrov Square"): no person. Not a foundation or a fund, a body that speaks ("Now
# Foundation said").
THINGS_NAMED = frozenset(
    {"battalion", "regiment", "brigade", "street", "square", "avenue", "mosque", "airport"}
    | {"district", "park", "stadium", "museum"}
)

ORGANISATIONS = organisations.ORGANISATIONS

OUTLETS = {
    "Novaya Gazeta",
    "Novaya Gazeta Europe",
    "Sputnik",
    "RIA Novosti",
    "Interfax",
    "NBC News",
    "Washington Blade",
    "PinkNews",
    "Meduza",
    "The Moscow Times",
    "RT",
    "TASS",
    "OC Media",
    "RFE/RL",
    "Caucasian Knot",
    "Kavkaz.Realii",
    "Current Time",
    "Dozhd",
    "HBO",
    "Associated Press",
    "Grozny TV",
    "The New York Times",
    "Reuters",
    "Euronews",
    "BBC",
    "The Guardian",
    "The Independent",
    "CNN",
    "The Washington Post",
    "Deutsche Welle",
    "AFP",
    "RBC",
    "Kommersant",
    "The Insider",
}
# Aliases of an organisation that name a person: "по словам Кадырова" is Kadyrov speaking.
PERSON_ALIASES = {"Кадыров", "Кадырова", "Kadyrov’s", "Kadyrov's"}
# Roles held by one person throughout 2017-2023, used only when the article names the holder.
ROLE_HOLDERS = {
    "глава чечни": "Рамзан Кадыров",
    "главы чечни": "Рамзан Кадыров",
    "главе чечни": "Рамзан Кадыров",
    "глава республики": "Рамзан Кадыров",
    "главы республики": "Рамзан Кадыров",
    "глава чеченской республики": "Рамзан Кадыров",
    "главы чеченской республики": "Рамзан Кадыров",
    "чеченский лидер": "Рамзан Кадыров",
    "чеченского лидера": "Рамзан Кадыров",
    "пресс-секретарь кадырова": "Альви Каримов",
    "пресс-секретарь главы чечни": "Альви Каримов",
    "пресс-секретаря главы чечни": "Альви Каримов",
    "пресс-секретаря кадырова": "Альви Каримов",
    "kadyrov’s spokesman": "Alvi Karimov",
    "kadyrov's spokesman": "Alvi Karimov",
    "chechen leader": "Ramzan Kadyrov",
    "chechnya’s leader": "Ramzan Kadyrov",
    "chechnya's leader": "Ramzan Kadyrov",
    "head of chechnya": "Ramzan Kadyrov",
    # The title the English press often gives him ("Chechnya President On Gay Execution …").
    "chechen president": "Ramzan Kadyrov",
    "chechnya president": "Ramzan Kadyrov",
    "president of chechnya": "Ramzan Kadyrov",
    # Russia's president through all of 2017-2023, the years the monitor reads.
    "russian leader": "Vladimir Putin",
    "russia's leader": "Vladimir Putin",
    "russia’s leader": "Vladimir Putin",
    "russian president": "Vladimir Putin",
    "russia's president": "Vladimir Putin",
    "russia’s president": "Vladimir Putin",
    "kremlin leader": "Vladimir Putin",
}

# A department closing a title before the name, no part of it: "Senior Director for Strategic
# Initiatives & Research Ty Cobb", "Director of Communications Jane Roe".
DEPARTMENTS = frozenset(
    {"Research", "Communications", "Programs", "Programmes", "Advocacy", "Operations"}
    | {"Strategy", "Campaigns", "Outreach"}
)
ROLE_WORDS = (
    "spokesperson|spokesman|spokeswoman|press secretary|attach[eé]|secretary|boss|head|chief|"
    "director|"
    "activist|researcher|officer|coordinator|president|leader|minister|official|professor|"
    "representative|advocate|chair|chairman|founder|deputy|friend|relative|relatives|sender|"
    "lawyer|mother|father|sister|brother|journalist|reporter|ombudsman|ombudsperson|ombudswoman|"
    "commissioner|diplomat|ambassador|envoy|expert|analyst|investigator|prosecutor|attorney|judge|"
    "rapporteur|"
    "strongman|"
    # "постпред" (a permanent representative): "Постпред США при ООН Никки Хейли".
    "пресс-секретарь|представитель|представители|постпред|глава|руководитель|активист|министр|"
    "источник|"
    "директор|юрист|адвокат|правозащитник|правозащитница|собеседник|друг|сестра|мать|"
    "уполномоченный|секретарь|омбудсмен|комиссар|журналист|журналистка|активистка|собеседница|"
    "отец|брат|судья|"
    "родственник|родственница|family|parents"
)

# What a statement is made in ("the statement said", "a letter from X", "a post saying").
_DOCUMENT_WORDS_EN = (
    "statement report letter release communique communiqué post message appeal petition "
    "document notice note press video testimony resolution declaration update"
)
DOCUMENT_NOUNS_EN = frozenset(_DOCUMENT_WORDS_EN.split())
# Where people post, never whose a post is: "a Telegram post", "on Facebook".
PLATFORMS_EN = r"Facebook|Instagram|Telegram|Twitter|X|VKontakte|VK|YouTube|TikTok|WhatsApp"

# Titles written before an English name, each with or without its full stop: a rank, office or
# calling, which is the person's role ("Sen. Marco Rubio", "Maj. Gen. Apti Alaudinov", "Imam
# Salakh Mezhiev"), and courtesy titles, which are no role ("Mr Kadyrov", "Dr. Gannushkina").
TITLES_EN = (
    # Plural before the first of two names: "U.S. Senators Ed Markey (D-Ma.) and Pat Toomey".
    "Sen|Senator|Senators|Rep|Reps|Congressman|Congresswoman|Gov|Governor|Mayor|Chancellor|Judge|"
    "Imam|Mufti|Rabbi|Pastor|"
    "Sheikh|Gen|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|Sgt|Sergeant|Adm|"
    "Admiral|Brig|Cmdr|Commander|Rev|Reverend|Bishop|Archbishop|Patriarch|Cardinal|MEP|MP|PM|Speaker|"
    "Lawmaker|Legislator|Councillor|Councilor|Activist|Blogger|Journalist|Lawyer|Ambassador|"
    "Ombudsman"
)
COURTESY_TITLES_EN = "Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Honourable|Honorable|Hon"
# Titles shortened with a full stop ("said Capt. Oleksii Petrenko"), which ends no name.
TITLE_ABBREVIATIONS_EN = "Mrs?|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Maj|Capt|Sgt|Adm|Brig|Cmdr|Rev"
# One title word, with or without its full stop.
TITLE_EN = rf"(?:{TITLES_EN}|{COURTESY_TITLES_EN})\.?"

# Words for one kind of role: "the spokesman" after "press secretary Dmitry Peskov", "омбудсмен"
# after "уполномоченный по правам человека Татьяна Москалькова" are the person named with it.
ROLE_KINDS = (
    # "представитель главы Чечни" is his spokesman; an English "representative" is not.
    r"spokesperson|spokesman|spokeswoman|press secretary|пресс-секретар\w*|спикер\w*|"
    r"представител\w*",
    # "Комиссар Совета Европы по правам человека Нилс Муйжниекс … — отметил омбудсмен".
    r"ombudsman|ombudsperson|ombudswoman|human rights commissioner|омбудсмен\w*|уполномоченн\w*|"
    r"комиссар\w*",
    r"reporter|journalist|correspondent|репортер\w*|репортёр\w*|журналист\w*|корреспондент\w*",
)

PRONOUNS = {"he", "she", "it", "they", "он", "она", "они"}
# Russian nouns that refer back to a body the article named ("в пресс-релизе организации"):
# each lemma, for a parsed word, with the stem searched for in an unparsed phrase ("сети", not
# "сет", which "сетевой" also has).
BODY_NOUNS_RU = {
    "организация": "организаци",
    "движение": "движени",
    "ведомство": "ведомств",
    "министерство": "министерств",  # "на сайте министерства" after "Министерство юстиции"
    "комитет": "комитет",
    "сеть": "сети",
    "проект": "проект",  # "Проект Памяти", "в телеграм-канале проекта"
    "ассоциация": "ассоциаци",  # "— отметили в ассоциации" after "… ассоциация журналистов"
}
# Words for an organisation's own text or for the organisation just named: "it".
ITSELF = re.compile(
    r"(?:the|its|their)\s+(?:statement|report|press release|appeal|petition|letter|"
    r"organi[sz]ation|group)(?:\s+(?:posted|published|issued|released|said)\b.*)?"
    # "the introduction to the … section of the World Report": a part of its text.
    r"|the\s+(?:introduction|summary|preface|conclusion|foreword)(?:\s+(?:to|of)\b.*)?"
    r"|(?:в\s+)?(?:заявлении|организация|организации|докладе)(?:\s+(?:говорится|сказано))?",
    re.I,
)
# A person's own text speaking for them ("as his post says"): the person, as the pronoun.
OWN_TEXT = re.compile(
    r"(his|her)\s+(?:(?:telegram|instagram|facebook|blog)\s+)?(?:post|statement|message|"
    r"letter|tweet|video|speech|address|appeal|remarks|comments|reply|response|answer|"
    r"report|article|column|testimony|account)",
    re.I,
)
POSSESSOR_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Pronouns after "according to" / "по словам": the person, not an organisation.
OBJECT_PRONOUNS = {
    "him": "he",
    "her": "she",
    "them": "they",
    "его": "он",
    "её": "она",
    "ее": "она",
    "их": "они",
}
# A page's furniture before a colon, not a speaker: "Фото: …", "Source: …", and the
# section labels some outlets set before a quotation or its context ("Quote: “…”", "Details: …").
PAGE_LABELS = frozenset(
    {
        "Фото",
        "Источник",
        "Справка",
        "Напомним",
        "Читайте",
        "Видео",
        "Автор",
        "Теги",
        "Photo",
        "Source",
        "Credit",
        "Note",
        "Update",
        "Related",
        "Read",
        "Video",
        "Author",
        "Tags",
        "Editor's",
        "Editor’s",
        "Correction",
        "Disclaimer",
        *("Quote", "Details", "Background", "Context", "Reference", "Цитата", "Подробности"),
    }
)
