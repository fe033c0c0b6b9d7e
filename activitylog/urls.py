"""Dutch slugs under /nl/ and /en/ alike: the language prefix changes, the path does not."""

from django.urls import path

from . import views

app_name = "activitylog"

urlpatterns = [
    path("activiteiten/", views.ActivityListView.as_view(), name="activity_list"),
    path("activiteiten/nieuw/", views.ActivityCreateView.as_view(), name="activity_create"),
    path("activiteiten/<int:pk>/bewerken/", views.ActivityUpdateView.as_view(), name="activity_update"),
    path("activiteiten/<int:pk>/verwijderen/", views.ActivityDeleteView.as_view(), name="activity_delete"),
    path("coordinator/", views.CoordinatorDashboardView.as_view(), name="dashboard"),
    path("coordinator/export.csv", views.CoordinatorExportView.as_view(), name="dashboard_csv"),
]
