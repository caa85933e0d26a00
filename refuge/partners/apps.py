from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "refuge.partners"
    label = "partners"

    def ready(self) -> None:
        # Key custody and casework sit below this app: they call back here for the partner
        # rows of the key directory and for the referrals shown on a case's page.
        from refuge.cases.hooks import on_case_page
        from refuge.keys.directory import register_directory_rows
        from refuge.partners import directory, selectors

        register_directory_rows(problems=directory.partner_problems, rows=directory.directory_rows)
        on_case_page(selectors.case_page_referrals)
