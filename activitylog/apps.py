from django.apps import AppConfig


class ActivityLogConfig(AppConfig):
    name = "activitylog"

    def ready(self):
        from website import account_data

        from .personal_data import PERSONAL_DATA

        account_data.register(PERSONAL_DATA)
