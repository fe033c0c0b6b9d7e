"""Research outputs that editors publish: articles, reports, factsheets and presentations."""

import datetime

from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from community.models import Sector
from website import legacy_keys
from website.blocks import BodyStreamBlock
from website.routing import FewerPageQueriesMixin, ViewRestrictionsInOneQueryMixin

from ..citation import apa_citation
from ..filters import ListingFilter
from ..translation_status import TranslationStatusMixin
from .taxonomy import PublicationType, Theme

PUBLICATIONS_PER_PAGE = 10

doi_validator = RegexValidator(
    r"^(https?://(dx\.)?doi\.org/|doi:\s*)?10\.\d{4,9}/\S+$",
    _("Een DOI begint met 10. gevolgd door een nummer, een / en een code, bijvoorbeeld 10.1234/abcd.5678."),
)


def publications_under(parent):
    """Live, public publications directly under `parent`, newest first, with what the listing shows."""
    return (
        PublicationPage.objects.child_of(parent)
        .live()
        .public()
        .prefetch_related("sectors", "themes", "authors")
        .order_by("-publication_date", "title")
    )


class ResearchIndexPage(FewerPageQueriesMixin, TranslationStatusMixin, Page):
    """The research findings: a filtered, paginated list of publications plus an Atom feed."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["methodology.PublicationPage"]

    class Meta:
        verbose_name = _("overzicht onderzoek")

    def publications(self):
        return publications_under(self)

    def build_filter(self, data):
        return ListingFilter(
            data,
            {
                "type": (_("Soort"), PublicationType.choices),
                "sector": (_("Sector"), Sector.filter_options()),
                "theme": (_("Thema"), Theme.filter_options()),
            },
            aliases={"type": legacy_keys.PUBLICATION_TYPES, "sector": legacy_keys.SECTORS, "theme": legacy_keys.THEMES},
        )

    @staticmethod
    def apply_filter(queryset, listing_filter):
        if listing_filter.value("type"):
            queryset = queryset.filter(publication_type=listing_filter.value("type"))
        if listing_filter.value("sector"):
            queryset = queryset.filter(sectors__slug=listing_filter.value("sector")).distinct()
        if listing_filter.value("theme"):
            queryset = queryset.filter(themes__slug=listing_filter.value("theme")).distinct()
        return queryset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing_filter = self.build_filter(request.GET)
        paginator = Paginator(self.apply_filter(self.publications(), listing_filter), PUBLICATIONS_PER_PAGE)
        # get_page() turns 'abc', '-1' or '999' into the first or last page instead of an error.
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            filter=listing_filter,
            page_obj=page_obj,
            publications=page_obj.object_list,
            paginator=paginator,
        )
        return context


class PublicationPage(ViewRestrictionsInOneQueryMixin, TranslationStatusMixin, Page):
    """One research output with a ready-to-copy APA reference and the guides that build on it."""

    publication_date = models.DateField(_("datum van verschijnen"), default=datetime.date.today)
    publication_type = models.CharField(
        _("soort"), max_length=20, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    abstract = models.TextField(
        _("samenvatting"),
        help_text=_("Waar gaat het over en wat is de belangrijkste uitkomst? In eenvoudig Nederlands."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))
    source = models.CharField(
        _("verschenen in / uitgever"),
        max_length=255,
        blank=True,
        help_text=_("Tijdschrift bij een artikel; anders de uitgever, bijvoorbeeld de hogeschool."),
    )
    source_details = models.CharField(
        _("jaargang, nummer en pagina's"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld: 12(3), 45–60"),
    )
    doi = models.CharField(_("DOI"), max_length=255, blank=True, validators=[doi_validator])
    external_url = models.URLField(_("link"), blank=True, help_text=_("Alleen als er geen DOI is."))
    sectors = ParentalManyToManyField(Sector, blank=True, related_name="publications", verbose_name=_("sectoren"))
    themes = ParentalManyToManyField(Theme, blank=True, related_name="publications", verbose_name=_("thema's"))
    is_example = models.BooleanField(
        _("voorbeeldinhoud"),
        default=False,
        help_text=_("Aanvinken als dit geen echte uitkomst van het onderzoek is, maar een voorbeeld."),
    )

    content_panels = Page.content_panels + [
        InlinePanel("authors", label=_("Auteur"), min_num=0),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("publication_type")]),
                FieldPanel("source"),
                FieldPanel("source_details"),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("external_url")]),
            ],
            heading=_("Gegevens voor de bronvermelding"),
        ),
        FieldPanel("abstract"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Bestand")),
        MultiFieldPanel([FieldPanel("sectors"), FieldPanel("themes"), FieldPanel("is_example")], heading=_("Indeling")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("abstract", boost=1.5),
        index.SearchField("body"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("authors", [index.SearchField("family_name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("doi"),
        SynchronizedField("external_url"),
        SynchronizedField("source_details"),
    ]

    parent_page_types = ["methodology.ResearchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")

    @property
    def type_label(self):
        return PublicationType(self.publication_type).label if self.publication_type in PublicationType.values else ""

    def author_names(self):
        return [(author.family_name, author.given_names) for author in self.authors.all()]

    def author_display(self):
        return ", ".join(f"{given} {family}".strip() for family, given in self.author_names())

    @property
    def link(self):
        from ..citation import doi_url

        return doi_url(self.doi) or self.external_url

    def citation(self, authors=None):
        authors = self.authors.all() if authors is None else authors
        return apa_citation(
            authors=[(author.family_name, author.given_names) for author in authors],
            year=self.publication_date.year if self.publication_date else None,
            title=self.title,
            publication_type=self.publication_type,
            source=self.source,
            source_details=self.source_details,
            doi=self.doi,
            url=self.external_url,
        )

    def related_guides(self):
        """Guides in the reader's language that cite this publication (in any language)."""
        from .guides import GuidePage

        return (
            GuidePage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                evidence_links__publication__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read each relation once; the template and the citation use these lists.
        context["authors"] = list(self.authors.all())
        context["sectors"] = list(self.sectors.all())
        context["themes"] = list(self.themes.all())
        context["citation"] = self.citation(context["authors"])
        context["related_guides"] = self.related_guides()
        context["documents"] = self.documents.select_related("document")
        return context


class PublicationAuthor(Orderable):
    """An author, stored as APA needs it: family name (with any prefix, such as 'de') and given names."""

    publication = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    family_name = models.CharField(
        _("achternaam"), max_length=120, help_text=_("Met tussenvoegsel, bijvoorbeeld: de Vries")
    )
    given_names = models.CharField(_("voornamen"), max_length=120, blank=True)
    affiliation = models.CharField(_("organisatie"), max_length=200, blank=True)

    # Child rows are synchronised by wagtail-localize: names are the same in every language.
    panels = [FieldRowPanel([FieldPanel("family_name"), FieldPanel("given_names")]), FieldPanel("affiliation")]

    def __str__(self):
        return f"{self.given_names} {self.family_name}".strip()


class PublicationDocument(Orderable):
    publication = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )

    panels = [FieldPanel("document")]
