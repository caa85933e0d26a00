"""Russian clauses that count people without an event word: custody, and amounts.

"Всего в ОМВД оказалось 15 человек" and "сидели от 15 до 30 человек в одной камере" name no
verb of detention, but a place of custody that those counted are in; "Общее количество
людей, которые выехали из России, составляет 30 человек" puts the event in the subject of an
amount verb, clauses before the number.
"""

from __future__ import annotations

import re

# A police station, remand centre, cell or cellar, after "в" and at most two words ("в одной
# камере", "в ОМВД РФ"); "на камеру" (on camera) is no custody.
CUSTODY_RU = re.compile(
    r"(?<!\w)во?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:камер[аеуы]?|омвд|ровд|овд|умвд|гувд|сизо|ивс|изолятор\w*|подвал\w*|"
    r"отдел\w*\s+полиции|отделени\w+\s+полиции)(?!\w)",
    re.I,
)
# Verbs that give an amount ("составляет", "достигло", "превысило", "насчитывается").
AMOUNT_RU = re.compile(
    r"(?<!\w)(?:составля\w*|составил\w*|достиг\w*|превыси\w*|насчитыва\w*)\s*$", re.I
)


def in_custody(clause: str) -> bool:
    """Return whether a Russian clause places those it counts in custody."""
    return bool(CUSTODY_RU.search(clause))


def amount_subject(clauses: list[str]) -> str | None:
    """Return the clauses before an amount verb that closes ``clauses``, else None."""
    if len(clauses) < 2 or not AMOUNT_RU.search(clauses[-1]):
        return None
    return " ".join(clauses)
