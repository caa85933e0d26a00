from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "refuge.record"
    label = "record"
