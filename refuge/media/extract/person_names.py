"""What a name's spelling says: whether capitalised words name a person, and which gender; and
the words for someone unnamed ("One of the men"), with the gender they give."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.discourse import KIN_NOUNS, UNNAMED_NOUNS, with_plurals
from refuge.media.extract.english_bodies import OFFICES
from refuge.media.extract.first_names import first_name_gender, listed_first_name
from refuge.media.extract.org_aliases import org_in, org_name
from refuge.media.extract.russian import name_gender
from refuge.media.extract.speakers import Speaker

# Capitalised words opening sentences or naming bodies or places, never a person ("Black Sea").
_NOT_NAME_WORDS = (
    "The A An In On At But And However According After Before President Minister Chechen "
    "Russian Russia’s Russia's State Department Court Committee Network News Human Rights "
    "Real Sports Crisis Group Republic Federal Supreme District European Ministry Internal "
    "Affairs Press Information National Policy Prosecutor’s Prosecutor's Office Territorial "
    "Today Then When While This That He She It As If So Yet For With Speaking Writing I We "
    "They You Sea Ocean River Lake Coast Bay Gulf Mountains Street Square Avenue Island "
    # The nouns of bodies: "the Russian Federal Security Service" names no one.
    "Service Agency Bureau Council Commission Union Parliament Assembly Police Army Guard "
    "Administration Government Embassy Party "
    # "Last June, the Network helped …": a time, not "Last June" speaking.
    "Last Next Early Late Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    # "Some described being forced to name others": how many, not who.
    "Some Many Most Several Others Other Few All Both Each Every Another One Two Three None "
    "Nobody Everyone Someone Anyone "
    # People by their plight or trade opening a sentence: "Defendants Zhoomart Duulatov and …".
    "Defendants Detainees Protesters Residents Witnesses Prosecutors Investigators "
    # A headline's verbs in title case: "…, Says Mizulina" (not "Said", a first name).
    "Says Claims Warns Tells Urges Denies Insists Vows Slams Accuses Admits Confirms Reveals"
)
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# Not May or June alone, which are people's names too ("May said").
_MONTHS_ALONE = frozenset(lexicon.MONTHS_EN) - {"May", "June"}
_OF_PLACE = ("-based", "-born", "-backed", "-led", "-run", "-owned", "-funded", "-language")


# People named by what they are, in the plural, as a sentence may open: "Reporters", "Officials".
_PEOPLE_BY_KIND = re.compile(
    rf"(?i:(?:{lexicon.ROLE_WORDS}|{'|'.join(UNNAMED_NOUNS)})(?:s|es)|men|women)"
)
_REGIONS = frozenset({"Krai", "Oblast", "Okrug", "Asia", "Europe", "Africa", "America", "Caucasus"})
# "the applicant's Central Asian homeland": what is of a part of the world.
_REGIONS |= {"Asian", "European", "African", "American", "Caucasian"}
# Last words that make a name a place or a body's: the countries this coverage names with a
# word before them ("ex-Soviet Azerbaijan", "Eastern Ukraine"), and the nouns of bodies ("the
# Moscow Community Center"), which read as a first name and a surname.
_NOT_A_SURNAME = frozenset(
    {"Russia", "Ukraine", "Belarus", "Azerbaijan", "Armenia", "Kazakhstan", "Kyrgyzstan"}
    | {"Tajikistan", "Turkmenistan", "Uzbekistan", "Moldova", "Lithuania", "Latvia", "Estonia"}
    | {"Poland", "Germany", "Austria", "Turkey", "Center", "Centre"}  # not "David France"
    # Bodies of learning and care: "a student at Moscow’s prestigious HSE University".
    | {"University", "Academy", "College", "School", "Hospital", "Clinic"}
    # Peoples in the plural: "life better for LGBT+ Russians" is no one "she" may mean.
    | {"Russians", "Chechens", "Ukrainians", "Belarusians", "Georgians", "Armenians", "Kazakhs"}
    | {"Uzbeks", "Tajiks", "Turkmens", "Azerbaijanis", "Dagestanis", "Tatars", "Bashkirs"}
    | {"Circassians", "Ossetians", "Americans", "Europeans", "Muslims", "Christians"}
    # A group by its number: "the only woman among the Ingush Seven".
    | {"Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"}
    # The North Caucasus and the places its people flee to, which "she" or "he" never means:
    # "Police from Chechnya and Dagestan raided a shelter. “…,” she said."
    | {"Dagestan", "Ingushetia", "Kabardino-Balkaria", "Ossetia", "Stavropol", "Makhachkala"}
    | {"Nazran", "Nalchik", "Vladikavkaz", "Shali", "Urus-Martan", "Kurchaloi", "Novgorod"}
    | {"Petersburg", "Georgia", "Sweden", "Norway", "Finland", "Netherlands", "Belgium", "Canada"}
    # Platforms: "His English-language Instagram account", "the Chechen Telegram".
    | {"Instagram", "Facebook", "Telegram", "Twitter", "YouTube", "VKontakte", "WhatsApp"}
    # The parts of a ministry: "the Russian Interior Ministry's Main Directorate of Migration".
    | {"Directorate", "Department", "Division", "Bureau", "Headquarters"}  # not "Ellen Branch"
)


def is_person_name(name: str) -> bool:
    """Return whether capitalised words look like a person's name, not a place or a body."""
    words = name.split()
    if not words or any(w in NOT_NAMES or w.endswith(("’s", "'s", *_OF_PLACE)) for w in words):
        return False  # "St Petersburg-based", "Kremlin-backed": what is of a place or a body
    if words[-1] in _MONTHS_ALONE and (len(words) == 1 or not listed_first_name(words[0])):
        return False  # "Since February", "on Wednesday, February 13 said": a date; not "April
        # Ryan" or "Irene August"
    if "\n" in name or any(
        (len(w) > 3 and w.endswith(".")) or re.fullmatch(r"[A-Z]{2,}\.", w) for w in words[:-1]
    ):
        return False  # "Thursday.\n\nMusaeva", "spoke to the AP. One": a sentence's end
    if org_name(name) or org_in(name, outlets=True) or _PEOPLE_BY_KIND.fullmatch(name):
        return False  # a body; or "Reporters asked Peskov …": people by their kind
    # "Krasnodar Krai", "Moscow Oblast": a region by its kind; "Central Asia", "the North
    # Caucasus" ("Europe and Central Asia director"): a part of the world.
    return (
        name not in lexicon.PLACE_NAMES
        and words[-1] not in _REGIONS | _NOT_A_SURNAME
        and words[-1].lower() not in lexicon.THINGS_NAMED  # "the Sheikh Mansur Battalion"
    )


def gender_of(name: str) -> str:
    """Return "f" or "m" when a Russian surname (in either script) says it, else ""."""
    last = name.split()[-1].lower() if name.split() else ""
    if re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ova|eva|ina|yna|skaya|kaya)$", last):
        return "f"
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ov|ev|in|yn|sky|skiy|skii)$", last):
        return "m"
    return ""


def set_beside(text: str, end: int) -> str:
    """The description set beside a name that ends at ``end`` ("Diana, another friend, told …"
    gives "another friend"), or "" where a number or nothing is."""
    described = re.match(r",\s+((?:an?|another|one)\s[^,.;:\n]{1,60}),", text[end:])
    return described.group(1) if described else ""


def spelled_gender(name: str) -> str:
    """Return "m" or "f" where the name's spelling says it: a first name the lists hold, a
    Russian surname's ending, the dictionary's first name, or a first name's ending; else ""."""
    # A listed first name outweighs an ending that is Russian only by chance: "Łukasz Jasina",
    # "Carlos Medina" are men.
    first = name.split()[0] if " " in name.strip() else ""
    if listed_first_name(first):
        return first_name_gender(name)
    return gender_of(name) or name_gender(name) or first_name_gender(name)


# "One of the men", "Another gay man", "A young woman", "One survivor", "The young man CBC
# interviews", "The man" (the memory takes a definite one only where no one was named before
# it, in its paragraph or, for "The man" alone, in the article: else it is mostly that person
# again): someone unnamed.
_WITNESS_NOUNS = with_plurals([*UNNAMED_NOUNS, "relative", "gay man", "gay", "mother", "father"])
ANONYMOUS = (
    r"(?:(?:One|Another|A|An)\s+(?:of\s+(?:the|these|those|his|her|their|[A-Z][\w-]+[’']s)\s+)?"
    r"(?:[A-Za-z0-9-]+\s+){0,2}?"
    r"|The\s+(?:[a-z0-9-]+\s+){0,2}?"
    r"|One\s+of\s+them,\s+an?\s+(?:[a-z0-9-]+\s+){0,2}?)"  # "One of them, a 25-year-old man"
    rf"(?:{_WITNESS_NOUNS})"
    r"|One\s+of\s+them,\s+an?\s+\d+-year-old"  # "One of them, a 20-year-old from Argun,"
    # "The 23-year-old was released": an age alone names the one the story is about.
    rf"|(?:The|A|An)\s+\d{{1,2}}-year-old(?![\w-])(?!\s+(?:[a-z-]+\s+)?(?:{_WITNESS_NOUNS})\b)"
    r"|Another(?=\s+(?:said|told|says|tells|added|described|recalled)\b|$)"  # "Another said"
)

# The same called back: "the man", "the young woman", "the survivor".
_CALLED_BACK = re.compile(rf"the\s+(?:[a-z0-9-]+\s+){{0,2}}?(?:{_WITNESS_NOUNS})", re.I)


def unnamed_person(role: str) -> bool:
    """Whether ``role`` is the description of someone unnamed ("One of the men", "the man")."""
    # An attribution may give it in lower case: "according to one survivor"; a clause may say
    # which ("the man who is filming").
    role = re.sub(r"\s+who\s.*$", "", role)
    return bool(
        re.fullmatch(ANONYMOUS, role[:1].upper() + role[1:]) or _CALLED_BACK.fullmatch(role)
    )


def description_head(description: str) -> str:
    """The word a description names its holder by: in English the last before "of" ("the
    mother of one detained man" is a mother, not a man); in Russian the first ("Представитель
    МВД Чечни" is a representative, not Chechnya's)."""
    if re.match(r"[А-ЯЁа-яё]", description):
        return description.split()[0].lower()
    before_of = re.split(r"\s+(?:of|from|in|at|for|with|who|whose)\s+", description)[0]
    return before_of.split()[-1].lower()


def witness_gender(role: str) -> str:
    """Return "m" or "f" for an unnamed witness ("one of the men", "another woman")."""
    if re.search(r"\b(?:wo)?m[ae]n\b", role):
        return "f" if re.search(r"\bwom[ae]n\b", role) else "m"
    return ""


# "Yusuf’s nightmare began …": a first name the lists hold, owning something; not someone
# ("Yusuf’s lawyer said …, he said" is the lawyer's).
_OWNER = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][a-z]+)(?:’s|'s)\s+(?P<owned>[a-z0-9-]+(?:\s+[a-z0-9-]+){0,2})"
)
_SOMEONE_OWNED = re.compile(
    rf"(?:{lexicon.ROLE_WORDS}|{KIN_NOUNS}|{with_plurals(list(UNNAMED_NOUNS))}|{OFFICES}|"
    r"friends|neighbou?rs?|colleagues?|partner|boyfriend|girlfriend|cousins|sons|daughters|"
    r"children|doctor|teacher|employer|landlord|classmates?|roommate|flatmate|government)"
)


def first_name_owners(text: str, people: list[Speaker]) -> list[Speaker]:
    """Return the people ``text`` names only as owners by a first name the lists hold, which no
    other pattern meets ("Yusuf’s nightmare began … “…,” he told FairPlanet"), once each."""
    owners: dict[str, Speaker] = {}
    for match in _OWNER.finditer(text):
        name = match.group("name")
        if any(_SOMEONE_OWNED.fullmatch(word) for word in match.group("owned").split()):
            continue  # "Yusuf’s former lawyer", "Victoria’s government"
        if listed_first_name(name) and not any(p.name == name for p in people):
            owners.setdefault(name, Speaker(name))
    return list(owners.values())
