"""System checks for the hotline: mat2's sandbox."""

from __future__ import annotations

import shutil
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

from refuge.intake import cleaning


@register()
def check_cleaning_sandbox(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """mat2 parses hostile files: production needs its sandbox, development is warned."""
    if (
        shutil.which("mat2") is None
        or not cleaning.ram_directory().is_dir()
        or cleaning.sandbox_works()
    ):
        return []
    hint = "apt-get install bubblewrap, and allow unprivileged user namespaces"
    if settings.REFUGE_MAT2_SANDBOX == "required":
        return [
            Error(
                "mat2 cannot run in its bubblewrap sandbox: attachments will be stored "
                "uncleaned, flagged 'metadata not removed'",
                hint=hint,
                id="refuge.E004",
            )
        ]
    return [
        Warning(
            "mat2 cannot run in its bubblewrap sandbox: it runs unsandboxed (development only)",
            hint=hint,
            id="refuge.W002",
        )
    ]
