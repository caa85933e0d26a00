"""Triage proposed from what the reporter said; the coordinator confirms it.

When a case is opened from a report, the report is already decrypted in memory for the person
opening it. From it we propose an urgency (from "Are you safe now?"), a region (a place in the
"where" answer found in the record's gazetteer, through ``hooks.region_from_text``) and risks
(words such as "took my phone" / "отобрали телефон"). Nothing is decided here: the proposal
fills the form on the "open a case" page, and only what the coordinator submits is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from refuge.cases.hooks import region_from_text
from refuge.cases.models import REGIONS, RISK_FLAGS, Case, Urgency
from refuge.cases.services import OpenedCase, decrypt_text
from refuge.intake.answers import Danger, relationship_label
from refuge.intake.selectors import ReportView

URGENCY_FROM_DANGER = {
    Danger.IN_DANGER: Urgency.IMMEDIATE,
    Danger.UNSURE: Urgency.HIGH,
    Danger.SAFE: Urgency.NORMAL,
}

# A taking verb near the thing taken, in either order, in English and Russian.
_TAKEN_EN = r"(?:took|taken|take|seized|confiscated|grabbed|removed|snatched)"
_TAKEN_RU = r"(?:отобра|отня|забра|изъя|конфиско|выхвати|отбира|забира)\w*"


def _taken(thing_en: str, thing_ru: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_TAKEN_EN}\W+(?:\w+\W+){{0,4}}?{thing_en}|{thing_en}\w*\W+(?:\w+\W+){{0,3}}?{_TAKEN_EN}"
        rf"|{_TAKEN_RU}\W+(?:\w+\W+){{0,4}}?{thing_ru}|{thing_ru}\w*\W+(?:\w+\W+){{0,3}}?"
        rf"{_TAKEN_RU}",
        re.IGNORECASE,
    )


RISK_PATTERNS: dict[str, re.Pattern[str]] = {
    "phone_seized": _taken(r"(?:phone|mobile|smartphone)", r"(?:телефон|мобильн|смартфон)"),
    "documents_taken": _taken(r"(?:passport|documents?|papers|ID)", r"(?:паспорт|документ)"),
    "detained": re.compile(
        r"\b(?:detain|arrest|abduct|kidnap|held (?:me|him|her|them)|in custody)\w*"
        r"|\b(?:задерж|арестова|похити|похищ|удержива|забрали в отдел)\w*"
        r"|\b(?:меня|его|её|ее|нас|их|долго)\s+(?:\w+\s+)?держали\b",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        r"\b(?:beat|beaten|injur|wound|hurt|tortur|hospital|bleed)\w*"
        r"|\b(?:избил|избит|били\b|бьют|ранен|травм|пытал|пытк|больниц|кровь)\w*",
        re.IGNORECASE,
    ),
    "outed": re.compile(
        r"\b(?:outed|outing|exposed me|told my (?:family|parents|relatives))\w*"
        r"|\b(?:аутинг|рассказали (?:семье|родным|родственникам)|узнали родственники)\w*",
        re.IGNORECASE,
    ),
    "family_threat": re.compile(
        r"\b(?:my )?(?:family|relatives|father|brother|uncle|husband)\W+(?:\w+\W+){0,3}?"
        r"(?:threaten|wants? to kill|will kill|beat)\w*"
        r"|\b(?:семья|родственники|родные|отец|брат|дядя|муж)\W+(?:\w+\W+){0,3}?"
        r"(?:угрожа|хоч\w+ убить|хот\w+ убить|убьют|убьёт|убьет|обещал\w* убить|бьёт|бьет)\w*",
        re.IGNORECASE,
    ),
    "minor": re.compile(
        r"\b(?:I am|I'm|he is|she is) 1[0-7]\b|\bunder 18\b|\bminor\b"
        r"|\bмне 1[0-7]\b|\bнесовершеннолетн\w*",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class TriageProposal:
    urgency: str
    region: str
    risk_flags: list[str]
    relationship: str
    # Why, in the reporter's words, for the coordinator to check: flag → the words matched.
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def reasons(self) -> list[tuple[str, str]]:
        """Return (risk label, the reporter's words) for each proposed risk."""
        labels = dict(RISK_FLAGS)
        return [(str(labels.get(flag, flag)), words) for flag, words in self.evidence.items()]

    def fields(self) -> dict[str, Any]:
        """Return the proposal as the "open a case" form's fields."""
        return {
            "urgency": self.urgency,
            "risk_flags": self.risk_flags,
            "region": self.region,
            "relationship": self.relationship,
        }


def risks_in(text: str) -> dict[str, str]:
    """Return the risk flags whose words appear in ``text``, each with the words found."""
    found = {}
    for flag, pattern in RISK_PATTERNS.items():
        match = pattern.search(text)
        if match:
            found[flag] = match.group(0).strip()
    return found


def triage_propose(view: ReportView) -> TriageProposal:
    """Return the triage that the report's own answers suggest."""
    danger = view.danger
    urgency = URGENCY_FROM_DANGER[Danger(danger)] if danger is not None else Urgency.NORMAL
    regions = {key for key, _label in REGIONS}
    region = region_from_text(view.answer("where")) or region_from_text(view.account)
    everything = "\n".join([view.account, *(str(a.get("answer", "")) for a in view.answers)])
    evidence = risks_in(everything)
    return TriageProposal(
        urgency=str(urgency),
        region=region if region in regions else "unknown",
        risk_flags=sorted(evidence),
        relationship=view.relationship,
        evidence=evidence,
    )


def case_relationship(*, opened: OpenedCase) -> str:
    """Return who told us about this case (a Relationship value), or "" when not said."""
    case: Case = opened.case
    if not bytes(case.relationship):
        return ""
    return decrypt_text(opened, "relationship", case.pk, case.relationship)


def case_relationship_label(*, opened: OpenedCase) -> str:
    """Return who told us about this case, in the reader's language ("A relative")."""
    return relationship_label(case_relationship(opened=opened))
