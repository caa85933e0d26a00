"""The lemmas the Russian parse reading of counts knows (russian_figures.py): events the
figure lists do not name, verbs that only link a count to what is said of it, outcomes and
victims, help and requests. Apart from the reading itself, which is long enough as it is.
"""

from __future__ import annotations

# Events by lemma that the figure lists do not name: "остаются пропавшими", "схвачены",
# "были уничтожены", "нейтрализованы" (of people, in reports of security operations: killed).
LEMMA_EVENTS = {
    "пропасть": "detained",
    "пропавший": "detained",
    "захватить": "detained",
    "увести": "detained",  # "увели в неизвестном направлении двоих молодых людей"
    "уничтожить": "killed",
    "ликвидировать": "killed",
    "нейтрализовать": "killed",
    "скончаться": "killed",
    # People named by having fled: "более 100 тысяч беженцев из Чечни", "160 тысяч переселенцев".
    "беженец": "left",
    "беженка": "left",
    "переселенец": "left",
    # People named by being held: "Число политзаключенных достигло почти 1000 человек".
    "политзаключенный": "detained",
    "политзаключённый": "detained",
    "заключенный": "detained",
    "заключённый": "detained",
    "узник": "detained",
}
# Verbs that link a count to what is said of it without saying what befell anyone ("находились
# в тюрьме", "стали жертвами", "составило 27", "могут быть"): the word windows read those.
# ("получили" is no link: "получили убежище" is an evacuation, "ранения" no event.)
LINKING_WORDS = (
    # "есть" is "быть" in the present ("Среди них есть двое журналистов"), its own lemma.
    "быть есть стать являться оказаться оказываться находиться оставаться остаться составить "
    "составлять насчитываться мочь достигать достигнуть достичь превысить превышать "
    "исчисляться принять принимать приютить удаться удаваться "
    "подвергнуться подвергаться добавиться добавляться "
    # An amount changing to the count: "число задержанных выросло до 60".
    "вырасти возрасти расти увеличиться увеличиваться сократиться уменьшиться снизиться"
)
LINKING = frozenset(LINKING_WORDS.split())
# Those counted named by an outcome the ledger does not count: the wounded, the released.
OUTCOMES = frozenset({"раненый", "ранить", "освободить", "отпустить"})
VICTIMS = frozenset({"жертва", "пострадать", "пострадавший"})
# Help given to those counted: "помогли выехать … людям".
HELP = frozenset({"помочь", "помогать"})
# Requests counted by those they came from.
REQUESTS = frozenset({"обращение", "заявление", "просьба", "жалоба", "запрос"})
