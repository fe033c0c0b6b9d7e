from django.urls import path

from . import views

app_name = "evaluation_admin"

urlpatterns = [
    path("", views.ExportView.as_view(), name="export"),
    path("codeboek/", views.CodebookView.as_view(), name="codebook"),
    path("logboek/", views.ExportLogView.as_view(), name="log"),
]
