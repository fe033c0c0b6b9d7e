from django.urls import path

from .feeds import PublicationFeed

app_name = "methodology"

urlpatterns = [
    # /nl/publicaties/feed/ and /en/publicaties/feed/: each language gets its own publications.
    path("publicaties/feed/", PublicationFeed(), name="publication_feed"),
]
