from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "refuge.notify"
    label = "notify"
