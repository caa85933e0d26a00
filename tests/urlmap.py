"""Every URL pattern of the project, with sample arguments, so no page can be forgotten."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver

# Views anyone may reach without signing in. Anything not listed here must redirect to sign-in.
PUBLIC_VIEWS = {
    "core:healthz",
    "accounts:login",
    "set_language",
    "intake:landing",
    "intake:about",
    "intake:new",
    "intake:sent",
    "intake:return",
    "intake:thread",
    "intake:leave",
    "intake:exit",
}


def all_view_names() -> list[tuple[str, list[str]]]:
    """Return (view name, argument names) for every named URL pattern."""
    found: list[tuple[str, list[str]]] = []

    def walk(patterns: list, namespace: str) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(
                    entry.url_patterns,
                    f"{namespace}{entry.namespace}:" if entry.namespace else namespace,
                )
            elif isinstance(entry, URLPattern) and entry.name:
                found.append((f"{namespace}{entry.name}", list(entry.pattern.converters)))

    walk(get_resolver().url_patterns, "")
    return found


def sample_url(
    name: str,
    arg_names: list[str],
    *,
    user_id: int,
    report_id: str = "00000000-0000-4000-8000-000000000000",
    attachment_id: str = "00000000-0000-4000-8000-000000000001",
    question_id: int = 1,
) -> str:
    from django.urls import reverse

    samples = {
        "user_id": user_id,
        "action": "reset-two-factor",
        "report_id": report_id,
        "attachment_id": attachment_id,
        "question_id": question_id,
        "case_id": report_id,
        "name": "triage",
        "stage_id": 1,
        "article_id": 1,
        "fmt": "csv",
        "review_id": 1,
        "team": "intake",
        "partner_id": 1,
        "package_id": report_id,
    }
    return reverse(name, kwargs={arg: samples[arg] for arg in arg_names})
