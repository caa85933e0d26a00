from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "refuge.record"
    label = "record"

    def ready(self) -> None:
        # Key custody sits below this app: it calls back here when someone unlocks their key,
        # leaves a team or is re-keyed, for the copies this app holds.
        from refuge.keys import custody
        from refuge.record import services

        custody.register_unlock_hook(services.legacy_copies_move)
        custody.register_revoke_hook(services.legacy_copies_withdraw)
