from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "programme"

    def ready(self):
        from wagtail.signals import page_published

        from .models import LessonPage
        from .signals import mark_important_change

        page_published.connect(mark_important_change, sender=LessonPage, dispatch_uid="programme_important_change")
