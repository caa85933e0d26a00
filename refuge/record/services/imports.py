"""Partner lists (CSV): every row checked first, nothing imported if any row is bad."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from django.db import transaction
from django.utils import timezone

from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.record.fuzzydates import FuzzyDate, FuzzyDateError
from refuge.record.models import (
    Act,
    ActType,
    PerpetratorUnit,
    Source,
)
from refuge.record.services.common import FORMULA_LEADS, ImportReport
from refuge.record.services.people import act_create, person_create, place_lookup

IMPORT_COLUMNS = {"name", "act_type", "date", "place"}


OPTIONAL_COLUMNS = {"sex", "age", "unit", "contacts", "notes", "confidential"}


def partner_list_import(
    *,
    actor: User,
    key: bytes,
    text: str,
    source_title: str,
    reliability_source: str = "C",
    reliability_information: str = "3",
) -> ImportReport:
    """Import a partner's list: every row is checked first; any bad row, and nothing is imported."""
    report = ImportReport()
    try:
        return _partner_list_import(
            actor=actor,
            key=key,
            text=text,
            source_title=source_title,
            reliability_source=reliability_source,
            reliability_information=reliability_information,
            report=report,
        )
    except csv.Error as exc:
        report.errors.append(f"line {report.line + 1}: not valid CSV: {exc}")
        return report


def _partner_list_import(
    *,
    actor: User,
    key: bytes,
    text: str,
    source_title: str,
    reliability_source: str,
    reliability_information: str,
    report: ImportReport,
) -> ImportReport:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in (reader.fieldnames or [])}
    missing = IMPORT_COLUMNS - columns
    # An unknown header may be a value (a file without its header row): name its position.
    unknown = [
        str(position)
        for position, column in enumerate(reader.fieldnames or [], start=1)
        if column.strip().lower() not in IMPORT_COLUMNS | OPTIONAL_COLUMNS
    ]
    if missing or unknown:
        report.errors.append(
            "line 1: "
            + "; ".join(
                ([f"missing column(s): {', '.join(sorted(missing))}"] if missing else [])
                + ([f"unknown column(s) at position {', '.join(unknown)}"] if unknown else [])
            )
        )
        return report
    types = {t.key: t for t in ActType.objects.all()}
    rows = []
    for line, raw in enumerate(reader, start=2):
        report.line = line
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        # Problems name the line and the column, never the value: they travel in Django's
        # messages cookie, which is signed but not encrypted, and a value may be a name.
        problems = [
            f"column {column}: starts like a spreadsheet formula"
            for column, value in row.items()
            if value.startswith(FORMULA_LEADS)
        ]
        if not row.get("name"):
            problems.append("column name: empty")
        act_type = types.get(row.get("act_type", ""))
        if act_type is None:
            problems.append(f"column act_type: not one of {', '.join(sorted(types))}")
        try:
            when = FuzzyDate.parse(row.get("date", ""))
        except FuzzyDateError:
            problems.append("column date: not a date (YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY)")
            when = None
        place = place_lookup(row["place"]) if row.get("place") else None
        if row.get("place") and place is None:
            problems.append("column place: not in the gazetteer")
        age = None
        if row.get("age"):
            if not row["age"].isdigit() or not 0 < int(row["age"]) < 120:
                problems.append("column age: not a number of years")
            else:
                age = int(row["age"])
        sex = {"": "x", "m": "m", "f": "f", "x": "x", "м": "m", "ж": "f"}.get(
            row.get("sex", "").lower()
        )
        if sex is None:
            problems.append("column sex: not m, f or x")
        if problems:
            report.errors += [f"line {line}: {p}" for p in problems]
            continue
        assert act_type is not None and when is not None and sex is not None  # noqa: S101
        rows.append((row, act_type, when, place, age, sex))
    if report.errors or not rows:
        if not rows and not report.errors:
            report.errors.append("the file has no rows")
        return report
    with transaction.atomic():
        source = Source.objects.create(
            kind=Source.Kind.PARTNER_LIST,
            title=source_title[:300],
            reliability_source=reliability_source,
            reliability_information=reliability_information,
            created_at=timezone.now(),
        )
        for row, act_type, when, place, age, sex in rows:
            marked = row.get("confidential", "").lower()
            confidential = marked in {"1", "yes", "y", "true", "да"}
            fields = [
                f.strip() for f in re.split(r"[;|]", marked) if f.strip() in Act.CONFIDENTIAL_FIELDS
            ]
            victim = person_create(
                key=key,
                sex=sex,
                age=age,
                confidential=confidential,
                identity={
                    "name": row["name"],
                    "contacts": row.get("contacts", ""),
                    "notes": row.get("notes", ""),
                },
            )
            unit = (
                PerpetratorUnit.objects.get_or_create(name=row["unit"][:300])[0]
                if row.get("unit")
                else None
            )
            act_create(
                actor=actor,
                key=key,
                victim=victim,
                act_type=act_type,
                when=when,
                place=place,
                sources=[source],
                unit=unit,
                confidential=confidential,
                confidential_fields=fields,
            )
            report.imported += 1
        audit_record(
            actor=actor,
            action="record.list_imported",
            target=source,
            details={"rows": report.imported},
        )
    return report


def csv_cell(value: Any) -> str:
    """Return a cell that a spreadsheet will show, never run: formula leads get a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_LEADS) else text
