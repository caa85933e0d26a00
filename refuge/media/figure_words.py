"""Words for what a figure counts: the nouns counted, the events they underwent, and the words
that say a number counts no people.

Kept apart from the speech and name lists of ``lexicon.py``: these are read only by the figure
extraction (refuge/media/extract/events.py and figures.py).
"""

from __future__ import annotations

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
    "appeals": "requests",  # "received more than 10 appeals from Chechen men"
    "men and women": "people",
    "members": "people",
    "relatives": "relatives",
    "family members": "relatives",
    "people related": "relatives",
    "complaints": "complaints",
    "applications": "messages",
    "chechens": "people",
    "survivors": "people",
    "lesbians": "women",
    "refugees": "people",
    "gays": "people",
    "cousins": "relatives",
    # Men named by kinship or age: "abducted two Chechen brothers", "two young men".
    "brothers": "men",
    "sons": "men",
    "sisters": "women",
    "daughters": "women",
    # People named by their trade or plight are people: "two television reporters, a waiter
    # and numerous other men have been reported missing", "visas to two Chechen fugitives".
    "reporters": "people",
    "journalists": "people",
    "presenters": "people",
    "fugitives": "people",
    "young men": "men",
    # Men by a trade whose word says so: "killed two policemen", "four gunmen".
    "policemen": "men",
    "gunmen": "men",
    "servicemen": "men",
    "policewomen": "women",
    "мужчин": "men",
    "мужчины": "men",
    "человек": "people",
    "людей": "people",
    "сообщений": "messages",
    "обращений": "requests",  # an appeal, as "appeals" above; every annotator reads it so
    "звонков": "calls",
}

# Event verbs, normalised to what was counted.
EVENTS = {
    "detained": "detained",
    "detention": "detained",
    "detentions": "detained",
    "detainment": "detained",
    "detainments": "detained",
    "arrested": "detained",
    "arrest": "detained",
    "arrests": "detained",
    "held": "detained",
    # "have been kept in secret prisons", "have been put in one cell": held there.
    "kept in": "detained",
    "put in": "detained",
    "rounded up": "detained",
    "rounded-up": "detained",
    "rounded": "detained",
    "rounding": "detained",
    "abducted": "detained",
    # Enforced disappearance: "nine of his relatives disappeared", "went missing".
    "disappeared": "detained",
    "disappearance": "detained",
    "disappearances": "detained",
    "missing": "detained",
    "killed": "killed",
    "killing": "killed",
    # "two officers suffered deadly wounds", "were fatally wounded": died of them.
    "deadly wounds": "killed",
    "fatal wounds": "killed",
    "mortal wounds": "killed",
    "fatally wounded": "killed",
    "fatally wounding": "killed",  # "A gunman fired …, fatally injuring four women"
    "fatally injured": "killed",
    "fatally injuring": "killed",
    "mortally wounded": "killed",
    "died": "killed",
    "dead": "killed",
    "murdered": "killed",
    "slain": "killed",
    "executed": "killed",
    "execution": "killed",
    "executions": "killed",
    "deaths": "killed",
    "murders": "killed",
    "kidnapped": "detained",
    "jailed": "detained",
    "imprisoned": "detained",
    "detain": "detained",
    "evacuate": "evacuated",
    "escape": "left",
    "fleeing": "left",
    "leave": "left",
    "dying": "killed",
    "refuge": "left",  # "have taken refuge in other areas"
    # Hiding from persecution is having fled it; asylum and shelters are where an evacuation
    # ends ("found sanctuary outside of Russia", "place 22 men in safe houses").
    "hiding": "left",
    "hide": "left",
    "brought in": "evacuated",  # "Canada has quietly brought in 22 people"
    "asylum": "evacuated",
    # Asking for asylum is asking for help; the evacuation is its granting ("given asylum").
    "requested asylum": "asked for help",
    "sanctuary": "evacuated",
    "shelter": "evacuated",
    "shelters": "evacuated",
    "safe house": "evacuated",
    "safe houses": "evacuated",
    "tortured": "tortured",
    # Beatings and ill-treatment suffered count with torture, as "подверглись избиениям" does;
    # a plain "were beaten" stays no count, as "были избиты" does (docs/media-rules.md).
    "beatings": "tortured",
    "ill-treatment": "tortured",
    "mistreatment": "tortured",
    "abusive treatment": "tortured",
    "evacuated": "evacuated",
    "evacuation": "evacuated",
    "evacuees": "evacuated",  # "a plane carrying 12 evacuees", as "эвакуированных"
    "relocated": "evacuated",
    "rescued": "evacuated",
    "passage": "evacuated",  # "the safe passage of 31 refugees to Canada"
    "helped": "evacuated",
    "fled": "left",
    "flee": "left",
    "left": "left",
    "escaped": "left",
    "abroad": "left",
    "contacted": "asked for help",
    "asking for": "asked for help",  # "messages from 100 people asking for help to leave"
    "received": "received",
    "imprison": "detained",
    "kidnap": "detained",
    "abduct": "detained",
    "abduction": "detained",
    "kidnapping": "detained",
    "jail": "detained",
    "kill": "killed",
    "murder": "killed",
    "execute": "killed",
    "die": "killed",
    "torture": "tortured",
    "relocate": "evacuated",
    "rescue": "evacuated",
    "save": "evacuated",
    "apprehend": "detained",
    "custody": "detained",
    "behind bars": "detained",  # "At least 1,100 people are still behind bars"
    "roundup": "detained",  # "The roundup has swept up men …, including two presenters"
    "swept up": "detained",
    "seize": "detained",  # "two young gay men … who were seized in Nizhny Novgorod"
    "capture": "detained",
    "caught": "detained",  # "four young women … were caught, in the basement of …"
    "catch": "detained",
    # Arriving in, or being taken in or granted refuge by, another country ends an evacuation:
    # "Nine more are expected to arrive in Canada", "Lithuania has taken in two of them".
    "arrive": "evacuated",
    "accept": "evacuated",
    "taken in": "evacuated",
    "took in": "evacuated",
    "take in": "evacuated",
    "granted refuge": "evacuated",
    "visas": "evacuated",  # "granted visas to two Chechen fugitives"
    "safe travel": "evacuated",  # "negotiated safe travel for 35 people"
    "move": "evacuated",  # "moved 40 gay men to Canada", like "relocated"
    # Security reports' words for killing ("Four militants eliminated"). The bodies of the dead
    # ("The bodies of five men") are read before the count (figure_tail.victims): "two
    # international bodies" are organisations.
    "eliminate": "killed",
    "eliminated": "killed",
    "neutralize": "killed",
    "neutralized": "killed",
    "neutralise": "killed",
    "neutralised": "killed",
    "gunned": "killed",  # "two officers were gunned down"
    # The missing ("12 men remain unaccounted for", "the whereabouts of five men"), people
    # taken ("were taken away"), and flown out ("airlifted out of the region").
    "unaccounted": "detained",
    "whereabouts": "detained",
    "taken away": "detained",
    "resettle": "evacuated",  # "40 of them have been resettled abroad", like "relocated"
    "airlift": "evacuated",
    "airlifted": "evacuated",
    # "одного из прихожан террористы смертельно ранили" (russian_verb_events.py reads the
    # parse; these the words after "один").
    "смертельно ранили": "killed",
    "смертельно ранен": "killed",
    "смертельно ранены": "killed",
    "задержаны": "detained",
    "задержано": "detained",
    "задержали": "detained",
    "убиты": "killed",
    "погибли": "killed",
    "умерли": "killed",
    "эвакуированы": "evacuated",
    "получили": "received",
}

# Russian words counted, by stem (the ending varies with case and number).
COUNTED_STEMS_RU = (
    ("мужчин и женщин", "people"),
    ("человек", "people"),
    ("люд", "people"),  # людей, люди, людям, людьми
    ("жител", "people"),
    ("мужчин", "men"),
    ("парн", "men"),  # "двух парней", like "brothers" and "young men"
    ("парен", "men"),
    ("юнош", "men"),
    (r"молод\w* ребят(?!\w)", "men"),  # "восемь молодых ребят", not "ребятишек"
    ("брат", "men"),
    ("сынов", "men"),  # "троих сыновей", like "brothers"
    ("женщин", "women"),
    ("девуш", "women"),  # девушки, девушек
    ("гее", "people"),
    ("геи", "people"),
    ("гея", "people"),
    ("гомосексуал", "people"),
    ("родственник", "relatives"),
    ("членов сем", "relatives"),  # "не менее 15 членов семей"
    ("родных", "relatives"),  # "пятерых родных блогера"
    ("сестер", "women"),
    ("сестёр", "women"),
    ("дочер", "women"),
    ("заявок", "requests"),  # "порядка 60 заявок на эвакуацию"
    ("заявк", "requests"),
    ("просьб", "requests"),  # "больше 40 просьб о помощи"
    ("запрос", "requests"),  # "около 1200 запросов о юридической помощи"
    ("сообщени", "messages"),
    ("обращени", "requests"),
    ("жалоб", "complaints"),
    # "3,5 тысяч заявлений с просьбой помочь": requests, however the noun goes on.
    (r"заявлени\w* с просьб", "requests"),
    # "поступило более 15 заявлений о противоправной деятельности": complaints to the police
    # (a body's statements count nothing: no event befalls them).
    ("заявлени", "complaints"),
    ("звонк", "calls"),  # "поступило 500 звонков", as "calls received"
    ("представител", "people"),  # "более ста представителей ЛГБТ-сообщества"
    ("уроженц", "people"),
    ("чеченц", "people"),  # "о двух чеченцах", like English "Chechens"
    ("выходц", "people"),
    ("заявител", "people"),
    ("пострадавш", "people"),
)
# Russian event words by lemma (pymorphy2), so that every form is found: "смертях" is смерть,
# "обращаются" обращаться. Lemmas under "" are no event even where a stem below matches
# ("пытались покинуть" is trying to leave, not torture).
EVENT_LEMMAS_RU = {
    "detained": "задержать|задерживать|задержание|арестовать|арест|похитить|похищение|схватить|"
    "содержаться|удерживать|удерживаться|удержать|удержание|увезти|"
    # Armenian police's word: "подвергнуты приводу 277 участников" were brought in.
    "привод|"
    # "В Аргуне держали 30 мужчин", as "held".
    "держать|"
    # The missing: "сгинувшими считаются 2600 человек", "местонахождение 500 жителей не
    # установлено" (like English "whereabouts").
    "сгинуть|сгинувший|местонахождение|пропавший|пропасть",
    # "девять трупов боевиков"; security reports' words for killing, as verbs and nouns ("об
    # уничтожении шести боевиков", "двоих из четверых ликвидированных"), and the bodies of the
    # dead ("тела трех мужчин").
    "killed": "смерть|гибель|убийство|убитый|казнь|застрелить|труп|уничтожить|уничтожение|"
    "ликвидировать|ликвидация|нейтрализовать|нейтрализация|тело",
    # Hiding from persecution is having fled it ("в России около 40 чеченцев все ещё скрываются").
    "left": "переехать|перебраться|бегство|скрываться|прятаться",
    # Asylum, shelters and visas are where evacuations end ("31 из них получил убежище в
    # Канаде", "выдала визы пятерым геям").
    # Arriving where refuge is ("помогла 35 геям прибыть в Канаду"), as English "arrive".
    "evacuated": "переправить|убежище|виза|прибыть|прибывать",
    "asked for help": "обращаться|обратиться",
    "": "пытаться|смертельный",
}
# Words that make the event after them not (yet) happen: "хотят покинуть", "looking to escape".
INTENTIONS_RU = (
    "хотеть|собираться|планировать|намереваться|пытаться|мечтать|готовый|готовиться|ждать|"
    "ожидать|желать|стремиться"
)
# Those who did it, in English: their arrest or their being at large is no victim's.
PERPETRATORS_EN = (
    r"killers?|gunm[ae]n|attackers?|perpetrators?|suspects?|militants?|assailants?|kidnappers?"
)
# "urged their families to kill them": the infinitive is what someone else was urged to do.
URGING_EN = "urged|urge|urges|urging|encouraged|encourage|encourages|told|ordered|pressured"
INTENTIONS_EN = (
    "want|wants|wanted|wanting|plan|plans|planned|planning|intend|intends|intending|hope|hopes|"
    "hoping|try|tries|trying|tried|looking|seeking|seek|waiting|wait|like|preparing|ready|"
    "attempting|attempt|attempted"
)
EVENT_STEMS_RU = (
    ("задерж", "detained"),
    ("арестова", "detained"),
    ("похищ", "detained"),
    ("похит", "detained"),
    ("пойма", "detained"),
    ("исчез", "detained"),  # исчезли, исчезновение
    ("пропал", "detained"),  # пропали без вести
    ("пропаж", "detained"),
    ("тюрьм", "detained"),
    ("убит", "killed"),
    ("убий", "killed"),
    ("убил", "killed"),
    ("убива", "killed"),
    ("казн", "killed"),
    ("расстрел", "killed"),
    ("погиб", "killed"),
    ("умер", "killed"),
    ("мертв", "killed"),
    ("скончал", "killed"),
    ("пытк", "tortured"),
    ("пытал", "tortured"),
    ("избиени", "tortured"),  # "подверглись избиениям": beatings are ill-treatment
    ("эвакуир", "evacuated"),
    ("эвакуац", "evacuated"),
    ("вывез", "evacuated"),
    ("спасен", "evacuated"),
    ("спасл", "evacuated"),
    ("спаст", "evacuated"),  # "удалось спасти двоих парней"
    ("переселен", "evacuated"),  # "13 человек были переселены в безопасные регионы"
    ("переселил", "evacuated"),
    ("покину", "left"),
    ("уех", "left"),
    ("выех", "left"),
    ("вылетел", "left"),  # "почти 6 тыс. россиян вылетели из Казахстана"
    ("бежа", "left"),
    ("сбежа", "left"),
    ("эмигрир", "left"),
    ("границ", "left"),
    ("обратил", "asked for help"),
    ("получил", "received"),  # получил, получила, получили
    ("получен", "received"),  # получено, получены
)
# Nouns that name people by their custody: with no other event in the clause, counting them
# counts detentions ("he saw at least 30 prisoners", "в камере было 12 заключённых").
HELD_NOUNS = frozenset(
    {
        "prisoners",
        "detainees",
        "inmates",
        "hostages",
        "captives",
        "заключенных",
        "заключённых",
        "политзаключенных",  # "Количество политзаключенных … составило 970 человек"
        "политзаключённых",
        "узников",
        "пленных",
        "заложников",
    }
)
# Words after a number that say it is not a count of people.
NOT_COUNTS = (
    "days|day|weeks|months|years|year|hours|minutes|percent|euros|dollars|rubles|times|"
    "kilometers|kilometres|km|miles|countries|visa|visas|cases|"
    # Places and things an event happens in or to, not people: "the detentions took place in
    # two regions". Russian nouns are told by their animacy (not_counts.py), English by this list.
    "regions|districts|villages|towns|cities|provinces|republics|places|locations|sites|"
    "buildings|prisons|facilities|cells|cars|phones|photos|photographs|videos|articles|reports|"
    "pages|letters|channels|vehicles|trucks|buses|houses|homes|weapons|rifles|guns|grenades|"
    "bombs|families|households|wounds|injuries|"  # "eight stab wounds"
    "departments|stations|offices|branches|"  # "from 15 police departments that the detained …"
    "дней|дня|день|недель|недели|месяцев|месяца|лет|года|год|часов|процентов|процента|евро|"
    "долларов|рублей|руб|долл|раза|раз|числа|число|километров|км|стран|статей|статьи|"
    # Cases are events, not people: "не менее двух случаев задержания".
    "случа[а-яё]*"
)
# Words before a number that make it a rate, not a count: "из ежегодно исчезающих 1 700 человек",
# "каждый день обращаются четыре-пять человек"; or unreal, a counterfactual that did not happen:
# "Если бы задержали одного человека, не то что 40, об этом было бы известно".
RATE_BEFORE = (
    r"ежегодно|ежедневно|еженедельно|ежемесячно|annually|yearly|"
    r"(?:every|each|per)\s+(?:year|day|week|month)|"
    r"(?<!\w)(?:каждый\s+(?:день|год|месяц)|каждую\s+неделю|каждые\s+сутки)|"
    r"(?<!\w)если\s+бы?"
)
# Nouns before "about" that make it a preposition ("a report … about 27 individuals"); after
# a verb ("reported about 40") it stays ambiguous and is read as a qualifier.
ABOUT_TOPIC_EN = (
    "report|reports|story|stories|article|articles|information|news|data|claims|allegations|"
    "statement|list|lists|question|questions|details|testimony|evidence|film|book|documentary"
)
# People named one at a time by their trade or plight: English "one" counts one of them when
# its own verb names an event ("One policeman has been killed", "one local resident was
# detained"); "one" before any other noun stays no count ("one day", "one report").
ONE_PERSON_EN = (
    "policeman|policewoman|police officer|officer|serviceman|soldier|guard|civilian|resident|"
    "local|detainee|prisoner|inmate|suspect|militant|fighter|rebel|insurgent|journalist|"
    "reporter|activist|lawyer|teenager|boy|girl|child|student|brother|son|relative|victim|"
    "individual|passer-by|bystander|villager|member"
)
