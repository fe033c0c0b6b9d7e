"""Implementation guides for organisations that want to start with learning ambassadors."""

import datetime

from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from community.models import Sector
from website import legacy_keys
from website.routing import FewerPageQueriesMixin, ViewRestrictionsInOneQueryMixin

from ..blocks import GuideStreamBlock
from ..filters import ListingFilter
from ..translation_status import TranslationStatusMixin
from .taxonomy import PHASE_ORDER, Level, Phase


def phase_ordering():
    """Order guides by phase as an organisation lives through them, not alphabetically."""
    return Case(*[When(phase=value, then=Value(i)) for i, value in enumerate(PHASE_ORDER)], output_field=IntegerField())


def guides_under(parent, private_q=None):
    """Live, public guides directly under `parent`, in phase order, with their sectors prefetched.

    `private_q` (from `PageQuerySet.private_q()`, one query) may be passed when a caller filters several
    lists: `.public()` would read the view restrictions again for each list.
    """
    queryset = GuidePage.objects.child_of(parent).live()
    queryset = queryset.public() if private_q is None else queryset.exclude(private_q)
    return (
        queryset.prefetch_related("sectors")
        .annotate(phase_position=phase_ordering())
        .order_by("phase_position", "title")
    )


class GuideIndexPage(FewerPageQueriesMixin, TranslationStatusMixin, Page):
    """All guides, grouped by phase, with filters on phase, sector and level that work without JavaScript."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["methodology.GuidePage", "methodology.SelfAssessmentPage"]
    routed_child_model = "GuidePage"  # most children; a self-assessment page is routed the usual way

    class Meta:
        verbose_name = _("overzicht handleidingen")

    def guides(self, private_q=None):
        return guides_under(self, private_q)

    def build_filter(self, data):
        return ListingFilter(
            data,
            {
                "phase": (_("Fase"), Phase.choices),
                "sector": (_("Sector"), Sector.filter_options()),
                "level": (_("Niveau"), Level.choices),
            },
            aliases={"phase": legacy_keys.PHASES, "sector": legacy_keys.SECTORS},
        )

    @staticmethod
    def apply_filter(queryset, listing_filter):
        if listing_filter.value("phase"):
            queryset = queryset.filter(phase=listing_filter.value("phase"))
        if listing_filter.value("level"):
            queryset = queryset.filter(level=listing_filter.value("level"))
        if listing_filter.value("sector"):
            # A guide without sectors applies to every sector, so it stays in the list.
            sector = listing_filter.value("sector")
            queryset = queryset.filter(models.Q(sectors__slug=sector) | models.Q(sectors__isnull=True)).distinct()
        return queryset

    def untranslated_guides(self, listing_filter, translated_keys, private_q=None):
        """On a translated index: the Dutch guides that have no live translation here yet."""
        from website.locales import default_locale_id

        default_id = default_locale_id()
        if default_id is None or self.locale_id == default_id:
            return []
        source_index = GuideIndexPage.objects.filter(translation_key=self.translation_key, locale_id=default_id).first()
        if source_index is None:
            return []
        queryset = self.apply_filter(guides_under(source_index, private_q), listing_filter)
        return list(queryset.exclude(translation_key__in=translated_keys))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing_filter = self.build_filter(request.GET)
        private_q = GuidePage.objects.private_q()  # the view restrictions, read once for the three lists below
        guides = list(self.apply_filter(self.guides(private_q), listing_filter))
        context["filter"] = listing_filter
        context["guides"] = guides
        context["untranslated_guides"] = self.untranslated_guides(
            listing_filter, [g.translation_key for g in guides], private_q
        )
        from .start import SelfAssessmentPage

        context["self_assessment"] = SelfAssessmentPage.objects.child_of(self).live().exclude(private_q).first()
        return context


class GuidePage(ViewRestrictionsInOneQueryMixin, TranslationStatusMixin, Page):
    """One guide: what to do in a phase, with steps, a checklist, tips, evidence, an example and templates."""

    intro = models.TextField(
        _("samenvatting"), help_text=_("Twee of drie zinnen: voor wie is deze handleiding en wat levert hij op?")
    )
    phase = models.CharField(_("fase"), max_length=30, choices=Phase.choices)
    level = models.CharField(_("niveau"), max_length=10, choices=Level.choices, default=Level.MESO)
    sectors = ParentalManyToManyField(
        Sector,
        blank=True,
        related_name="guides",
        verbose_name=_("sectoren"),
        help_text=_("Leeg laten als de handleiding voor alle sectoren geldt."),
    )
    last_reviewed = models.DateField(_("laatst herzien"), default=datetime.date.today)
    body = StreamField(GuideStreamBlock(), verbose_name=_("inhoud"))
    evidence_text = RichTextField(
        _("wat zegt het onderzoek"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Kort: wat het onderzoek over deze stap laat zien. Koppel hieronder de publicaties."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("phase"), FieldPanel("level"), FieldPanel("sectors"), FieldPanel("last_reviewed")],
            heading=_("Indeling"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("evidence_text"), InlinePanel("evidence_links", label=_("Publicatie"))],
            heading=_("Wat zegt het onderzoek"),
        ),
        InlinePanel("downloads", label=_("Sjabloon om te downloaden")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        index.SearchField("evidence_text"),
        index.FilterField("phase"),
        index.FilterField("level"),
    ]

    parent_page_types = ["methodology.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("handleiding")
        verbose_name_plural = _("handleidingen")

    @property
    def phase_label(self):
        return Phase(self.phase).label if self.phase in PHASE_ORDER else self.phase

    @property
    def level_label(self):
        return Level(self.level).label if self.level in Level.values else self.level

    def evidence(self):
        """The linked publications, each in the reader's language where a live translation exists."""
        from .research import PublicationPage

        publications = [
            link.publication
            for link in self.evidence_links.select_related("publication").filter(publication__live=True)
        ]
        keys = [publication.translation_key for publication in publications if publication.locale_id != self.locale_id]
        localized = {}
        if keys:
            localized = {
                page.translation_key: page
                for page in PublicationPage.objects.live()
                .public()
                .filter(translation_key__in=keys, locale_id=self.locale_id)
            }
        return [localized.get(publication.translation_key, publication) for publication in publications]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = list(self.sectors.all())
        context["evidence"] = self.evidence()
        context["downloads"] = self.downloads.select_related("document")
        return context


class GuideEvidence(Orderable):
    """A research publication that supports a guide ('wat zegt het onderzoek')."""

    guide = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="evidence_links")
    publication = models.ForeignKey(
        "methodology.PublicationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("publicatie"),
    )

    # Child rows are copied as they are into translations (wagtail-localize synchronises them), so they
    # hold no text of their own; the explanation goes in the translatable `evidence_text`.
    panels = [FieldPanel("publication")]


class GuideDownload(Orderable):
    """A template to download with a guide: a role description, a letter, a planning sheet."""

    guide = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )

    panels = [FieldPanel("document")]
