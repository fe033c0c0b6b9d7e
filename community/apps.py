from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"

    def ready(self):
        from wagtail.signals import page_published

        from .models import MeetupPage
        from .signals import fill_places_after_publish

        page_published.connect(fill_places_after_publish, sender=MeetupPage, dispatch_uid="community_fill_places")
