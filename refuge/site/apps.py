from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The site's orchestration, above every domain app: the home dashboard, first-run setup,
    the audit log page. Nothing imports it."""

    name = "refuge.site"
    label = "site"
