from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "refuge.media"
    label = "media"
