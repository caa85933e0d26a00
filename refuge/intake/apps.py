from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "refuge.intake"
    label = "intake"

    def ready(self) -> None:
        # Key custody sits below this app: it calls back here when someone unlocks their key,
        # leaves a team or is re-keyed, for the copies this app holds.
        from refuge.intake import (
            checks,  # noqa: F401  (registers system checks)
            services,
        )
        from refuge.keys import custody

        custody.register_unlock_hook(services.legacy_copies_move)
        custody.register_revoke_hook(services.legacy_copies_withdraw)
