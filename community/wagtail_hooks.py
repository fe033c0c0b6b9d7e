"""Admin set-up for the community app: sectors and organisations as snippets in one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website.roles import MODERATORS, in_group

from .models import Organisation, Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectoren")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = [
        "name",
        "sector",
        "province",
        "size_class",
        Column("active_ambassadors", label=_("Actieve ambassadeurs"), sort_key="active_ambassadors"),
        "listed_publicly",
    ]
    list_filter = ["sector", "province", "size_class", "listed_publicly"]
    search_fields = ["name", "story"]
    ordering = ["name"]

    def get_queryset(self, request):
        # The count of active ambassadors is computed in the listing query, not typed in.
        return Organisation.objects.with_active_ambassador_count().select_related("sector")


class CommunityViewSetGroup(SnippetViewSetGroup):
    items = (SectorViewSet, OrganisationViewSet)
    menu_icon = "group"
    menu_label = _("Gemeenschap")
    menu_name = "community"


register_snippet(CommunityViewSetGroup)


@hooks.register("filter_form_submissions_for_user")
def contact_submissions_for_moderators_only(user, editable_forms):
    """Contact-form submissions hold names and e-mail addresses: moderators and admins only, not every editor."""
    if user.is_superuser or in_group(user, MODERATORS):  # group names cached on the user: no query per page
        return editable_forms
    return editable_forms.none()
