"""Admin for the programme team: the measurement waves (a ModelViewSet), per wave who submitted, reminders, reopening.

Who may do what follows the model permissions the programme team gets in evaluation/migrations/0003:
- waves: add, change, view (`evaluation.*_measurementwave`);
- the submission overview and a measurement's figures: `evaluation.view_organisationmeasurement`;
- reminding and reopening: `evaluation.change_organisationmeasurement`.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from .measurements import MeasurementLocked, form_path, reopen, send_reminders, submission_overview, wave_state
from .models import MeasurementWave, OrganisationMeasurement

VIEWSET_NAME = "meetrondes"
measurement_policy = ModelPermissionPolicy(OrganisationMeasurement)

STATE_LABELS = {
    "upcoming": gettext_lazy("nog niet open"),
    "open": gettext_lazy("open"),
    "closed": gettext_lazy("gesloten"),
}


def url_name(name):
    return f"{VIEWSET_NAME}:{name}"


class MeasurementAdminMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_policy = measurement_policy
    permission_required = "view"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(url_name("index")), "label": _("Meetrondes")},
            {"url": "", "label": self.get_page_title()},
        ]


class WaveSubmissionsView(MeasurementAdminMixin, TemplateView):
    """Per organisation: submitted, draft or nothing yet; and one button to remind everyone who has not submitted."""

    template_name = "evaluation/admin/wave_submissions.html"
    header_icon = "tasks"

    def get_page_title(self):
        return _("Inzendingen %(wave)s") % {"wave": self.wave}

    def dispatch(self, request, *args, **kwargs):
        self.wave = get_object_or_404(MeasurementWave, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = submission_overview(self.wave)
        pending = [row for row in rows if row.needs_reminder]
        context.update(
            wave=self.wave,
            rows=rows,
            state=wave_state(self.wave),
            state_label=STATE_LABELS[wave_state(self.wave)],
            submitted_count=len(rows) - len(pending),
            pending_count=len(pending),
            can_remind=self.user_has_permission("change") and wave_state(self.wave) == "open" and pending,
        )
        return context


class WaveRemindView(MeasurementAdminMixin, View):
    """POST only: mail the coordinators of the organisations that have not submitted; report every outcome."""

    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        wave = get_object_or_404(MeasurementWave, pk=pk)
        try:
            result = send_reminders(wave, request.build_absolute_uri(form_path(wave)), user=request.user)
        except MeasurementLocked as error:
            messages.error(request, str(error))
            return redirect(url_name("submissions"), pk=wave.pk)
        if result.sent:
            messages.success(
                request,
                _("Herinnering verstuurd aan %(people)s coördinator(en) van %(count)s organisatie(s): %(names)s.")
                % {"people": result.messages_sent, "count": len(result.sent), "names": names(result.sent)},
            )
        if result.failed:
            messages.error(
                request,
                _(
                    "Niet gelukt bij %(names)s: de mail kon niet worden verstuurd. Probeer het later "
                    "opnieuw, of neem zelf contact op."
                )
                % {"names": names(result.failed)},
            )
        if result.without_address:
            messages.warning(
                request,
                _("Geen coördinator met een e-mailadres bij %(names)s. Neem zelf contact op.")
                % {"names": names(result.without_address)},
            )
        if not (result.sent or result.failed or result.without_address):
            messages.info(request, _("Alle organisaties hebben al ingediend. Er is niemand herinnerd."))
        return redirect(url_name("submissions"), pk=wave.pk)


def names(organisations):
    return ", ".join(o.name for o in organisations)


class MeasurementDetailView(MeasurementAdminMixin, TemplateView):
    """One organisation's figures in one wave, what happened to them (log), and the reopen button."""

    template_name = "evaluation/admin/measurement_detail.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.measurement = get_object_or_404(
            OrganisationMeasurement.objects.select_related("wave", "organisation", "submitted_by"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.measurement)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(url_name("index")), "label": _("Meetrondes")},
            {
                "url": reverse(url_name("submissions"), args=[self.measurement.wave_id]),
                "label": _("Inzendingen %(wave)s") % {"wave": self.measurement.wave},
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            measurement=self.measurement,
            wave_state=wave_state(self.measurement.wave),
            can_reopen=self.measurement.is_submitted and self.user_has_permission("change"),
            log_entries=ModelLogEntry.objects.for_instance(self.measurement)
            .select_related("user")
            .order_by("-timestamp", "-pk"),
        )
        return context


class MeasurementReopenView(MeasurementAdminMixin, View):
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        measurement = get_object_or_404(OrganisationMeasurement.objects.select_related("wave"), pk=pk)
        try:
            reopen(measurement, request.user)
        except MeasurementLocked as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("De meting is heropend. De coördinator kan de cijfers weer aanpassen en opnieuw indienen.")
            )
            if wave_state(measurement.wave) != "open":
                messages.warning(
                    request,
                    _(
                        "Let op: de meetronde is nu niet open. Verleng de einddatum, anders kan "
                        "de coördinator niets aanpassen."
                    ),
                )
        return redirect(url_name("measurement"), pk=pk)


class WaveDeleteView(generic.DeleteView):
    """Administrators only (the programme team has no delete permission). A wave with measurements stays: they are
    research data, and the database protects them anyway (PROTECT)."""

    def form_valid(self, form):
        if self.object.measurements.exists():
            messages.error(self.request, _("Deze meetronde heeft al metingen en kan daarom niet worden verwijderd."))
            return redirect(url_name("edit"), pk=self.object.pk)
        return super().form_valid(form)


class MeasurementWaveViewSet(ModelViewSet):
    model = MeasurementWave
    name = VIEWSET_NAME
    icon = "date"
    menu_label = gettext_lazy("Meetrondes")
    menu_order = 850
    add_to_admin_menu = True
    copy_view_enabled = False
    delete_view_class = WaveDeleteView
    form_fields = ["code", "name", "opens_on", "closes_on"]
    list_display = [
        TitleColumn("name", label=gettext_lazy("Meetronde"), url_name=url_name("edit")),
        Column("code", label=gettext_lazy("Code")),
        DateColumn("opens_on", label=gettext_lazy("Open vanaf")),
        DateColumn("closes_on", label=gettext_lazy("Open tot en met")),
        Column("state", label=gettext_lazy("Nu"), accessor=lambda wave: STATE_LABELS[wave_state(wave)]),
        TitleColumn(
            "submissions",
            label=gettext_lazy("Inzendingen"),
            accessor=lambda wave: _("Wie heeft ingediend?"),
            get_url=lambda wave: reverse(url_name("submissions"), args=[wave.pk]),
        ),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/inzendingen/", WaveSubmissionsView.as_view(), name="submissions"),
            path("<int:pk>/herinneren/", WaveRemindView.as_view(), name="remind"),
            path("meting/<int:pk>/", MeasurementDetailView.as_view(), name="measurement"),
            path("meting/<int:pk>/heropenen/", MeasurementReopenView.as_view(), name="reopen"),
        ]
