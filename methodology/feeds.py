"""Atom feed of research publications, one per language (/nl/… and /en/…)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import PublicationPage, ResearchIndexPage

FEED_SIZE = 30


class PublicationFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.locale = Locale.get_active()
        return ResearchIndexPage.objects.live().public().filter(locale=self.locale).first()

    def title(self, index):
        return _("Leerambassadeurs: publicaties uit het onderzoek")

    def subtitle(self, index):
        return index.intro if index and index.intro else _("Nieuwe artikelen, rapporten, factsheets en presentaties.")

    def link(self, index):
        if index is not None:
            return index.get_url(self.request) or "/"
        return f"/{self.locale.language_code}/"

    def items(self, index):
        return (
            PublicationPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .prefetch_related("authors", "sectors", "themes")
            .order_by("-publication_date", "-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.abstract

    def item_link(self, item):
        return item.get_url(self.request) or item.url_path

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author_display() or None

    def item_categories(self, item):
        return (
            [item.type_label]
            + [sector.display_name for sector in item.sectors.all()]
            + [theme.display_name for theme in item.themes.all()]
        )
