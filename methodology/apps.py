from django.apps import AppConfig


class MethodologyConfig(AppConfig):
    name = "methodology"

    def ready(self):
        from .notifications import connect_notifiers

        connect_notifiers()
