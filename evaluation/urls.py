"""Dutch slugs under /nl/ and /en/ alike: the coordinator's measurement waves."""

from django.urls import path

from . import measurement_views

app_name = "evaluation"

urlpatterns = [
    path("coordinator/metingen/", measurement_views.MeasurementListView.as_view(), name="measurements"),
    path("coordinator/metingen/<slug:code>/", measurement_views.MeasurementView.as_view(), name="measurement"),
]
