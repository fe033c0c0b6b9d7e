from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "evaluation"

    def ready(self):
        from website import account_data

        from . import measurement_export  # noqa: F401 - registers the organisation_measurements dataset
        from .personal_data import PERSONAL_DATA

        account_data.register(PERSONAL_DATA)
