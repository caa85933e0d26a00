"""First names whose gender the lists hold (moved out of discourse.py, which had reached the
600-line limit, when the lists grew beyond the accounts' names)."""

from __future__ import annotations

# First names ending in -a that are men's, and women's that do not end in -a.
# Russian men's names and their short forms that end like women's ("Vanya", "Misha").
_RUSSIAN_MEN_IN_A = {
    "vanya", "misha", "kolya", "petya", "dima", "lyosha", "alyosha", "seryozha", "vitya",
    "grisha", "pasha", "vova", "yura", "kostya", "fedya", "borya", "yasha", "tolya", "slava",
    "danya", "lyova", "styopa",
}  # fmt: skip
_MEN_IN_A = {
    "nikita", "ilya", "musa", "isa", "luka", "foma", "kuzma", "mustafa", "yahya", "lasha",
    *_RUSSIAN_MEN_IN_A,
}  # fmt: skip
_WOMEN = {
    "marie", "anne", "ann", "alice", "rachel", "sarah", "ruth", "kate", "catherine", "jane",
    "elizabeth", "margaret", "ellen", "helen", "karen", "susan", "lynn", "esther", "agnes",
    "kheda", "liubov", "lyubov", "nadezhda", "raisat", "zarema", "khalimat", "halimat",
    "aishat", "patimat", "aminat",
    # Women's names of the accounts that the ending alone would guess, listed to be sure.
    "amina", "madina", "leyla", "leila", "zalina", "malika", "milana", "aina", "khava", "luiza",
    "zaira", "zarina", "petimat", "markha", "aset", "elina", "liana", "fatima", "eliza", "taisa",
    "khadizhat", "laila", "makka", "heda", "zaina", "yakha", "louisa", "zulikhan",
    # Russian women's names and short forms in English spelling.
    "anna", "anya", "masha", "maria", "natasha", "natalia", "natalya", "olga", "elena", "yelena",
    "lena", "katya", "ekaterina", "yekaterina", "yulia", "julia", "tanya", "tatyana", "tatiana",
    "svetlana", "sveta", "irina", "ira", "marina", "nina", "galina", "lyudmila", "larisa",
    "oksana", "vera", "dasha", "darya", "daria", "nastya", "anastasia", "polina", "alina",
    "ksenia", "kseniya", "valentina", "elya", "ella",
    # Common women's names of the officials, diplomats and writers the news quotes, most of
    # which no ending tells ("Irene Sokolow … “…,” she said").
    "irene", "michelle", "nicole", "caroline", "charlotte", "claire", "emily", "hannah",
    "heather", "hillary", "jennifer", "jessica", "joan", "judith", "kathleen", "katherine",
    "kathryn", "lucy", "madeleine", "megan", "melanie", "mary", "nancy", "sophie", "stephanie",
    "suzanne", "tracy", "yvonne", "ingrid", "annette", "brigitte", "isabelle", "ursula", "sally",
    "jacqueline", "alison", "allison", "amy", "carol", "christine", "deborah", "denise", "diane",
    "dorothy", "eileen", "elaine", "eleanor", "elisabeth", "evelyn", "janet", "joanne", "julie",
    "louise", "maureen", "miriam", "naomi", "pauline", "sharon", "valerie", "wendy", "zoe",
    "nadine", "mariam", "maryam", "liz", "sue", "beth", "emma", "laura", "lisa", "sandra",
    "barbara", "patricia", "angela", "rebecca", "victoria", "vanessa", "kristina", "karina",
    "zhanna", "elmira", "gulnara", "dunja", "marta", "beatrice", "tamar", "nino", "ketevan",
    "salome", "aigerim", "nargiz", "sevinj",
    # Central Asian and Caucasian women's names the stories give people alone ("Anara waited
    # … “…,” she says"), which a single capitalised word is not taken for otherwise.
    "anara", "aida", "aigul", "dinara", "aliya", "asel", "zhanar", "aizhan", "saule", "gulnaz",
    "nigora", "dilnoza", "shakhnoza", "gulshan", "nargiza", "feruza", "kamila", "lola", "nodira",
    "zukhra", "aisulu", "cholpon", "bermet", "nazgul", "aijan", "ainura", "altynai", "jyldyz",
    "gulnora", "mukhabbat", "umida", "zamira", "diana", "sabina", "lamara", "asiyat", "zainab",
}  # fmt: skip
# Men's first names common in the news the monitor reads (English, Russian and Chechen in
# English spelling): no ending tells them ("Rex", "Igor" end like "Heather").
_MEN = {
    "aaron", "adam", "akhmad", "alan", "albert", "alexander", "alexei", "alexey", "alvi",
    "andrew", "andrei", "andrey", "anthony", "anton", "apti", "arthur", "aslan", "boris", "brian",
    "charles", "chris", "christopher", "daniel", "david", "denis", "dennis", "dmitry", "dmitri",
    "donald", "edward", "eric", "evgeny", "frank", "gary", "george", "gregory", "harold", "henry",
    "hugh", "ibragim", "igor", "ilya", "ismail", "ivan", "jack", "james", "jason", "jeffrey",
    "jerry", "joe", "john", "jonathan", "joseph", "kenneth", "kevin", "khalid", "lawrence",
    "magomed", "marc", "marco", "mark", "martin", "matthew", "maxim", "michael", "mikhail",
    "mike", "movsar", "nicholas", "nikolai", "oleg", "patrick", "paul", "peter", "philip",
    "ramzan", "raymond", "rex", "richard", "robert", "ronald", "ruslan", "salekh", "samuel",
    "scott", "sean", "sergei", "sergey", "stephen", "steven", "thomas", "timothy", "tom", "umar",
    "vladimir", "walter", "william", "wolfgang", "yuri", "zelimkhan",
    # Chechen and Caucasian men's names of the accounts ("Islam" and "Said" are words too).
    "ilyas", "zelim", "khamzat", "anzor", "adlan", "bislan", "khasan", "rustam", "timur",
    "shamil", "murad", "ibrahim", "akhmed", "ahmed", "usman", "yusup", "idris", "amir", "arbi",
    "beslan", "dzhokhar", "oyub", "ayub", "zaur", "mansur", "abdul", "vakha", "lecha",
    "bilal", "ali", "imran", "rizvan", "ramazan", "rasul", "rashid", "suleiman", "sulim",
    "tamerlan", "turpal", "khusein", "hussein", "kazbek", "akhmat", "eldar", "salman", "sultan",
    "yunus", "yakub", "daud", "aslanbek", "artur", "amin", "abubakar", "zubair", "emir",
    # Russian men's names in English spelling.
    "artem", "artyom", "pavel", "roman", "kirill", "yevgeny", "anatoly", "nikolay", "vyacheslav",
    "konstantin", "stanislav", "vitaly", "valery", "gennady", "grigory", "fyodor", "stepan",
    "yaroslav", "egor", "yegor", "gleb", "semyon", "vadim", "vasily", "viktor", "leonid",
    "arkady", "alexandr", "aleksandr", "aleksei", "aleksey", "valentin", "eduard",
    # Common men's names of the officials, diplomats and writers the news quotes.
    "adrian", "benjamin", "bernard", "bruce", "carl", "craig", "dean", "derek", "douglas",
    "edwin", "emmanuel", "frederick", "gordon", "graham", "hans", "harry", "ian", "jacob",
    "jeremy", "jim", "jonas", "joshua", "juan", "justin", "keith", "kurt", "larry", "luke",
    "marcus", "michel", "nathan", "neil", "nick", "niels", "nils", "olaf", "oliver", "owen",
    "pierre", "ralph", "roger", "rudolf", "russell", "ryan", "simon", "stefan", "stuart", "ted",
    "tim", "todd", "tony", "victor", "vincent", "wayne", "ben", "bill", "bob", "dan", "dominic",
    "emil", "erik", "felix", "fred", "jens", "joachim", "klaus", "lars", "lukas", "manfred",
    "mario", "mohammed", "muhammad", "heinrich", "horst", "ralf", "steffen", "uwe", "volker",
    "werner", "guðni", "gudni",
    # Polish, Spanish, Georgian, Azerbaijani, Central Asian and Belarusian men's names, some
    # with surnames that end like Russian women's ("Łukasz Jasina", "Carlos Medina").
    "łukasz", "lukasz", "jan", "piotr", "tomasz", "krzysztof", "andrzej", "marek", "paweł",
    "jakub", "carlos", "jose", "josé", "luis", "miguel", "antonio", "giorgi", "levan", "irakli",
    "zurab", "davit", "ilgar", "anar", "elchin", "tofig", "emin", "bakhrom", "dilshod",
    "farrukh", "alisher", "nurlan", "yerlan", "kairat", "askar", "daniyar", "bakhtiyar", "ales",
    "aliaksandr", "siarhei", "mikola",
    # Central Asian, Tatar and Caucasian men's names the stories give people alone ("Yusuf’s
    # nightmare began … “…,” he told FairPlanet").
    "yusuf", "aziz", "farid", "azamat", "erlan", "nurbek", "almaz", "marat", "rinat", "ildar",
    "aydar", "kamil", "arsen", "arslan", "murat", "azat", "ravshan", "karim", "tahir", "umid",
    "farkhod", "davron", "zafar", "akmal", "anvar", "ulan", "kanat", "aibek", "arman", "dauren",
    "bekzod", "sardor", "jamshid", "sherzod", "ulugbek", "rustem", "ruslanbek", "khalil",
    # French men's names (France 24, SOS Homophobie, the French authorities).
    "joël", "joel", "jean", "françois", "francois", "jacques", "philippe", "olivier", "nicolas",
    "laurent", "thierry", "julien", "sébastien", "sebastien", "benoît", "benoit", "guillaume",
    *_RUSSIAN_MEN_IN_A,
}  # fmt: skip


def listed_first_name(word: str) -> bool:
    """Whether one word is a first name the lists hold ("Ruslan"), not one guessed by ending."""
    return word.lower() in _MEN or word.lower() in _WOMEN


def first_name_gender(name: str) -> str:
    """Return "f" or "m" for a first name that says it, else ""."""
    words = name.split()
    # One word alone may be a surname ("Martin"): only the lists say it is a first name.
    first = words[0].lower() if len(words) > 1 or listed_first_name(name) else ""
    if first in _WOMEN:
        return "f"
    if first in _MEN:
        return "m"
    if first.endswith(("a", "ya", "ia")) and first not in _MEN_IN_A and len(first) > 2:
        return "f"
    # No guess for men by the ending: "Heather", "Ellen", "Karen" end like "Igor" and "Kenneth".
    return ""
