from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "refuge.cases"
    label = "cases"

    def ready(self) -> None:
        # Key custody sits below this app: it calls back here when someone unlocks their key,
        # leaves a team or is re-keyed, for the copies this app holds.
        from refuge.cases import keyholders, services
        from refuge.intake.services import register_revoked_receipt_hook
        from refuge.keys import custody

        custody.register_unlock_hook(keyholders.legacy_copies_move)
        custody.register_revoke_hook(keyholders.legacy_copies_withdraw)
        custody.register_rekey_hook(keyholders.case_keys_rekey)
        register_revoked_receipt_hook(
            lambda report: services.case_flag_revoked_receipt_used(report=report)
        )
        # A reporter's follow-up on a report in a case: tell the assigned caseworkers.
        from refuge.intake.services import register_reporter_message_hook

        register_reporter_message_hook(services.reporter_follow_up_notify)
