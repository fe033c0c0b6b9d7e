"""Wagtail admin: read-only progress reports for staff, and the cohorts and participant profiles.

Progress is personal data, so the reports need the `programme.view_lessonprogress` permission
(superusers and the "Programme team" group have it; not editors or researchers — researchers get
pseudonymised exports from the evaluation app instead).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    PARTICIPANT_SEARCH_FIELDS,
    ModuleCompletionReportView,
    ParticipantFilterSet,
    ParticipantProgressReportView,
    can_view_progress,
)
from .models import AmbassadorProfile, Cohort


@hooks.register("register_admin_urls")
def register_progress_report_urls():
    return [
        path("reports/programme-progress/", ParticipantProgressReportView.as_view(), name="programme_progress_report"),
        path(
            "reports/programme-progress/results/",
            ParticipantProgressReportView.as_view(results_only=True),
            name="programme_progress_report_results",
        ),
        path("reports/programme-modules/", ModuleCompletionReportView.as_view(), name="programme_module_report"),
        path(
            "reports/programme-modules/results/",
            ModuleCompletionReportView.as_view(results_only=True),
            name="programme_module_report_results",
        ),
    ]


class ProgressMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_progress(request.user)


@hooks.register("register_reports_menu_item")
def register_progress_report_menu_item():
    return ProgressMenuItem(
        _("Voortgang deelnemers"), reverse("programme_progress_report"), icon_name="list-ul", order=700
    )


@hooks.register("register_reports_menu_item")
def register_module_report_menu_item():
    return ProgressMenuItem(_("Afronding per module"), reverse("programme_module_report"), icon_name="tasks", order=701)


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorten")
    list_display = ["name", "slug", "start_date"]
    search_fields = ["name", "slug"]


class AmbassadorProfileViewSet(SnippetViewSet):
    model = AmbassadorProfile
    icon = "user"
    menu_label = _("Deelnemers")
    list_display = ["__str__", "kind", "organisation", "cohort", "start_date", "has_research_consent"]
    filterset_class = ParticipantFilterSet
    search_fields = PARTICIPANT_SEARCH_FIELDS  # the same as the progress report's search box
    list_per_page = 50
    panels = [
        # Whose profile it is: only administrators may (re)attach it, the programme team may not.
        FieldPanel("user", permission="auth.change_user"),
        FieldPanel("kind"),
        FieldPanel("organisation"),
        FieldPanel("cohort"),
        FieldPanel("job_category"),
        FieldPanel("start_date"),
        # Consent changes only through the person themselves (give/withdraw, each with a ConsentEvent).
        FieldPanel("research_consent_at", read_only=True),
        FieldPanel("research_consent_version", read_only=True),
        FieldPanel("research_consent_withdrawn_at", read_only=True),
    ]

    def get_queryset(self, request):
        return AmbassadorProfile.objects.select_related("user", "organisation", "cohort")


register_snippet(CohortViewSet)
register_snippet(AmbassadorProfileViewSet)
