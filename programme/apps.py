from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "programme"

    def ready(self):
        from website import account_data

        from .personal_data import PERSONAL_DATA

        account_data.register(PERSONAL_DATA)
