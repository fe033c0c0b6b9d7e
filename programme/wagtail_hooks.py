"""Wagtail admin: read-only progress reports for staff, and the cohorts and participant profiles.

Progress is personal data, so the reports need the `programme.view_lessonprogress` permission
(superusers and the "Programme team" group have it; not editors or researchers — researchers get
pseudonymised exports from the evaluation app instead).
"""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.locales import locale_ids
from website.wagtail_hooks import annotate_translation_state

from .admin_views import (
    PARTICIPANT_SEARCH_FIELDS,
    ModuleCompletionReportView,
    ParticipantFilterSet,
    ParticipantProgressReportView,
    can_view_progress,
)
from .models import AmbassadorProfile, Cohort, LessonPage


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


class LessonFilterSet(PageFilterSet):
    # Lessons have one owner team and no child pages, and live on one site: those filters would only cost queries.
    owner = None
    edited_by = None
    site = None
    has_child_pages = None

    class Meta(PageFilterSet.Meta):
        model = LessonPage


class LessonIndexView(IndexView):
    def annotate_queryset(self, pages):
        """Wagtail's own annotations, less three prefetches: the content type (one type, from Django's content-type
        cache), the sites rooted at a lesson (never) and the locale (from the cached locale ids). Plus
        wagtail-localize's row buttons from the listing query, not two queries per row (website/wagtail_hooks.py).
        """
        pages = pages.defer_streamfields().specific()
        if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            pages = pages.prefetch_workflow_states()
        if self.i18n_enabled:
            pages = pages.annotate_has_untranslated_locale()  # the locales themselves: get_context_data
        pages = pages.annotate_site_root_state().annotate_approved_schedule()
        return annotate_translation_state(pages)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.i18n_enabled:
            # The row's language label from the cached locale ids (website.locales), not a prefetch query.
            locales = {pk: Locale(pk=pk, language_code=code) for code, pk in locale_ids().items()}
            for page in context["object_list"]:
                page.locale = locales[page.locale_id]
        return context


class LessonListingViewSet(PageListingViewSet):
    """All lessons in one flat list (every module, both languages), with Wagtail's page filters and search.

    Editors find a lesson here without walking the tree; it stays within the staff pages' query budget
    (bench/scale_pages.py), which Wagtail's page explorer does not.
    """

    model = LessonPage
    index_view_class = LessonIndexView
    filterset_class = LessonFilterSet
    icon = "doc-full"
    menu_label = _("Lessen")
    menu_order = 205
    add_to_admin_menu = True
    name = "lessons"


@hooks.register("register_admin_viewset")
def register_lesson_listing():
    return LessonListingViewSet()
