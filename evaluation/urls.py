"""Site URLs of the evaluation app. The coordinator's measurement pages have a Dutch path under /nl/ and an
English one under /en/ (new with the waves, so there is no old Dutch path under /en/ to redirect)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import measurement_views
from .dashboard_views import ResearchDashboardView

app_name = "evaluation"

urlpatterns = [
    path("onderzoeksdashboard/", ResearchDashboardView.as_view(), name="dashboard"),
    # The coordinator's measurement waves.
    path(_("coordinator/metingen/"), measurement_views.MeasurementListView.as_view(), name="measurements"),
    path(_("coordinator/metingen/<slug:code>/"), measurement_views.MeasurementView.as_view(), name="measurement"),
]
