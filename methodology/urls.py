from django.urls import path
from django.utils.translation import gettext_lazy as _

from .feeds import PublicationFeed

app_name = "methodology"

urlpatterns = [
    # /nl/publicaties/feed/ and /en/publications/feed/: each language gets its own publications.
    path(_("publicaties/feed/"), PublicationFeed(), name="publication_feed"),
]
