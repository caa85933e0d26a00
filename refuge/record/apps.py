from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "refuge.record"
    label = "record"

    def ready(self) -> None:
        # Key custody and casework sit below this app: they call back here when someone
        # unlocks their key, leaves a team or is re-keyed, and when a case is shredded.
        from refuge.cases.hooks import on_case_shred, on_region_lookup
        from refuge.keys import custody
        from refuge.record import regions, services

        custody.register_unlock_hook(services.legacy_copies_move)
        custody.register_revoke_hook(services.legacy_copies_withdraw)
        on_case_shred(services.case_shredded)
        on_region_lookup(regions.region_from_text)
