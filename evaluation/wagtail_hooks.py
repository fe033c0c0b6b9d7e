"""Admin menu and URLs for the evaluation export (Researchers and superusers) and its log (superusers)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .views import can_export, can_view_log


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("evaluatie-export/", include(admin_urls, namespace="evaluation_admin"))]


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_export(request.user)


class ExportLogMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_log(request.user)


@hooks.register("register_admin_menu_item")
def register_export_menu_item():
    return ExportMenuItem(_("Evaluatie-export"), reverse("evaluation_admin:export"), icon_name="download",
                          order=900, name="evaluatie-export")


@hooks.register("register_settings_menu_item")
def register_export_log_menu_item():
    return ExportLogMenuItem(_("Exportlogboek"), reverse("evaluation_admin:log"), icon_name="list-ul", order=900,
                             name="exportlogboek")
