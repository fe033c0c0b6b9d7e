"""Admin set-up for the methodology app: themes and start requests as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import StartRequest, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]
    add_to_admin_menu = False


class StartRequestViewSet(SnippetViewSet):
    """Contact requests from the self-assessment. Read-only except 'handled' and notes."""

    model = StartRequest
    icon = "mail"
    menu_label = _("Aanvragen starten")
    list_display = ["organisation_name", "email", "recommended_phase", "created_at", "handled"]
    list_filter = ["handled", "recommended_phase", "sector"]
    search_fields = ["organisation_name", "email", "name"]
    ordering = ["-created_at"]
    add_to_admin_menu = True
    menu_order = 300
    inspect_view_enabled = True


register_snippet(ThemeViewSet)
register_snippet(StartRequestViewSet)
