from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "programme"

    def ready(self):
        from wagtail.signals import page_published

        from website import account_data

        from .models import LessonPage
        from .personal_data import PERSONAL_DATA
        from .signals import mark_important_change

        account_data.register(PERSONAL_DATA)
        page_published.connect(mark_important_change, sender=LessonPage, dispatch_uid="programme_important_change")
