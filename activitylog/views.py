"""Ambassadors keep their own activity log; coordinators see the sums for their own organisation.

Access rules:
- an ambassador only ever sees and changes their own activities: every query filters on request.user,
  so someone else's id gives 404, not 403 (we do not confirm that the id exists);
- a coordinator only sees their own organisation, taken from their profile, never from the URL;
- private notes are shown to their author only.
"""

import csv

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import CreateView, DeleteView, ListView, TemplateView, UpdateView, View

from programme.models import AmbassadorProfile
from website.charts import grouped_bar_chart

from . import aggregates
from .forms import ActivityForm
from .models import Activity


def profile_of(user):
    """The user's AmbassadorProfile, or None."""
    if not user.is_authenticated:
        return None
    profile = AmbassadorProfile.objects.select_related("organisation").filter(user=user).first()
    # The same row programme.access.get_profile would read again: leave it there for the rest of the request.
    user._programme_profile_cache = profile
    return profile


@method_decorator(never_cache, name="dispatch")
class ProfileKindRequiredMixin(LoginRequiredMixin):
    """Logged in, with a profile of the given kind; anyone else logged in gets a 403 page that says why.

    Never cached: every page here is personal.
    """

    required_kind = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.profile = profile_of(request.user)
        if self.profile is None or self.profile.kind != self.required_kind:
            return TemplateResponse(
                request,
                "activitylog/no_access.html",
                {"required_kind": self.required_kind, "profile": self.profile},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class AmbassadorRequiredMixin(ProfileKindRequiredMixin):
    required_kind = AmbassadorProfile.Kind.AMBASSADOR


class CoordinatorRequiredMixin(ProfileKindRequiredMixin):
    required_kind = AmbassadorProfile.Kind.COORDINATOR


class OwnActivityMixin(AmbassadorRequiredMixin):
    """Restricts every object lookup to the logged-in ambassador's own activities."""

    model = Activity

    def get_queryset(self):
        return Activity.objects.filter(user=self.request.user)


class ActivityListView(OwnActivityMixin, ListView):
    template_name = "activitylog/activity_list.html"
    context_object_name = "activities"
    paginate_by = 25

    def get_queryset(self):
        return super().get_queryset().order_by("-date", "-created_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        own = Activity.objects.filter(user=self.request.user)
        context["totals"] = aggregates.totals(own)
        start, end = aggregates.period_for(3)
        context["recent_totals"] = aggregates.totals(own.between(start, end))
        context["recent_start"] = start
        return context


class ActivityFormMixin:
    form_class = ActivityForm
    template_name = "activitylog/activity_form.html"

    def get_success_url(self):
        if "save_and_add" in self.request.POST:
            return reverse("activitylog:activity_create")
        return reverse("activitylog:activity_list")


class ActivityCreateView(AmbassadorRequiredMixin, ActivityFormMixin, CreateView):
    model = Activity

    def form_valid(self, form):
        form.instance.user = self.request.user
        # The organisation is the one the ambassador works for now; it stays with the activity.
        form.instance.organisation_id = self.profile.organisation_id
        response = super().form_valid(form)
        messages.success(self.request, _("De activiteit is opgeslagen. Dank je wel!"))
        return response


class ActivityUpdateView(OwnActivityMixin, ActivityFormMixin, UpdateView):
    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("De wijzigingen zijn opgeslagen."))
        return response


class ActivityDeleteView(OwnActivityMixin, DeleteView):
    template_name = "activitylog/activity_confirm_delete.html"
    context_object_name = "activity"
    success_url = reverse_lazy("activitylog:activity_list")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("De activiteit is verwijderd."))
        return response


def requested_period(request):
    """The number of months asked for in ?periode=, if it is one we offer; otherwise the default."""
    try:
        months = int(request.GET.get("periode", aggregates.DEFAULT_PERIOD))
    except (TypeError, ValueError):
        return aggregates.DEFAULT_PERIOD
    return months if months in aggregates.PERIOD_CHOICES else aggregates.DEFAULT_PERIOD


def chart_series():
    return [("colleagues_reached", _("collega's bereikt")), ("registered", _("aangemeld")), ("started", _("begonnen"))]


class CoordinatorDashboardView(CoordinatorRequiredMixin, TemplateView):
    template_name = "activitylog/coordinator_dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        dashboard = aggregates.organisation_dashboard(
            self.profile.organisation,
            months=requested_period(self.request),
            ambassador_page=self.request.GET.get("pagina"),
        )
        context.update(
            dashboard=dashboard,
            organisation=self.profile.organisation,
            chart=grouped_bar_chart(dashboard.per_month, chart_series()),
            chart_series=chart_series(),
            period_choices=aggregates.PERIOD_CHOICES,
        )
        return context


class CoordinatorExportView(CoordinatorRequiredMixin, View):
    """The dashboard's aggregates as CSV (UTF-8 with BOM so spreadsheet programs read the accents)."""

    def get(self, request):
        organisation = self.profile.organisation
        dashboard = aggregates.organisation_dashboard(
            organisation, months=requested_period(request), include_ambassadors=False
        )
        filename = f"activiteiten-{organisation.slug}-{timezone.localdate():%Y-%m-%d}.csv"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerows(aggregates.export_rows(dashboard))
        return response
