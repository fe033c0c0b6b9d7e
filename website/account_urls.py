"""Mijn gegevens (/nl/mijn-gegevens/ and /en/my-data/): see, download and delete your own data."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import account_views

app_name = "account_data"

urlpatterns = [
    path("", account_views.overview, name="overview"),
    path("download.json", account_views.download_json, name="download_json"),
    path("download.zip", account_views.download_csv, name="download_csv"),
    path(_("verwijderen/"), account_views.delete, name="delete"),
]
