from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "refuge.core"
    label = "core"

    def ready(self) -> None:
        from refuge.core import checks  # noqa: F401  (registers system checks)
