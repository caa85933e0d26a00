"""The interface's languages: English (the source) and every compiled catalogue.

A language is offered to reporters and staff once `refuge/locale/<code>/LC_MESSAGES/django.mo`
exists (`refuge compilemessages`). Its name is the catalogue's own ``X-Language-Name`` header,
else Django's local name for the code, else the code.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from django.conf.locale import LANG_INFO


def _name(code: str, catalogue: Path | None) -> str:
    if catalogue is not None:
        try:
            with catalogue.open("rb") as handle:
                declared = gettext.GNUTranslations(handle).info().get("x-language-name", "")
        except (OSError, UnicodeDecodeError, ValueError):
            declared = ""
        if declared:
            return declared
    info = LANG_INFO.get(code, {})
    return str(info.get("name_local") or code)


def catalogue_languages(locale_dir: Path, source: str = "en") -> list[tuple[str, str]]:
    """Return (code, name in that language) for the source language and each compiled one."""
    found = {
        path.parents[1].name.replace("_", "-").lower(): path
        for path in sorted(locale_dir.glob("*/LC_MESSAGES/django.mo"))
    }
    languages = [(source, _name(source, found.pop(source, None)))]
    languages += [(code, _name(code, path)) for code, path in sorted(found.items())]
    return languages
