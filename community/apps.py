from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"

    def ready(self):
        from wagtail.signals import page_published

        from website import account_data

        from .models import MeetupPage
        from .personal_data import PERSONAL_DATA
        from .signals import fill_places_after_publish

        account_data.register(PERSONAL_DATA)

        page_published.connect(fill_places_after_publish, sender=MeetupPage, dispatch_uid="community_fill_places")
