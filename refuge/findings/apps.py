from django.apps import AppConfig


class FindingsConfig(AppConfig):
    name = "refuge.findings"
    label = "findings"
