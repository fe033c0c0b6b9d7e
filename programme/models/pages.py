"""The development programme as a page tree: programme → module → lesson.

Module and lesson overviews are public (organisations may see what the programme contains);
lesson bodies and progress are only for people who take part (see `programme.access`).
Progress is keyed on a page's `translation_key`, so it belongs to the lesson in every language
and survives moves and renames (see `programme.progress`).
"""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BodyStreamBlock
from website.routing import FewerPageQueriesMixin, ViewRestrictionsInOneQueryMixin

from ..blocks import LessonStreamBlock


class PersonalPageMixin:
    """Pages that show the visitor's own progress must never be stored in a shared cache."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        return response


class ProgrammePage(FewerPageQueriesMixin, PersonalPageMixin, Page):
    """The index of the development programme: what it is, for whom, and its modules in order."""

    intro = models.TextField(
        _("introductie"), blank=True, help_text=_("Eén of twee zinnen in eenvoudig Nederlands (B1).")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["programme.ModulePage"]
    template = "programme/programme_page.html"

    class Meta:
        verbose_name = _("ontwikkelprogramma")
        verbose_name_plural = _("ontwikkelprogramma's")

    def get_context(self, request, *args, **kwargs):
        from ..context import programme_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(programme_page_context(self, request))
        return context


class ModulePage(FewerPageQueriesMixin, PersonalPageMixin, Page):
    """One theme of the programme with a few short lessons. Order = order in the page tree."""

    intro = models.TextField(_("introductie"), help_text=_("Waar gaat deze module over? Twee of drie zinnen."))
    learning_goals = RichTextField(
        _("leerdoelen"),
        features=["ul", "bold", "italic"],
        blank=True,
        help_text=_("Een lijst: 'Na deze module kun je …'"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte tijd (minuten)"), default=30, help_text=_("Hoe lang doet een ambassadeur over de hele module?")
    )
    is_required = models.BooleanField(
        _("verplicht"), default=True, help_text=_("Verplichte modules zijn nodig voor het certificaat.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afbeelding"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")], heading=_("Opzet")),
        FieldPanel("image"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("learning_goals")]

    parent_page_types = ["programme.ProgrammePage"]
    subpage_types = ["programme.LessonPage"]
    route_loads_siblings = True  # a lesson shows all lessons of its module: one query for both
    template = "programme/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from ..context import module_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_page_context(self, request))
        return context


class LessonPageForm(WagtailAdminPageForm):
    """A lesson may be saved as a draft without content, but not published or sent for approval without it."""

    def clean(self):
        cleaned_data = super().clean()
        # Wagtail defers validation only for "Save draft"; publishing and workflow actions validate in full.
        if not self.is_deferred_validation and "body" not in self.errors and not cleaned_data.get("body"):
            self.add_error(
                "body",
                _(
                    "Een les zonder inhoud kun je niet publiceren of ter goedkeuring aanbieden. Voeg minstens één blok "
                    "toe, bijvoorbeeld een alinea. Als concept opslaan kan wel."
                ),
            )
        return cleaned_data


class LessonPage(ViewRestrictionsInOneQueryMixin, PersonalPageMixin, Page):
    """A short lesson (5 to 20 minutes) that an ambassador marks as done.

    "Belangrijke wijziging": an editor who changes what a lesson teaches ticks `important_change`. On
    publish (`programme.signals.mark_important_change`) `content_updated_at` becomes the publish time and
    the box is cleared again, so the next edit starts unticked. Ambassadors who completed the lesson
    before that time see "Deze les is bijgewerkt"; their completion stays.
    """

    intro = models.TextField(
        _("introductie"), blank=True, help_text=_("Wat leer je in deze les? Eén of twee zinnen. Iedereen ziet dit.")
    )
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("inhoud"))
    estimated_minutes = models.PositiveSmallIntegerField(_("geschatte tijd (minuten)"), default=10)
    is_required = models.BooleanField(
        _("verplicht"), default=True, help_text=_("Een module is af als alle verplichte lessen af zijn.")
    )
    important_change = models.BooleanField(
        _("belangrijke wijziging"),
        default=False,
        help_text=_(
            "Vink aan als je iets veranderd hebt dat ambassadeurs moeten weten, ook als ze de les al "
            "afrondden. Zij zien dan 'Deze les is bijgewerkt'. Na het publiceren staat het vinkje weer uit."
        ),
    )
    content_updated_at = models.DateTimeField(
        _("inhoud belangrijk gewijzigd op"),
        null=True,
        blank=True,
        editable=False,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")], heading=_("Opzet")),
        MultiFieldPanel([FieldPanel("important_change")], heading=_("Wijziging melden")),
    ]
    base_form_class = LessonPageForm
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["programme.ModulePage"]
    subpage_types = []
    template = "programme/lesson_page.html"

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")

    def get_context(self, request, *args, **kwargs):
        from ..context import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(self, request))
        return context

    def is_updated_since(self, completed_at):
        """True when an editor published an important change after this moment."""
        return bool(completed_at and self.content_updated_at and self.content_updated_at > completed_at)

    def serve(self, request, *args, **kwargs):
        from .. import progress
        from ..context import is_real_visit

        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("record_visit") and is_real_visit(request):
            # The first real visit is recorded (started_at): one INSERT, once per ambassador per lesson.
            context["progress"] = progress.record_visit(request.user, self, context["module"])
            context["record_visit"] = False
        return response
