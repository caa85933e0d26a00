"""The gazetteer and act vocabulary a new organisation starts with."""

from __future__ import annotations

from typing import Any

from refuge.record.gazetteer import place_key

ACT_TYPES = [
    ("detention", "Detention", "Задержание"),
    ("torture", "Torture or ill-treatment", "Пытки или жестокое обращение"),
    ("killing", "Killing", "Убийство"),
    ("disappearance", "Enforced disappearance", "Насильственное исчезновение"),
    ("threat", "Threat", "Угроза"),
    ("forced_outing", "Forced outing", "Принудительный аутинг"),
    ("extortion", "Extortion", "Вымогательство"),
    ("confiscation_of_documents", "Confiscation of documents", "Изъятие документов"),
]

# (key, English, Russian, kind, parent key, other spellings)
PLACES = [
    ("russia", "Russia", "Россия", "country", None, "Russian Federation\nРоссийская Федерация"),
    (
        "chechnya",
        "Chechnya",
        "Чечня",
        "republic",
        "russia",
        "Chechen Republic\nЧеченская Республика\nChechnia",
    ),
    ("ingushetia", "Ingushetia", "Ингушетия", "republic", "russia", ""),
    ("dagestan", "Dagestan", "Дагестан", "republic", "russia", "Daghestan"),
    ("moscow", "Moscow", "Москва", "town", "russia", "Moskva"),
    ("grozny", "Grozny", "Грозный", "town", "chechnya", "Groznyy\nSolzha-Gala"),
    ("argun", "Argun", "Аргун", "town", "chechnya", ""),
    ("gudermes", "Gudermes", "Гудермес", "town", "chechnya", ""),
    (
        "vedeno_district",
        "Vedeno district",
        "Веденский район",
        "district",
        "chechnya",
        "Vedensky district",
    ),
    ("vedeno", "Vedeno", "Ведено", "town", "vedeno_district", ""),
    ("shali", "Shali", "Шали", "town", "chechnya", ""),
    ("urus_martan", "Urus-Martan", "Урус-Мартан", "town", "chechnya", ""),
]


def install_defaults(act_type_model: Any, place_model: Any) -> None:
    for key, english, russian in ACT_TYPES:
        act_type_model.objects.get_or_create(
            key=key, defaults={"label_en": english, "label_ru": russian}
        )
    made: dict[str, Any] = {}
    for key, english, russian, kind, parent, aliases in PLACES:
        place, _ = place_model.objects.get_or_create(
            key=place_key(english),
            defaults={
                "name_en": english,
                "name_ru": russian,
                "kind": kind,
                "parent": made.get(parent) if parent else None,
                "aliases": aliases,
            },
        )
        made[key] = place
