"""The evacuation workflow a new organisation starts with (administrators can edit it)."""

from __future__ import annotations

from typing import Any

DEFAULT_STAGES: list[dict[str, Any]] = [
    dict(
        key="hotline",
        name_en="Hotline",
        name_ru="Горячая линия",
        checklist_en="Reply to the reporter\nAgree a safe way to stay in contact",
        checklist_ru="Ответить заявителю\nДоговориться о безопасном способе связи",
    ),
    dict(
        key="assessment",
        name_en="Assessment",
        name_ru="Оценка",
        checklist_en="Assess immediate danger\nVerify identity through a trusted contact",
        checklist_ru=(
            "Оценить непосредственную опасность\nПодтвердить личность через доверенный контакт"
        ),
    ),
    dict(
        key="safety",
        name_en="Safety",
        name_ru="Безопасность",
        checklist_en="Safe place for tonight\nNew phone and SIM card",
        checklist_ru="Безопасное место на ночь\nНовый телефон и SIM-карта",
    ),
    dict(
        key="documents",
        name_en="Documents",
        name_ru="Документы",
        checklist_en="Internal passport\nInternational passport",
        checklist_ru="Внутренний паспорт\nЗаграничный паспорт",
    ),
    dict(
        key="relocation",
        name_en="Relocation inside the country",
        name_ru="Переезд внутри страны",
        checklist_en="Travel out of the region\nShelter booked",
        checklist_ru="Выезд из региона\nУбежище забронировано",
    ),
    dict(
        key="departure",
        name_en="Departure abroad",
        name_ru="Выезд за рубеж",
        checklist_en="Visa or entry permit\nTicket\nMet on arrival",
        checklist_ru="Виза или разрешение на въезд\nБилет\nВстреча по прибытии",
    ),
    dict(
        key="resettled",
        name_en="Resettled",
        name_ru="Обустроен(а)",
        checklist_en="Asylum or residence application filed\nFollow-up contact after a month",
        checklist_ru="Подано заявление на убежище или ВНЖ\nСвязь через месяц",
    ),
]


def install_default_stages(stage_model: Any) -> None:
    """Create the default stages that are missing (``stage_model`` may be historical: before
    cases migration 0004 names were in name_en/name_ru columns, since then in ``texts``)."""
    columns = {field.name for field in stage_model._meta.get_fields()}
    for position, fields in enumerate(DEFAULT_STAGES, start=1):
        if "name_en" in columns:
            defaults = {**fields, "position": position}
        else:
            defaults = {
                "position": position,
                "texts": {
                    language: {
                        "name": fields.get(f"name_{language}", ""),
                        "checklist": fields.get(f"checklist_{language}", ""),
                    }
                    for language in ("en", "ru")
                },
            }
        stage_model.objects.get_or_create(key=fields["key"], defaults=defaults)
