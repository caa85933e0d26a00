"""What staff see of a report at a glance: danger, who is reporting, language, an excerpt.

Everything here reads answers already decrypted in memory; nothing is written. The one fact
also kept in clear is the danger level (``Report.danger``), so that the inbox can put people in
danger first across pages without decrypting every report (docs/adr/0007-danger-in-clear.md).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

SAFE_NOW = "safe_now"
RELATIONSHIP = "relationship"


class Relationship(models.TextChoices):
    """Who is telling us: asked on the hotline (optional) and of staff-recorded reports."""

    SELF = "self", _("The person it happened to")
    RELATIVE = "relative", _("A relative")
    FRIEND = "friend", _("A friend or partner")
    WITNESS = "witness", _("A witness")
    OTHER = "other", _("Someone else")


class Danger(models.IntegerChoices):
    """What the reporter answered to "Are you safe now?"; higher sorts first."""

    SAFE = 0, _("Safe now")
    UNSURE = 1, _("Not sure they are safe")
    IN_DANGER = 2, _("In danger")


# The "safe now" question's choices, by position, the same in every language (the
# questionnaire's rule): "Yes", "No, I am in danger", "I am not sure".
_SAFE_NOW_BY_POSITION = (Danger.SAFE, Danger.IN_DANGER, Danger.UNSURE)


def choice_position(answer: dict[str, Any], choices_by_text: dict[str, int]) -> int | None:
    """Return the position of a choice answer: stored since the answer kept it ("choice"),
    else found by its text in any language (reports from before)."""
    position = answer.get("choice")
    if isinstance(position, int):
        return position
    text = str(answer.get("answer") or "").strip().casefold()
    return choices_by_text.get(text) if text else None


def answer_of(answers: Iterable[dict[str, Any]], key: str) -> dict[str, Any] | None:
    return next((a for a in answers if a.get("key") == key and a.get("answer")), None)


def danger_of(
    answers: Iterable[dict[str, Any]], choices_by_text: dict[str, int] | None = None
) -> int | None:
    """Return the Danger level the answers state, or None if "safe now" was not answered."""
    answer = answer_of(answers, SAFE_NOW)
    if answer is None:
        return None
    position = choice_position(answer, choices_by_text or {})
    if position is None or not 0 <= position < len(_SAFE_NOW_BY_POSITION):
        return None
    return int(_SAFE_NOW_BY_POSITION[position])


def relationship_of(
    answers: Iterable[dict[str, Any]],
    recorded: dict[str, str] | None = None,
    choices_by_text: dict[str, int] | None = None,
) -> str:
    """Return who is reporting (a Relationship value), or "" when not said.

    A staff-recorded report says it in ``recorded``; a hotline report in the optional
    "relationship" question, whose choices follow Relationship's order.
    """
    if recorded and recorded.get("relationship") in Relationship.values:
        return recorded["relationship"]
    answer = answer_of(answers, RELATIONSHIP)
    if answer is None:
        return ""
    position = choice_position(answer, choices_by_text or {})
    values = list(Relationship.values)
    if position is None or not 0 <= position < len(values):
        return ""
    return str(values[position])


def relationship_label(value: str) -> str:
    return str(Relationship(value).label) if value in Relationship.values else ""


def language_label(code: str, extra: dict[str, str] | None = None) -> str:
    """Return a language's own name ("Русский", "English"), not its code."""
    code = (code or "").lower()
    if extra and code in extra:
        return extra[code]
    for candidate in (code, code.split("-")[0]):
        try:
            return str(get_language_info(candidate)["name_local"])
        except KeyError:
            continue
    return dict(settings.LANGUAGES).get(code, code)


_SPACE = re.compile(r"\s+")


def excerpt(text: str, length: int = 160) -> str:
    """Return the start of ``text`` on one line, cut at a word, with an ellipsis if cut."""
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0] or flat[:length]
    return cut.rstrip(" ,.;:") + "…"


_KINDS = (
    ("image/", "photo"),
    ("audio/", "audio"),
    ("video/", "video"),
    ("application/pdf", "document"),
    ("text/", "document"),
    ("application/msword", "document"),
    ("application/vnd.", "document"),
)


def neutral_name(attachment_id: uuid.UUID | str, content_type: str, filename: str) -> str:
    """Return the name a file is shown and downloaded under: its kind, a short id and its
    extension ("photo-3fa2c1.jpg"). The name the reporter's device gave it
    ("IMG_20170403_Grozny.jpg") can carry a date and a place; only staff see it, decrypted."""
    kind = next((word for prefix, word in _KINDS if content_type.startswith(prefix)), "file")
    match = re.search(r"\.[A-Za-z0-9]{1,10}$", filename)
    suffix = match.group(0).lower() if match else ""
    return f"{kind}-{str(attachment_id).replace('-', '')[:6]}{suffix}"
