"""Dutch paths under /nl/, English ones under /en/ (old Dutch paths under /en/ redirect: website/legacy_urls.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "activitylog"

urlpatterns = [
    path(_("activiteiten/"), views.ActivityListView.as_view(), name="activity_list"),
    path(_("activiteiten/nieuw/"), views.ActivityCreateView.as_view(), name="activity_create"),
    path(_("activiteiten/<int:pk>/bewerken/"), views.ActivityUpdateView.as_view(), name="activity_update"),
    path(_("activiteiten/<int:pk>/verwijderen/"), views.ActivityDeleteView.as_view(), name="activity_delete"),
    path("coordinator/", views.CoordinatorDashboardView.as_view(), name="dashboard"),
    path("coordinator/export.csv", views.CoordinatorExportView.as_view(), name="dashboard_csv"),
]
