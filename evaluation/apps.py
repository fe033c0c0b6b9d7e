from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "evaluation"

    def ready(self):
        from . import measurement_export  # noqa: F401 - registers the organisation_measurements dataset
