"""Read-only progress reports in the Wagtail admin (Reports menu).

Each report computes its figures in a fixed number of queries per page of results.
"""

import django_filters
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from community.models import Organisation
from website.widgets import LongSelect

from .models import AmbassadorProfile, LessonProgress, ModuleCompletion, ModulePage, ModuleStart
from .progress import last_activity, live_totals, with_progress

progress_permission_policy = ModelPermissionPolicy(LessonProgress)


def can_view_progress(user):
    return progress_permission_policy.user_has_permission(user, "view")


# What the search box of the progress report and of the participants listing (wagtail_hooks.py) looks in: a part
# of the first name, last name or username, case-insensitive (`icontains`, so the same on SQLite and PostgreSQL).
PARTICIPANT_SEARCH_FIELDS = ["user__first_name", "user__last_name", "user__username"]


class ParticipantSearchForm(SearchForm):
    """Wagtail's search box, saying what it searches."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("placeholder", _("Zoek op naam of gebruikersnaam"))
        super().__init__(*args, **kwargs)
        self.fields["q"].label = _("Zoek een deelnemer op naam of gebruikersnaam")


class ParticipantFilterSet(WagtailFilterSet):
    """Filters of the progress report and the participants listing; hundreds of organisations to choose from."""

    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(), label=_("Organisatie"), widget=LongSelect
    )
    kind = django_filters.ChoiceFilter(choices=AmbassadorProfile.Kind.choices, label=_("Rol"))

    class Meta:
        model = AmbassadorProfile
        fields = ["organisation", "cohort", "kind"]


class ParticipantProgressReportView(ReportView):
    page_title = _("Voortgang deelnemers")
    header_icon = "list-ul"
    index_url_name = "programme_progress_report"
    index_results_url_name = "programme_progress_report_results"
    permission_policy = progress_permission_policy
    permission_required = "view"
    filterset_class = ParticipantFilterSet
    is_searchable = True
    search_fields = PARTICIPANT_SEARCH_FIELDS
    search_backend_name = None  # the database (icontains), as in the participants listing
    columns = [
        Column("name", label=_("Naam")),
        Column("organisation", label=_("Organisatie")),
        Column("cohort", label=_("Cohort")),
        Column("kind_label", label=_("Rol")),
        Column("lessons_label", label=_("Lessen afgerond")),
        Column("modules_label", label=_("Modules afgerond")),
        DateColumn("last_activity", label=_("Laatst actief")),
    ]
    list_export = [
        "name",
        "organisation",
        "cohort",
        "kind_label",
        "completed_lessons",
        "total_lessons",
        "completed_modules",
        "total_modules",
        "last_activity",
    ]
    export_headings = {
        "name": _("Naam"),
        "organisation": _("Organisatie"),
        "cohort": _("Cohort"),
        "kind_label": _("Rol"),
        "completed_lessons": _("Lessen afgerond"),
        "total_lessons": _("Lessen totaal"),
        "completed_modules": _("Modules afgerond"),
        "total_modules": _("Modules totaal"),
        "last_activity": _("Laatst actief"),
    }

    def get_filename(self):
        return "voortgang-deelnemers"

    def get_search_form(self):
        return ParticipantSearchForm(self.request.GET if self.search_kwarg in self.request.GET else None)

    def get_filtered_queryset(self):
        # Wagtail's ReportView filters but does not search; the export (?export=csv) gets the same rows.
        return self.search_queryset(super().get_filtered_queryset())

    def get_queryset(self):
        # The progress figures come with each page of profiles (subqueries), not in queries of their own.
        return with_progress(AmbassadorProfile.objects.select_related("user", "organisation", "cohort")).order_by(
            "organisation__name", "user__last_name", "user__first_name", "pk"
        )

    def decorate_paginated_queryset(self, object_list):
        profiles = list(object_list)
        total_lessons, total_modules = live_totals()
        for profile in profiles:
            profile.name = profile.user.get_full_name() or profile.user.get_username()
            profile.kind_label = profile.get_kind_display()
            profile.total_lessons = total_lessons
            profile.total_modules = total_modules
            profile.last_activity = last_activity(profile)
            profile.lessons_label = f"{profile.completed_lessons} / {total_lessons}"
            profile.modules_label = f"{profile.completed_modules} / {total_modules}"
        return profiles


class ModuleCompletionReportView(ReportView):
    page_title = _("Afronding per module")
    header_icon = "tasks"
    index_url_name = "programme_module_report"
    index_results_url_name = "programme_module_report_results"
    permission_policy = progress_permission_policy
    permission_required = "view"
    columns = [
        Column("title", label=_("Module")),
        Column("required_label", label=_("Verplicht")),
        Column("started_count", label=_("Deelnemers begonnen")),
        Column("completed_count", label=_("Deelnemers afgerond")),
    ]
    list_export = ["title", "is_required", "started_count", "completed_count"]
    export_headings = {
        "title": _("Module"),
        "is_required": _("Verplicht"),
        "started_count": _("Deelnemers begonnen"),
        "completed_count": _("Deelnemers afgerond"),
    }

    def get_filename(self):
        return "afronding-per-module"

    def get_queryset(self):
        completed = (
            ModuleCompletion.objects.filter(module_key=OuterRef("translation_key"))
            .order_by()
            .values("module_key")
            .annotate(n=Count("id"))
            .values("n")
        )
        started = (  # one ModuleStart per person and module: a count, not distinct people over every lesson
            ModuleStart.objects.filter(module_key=OuterRef("translation_key"))
            .order_by()
            .values("module_key")
            .annotate(n=Count("id"))
            .values("n")
        )
        return (
            ModulePage.objects.live()
            .filter(locale=Locale.get_default())
            .annotate(
                completed_count=Coalesce(Subquery(completed, output_field=IntegerField()), 0),
                started_count=Coalesce(Subquery(started, output_field=IntegerField()), 0),
            )
            .order_by("path")
        )

    def decorate_paginated_queryset(self, object_list):
        modules = list(object_list)
        for module in modules:
            module.required_label = _("ja") if module.is_required else _("nee")
        return modules
