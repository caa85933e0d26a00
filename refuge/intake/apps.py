from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "refuge.intake"
    label = "intake"

    def ready(self) -> None:
        from refuge.intake import checks  # noqa: F401  (registers system checks)
