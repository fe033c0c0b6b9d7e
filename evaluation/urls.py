"""Dutch slugs under /nl/ and /en/ alike: the language prefix changes, the path does not."""

from django.urls import path

from .dashboard_views import ResearchDashboardView

app_name = "evaluation"

urlpatterns = [
    path("onderzoeksdashboard/", ResearchDashboardView.as_view(), name="dashboard"),
]
