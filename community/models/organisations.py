"""Sectors and participating organisations: the context every other record hangs off."""

from django.db import models
from django.db.models import Count, Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page

from website import legacy_keys
from website.models import BilingualName


class Province(models.TextChoices):
    GRONINGEN = "GR", "Groningen"
    FRIESLAND = "FR", "Friesland"
    DRENTHE = "DR", "Drenthe"
    OVERIJSSEL = "OV", "Overijssel"
    FLEVOLAND = "FL", "Flevoland"
    GELDERLAND = "GE", "Gelderland"
    UTRECHT = "UT", "Utrecht"
    NOORD_HOLLAND = "NH", "Noord-Holland"
    ZUID_HOLLAND = "ZH", "Zuid-Holland"
    ZEELAND = "ZE", "Zeeland"
    NOORD_BRABANT = "NB", "Noord-Brabant"
    LIMBURG = "LI", "Limburg"


class SizeClass(models.TextChoices):
    SMALL = "small", _("klein (tot 50 medewerkers)")
    MEDIUM = "medium", _("middelgroot (50 tot 250 medewerkers)")
    LARGE = "large", _("groot (250 medewerkers of meer)")


class Sector(BilingualName):
    """A branch of the economy; guides, organisations and exports are grouped by it."""

    slug = models.SlugField(
        _("slug"),
        unique=True,
        help_text=_("Vaste Engelse sleutel, bijvoorbeeld cleaning. Staat ook in de onderzoeksexports."),
    )

    class Meta(BilingualName.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectoren")


class OrganisationQuerySet(models.QuerySet):
    def listed(self):
        """Only organisations that agreed to be named on the public website."""
        return self.filter(listed_publicly=True)

    def with_active_ambassador_count(self):
        """Annotate `active_ambassadors`: ambassadors (not coordinators) whose account is active.

        Computed in the same query as the organisations themselves, never typed in by an editor.
        """
        return self.annotate(
            active_ambassadors=Count(
                "profiles",
                filter=Q(profiles__kind="ambassador", profiles__user__is_active=True),
                distinct=True,
            )
        )


class Organisation(models.Model):
    """An employer that takes part in the programme with its own ambassadors."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Vaste sleutel, ook in de onderzoeksexports."))
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="organisations", verbose_name=_("sector"))
    province = models.CharField(_("provincie"), max_length=2, choices=Province.choices)
    size_class = models.CharField(_("grootte"), max_length=10, choices=SizeClass.choices)
    ambassadors_since = models.DateField(_("werkt met leerambassadeurs sinds"), null=True, blank=True)
    listed_publicly = models.BooleanField(
        _("openbaar tonen"),
        default=False,
        help_text=_("Alleen aanvinken als de organisatie heeft ingestemd met vermelding op de website."),
    )
    story = models.TextField(_("kort verhaal"), blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name


def _sub_page(index, request, template, **context):
    """A page under a routable index (one organisation, one sector): the index's page context, nothing more."""
    base = Page.get_context(index, request)
    base.update(context)
    return TemplateResponse(request, template, base)


def live_index(model):
    """The live index page of this type in the active language, else in the default language (or None)."""
    pages = {page.locale_id: page for page in model.objects.live().select_related("locale")}
    active = Locale.get_active()
    return pages.get(active.pk) or next((page for page in pages.values() if page.locale.language_code == "nl"), None)


def sub_url(index, route, slug):
    return index.url + index.reverse_subpage(route, kwargs={"slug": slug}).lstrip("/") if index else ""


class OrganisationIndexPage(RoutablePageMixin, Page):
    """The public list of participating organisations, with sector and province filters and a map.

    Lists only organisations that opted in (`listed_publicly`). Filters work with plain GET links
    and a form, so the page needs no JavaScript. Each listed organisation has its own page below it
    (`<index>/<slug>/`): sector, region, size, story and the number of active ambassadors, never names.
    """

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht organisaties")

    def get_filterset(self, request):
        from community.filters import OrganisationFilterSet

        queryset = (
            Organisation.objects.listed().with_active_ambassador_count().select_related("sector").order_by("name")
        )
        return OrganisationFilterSet(request.GET, queryset=queryset)

    def get_context(self, request, *args, **kwargs):
        from community.province_map import province_tiles

        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request)
        is_valid = filterset.is_valid()
        organisations = list(filterset.qs) if is_valid else list(filterset.queryset)
        sector = filterset.form.cleaned_data.get("sector") if is_valid else None
        province = filterset.form.cleaned_data.get("province") if is_valid else ""
        # The map counts organisations per province within the chosen sector, so it stays useful next to the filter.
        map_queryset = Organisation.objects.listed()
        if sector is not None:
            map_queryset = map_queryset.filter(sector=sector)
        counts = dict(map_queryset.values_list("province").annotate(total=Count("pk")).order_by())
        sector_index = live_index(SectorIndexPage)
        for organisation in organisations:
            organisation.page_url = sub_url(self, "organisation", organisation.slug)
            organisation.sector_url = sub_url(sector_index, "sector", organisation.sector.slug)
        context.update(
            filterset=filterset,
            filter_form=filterset.form,
            filters_valid=is_valid,
            organisations=organisations,
            total_ambassadors=sum(o.active_ambassadors for o in organisations),
            selected_sector=sector,
            selected_province=province,
            selected_province_name=Province(province).label if province else "",
            province_map=province_tiles(counts, sector_slug=sector.slug if sector else "", selected=province),
        )
        return context

    @path("<slug:slug>/", name="organisation")
    def organisation_view(self, request, slug):
        organisation = (
            Organisation.objects.listed()
            .with_active_ambassador_count()
            .select_related("sector")
            .filter(slug=slug)
            .first()
        )
        if organisation is None:  # unknown, or not agreed to be named
            raise Http404
        return _sub_page(
            self,
            request,
            "community/organisation_page.html",
            organisation=organisation,
            sector_url=sub_url(live_index(SectorIndexPage), "sector", organisation.sector.slug),
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        urls += [
            {
                "location": base + self.reverse_subpage("organisation", kwargs={"slug": slug}).lstrip("/"),
                "lastmod": self.last_published_at,
            }
            for slug in Organisation.objects.listed().values_list("slug", flat=True)
        ]
        return urls

    def example_subpage_urls(self):
        """For the page-type checks: one organisation page (tests/browser/pages.py, the query budget)."""
        slug = Organisation.objects.listed().order_by("name").values_list("slug", flat=True).first()
        return [sub_url(self, "organisation", slug)] if slug else []

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and not response.context_data.get("filters_valid", True):
            # A filter value that does not exist: say so, show everything, and tell machines it was bad input.
            response.status_code = 400
        return response


class SectorIndexPage(RoutablePageMixin, Page):
    """The sectors taking part, each with its own page (`<index>/<slug>/`): its listed organisations and the
    number of active ambassadors there. Sectors themselves are snippets (Gemeenschap → Sectoren)."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht sectoren")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listed = Q(organisations__listed_publicly=True)
        sectors = list(
            Sector.objects.annotate(
                listed_organisations=Count("organisations", filter=listed, distinct=True),
                active_ambassadors=Count(
                    "organisations__profiles",
                    filter=listed
                    & Q(organisations__profiles__kind="ambassador", organisations__profiles__user__is_active=True),
                    distinct=True,
                ),
            ).order_by("name")
        )
        for sector in sectors:
            sector.page_url = sub_url(self, "sector", sector.slug)
        context["sectors"] = sectors
        return context

    @path("<slug:slug>/", name="sector")
    def sector_view(self, request, slug):
        sector = Sector.objects.filter(slug=slug).first()
        if sector is None and legacy_keys.current_sector(slug, ()) != slug:
            return HttpResponsePermanentRedirect(sub_url(self, "sector", legacy_keys.current_sector(slug, ())))
        if sector is None:
            raise Http404
        organisations = list(
            Organisation.objects.listed().with_active_ambassador_count().filter(sector=sector).order_by("name")
        )
        organisation_index = live_index(OrganisationIndexPage)
        for organisation in organisations:
            organisation.page_url = sub_url(organisation_index, "organisation", organisation.slug)
        return _sub_page(
            self,
            request,
            "community/sector_page.html",
            sector=sector,
            organisations=organisations,
            total_ambassadors=sum(o.active_ambassadors for o in organisations),
            organisation_index=organisation_index,
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        urls += [
            {
                "location": base + self.reverse_subpage("sector", kwargs={"slug": slug}).lstrip("/"),
                "lastmod": self.last_published_at,
            }
            for slug in Sector.objects.values_list("slug", flat=True)
        ]
        return urls

    def example_subpage_urls(self):
        slug = Sector.objects.order_by("name").values_list("slug", flat=True).first()
        return [sub_url(self, "sector", slug)] if slug else []
