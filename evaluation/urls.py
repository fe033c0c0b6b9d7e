"""Dutch slugs under /nl/ and /en/ alike: the language prefix changes, the path does not."""

from django.urls import path

from . import measurement_views
from .dashboard_views import ResearchDashboardView

app_name = "evaluation"

urlpatterns = [
    path("onderzoeksdashboard/", ResearchDashboardView.as_view(), name="dashboard"),
    # The coordinator's measurement waves.
    path("coordinator/metingen/", measurement_views.MeasurementListView.as_view(), name="measurements"),
    path("coordinator/metingen/<slug:code>/", measurement_views.MeasurementView.as_view(), name="measurement"),
]
