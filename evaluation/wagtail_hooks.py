"""Admin menu and URLs for the evaluation export (Researchers and superusers) and its log (superusers), and the
measurement waves (programme team, `evaluation.measurement_admin`)."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .dashboard_views import can_view_dashboard
from .measurement_admin import MeasurementWaveViewSet
from .measurements import REMIND_ACTION, REOPEN_ACTION, SUBMIT_ACTION
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
    return ExportMenuItem(
        _("Evaluatie-export"),
        reverse("evaluation_admin:export"),
        icon_name="download",
        order=900,
        name="evaluatie-export",
    )


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    # The dashboard is a page of the public site; lazy, so the link follows the admin user's language.
    return DashboardMenuItem(
        _("Onderzoeksdashboard"),
        reverse_lazy("evaluation:dashboard"),
        icon_name="view",
        order=890,
        name="onderzoeksdashboard",
    )


@hooks.register("register_settings_menu_item")
def register_export_log_menu_item():
    return ExportLogMenuItem(
        _("Exportlogboek"), reverse("evaluation_admin:log"), icon_name="list-ul", order=900, name="exportlogboek"
    )


@hooks.register("register_admin_viewset")
def register_measurement_wave_viewset():
    return MeasurementWaveViewSet()


@hooks.register("register_permissions")
def register_measurement_permissions():
    # The waves' permissions come with their viewset; these make the measurements' show in the group editor.
    return Permission.objects.filter(
        content_type__app_label="evaluation",
        codename__in=["view_organisationmeasurement", "change_organisationmeasurement"],
    )


@hooks.register("register_log_actions")
def register_measurement_log_actions(actions):
    actions.register_action(SUBMIT_ACTION, _("Meting ingediend"), _("Meting ingediend door de coördinator"))
    actions.register_action(REOPEN_ACTION, _("Meting heropend"), _("Meting heropend: de coördinator kan weer wijzigen"))
    actions.register_action(REMIND_ACTION, _("Herinnering verstuurd"), _("Herinnering verstuurd aan coördinatoren"))
