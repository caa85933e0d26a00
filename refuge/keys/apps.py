from django.apps import AppConfig


class KeysConfig(AppConfig):
    name = "refuge.keys"
    label = "keys"
    verbose_name = "Key custody"
