from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = "Website"

    def ready(self):
        from . import account_data
        from .personal_data import PERSONAL_DATA

        account_data.register(PERSONAL_DATA)
