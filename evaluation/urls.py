"""Dutch paths under /nl/, English ones under /en/ (the research dashboard, the coordinator's measurement pages)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import measurement_views
from .dashboard_views import ResearchDashboardView

app_name = "evaluation"

urlpatterns = [
    path(_("onderzoeksdashboard/"), ResearchDashboardView.as_view(), name="dashboard"),
    # The coordinator's measurement waves.
    path(_("coordinator/metingen/"), measurement_views.MeasurementListView.as_view(), name="measurements"),
    path(_("coordinator/metingen/<slug:code>/"), measurement_views.MeasurementView.as_view(), name="measurement"),
]
