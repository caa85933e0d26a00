from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "refuge.record"
    label = "record"

    def ready(self) -> None:
        from refuge.cases.hooks import on_case_shred
        from refuge.record.services import case_shredded

        on_case_shred(case_shredded)
